// Progressive enhancement: use the browser's time zone when the visitor has not chosen one.
// The choice is sent through the time-zone form, so the server sets the cookie (Secure,
// HttpOnly: no script reads it); tried once per tab, in case cookies are refused.
(function () {
  var select = document.getElementById("tz-select");
  if (!select || select.dataset.chosen || !select.form) return;
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone || zone === select.dataset.current) return;
  try {
    if (window.sessionStorage.getItem("learning_tz_tried")) return;
    window.sessionStorage.setItem("learning_tz_tried", "1");
  } catch (e) { return; }
  // The short list may not hold the browser's zone: add it (the server checks the name and
  // shows it with its localized city name from then on).
  var known = false;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) known = true;
  }
  if (!known) {
    var option = document.createElement("option");
    option.value = zone;
    option.textContent = zone;
    select.appendChild(option);
  }
  select.value = zone;
  select.form.submit();
})();
