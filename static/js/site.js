/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  // Header search suggestions: fills a datalist from the suggest endpoint when it exists.
  var input = document.getElementById("site-search-q");
  if (!input || !input.dataset.autocomplete || !window.fetch) return;
  var list = document.createElement("datalist");
  list.id = "site-search-suggestions";
  document.body.appendChild(list);
  input.setAttribute("list", list.id);
  var timer = null;
  var lang = document.documentElement.lang || "en";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(function () {
      fetch(input.dataset.autocomplete + "?q=" + encodeURIComponent(q) + "&lang=" + lang, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          list.textContent = "";
          (data.suggestions || []).slice(0, 8).forEach(function (s) {
            var opt = document.createElement("option");
            opt.value = s.title || s;
            list.appendChild(opt);
          });
        })
        .catch(function () {});
    }, 200);
  });
})();
