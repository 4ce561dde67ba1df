/* Pick the proposal's point on a small map of the countries; typing the coordinates works
   without it. */
(function () {
  "use strict";
  var el = document.getElementById("proposal-map");
  if (!el || !window.L) { return; }
  el.hidden = false;
  var lat = document.getElementById("id_latitude");
  var lon = document.getElementById("id_longitude");
  var map = L.map(el, { center: [15, 10], zoom: 1, worldCopyJump: true });
  L.Icon.Default.imagePath = el.dataset.static + "leaflet/images/";
  if (window.topojson) {
    fetch(el.dataset.countries).then(function (r) { return r.json(); }).then(function (topo) {
      L.geoJSON(topojson.feature(topo, topo.objects.countries), {
        style: { color: "#777", weight: 0.6, fillColor: "#f4f4f0", fillOpacity: 1 }, interactive: false
      }).addTo(map);
    });
  }
  var marker = null;
  function place(latlng) {
    if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng).addTo(map); }
  }
  if (lat.value && lon.value) { place([parseFloat(lat.value), parseFloat(lon.value)]); }
  map.on("click", function (event) {
    var ll = event.latlng.wrap();
    lat.value = ll.lat.toFixed(5);
    lon.value = ll.lng.toFixed(5);
    place(event.latlng);
    el.dataset.picked = "1";
  });
})();
