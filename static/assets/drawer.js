// The navigation drawer on screens narrower than 76.25em (Material's; apsp.css keeps its links out of reach
// while it is closed). Material's menu button is a <label> for the drawer's checkbox, which the keyboard cannot
// reach: this makes it a button (Tab, Enter, Space), says whether the drawer is open, moves focus into the
// drawer when it opens, and back to the button when it closes (Escape closes it too).
(function () {
  var toggle = document.getElementById("__drawer");
  var button = document.querySelector('label.md-header__button[for="__drawer"]');
  var drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !button || !drawer) return;
  var narrow = window.matchMedia("(max-width: 76.234375em)");

  button.setAttribute("role", "button");
  button.setAttribute("tabindex", "0");
  button.setAttribute("aria-label", "Menu");
  function state() {
    button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
  }
  state();

  button.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      event.stopPropagation(); // Material clicks a focused label on Enter itself: once is enough
      toggle.click();
    }
  });
  toggle.addEventListener("change", function () {
    state();
    if (!narrow.matches) return;
    if (toggle.checked) {
      var first = drawer.querySelector("a[href]");
      if (first) first.focus();
    } else if (drawer.contains(document.activeElement) || document.activeElement === document.body) {
      button.focus();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked && narrow.matches) toggle.click();
  });
})();
