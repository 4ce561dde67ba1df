/* Error summary (GOV.UK pattern): the summary is focused on load by its autofocus attribute;
   a link to a field moves the focus into the field itself (a fragment link alone only
   scrolls), with its label or legend in view. */
(function () {
  "use strict";
  document.querySelectorAll("[data-error-summary] a[href^='#']").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var input = document.getElementById(link.getAttribute("href").slice(1));
      if (!input) return;
      event.preventDefault();
      var fieldset = input.closest("fieldset");
      var label = fieldset ? fieldset.querySelector("legend") : document.querySelector("label[for='" + input.id + "']");
      (label || input).scrollIntoView();
      input.focus({ preventScroll: true });
    });
  });
})();
