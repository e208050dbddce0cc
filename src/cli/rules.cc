// `wngraph rules`: the extraction rules (data/rules.txt plus --rules) -> a
// table of how often each matched and made facts on the inputs, or the trace
// of one sentence. Entry point: rules_command(). Tested by tests/e2e_test.sh.
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "wngraph/extract.h"
#include "wngraph/rules.h"

namespace wngraph::cli {
namespace {

struct RulesFlags {
  InputFlags input;
  std::string sentence;
};

void flags(CLI::App& sub, RulesFlags& f) {
  add_input_flags(sub, f.input);
  sub.add_option("--sentence", f.sentence, "Show how the rules read this sentence");
}

int run(const RulesFlags& f, const Context&) {
  ExtractOptions eo = extract_options(f.input);
  auto lexicon = load_lexicon(eo);
  if (!f.sentence.empty()) {
    for (const auto& line : trace_sentence(f.sentence, *lexicon)) std::cout << line << "\n";
    return finish_standard_output();
  }
  std::map<std::string, long> matched, facts;
  if (!f.input.inputs.empty() || !f.input.store.empty()) {
    std::unique_ptr<Store> store = open_store(f.input);
    for (const auto& note : read_notes(f.input, store.get())) {
      auto x = extract(note, *lexicon, eo);
      for (const auto& [id, n] : x.rule_matches) matched[id] += n;
      for (const auto& fact : x.facts)
        for (const auto& id : fact.evidence.rules) ++facts[id];
    }
  }
  std::cout << std::left << std::setw(28) << "rule" << std::right << std::setw(8) << "matches" << std::setw(8)
            << "facts"
            << "  action\n";
  auto row = [&](const std::string& id, const std::string& action) {
    std::cout << std::left << std::setw(28) << id << std::right << std::setw(8) << matched[id] << std::setw(8)
              << facts[id] << "  " << action << "\n";
  };
  for (const auto& r : rule_infos(rules_of(*lexicon))) row(r.id, r.action);
  for (const auto& id : discourse_rule_ids()) row(id, "(discourse stage)");
  return finish_standard_output();
}

}  // namespace

Command rules_command() {
  auto f = std::make_shared<RulesFlags>();
  return {"rules", "List the extraction rules and how often each fired on the inputs, or trace one sentence",
          [f](CLI::App& sub) { flags(sub, *f); }, [f](const Context& c) { return run(*f, c); }};
}

}  // namespace wngraph::cli
