// Progressive enhancement: use the browser's time zone when the visitor has not chosen one.
(function () {
  var select = document.getElementById("tz-select");
  if (!select || document.cookie.indexOf("learning_tz=") !== -1) return;
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone || zone === select.dataset.current) return;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) {
      document.cookie = "learning_tz=" + encodeURIComponent(zone) + ";path=/;max-age=31536000;samesite=lax";
      window.location.reload();
      return;
    }
  }
})();
