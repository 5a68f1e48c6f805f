// The explorer page's behaviour. Everything it knows comes from the embedded
// JSON (#explorer-data): the schema's kinds and relations with their styles,
// the laid-out nodes, the claims and the ties. No name of a kind or relation
// is written here.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('explorer-data').textContent);
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v; else if (k.startsWith('on')) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  };
  const svgEl = (tag, attrs) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  };

  // ---- Indexes ------------------------------------------------------------
  const kinds = new Map(data.kinds.map((k) => [k.name, k]));
  const relations = new Map(data.relations.map((r) => [r.name, r]));
  const nodes = data.nodes;
  const claims = data.claims;
  const ties = data.ties.map((t) => ({ a: t[0], b: t[1], claims: t.slice(2) }));
  const nodeClaims = nodes.map(() => []);
  claims.forEach((c, i) => {
    if (c.subject >= 0) nodeClaims[c.subject].push(i);
    if (c.object != null && c.object !== c.subject) nodeClaims[c.object].push(i);
  });
  const nodeTies = nodes.map(() => []);
  ties.forEach((t, i) => { nodeTies[t.a].push(i); if (t.b !== t.a) nodeTies[t.b].push(i); });
  const claimTie = new Map();
  ties.forEach((t, i) => t.claims.forEach((c) => claimTie.set(c, i)));
  const conflictsOf = new Map();
  data.conflicts.forEach((k) => k.claims.forEach((c) => {
    if (!conflictsOf.has(c)) conflictsOf.set(c, []);
    conflictsOf.get(c).push(k);
  }));

  /** Days since 1970-01-01 (New Style) of an ISO day, or null. */
  const dayOf = (iso) => {
    if (iso == null) return null;
    const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso);
    if (!m) return null;
    const d = new Date(0);
    d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
    return Math.round(d.getTime() / 864e5);
  };
  const claimStart = claims.map((c) => (c.time ? dayOf(c.time.earliest) ?? -Infinity : null));
  const claimEnd = claims.map((c) => (c.time ? dayOf(c.time.latest) ?? Infinity : null));
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const isoOf = (day) => new Date(day * 864e5).toISOString().slice(0, 10);
  const gregorianText = (day) => { const d = new Date(day * 864e5); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; };
  /** The Julian (Old Style) reading of a day, from its Julian day number. */
  const julianText = (day) => {
    const c = day + 2440588 + 32082;
    const d = Math.floor((4 * c + 3) / 1461);
    const e = c - Math.floor((1461 * d) / 4);
    const m = Math.floor((5 * e + 2) / 153);
    const dd = e - Math.floor((153 * m + 2) / 5) + 1;
    const mm = m + 3 - 12 * Math.floor(m / 10);
    const yy = d - 4800 + Math.floor(m / 10);
    return `${dd} ${MONTHS[mm - 1]} ${yy}`;
  };

  // ---- State --------------------------------------------------------------
  const state = {
    lang: data.language,
    kinds: new Set(data.kinds.map((k) => k.name)),
    relations: new Set(data.relations.map((r) => r.name)),
    document: -1,
    minConfidence: 0,
    timeOn: false,
    day: null,
    undated: true,
    window: null, // the days chosen, [first, last] New Style
    selected: null, // {node: i} or {tie: i}
    pathFrom: null,
    pathTo: null,
    path: null,
  };
  const label = (i) => nodes[i].label[state.lang];
  const relationLabel = (name) => (relations.get(name) || { label: name.replace(/_/g, ' ') }).label;
  const kindLabel = (name) => (kinds.get(name) || { label: name }).label;
  const documentTitle = (d) => (d >= 0 ? data.documents[d].titles[state.lang] : '?');
  // A quote in its own language, then the curators' translation into the page's language when there is one.
  const quoted = (s) => {
    const parts = [el('blockquote', s.language ? { lang: s.language } : {}, s.quote)];
    const lang = data.languages[state.lang];
    const translation = lang && lang !== s.language ? s.translations[lang] : undefined;
    if (translation) parts.push(el('p', { class: 'translation', lang }, `${lang} (curators' translation): “${translation}”`));
    return parts;
  };

  // ---- Claim filters -------------------------------------------------------
  let claimShown = new Array(claims.length).fill(true);
  const passes = (i) => {
    const c = claims[i];
    if (c.object != null && !state.relations.has(c.predicate)) return false;
    if (!state.kinds.has(nodes[c.subject].kind)) return false;
    if (c.object != null && !state.kinds.has(nodes[c.object].kind)) return false;
    if (state.document >= 0 && !c.sources.some((s) => s.document === state.document)) return false;
    if (c.confidence < state.minConfidence) return false;
    if (state.timeOn && state.window) {
      if (!c.time) return state.undated;
      // In force at some time of the window, under some reading of the claim's date (as `as-of` reads it).
      if (!(claimStart[i] <= state.window[1] && state.window[0] <= claimEnd[i])) return false;
    }
    return true;
  };

  // ---- Drawing ----------------------------------------------------------------
  const svg = $('graph');
  const viewport = $('viewport');
  const tieLayer = $('ties');
  const nodeLayer = $('nodes');
  const R = 9;
  const shapeElement = (shape, rounded) => {
    const poly = (pts) => svgEl('polygon', { points: pts.map((p) => p.map((v) => (v * R).toFixed(1)).join(',')).join(' ') });
    switch (shape) {
      case 'box': case 'rect': case 'rectangle': case 'square': case 'note': case 'tab': case 'folder': case 'component': case 'box3d': case 'cylinder':
        return svgEl('rect', { x: -R * 1.1, y: -R * 0.8, width: R * 2.2, height: R * 1.6, rx: rounded ? 4 : 0 });
      case 'diamond': return poly([[0, -1.2], [1.2, 0], [0, 1.2], [-1.2, 0]]);
      case 'triangle': return poly([[0, -1.2], [1.1, 0.8], [-1.1, 0.8]]);
      case 'invtriangle': return poly([[0, 1.2], [1.1, -0.8], [-1.1, -0.8]]);
      case 'house': return poly([[0, -1.2], [1.1, -0.3], [1.1, 1], [-1.1, 1], [-1.1, -0.3]]);
      case 'invhouse': return poly([[0, 1.2], [1.1, 0.3], [1.1, -1], [-1.1, -1], [-1.1, 0.3]]);
      case 'parallelogram': return poly([[-0.7, -0.8], [1.3, -0.8], [0.7, 0.8], [-1.3, 0.8]]);
      case 'trapezium': return poly([[-0.7, -0.8], [0.7, -0.8], [1.2, 0.8], [-1.2, 0.8]]);
      case 'pentagon': return poly([[0, -1.1], [1.05, -0.35], [0.65, 0.9], [-0.65, 0.9], [-1.05, -0.35]]);
      case 'hexagon': return poly([[-0.55, -0.95], [0.55, -0.95], [1.1, 0], [0.55, 0.95], [-0.55, 0.95], [-1.1, 0]]);
      case 'octagon': case 'doubleoctagon': case 'tripleoctagon':
        return poly([[-0.45, -1.05], [0.45, -1.05], [1.05, -0.45], [1.05, 0.45], [0.45, 1.05], [-0.45, 1.05], [-1.05, 0.45], [-1.05, -0.45]]);
      case 'ellipse': case 'oval': return svgEl('ellipse', { rx: R * 1.2, ry: R * 0.85 });
      default: return svgEl('circle', { r: R });
    }
  };
  const shapeFor = (kindName) => {
    const k = kinds.get(kindName) || { shape: 'circle', fill: '#ffffff', border: '#444444' };
    const s = shapeElement(k.shape, true);
    s.setAttribute('class', 'shape');
    s.setAttribute('fill', k.fill);
    s.setAttribute('stroke', k.border);
    return s;
  };
  const swatch = (kindName) => {
    const s = svgEl('svg', { width: 22, height: 20, viewBox: '-11 -10 22 20', class: 'swatch', 'aria-hidden': 'true' });
    s.append(shapeFor(kindName));
    return s;
  };
  const lineSwatch = (relation) => {
    const s = svgEl('svg', { width: 22, height: 10, class: 'swatch', 'aria-hidden': 'true' });
    s.append(svgEl('line', { x1: 1, y1: 5, x2: 21, y2: 5, stroke: relation.color, 'stroke-width': Math.max(2, relation.width * 1.5) }));
    return s;
  };

  /** The node a tie's claims point from (a directed claim's subject), or null when every claim is symmetric. */
  const tieFrom = (t) => {
    const c = t.claims.find((k) => claims[k].object != null && !(relations.get(claims[k].predicate) || {}).symmetric);
    return c == null ? null : claims[c].subject;
  };
  const tieElements = ties.map((t, i) => {
    const g = svgEl('g', { class: 'tie', 'data-index': i, 'data-a': nodes[t.a].id, 'data-b': nodes[t.b].id, 'data-claims': t.claims.map((c) => claims[c].id).join(' ') });
    const a = nodes[t.a], b = nodes[t.b];
    const first = relations.get(claims[t.claims[0]].predicate);
    // Directed ties carry an arrow halfway along, pointing from the claims' subject to their object.
    const from = tieFrom(t);
    const [p, q] = from === t.b ? [b, a] : [a, b];
    const draw = svgEl('polyline', { class: 'draw', fill: 'none', 'vector-effect': 'non-scaling-stroke', points: `${p.x},${p.y} ${(p.x + q.x) / 2},${(p.y + q.y) / 2} ${q.x},${q.y}`, stroke: first ? first.color : '#666666', 'stroke-width': (1 + Math.log2(t.claims.length)).toFixed(2) });
    if (from != null) { draw.setAttribute('marker-mid', 'url(#arrow)'); g.dataset.from = nodes[from].id; }
    const hit = svgEl('line', { class: 'hit', x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    const title = svgEl('title');
    g.append(draw, hit, title);
    g.addEventListener('click', (event) => { event.stopPropagation(); if (!dragged()) showTie(i); });
    tieLayer.append(g);
    return g;
  });
  const nodeElements = nodes.map((n, i) => {
    const g = svgEl('g', { class: 'node', 'data-index': i, 'data-id': n.id, transform: `translate(${n.x},${n.y})` });
    const text = svgEl('text', { class: 'lbl', x: R + 3, y: 4 });
    const title = svgEl('title');
    g.append(shapeFor(n.kind), text, title);
    g.addEventListener('click', (event) => { event.stopPropagation(); if (!dragged()) { showNode(i); centreOn(i); } });
    nodeLayer.append(g);
    return g;
  });
  // The overview: a larger network opens on its most central entities and the ties among them;
  // the rest comes in around an entity opened, or all at once with "Show every entity".
  const OVERVIEW = 40;
  const overview = new Set(data.central.slice(0, OVERVIEW));
  const revealed = new Set();
  let showingAll = nodes.length <= OVERVIEW * 1.5;
  const inView = (i) => showingAll || overview.has(i) || revealed.has(i);
  const markRest = () => {
    nodeElements.forEach((g, i) => g.classList.toggle('rest', !inView(i)));
    tieElements.forEach((g, i) => g.classList.toggle('rest', !inView(ties[i].a) || !inView(ties[i].b)));
    $('show-all').setAttribute('aria-pressed', String(showingAll));
    $('show-all').textContent = showingAll ? `Overview (${Math.min(OVERVIEW, nodes.length)} most central)` : `Show every entity (${nodes.length})`;
  };
  const centralRank = new Array(nodes.length).fill(nodes.length);
  data.central.forEach((n, r) => { centralRank[n] = r; });
  /** Labels the visible nodes, most central first, leaving out any label that would overlap one already placed. */
  const placeLabels = () => {
    const placed = [];
    const overlaps = (b) => placed.some((o) => b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom);
    const order = nodes.map((_, i) => i).filter((i) => inView(i) && !nodeElements[i].classList.contains('hidden')).sort((x, y) => centralRank[x] - centralRank[y]);
    for (const i of order) nodeElements[i].classList.remove('lbl-on');
    // Forced labels (the selection, the path) first, as they are drawn whatever the rest does; then the neighbours.
    for (const g of nodeLayer.querySelectorAll('.node.sel, .node.path')) if (!g.classList.contains('rest')) placed.push(g.querySelector('text').getBoundingClientRect());
    const near = (i) => (nodeElements[i].classList.contains('near') ? 0 : 1);
    order.sort((x, y) => near(x) - near(y) || centralRank[x] - centralRank[y]);
    const box = svg.getBoundingClientRect();
    for (const i of order) {
      const g = nodeElements[i];
      if (g.classList.contains('sel') || g.classList.contains('path') || g.classList.contains('out')) continue;
      g.classList.add('lbl-on');
      const b = g.querySelector('text').getBoundingClientRect();
      const outside = b.right < box.left || b.left > box.right || b.bottom < box.top || b.top > box.bottom;
      if (outside || overlaps(b) || placed.length >= 60) g.classList.remove('lbl-on'); else placed.push(b);
    }
  };

  const drawLabels = () => {
    nodeElements.forEach((g, i) => {
      g.querySelector('text').textContent = label(i);
      g.querySelector('title').textContent = `${label(i)} (${kindLabel(nodes[i].kind)})`;
    });
    tieElements.forEach((g, i) => {
      const t = ties[i];
      // The relation's words on hover: each distinct statement of the tie's claims.
      const said = [...new Set(t.claims.map((c) => `${label(claims[c].subject)} ${relationLabel(claims[c].predicate)} ${label(claims[c].object)}`))];
      g.querySelector('title').textContent = `${said.slice(0, 6).join('\n')}${said.length > 6 ? `\n… ${said.length - 6} more` : ''}\n(${t.claims.length} claim${t.claims.length === 1 ? '' : 's'})`;
    });
  };

  // ---- Pan and zoom -------------------------------------------------------------
  const view = { k: 1, x: 0, y: 0, grow: 1 };
  const applyView = () => {
    viewport.setAttribute('transform', `translate(${view.x.toFixed(1)},${view.y.toFixed(1)}) scale(${view.k.toFixed(4)})`);
    svg.classList.toggle('zoomed', view.k >= fitScale() * 2.2);
    // Nodes at least 5 px across the radius and labels 11 px high on screen, however far out.
    const grow = Math.max(1, 5 / (R * view.k));
    if (grow !== view.grow) {
      view.grow = grow;
      nodeElements.forEach((g, i) => g.setAttribute('transform', `translate(${nodes[i].x},${nodes[i].y}) scale(${grow.toFixed(3)})`));
    }
    svg.style.setProperty('--label-size', `${(11 / (view.k * grow)).toFixed(2)}px`);
    placeLabels();
  };
  const fitScale = () => {
    const box = svg.getBoundingClientRect();
    return Math.min((box.width - 40) / Math.max(data.width, 1), (box.height - 40) / Math.max(data.height, 1)) || 1;
  };
  /** Fits the nodes in view (the overview, or everything) to the drawing, leaving room for labels on the right. */
  const fit = () => {
    const box = svg.getBoundingClientRect();
    const shown = nodes.filter((_, i) => inView(i));
    const xs = shown.map((n) => n.x), ys = shown.map((n) => n.y);
    const [x0, x1, y0, y1] = shown.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, data.width, 0, data.height];
    view.k = Math.min((box.width - 240) / Math.max(x1 - x0, 1), (box.height - 120) / Math.max(y1 - y0, 1), fitScale() * 8);
    view.x = (box.width - 160) / 2 - ((x0 + x1) / 2) * view.k;
    view.y = (box.height + 20) / 2 - ((y0 + y1) / 2) * view.k;
    applyView();
  };
  const zoomAt = (factor, cx, cy) => {
    const k = Math.min(Math.max(view.k * factor, fitScale() / 4), 40);
    view.x = cx - ((cx - view.x) * k) / view.k;
    view.y = cy - ((cy - view.y) * k) / view.k;
    view.k = k;
    applyView();
  };
  /** Puts node `i` at the centre, zoomed so that its neighbours fit around it. */
  const centreOn = (i) => {
    const box = svg.getBoundingClientRect();
    const around = nodeTies[i].map((t) => (ties[t].a === i ? ties[t].b : ties[t].a));
    const reach = Math.max(40, ...around.map((v) => Math.max(Math.abs(nodes[v].x - nodes[i].x), Math.abs(nodes[v].y - nodes[i].y))));
    view.k = Math.min(Math.max((Math.min(box.width, box.height) / 2 - 60) / reach, fitScale()), fitScale() * 12);
    view.x = box.width / 2 - nodes[i].x * view.k;
    view.y = box.height / 2 - nodes[i].y * view.k;
    applyView();
  };
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const box = svg.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });
  const pointers = new Map();
  let moved = false;
  /** Whether the pointer was dragged since it went down (the click that ends a drag is no click); forgets it. */
  const dragged = () => { const was = moved; moved = false; return was; };
  let pinch = null;
  svg.addEventListener('pointerdown', (event) => {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    moved = false;
    if (pointers.size === 2) {
      const [p, q] = [...pointers.values()];
      pinch = Math.hypot(p.x - q.x, p.y - q.y);
    }
  });
  svg.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const dx = event.clientX - last.x, dy = event.clientY - last.y;
    if (pointers.size === 1) {
      if (!moved && Math.hypot(dx, dy) < 4) return;
      if (!moved) svg.setPointerCapture(event.pointerId);
      moved = true;
      svg.classList.add('dragging');
      view.x += dx; view.y += dy;
      applyView();
    } else if (pointers.size === 2 && pinch) {
      moved = true;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const [p, q] = [...pointers.values()];
      const distance = Math.hypot(p.x - q.x, p.y - q.y);
      const box = svg.getBoundingClientRect();
      zoomAt(distance / pinch, (p.x + q.x) / 2 - box.left, (p.y + q.y) / 2 - box.top);
      pinch = distance;
      return;
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
    svg.classList.remove('dragging');
  };
  svg.addEventListener('pointerup', release);
  svg.addEventListener('pointercancel', release);
  svg.addEventListener('click', () => { if (!dragged()) clearSelection(); });
  svg.addEventListener('keydown', (event) => {
    const step = 60;
    const box = svg.getBoundingClientRect();
    const handled = {
      ArrowLeft: () => { view.x += step; applyView(); },
      ArrowRight: () => { view.x -= step; applyView(); },
      ArrowUp: () => { view.y += step; applyView(); },
      ArrowDown: () => { view.y -= step; applyView(); },
      '+': () => zoomAt(1.25, box.width / 2, box.height / 2),
      '=': () => zoomAt(1.25, box.width / 2, box.height / 2),
      '-': () => zoomAt(0.8, box.width / 2, box.height / 2),
      0: fit,
    }[event.key];
    if (handled) { event.preventDefault(); handled(); }
  });
  $('zoom-in').addEventListener('click', () => { const b = svg.getBoundingClientRect(); zoomAt(1.25, b.width / 2, b.height / 2); });
  $('zoom-out').addEventListener('click', () => { const b = svg.getBoundingClientRect(); zoomAt(0.8, b.width / 2, b.height / 2); });
  $('zoom-fit').addEventListener('click', fit);
  window.addEventListener('resize', fit);

  // ---- Refresh: which claims, ties and nodes are in view ------------------------------
  const refresh = () => {
    claimShown = claims.map((_, i) => passes(i));
    let shownTies = 0;
    const active = new Array(nodes.length).fill(false);
    ties.forEach((t, i) => {
      const shown = t.claims.filter((c) => claimShown[c]);
      const g = tieElements[i];
      g.dataset.shown = shown.map((c) => claims[c].id).join(' ');
      const hidden = !state.kinds.has(nodes[t.a].kind) || !state.kinds.has(nodes[t.b].kind);
      g.classList.toggle('hidden', hidden);
      g.classList.toggle('out', shown.length === 0);
      if (shown.length > 0) { shownTies += 1; active[t.a] = true; active[t.b] = true; }
    });
    let shownNodes = 0;
    nodes.forEach((n, i) => {
      const hidden = !state.kinds.has(n.kind);
      const out = !hidden && !active[i] && nodeTies[i].length > 0;
      nodeElements[i].classList.toggle('hidden', hidden);
      nodeElements[i].classList.toggle('out', out);
      if (!hidden && !out) shownNodes += 1;
    });
    const shownClaims = claimShown.filter(Boolean).length;
    $('counts').textContent = `${shownNodes} of ${nodes.length} entities · ${shownTies} of ${ties.length} ties · ${shownClaims} of ${claims.length} claims shown`;
    for (const box of document.querySelectorAll('#kinds input')) {
      const total = nodes.filter((n) => n.kind === box.value).length;
      const shown = nodes.filter((n, i) => n.kind === box.value && state.kinds.has(n.kind) && !nodeElements[i].classList.contains('out')).length;
      box.parentElement.querySelector('.count').textContent = ` ${shown}/${total}`;
    }
    for (const box of document.querySelectorAll('#relations input')) {
      const total = claims.filter((c) => c.predicate === box.value).length;
      const shown = claims.filter((c, i) => c.predicate === box.value && claimShown[i]).length;
      box.parentElement.querySelector('.count').textContent = ` ${shown}/${total}`;
    }
    for (const item of document.querySelectorAll('#panel li.claim')) item.classList.toggle('out', !claimShown[+item.dataset.index]);
    if (state.pathFrom != null && state.pathTo != null) findPath();
    colourMap();
    placeLabels();
  };

  // ---- Cards --------------------------------------------------------------------------
  const panel = $('panel');
  const nodeButton = (i) => el('button', { type: 'button', class: 'link', onclick: () => { showNode(i); centreOn(i); } }, label(i));
  const claimItem = (i, from) => {
    const c = claims[i];
    const head = el('p', {});
    if (c.object != null) {
      const rel = relations.get(c.predicate);
      if (from === c.object && rel && !rel.symmetric) head.append(nodeButton(c.object), ` ${rel.inverse} `, nodeButton(c.subject));
      else head.append(from === c.subject ? el('strong', {}, label(c.subject)) : nodeButton(c.subject), ` ${relationLabel(c.predicate)} `,
        from === c.object ? el('strong', {}, label(c.object)) : nodeButton(c.object));
    } else {
      head.append(el('strong', {}, label(c.subject)), ` ${relationLabel(c.predicate)}`, c.value != null ? `: ${c.value}` : '');
    }
    for (const [name, value] of c.qualifiers) head.append(el('span', { class: 'hint' }, ` (${name.replace(/_/g, ' ')}: ${value})`));
    const conflicts = conflictsOf.get(i) || [];
    for (const k of conflicts) {
      head.append(el('span', { class: 'badge', title: 'Another source says otherwise' }, `⚠ sources disagree: ${k.aspect.replace(/_/g, ' ')}`));
    }
    const date = el('p', { class: 'date' }, c.time ? c.time.display : 'undated');
    if (c.time) date.append(el('span', { class: 'hint' }, ` · EDTF ${c.time.edtf} (${c.time.calendar}); New Style ${c.time.earliest ?? '…'} to ${c.time.latest ?? '…'}`));
    const item = el('li', { class: 'claim' + (conflicts.length ? ' conflict' : '') + (claimShown[i] ? '' : ' out'), 'data-index': i, 'data-claim': c.id }, head, date);
    for (const s of c.sources) {
      item.append(...quoted(s));
      item.append(el('cite', {}, `${documentTitle(s.document)} (${s.document >= 0 ? data.documents[s.document].id : '?'}, ${s.document >= 0 ? data.documents[s.document].file : ''}${s.line ? `, line ${s.line}` : ''})`
        + (s.confidence < 1 ? ` · confidence ${s.confidence}` : '') + (s.note ? ` · ${s.note}` : '')));
    }
    if (c.note) item.append(el('p', { class: 'hint' }, c.note));
    const others = conflicts.flatMap((k) => k.claims).filter((o) => o !== i);
    if (others.length) item.append(el('p', { class: 'hint' }, 'Disagrees with: ', ...others.map((o) => el('span', {}, claims[o].id, ' '))));
    item.append(el('p', { class: 'hint' }, `claim ${c.id} `,
      claimTie.has(i) && from != null ? el('button', { type: 'button', class: 'link', onclick: () => showTie(claimTie.get(i)) }, 'all claims of this tie') : null));
    return item;
  };
  const byDate = (x, y) => (claimStart[x] ?? Infinity) - (claimStart[y] ?? Infinity) || claims[x].id.localeCompare(claims[y].id);
  const markSelection = () => {
    document.querySelectorAll('.node.sel, .node.near, .tie.sel').forEach((e) => e.classList.remove('sel', 'near'));
    svg.classList.toggle('focused', state.selected != null);
    if (!state.selected) return;
    if (state.selected.node != null) {
      const i = state.selected.node;
      nodeElements[i].classList.add('sel');
      for (const t of nodeTies[i]) {
        tieElements[t].classList.add('sel');
        nodeElements[ties[t].a === i ? ties[t].b : ties[t].a].classList.add('near');
      }
    } else {
      const t = ties[state.selected.tie];
      tieElements[state.selected.tie].classList.add('sel');
      nodeElements[t.a].classList.add('sel');
      nodeElements[t.b].classList.add('sel');
    }
    placeLabels();
  };
  // The trail of entities opened, for going back.
  const trail = [];
  const drawTrail = () => {
    $('back').disabled = trail.length < 2;
    $('crumbs').replaceChildren(...trail.slice(-5).map((n, k, shown) => el('button', { type: 'button', 'data-id': nodes[n].id, 'aria-current': k === shown.length - 1 ? 'true' : 'false',
      onclick: () => { const at = trail.lastIndexOf(n); trail.splice(at + 1); showNode(n, false); centreOn(n); } }, label(n))));
  };
  $('back').addEventListener('click', () => { if (trail.length < 2) return; trail.pop(); const n = trail[trail.length - 1]; showNode(n, false); centreOn(n); });
  const showNode = (i, remember = true) => {
    state.selected = { node: i };
    revealed.add(i);
    for (const t of nodeTies[i]) { revealed.add(ties[t].a); revealed.add(ties[t].b); }
    markRest();
    nodeLayer.append(nodeElements[i]);
    if (remember && trail[trail.length - 1] !== i) trail.push(i);
    if (trail.length > 50) trail.shift();
    drawTrail();
    mapSelect(i);
    const n = nodes[i];
    panel.replaceChildren();
    panel.append(el('h2', {}, label(i)), el('p', { class: 'card-kind' }, `${kindLabel(n.kind)} · ${n.id}`));
    const table = el('table', { class: 'labels' });
    for (const lang of data.languages) if (n.labels[lang]) table.append(el('tr', {}, el('th', { scope: 'row' }, lang), el('td', { lang }, n.labels[lang])));
    panel.append(table);
    if (n.aliases.length) panel.append(el('p', {}, 'Also: ' + n.aliases.join('; ')));
    if (n.note) panel.append(el('p', { class: 'hint' }, n.note));
    panel.append(el('div', { class: 'row' },
      el('button', { type: 'button', id: 'path-from-here', onclick: () => { state.pathFrom = i; findPath(); } }, 'Path from here'),
      el('button', { type: 'button', id: 'path-to-here', onclick: () => { state.pathTo = i; findPath(); } }, 'Path to here')));
    const own = nodeClaims[i].slice().sort(byDate);
    panel.append(el('h3', {}, `${own.length} claim${own.length === 1 ? '' : 's'}`));
    panel.append(el('ol', { class: 'claims' }, ...own.map((c) => claimItem(c, i))));
    markSelection();
    panel.scrollTop = 0;
    panel.focus({ preventScroll: true });
  };
  const showTie = (t) => {
    state.selected = { tie: t };
    const tie = ties[t];
    panel.replaceChildren();
    panel.append(el('h2', {}, nodeButton(tie.a), ' — ', nodeButton(tie.b)));
    const groups = new Map();
    for (const c of tie.claims) {
      const key = claims[c].predicate;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(c);
    }
    const disputed = tie.claims.filter((c) => conflictsOf.has(c)).length;
    panel.append(el('p', { class: 'card-kind' }, `${tie.claims.length} claim${tie.claims.length === 1 ? '' : 's'}` + (disputed ? ` · ${disputed} disputed` : '')));
    for (const [name, list] of groups) {
      const documents = [...new Set(list.flatMap((c) => claims[c].sources.map((s) => data.documents[s.document].id)))];
      panel.append(el('h3', {}, `${relationLabel(name)} · ${list.length} claim${list.length === 1 ? '' : 's'} · ${documents.join(', ')}`));
      panel.append(el('ol', { class: 'claims' }, ...list.sort(byDate).map((c) => claimItem(c, null))));
    }
    markSelection();
    panel.scrollTop = 0;
    panel.focus({ preventScroll: true });
  };
  const clearSelection = () => {
    state.selected = null;
    markSelection();
    placeLabels();
  };
  const redrawCard = () => {
    if (!state.selected) return;
    if (state.selected.node != null) showNode(state.selected.node); else showTie(state.selected.tie);
  };

  // ---- Search (the CLI's name folding and scoring) ------------------------------------------
  const F = data.folding;
  const exactTokens = (text) => {
    const tokens = [];
    let current = '';
    for (const ch of text.normalize('NFC').toLowerCase()) {
      const mapped = F.letters[ch];
      if (mapped !== undefined) current += mapped;
      else if (/^[a-z0-9]$/.test(ch)) current += ch;
      else if (/^[\p{L}\p{N}]$/u.test(ch)) {
        // Spelled out (NFKD), lowercased, without marks, each letter mapped.
        for (const c of ch.normalize('NFKD').toLowerCase()) if (!/^[\p{Mn}\p{Me}]$/u.test(c)) current += F.letters[c] ?? c;
      }
      // A mark belongs to the letter before it (the page reads code points, not characters).
      else if (/^[\p{Mn}\p{Me}]$/u.test(ch) && current) continue;
      else if (F.joins && (ch === "'" || ch === '\u2019' || ch === '\u02BC')) continue;
      else if (current) { tokens.push(current); current = ''; }
    }
    if (current) tokens.push(current);
    return tokens;
  };
  const loose = (token) => {
    if (!F.merges) return token;
    let out = '';
    const append = (c) => { const m = F.vowels[c] ?? c; if (out[out.length - 1] !== m) out += m; };
    let i = 0;
    outer: while (i < token.length) {
      for (const [from, to] of F.digraphs) {
        if (token.startsWith(from, i)) { for (const c of to) append(c); i += from.length; continue outer; }
      }
      append(token[i]);
      i += 1;
    }
    return out;
  };
  const scoreName = (qe, ql, name) => {
    const used = new Array(name.exact.length).fill(false);
    let total = 0, initials = 0;
    const order = qe.map((_, q) => q).sort((x, y) => (qe[x].length === 1 ? 1 : 0) - (qe[y].length === 1 ? 1 : 0) || x - y);
    for (const q of order) {
      const word = qe[q];
      let bestHere = 0, bestIndex = -1;
      name.exact.forEach((candidate, j) => {
        if (used[j]) return;
        let points = 0;
        if (word.length === 1) points = candidate.startsWith(word) ? 60 : 0;
        else if (candidate === word) points = 95;
        else if (name.loose[j] === ql[q] && similarLength(candidate, word)) points = 88;
        else if (candidate.startsWith(word) && word.length >= 3) points = 70;
        else if (name.loose[j].startsWith(ql[q]) && ql[q].length >= 3) points = 62;
        else if (word.length >= 4 && candidate.includes(word)) points = 45;
        if (points > bestHere) { bestHere = points; bestIndex = j; }
      });
      if (bestIndex < 0) return null;
      used[bestIndex] = true;
      if (word.length === 1) initials += 1;
      total += bestHere;
    }
    let score = Math.trunc(total / qe.length);
    // Words of the name left out weaken the match; initials in the name do not count.
    const unmatched = used.filter((u, j) => !u && name.exact[j].length > 1).length;
    score -= Math.min(unmatched * 4, 20);
    if (initials === qe.length) score = Math.min(score, 40);
    return { score: Math.max(score, 1), unmatched };
  };
  // Loose forms count as one spelling only for words of like length ("zzz" is not "z").
  const similarLength = (a, b) => Math.min(a.length, b.length) * 3 >= Math.max(a.length, b.length) * 2;
  const search = (query, limit = 20) => {
    const trimmed = query.trim();
    const qe = exactTokens(trimmed);
    if (!qe.length) return [];
    const ql = qe.map(loose);
    const best = new Map();
    nodes.forEach((n, i) => {
      for (const name of n.names) {
        const found = n.id === trimmed || name.text === trimmed ? { score: 100, unmatched: 0 } : scoreName(qe, ql, name);
        if (found == null) continue;
        const held = best.get(i);
        if (held && (held.score > found.score || (held.score === found.score && held.unmatched <= found.unmatched))) continue;
        best.set(i, { score: found.score, unmatched: found.unmatched, matched: name.text });
      }
    });
    const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return [...best.entries()]
      .sort(([i, a], [j, b]) => b.score - a.score || cmp(label(i), label(j)) || cmp(nodes[i].id, nodes[j].id))
      .slice(0, limit)
      .map(([i, m]) => ({ index: i, score: m.score, matched: m.matched }));
  };
  const results = $('results');
  const showResults = () => {
    const found = search($('search').value);
    results.replaceChildren(...found.map((r) => el('li', {},
      el('button', { type: 'button', 'data-id': nodes[r.index].id, onclick: () => { showNode(r.index); centreOn(r.index); } },
        label(r.index), ' ', el('span', { class: 'kind' }, `${kindLabel(nodes[r.index].kind)}${r.matched !== label(r.index) ? ` · ${r.matched}` : ''}`)))));
    if (!found.length && $('search').value.trim()) results.append(el('li', { class: 'hint' }, 'No entity by that name.'));
  };
  $('search').addEventListener('input', showResults);
  $('search').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === 'ArrowDown') {
      const first = results.querySelector('button');
      if (first) { event.preventDefault(); if (event.key === 'Enter') first.click(); else first.focus(); }
    }
  });
  results.addEventListener('keydown', (event) => {
    const buttons = [...results.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < buttons.length - 1) { event.preventDefault(); buttons[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? buttons[at - 1] : $('search')).focus(); }
  });

  // ---- Path finder: the least-cost route over the ties in view -----------------------------------
  // The library's routes (`history-graph path`) between the most central entities, by ordered pair.
  const libraryRoutes = new Map(data.routes.map((r) => [`${r[0]} ${r[1]}`, r.slice(2)]));
  const untouched = () => claimShown.every(Boolean);
  /**
   * The route the page finds itself, ranked as `history-graph path` ranks by default: the least cost,
   * one per step plus log2 of the number of entities each intermediary is tied to (in the whole graph).
   */
  const pageRoute = (from, to) => {
    const cost = new Array(nodes.length).fill(Infinity);
    const previous = new Array(nodes.length).fill(-1);
    const done = new Array(nodes.length).fill(false);
    const penalty = (v) => (v === to || nodeTies[v].length <= 1 ? 0 : Math.log2(nodeTies[v].length));
    cost[from] = 0;
    for (;;) {
      let u = -1;
      for (let v = 0; v < nodes.length; v += 1) if (!done[v] && cost[v] < Infinity && (u < 0 || cost[v] < cost[u])) u = v;
      if (u < 0 || u === to) break;
      done[u] = true;
      for (const t of nodeTies[u]) {
        if (!ties[t].claims.some((c) => claimShown[c])) continue;
        const v = ties[t].a === u ? ties[t].b : ties[t].a;
        const through = cost[u] + 1 + penalty(v);
        if (through < cost[v]) { cost[v] = through; previous[v] = u; }
      }
    }
    if (cost[to] === Infinity) return null;
    const route = [to];
    while (route[0] !== from) route.unshift(previous[route[0]]);
    return route;
  };
  const findPath = () => {
    document.querySelectorAll('.path').forEach((e) => e.classList.remove('path'));
    $('path-from').textContent = state.pathFrom == null ? '—' : label(state.pathFrom);
    $('path-to').textContent = state.pathTo == null ? '—' : label(state.pathTo);
    const out = $('path-result');
    out.replaceChildren();
    delete out.dataset.hops;
    delete out.dataset.route;
    delete out.dataset.ranked;
    if (state.pathFrom == null || state.pathTo == null) return;
    if (state.pathFrom === state.pathTo) { out.append(el('p', {}, 'Pick two different entities.')); return; }
    const stored = untouched() ? libraryRoutes.get(`${state.pathFrom} ${state.pathTo}`) : null;
    const route = stored || pageRoute(state.pathFrom, state.pathTo);
    if (!route) { out.dataset.hops = 'none'; out.append(el('p', {}, 'No path between them among the claims in view.')); return; }
    const d = route.length - 1;
    const hops = [];
    for (let k = 0; k < d; k += 1) {
      const [u, v] = [route[k], route[k + 1]];
      const t = nodeTies[u].find((x) => (ties[x].a === u && ties[x].b === v) || (ties[x].b === u && ties[x].a === v));
      hops.push({ tie: t, from: u, to: v });
    }
    for (const v of route) { revealed.add(v); nodeElements[v].classList.add('path'); }
    for (const hop of hops) tieElements[hop.tie].classList.add('path');
    markRest();
    placeLabels();
    out.dataset.hops = String(d);
    out.dataset.route = route.map((v) => nodes[v].id).join(' ');
    out.dataset.ranked = stored ? 'library' : 'page';
    const cost = d + route.slice(1, -1).reduce((sum, v) => sum + (nodeTies[v].length > 1 ? Math.log2(nodeTies[v].length) : 0), 0);
    out.append(el('p', {}, `${d} step${d === 1 ? '' : 's'}, hub load ${route.slice(1, -1).reduce((sum, v) => sum + nodeTies[v].length, 0)}, cost ${cost.toFixed(1)}; `
      + (stored ? 'the route `history-graph path` gives.' : 'ranked by the page as `path` ranks (least cost: a step each, plus log2 of the ties of each entity passed through); with filters set, or outside the most central entities, it may differ where routes cost the same.')));
    const list = el('ol', { class: 'claims' });
    for (const hop of hops) {
      const shown = ties[hop.tie].claims.filter((c) => claimShown[c]);
      const item = el('li', { class: 'claim hop' }, el('p', {}, nodeButton(hop.from), ' → ', nodeButton(hop.to)));
      for (const c of shown) {
        item.append(el('p', { class: 'hint' }, `${label(claims[c].subject)} ${relationLabel(claims[c].predicate)} ${label(claims[c].object)}${claims[c].time ? ` (${claims[c].time.display})` : ''}`));
        const s = claims[c].sources[0];
        item.append(...quoted(s), el('cite', {}, `${documentTitle(s.document)} (${data.documents[s.document].id})`));
      }
      list.append(item);
    }
    out.append(list);
  };
  $('path-clear').addEventListener('click', () => { state.pathFrom = null; state.pathTo = null; findPath(); });

  // ---- Time: a histogram of dated claims over the slider, which spans the dense period ----------------
  const slider = $('day');
  const dayInput = $('day-input');
  const starts = claims.map((_, i) => claimStart[i]).filter((d) => d != null && Number.isFinite(d)).sort((x, y) => x - y);
  const monthStart = (day) => { const d = new Date(day * 864e5); return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 864e5); };
  const monthEnd = (day) => { const d = new Date(day * 864e5); return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 864e5) - 1; };
  // The dense period: from the month of the 5th percentile of the claims' first days to that of the 95th.
  const quantile = (q) => starts[Math.min(starts.length - 1, Math.max(0, Math.round(q * (starts.length - 1))))];
  const firstDay = starts.length ? monthStart(quantile(0.05)) : 0;
  const lastDay = starts.length ? monthEnd(quantile(0.95)) : 0;
  slider.min = firstDay; slider.max = lastDay; slider.step = 1; slider.value = firstDay;
  if (!starts.length) { for (const c of [slider, dayInput, $('time-on'), $('play'), $('day-style')]) c.disabled = true; }
  const bins = [];
  {
    const d0 = new Date(firstDay * 864e5), d1 = new Date(lastDay * 864e5);
    const months = (d1.getUTCFullYear() - d0.getUTCFullYear()) * 12 + d1.getUTCMonth() - d0.getUTCMonth() + 1;
    const step = months <= 120 ? 1 : 12;
    bins.push({ from: null, to: firstDay - 1, count: 0, outlier: true });
    for (let m = 0; m < months; m += step) {
      const from = Math.round(Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + m, 1) / 864e5);
      const to = Math.min(lastDay, Math.round(Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + m + step, 1) / 864e5) - 1);
      bins.push({ from, to, count: 0, outlier: false });
    }
    bins.push({ from: lastDay + 1, to: null, count: 0, outlier: true });
    for (const day of starts) {
      if (day < firstDay) bins[0].count += 1;
      else if (day > lastDay) bins[bins.length - 1].count += 1;
      else bins[1 + bins.slice(1, -1).findIndex((b) => b.from <= day && day <= b.to)].count += 1;
    }
    const histogram = $('histogram');
    const most = Math.max(1, ...bins.map((b) => b.count));
    const width = 100 / bins.length;
    histogram.setAttribute('viewBox', '0 0 100 40');
    histogram.setAttribute('preserveAspectRatio', 'none');
    bins.forEach((b, k) => {
      const h = (b.count / most) * 38;
      const rect = svgEl('rect', { x: (k * width + 0.1).toFixed(2), y: (40 - h).toFixed(2), width: (width - 0.2).toFixed(2), height: h.toFixed(2),
        class: b.outlier ? 'outlier' : 'bin', 'data-from': b.from == null ? '' : isoOf(b.from), 'data-to': b.to == null ? '' : isoOf(b.to), 'data-count': b.count });
      const title = svgEl('title');
      title.textContent = `${b.from == null ? `before ${isoOf(firstDay)}` : b.to == null ? `after ${isoOf(lastDay)}` : `${isoOf(b.from)} to ${isoOf(b.to)}`}: ${b.count} dated claim${b.count === 1 ? '' : 's'}`;
      rect.append(title);
      rect.addEventListener('click', () => { if (b.from != null && b.to != null) setWindow([b.from, b.to], `${isoOf(b.from).slice(0, 7)}`); });
      histogram.append(rect);
    });
    const before = bins[0].count, after = bins[bins.length - 1].count;
    $('range-note').textContent = starts.length
      ? `${isoOf(firstDay)} to ${isoOf(lastDay)}: ${starts.length - before - after} of ${starts.length} dated claims; ${before} earlier and ${after} later gathered in the end bars. Type any date below.`
      : 'No dated claims.';
  }
  /** Days since 1970 of a Julian (Old Style) calendar day. */
  const julianDay = (y, m, d) => {
    const a = Math.floor((14 - m) / 12), yy = y + 4800 - a, mm = m + 12 * a - 3;
    return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083 - 2440588;
  };
  const gregorianDay = (y, m, d) => { const t = new Date(0); t.setUTCFullYear(y, m - 1, d); return Math.round(t.getTime() / 864e5); };
  /** The days an EDTF year, month or day (or an interval A/B of them) covers, in the calendar chosen; null if it is not one. */
  const parseEDTF = (text, julian) => {
    const parts = text.trim().split('/');
    if (parts.length > 2) return null;
    const days = parts.map((part) => {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part);
      if (!m) return null;
      const y = +m[1], mo = m[2] ? +m[2] : null, d = m[3] ? +m[3] : null;
      if (mo != null && (mo < 1 || mo > 12)) return null;
      const day = julian ? julianDay : gregorianDay;
      const first = day(y, mo ?? 1, d ?? 1);
      const last = mo == null ? day(y + 1, 1, 1) - 1 : d == null ? day(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 1) - 1 : first;
      if (d != null && (d < 1 || first >= day(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 1))) return null;
      return [first, last];
    });
    if (days.some((x) => x == null)) return null;
    return [days[0][0], days[days.length - 1][1]];
  };
  const readingText = (day) => `New Style ${gregorianText(day)} · Old Style ${julianText(day)}`;
  const setWindow = (window, typed, on = true) => {
    state.window = window;
    state.day = window[0];
    state.timeOn = on;
    $('time-on').checked = on;
    slider.value = Math.min(Math.max(window[0], firstDay), lastDay);
    dayInput.value = typed ?? isoOf(window[0]);
    $('day-error').textContent = '';
    $('day-label').textContent = window[0] === window[1] ? readingText(window[0]) : `${readingText(window[0])} to ${readingText(window[1])}`;
    refresh();
  };
  const setDay = (day, on = true) => setWindow([day, day], null, on);
  slider.addEventListener('input', () => setDay(+slider.value));
  const readTyped = () => {
    const window = parseEDTF(dayInput.value, $('day-style').value === 'julian');
    if (!window) {
      $('day-error').textContent = `'${dayInput.value}' is not a date the page reads: write EDTF, 1918 (a year), 1918-03 (a month), 1918-03-01 (a day) or 1917-10/1918-03.`;
      return;
    }
    setWindow(window, dayInput.value.trim());
  };
  dayInput.addEventListener('change', readTyped);
  dayInput.addEventListener('keydown', (event) => { if (event.key === 'Enter') readTyped(); });
  $('day-style').addEventListener('change', () => { if (dayInput.value) readTyped(); });
  $('time-on').addEventListener('change', (event) => (state.window ? setWindow(state.window, dayInput.value, event.target.checked) : setDay(firstDay, event.target.checked)));
  $('undated').addEventListener('change', (event) => { state.undated = event.target.checked; refresh(); });
  let timer = null;
  const stop = () => { clearInterval(timer); timer = null; $('play').setAttribute('aria-pressed', 'false'); $('play').textContent = '▶ Play by month'; };
  $('play').addEventListener('click', () => {
    if (timer) { stop(); return; }
    $('play').setAttribute('aria-pressed', 'true');
    $('play').textContent = '❚❚ Pause';
    if (state.day == null || state.day >= lastDay) setDay(firstDay);
    timer = setInterval(() => {
      const d = new Date(state.day * 864e5);
      d.setUTCMonth(d.getUTCMonth() + 1);
      const next = Math.round(d.getTime() / 864e5);
      if (next > lastDay) { stop(); return; }
      setDay(next);
    }, 700);
  });

  // ---- The map: located places coloured by their holder on the date chosen -------------------------------
  const mapSvg = $('map');
  const outline = JSON.parse($('outline-data').textContent);
  const located = data.places;
  const PALETTE = ['#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee', '#aa3377', '#bbbbbb', '#332288', '#117733', '#882255', '#44aa99', '#999933', '#cc6677', '#ddcc77', '#88ccee'];
  const holderColour = new Map();
  {
    const counts = new Map();
    for (const h of data.holdings) counts.set(h.holder, (counts.get(h.holder) || 0) + 1);
    [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).forEach(([holder], k) => holderColour.set(holder, PALETTE[k % PALETTE.length]));
  }
  const holdingDays = data.holdings.map((h) => [dayOf(h.earliest) ?? -Infinity, dayOf(h.latest) ?? Infinity]);
  /** The holders of place node `p` during the window, as `as-of` reads them (possibly in force). */
  const holdersOf = (p, window) => [...new Set(data.holdings.filter((h, k) => h.place === p && holdingDays[k][0] <= window[1] && window[0] <= holdingDays[k][1]).map((h) => h.holder))];
  const pointElements = new Map();
  let project = null;
  const drawMap = () => {
    if (!located.length) { mapSvg.replaceChildren(el('p', {}, 'No place has coordinates: add Graph/places.yaml.')); return; }
    const box = mapSvg.getBoundingClientRect();
    const lats = located.map((p) => p.lat), lons = located.map((p) => p.lon);
    const [lat0, lat1, lon0, lon1] = [Math.min(...lats) - 1.5, Math.max(...lats) + 1.5, Math.min(...lons) - 2, Math.max(...lons) + 5];
    const squash = Math.cos(((lat0 + lat1) / 2) * Math.PI / 180);
    // The legend keeps the top of the drawing (LEGEND px, as the style sheet sets it): the map goes below.
    const LEGEND = 340;
    const k = Math.min((box.width - 40) / ((lon1 - lon0) * squash), (box.height - LEGEND - 30) / (lat1 - lat0));
    const ox = (box.width - (lon1 - lon0) * squash * k) / 2, oy = LEGEND + (box.height - LEGEND - 30 - (lat1 - lat0) * k) / 2;
    project = (lon, lat) => [ox + (lon - lon0) * squash * k, oy + (lat1 - lat) * k];
    const base = $('map-base');
    base.replaceChildren();
    for (const shape of outline.shapes) {
      for (const ring of shape.rings) {
        const d = ring.map(([lon, lat], n) => `${n ? 'L' : 'M'}${project(lon, lat).map((v) => v.toFixed(1)).join(',')}`).join('') + (shape.closed ? 'Z' : '');
        const path = svgEl('path', { d, class: shape.closed ? 'land' : 'border' });
        const title = svgEl('title'); title.textContent = `${shape.name} (${outline.source})`;
        path.append(title);
        base.append(path);
      }
    }
    const note = svgEl('text', { x: 10, y: box.height - 8 });
    note.textContent = `Outline: ${outline.source}.`;
    base.append(note);
    const layer = $('map-points');
    layer.replaceChildren();
    pointElements.clear();
    const ordered = located.slice().sort((a, b) => nodeClaims[b.node].length - nodeClaims[a.node].length);
    for (const place of ordered) {
      const [x, y] = project(place.lon, place.lat);
      const g = svgEl('g', { class: 'map-place', 'data-id': nodes[place.node].id, tabindex: 0, role: 'button', 'aria-label': label(place.node) });
      const r = 3 + 1.6 * Math.sqrt(nodeClaims[place.node].length);
      const dot = svgEl('circle', { class: 'place', cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), fill: '#ffffff' });
      const title = svgEl('title');
      const text = svgEl('text', { x: (x + r + 2).toFixed(1), y: (y + 4).toFixed(1) });
      text.textContent = label(place.node);
      g.append(dot, title, text);
      g.addEventListener('click', () => { showNode(place.node); centreOn(place.node); });
      g.addEventListener('keydown', (event) => { if (event.key === 'Enter') { showNode(place.node); centreOn(place.node); } });
      layer.append(g);
      pointElements.set(place.node, g);
    }
    colourMap();
  };
  const colourMap = () => {
    if (!project) return;
    const window = state.timeOn && state.window ? state.window : null;
    const present = new Map();
    for (const place of located) {
      const g = pointElements.get(place.node);
      const holders = window ? holdersOf(place.node, window) : [];
      g.dataset.holders = holders.map((h) => nodes[h].id).join(' ');
      const dot = g.querySelector('circle');
      dot.setAttribute('fill', holders.length ? holderColour.get(holders[0]) : '#ffffff');
      dot.classList.toggle('several', holders.length > 1);
      for (const h of holders) present.set(h, (present.get(h) || 0) + 1);
      g.querySelector('title').textContent = `${label(place.node)}: ${nodeClaims[place.node].length} claims; ${place.precision}, ${place.source}`
        + (window ? `\n${holders.length ? `held by ${holders.map(label).join(', ')}` : 'no holder stated'} (${isoOf(window[0])}${window[1] !== window[0] ? ` to ${isoOf(window[1])}` : ''})` : '');
    }
    // Labels: the places with most claims first, none over another.
    const placed = [];
    for (const g of $('map-points').children) {
      const text = g.querySelector('text');
      text.style.display = '';
      const b = text.getBBox();
      const hit = placed.some((o) => b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height);
      if (hit) text.style.display = 'none'; else placed.push(b);
    }
    const legend = $('map-legend');
    legend.replaceChildren(el('strong', {}, window ? `Held on ${isoOf(window[0])}${window[1] !== window[0] ? ` to ${isoOf(window[1])}` : ''} (as as-of reads it)` : 'Set a date (Time) to colour the places by holder'));
    for (const [h, n] of [...present.entries()].sort((x, y) => y[1] - x[1])) {
      legend.append(el('div', { 'data-holder': nodes[h].id }, el('i', { style: `background:${holderColour.get(h)}` }), `${label(h)} (${n})`));
    }
    legend.append(el('div', { class: 'hint' }, `${located.length} located places; size: number of claims; dashed: more than one holder possible.`));
  };
  const mapSelect = (i) => {
    for (const [n, g] of pointElements) g.querySelector('circle').classList.toggle('sel', n === i);
  };
  const showView = (map) => {
    // (SVG elements have no `hidden` property: the attribute is set.)
    mapSvg.toggleAttribute('hidden', !map);
    $('map-legend').hidden = !map;
    svg.toggleAttribute('hidden', map);
    $('zoom').hidden = map;
    $('show-all').hidden = map;
    $('view-map').setAttribute('aria-pressed', String(map));
    $('view-network').setAttribute('aria-pressed', String(!map));
    if (map) drawMap();
    else fit();
  };
  $('view-map').addEventListener('click', () => showView(true));
  $('view-network').addEventListener('click', () => showView(false));
  $('show-all').addEventListener('click', () => { showingAll = !showingAll; markRest(); fit(); });

  // ---- Filters and language ----------------------------------------------------------------
  const kindsPresent = data.kinds.filter((k) => nodes.some((n) => n.kind === k.name));
  for (const k of kindsPresent) {
    const box = el('input', { type: 'checkbox', value: k.name });
    box.checked = true;
    box.addEventListener('change', () => { if (box.checked) state.kinds.add(k.name); else state.kinds.delete(k.name); refresh(); });
    $('kinds').append(el('label', {}, box, swatch(k.name), k.label, el('span', { class: 'count' })));
  }
  for (const r of data.relations.filter((r) => claims.some((c) => c.object != null && c.predicate === r.name))) {
    const box = el('input', { type: 'checkbox', value: r.name });
    box.checked = true;
    box.addEventListener('change', () => { if (box.checked) state.relations.add(r.name); else state.relations.delete(r.name); refresh(); });
    $('relations').append(el('label', {}, box, lineSwatch(r), r.label, el('span', { class: 'count' })));
  }
  const documentSelect = $('document');
  data.documents.forEach((d, i) => documentSelect.append(el('option', { value: i }, `${d.id}: ${d.titles[state.lang]}`)));
  documentSelect.addEventListener('change', () => { state.document = +documentSelect.value; refresh(); });
  $('confidence').addEventListener('input', (event) => {
    state.minConfidence = +event.target.value;
    $('confidence-value').textContent = event.target.value;
    refresh();
  });
  const languageSelect = $('language');
  data.languages.forEach((lang, i) => languageSelect.append(el('option', { value: i }, lang)));
  languageSelect.value = state.lang;
  languageSelect.addEventListener('change', () => {
    state.lang = +languageSelect.value;
    drawLabels();
    data.documents.forEach((d, i) => { documentSelect.options[i + 1].textContent = `${d.id}: ${d.titles[state.lang]}`; });
    showResults();
    redrawCard();
    findPath();
  });
  $('view-note').textContent = `Filters when written: ${data.filters}. Layout: Graphviz ${data.engine}.`;

  // ---- Anchors: #ENTITY-ID opens an entity's card, #claim=ID the tie of a claim -----------------
  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
  const claimIndex = new Map(claims.map((c, i) => [c.id, i]));
  const openAnchor = () => {
    const anchor = decodeURIComponent(location.hash.slice(1));
    if (anchor.startsWith('claim=') && claimTie.has(claimIndex.get(anchor.slice(6)))) {
      const t = claimTie.get(claimIndex.get(anchor.slice(6)));
      showTie(t);
      centreOn(ties[t].a);
    } else if (nodeIndex.has(anchor)) {
      showNode(nodeIndex.get(anchor));
      centreOn(nodeIndex.get(anchor));
    }
  };
  window.addEventListener('hashchange', openAnchor);

  drawLabels();
  markRest();
  refresh();
  fit();
  openAnchor();
  document.body.dataset.ready = 'true';
})();
