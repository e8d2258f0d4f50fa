// Draws each dashboard chart from the same data as the table beside it (the table stays the accessible source).
(function () {
  const source = document.getElementById("chart-data");
  if (!source || typeof Chart === "undefined") return;
  const palette = ["#4f46e5", "#16a34a", "#f59e0b", "#dc2626", "#0891b2", "#9333ea"];
  for (const chart of JSON.parse(source.textContent)) {
    const canvas = document.getElementById("chart-" + chart.key);
    if (!canvas) continue;
    const round = chart.kind === "doughnut";
    new Chart(canvas, {
      type: chart.kind,
      data: {
        labels: chart.labels,
        datasets: chart.series.map((s, i) => ({
          label: s.name,
          data: s.values,
          backgroundColor: round ? palette : palette[i % palette.length],
          borderColor: round ? "#fff" : palette[i % palette.length],
          tension: 0.25,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: round || chart.series.length > 1, position: "bottom" } },
        scales: round ? {} : { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
})();
