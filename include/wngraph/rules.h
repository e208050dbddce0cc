// Relation rules: data, not code. A rules file (data/rules.txt, compiled in;
// more with --rules FILE) names word sets once and lists rules, each with an
// id, an action (the fact or the cue it yields), a pattern over the tokens and
// typed entity slots of a sentence, guards, and examples that must and must
// not fire it. One matcher runs them all (src/extract/matcher.cc).
//
//   set meet = caught up | met with | had a chat with
//   rule member.from
//     do     relate member_of p o
//     match  {p:Person*} (? (from|at) the? {o:Body}
//     when   p:bare
//     yes    Kay Brown from Made Tech came over. => Kay Brown member_of Made Tech
//     no     We drove from Hackney to Camden.
//
// The format is described in full in docs/extraction.md.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace wngraph {

// One example sentence of a rule. A positive example must fire the rule and,
// when `expect` names a fact ("A relation B", "@author" for the note's
// author), produce it with the rule in its provenance; `expect` starting with
// "not " names a fact that must not be produced. A negative example must not
// fire the rule at all.
struct RuleExample {
  std::string sentence;
  std::string expect;  // "" or "Kay Brown member_of Made Tech" or "not @author attended Data Board"
  bool positive = true;
  int line = 0;
};

struct RuleInfo {
  std::string id;
  std::string action;   // "relate member_of p o", "meeting", ...
  std::string pattern;  // as written
  std::string guards;   // the 'when' line(s), as written
  std::string file;     // where it was defined
  int line = 0;
  std::vector<RuleExample> examples;
};

namespace detail {
class RuleSet;
}
using RuleSet = detail::RuleSet;

// Parses and compiles rules: the built-in file, then each extra file (later
// files add rules; a repeated id is an error). Throws Error naming the file,
// the line, the rule id and the fragment for anything malformed.
std::shared_ptr<const RuleSet> load_rules(const std::vector<std::string>& extra_files = {}, bool builtin = true);

// The rules in the order they run, with their examples.
std::vector<RuleInfo> rule_infos(const RuleSet& rules);

// Ids of the steps of the discourse stage that make facts without a rule of
// the file (the forum context, names inside names, the home council).
const std::vector<std::string>& discourse_rule_ids();

}  // namespace wngraph
