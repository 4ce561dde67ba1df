/* Filter panels (<details data-filter-panel open>): open by default, so the filters are there
   without JavaScript; on a phone-sized screen the panel starts closed (one tap opens it)
   unless filters are chosen (the content type is shown by the tabs). */
(function () {
  "use strict";
  if (!window.matchMedia || !window.matchMedia("(max-width: 51.99em)").matches) return;
  document.querySelectorAll("details[data-filter-panel]").forEach(function (panel) {
    var chosen = "input[type=checkbox]:checked, input[type=number][value]:not([value=''])";
    if (!panel.querySelector(chosen)) {
      panel.open = false;
    }
  });
})();
