// "Copy" buttons appear only where the browser can copy, and say "Copied" in the page's language (data-copied); a
// file, not inline, so the Content-Security-Policy allows it.
document.querySelectorAll("[data-copy]").forEach((button) => {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(document.querySelector(button.dataset.copy).value)
      .then(() => { button.textContent = button.dataset.copied; });
  });
});
