/* Initiatives map: enhances the server-rendered list and static SVG map with a clustered
   Leaflet map, a choropleth of initiatives per country and filters that update without
   reloading. django-leaflet makes the map ({% leaflet_map %}, options from LEAFLET_CONFIG, with
   the "markercluster" and "countries" plugins) and hands it over in its map:init event. The
   markers are fetched after the page has loaded and are added in chunks. Labels come from the
   "map-labels" JSON in the page's language (country names, statuses, plural forms). */
(function () {
  "use strict";
  var el = document.getElementById("initiatives-map");
  if (!el || !window.L) { return; }
  var labels = JSON.parse(document.getElementById("map-labels").textContent);
  var lang = el.dataset.lang || document.documentElement.lang || "en";
  el.hidden = false;  // before django-leaflet builds the map, so it has a size
  Array.prototype.forEach.call(document.querySelectorAll(".map-legend__js"), function (item) { item.hidden = false; });
  // On a phone the filters start folded: the map and the list come first.
  var panel = document.getElementById("initiatives-filters-panel");
  if (panel && window.matchMedia && window.matchMedia("(max-width: 47.99rem)").matches) { panel.open = false; }
  window.addEventListener("map:init", function (event) {
    if (event.detail.id === el.id) { enhance(event.detail.map); }
  });

  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var numbers = window.Intl ? new Intl.NumberFormat(lang === "ar" ? "ar-u-nu-latn" : lang) : null;
  function counted(forms, n) {
    var form = (plural && forms[plural.select(n)]) || forms.other;
    return form.replace(/%\(\w+\)s/, numbers ? numbers.format(n) : String(n));
  }
  function countryNames(codes) {
    return (codes || []).map(function (c) { return labels.countries[c] || c; }).join(", ");
  }

  // Shades of initiatives per country: the same bounds as staticmap.SHADES, the same colours
  // as .shade-0 to .shade-4 in map.css.
  var SHADES = ["#f4f4f0", "#a6cbe3", "#5b9bd0", "#2866a8", "#0b3d6e"];
  function colour(n) { return SHADES[(n > 0) + (n > 1) + (n > 5) + (n > 20)]; }

  // Cluster icons are buttons named "3 initiatives in this area" (not "3").
  var NamedIcon = L.DivIcon.extend({
    createIcon: function (old) {
      var div = L.DivIcon.prototype.createIcon.call(this, old);
      div.setAttribute("role", "button");
      div.setAttribute("aria-label", this.options.label);
      div.removeAttribute("title");
      return div;
    }
  });
  function clusterIcon(cluster) {
    var n = cluster.getChildCount();
    var size = n < 10 ? "small" : n < 100 ? "medium" : "large";
    return new NamedIcon({
      html: "<div><span aria-hidden=\"true\">" + (numbers ? numbers.format(n) : n) + "</span></div>",
      className: "marker-cluster marker-cluster-" + size,
      iconSize: new L.Point(40, 40),
      label: counted(labels.cluster, n)
    });
  }

  function enhance(map) {
    var form = document.getElementById("initiative-filters");
    var list = document.getElementById("initiatives-list");
    var count = document.getElementById("initiatives-count");
    var status = document.getElementById("initiatives-status");
    var active = document.getElementById("initiatives-active");
    var csv = document.getElementById("initiatives-csv");
    var pages = document.getElementById("initiatives-pages");
    var picture = document.getElementById("initiatives-static-map");
    var numeric = JSON.parse(document.getElementById("country-numeric").textContent);
    var alpha2 = {};
    Object.keys(numeric).forEach(function (code) { alpha2[numeric[code]] = code; });

    // Markers are added in slices of at most 10 ms of work (40 ms on a 4× slower phone), with the page free in between.
    var clusters = L.markerClusterGroup({
      chunkedLoading: true, chunkInterval: 10, chunkDelay: 20, disableClusteringAtZoom: 7,
      iconCreateFunction: clusterIcon
    });
    map.addLayer(clusters);
    var countriesLayer = null;
    var perCountry = {};

    function styleCountry(feature) {
      var n = perCountry[alpha2[feature.id]] || 0;
      return { color: "#6f7c8a", weight: 0.6, fillColor: colour(n), fillOpacity: 1 };
    }

    function text(value) { var span = document.createElement("span"); span.textContent = value; return span.innerHTML; }
    function popup(props) {
      return "<strong>" + text(props.title) + "</strong><br>" + text(countryNames(props.country)) +
        "<br><a class=\"popup-link\" href=\"" + text(props.url) + "\">" + text(el.dataset.labelOpen) + "</a>";
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
          rows.push("<tr data-id=\"" + p.id + "\"><td><a href=\"" + text(p.url) + "\">" + text(p.title) + "</a></td><td>" +
            text(countryNames(p.country)) + "</td><td>" + text(labels.statuses[p.status] || p.status) + "</td></tr>");
        }
      });
      clusters.addLayers(markers);
      if (countriesLayer) { countriesLayer.setStyle(styleCountry); }
      list.innerHTML = rows.join("") || "<tr><td colspan=\"3\">—</td></tr>";
      count.textContent = numbers ? numbers.format(data.features.length) : data.features.length;
      el.dataset.markers = markers.length;
      if (pages) { pages.hidden = true; }
      return { shown: data.features.length, markers: markers };
    }

    function query() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) { if (value) { params.append(key, value); } });
      return params.toString();
    }

    function load(fit, announce) {
      // The API is not under a language prefix: ask for the page's language explicitly.
      var params = new URLSearchParams(query());
      if (el.dataset.lang) { params.set("lang", el.dataset.lang); }
      var qs = params.toString();
      el.dataset.state = "loading";
      return fetch(el.dataset.geojson + (qs ? "?" + qs : ""), { headers: { Accept: "application/geo+json" } })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (data) {
          var result = render(data);
          if (fit && result.markers.length) {
            map.fitBounds(L.featureGroup(result.markers).getBounds(), { padding: [30, 30], maxZoom: 7 });
          }
          // A polite live region: screen readers hear the new count after a filter change.
          if (announce) { status.textContent = counted(labels.shown, result.shown); }
          el.dataset.renderMs = Math.round(performance.now());
          el.dataset.state = "ready";
        })
        .catch(function () { el.dataset.state = "error"; });
    }

    map.on("countries:ready", function (event) {
      countriesLayer = event.layer.setStyle(styleCountry);
      if (picture) { picture.hidden = true; }  // the Leaflet map has drawn the world
    });

    // Keyboard: a popup opened from a marker takes the focus to its link; Escape closes it
    // and gives the focus back to the marker.
    var opener = null;
    map.on("popupopen", function (event) {
      opener = event.popup._source || null;
      var link = event.popup.getElement() && event.popup.getElement().querySelector(".popup-link");
      if (link) { link.focus({ preventScroll: true }); }
    });
    el.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !map._popup || !map.hasLayer(map._popup)) { return; }
      var source = opener;
      map.closePopup();
      event.preventDefault();
      if (source && source._icon) { source._icon.focus(); }
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var qs = query();
      history.replaceState(null, "", window.location.pathname + (qs ? "?" + qs : ""));
      if (csv) { csv.href = csv.href.split("?")[0] + "?" + qs; }
      if (active) {
        var chosen = qs ? qs.split("&").length : 0;
        active.textContent = chosen ? counted(labels.active, chosen) : "";
      }
      load(true, true);
    });
    form.addEventListener("change", function () { form.requestSubmit(); });
    afterPaint(function () { load(Boolean(query()), false); });
  }

  // After the load event, when the main thread is idle: the server-rendered list and the
  // filters come first; the markers follow.
  function afterPaint(task) {
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 1); };
    function go() { idle(function () { task(); }, { timeout: 1500 }); }
    if (document.readyState === "complete") { go(); } else { window.addEventListener("load", go, { once: true }); }
  }
})();
