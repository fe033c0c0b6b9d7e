// Progressive enhancement: the print button only appears when JavaScript can use it.
document.querySelectorAll(".print-button").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
