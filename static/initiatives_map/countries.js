/* django-leaflet plugin "countries" (LEAFLET_CONFIG["PLUGINS"]): the offline base map.
   Every map made by {% leaflet_map %} whose element has data-countries (the URL of the
   packaged world-atlas TopoJSON) gets the country shapes under its other layers, then fires
   "countries:ready" with the layer. The world wraps around (worldCopyJump), as there is no
   tile layer to bound it. django-leaflet loads plugins before leaflet.extras.js, so this file
   listens for the map:init event that L.Map.djangoMap fires rather than extending DjangoMap.
   Needs topojson-client, loaded before this file by the same plugin. */
(function () {
  "use strict";
  if (!window.L) { return; }
  L.Map.mergeOptions({ worldCopyJump: true });

  var STYLE = { color: "#777", weight: 0.6, fillColor: "#f4f4f0", fillOpacity: 1 };

  window.addEventListener("map:init", function (event) {
    var map = event.detail.map;
    var url = map.getContainer().dataset.countries;
    if (!url || !window.topojson) { return; }
    fetch(url)
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (topo) {
        var layer = L.geoJSON(topojson.feature(topo, topo.objects.countries), {
          style: STYLE, interactive: false
        }).addTo(map);
        layer.bringToBack();
        map.fire("countries:ready", { layer: layer });
      });
  });
})();
