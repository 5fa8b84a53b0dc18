/*
 * The workbook's report pages: each chart (a `.wb-chart` holding its vega-lite spec as JSON and its static SVG) is
 * embedded live with vega-embed, one after another in page order; the static SVG stays when scripts are off, when a
 * chart fails, and on paper. `window.workbookCharts` counts the charts and records when the first and the last were
 * drawn (milliseconds since the page started loading).
 * Written into output/assets/ by lib/report/assets.ts; plain ES5 for any current browser, no network.
 */
(function () {
  "use strict";
  var stats = { total: 0, embedded: 0, failed: 0, firstChartMs: null, lastChartMs: null, done: false };
  window.workbookCharts = stats;

  var OPTIONS = {
    renderer: "svg",
    actions: { export: true, source: false, compiled: false, editor: false },
    tooltip: { theme: "light" },
  };

  function embed(box) {
    var json = box.querySelector("script.wb-spec");
    var live = box.querySelector(".wb-live");
    if (!json || !live) return Promise.resolve();
    var spec;
    try {
      spec = JSON.parse(json.textContent);
    } catch (e) {
      stats.failed += 1;
      return Promise.resolve();
    }
    return window
      .vegaEmbed(live, spec, OPTIONS)
      .then(function (result) {
        box.classList.add("wb-live-ok");
        box.workbookView = result.view;
        stats.embedded += 1;
        var now = Math.round(window.performance.now());
        if (stats.firstChartMs === null) stats.firstChartMs = now;
        stats.lastChartMs = now;
      })
      .catch(function (err) {
        stats.failed += 1;
        box.classList.add("wb-live-failed");
        if (window.console) window.console.error("workbook: chart not embedded, the static SVG stays:", err);
      });
  }

  function start() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll(".wb-chart"));
    stats.total = boxes.length;
    if (typeof window.vegaEmbed !== "function") {
      stats.done = true;
      return;
    }
    boxes
      .reduce(function (chain, box) {
        return chain.then(function () {
          return embed(box);
        });
      }, Promise.resolve())
      .then(function () {
        stats.done = true;
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
