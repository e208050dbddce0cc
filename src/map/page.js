
(function(){
const t0 = performance.now();
const data = JSON.parse(document.getElementById('data').textContent);
const svg = document.getElementById('map');
const W = +svg.dataset.w, H = +svg.dataset.h;
let view = {x:0, y:0, w:W, h:H};
function setView(){ svg.setAttribute('viewBox', view.x+' '+view.y+' '+view.w+' '+view.h); }
svg.addEventListener('wheel', e => {
  e.preventDefault();
  const r = svg.getBoundingClientRect();
  const mx = view.x + (e.clientX - r.left) / r.width * view.w, my = view.y + (e.clientY - r.top) / r.height * view.h;
  const k = e.deltaY > 0 ? 1.15 : 1/1.15;
  view = {x: mx - (mx - view.x) * k, y: my - (my - view.y) * k, w: view.w * k, h: view.h * k};
  setView();
}, {passive:false});
let drag = null;
svg.addEventListener('mousedown', e => { drag = {x:e.clientX, y:e.clientY, v:Object.assign({}, view)}; });
window.addEventListener('mouseup', () => drag = null);
window.addEventListener('mousemove', e => {
  if (!drag) return;
  const r = svg.getBoundingClientRect();
  view.x = drag.v.x - (e.clientX - drag.x) / r.width * view.w;
  view.y = drag.v.y - (e.clientY - drag.y) / r.height * view.h;
  setView();
});
const circles = Array.from(svg.querySelectorAll('circle.node'));
const lines = Array.from(svg.querySelectorAll('line.edge'));
const labels = Array.from(svg.querySelectorAll('text.label'));
function esc(s){ return s.replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c])); }
function show(i){
  const n = data.nodes[i];
  circles.forEach(c => c.classList.toggle('hit', +c.dataset.node === i));
  let h = '<h3>' + esc(n.label) + '</h3><small>' + esc(n.type) + ' · ' + n.notes + ' note(s) · degree ' + n.degree +
          (n.aliases.length ? ' · also ' + esc(n.aliases.join('; ')) : '') + '</small><ul>';
  data.edges.forEach(e => {
    if (e.s !== i && e.t !== i) return;
    h += '<li class="edge-item"><b>' + esc(data.nodes[e.s].label) + '</b> ' + esc(e.rel) + ' <b>' + esc(data.nodes[e.t].label) + '</b>';
    e.evidence.forEach(ev => { h += '<q class="evidence">' + esc(ev.sentence) + '</q><small>' + esc(ev.date) + ' · ' + esc(ev.note) + '</small>'; });
    h += '</li>';
  });
  document.getElementById('panel').innerHTML = h + '</ul>';
}
circles.forEach(c => c.addEventListener('click', e => { e.stopPropagation(); show(+c.dataset.node); }));
labels.forEach(t => t.addEventListener('click', e => { e.stopPropagation(); show(+t.dataset.node); }));
function search(q){
  q = q.trim().toLowerCase();
  if (!q) { circles.forEach(c => c.classList.remove('hit')); return -1; }
  const i = data.nodes.findIndex(n => n.label.toLowerCase().includes(q) || n.aliases.some(a => a.toLowerCase().includes(q)));
  if (i < 0) return -1;
  const c = circles[i];
  view = {x: +c.getAttribute('cx') - W/6, y: +c.getAttribute('cy') - H/6, w: W/3, h: H/3};
  setView();
  show(i);
  return i;
}
document.getElementById('search').addEventListener('input', e => {
  const i = search(e.target.value);
  document.getElementById('found').textContent = !e.target.value.trim() ? '' : i < 0 ? 'no match' : 'found ' + data.nodes[i].label;
});
// Every name on hover, labelled or not.
const hover = document.getElementById('hover');
circles.forEach(c => {
  c.addEventListener('mouseenter', () => {
    hover.textContent = data.nodes[+c.dataset.node].label;
    hover.setAttribute('x', +c.getAttribute('cx') + +c.getAttribute('r') + 3);
    hover.setAttribute('y', +c.getAttribute('cy') - +c.getAttribute('r') - 3);
    hover.setAttribute('visibility', 'visible');
  });
  c.addEventListener('mouseleave', () => hover.setAttribute('visibility', 'hidden'));
});
// Week by week: the slider's step k shows what was first seen up to the end
// of the k-th week from the first dated edge; undated nodes and edges always.
const DAY = 86400000;
const dated = data.edges.map(e => e.first).filter(d => d).sort();
const week = document.getElementById('week'), weekLabel = document.getElementById('week-label');
const start = dated.length ? Date.parse(dated[0]) : 0;
const weeks = dated.length ? Math.floor((Date.parse(dated[dated.length - 1]) - start) / (7 * DAY)) : 0;
week.max = weeks;
week.value = weeks;
if (!dated.length) document.getElementById('replay').hidden = true;
function upTo(){
  return +week.value >= weeks ? '' : new Date(start + (+week.value * 7 + 6) * DAY).toISOString().slice(0, 10);
}
function showWeek(){
  const u = upTo();
  weekLabel.textContent = u ? 'the week to ' + u : 'the last week (everything)';
  week.setAttribute('aria-valuetext', weekLabel.textContent);
  applyFilters();
}
week.addEventListener('input', showWeek);
let player = null;
document.getElementById('play').addEventListener('click', e => {
  if (player) { clearInterval(player); player = null; e.target.textContent = 'Play'; return; }
  if (+week.value >= weeks) week.value = 0;
  e.target.textContent = 'Pause';
  showWeek();
  player = setInterval(() => {
    if (+week.value >= weeks) { clearInterval(player); player = null; e.target.textContent = 'Play'; return; }
    week.value = +week.value + 1;
    showWeek();
  }, 700);
});
function applyFilters(){
  const types = new Set(Array.from(document.querySelectorAll('input.type:checked')).map(x => x.value));
  const rels = new Set(Array.from(document.querySelectorAll('input.rel:checked')).map(x => x.value));
  const from = document.getElementById('from').value, to = document.getElementById('to').value;
  const inRange = e => !from && !to || e.evidence.some(ev => ev.date.length === 10 && (!from || ev.date >= from) && (!to || ev.date <= to));
  const u = upTo();
  const seen = x => !u || !x.first || x.first <= u;
  const live = new Set();
  lines.forEach((l, k) => {
    const e = data.edges[k];
    const ok = rels.has(e.rel) && types.has(data.nodes[e.s].type) && types.has(data.nodes[e.t].type) && inRange(e) && seen(e);
    l.style.display = ok ? '' : 'none';
    if (ok) { live.add(e.s); live.add(e.t); }
  });
  const ranged = from || to;
  circles.forEach((c, i) => {
    const ok = types.has(data.nodes[i].type) && (!ranged || live.has(i)) && seen(data.nodes[i]);
    c.style.display = ok ? '' : 'none';
  });
  labels.forEach(t => { t.style.display = circles[+t.dataset.node].style.display; });
}
document.querySelectorAll('#filters input').forEach(x => x.addEventListener('change', applyFilters));
showWeek();
window.wngraphMap = {search, show, applyFilters, data};
// Self-check for automated tests: open the page with #selftest.
if (location.hash === '#selftest') {
  svg.getBBox();
  document.body.getBoundingClientRect();
  const r = {readyMs: Math.round(performance.now()), scriptMs: Math.round(performance.now() - t0), nodes: circles.length, dataNodes: data.nodes.length, edges: lines.length, dataEdges: data.edges.length};
  const probe = data.nodes.findIndex((n, i) => data.edges.some(e => (e.s === i || e.t === i) && e.evidence.length));
  r.searchFound = probe < 0 ? true : search(data.nodes[probe].label.slice(0, 6)) >= 0;
  if (probe >= 0) {
    circles[probe].dispatchEvent(new MouseEvent('click', {bubbles: true}));
    r.clickEvidence = document.querySelectorAll('#panel q.evidence').length;
  }
  const boxes = labels.map(t => t.dataset.box.split(' ').map(Number));
  let overlaps = 0;
  for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) {
    const [x1,y1,w1,h1] = boxes[a], [x2,y2,w2,h2] = boxes[b];
    if (x1 < x2 + w2 && x2 < x1 + w1 && y1 < y2 + h2 && y2 < y1 + h1) overlaps++;
  }
  r.labels = labels.length;
  r.labelOverlaps = overlaps;
  r.resources = performance.getEntriesByType('resource').length;
  const unlabelled = circles.find(c => !labels.some(t => t.dataset.node === c.dataset.node));
  if (unlabelled) {
    unlabelled.dispatchEvent(new MouseEvent('mouseenter'));
    r.hoverLabel = hover.getAttribute('visibility') === 'visible' && hover.textContent === data.nodes[+unlabelled.dataset.node].label;
  }
  const shown = () => circles.filter(c => c.style.display !== 'none').length + lines.filter(l => l.style.display !== 'none').length;
  r.weeks = weeks;
  week.value = 0;
  showWeek();
  r.shownFirstWeek = shown();
  week.value = weeks;
  showWeek();
  r.shownLastWeek = shown();
  r.labelledControls = Array.from(document.querySelectorAll('input, button')).every(x =>
    x.labels && x.labels.length > 0 || x.tagName === 'BUTTON' && x.textContent.trim() || x.getAttribute('aria-label'));
  document.getElementById('selftest').textContent = JSON.stringify(r);
}
})();
