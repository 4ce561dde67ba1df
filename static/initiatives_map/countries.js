/* django-leaflet plugin "countries" (LEAFLET_CONFIG["PLUGINS"]): the offline base map.
   Every map made by {% leaflet_map %} whose element has data-countries (the URL of the
   packaged world-atlas TopoJSON) gets the country shapes under its other layers, then fires
   "countries:ready" with the layer. The shapes are fetched once the page has loaded and the
   main thread is idle, and drawn a few at a time, so no long task delays the first view. The world wraps around (worldCopyJump), as there is no
   tile layer to bound it. django-leaflet loads plugins before leaflet.extras.js, so this file
   listens for the map:init event that L.Map.djangoMap fires rather than extending DjangoMap.
   Needs topojson-client, loaded before this file by the same plugin. */
(function () {
  "use strict";
  if (!window.L) { return; }
  L.Map.mergeOptions({ worldCopyJump: true });

  var STYLE = { color: "#6f7c8a", weight: 0.6, fillColor: "#f4f4f0", fillOpacity: 1 };
  var CHUNK = 12;  // shapes drawn per task: each task stays well under 50 ms on a slow phone

  // After the page's load event, when the main thread is idle: the first view (the list, the
  // filters) is painted and interactive before any shape is fetched or drawn.
  function afterPaint(task) {
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 1); };
    function go() { idle(function () { task(); }, { timeout: 1500 }); }
    if (document.readyState === "complete") { go(); } else { window.addEventListener("load", go, { once: true }); }
  }

  // A ring that crosses the antimeridian (Fiji, Russia) has a step of about 360° in
  // longitude; drawn as is, that edge is a thin line right across the map. Its longitudes are
  // made continuous instead (the same as staticmap.unwrap on the server).
  function unwrap(ring) {
    var offset = 0;
    return ring.map(function (point, i) {
      if (i > 0) {
        var step = point[0] - ring[i - 1][0];
        if (step > 180) { offset -= 360; } else if (step < -180) { offset += 360; }
      }
      return [point[0] + offset, point[1]];
    });
  }
  function shape(topo, geometry) {
    var feature = topojson.feature(topo, geometry);
    var g = feature.geometry;
    if (g && g.type === "Polygon") { g.coordinates = g.coordinates.map(unwrap); }
    if (g && g.type === "MultiPolygon") {
      g.coordinates = g.coordinates.map(function (polygon) { return polygon.map(unwrap); });
    }
    return feature;
  }

  function draw(map, topo) {
    // Antarctica ("010") is left out: a ring along the bottom edge of the world, mostly
    // beyond the Mercator projection's limit.
    var geometries = topo.objects.countries.geometries.filter(function (g) { return g.id !== "010"; });
    var layer = L.geoJSON(null, { style: STYLE, interactive: false }).addTo(map);
    var next = 0;
    (function chunk() {
      var end = Math.min(next + CHUNK, geometries.length);
      for (; next < end; next += 1) { layer.addData(shape(topo, geometries[next])); }
      layer.bringToBack();
      // The next slice after the browser has drawn this one: layout and paint stay small too.
      if (next < geometries.length) { requestAnimationFrame(function () { setTimeout(chunk, 0); }); return; }
      map.fire("countries:ready", { layer: layer });
    })();
  }

  window.addEventListener("map:init", function (event) {
    var map = event.detail.map;
    var url = map.getContainer().dataset.countries;
    if (!url || !window.topojson) { return; }
    afterPaint(function () {
      fetch(url)
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (topo) { draw(map, topo); });
    });
  });
})();
