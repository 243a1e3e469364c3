// The newskg graph page: search, filters, evidence panel, tooltips, edge labels on demand.
// Reads the globals `network`, `nodes` and `edges`; every text from the data goes into the
// page as text (textContent), never as markup, and only http(s) addresses become links.
(function () {
  "use strict";
  var LABEL_ZOOM = 1.5;          // at this zoom and closer every visible edge shows its label
  var $ = function (id) { return document.getElementById(id); };
  var state = { relations: {}, types: {}, from: "", to: "", undated: true, minConfidence: 0, contested: true };
  var byName = new Map();        // lower-cased name -> node id
  var baseDegree = new Map();    // node id -> number of edges before any filter
  var labelsShown = false;

  // --- small DOM helpers (text only) -------------------------------------------------
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
  function link(text, url) {
    var href = safeUrl(url);
    if (!href) return el("span", text);
    var a = el("a", text);
    a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function label(id) { var n = nodes.get(id); return n ? n.label : String(id); }

  // --- filters -------------------------------------------------------------------------
  function evidencePasses(ev) {
    var date = (ev.date || "").slice(0, 10);
    if (!date) { if (!state.undated) return false; }
    else if ((state.from && date < state.from) || (state.to && date > state.to)) return false;
    if (state.minConfidence > 0) {
      if (ev.confidence === null || ev.confidence === undefined) return false;
      if (ev.confidence < state.minConfidence) return false;
    }
    return true;
  }
  function isContested(edge) { return (edge.contested || []).length > 0; }
  function visibleEvidence(edge) {
    var evidence = edge.evidence || [];
    if (!evidence.length) return state.minConfidence > 0 ? [] : [null];
    return evidence.filter(evidencePasses);
  }
  function apply() {
    var edgeChanges = [], nodeChanges = [], degree = new Map(), typeCount = {}, relCount = {}, contestedCount = 0;
    var typeHidden = function (id) { var n = nodes.get(id); return !n || state.types[n.type] === false; };
    edges.forEach(function (edge) {
      var hidden = state.relations[edge.relation] === false || typeHidden(edge.from) ||
        typeHidden(edge.to) || visibleEvidence(edge).length === 0 ||
        (!state.contested && isContested(edge));
      if (!hidden) {
        if (isContested(edge)) contestedCount += 1;
        degree.set(edge.from, (degree.get(edge.from) || 0) + 1);
        degree.set(edge.to, (degree.get(edge.to) || 0) + 1);
        relCount[edge.relation] = (relCount[edge.relation] || 0) + 1;
      }
      if (Boolean(edge.hidden) !== hidden) edgeChanges.push({ id: edge.id, hidden: hidden });
    });
    nodes.forEach(function (node) {
      var hidden = state.types[node.type] === false ||
        (baseDegree.get(node.id) > 0 && !degree.get(node.id));
      if (!hidden) typeCount[node.type] = (typeCount[node.type] || 0) + 1;
      if (Boolean(node.hidden) !== hidden) nodeChanges.push({ id: node.id, hidden: hidden });
    });
    if (edgeChanges.length) edges.update(edgeChanges);
    if (nodeChanges.length) nodes.update(nodeChanges);
    document.querySelectorAll("[data-count-type]").forEach(function (span) {
      span.textContent = typeCount[span.dataset.countType] || 0;
    });
    document.querySelectorAll("[data-count-relation]").forEach(function (span) {
      span.textContent = relCount[span.dataset.countRelation] || 0;
    });
    document.querySelector("[data-count-contested]").textContent = contestedCount;
  }

  // --- search --------------------------------------------------------------------------
  function find(text, partial) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) return null;
    if (byName.has(wanted)) return byName.get(wanted);
    if (!partial) return null;
    var best = null;
    byName.forEach(function (id, name) {
      if (best === null && name.indexOf(wanted) !== -1) best = id;
    });
    return best;
  }
  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  }

  // --- side panel ----------------------------------------------------------------------
  function panel(title) {
    var aside = $("panel");
    aside.replaceChildren(el("h2", title));
    return aside;
  }
  function showNode(id) {
    var node = nodes.get(id);
    if (!node) return;
    var aside = panel(node.label);
    aside.appendChild(el("p", node.type, "meta"));
    aside.appendChild(el("h3", "Names"));
    var names = el("ul");
    (node.names || [node.label]).forEach(function (name) { names.appendChild(el("li", name)); });
    aside.appendChild(names);
    if ((node.sameAs || []).length) {
      aside.appendChild(el("h3", "Same as"));
      var ids = el("ul");
      node.sameAs.forEach(function (iri) { var li = el("li"); li.appendChild(link(iri, iri)); ids.appendChild(li); });
      aside.appendChild(ids);
    }
    aside.appendChild(el("h3", "Facts"));
    var facts = el("ul");
    edges.get({ filter: function (e) { return e.from === id || e.to === id; } }).forEach(function (edge) {
      var li = el("li");
      var button = el("button", label(edge.from) + " " + edge.relation + " " + label(edge.to), "fact");
      button.type = "button";
      button.addEventListener("click", function () { network.selectEdges([edge.id]); showEdge(edge.id); });
      li.appendChild(button);
      li.appendChild(el("span", " (" + (edge.evidence || []).length + ")", "meta"));
      facts.appendChild(li);
    });
    aside.appendChild(facts);
  }
  function evidenceMeta(ev) {
    var parts = [];
    if (ev.date) parts.push(ev.date);
    if (ev.confidence !== null && ev.confidence !== undefined) parts.push("confidence " + Number(ev.confidence).toFixed(2));
    if (ev.modality) parts.push(ev.modality);
    if (ev.doc) parts.push("[" + ev.doc + "]");
    return parts.join(" · ");
  }
  function showEdge(id) {
    var edge = edges.get(id);
    if (!edge) return;
    var aside = panel(label(edge.from) + " " + edge.relation + " " + label(edge.to));
    var evidence = edge.evidence || [];
    aside.appendChild(el("p", supportText(edge), "meta"));
    if (isContested(edge)) {
      aside.appendChild(el("h3", "Contested"));
      edge.contested.forEach(function (dispute) {
        var box = el("div", null, "dispute");
        box.appendChild(el("p", disputeText(dispute)));
        box.appendChild(el("blockquote", dispute.sentence, "evidence"));
        aside.appendChild(box);
      });
      aside.appendChild(el("h3", "Evidence"));
    }
    evidence.forEach(function (ev) {
      var quote = el("blockquote", ev.sentence, "evidence");
      var meta = el("p", null, "meta");
      meta.appendChild(link(ev.title || ev.doc || "document", ev.url));
      meta.appendChild(document.createTextNode(" — " + evidenceMeta(ev)));
      if (!evidencePasses(ev)) meta.appendChild(el("em", " (outside the current filters)"));
      aside.appendChild(quote);
      aside.appendChild(meta);
    });
  }

  function supportText(edge) {
    var evidence = edge.evidence || [], stories = edge.stories || 0;
    return evidence.length + " evidence sentence" + (evidence.length === 1 ? "" : "s") + " · " +
      stories + " independent stor" + (stories === 1 ? "y" : "ies");
  }
  function disputeText(dispute) {
    return dispute.kind + ": " + dispute.why + " (documents: " + (dispute.documents || []).join(", ") + ")";
  }

  // --- tooltips and edge labels ----------------------------------------------------------
  function nodeTip(node) {
    var div = el("div");
    div.appendChild(el("div", node.label, "tip-head"));
    div.appendChild(el("div", node.type + " · " + (baseDegree.get(node.id) || 0) + " facts", "tip-meta"));
    var others = (node.names || []).filter(function (n) { return n !== node.label; });
    if (others.length) div.appendChild(el("p", "Also: " + others.slice(0, 6).join(", ")));
    return div;
  }
  function edgeTip(edge) {
    var div = el("div");
    div.appendChild(el("div", label(edge.from) + " " + edge.relation + " " + label(edge.to), "tip-head"));
    div.appendChild(el("div", supportText(edge), "tip-meta"));
    if (isContested(edge)) {
      var box = el("div", null, "tip-contested");
      box.appendChild(el("div", "Contested", "tip-head"));
      edge.contested.slice(0, 3).forEach(function (dispute) {
        box.appendChild(el("p", disputeText(dispute)));
        box.appendChild(el("div", "“" + dispute.sentence + "”", "tip-meta"));
      });
      if (edge.contested.length > 3) box.appendChild(el("p", "… and " + (edge.contested.length - 3) + " more: click the edge", "tip-meta"));
      div.appendChild(box);
    }
    var evidence = edge.evidence || [];
    evidence.slice(0, 2).forEach(function (ev) {
      div.appendChild(el("p", ev.sentence));
      div.appendChild(el("div", (ev.title ? ev.title + " · " : "") + evidenceMeta(ev), "tip-meta"));
    });
    if (evidence.length > 2) div.appendChild(el("p", "… and " + (evidence.length - 2) + " more: click the edge", "tip-meta"));
    return div;
  }
  function showLabels(on) {
    labelsShown = on;
    edges.update(edges.get().map(function (e) { return { id: e.id, label: on ? e.relation : "" }; }));
  }

  // --- wiring ------------------------------------------------------------------------------
  var datalist = $("entity-names"), nodeTips = [], edgeTips = [];
  nodes.forEach(function (node) {
    (node.names || [node.label]).forEach(function (name) {
      var key = String(name).toLowerCase();
      if (!byName.has(key)) {
        byName.set(key, node.id);
        var option = el("option"); option.value = name; datalist.appendChild(option);
      }
    });
  });
  edges.forEach(function (edge) {
    baseDegree.set(edge.from, (baseDegree.get(edge.from) || 0) + 1);
    baseDegree.set(edge.to, (baseDegree.get(edge.to) || 0) + 1);
  });
  nodes.forEach(function (node) { nodeTips.push({ id: node.id, title: nodeTip(node) }); });
  edges.forEach(function (edge) { edgeTips.push({ id: edge.id, title: edgeTip(edge) }); });
  nodes.update(nodeTips);
  edges.update(edgeTips);

  $("search").addEventListener("input", function (event) {
    var id = find(event.target.value, false);
    if (id !== null) select(id);
  });
  $("search").addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var id = find(event.target.value, true);
    if (id !== null) select(id);
  });
  document.querySelectorAll("input[data-relation]").forEach(function (box) {
    state.relations[box.dataset.relation] = box.checked;
    box.addEventListener("change", function () { state.relations[box.dataset.relation] = box.checked; apply(); });
  });
  document.querySelectorAll("input[data-type]").forEach(function (box) {
    state.types[box.dataset.type] = box.checked;
    box.addEventListener("change", function () { state.types[box.dataset.type] = box.checked; apply(); });
  });
  [["date-from", "from"], ["date-to", "to"]].forEach(function (pair) {
    state[pair[1]] = $(pair[0]).value;
    $(pair[0]).addEventListener("input", function () { state[pair[1]] = $(pair[0]).value; apply(); });
  });
  $("undated").addEventListener("change", function () { state.undated = $("undated").checked; apply(); });
  $("contested").addEventListener("change", function () { state.contested = $("contested").checked; apply(); });
  $("min-confidence").addEventListener("input", function () {
    state.minConfidence = Number($("min-confidence").value);
    $("min-confidence-value").textContent = state.minConfidence.toFixed(2);
    apply();
  });
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  network.on("hoverEdge", function (params) { if (!labelsShown) edges.update({ id: params.edge, label: edges.get(params.edge).relation }); });
  network.on("blurEdge", function (params) { if (!labelsShown) edges.update({ id: params.edge, label: "" }); });
  network.on("zoom", function () {
    var on = network.getScale() >= LABEL_ZOOM;
    if (on !== labelsShown) showLabels(on);
  });
  window.newskg = { select: select, showNode: showNode, showEdge: showEdge, apply: apply, state: state };
  apply();
})();
