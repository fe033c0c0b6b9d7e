// Small progressive enhancements; the site works without JavaScript. No inline scripts (CSP).
document.querySelectorAll(".print-button").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
// An error summary takes focus so screen-reader and keyboard users hear what went wrong first.
var summary = document.querySelector("[data-focus-on-load]");
if (summary) { summary.focus(); }

// The header's menu button (small screens): shows and hides search, language, account links and main menu.
// Escape closes the menu again and, when focus was inside it, puts focus back on the button.
var menuHeader = document.querySelector("[data-menu]");
var menuToggle = menuHeader && menuHeader.querySelector("[data-menu-toggle]");
if (menuToggle) {
  var setMenuOpen = function (open) {
    menuToggle.setAttribute("aria-expanded", open ? "true" : "false");
    menuHeader.classList.toggle("is-menu-open", open);
  };
  menuToggle.addEventListener("click", function () {
    setMenuOpen(menuToggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || menuToggle.getAttribute("aria-expanded") !== "true") { return; }
    var focusWasInMenu = menuHeader.contains(document.activeElement);
    setMenuOpen(false);
    if (focusWasInMenu) { menuToggle.focus(); }
  });
}
