// "Copy" buttons appear only where the browser can copy; a file, not inline, so the Content-Security-Policy allows it.
document.querySelectorAll("[data-copy]").forEach((button) => {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(document.querySelector(button.dataset.copy).value)
      .then(() => { button.textContent = gettext("Copied"); });
  });
});
