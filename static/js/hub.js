// Small behaviours shared by every page; each works from markup alone, so pages need no inline script.
(function () {
  var root = document.documentElement;

  function prefersDark() {
    return root.dataset.theme ? root.dataset.theme === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function showTheme(button) {
    button.setAttribute("aria-pressed", String(prefersDark()));
  }

  // A button with aria-controls and data-disclose shows and hides what it controls (the menu, the filters).
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-disclose]");
    if (button) {
      var target = document.getElementById(button.getAttribute("aria-controls"));
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      target.classList.toggle("open", open);
      return;
    }
    var toggle = event.target.closest("[data-theme-toggle]");
    if (toggle) {
      root.dataset.theme = prefersDark() ? "light" : "dark";
      try { localStorage.setItem("theme", root.dataset.theme); } catch (e) { /* kept for this page only */ }
      showTheme(toggle);
    }
  });

  // Irreversible actions ask first: <form data-confirm="Close this relationship?">.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.dataset.confirm || form.dataset.confirmed) return;
    event.preventDefault();
    var dialog = document.createElement("dialog");
    dialog.setAttribute("aria-labelledby", "confirm-text");
    dialog.innerHTML = '<p id="confirm-text"></p><form method="dialog" class="actions">' +
      '<button value="yes" class="danger"></button><button value="no" class="secondary"></button></form>';
    dialog.querySelector("#confirm-text").textContent = form.dataset.confirm;
    // Texts from the JavaScript catalogue (home/catalogue.py), in the page's language.
    dialog.querySelector('[value="yes"]').textContent = gettext("Yes, go ahead");
    dialog.querySelector('[value="no"]').textContent = gettext("Cancel");
    dialog.addEventListener("close", function () {
      dialog.remove();
      if (dialog.returnValue === "yes") {
        form.dataset.confirmed = "1";
        form.requestSubmit(event.submitter);
      }
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  });

  // Tables turn into stacked cards on phones: each cell is labelled with its column's heading.
  function stackTables(scope) {
    scope.querySelectorAll("main table").forEach(function (table) {
      var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      if (!headings.length) return;
      table.classList.add("stack");
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.children, function (cell) {
          if (headings[column] && !cell.hasAttribute("colspan")) cell.dataset.label = headings[column];
          // An empty cell would leave a lone heading on a phone's card.
          if (!cell.textContent.trim() && !cell.querySelector("img, input, button, select")) cell.classList.add("blank");
          column += cell.colSpan || 1;
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-theme-toggle]").forEach(showTheme);
    stackTables(document);
  });
  document.addEventListener("htmx:afterSettle", function (event) { stackTables(event.target); });

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(function () { /* the site works without it */ });
  }
})();
