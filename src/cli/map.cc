// `wngraph map`: notes -> a stakeholder map as an HTML page, an SVG or a PNG
// (src/map/). Entry point: map_command(). Tested by tests/map_check.py and
// tests/e2e_test.sh.
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "output.h"
#include "text.h"
#include "wngraph/error.h"
#include "wngraph/map.h"
#include "wngraph/reader.h"

extern char** environ;

namespace wngraph::cli {
namespace {

struct MapFlags {
  InputFlags input;
  MapOptions map;
  std::string output;
  std::string ego;
  std::string since;
  int depth = 1;
};

void flags(CLI::App& sub, MapFlags& f) {
  add_input_flags(sub, f.input, false);
  sub.add_option("-o,--output", f.output, "map.html, map.svg or map.png")->required();
  sub.add_option("--size-by", f.map.size_by, "Node size by this figure")->capture_default_str();
  sub.add_option("--colour-by,--color-by", f.map.colour_by, "type or community")->capture_default_str();
  sub.add_option("--labels", f.map.labels, "Label at most N nodes, most central first (default: all that fit)");
  sub.add_option("--layout", f.map.layout, "sfdp, or neato (stress; up to 2500 linked nodes)")->capture_default_str();
  sub.add_option("--since", f.since, "Highlight the nodes and edges first seen on or after DATE (YYYY-MM-DD)");
  sub.add_option("--ego", f.ego, "Only the part around this node");
  sub.add_option("--depth", f.depth, "With --ego: how many links out")->capture_default_str();
  sub.add_option("--width", f.map.width, "Canvas width, px")->capture_default_str();
  sub.add_option("--height", f.map.height, "Canvas height, px")->capture_default_str();
  sub.add_option("--seed", f.map.seed, "Seed of the layout")->capture_default_str();
}

// Runs a program with arguments, no shell; returns its exit status, or -1
// when it cannot be started.
int run_program(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// ".html", ".svg" or ".png" from the output name; "-" is an SVG.
std::string map_kind(const std::string& out) {
  if (out == "-") return ".svg";
  size_t dot = out.rfind('.');
  std::string ext = dot == std::string::npos ? "" : detail::lower(out.substr(dot));
  if (ext == ".htm") ext = ".html";
  if (ext != ".html" && ext != ".svg" && ext != ".png") throw Error("map output must end in .html, .svg or .png", out);
  return ext;
}

int run(const MapFlags& f, const Context& context) {
  MapOptions mo = f.map;
  const auto& names = metric_names();
  if (std::find(names.begin(), names.end(), mo.size_by) == names.end()) throw unknown_name("metric", mo.size_by, names);
  if (mo.colour_by != "type" && mo.colour_by != "community")
    throw unknown_name("colouring", mo.colour_by, {"type", "community"});
  auto in_range = [](double x, double lo, double hi) { return std::isfinite(x) && x >= lo && x <= hi; };
  if (!in_range(mo.width, 100, 100000) || !in_range(mo.height, 100, 100000))
    throw Error("--width and --height must be numbers from 100 to 100000");
  if (f.depth < 0 || f.depth > 100) throw Error("--depth must be from 0 to 100");
  const auto& layouts = layout_names();
  if (std::find(layouts.begin(), layouts.end(), mo.layout) == layouts.end())
    throw unknown_name("layout", mo.layout, layouts);
  if (!f.since.empty()) {
    mo.since = parse_date(f.since);
    if (!mo.since.complete()) throw Error("--since needs a whole date such as 2024-03-08", "", 0, f.since);
    mo.title += ": new since " + mo.since.iso();
  }
  const std::string& out = f.output;
  std::string kind = map_kind(out);
  detail::check_output_against_inputs(out, f.input.inputs, false);
  CentralityOptions analytics = centrality_options(AnalyticsFlags{}, f.input.jobs, context);
  Graph g = build_from(f.input, &analytics, context);
  if (!f.ego.empty()) {
    g = ego_graph(g, f.ego, f.depth);
    compute_centrality(g, analytics);  // figures of the map shown
    mo.title += ": around " + f.ego;
  }
  MapLayout layout = layout_map(g, mo);
  if (kind == ".png") {
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
    detail::write_output(out, kind == ".svg" ? render_map_svg(g, layout, mo) : render_map_html(g, layout, mo));
  }
  if (out != "-") spdlog::info("wrote {}", out);
  return kOk;
}

}  // namespace

Command map_command() {
  auto f = std::make_shared<MapFlags>();
  return {"map", "Draw a stakeholder map: an interactive HTML page, or an SVG or PNG picture",
          [f](CLI::App& sub) { flags(sub, *f); }, [f](const Context& c) { return run(*f, c); }};
}

}  // namespace wngraph::cli
