// The header's Menu and Search on a narrow screen, for the keyboard. Material draws each as a <label> for a hidden
// checkbox (the navigation drawer's, the search overlay's): a finger or a mouse can use it, but the Tab key never
// reaches a label, and ARIA allows a label no role. So beside each label this puts a real <button> with the same
// icon, and hides the label (kept in the page: Material's own script looks the search label up). Each button says
// whether what it opens is open (aria-expanded), moves focus into it when it opens, and back to the button when it
// closes with focus inside it (Escape closes either). apsp.css keeps the closed drawer and the closed search out
// of the Tab order, and shows each button only at the widths where Material shows its label.
(function () {
  function control(name, label, narrowest, panel, first) {
    var toggle = document.getElementById("__" + name);
    var old = document.querySelector('label.md-header__button[for="__' + name + '"]');
    var inside = document.querySelector(panel);
    if (!toggle || !old || !inside) return;
    var narrow = window.matchMedia("(max-width: " + narrowest + ")");

    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button md-icon apsp-" + name + "-button";
    button.setAttribute("aria-label", label);
    for (var i = 0; i < old.children.length; i++) button.appendChild(old.children[i].cloneNode(true));
    old.parentNode.insertBefore(button, old);
    old.hidden = true;

    function state() {
      button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
    }
    state();
    button.addEventListener("click", function () {
      toggle.click();
    });
    toggle.addEventListener("change", function () {
      state();
      if (!narrow.matches) return;
      if (toggle.checked) {
        var target = inside.querySelector(first);
        if (target) target.focus();
        return;
      }
      // After whatever closed it has moved focus on: Tab out of the search goes on to the page, Escape leaves
      // focus nowhere (and a tap beside the drawer on the page's body), and then the button takes it back.
      setTimeout(function () {
        var at = document.activeElement;
        if (at === null || at === document.body || inside.contains(at)) button.focus();
      }, 0);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.checked && narrow.matches) toggle.click();
    });
  }
  // Material's breakpoints: the drawer below 76.25em, the search overlay below 60em.
  control("drawer", "Menu", "76.234375em", ".md-sidebar--primary", "a[href]");
  control("search", "Search", "59.984375em", ".md-search", ".md-search__input");
})();
