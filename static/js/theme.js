// Runs in <head> before the page paints: no flash of the wrong theme, and CSS can tell that scripts run.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var theme = localStorage.getItem("theme");
    if (theme === "dark" || theme === "light") root.dataset.theme = theme;
  } catch (e) { /* storage blocked: follow the device */ }
})();
