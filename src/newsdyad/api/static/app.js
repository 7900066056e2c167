// newsdyad web pages: attribution chains on hover and focus, event highlighting, charts.
// Served as a static file: the Content-Security-Policy allows no inline script.
(function () {
  "use strict";

  function each(selector, fn, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
  }

  // ---------------------------------------------------------------- article view
  var tip = document.getElementById("chain-tip");

  function chainOf(id) {
    var src = document.querySelector('mark[data-role="source"][data-attribution="' + CSS.escape(id) + '"]');
    if (src && src.dataset.chain) { return src.dataset.chain; }
    var li = document.querySelector('li.attribution[data-attribution="' + CSS.escape(id) + '"] .chain');
    return li ? li.textContent : "";
  }

  function showAttribution(id, anchor) {
    each(".active-att", function (el) { el.classList.remove("active-att"); });
    if (!id) { if (tip) { tip.hidden = true; } return; }
    each('[data-attribution="' + CSS.escape(id) + '"]', function (el) { el.classList.add("active-att"); });
    if (tip) {
      tip.textContent = chainOf(id);
      tip.hidden = false;
      if (anchor && anchor.closest && anchor.closest("#article-text")) {
        var box = anchor.getBoundingClientRect();
        var host = tip.parentElement.getBoundingClientRect();
        tip.style.top = (box.bottom - host.top + 4) + "px";
        tip.style.left = Math.max(0, Math.min(box.left - host.left, host.width - 320)) + "px";
        tip.classList.add("floating");
      } else {
        tip.classList.remove("floating");
      }
    }
  }

  function attributionTarget(el) {
    // the innermost attribution mark (or list item) under the pointer or focus
    var hit = el && el.closest ? el.closest("[data-attribution]") : null;
    return hit;
  }

  var text = document.getElementById("article-text");
  if (text) {
    ["mouseover", "focusin"].forEach(function (type) {
      document.addEventListener(type, function (ev) {
        var hit = attributionTarget(ev.target);
        if (hit) { showAttribution(hit.dataset.attribution, hit); }
      });
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { showAttribution(null); clearEvent(); }
    });
  }

  function clearEvent() {
    each(".active-event", function (el) { el.classList.remove("active-event"); });
  }

  function showEvent(button, scroll) {
    clearEvent();
    button.classList.add("active-event");
    var trigger = document.querySelector('#article-text [data-event="' + CSS.escape(button.dataset.event) + '"]');
    if (trigger) {
      trigger.classList.add("active-event");
      if (scroll) { trigger.scrollIntoView({block: "center", behavior: "smooth"}); }
    }
    // its participants, where they are named in the event's sentence
    (button.dataset.spans || "").split(" ").forEach(function (span) {
      if (span) {
        each('#article-text [data-span="' + CSS.escape(span) + '"]', function (el) { el.classList.add("active-event"); });
      }
    });
  }

  each("button.event", function (button) {
    button.addEventListener("mouseenter", function () { showEvent(button, false); });
    button.addEventListener("focus", function () { showEvent(button, false); });
    button.addEventListener("click", function () { showEvent(button, true); });
  });

  // ---------------------------------------------------------------- charts
  var QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
  var QUAD_COLOUR = {1: "#4c78a8", 2: "#54a24b", 3: "#f58518", 4: "#e45756"};

  function getJSON(url) {
    return fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); });
  }

  function timeline(el, data) {
    var periods = Array.from(new Set(data.items.map(function (r) { return r.period; }))).sort();
    var traces = [1, 2, 3, 4].map(function (q) {
      var by = {};
      data.items.forEach(function (r) { if (r.quad_class === q) { by[r.period] = r.events; } });
      return {type: "bar", name: QUAD[q], x: periods, y: periods.map(function (p) { return by[p] || 0; }),
              marker: {color: QUAD_COLOUR[q]}};
    });
    var sum = {}, n = {};
    data.items.forEach(function (r) {
      if (r.mean_goldstein !== null) {
        sum[r.period] = (sum[r.period] || 0) + r.mean_goldstein * r.events;
        n[r.period] = (n[r.period] || 0) + r.events;
      }
    });
    traces.push({type: "scatter", mode: "lines+markers", name: "mean Goldstein", yaxis: "y2", x: periods,
                 y: periods.map(function (p) { return n[p] ? sum[p] / n[p] : null; }),
                 line: {color: "#333"}});
    Plotly.newPlot(el, traces, {
      barmode: "stack", margin: {t: 20, r: 50, l: 40, b: 40}, legend: {orientation: "h"},
      xaxis: {type: "category"},
      yaxis: {title: {text: "events"}}, yaxis2: {title: {text: "Goldstein"}, overlaying: "y", side: "right", range: [-10, 10]}
    }, {responsive: true, displaylogo: false});
  }

  function network(el, data) {
    var nodes = data.nodes.slice(0, 60), index = {};
    nodes.forEach(function (node, i) {
      var a = 2 * Math.PI * i / Math.max(nodes.length, 1);
      node.x = Math.cos(a); node.y = Math.sin(a); index[node.id] = node;
    });
    var maxEvents = Math.max.apply(null, data.edges.map(function (e) { return e.events; }).concat([1]));
    var traces = data.edges.filter(function (e) { return index[e.source] && index[e.target]; }).map(function (e) {
      var s = index[e.source], t = index[e.target], g = e.mean_goldstein || 0;
      return {type: "scatter", mode: "lines", hoverinfo: "skip", showlegend: false,
              x: [s.x, t.x], y: [s.y, t.y],
              line: {width: 1 + 6 * e.events / maxEvents, color: g >= 0 ? "rgba(76,120,168,0.5)" : "rgba(228,87,86,0.5)"}};
    });
    traces.push({type: "scatter", mode: "markers+text", showlegend: false, textposition: "top center",
                 x: nodes.map(function (n) { return n.x; }), y: nodes.map(function (n) { return n.y; }),
                 text: nodes.map(function (n) { return n.id; }),
                 hovertext: nodes.map(function (n) { return n.name + ": " + n.events + " events"; }), hoverinfo: "text",
                 marker: {size: nodes.map(function (n) { return 8 + 20 * Math.sqrt(n.events / Math.max(nodes[0] ? nodes[0].events : 1, 1)); }), color: "#4c78a8"}});
    Plotly.newPlot(el, traces, {margin: {t: 10, r: 10, l: 10, b: 10}, xaxis: {visible: false}, yaxis: {visible: false, scaleanchor: "x"}},
                   {responsive: true, displaylogo: false});
  }

  var chart = document.getElementById("chart");
  if (chart && chart.dataset.url && window.Plotly) {
    getJSON(chart.dataset.url).then(function (data) {
      if (chart.dataset.chart === "timeline") { timeline(chart, data); }
      if (chart.dataset.chart === "network") { network(chart, data); }
      chart.dataset.ready = "1";
    }).catch(function (err) { chart.textContent = "The chart could not be drawn: " + err.message; chart.dataset.ready = "error"; });
  } else if (chart) {
    chart.dataset.ready = "no-plotly";
  }
})();
