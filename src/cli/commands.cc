// Options -> the subcommands' work: export, stats, explain.
// Entry points: the Command table, cli::build(). Tested by tests/cli_test.cc
// and tests/e2e_test.sh.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <iomanip>
#include <iostream>
#include <map>

#include <spdlog/spdlog.h>

#include "cli/cli.h"
#include "output.h"
#include "text.h"
#include "wngraph/graphml.h"
#include "wngraph/error.h"
#include "wngraph/rules.h"

extern char** environ;

namespace wngraph::cli {

Graph build(const InputOptions& in, const CentralityOptions& centrality, CentralitySummary* summary_out) {
  // Options that can be wrong are checked before any note is read.
  ResolveOptions rs;
  if (!in.aliases.empty()) rs.overrides = load_overrides(in.aliases);
  ReadOptions ro;
  ro.force_author = in.author;
  ro.split_weeknotes = !in.no_split;
  ro.strict = in.strict;
  ReadReport report;
  auto notes = read_inputs(in.inputs, ro, &report);
  // Nothing readable at all is a failure, not an empty graph over last
  // week's file.
  if (notes.empty() && !report.skipped.empty()) throw report.skipped.front();
  for (const auto& e : report.skipped) spdlog::warn("skipped {}", e.describe());
  if (!report.skipped.empty())
    spdlog::warn("read {} notes from {} files; skipped {} file{} (--strict makes this an error)", notes.size(),
                 report.files, report.skipped.size(), report.skipped.size() == 1 ? "" : "s");
  else
    spdlog::info("read {} notes from {} files", notes.size(), report.files);
  ExtractOptions eo;
  eo.gazetteer_files = in.gazetteers;
  eo.rule_files = in.rule_files;
  eo.mentioned_with = in.mentioned_with;
  auto lexicon = load_lexicon(eo);
  // Notes are independent: extract them on every core, each result in its
  // note's slot, so the output does not depend on the scheduling.
  std::vector<NoteExtraction> extracted(notes.size());
  bool progress = notes.size() >= 200 && ::isatty(STDERR_FILENO);
  std::atomic<size_t> next{0}, done{0};
  std::mutex progress_mutex;
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < notes.size();) {
      extracted[i] = extract(notes[i], *lexicon, eo);
      for (const auto& w : extracted[i].warnings) spdlog::warn("{}: {}", notes[i].id, w);
      size_t d = ++done;
      if (progress && (d % 50 == 0 || d == notes.size())) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        std::cerr << "\rextracting " << d << "/" << notes.size() << std::flush;
      }
    }
  };
  unsigned threads = centrality.threads ? centrality.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && t < notes.size(); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (progress) std::cerr << "\n";
  Graph g = build_graph(resolve(extracted, rs), notes.size());
  for (const auto& n : notes) g.notes.push_back({n.id, n.title, n.author, n.source, n.date});
  auto summary = compute_centrality(g, centrality);
  if (summary_out) *summary_out = summary;
  spdlog::info("graph: {} nodes, {} edges, {} communities (modularity {:.3f})", boost::num_vertices(g.g),
               boost::num_edges(g.g), summary.communities, summary.modularity);
  return g;
}

namespace {

// More threads than this is a typo, not a machine.
constexpr unsigned kMaxThreads = 1024;

// Output on standard output is only done once it is flushed without error
// (a full disk, a closed pipe).
int finish_standard_output() {
  std::cout.flush();
  if (!std::cout) throw Error("cannot write to standard output");
  return kOk;
}

// --betweenness into the options struct; progress on a terminal.
CentralityOptions centrality_of(const Options& o) {
  CentralityOptions c = o.centrality;
  if (::isatty(STDERR_FILENO) && o.global.verbosity >= 0) {
    c.progress = [](const std::string& figure, double done) {
      std::cerr << "\r" << figure << " " << static_cast<int>(done * 100) << "%" << (done >= 1 ? "   \r" : "")
                << std::flush;
    };
  }
  if (o.betweenness == "exact") c.betweenness = BetweennessMode::kExact;
  else if (o.betweenness == "approx") c.betweenness = BetweennessMode::kApprox;
  else if (o.betweenness == "auto") c.betweenness = BetweennessMode::kAuto;
  else {
    std::string hint = did_you_mean(o.betweenness, {"auto", "exact", "approx"});
    throw Error("unknown betweenness mode '" + o.betweenness + "'" + (hint.empty() ? "" : "; " + hint));
  }
  if (c.threads > kMaxThreads)
    throw Error("--threads must be between 0 (all cores) and " + std::to_string(kMaxThreads));
  if (!(c.epsilon > 0 && c.epsilon < 1)) throw Error("--epsilon must be between 0 and 1");
  if (!(c.delta > 0 && c.delta < 1)) throw Error("--delta must be between 0 and 1");
  return c;
}

int run_metrics(const Options& o) {
  GraphmlMetricsOptions mo;
  mo.centrality = centrality_of(o);
  mo.weight_key = o.weight_key;
  detail::check_output_against_inputs(o.export_.output, {o.graphml_in}, false);
  auto t0 = std::chrono::steady_clock::now();
  std::string xml = detail::read_whole(o.graphml_in);
  CentralitySummary summary;
  std::string out = add_metrics_to_graphml(xml, o.graphml_in, mo, &summary);
  detail::write_output(o.export_.output, out);
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double computing = 0;
  for (const auto& [name, secs] : summary.seconds) {
    spdlog::info("{}: {:.3f} s", name, secs);
    computing += secs;
  }
  spdlog::info("reading, projecting and writing the graph: {:.3f} s", total - computing);
  if (summary.approximate)
    spdlog::info("betweenness from {} sampled pairs, within {:.4g} with probability {:.2f}", summary.samples,
                 summary.error_bound, 1 - mo.centrality.delta);
  spdlog::info("{} communities, modularity {:.4f}", summary.communities, summary.modularity);
  return kOk;
}

// Runs a program with arguments, no shell; returns its exit status.
int run_program(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int run_map(const Options& o) {
  MapOptions mo = o.map;
  const auto& names = metric_names();
  if (std::find(names.begin(), names.end(), mo.size_by) == names.end()) {
    std::string hint = did_you_mean(mo.size_by, names);
    throw Error("unknown metric '" + mo.size_by + "'" + (hint.empty() ? "" : "; " + hint));
  }
  if (mo.colour_by != "type" && mo.colour_by != "community")
    throw Error("unknown colouring '" + mo.colour_by + "' (valid: type, community)");
  auto in_range = [](double x, double lo, double hi) { return std::isfinite(x) && x >= lo && x <= hi; };
  if (!in_range(mo.width, 100, 100000) || !in_range(mo.height, 100, 100000))
    throw Error("--width and --height must be numbers from 100 to 100000");
  if (o.depth < 0 || o.depth > 100) throw Error("--depth must be from 0 to 100");
  std::string out = o.export_.output;
  std::string ext = out.size() > 4 ? detail::lower(out.substr(out.rfind('.') == std::string::npos ? 0 : out.rfind('.'))) : "";
  if (out == "-") ext = ".svg";
  if (ext != ".html" && ext != ".htm" && ext != ".svg" && ext != ".png")
    throw Error("map output must end in .html, .svg or .png", out);
  detail::check_output_against_inputs(out, o.input.inputs, false);
  Graph g = build(o.input, centrality_of(o));
  if (!o.ego.empty()) {
    g = ego_graph(g, o.ego, o.depth);
    compute_centrality(g, centrality_of(o));  // figures of the map shown
    mo.title += ": around " + o.ego;
  }
  MapLayout layout = layout_map(g, mo);
  if (ext == ".png") {
    // Graphviz draws the picture with every node pinned where the layout put
    // it, in a private temporary folder; the PNG then goes out like any output.
    detail::TempDir tmp;
    std::string dot = tmp.file("map.dot"), png = tmp.file("map.png");
    detail::write_output(dot, render_map_dot(g, layout, mo));
    int rc = run_program({"neato", "-n2", "-Tpng", "-o", png, dot});
    if (rc != 0)
      throw Error(rc < 0 ? "png needs graphviz's neato; write .svg or .html instead" : "neato failed drawing the map",
                  out);
    detail::write_output(out, detail::read_whole(png));
  } else {
    detail::write_output(out, ext == ".svg" ? render_map_svg(g, layout, mo) : render_map_html(g, layout, mo));
  }
  if (out != "-") spdlog::info("wrote {}", out);
  return kOk;
}

int run_export(const Options& o) {
  ExportOptions eo = o.export_;
  if (!o.edge_labels.empty()) {
    const auto& a = o.edge_labels;
    if (a.size() == 1 && a[0] == "all") eo.dot_edge_labels = -1;
    else if (a.size() == 1 && a[0] == "none") eo.dot_edge_labels = 0;
    else if (a[0] == "top" && a.size() == 2 && !a[1].empty() &&
             a[1].find_first_not_of("0123456789") == std::string::npos && a[1].size() < 9)
      eo.dot_edge_labels = std::stoi(a[1]);
    else
      throw Error("--edge-labels takes all, none or top N, not '" + detail::join(a, " ") + "'");
  }
  check_export_options(eo);  // fail on a bad format before reading anything
  for (const auto& r : o.relations) {
    auto rel = parse_relation(r);
    if (!rel) {
      std::vector<std::string> names;
      for (Relation x : kRelations) names.push_back(relation_name(x));
      std::string hint = did_you_mean(r, names);
      throw Error("unknown relation '" + r + "'" + (hint.empty() ? "" : "; " + hint));
    }
    eo.relations.push_back(*rel);
  }
  detail::check_output_against_inputs(eo.output, o.input.inputs, find_exporter(eo.format).writes_folder());
  Graph g = build(o.input, centrality_of(o));
  export_graph(g, eo);
  if (eo.output != "-") spdlog::info("wrote {}", eo.output);
  return kOk;
}

int run_stats(const Options& o) {
  const auto& metrics = metric_names();
  if (std::find(metrics.begin(), metrics.end(), o.by) == metrics.end()) {
    std::string hint = did_you_mean(o.by, metrics);
    throw Error("unknown metric '" + o.by + "'" + (hint.empty() ? "" : "; " + hint));
  }
  CentralitySummary summary;
  Graph graph = build(o.input, centrality_of(o), &summary);
  const auto& g = graph.g;
  std::cout << "notes: " << graph.note_count << "\n";
  std::cout << "nodes: " << boost::num_vertices(g) << "\n";
  std::map<std::string, int> by_type, by_rel;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) by_type[type_name(g[v].type)]++;
  for (auto e : boost::make_iterator_range(boost::edges(g))) by_rel[relation_name(g[e].relation)]++;
  for (EntityType t : kEntityTypes) std::cout << "  " << std::left << std::setw(14) << type_name(t) << by_type[type_name(t)] << "\n";
  std::cout << "edges: " << boost::num_edges(g) << "\n";
  for (Relation r : kRelations)
    if (by_rel[relation_name(r)] || r != Relation::kMentionedWith)
      std::cout << "  " << std::left << std::setw(14) << relation_name(r) << by_rel[relation_name(r)] << "\n";
  std::vector<size_t> order(boost::num_vertices(g));
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return g[a].metrics.at(o.by) > g[b].metrics.at(o.by);
  });
  std::cout << "communities: " << summary.communities << " (modularity " << std::setprecision(3) << std::fixed
            << summary.modularity << ")\n";
  std::cout.unsetf(std::ios::floatfield);
  std::cout << std::setprecision(6);
  std::cout << "top " << std::min(o.top, order.size()) << " by " << o.by << ":\n";
  for (size_t i = 0; i < order.size() && i < o.top; ++i) {
    const auto& p = g[order[i]];
    std::cout << "  " << std::setw(3) << std::right << (i + 1) << ". " << p.label << " (" << type_name(p.type) << ") "
              << p.metrics.at(o.by) << "\n";
  }
  return finish_standard_output();
}

int run_explain(const Options& o) {
  Graph graph = build(o.input);
  const auto& g = graph.g;
  std::string want = detail::lower(o.name);
  std::vector<size_t> hits;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    bool hit = detail::lower(g[v].label) == want;
    for (const auto& a : g[v].aliases) hit |= detail::lower(a) == want;
    if (hit) hits.push_back(v);
  }
  if (hits.empty()) {
    std::vector<std::string> labels;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) labels.push_back(g[v].label);
    std::string hint = did_you_mean(o.name, labels);
    throw Error("no node named '" + o.name + "'" + (hint.empty() ? "" : "; " + hint));
  }
  for (size_t v : hits) {
    const auto& p = g[v];
    // Names and sentences come from the notes: printed without control
    // characters, so no escape sequence reaches the terminal.
    using detail::printable;
    std::cout << printable(p.label) << " (" << type_name(p.type) << (p.author ? ", author" : "") << ")\n";
    std::cout << "  id: " << p.id << "\n";
    if (!p.aliases.empty()) std::cout << "  aliases: " << printable(detail::join(p.aliases, "; ")) << "\n";
    std::cout << "  notes: " << p.notes.size() << "\n";
    for (const auto& e : graph.edges()) {
      size_t s = boost::source(e, g), t = boost::target(e, g);
      if (s != v && t != v) continue;
      const auto& ep = g[e];
      std::cout << "  " << printable(g[s].label) << " " << relation_name(ep.relation) << " " << printable(g[t].label);
      if (ep.weight > 1) std::cout << " (x" << ep.weight << ")";
      std::cout << "\n";
      for (const auto& ev : ep.evidence) {
        std::cout << "    " << (ev.date.empty() ? "" : ev.date.iso() + " ") << printable(ev.note_id);
        if (!ev.rules.empty()) std::cout << " [" << detail::join(ev.rules, ", ") << "]";
        std::cout << "\n      \"" << printable(ev.sentence) << "\"\n";
      }
    }
  }
  return finish_standard_output();
}

// Lists the rules with how often each matched and made facts on the inputs,
// or traces one sentence.
int run_rules(const Options& o) {
  ExtractOptions eo;
  eo.gazetteer_files = o.input.gazetteers;
  eo.rule_files = o.input.rule_files;
  auto lexicon = load_lexicon(eo);
  if (!o.sentence.empty()) {
    for (const auto& line : trace_sentence(o.sentence, *lexicon)) std::cout << line << "\n";
    return finish_standard_output();
  }
  std::map<std::string, long> matched, facts;
  if (!o.input.inputs.empty()) {
    ReadOptions ro;
    ro.force_author = o.input.author;
    ro.split_weeknotes = !o.input.no_split;
    for (const auto& note : read_inputs(o.input.inputs, ro)) {
      auto x = extract(note, *lexicon, eo);
      for (const auto& [id, n] : x.rule_matches) matched[id] += n;
      for (const auto& f : x.facts)
        for (const auto& id : f.evidence.rules) ++facts[id];
    }
  }
  std::cout << std::left << std::setw(28) << "rule" << std::right << std::setw(8) << "matches" << std::setw(8)
            << "facts" << "  action\n";
  auto row = [&](const std::string& id, const std::string& action) {
    std::cout << std::left << std::setw(28) << id << std::right << std::setw(8) << matched[id] << std::setw(8)
              << facts[id] << "  " << action << "\n";
  };
  for (const auto& r : rule_infos(rules_of(*lexicon))) row(r.id, r.action);
  for (const auto& id : discourse_rule_ids()) row(id, "(discourse stage)");
  return finish_standard_output();
}

}  // namespace

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"export", "Build the graph from notes and write it as GraphML, DOT or JSON-LD", run_export},
      {"stats", "Count notes, nodes by type, edges by relation; list the most central nodes", run_stats},
      {"explain", "Show a node, its aliases, and every edge with the sentence behind it", run_explain},
      {"metrics", "Add centrality and community figures to any GraphML file (Gephi, igraph, NetworkX...)",
       run_metrics},
      {"map", "Draw a stakeholder map: an interactive HTML page, or an SVG or PNG picture", run_map},
      {"rules", "List the extraction rules and how often each fired on the inputs, or trace one sentence", run_rules},
  };
  return table;
}

}  // namespace wngraph::cli
