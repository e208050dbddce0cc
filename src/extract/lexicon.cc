// data/*.tsv, data/*.txt and user gazetteers -> Lexicon.
// Entry point: load_lexicon(). Tested by tests/lexicon_test.cc.
#include "extract/lexicon.h"
#include "extract/ruleset.h"

#include <absl/strings/ascii.h>
#include <algorithm>
#include <fstream>
#include <sstream>

#include "builtin_data.h"
#include "extract/tokens.h"
#include "output.h"
#include "text.h"
#include "wngraph/error.h"

namespace wngraph::detail {

std::vector<std::string> phrase_words(const std::string& phrase) {
  std::vector<std::string> out;
  const std::string norm = normalise_punctuation(phrase);
  for (const auto& t : tokenize(norm)) out.emplace_back(t.text);
  return out;
}

std::string phrase_key(const std::string& phrase) {
  return lower(join(phrase_words(phrase), " "));
}

void Lexicon::add_gazetteer(const std::string& text, const std::string& source) {
  int line_no = 0;
  for (const auto& raw : split(text, '\n')) {
    ++line_no;
    std::string line = raw;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    auto cols = split(line, '\t');
    auto type = parse_type(trim(cols[0]));
    if (!type) {
      throw unknown_name("entity type", trim(cols[0]), type_names(), source, line_no, line);
    }
    if (cols.size() < 2 || trim(cols[1]).empty()) throw Error("missing canonical name", source, line_no, line);
    GazetteerEntry entry{*type, trim(cols[1]), cols.size() > 3 && trim(cols[3]) == "ambiguous"};
    if (cols.size() > 4)
      for (const auto& p : split(cols[4], '|'))
        if (!trim(p).empty()) parents_[entry.canonical].push_back(trim(p));
    std::vector<std::string> forms;
    if (!entry.ambiguous)
      forms.push_back(entry.canonical);
    else
      ambiguous_.emplace(entry.canonical, entry);
    if (cols.size() > 2)
      for (const auto& a : split(cols[2], '|'))
        if (!trim(a).empty()) forms.push_back(trim(a));
    // "The National Archives" is also "the National Archives": its name
    // without the article, when two words or more are left.
    if (!entry.ambiguous && starts_with(entry.canonical, "The ") && phrase_words(entry.canonical).size() >= 3)
      forms.push_back(entry.canonical.substr(4));
    // "the Youth Justice Board for England and Wales" is "the Youth Justice
    // Board": an English body's name without its jurisdiction, when two
    // words or more are left and no entry has that name already.
    for (std::string_view where : {" for England and Wales", " of England and Wales", " for England"}) {
      if (entry.ambiguous || !ends_with(entry.canonical, where)) continue;
      std::string stem = entry.canonical.substr(0, entry.canonical.size() - where.size());
      if (phrase_words(stem).size() >= 2 && !phrases_.count(lower(join(phrase_words(stem), " "))))
        forms.push_back(stem);
      break;
    }
    for (const auto& f : forms) {
      auto words = phrase_words(f);
      if (words.empty()) continue;
      std::string key = lower(join(words, " "));
      max_phrase_bytes_ = std::max(max_phrase_bytes_, key.size());
      key_lengths_.insert(key.size());
      phrases_[key] = entry;
      bool exact = !is_capitalised(words[0]) && !absl::ascii_isdigit(static_cast<unsigned char>(words[0][0])) &&
                   words[0][0] != '#';
      insert(words, entry, exact ? join(words, " ") : "");
      max_words_ = std::max(max_words_, words.size());
    }
  }
}

void Lexicon::add_words(const std::string& text, absl::flat_hash_set<std::string>& into, bool per_line) {
  for (const auto& raw : split(text, '\n')) {
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    if (per_line) {
      into.insert(join(phrase_words(line), " "));
      continue;
    }
    std::istringstream ss(line);
    std::string w;
    while (ss >> w) into.insert(w);
  }
}

void Lexicon::add_departments(const std::string& text) {
  for (const auto& raw : split(text, '\n')) {
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    departments_[lower(line)] = line;
    if (line.find(' ') == std::string::npos) words_[lower(line)].department = true;
  }
}

std::string Lexicon::department(std::string_view w) const {
  auto it = departments_.find(lower(w));
  return it == departments_.end() ? "" : it->second;
}

bool Lexicon::opening_verb(uint32_t rule_id) const {
  return opening_verbs_ != RuleSet::kNoSet && rules_->in_set(opening_verbs_, rule_id);
}

bool Lexicon::accented_first_name(std::string_view w) const {
  if (ascii_only(w)) return false;
  std::string plain = strip_accents(w);
  return plain != w && first_name(plain);
}

const GazetteerEntry* Lexicon::lookup(const std::string& surface) const {
  return lookup_key(phrase_key(surface));
}

const GazetteerEntry* Lexicon::lookup_key(const std::string& key) const {
  if (!key_lengths_.count(key.size())) return nullptr;
  auto it = phrases_.find(key);
  return it == phrases_.end() ? nullptr : &it->second;
}

uint32_t Lexicon::word_id(const std::string& lower_word) const {
  auto it = words_.find(lower_word);
  return it == words_.end() ? 0 : it->second.trie;
}

void Lexicon::insert(const std::vector<std::string>& words, const GazetteerEntry& entry, const std::string& exact) {
  uint32_t node = 0;
  for (const auto& w : words) {
    WordIds& ids = words_[lower(w)];
    if (ids.trie == 0) ids.trie = ++trie_words_;
    uint64_t key = (static_cast<uint64_t>(node) << 32) | ids.trie;
    auto [nit, fresh] = trie_next_.emplace(key, static_cast<uint32_t>(trie_entry_.size()));
    if (fresh) trie_entry_.push_back(-1);
    if (node == 0) {
      if (root_next_.size() <= ids.trie) root_next_.resize(ids.trie + 1, 0);
      root_next_[ids.trie] = nit->second;
    }
    node = nit->second;
  }
  bool acronym = words.size() == 1 && capitals(words[0]) >= 2;
  // Two forms of one entity on one phrase ("Socitm" and its alias "SOCITM"):
  // the looser form's conditions hold, so "Socitm" still matches as written.
  if (int32_t old = trie_entry_[node]; old >= 0) {
    TrieEntry& te = trie_entries_[static_cast<size_t>(old)];
    if (te.entry.canonical == entry.canonical && te.entry.type == entry.type) {
      te.acronym = te.acronym && acronym;
      if (exact.empty()) te.exact_case.clear();
      return;
    }
  }
  // A later entry for another entity on the same phrase wins, as in the
  // gazetteer files.
  trie_entry_[node] = static_cast<int32_t>(trie_entries_.size());
  trie_entries_.push_back({entry, exact, acronym});
}

bool Lexicon::opens_phrase(std::string_view phrase) const {
  // Words never span a space: the first word is among the tokens before one,
  // so only that much is normalised and read.
  const std::string norm = normalise_punctuation(phrase.substr(0, phrase.find(' ')));
  const auto first = tokenize(std::string_view(norm).substr(0, norm.find(' ')));
  return !first.empty() && opens_phrase(word_id(lower(first[0].text)));
}

std::vector<uint32_t> Lexicon::word_ids(const std::vector<std::string>& words) const {
  std::vector<uint32_t> ids;
  ids.reserve(words.size());
  std::string low;
  for (const auto& w : words) {
    lower_into(w, low);
    ids.push_back(word_id(low));
  }
  return ids;
}

std::vector<uint32_t> Lexicon::token_word_ids(const std::vector<Token>& tokens, std::vector<uint32_t>& rule_ids,
                                              std::vector<bool>& departments) const {
  std::vector<uint32_t> ids;
  ids.reserve(tokens.size());
  rule_ids.clear();
  rule_ids.reserve(tokens.size());
  departments.assign(tokens.size(), false);
  std::string low;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view text = tokens[i].text;
    // Most words are in lower case already: looked up as they are.
    const bool upper = has_ascii_upper(text);
    if (upper) lower_into(text, low);
    auto it = words_.find(absl_view(upper ? std::string_view(low) : text));
    const WordIds none;
    const WordIds& w = it == words_.end() ? none : it->second;
    ids.push_back(w.trie);
    rule_ids.push_back(w.rule);
    departments[i] = w.department;
  }
  return ids;
}

void Lexicon::set_rules(std::shared_ptr<const RuleSet> r) {
  rules_ = std::move(r);
  opening_verbs_ = rules_ ? rules_->find_set("opening_verbs") : RuleSet::kNoSet;
  for (auto& [w, ids] : words_) ids.rule = 0;
  if (rules_)
    for (const auto& [w, id] : rules_->vocabulary()) words_[w].rule = id;
}

std::optional<Lexicon::Match> Lexicon::match(const std::vector<std::string>& words, size_t i,
                                             const std::vector<uint32_t>* ids, size_t max_length) const {
  if (i >= words.size() || words[i].empty()) return std::nullopt;
  if (!ids) {
    std::vector<std::string> tail(words.begin() + static_cast<long>(i),
                                  words.begin() + static_cast<long>(std::min(words.size(), i + max_words_)));
    const auto own = word_ids(tail);
    auto m = match(tail, 0, &own, max_length);
    return m;
  }
  return match_in([&](size_t k) -> const std::string& { return words[k]; }, words.size(), i, *ids, max_length);
}

std::optional<Lexicon::Match> Lexicon::match(const std::vector<Token>& tokens, size_t i,
                                             const std::vector<uint32_t>& ids) const {
  if (i >= tokens.size() || tokens[i].text.empty()) return std::nullopt;
  // Most words open no phrase: refused before the walk.
  if (!opens_phrase(ids[i])) return std::nullopt;
  return match_in([&](size_t k) { return tokens[k].text; }, tokens.size(), i, ids, SIZE_MAX);
}

template <class Text>
std::optional<Lexicon::Match> Lexicon::match_in(const Text& text, size_t size, size_t i,
                                                const std::vector<uint32_t>& ids, size_t max_length) const {
  const std::string_view first = text(i);
  bool capital_start =
      is_capitalised(first) || absl::ascii_isdigit(static_cast<unsigned char>(first[0])) || first[0] == '#';
  std::optional<Match> best;
  uint32_t node = 0;
  for (size_t n = 1; i + n <= size && n <= max_length; ++n) {
    uint32_t w = ids[i + n - 1];
    if (w == 0) break;
    if (node == 0) {
      node = w < root_next_.size() ? root_next_[w] : 0;
      if (node == 0) break;
    } else {
      auto it = trie_next_.find((static_cast<uint64_t>(node) << 32) | w);
      if (it == trie_next_.end()) break;
      node = it->second;
    }
    int32_t e = trie_entry_[node];
    if (e < 0) continue;
    const TrieEntry& te = trie_entries_[e];
    if (!te.exact_case.empty()) {
      // "dxw" as the entry writes it, or all in capitals ("DXW").
      std::string surface;
      for (size_t k = 0; k < n; ++k) {
        if (k) surface += ' ';
        surface += text(i + k);
      }
      std::string upper = te.exact_case;
      for (auto& c : upper) c = static_cast<char>(absl::ascii_toupper(static_cast<unsigned char>(c)));
      if (surface != te.exact_case && surface != upper) continue;
    } else if (!capital_start) {
      continue;
    } else if (te.acronym && capitals(first) < 2) {
      continue;
    }
    best = Match{n, &te.entry};
  }
  return best;
}

}  // namespace wngraph::detail

namespace wngraph {

std::shared_ptr<const Lexicon> load_lexicon(const ExtractOptions& options) {
  auto lex = std::make_shared<detail::Lexicon>();
  auto load_file = [&](const std::string& name, const std::string& text, bool user) {
    if (detail::ends_with(name, ".tsv") || user) {
      lex->add_gazetteer(text, name);
    } else if (detail::ends_with(name, "first_names.txt")) {
      lex->add_words(text, lex->first_names());
    } else if (detail::ends_with(name, "stopwords.txt")) {
      lex->add_words(text, lex->stopwords());
    } else if (detail::ends_with(name, "places.txt")) {
      lex->add_words(text, lex->places(), true);
    } else if (detail::ends_with(name, "towns.txt")) {
      lex->add_words(text, lex->towns(), true);
    } else if (detail::ends_with(name, "departments.txt")) {
      lex->add_departments(text);
    }
  };
  if (options.builtin_gazetteers)
    for (const auto& f : detail::builtin_data()) load_file(std::string("data/") + f.name, f.contents, false);
  for (const auto& path : options.gazetteer_files) {
    load_file(path, detail::read_option_file(path, "cannot read gazetteer"), true);
  }
  lex->set_rules(load_rules(options.rule_files, true));
  return lex;
}

}  // namespace wngraph
