/* Initiatives map: enhances the server-rendered list with a clustered Leaflet map, a
   choropleth of initiatives per country and filters that update without reloading.
   django-leaflet makes the map ({% leaflet_map %}, options from LEAFLET_CONFIG, with the
   "markercluster" and "countries" plugins) and hands it over in its map:init event. The
   markers are fetched after the page has loaded and are added in chunks. */
(function () {
  "use strict";
  var el = document.getElementById("initiatives-map");
  if (!el || !window.L) { return; }
  el.hidden = false;  // before django-leaflet builds the map on window load, so it has a size
  window.addEventListener("map:init", function (event) {
    if (event.detail.id === el.id) { enhance(event.detail.map); }
  });

  function enhance(map) {
    var form = document.getElementById("initiative-filters");
    var list = document.getElementById("initiatives-list");
    var count = document.getElementById("initiatives-count");
    var csv = document.getElementById("initiatives-csv");
    var pages = document.getElementById("initiatives-pages");
    var numeric = JSON.parse(document.getElementById("country-numeric").textContent);
    var alpha2 = {};
    Object.keys(numeric).forEach(function (code) { alpha2[numeric[code]] = code; });

    // Markers are added in slices of at most 10 ms of work (40 ms on a 4× slower phone), with the page free in between.
    var clusters = L.markerClusterGroup({
      chunkedLoading: true, chunkInterval: 10, chunkDelay: 20, disableClusteringAtZoom: 7
    });
    map.addLayer(clusters);
    var countriesLayer = null;
    var perCountry = {};

    function colour(n) {
      return n > 20 ? "#08519c" : n > 5 ? "#3182bd" : n > 1 ? "#6baed6" : n > 0 ? "#bdd7e7" : "#f4f4f0";
    }
    function styleCountry(feature) {
      var n = perCountry[alpha2[feature.id]] || 0;
      return { color: "#777", weight: 0.6, fillColor: colour(n), fillOpacity: 0.9 };
    }

    function text(value) { var span = document.createElement("span"); span.textContent = value; return span.innerHTML; }
    function popup(props) {
      return "<strong>" + text(props.title) + "</strong><br><a class=\"popup-link\" href=\"" + text(props.url) + "\">" + text(el.dataset.labelOpen) + "</a>";
    }

    function render(data) {
      clusters.clearLayers();
      perCountry = {};
      var markers = [];
      var rows = [];
      data.features.forEach(function (f) {
        var p = f.properties;
        (p.country || []).forEach(function (c) { perCountry[c] = (perCountry[c] || 0) + 1; });
        if (f.geometry) {
          var coords = f.geometry.type === "Point" ? [f.geometry.coordinates] : f.geometry.coordinates;
          coords.forEach(function (c) {
            var m = L.marker([c[1], c[0]], { title: p.title, alt: p.title, keyboard: true });
            m.bindPopup(popup(p));
            markers.push(m);
          });
        }
        if (rows.length < 200) {
          rows.push("<tr data-id=\"" + p.id + "\"><td><a href=\"" + text(p.url) + "\">" + text(p.title) + "</a></td><td>" + text((p.country || []).join(", ")) + "</td><td>" + text(p.status) + "</td></tr>");
        }
      });
      clusters.addLayers(markers);
      if (countriesLayer) { countriesLayer.setStyle(styleCountry); }
      list.innerHTML = rows.join("") || "<tr><td colspan=\"3\">—</td></tr>";
      count.textContent = data.features.length;
      el.dataset.markers = markers.length;
      if (pages) { pages.hidden = true; }
      return markers;
    }

    function query() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) { if (value) { params.append(key, value); } });
      return params.toString();
    }

    function load(fit) {
      // The API is not under a language prefix: ask for the page's language explicitly.
      var params = new URLSearchParams(query());
      if (el.dataset.lang) { params.set("lang", el.dataset.lang); }
      var qs = params.toString();
      el.dataset.state = "loading";
      return fetch(el.dataset.geojson + (qs ? "?" + qs : ""), { headers: { Accept: "application/geo+json" } })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (data) {
          var markers = render(data);
          if (fit && markers.length) {
            map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [30, 30], maxZoom: 7 });
          }
          el.dataset.renderMs = Math.round(performance.now());
          el.dataset.state = "ready";
        })
        .catch(function () { el.dataset.state = "error"; });
    }

    map.on("countries:ready", function (event) {
      countriesLayer = event.layer.setStyle(styleCountry);
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var qs = query();
      history.replaceState(null, "", window.location.pathname + (qs ? "?" + qs : ""));
      if (csv) { csv.href = csv.href.split("?")[0] + "?" + qs; }
      load(true);
    });
    form.addEventListener("change", function () { form.requestSubmit(); });
    afterPaint(function () { load(Boolean(query())); });
  }

  // After the load event, when the main thread is idle: the server-rendered list and the
  // filters come first; the markers follow.
  function afterPaint(task) {
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 1); };
    function go() { idle(function () { task(); }, { timeout: 1500 }); }
    if (document.readyState === "complete") { go(); } else { window.addEventListener("load", go, { once: true }); }
  }
})();
