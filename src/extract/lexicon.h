// The gazetteers and word lists extraction consults, loaded from data/ (built
// in) and from user files.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include "extract/tokens.h"
#include "text_hash.h"
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
  // Parses a gazetteer in TSV: type, canonical, aliases (|-separated), flags,
  // parents (|-separated canonical names).
  // Throws Error(file:line) for an unknown type.
  void add_gazetteer(const std::string& text, const std::string& source);
  // Words separated by spaces, or one phrase per line; '#' starts a comment.
  void add_words(const std::string& text, absl::flat_hash_set<std::string>& into, bool per_line = false);
  void add_departments(const std::string& text);

  // Longest gazetteer phrase starting at words[i], found by walking a trie
  // of the phrases' lower-case words. `words` are surface tokens; matching
  // ignores case but a match must begin capitalised unless the entry itself
  // starts in lower case ("dxw"). `ids` (from word_ids(words)) saves
  // looking the words up again when many positions of one sentence are tried.
  struct Match {
    size_t length;
    const GazetteerEntry* entry;
  };
  // `max_length` limits the phrase to that many words.
  std::optional<Match> match(const std::vector<std::string>& words, size_t i,
                             const std::vector<uint32_t>* ids = nullptr, size_t max_length = SIZE_MAX) const;
  // match() over a sentence's tokens, with their ids from token_word_ids().
  std::optional<Match> match(const std::vector<Token>& tokens, size_t i, const std::vector<uint32_t>& ids) const;
  // The trie's id of each word's lower-case form (0: in no phrase).
  std::vector<uint32_t> word_ids(const std::vector<std::string>& words) const;
  // Whether some gazetteer phrase opens with the first word of `phrase`
  // (any case), read as phrase_words() reads it; only that word is read.
  bool opens_phrase(std::string_view phrase) const;
  // ... with the word of this trie id (word_ids(), token_word_ids()).
  bool opens_phrase(uint32_t id) const { return id != 0 && id < root_next_.size() && root_next_[id] != 0; }
  // The trie's ids of tokens' lower-case forms and, into `rule_ids`, each
  // one's id in the rules (RuleSet::word_id()), into `departments` whether
  // it is a one-word department (department() knows it): one lookup for all
  // three.
  std::vector<uint32_t> token_word_ids(const std::vector<Token>& tokens, std::vector<uint32_t>& rule_ids,
                                       std::vector<bool>& departments) const;
  const GazetteerEntry* lookup(const std::string& surface) const;
  // lookup() for a key already made by phrase_key().
  // A key of a length no phrase has is refused without hashing it, so the
  // prefixes of a long name cost their building, not a hash each.
  const GazetteerEntry* lookup_key(const std::string& key) const;

  // The longest gazetteer phrase in bytes (as lookup() keys it).
  size_t max_phrase_bytes() const { return max_phrase_bytes_; }
  // A given name, also hyphenated from one ("Mary-Jane", "May-N"), also
  // written with accents the list has not ("Gráinne", "Seán").
  bool first_name(std::string_view w) const {
    if (first_names_.contains(absl_view(w))) return true;
    size_t dash = w.find('-');
    if (dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() &&
        first_names_.contains(absl_view(w.substr(0, dash))))
      return true;
    return accented_first_name(w);
  }
  // first_name() of a word with non-ASCII letters, their accents stripped.
  bool accented_first_name(std::string_view w) const;
  bool stopword(std::string_view w) const { return stopwords_.contains(absl_view(w)); }
  bool place(std::string_view w) const { return places_.contains(absl_view(w)); }
  // A UK town or city (data/towns.txt): a place when named as one ("in Newport").
  bool town(std::string_view w) const { return towns_.contains(absl_view(w)); }
  // The entry whose bare canonical name is ambiguous ("Bradford", "Reading"),
  // for a context that settles it ("in Bradford", "Leeds, Bradford and
  // Wakefield"), or null.
  const GazetteerEntry* ambiguous(std::string_view bare) const {
    auto it = ambiguous_.find(absl_view(bare));
    return it == ambiguous_.end() ? nullptr : &it->second;
  }
  // Canonical department name for a lower- or title-case word, or "".
  std::string department(std::string_view w) const;
  // The bodies a register gives as the parents of a gazetteer body (its
  // fifth column: "Government Digital Service" is part of the Cabinet
  // Office), by canonical name; empty for none.
  const std::vector<std::string>& parents(std::string_view canonical) const {
    static const std::vector<std::string> none;
    auto it = parents_.find(absl_view(canonical));
    return it == parents_.end() ? none : it->second;
  }

  absl::flat_hash_set<std::string>& first_names() { return first_names_; }
  absl::flat_hash_set<std::string>& stopwords() { return stopwords_; }
  absl::flat_hash_set<std::string>& places() { return places_; }
  absl::flat_hash_set<std::string>& towns() { return towns_; }

  // The compiled relation rules (data/rules.txt and --rules files).
  const std::shared_ptr<const RuleSet>& rules() const { return rules_; }
  void set_rules(std::shared_ptr<const RuleSet> r);
  // Is the word of this rule id (token_word_ids()) a verb that may open a
  // line with its "I" left out ($opening_verbs: "Demoed Redbox to ...")?
  bool opening_verb(uint32_t rule_id) const;

 private:
  uint32_t word_id(const std::string& lower_word) const;
  // The trie walk of match(); text(k) is the k-th of `size` words.
  template <class Text>
  std::optional<Match> match_in(const Text& text, size_t size, size_t i, const std::vector<uint32_t>& ids,
                                size_t max_length) const;
  void insert(const std::vector<std::string>& words, const GazetteerEntry& entry, const std::string& exact_case);

  absl::flat_hash_map<std::string, GazetteerEntry> phrases_;  // key: lower-case surface (lookup())
  // The trie: node 0 is the root; (node << 32 | word id) -> child node.
  // Each lower-case word's ids: in the trie (0: in no phrase) and in the rules (0: no rule names it).
  struct WordIds {
    uint32_t trie = 0, rule = 0;
    bool department = false;  // a one-word department ("finance")
  };
  absl::flat_hash_map<std::string, WordIds> words_;
  uint32_t trie_words_ = 0;  // the trie's word ids given so far
  absl::flat_hash_map<uint64_t, uint32_t> trie_next_;
  std::vector<uint32_t> root_next_;  // the root's children by word id (0: none): most walks end at the first word
  struct TrieEntry {
    GazetteerEntry entry;
    std::string exact_case;  // the surface a lower-case-initial entry requires ("dxw")
    bool acronym = false;    // one word with two capitals or more ("MAC", "DfE"): matches only a
                             // word written so ("DFE", not "Mac")
  };
  std::vector<int32_t> trie_entry_{-1};  // node -> index into trie_entries_, or -1
  std::vector<TrieEntry> trie_entries_;
  absl::flat_hash_set<std::string> first_names_, stopwords_, places_, towns_;
  absl::flat_hash_map<std::string, GazetteerEntry> ambiguous_;          // key: the bare canonical name
  absl::flat_hash_map<std::string, std::vector<std::string>> parents_;  // canonical -> parents' canonical names
  absl::flat_hash_map<std::string, std::string> departments_;
  size_t max_words_ = 1;
  size_t max_phrase_bytes_ = 0;              // the longest phrase, lower-cased, in bytes
  absl::flat_hash_set<size_t> key_lengths_;  // the lengths of phrases_'s keys
  std::shared_ptr<const RuleSet> rules_;
  uint32_t opening_verbs_ = UINT32_MAX;  // its set in rules_, if any
};

// Splits a phrase into the word tokens the recogniser uses.
std::vector<std::string> phrase_words(const std::string& phrase);
// The key lookup() finds a phrase by: its words, lower case, one space
// apart. The key of "A B" is key("A") + " " + key("B") when they meet at
// a space (a word never spans one).
std::string phrase_key(const std::string& phrase);

}  // namespace wngraph::detail
