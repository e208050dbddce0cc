// The gazetteers and word lists extraction consults, loaded from data/ (built
// in) and from user files.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "wngraph/extract.h"
#include "wngraph/rules.h"

namespace wngraph::detail {

struct GazetteerEntry {
  EntityType type;
  std::string canonical;
  // A bare canonical name that is also a common word or a person's name
  // ("Reading", "Bury"): only its aliases ("Reading Borough Council") match.
  bool ambiguous = false;
};

class Lexicon {
 public:
  // Parses a gazetteer in TSV: type, canonical, aliases (|-separated), flags.
  // Throws Error(file:line) for an unknown type.
  void add_gazetteer(const std::string& text, const std::string& source);
  // Words separated by spaces, or one phrase per line; '#' starts a comment.
  void add_words(const std::string& text, std::unordered_set<std::string>& into, bool per_line = false);
  void add_departments(const std::string& text);

  // Longest gazetteer phrase starting at words[i] (at most max_words()).
  // `words` are surface tokens; matching ignores case but a match must begin
  // capitalised unless the entry itself starts in lower case ("dxw").
  struct Match {
    size_t length;
    const GazetteerEntry* entry;
  };
  std::optional<Match> match(const std::vector<std::string>& words, size_t i) const;
  const GazetteerEntry* lookup(const std::string& surface) const;

  bool first_name(const std::string& w) const { return first_names_.count(w) > 0; }
  bool stopword(const std::string& w) const { return stopwords_.count(w) > 0; }
  bool place(const std::string& w) const { return places_.count(w) > 0; }
  // Canonical department name for a lower- or title-case word, or "".
  std::string department(const std::string& w) const;

  std::unordered_set<std::string>& first_names() { return first_names_; }
  std::unordered_set<std::string>& stopwords() { return stopwords_; }
  std::unordered_set<std::string>& places() { return places_; }

  // The compiled relation rules (data/rules.txt and --rules files).
  const std::shared_ptr<const RuleSet>& rules() const { return rules_; }
  void set_rules(std::shared_ptr<const RuleSet> r) { rules_ = std::move(r); }

 private:
  std::unordered_map<std::string, GazetteerEntry> phrases_;  // key: lower-case surface
  std::unordered_map<std::string, std::string> exact_case_;  // lower -> required surface
  std::unordered_set<std::string> first_names_, stopwords_, places_;
  std::unordered_map<std::string, std::string> departments_;
  size_t max_words_ = 1;
  std::shared_ptr<const RuleSet> rules_;
};

// Splits a phrase into the word tokens the recogniser uses.
std::vector<std::string> phrase_words(const std::string& phrase);

}  // namespace wngraph::detail
