// Graph -> stakeholder map: layout (Boost Fruchterman-Reingold), label
// placement, SVG, a self-contained HTML page, pinned DOT for PNG.
// Entry points: layout_map(), render_map_svg/html/dot(), ego_graph().
// Tested by tests/map_test.cc and tests/map_check.py (headless Chromium).
#include "wngraph/map.h"

#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <queue>
#include <set>
#include <sstream>

#include "palette.h"
#include "text.h"
#include "wngraph/centrality.h"
#include "wngraph/error.h"

namespace wngraph {

using detail::community_colour;
using detail::type_colour;

namespace {

constexpr double kFont = 12;   // label font size, px
constexpr double kMargin = 40;
constexpr double kLegend = 170;  // left band kept free for the legend

std::string fill_of(const NodeProps& p, const MapOptions& o) {
  auto c = p.metrics.find("community");
  if (o.colour_by == "community" && c != p.metrics.end()) return community_colour(static_cast<size_t>(c->second));
  return type_colour(p.type);
}

double metric(const NodeProps& p, const std::string& m) {
  auto it = p.metrics.find(m);
  return it == p.metrics.end() ? 0.0 : it->second;
}

// Label width estimate for a sans-serif font: 0.6 em per character.
double text_width(const std::string& s) {
  size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  return 0.6 * kFont * static_cast<double>(chars) + 4;
}

std::string xml_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (c >= 0x20) out += static_cast<char>(c);
    }
  }
  return out;
}

std::string num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

}  // namespace

MapLayout layout_map(const Graph& graph, const MapOptions& o) {
  const auto& g = graph.g;
  size_t n = boost::num_vertices(g);
  MapLayout out;
  out.position.assign(n, {});
  out.radius.assign(n, 4);
  if (n == 0) return out;

  // Components: the largest fills the main area; the others (often single
  // nodes) are packed in a strip below, each laid out in its own cell, so
  // that nothing drifts to the canvas border.
  std::vector<std::vector<size_t>> adj(n);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    size_t a = boost::source(e, g), b = boost::target(e, g);
    if (a == b || g[e].relation == Relation::kMentionedWith) continue;
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  std::vector<int> comp(n, -1);
  std::vector<std::vector<size_t>> comps;
  for (size_t s0 = 0; s0 < n; ++s0) {
    if (comp[s0] >= 0) continue;
    comps.emplace_back();
    std::vector<size_t> stack{s0};
    comp[s0] = static_cast<int>(comps.size() - 1);
    while (!stack.empty()) {
      size_t v = stack.back();
      stack.pop_back();
      comps.back().push_back(v);
      for (size_t w : adj[v])
        if (comp[w] < 0) comp[w] = comp[s0], stack.push_back(w);
    }
  }
  std::stable_sort(comps.begin(), comps.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });

  // Lays out one component inside the box [x0, x0+w] x [y0, y0+h].
  auto place = [&](const std::vector<size_t>& nodes, double x0, double y0, double w, double h) {
    if (nodes.size() == 1) {
      out.position[nodes[0]] = {x0 + w / 2, y0 + h / 2};
      return;
    }
    std::map<size_t, size_t> local;
    for (size_t i = 0; i < nodes.size(); ++i) local[nodes[i]] = i;
    using U = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    U u(nodes.size());
    std::set<std::pair<size_t, size_t>> seen;
    for (size_t v : nodes)
      for (size_t w2 : adj[v])
        if (v < w2 && seen.insert({v, w2}).second) boost::add_edge(local[v], local[w2], u);
    using Topology = boost::rectangle_topology<boost::minstd_rand>;
    boost::minstd_rand rng(o.seed);
    // A roomy square, scaled into the box afterwards: FR's clamping at the
    // edges never binds.
    double side = 100.0 * std::sqrt(static_cast<double>(nodes.size()));
    Topology topo(rng, -side, -side, side, side);
    std::vector<Topology::point_type> pos(nodes.size());
    auto pmap = boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, u));
    boost::random_graph_layout(u, pmap, topo);
    boost::fruchterman_reingold_force_directed_layout(u, pmap, topo,
                                                      boost::cooling(boost::linear_cooling<double>(300)));
    double minx = 1e300, maxx = -1e300, miny = 1e300, maxy = -1e300;
    for (auto& p : pos) {
      minx = std::min(minx, p[0]), maxx = std::max(maxx, p[0]);
      miny = std::min(miny, p[1]), maxy = std::max(maxy, p[1]);
    }
    double sx = maxx > minx ? w / (maxx - minx) : 1, sy = maxy > miny ? h / (maxy - miny) : 1;
    for (size_t i = 0; i < nodes.size(); ++i)
      out.position[nodes[i]] = {x0 + (pos[i][0] - minx) * sx, y0 + (pos[i][1] - miny) * sy};
  };
  double w = o.width - 2 * kMargin - kLegend, h = o.height - 2 * kMargin;
  size_t rest = comps.size() - 1;
  double strip = rest == 0 ? 0 : std::min(h * 0.22, 60.0 + 20.0 * std::sqrt(static_cast<double>(rest)));
  place(comps[0], kMargin + kLegend, kMargin, w, h - strip);
  if (rest) {
    // Cells in rows across the strip, big components first; a cell's width
    // grows with the square root of its component's size.
    std::vector<double> unit(rest);
    double total = 0;
    for (size_t i = 0; i < rest; ++i) total += unit[i] = 1.0 + 2.5 * std::sqrt(comps[i + 1].size() - 1.0);
    size_t rows = std::max<size_t>(1, static_cast<size_t>(std::round(std::sqrt(total * strip / w))));
    double per_row = total / rows, ch = strip / rows;
    double cursor = 0;
    for (size_t i = 0, r = 0; i < rest; ++i) {
      if (cursor + unit[i] > per_row * 1.0001 && cursor > 0 && r + 1 < rows) cursor = 0, ++r;
      double x = cursor / per_row * w, cw = unit[i] / per_row * w;
      double pad = std::min(cw, ch) * 0.12;
      place(comps[i + 1], kMargin + kLegend + x + pad, o.height - kMargin - strip + r * ch + pad, cw - 2 * pad,
            ch - 2 * pad);
      cursor += unit[i];
    }
  }
  double maxm = 0;
  for (size_t v = 0; v < n; ++v) maxm = std::max(maxm, metric(g[v], o.size_by));
  for (size_t v = 0; v < n; ++v) {
    double share = maxm > 0 ? metric(g[v], o.size_by) / maxm : 0;
    out.radius[v] = 4 + 18 * std::sqrt(share);
  }

  // Labels for the most central nodes, most central first, each on the first
  // free spot of a spiral around its node.
  std::vector<size_t> order(n);
  for (size_t v = 0; v < n; ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return metric(g[a], o.size_by) > metric(g[b], o.size_by); });
  order.resize(std::min(order.size(), o.labels));
  std::vector<Box> taken{{0, 0, kLegend, 190}};  // the legend
  for (size_t v : order) {
    const Point& c = out.position[v];
    double r = out.radius[v];
    taken.push_back({c.x - r, c.y - r, 2 * r, 2 * r});
  }
  for (size_t v : order) {
    const Point& c = out.position[v];
    double r = out.radius[v];
    double bw = text_width(g[v].label), bh = kFont + 4;
    Box best{};
    bool found = false, leader = false;
    for (int ring = 0; ring < 200 && !found; ++ring) {
      double dist = r + 2 + ring * 6;
      int steps = ring == 0 ? 4 : 16;
      for (int k = 0; k < steps && !found; ++k) {
        double a = ring == 0 ? k * M_PI / 2 : k * 2 * M_PI / steps;
        // Anchor the box so it sits outside the circle in direction a.
        double dx = std::cos(a), dy = std::sin(a);
        Box b{c.x + dx * dist - (dx < -0.3 ? bw : dx > 0.3 ? 0 : bw / 2),
              c.y + dy * dist - (dy < -0.3 ? bh : dy > 0.3 ? 0 : bh / 2), bw, bh};
        if (b.x < 0 || b.y < 0 || b.x + b.w > o.width || b.y + b.h > o.height) continue;
        bool clash = false;
        for (const auto& t : taken) clash |= b.overlaps(t);
        if (!clash) {
          best = b;
          found = true;
          leader = ring > 3;
        }
      }
    }
    if (!found) continue;  // no room anywhere on the canvas: leave it unlabelled
    taken.push_back(best);
    out.labels.push_back({v, best, leader});
  }
  return out;
}

Graph ego_graph(const Graph& graph, const std::string& name, int depth) {
  const auto& g = graph.g;
  std::string want = detail::lower(name);
  std::optional<size_t> centre;
  std::vector<std::string> labels;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    labels.push_back(g[v].label);
    bool hit = detail::lower(g[v].label) == want;
    for (const auto& a : g[v].aliases) hit |= detail::lower(a) == want;
    if (hit && !centre) centre = v;
  }
  if (!centre) {
    throw unknown_name("node", name, labels);
  }
  std::vector<int> dist(boost::num_vertices(g), -1);
  std::queue<size_t> q;
  dist[*centre] = 0;
  q.push(*centre);
  while (!q.empty()) {
    size_t v = q.front();
    q.pop();
    if (dist[v] >= depth) continue;
    auto visit = [&](size_t w) {
      if (dist[w] < 0) dist[w] = dist[v] + 1, q.push(w);
    };
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) visit(boost::target(e, g));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) visit(boost::source(e, g));
  }
  Graph out;
  out.notes = graph.notes;
  out.note_count = graph.note_count;
  std::vector<size_t> index(boost::num_vertices(g), SIZE_MAX);
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (dist[v] >= 0) index[v] = boost::add_vertex(g[v], out.g);
  size_t k = 0;
  for (const auto& e : graph.edges()) {
    size_t a = boost::source(e, g), b = boost::target(e, g);
    if (index[a] == SIZE_MAX || index[b] == SIZE_MAX) continue;
    EdgeProps p = g[e];
    p.id = "e" + std::to_string(k++);
    boost::add_edge(index[a], index[b], p, out.g);
  }
  return out;
}

namespace {

void svg_body(std::ostringstream& s, const Graph& graph, const MapLayout& L, const MapOptions& o) {
  const auto& g = graph.g;
  s << "<g id=\"viewport\">\n<g id=\"edges\" stroke=\"#8888\" stroke-linecap=\"round\">\n";
  for (const auto& e : graph.edges()) {
    size_t a = boost::source(e, g), b = boost::target(e, g);
    const auto& p = g[e];
    s << "<line class=\"edge\" data-edge=\"" << p.id << "\" data-rel=\"" << relation_name(p.relation) << "\" x1=\""
      << num(L.position[a].x) << "\" y1=\"" << num(L.position[a].y) << "\" x2=\"" << num(L.position[b].x)
      << "\" y2=\"" << num(L.position[b].y) << "\" stroke-width=\"" << num(std::min(1.0 + std::log2(p.weight), 5.0))
      << "\"/>\n";
  }
  s << "</g>\n<g id=\"nodes\" stroke=\"#fff\" stroke-width=\"1\">\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto& p = g[v];
    s << "<circle class=\"node\" data-node=\"" << v << "\" data-type=\"" << type_name(p.type) << "\" cx=\""
      << num(L.position[v].x) << "\" cy=\"" << num(L.position[v].y) << "\" r=\"" << num(L.radius[v]) << "\" fill=\""
      << fill_of(p, o) << "\"><title>" << xml_escape(p.label) << " (" << type_name(p.type) << ")</title></circle>\n";
  }
  s << "</g>\n<g id=\"labels\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"" << kFont
    << "\" fill=\"#222\">\n";
  for (const auto& l : L.labels) {
    const Point& c = L.position[l.node];
    if (l.leader) {
      double lx = std::clamp(c.x, l.box.x, l.box.x + l.box.w), ly = std::clamp(c.y, l.box.y, l.box.y + l.box.h);
      s << "<line class=\"leader\" x1=\"" << num(c.x) << "\" y1=\"" << num(c.y) << "\" x2=\"" << num(lx) << "\" y2=\""
        << num(ly) << "\" stroke=\"#999\" stroke-width=\"0.7\"/>\n";
    }
    s << "<text class=\"label\" data-node=\"" << l.node << "\" x=\"" << num(l.box.x + 2) << "\" y=\""
      << num(l.box.y + l.box.h - 4) << "\" data-box=\"" << num(l.box.x) << ' ' << num(l.box.y) << ' '
      << num(l.box.w) << ' ' << num(l.box.h) << "\">" << xml_escape(g[l.node].label) << "</text>\n";
  }
  s << "</g>\n</g>\n";
  // Legend: the colours in use.
  s << "<g id=\"legend\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n";
  std::vector<std::pair<std::string, std::string>> items;
  if (o.colour_by == "community") {
    std::set<size_t> cs;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) cs.insert(static_cast<size_t>(metric(g[v], "community")));
    for (size_t c : cs)
      if (items.size() < 12) items.push_back({"community " + std::to_string(c), community_colour(c)});
  } else {
    for (EntityType t : kEntityTypes) items.push_back({type_name(t), type_colour(t)});
  }
  double y = 16;
  s << "<rect x=\"8\" y=\"4\" width=\"150\" height=\"" << num(items.size() * 18 + 30) << "\" fill=\"#fffd\" stroke=\"#ccc\"/>\n";
  for (const auto& [name, colour] : items) {
    s << "<circle cx=\"20\" cy=\"" << num(y) << "\" r=\"6\" fill=\"" << colour << "\"/><text x=\"32\" y=\""
      << num(y + 4) << "\">" << xml_escape(name) << "</text>\n";
    y += 18;
  }
  s << "<text x=\"14\" y=\"" << num(y + 6) << "\" fill=\"#555\">size: " << xml_escape(o.size_by) << "</text>\n</g>\n";
}

}  // namespace

std::string render_map_svg(const Graph& graph, const MapLayout& L, const MapOptions& o) {
  std::ostringstream s;
  s << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" viewBox=\"0 0 "
    << num(o.width) << ' ' << num(o.height) << "\" width=\"" << num(o.width) << "\" height=\"" << num(o.height)
    << "\">\n<title>" << xml_escape(o.title) << "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  svg_body(s, graph, L, o);
  s << "</svg>\n";
  return s.str();
}

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
void jstr(JsonWriter& w, const std::string& s) { w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); }

// The data the page's script needs: nodes, edges with evidence, note titles.
std::string map_data(const Graph& graph) {
  const auto& g = graph.g;
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  std::map<std::string, const NoteMeta*> notes;
  for (const auto& n : graph.notes) notes[n.id] = &n;
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto& p = g[v];
    w.StartObject();
    w.Key("label");
    jstr(w, p.label);
    w.Key("type");
    jstr(w, type_name(p.type));
    w.Key("aliases");
    w.StartArray();
    for (const auto& a : p.aliases) jstr(w, a);
    w.EndArray();
    w.Key("notes");
    w.Uint(static_cast<unsigned>(p.notes.size()));
    for (const char* m : {"degree", "betweenness", "pagerank", "community"}) {
      w.Key(m);
      w.Double(metric(p, m));
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const auto& e : graph.edges()) {
    const auto& p = g[e];
    w.StartObject();
    w.Key("id");
    jstr(w, p.id);
    w.Key("s");
    w.Uint(static_cast<unsigned>(boost::source(e, g)));
    w.Key("t");
    w.Uint(static_cast<unsigned>(boost::target(e, g)));
    w.Key("rel");
    jstr(w, relation_name(p.relation));
    w.Key("weight");
    w.Int(p.weight);
    w.Key("evidence");
    w.StartArray();
    for (const auto& ev : p.evidence) {
      w.StartObject();
      w.Key("date");
      jstr(w, ev.date.iso());
      w.Key("note");
      auto it = notes.find(ev.note_id);
      jstr(w, it != notes.end() && !it->second->title.empty() ? it->second->title : ev.note_id);
      w.Key("sentence");
      jstr(w, ev.sentence);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  // Safe inside <script>: no "</" can close the element early.
  std::string s = buf.GetString();
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') out += "\\u003c";
    else out += s[i];
  }
  return out;
}

const char* kPageStyle = R"css(
body{margin:0;font:14px Helvetica,Arial,sans-serif;display:flex;height:100vh;color:#222}
#side{width:340px;overflow:auto;border-right:1px solid #ddd;padding:10px;box-sizing:border-box}
#stage{flex:1;position:relative}
#map{width:100%;height:100%;cursor:grab;background:#fff}
fieldset{border:1px solid #ddd;margin:8px 0;padding:6px}
label{display:inline-block;margin-right:8px}
input[type=search]{width:100%;box-sizing:border-box;padding:4px}
.dim{opacity:.12}
.hit{stroke:#000;stroke-width:3}
#panel h3{margin:8px 0 4px}
#panel li{margin-bottom:6px}
#panel q{display:block;color:#444;font-style:italic}
small{color:#666}
)css";

const char* kPageScript = R"js(
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
)js";

}  // namespace

std::string render_map_html(const Graph& graph, const MapLayout& L, const MapOptions& o) {
  const auto& g = graph.g;
  std::ostringstream s;
  s << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    // Nothing may be fetched: the page is complete as it is.
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
       "style-src 'unsafe-inline'; img-src data:\">\n"
    << "<title>" << xml_escape(o.title) << "</title>\n<style>" << kPageStyle << "</style>\n</head>\n<body>\n"
    << "<div id=\"side\">\n<h2 style=\"margin:4px 0\">" << xml_escape(o.title) << "</h2>\n<small>"
    << boost::num_vertices(g) << " nodes, " << boost::num_edges(g) << " edges, " << graph.notes.size()
    << " notes. Scroll to zoom, drag to pan, click a node for its evidence.</small>\n"
    << "<p><input id=\"search\" type=\"search\" placeholder=\"Find a person or body\"></p>\n<div id=\"filters\">\n"
    << "<fieldset><legend>Types</legend>";
  for (EntityType t : kEntityTypes)
    s << "<label><input type=\"checkbox\" class=\"type\" value=\"" << type_name(t) << "\" checked> " << type_name(t)
      << "</label>";
  s << "</fieldset>\n<fieldset><legend>Relations</legend>";
  for (Relation r : kRelations)
    s << "<label><input type=\"checkbox\" class=\"rel\" value=\"" << relation_name(r) << "\" checked> "
      << relation_name(r) << "</label>";
  s << "</fieldset>\n<fieldset><legend>Dates</legend><label>from <input id=\"from\" type=\"date\"></label>"
       "<label>to <input id=\"to\" type=\"date\"></label></fieldset>\n</div>\n<div id=\"panel\"></div>\n"
       "<pre id=\"selftest\"></pre>\n</div>\n<div id=\"stage\">\n";
  s << "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" data-w=\"" << num(o.width) << "\" data-h=\""
    << num(o.height) << "\" viewBox=\"0 0 " << num(o.width) << ' ' << num(o.height)
    << "\" preserveAspectRatio=\"xMidYMid meet\">\n";
  {
    std::ostringstream body;
    svg_body(body, graph, L, o);
    s << body.str();
  }
  s << "</svg>\n</div>\n<script type=\"application/json\" id=\"data\">" << map_data(graph) << "</script>\n<script>"
    << kPageScript << "</script>\n</body>\n</html>\n";
  return s.str();
}

std::string render_map_dot(const Graph& graph, const MapLayout& L, const MapOptions& o) {
  const auto& g = graph.g;
  std::ostringstream s;
  auto q = [](const std::string& x) {
    std::string out = "\"";
    for (char c : x) {
      if (c == '"' || c == '\\') out += '\\';
      if (c == '\n') {
        out += "\\n";
        continue;
      }
      out += c;
    }
    return out + "\"";
  };
  std::set<size_t> labelled;
  for (const auto& l : L.labels) labelled.insert(l.node);
  // Points at 72 per inch; y grows upwards in Graphviz.
  s << "graph map {\n  graph [bgcolor=white, outputorder=edgesfirst, bb=\"0,0," << num(o.width) << ',' << num(o.height)
    << "\"];\n  node [shape=circle, style=filled, color=white, fontname=\"Helvetica\", fontsize=10, fixedsize=true];\n"
    << "  edge [color=\"#88888888\"];\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    s << "  n" << v << " [pos=\"" << num(L.position[v].x) << ',' << num(o.height - L.position[v].y)
      << "\", width=" << num(L.radius[v] * 2 / 72) << ", label=\"\", fillcolor=\"" << fill_of(g[v], o) << "\"";
    if (labelled.count(v)) s << ", xlabel=" << q(g[v].label);
    s << "];\n";
  }
  for (const auto& e : graph.edges()) s << "  n" << boost::source(e, g) << " -- n" << boost::target(e, g) << ";\n";
  s << "}\n";
  return s.str();
}

}  // namespace wngraph
