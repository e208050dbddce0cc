
(function(){
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
document.getElementById('search').addEventListener('input', e => search(e.target.value));
function applyFilters(){
  const types = new Set(Array.from(document.querySelectorAll('input.type:checked')).map(x => x.value));
  const rels = new Set(Array.from(document.querySelectorAll('input.rel:checked')).map(x => x.value));
  const from = document.getElementById('from').value, to = document.getElementById('to').value;
  const inRange = e => !from && !to || e.evidence.some(ev => ev.date.length === 10 && (!from || ev.date >= from) && (!to || ev.date <= to));
  const live = new Set();
  lines.forEach((l, k) => {
    const e = data.edges[k];
    const ok = rels.has(e.rel) && types.has(data.nodes[e.s].type) && types.has(data.nodes[e.t].type) && inRange(e);
    l.style.display = ok ? '' : 'none';
    if (ok) { live.add(e.s); live.add(e.t); }
  });
  const dated = from || to;
  circles.forEach((c, i) => {
    const ok = types.has(data.nodes[i].type) && (!dated || live.has(i));
    c.style.display = ok ? '' : 'none';
  });
  labels.forEach(t => { t.style.display = circles[+t.dataset.node].style.display; });
}
document.querySelectorAll('#filters input').forEach(x => x.addEventListener('change', applyFilters));
window.wngraphMap = {search, show, applyFilters, data};
// Self-check for automated tests: open the page with #selftest.
if (location.hash === '#selftest') {
  const r = {nodes: circles.length, dataNodes: data.nodes.length, edges: lines.length, dataEdges: data.edges.length};
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
  document.getElementById('selftest').textContent = JSON.stringify(r);
}
})();
