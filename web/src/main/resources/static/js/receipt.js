// The receipt's "Print" button (no inline script: the content security policy forbids it).
document.addEventListener("DOMContentLoaded", function () {
  var button = document.querySelector("button.print");
  if (button) {
    button.addEventListener("click", function () {
      window.print();
    });
  }
});
