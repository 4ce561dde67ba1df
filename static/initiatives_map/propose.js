/* Pick the proposal's point on a small map of the countries; typing the coordinates works
   without it. django-leaflet makes the map ({% leaflet_map %} with the "countries" plugin)
   and hands it over in its map:init event. */
(function () {
  "use strict";
  var el = document.getElementById("proposal-map");
  if (!el || !window.L) { return; }
  el.hidden = false;  // before django-leaflet builds the map, so it has a size
  var lat = document.getElementById("id_latitude");
  var lon = document.getElementById("id_longitude");
  window.addEventListener("map:init", function (event) {
    if (event.detail.id !== el.id) { return; }
    var map = event.detail.map;
    var marker = null;
    function place(latlng) {
      if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng).addTo(map); }
    }
    if (lat.value && lon.value) { place([parseFloat(lat.value), parseFloat(lon.value)]); }
    map.on("click", function (e) {
      var ll = e.latlng.wrap();
      lat.value = ll.lat.toFixed(5);
      lon.value = ll.lng.toFixed(5);
      place(e.latlng);
      el.dataset.picked = "1";
    });
  });
})();
