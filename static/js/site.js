/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  // Header search suggestions: an ARIA combobox filled from the suggest endpoint. Arrow keys
  // move through the suggestions, Enter opens the chosen one, Escape closes the list; without
  // a chosen suggestion the form submits to the search page as it does without JavaScript.
  var input = document.getElementById("site-search-q");
  if (!input || !input.dataset.autocomplete || !window.fetch) return;
  var list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "site-search__suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.dataset.suggestionsLabel || "Suggestions");
  list.hidden = true;
  input.insertAdjacentElement("afterend", list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  var timer = null;
  var active = -1;
  var lang = document.documentElement.lang || "en";
  function options() { return list.querySelectorAll("[role=option]"); }
  function close() {
    list.hidden = true;
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function highlight(index) {
    var items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", items[active].id);
  }
  function open(item) { if (item && item.dataset.url) window.location.assign(item.dataset.url); }
  function render(suggestions) {
    list.textContent = "";
    suggestions.slice(0, 8).forEach(function (s, i) {
      if (!s.url) return;
      var li = document.createElement("li");
      li.id = "site-search-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.url = s.url;
      li.textContent = s.title;
      li.addEventListener("mousedown", function (event) { event.preventDefault(); open(li); });
      list.appendChild(li);
    });
    active = -1;
    var any = options().length > 0;
    list.hidden = !any;
    input.setAttribute("aria-expanded", any ? "true" : "false");
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      fetch(input.dataset.autocomplete + "?q=" + encodeURIComponent(q) + "&lang=" + encodeURIComponent(lang), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) render(data.suggestions || []); })
        .catch(function () {});
    }, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Escape") { event.preventDefault(); close(); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); open(options()[active]); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
