// Small progressive enhancements; the site works without JavaScript. No inline scripts (CSP).
document.querySelectorAll(".print-button").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
// An error summary takes focus so screen-reader and keyboard users hear what went wrong first.
var summary = document.querySelector("[data-focus-on-load]");
if (summary) { summary.focus(); }
