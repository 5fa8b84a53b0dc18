/*
 * The coding page's script: one unit at a time, the themes of each sentence by click or key, the work saved in
 * the browser (localStorage) as it is done, and the export of the sentence-level sheet as CSV. Reads the page's
 * data from the JSON in #coding-data; builds every element from text (never from HTML), so no unit text can
 * become markup. No network, no modules: it runs from a file opened from disk.
 *
 * A sentence's state: null (not coded), [] (no theme) or the keys of its themes. A unit is coded when every
 * sentence is; half-coded when some are and some are not — the export refuses those and names them.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("coding-data").textContent);
  var units = data.units;
  var themes = data.themes;
  var byKey = {};
  themes.forEach(function (t) {
    if (t.shortcut) byKey[t.shortcut] = t.key;
  });
  var state = { format: 1, units: {}, at: { unit: 0, sentence: 0 } };
  var storage = null;
  var timings = { renders: 0, lastRenderMs: 0, maxRenderMs: 0 };
  var shownUnit = null;

  function $(id) {
    return document.getElementById(id);
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "className") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  // --- the coder's work, and where it is kept ---------------------------------------------------------------
  function blankUnit(u) {
    return { n: u.sentences.length, s: u.sentences.map(function () { return null; }), note: "" };
  }
  function work(u) {
    if (!state.units[u.id]) state.units[u.id] = blankUnit(u);
    return state.units[u.id];
  }
  function status(u) {
    var w = state.units[u.id];
    if (!w) return "todo";
    var coded = w.s.filter(function (x) { return x !== null; }).length;
    return coded === 0 ? "todo" : coded === w.s.length ? "done" : "partial";
  }
  function openStorage() {
    try {
      var probe = data.storageKey + "/probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }
  /** Takes the saved work that still fits the page: a unit whose number of sentences changed is dropped. */
  function adopt(saved) {
    var dropped = [];
    units.forEach(function (u) {
      var w = saved.units && saved.units[u.id];
      if (!w) return;
      if (w.n !== u.sentences.length || !Array.isArray(w.s) || w.s.length !== u.sentences.length) dropped.push(u.id);
      else state.units[u.id] = { n: w.n, s: w.s, note: typeof w.note === "string" ? w.note : "" };
    });
    if (saved.at && units[saved.at.unit]) state.at = { unit: saved.at.unit, sentence: saved.at.sentence || 0 };
    return dropped;
  }
  function load() {
    storage = openStorage();
    if (!storage) {
      banner("This browser does not let the page keep your work (a private window, or storage turned off). " +
        "Export the sheet or save a backup before you close the tab.");
      return;
    }
    var raw = storage.getItem(data.storageKey);
    if (!raw) return;
    try {
      var dropped = adopt(JSON.parse(raw));
      if (dropped.length) {
        message("The sentences of " + dropped.join(", ") + " changed since you coded them (a new page was built): " +
          "code them again.", false);
      }
    } catch (e) {
      message("Your saved work could not be read (" + e.message + "); starting afresh.", false);
    }
  }
  function save() {
    if (!storage) return;
    try {
      storage.setItem(data.storageKey, JSON.stringify(state));
      $("saved").textContent = "saved in this browser";
    } catch (e) {
      $("saved").textContent = "NOT saved (" + e.name + "): export or save a backup";
    }
  }

  // --- messages ---------------------------------------------------------------------------------------------
  function banner(text) {
    var b = $("banner");
    b.hidden = false;
    b.appendChild(el("p", { text: text }));
  }
  function message(text, ok, items) {
    var m = $("message");
    m.textContent = "";
    m.className = ok ? "message ok" : "message";
    m.appendChild(el("p", { text: text }));
    if (items && items.length) m.appendChild(el("ul", {}, items.map(function (i) { return el("li", { text: i }); })));
    m.hidden = false;
  }

  // --- drawing ----------------------------------------------------------------------------------------------
  function drawCodebook() {
    $("codebook-title").textContent = "Codebook " + data.codebook;
    var box = $("themes");
    ["core", "secondary"].forEach(function (level) {
      var mine = themes.filter(function (t) { return t.level === level; });
      if (!mine.length) return;
      box.appendChild(el("h3", { text: level === "core" ? "Core themes" : "Secondary themes" }));
      mine.forEach(function (t) {
        var parts = [el("p", { text: t.definition })];
        var lists = [["Include", t.include], ["Exclude", t.exclude],
          ["Examples that express it", t.examples.positive], ["Examples that do not", t.examples.negative]];
        lists.forEach(function (l) {
          if (!l[1].length) return;
          parts.push(el("p", { className: "kind", text: l[0] }));
          parts.push(el("ul", {}, l[1].map(function (x) { return el("li", { text: x }); })));
        });
        var key = t.shortcut ? "[" + t.shortcut + "] " : "";
        var d = el("details", { id: "theme-" + t.key }, [el("summary", { text: key + t.key + " — " + t.label })]);
        parts.forEach(function (p) { d.appendChild(p); });
        box.appendChild(d);
      });
    });
    data.keys.forEach(function (k) {
      $("help-keys").appendChild(el("tr", {}, [el("td", {}, [el("kbd", { text: k.key })]), el("td", { text: k.does })]));
    });
  }
  function drawUnitList() {
    var list = $("unit-list");
    units.forEach(function (u, i) {
      var b = el("button", { type: "button", text: u.id, title: u.title });
      b.addEventListener("click", function () { go(i, 0); });
      list.appendChild(el("li", { id: "nav-" + i }, [b]));
    });
  }
  function markUnitList(i) {
    var li = $("nav-" + i);
    li.className = status(units[i]) + (i === state.at.unit ? " current" : "");
  }
  function drawProgress() {
    var done = 0;
    var coded = 0;
    var all = 0;
    units.forEach(function (u) {
      if (status(u) === "done") done++;
      var w = state.units[u.id];
      all += u.sentences.length;
      if (w) coded += w.s.filter(function (x) { return x !== null; }).length;
    });
    $("progress-text").textContent = done + " of " + units.length + " units coded";
    $("progress").value = units.length ? done / units.length : 0;
    $("sentence-progress").textContent = coded + " of " + all + " sentences";
  }
  /** The sentence's text, the dictionary's words marked on an instructor's page. */
  function sentenceText(s) {
    var span = el("span", { className: "text" });
    var ranges = [];
    (s.dictionary || []).forEach(function (m) { ranges = ranges.concat(m.ranges); });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] < at) return;
      span.appendChild(document.createTextNode(s.text.slice(at, r[0])));
      span.appendChild(el("mark", { text: s.text.slice(r[0], r[1]) }));
      at = r[1];
    });
    span.appendChild(document.createTextNode(s.text.slice(at)));
    return span;
  }
  function chip(u, si, key, label, title, pressed, extra) {
    var b = el("button", { type: "button", className: "chip" + extra, "data-theme": key, title: title,
      "aria-pressed": String(pressed) });
    b.textContent = label;
    b.addEventListener("click", function () {
      state.at.sentence = si;
      if (key === "") setNone(u, si);
      else toggle(u, si, key);
    });
    return b;
  }
  function drawSentence(u, si) {
    var s = u.sentences[si];
    var st = work(u).s[si];
    var machine = (s.dictionary || []).map(function (m) { return m.theme; });
    var chips = themes.map(function (t) {
      var cls = (t.level === "secondary" ? " secondary" : "") + (machine.indexOf(t.key) >= 0 ? " machine" : "");
      var label = (t.shortcut ? t.shortcut + " " : "") + t.key;
      var title = t.label + (machine.indexOf(t.key) >= 0 ? " (the dictionary coder counted it here)" : "");
      return chip(u, si, t.key, label, title, st !== null && st.indexOf(t.key) >= 0, cls);
    });
    chips.push(chip(u, si, "", "0 no theme", "the sentence expresses no theme", st !== null && st.length === 0, " none"));
    var text = sentenceText(s);
    text.addEventListener("click", function () { state.at.sentence = si; drawSentences(); });
    var cls = "sentence" + (st !== null ? " coded" : "") + (si === state.at.sentence ? " current" : "");
    return el("li", { className: cls, id: "s-" + si, "data-n": s.n }, [
      el("span", { className: "n", text: s.n }),
      text,
      el("div", { className: "chips", role: "group", "aria-label": "themes of sentence " + s.n }, chips),
    ]);
  }
  function drawSentences() {
    var u = units[state.at.unit];
    var list = $("sentences");
    list.textContent = "";
    u.sentences.forEach(function (_s, si) { list.appendChild(drawSentence(u, si)); });
    var cur = $("s-" + state.at.sentence);
    if (cur && cur.scrollIntoView) cur.scrollIntoView({ block: "nearest" });
  }
  function drawUnit() {
    var t0 = performance.now();
    var u = units[state.at.unit];
    $("unit-title").textContent = u.id + " · unit " + (state.at.unit + 1) + " of " + units.length;
    $("unit-meta").textContent = u.title + " · " + u.sentences.length + " sentences";
    $("note").value = work(u).note;
    drawSentences();
    if (shownUnit !== null && shownUnit !== state.at.unit) markUnitList(shownUnit);
    markUnitList(state.at.unit);
    shownUnit = state.at.unit;
    drawProgress();
    timings.renders++;
    timings.lastRenderMs = performance.now() - t0;
    timings.maxRenderMs = Math.max(timings.maxRenderMs, timings.lastRenderMs);
  }

  // --- coding -----------------------------------------------------------------------------------------------
  function changed(u) {
    drawSentences();
    markUnitList(state.at.unit);
    drawProgress();
    save();
    $("message").hidden = true;
    return u;
  }
  function toggle(u, si, key) {
    var w = work(u);
    var st = w.s[si] === null ? [] : w.s[si].slice();
    var at = st.indexOf(key);
    if (at >= 0) st.splice(at, 1);
    else st.push(key);
    var order = themes.map(function (t) { return t.key; });
    st.sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); });
    w.s[si] = st.length ? st : null;
    changed(u);
  }
  function setNone(u, si) {
    work(u).s[si] = [];
    changed(u);
  }
  function clear(u, si) {
    work(u).s[si] = null;
    changed(u);
  }
  function restNone(u) {
    var w = work(u);
    w.s = w.s.map(function (x) { return x === null ? [] : x; });
    changed(u);
  }
  function go(unit, sentence) {
    if (unit < 0 || unit >= units.length) return;
    state.at = { unit: unit, sentence: Math.max(0, Math.min(sentence, units[unit].sentences.length - 1)) };
    drawUnit();
    save();
  }
  function step(by) {
    var u = units[state.at.unit];
    var next = state.at.sentence + by;
    if (next >= 0 && next < u.sentences.length) {
      state.at.sentence = next;
      drawSentences();
      save();
    }
  }

  // --- the export: the sentence-level sheet, refused while a unit is half-coded -------------------------------
  function halfCoded() {
    return units.filter(function (u) { return status(u) === "partial"; }).map(function (u) {
      var missing = [];
      work(u).s.forEach(function (x, i) { if (x === null) missing.push(u.sentences[i].n); });
      return { index: units.indexOf(u), text: u.id + ": sentence" + (missing.length > 1 ? "s " : " ") +
        missing.join(", ") + " not coded" };
    });
  }
  function csvCell(v) {
    return /[\r\n",]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  function sheetCsv() {
    var header = data.columns.concat(themes.map(function (t) { return t.key; }), [data.noteColumn]);
    var lines = [header.map(csvCell).join(",")];
    units.forEach(function (u) {
      var w = state.units[u.id] || blankUnit(u);
      u.sentences.forEach(function (s, si) {
        var st = w.s[si];
        var cells = data.columns.map(function (c) {
          return c === "sentence" ? s.n : c === "text" ? s.text : u.cells[c];
        });
        themes.forEach(function (t) { cells.push(st === null ? "" : st.indexOf(t.key) >= 0 ? "1" : "0"); });
        cells.push(si === 0 ? w.note : "");
        lines.push(cells.map(csvCell).join(","));
      });
    });
    return "\uFEFF" + lines.join("\n") + "\n";
  }
  function fileName(suffix, ext) {
    return data.coder.replace(/[^\w.-]+/g, "-") + (data.evidence ? "-with-evidence" : "") + suffix + "." + ext;
  }
  function download(name, text, type) {
    var a = el("a", { download: name });
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
  }
  function exportSheet() {
    var half = halfCoded();
    if (half.length) {
      message("Not exported: " + half.length + " unit" + (half.length > 1 ? "s are" : " is") + " half-coded. " +
        "Code every sentence of " + (half.length > 1 ? "each" : "it") + " (a theme, or 0 = no theme), " +
        "then export again.", false, half.map(function (h) { return h.text; }));
      go(half[0].index, 0);
      return;
    }
    var done = units.filter(function (u) { return status(u) === "done"; }).length;
    download(fileName("", "csv"), sheetCsv(), "text/csv;charset=utf-8");
    var rest = units.length - done;
    message("Exported " + fileName("", "csv") + ": " + done + " coded unit" + (done === 1 ? "" : "s") +
      (rest ? "; " + rest + " not coded yet " + (rest === 1 ? "is" : "are") + " in it with blank cells (not coded)." : "."),
      true);
  }
  function backup() {
    download(fileName("-backup", "json"), JSON.stringify({
      kind: "workbook-coding-page-backup", storageKey: data.storageKey, coder: data.coder, codebook: data.codebook,
      state: state,
    }), "application/json");
  }
  function restore(file) {
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var b = JSON.parse(reader.result);
        if (b.kind !== "workbook-coding-page-backup") throw new Error("it is not a coding page's backup");
        if (b.storageKey !== data.storageKey) {
          throw new Error("it is the backup of another page (coder " + b.coder + ", codebook " + b.codebook + ")");
        }
        state = { format: 1, units: {}, at: { unit: 0, sentence: 0 } };
        var dropped = adopt(b.state);
        save();
        units.forEach(function (_u, i) { markUnitList(i); });
        drawUnit();
        message("Restored " + Object.keys(state.units).length + " units from " + file.name +
          (dropped.length ? "; dropped " + dropped.join(", ") + " (their sentences changed)" : "") + ".", true);
      } catch (e) {
        message("Not restored from " + file.name + ": " + e.message + ".", false);
      }
    };
    reader.readAsText(file);
  }

  // --- keys ---------------------------------------------------------------------------------------------------
  function toggleHelp() {
    var h = $("help");
    h.hidden = !h.hidden;
    $("help-button").setAttribute("aria-expanded", String(!h.hidden));
  }
  function onKey(e) {
    var inField = e.target && (e.target.tagName === "TEXTAREA" || e.target.tagName === "INPUT");
    if (inField) {
      if (e.key === "Escape") e.target.blur();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var u = units[state.at.unit];
    var si = state.at.sentence;
    var k = e.key;
    var lower = k.length === 1 ? k.toLowerCase() : k;
    if (byKey[lower]) toggle(u, si, byKey[lower]);
    else if (k === "0" || lower === "x") setNone(u, si);
    else if (k === "ArrowDown" || lower === "j") step(1);
    else if (k === "ArrowUp" || lower === "k") step(-1);
    else if (k === "Enter") {
      if (si + 1 < u.sentences.length) step(1);
      else go(state.at.unit + 1, 0);
    } else if (k === "ArrowRight" || lower === "n" || k === "PageDown") go(state.at.unit + 1, 0);
    else if (k === "ArrowLeft" || lower === "p" || k === "PageUp") go(state.at.unit - 1, 0);
    else if (k === "Backspace" || k === "Delete") clear(u, si);
    else if (lower === "a") restNone(u);
    else if (lower === "m") $("note").focus();
    else if (k === "?") toggleHelp();
    else return;
    e.preventDefault();
  }

  // --- start --------------------------------------------------------------------------------------------------
  $("coder").textContent = data.coder;
  $("corpus").textContent = data.corpus + " · " + data.sample;
  $("version").textContent = data.codebook;
  if (data.evidence) {
    banner("Instructor's page: the dictionary coder's evidence is shown (dashed themes, marked words). " +
      "Use it to compare your reading with the machine's — a sheet coded here is not a blind coding.");
  }
  drawCodebook();
  drawUnitList();
  load();
  units.forEach(function (_u, i) { markUnitList(i); });
  drawUnit();
  document.addEventListener("keydown", onKey);
  $("note").addEventListener("input", function () {
    work(units[state.at.unit]).note = $("note").value;
    save();
  });
  $("export").addEventListener("click", exportSheet);
  $("backup").addEventListener("click", backup);
  $("restore").addEventListener("change", function (e) {
    if (e.target.files[0]) restore(e.target.files[0]);
    e.target.value = "";
  });
  $("help-button").addEventListener("click", toggleHelp);
  $("rest-none").addEventListener("click", function () { restNone(units[state.at.unit]); });
  $("prev").addEventListener("click", function () { go(state.at.unit - 1, 0); });
  $("next").addEventListener("click", function () { go(state.at.unit + 1, 0); });
  window.codingPage = { ready: true, timings: timings, units: units.length, sheetCsv: sheetCsv };
})();
