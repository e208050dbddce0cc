// MapLayout -> one offline HTML page: the SVG, the graph's data as JSON
// (nodes, edges with evidence, notes), and the page's style and script
// (page.css, page.js). Entry point: render_map_html(). Tested by
// tests/map_test.cc and tests/map_check.py (headless Chromium).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sstream>

#include "map/common.h"

namespace wngraph {

using namespace detail;

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
void jstr(JsonWriter& w, const std::string& s) {
  w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
}

// The data the page's script needs: nodes, edges with evidence, note titles.
std::string map_data(const Graph& graph) {
  const auto& g = graph.g;
  std::vector<Date> first = first_seen(graph);
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
    w.Key("first");
    jstr(w, first[v].iso());
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
    w.Key("first");
    jstr(w, p.first_seen.complete() ? p.first_seen.iso() : "");
    w.Key("evidence");
    w.StartArray();
    for (const auto& ev : p.evidence) {
      w.StartObject();
      w.Key("date");
      jstr(w, ev.date.iso());
      w.Key("note");
      auto it = notes.find(ev.note_id);
      jstr(w, it != notes.end() && !it->second->title.empty() ? it->second->title : ev.note_id.str());
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
    if (s[i] == '<')
      out += "\\u003c";
    else
      out += s[i];
  }
  return out;
}

}  // namespace

std::string render_map_html(const Graph& graph, const MapLayout& L, const MapOptions& o) {
  const auto& g = graph.g;
  std::ostringstream s;
  s << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    // Nothing may be fetched: the page is complete as it is.
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
       "style-src 'unsafe-inline'; img-src data:\">\n"
    << "<title>" << xml_escape(o.title) << "</title>\n<style>" << map_page_style() << "</style>\n</head>\n<body>\n"
    << "<div id=\"side\">\n<h2 style=\"margin:4px 0\">" << xml_escape(o.title) << "</h2>\n<small>"
    << boost::num_vertices(g) << " nodes, " << boost::num_edges(g) << " edges, " << graph.notes.size()
    << " notes. Scroll to zoom, drag to pan, click a node for its evidence.</small>\n"
    << "<p><label for=\"search\">Find a person or body</label><input id=\"search\" type=\"search\" "
       "placeholder=\"name or alias\" aria-describedby=\"found\"><small id=\"found\" role=\"status\"></small></p>\n"
    << "<fieldset id=\"replay\"><legend>Week by week</legend><label for=\"week\">Shown up to <output "
       "id=\"week-label\" for=\"week\"></output></label><input id=\"week\" type=\"range\" min=\"0\" max=\"0\" "
       "step=\"1\" value=\"0\"><button id=\"play\" type=\"button\">Play</button></fieldset>\n"
    << "<div id=\"filters\">\n"
    << "<fieldset><legend>Types</legend>";
  for (EntityType t : kEntityTypes)
    s << "<label><input type=\"checkbox\" class=\"type\" value=\"" << type_name(t) << "\" checked> " << type_name(t)
      << "</label>";
  s << "</fieldset>\n<fieldset><legend>Relations</legend>";
  for (Relation r : kRelations)
    s << "<label><input type=\"checkbox\" class=\"rel\" value=\"" << relation_name(r) << "\" checked> "
      << relation_name(r) << "</label>";
  s << "</fieldset>\n<fieldset><legend>Dates</legend><label>from <input id=\"from\" type=\"date\"></label>"
       "<label>to <input id=\"to\" type=\"date\"></label></fieldset>\n</div>\n"
       "<div id=\"panel\" aria-live=\"polite\"></div>\n"
       "<pre id=\"selftest\"></pre>\n</div>\n<div id=\"stage\">\n";
  s << "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" data-w=\"" << num(L.width) << "\" data-h=\""
    << num(L.height) << "\" viewBox=\"0 0 " << num(L.width) << ' ' << num(L.height)
    << "\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"map-title\">\n<title id=\"map-title\">"
    << xml_escape(o.title) << ": " << boost::num_vertices(g) << " nodes, " << boost::num_edges(g)
    << " edges; use the search box to find one and read its evidence</title>\n";
  {
    std::ostringstream body;
    svg_body(body, graph, L, o);
    s << body.str();
  }
  s << "<text id=\"hover\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"" << kFont
    << "\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"4\" fill=\"#000\" visibility=\"hidden\"></text>\n";
  s << "</svg>\n</div>\n<script type=\"application/json\" id=\"data\">" << map_data(graph) << "</script>\n<script>"
    << map_page_script() << "</script>\n</body>\n</html>\n";
  return s.str();
}

}  // namespace wngraph
