// `wngraph explain NAME`: notes -> one node, its aliases, and every edge with
// the sentences and rules behind it. Entry point: explain_command().
// Tested by tests/e2e_test.sh.
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "text.h"
#include "wngraph/error.h"

namespace wngraph::cli {
namespace {

struct ExplainFlags {
  std::string name;
  InputFlags input;
};

void flags(CLI::App& sub, ExplainFlags& f) {
  sub.add_option("name", f.name, "Name or alias of the node")->required();
  add_input_flags(sub, f.input);
}

int run(const ExplainFlags& f, const Context& context) {
  Graph graph = build_from(f.input, nullptr, context);
  const auto& g = graph.g;
  std::string want = detail::lower(f.name);
  std::vector<size_t> hits;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    bool hit = detail::lower(g[v].label) == want;
    for (const auto& a : g[v].aliases) hit |= detail::lower(a) == want;
    if (hit) hits.push_back(v);
  }
  if (hits.empty()) {
    std::vector<std::string> labels;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) labels.push_back(g[v].label);
    throw unknown_name("node", f.name, labels);
  }
  // Names and sentences come from the notes: printed without control
  // characters, so no escape sequence reaches the terminal.
  using detail::printable;
  for (size_t v : hits) {
    const auto& p = g[v];
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
        std::cout << "    " << (ev.date.empty() ? "" : ev.date.iso() + " ") << printable(ev.note_id.str());
        if (!ev.rules.empty()) std::cout << " [" << detail::join(ev.rules.list(), ", ") << "]";
        std::cout << "\n      \"" << printable(ev.sentence.str()) << "\"\n";
      }
    }
  }
  return finish_standard_output();
}

}  // namespace

Command explain_command() {
  auto f = std::make_shared<ExplainFlags>();
  return {"explain", "Show a node, its aliases, and every edge with the sentence behind it",
          [f](CLI::App& sub) { flags(sub, *f); }, [f](const Context& c) { return run(*f, c); }};
}

}  // namespace wngraph::cli
