// A sentence's items + the compiled rules -> every match, in rule order.
// One engine for every rule: a backtracking matcher over tokens and typed
// entity slots whose depth is bounded by the pattern's length, never by the
// input's; a rule is tried only where the words and types it requires occur.
// Entry points: RuleSet::match(), RuleSet::match_rule(). Tested by
// tests/rules_test.cc.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "extract/ruleset.h"

namespace wngraph::detail {

namespace {

struct Cursor {
  const CompiledRule& rule;
  const std::vector<Item>& items;
  const RuleSet& set;
};

bool phrase_at(const std::vector<Item>& items, size_t pos, const std::vector<uint32_t>& phrase) {
  if (pos + phrase.size() > items.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k)
    if (items[pos + k].entity || items[pos + k].word != phrase[k]) return false;
  return true;
}

bool slot_accepts(const Item& it, uint16_t types) {
  if (it.entity) return (types & it.type) != 0;
  if ((types & kSelfBit) && it.self) return true;
  if ((types & kDeptBit) && it.department) return true;
  return false;
}

// A joiner between list members: ",", "and", "&", ", and", each maybe
// with "the" after it ("Age UK and the Good Things Foundation").
size_t joiner_at(const Cursor& c, size_t pos) {
  const auto& items = c.items;
  if (pos >= items.size() || items[pos].entity) return 0;
  uint32_t w = items[pos].word;
  size_t n = 0;
  if (w == c.set.comma() && pos + 1 < items.size() && !items[pos + 1].entity &&
      items[pos + 1].word == c.set.conjunction_and())
    n = 2;
  else if (c.set.is_joiner(w))
    n = 1;
  if (n > 0 && pos + n < items.size() && !items[pos + n].entity && items[pos + n].word == c.set.article_the()) ++n;
  return n;
}

// A short gloss in brackets after a list member, words only: "Ellie Ross
// (content designer) and Ahmed Bashir"; its length in items, 0 for none.
size_t gloss_at(const Cursor& c, size_t pos) {
  const auto& items = c.items;
  if (pos >= items.size() || items[pos].entity || items[pos].word != c.set.open_paren()) return 0;
  for (size_t k = pos + 1; k < items.size() && k - pos <= 5; ++k) {
    if (items[k].entity) return 0;
    if (items[k].word == c.set.close_paren()) return k > pos + 1 ? k + 1 - pos : 0;
  }
  return 0;
}

bool match_from(const Cursor& c, size_t ei, size_t pos, Match& m);

bool next(const Cursor& c, size_t ei, size_t pos, Match& m) {
  return match_from(c, ei + 1, pos, m);
}

bool match_from(const Cursor& c, size_t ei, size_t pos, Match& m) {
  const auto& elems = c.rule.elements;
  if (ei == elems.size()) {
    m.end = static_cast<uint16_t>(pos);
    return true;
  }
  const Element& e = elems[ei];
  const auto& items = c.items;
  switch (e.kind) {
    case Element::kWords:
      if (pos < items.size() && !items[pos].entity && e.first[items[pos].word])
        for (const auto& alt : e.alts)
          if (phrase_at(items, pos, alt) && next(c, ei, pos + alt.size(), m)) return true;
      if (e.past && pos < items.size() && !items[pos].entity && items[pos].past && next(c, ei, pos + 1, m)) return true;
      return e.optional && next(c, ei, pos, m);
    case Element::kNotWords:
      if (pos < items.size() && !items[pos].entity && e.first[items[pos].word])
        for (const auto& alt : e.alts)
          if (phrase_at(items, pos, alt)) return false;
      return next(c, ei, pos, m);
    case Element::kPastVerb:
      return pos < items.size() && !items[pos].entity && items[pos].past && next(c, ei, pos + 1, m);
    case Element::kStart:
      return pos == 0 && next(c, ei, pos, m);
    case Element::kEnd:
      return pos == items.size() && next(c, ei, pos, m);
    case Element::kGap:
      // Lazy: the shortest gap that lets the rest match. A gap crosses
      // words and punctuation, never an entity.
      for (int k = 0; k <= e.max; ++k) {
        if (k > 0 && (pos + k > items.size() || items[pos + k - 1].entity)) break;
        if (k >= e.min && next(c, ei, pos + k, m)) return true;
      }
      return false;
    case Element::kSlot: {
      size_t end = pos;
      if (e.types & kWordsBit) {
        // One to four lower-case words naming a unit ("customer services").
        while (end < items.size() && end - pos < 4 && !items[end].entity && items[end].alpha) ++end;
      } else if (pos < items.size() && slot_accepts(items[pos], e.types)) {
        end = pos + 1;
        bool glossed = false;
        while (e.list) {
          const size_t g = gloss_at(c, end);
          const size_t j = joiner_at(c, end + g);
          if (j == 0 || end + g + j >= items.size() || !slot_accepts(items[end + g + j], e.types)) break;
          glossed |= g > 0;
          end += g + j + 1;
        }
        // Members glossed each in brackets own the brackets after the last
        // one too: "Ian (my boss) and Stuart (from HR)" is no list for what
        // the last brackets say.
        if (glossed && end < items.size() && !items[end].entity && items[end].word == c.set.open_paren() &&
            gloss_at(c, end) == 0)
          end = pos + 1;
      }
      if (e.two) {
        size_t members = 0;
        for (size_t i = pos; i < end; ++i) members += slot_accepts(items[i], e.types) && joiner_at(c, i) == 0;
        if (members < 2) end = pos;
      }
      if (end > pos) {
        Capture keep = e.slot >= 0 ? m.slots[e.slot] : Capture{};
        if (e.slot >= 0) m.slots[e.slot] = {static_cast<uint16_t>(pos), static_cast<uint16_t>(end)};
        if (next(c, ei, end, m)) return true;
        if (e.slot >= 0) m.slots[e.slot] = keep;
      }
      return e.optional && next(c, ei, pos, m);
    }
  }
  return false;
}

}  // namespace

bool RuleSet::guards_hold(const CompiledRule& r, const SentenceItems& s, Match& m) const {
  const auto& items = s.items;
  for (const auto& g : r.guards) {
    Capture& cap = m.slots[g.slot];
    if (cap.empty()) continue;
    // A guard filters a list's members; the match fails when none is left.
    bool any = false;
    for (size_t i = cap.begin; i < cap.end; ++i) {
      const Item& it = items[i];
      if (!it.entity) continue;
      bool ok = true;
      switch (g.kind) {
        case SlotGuard::kKnown:
          ok = it.known;
          break;
        case SlotGuard::kUnknown:
          ok = !it.known;
          break;
        case SlotGuard::kBare:
          ok = !it.possessive && !it.parens;
          break;
        case SlotGuard::kNotPossessive:
          ok = !it.possessive;
          break;
        case SlotGuard::kPossessive:
          ok = it.possessive;
          break;
        case SlotGuard::kOutsideParens:
          ok = !it.parens;
          break;
        case SlotGuard::kWordsMin:
          ok = it.words >= g.value;
          break;
        case SlotGuard::kWordsMax:
          ok = it.words <= g.value;
          break;
        case SlotGuard::kNotAllCaps:
          ok = !it.all_caps;
          break;
        case SlotGuard::kAllCaps:
          ok = it.all_caps;
          break;
        case SlotGuard::kTown:
          ok = it.town;
          break;
        case SlotGuard::kNameHas:
          ok = false;
          for (uint32_t w = it.name_begin; w < it.name_end; ++w) ok |= in_set(g.set, s.name_words[w]);
          break;
        case SlotGuard::kNotAfter:
          // None of the three words before the name is in the set: "our
          // partners at the ODI" is no "we ... at the ODI".
          for (size_t back = 1; back <= 3 && back <= i; ++back)
            ok &= items[i - back].entity || !in_set(g.set, items[i - back].word);
          break;
      }
      any |= ok;
    }
    bool words_only = true;
    for (size_t i = cap.begin; i < cap.end; ++i) words_only &= !items[i].entity;
    if (!any && !words_only) return false;
  }
  return true;
}

void RuleSet::match_rule(size_t index, const SentenceItems& s, const Prefilter& prefilter,
                         std::vector<Match>& out) const {
  const CompiledRule& r = rules_[index];
  const auto& items = s.items;
  Cursor c{r, items, *this};
  // A pattern cannot match where its first element fails: positions where
  // the opening word is not, the opening slot takes nothing, or any but the
  // first for a pattern anchored there (^) are passed over without starting
  // the matcher.
  const Element& lead = r.elements.front();
  auto cannot_start = [&](size_t pos) {
    if (lead.optional) return false;
    switch (lead.kind) {
      case Element::kWords:
        return !lead.past && (pos == items.size() || items[pos].entity || !lead.first[items[pos].word]);
      case Element::kStart:
        return pos != 0;
      case Element::kSlot:
        if (pos == items.size()) return true;
        if (lead.types & kWordsBit) return items[pos].entity || !items[pos].alpha;
        return !slot_accepts(items[pos], lead.types);
      default:
        return false;
    }
  };
  // Each position where the rule may start, left to right; after a match
  // the next starts at its end (matches of a rule do not overlap). True
  // when the rule is done with the sentence (a rule matching once).
  size_t next = 0;
  auto try_at = [&](size_t pos) {
    if (pos < next || cannot_start(pos)) return false;
    Match m;
    m.rule = static_cast<uint32_t>(index);
    m.begin = static_cast<uint16_t>(pos);
    if (!match_from(c, 0, pos, m) || !guards_hold(r, s, m)) return false;
    out.push_back(m);
    next = m.end > pos ? m.end : pos + 1;
    return r.once;
  };
  // Only the positions that can hold the opening element are visited: the
  // items with a rule's word for an opening word, the entities and "I"
  // for an opening slot of entity types.
  const absl::InlinedVector<uint32_t, 32>* starts = nullptr;
  if (!lead.optional && lead.kind == Element::kWords && !lead.past) starts = &prefilter.worded();
  if (!lead.optional && lead.kind == Element::kSlot && !(lead.types & (kWordsBit | kDeptBit)))
    starts = &prefilter.entities_and_self();
  if (starts) {
    for (uint32_t pos : *starts)
      if (try_at(pos)) return;
    return;
  }
  for (size_t pos = 0; pos <= items.size(); ++pos) {
    if (lead.kind == Element::kStart && !lead.optional && pos > 0) return;
    if (try_at(pos)) return;
  }
}

void RuleSet::index_prefilter() {
  const size_t blocks = (rules_.size() + 63) / 64;
  required_bits_.assign(rules_.size(), {});
  required_types_.assign(rules_.size(), 0);
  for (size_t i = 0; i < rules_.size(); ++i) required_types_[i] = rules_[i].required_types;
  for (size_t i = 0; i < rules_.size(); ++i)
    for (const auto& group : rules_[i].required) {
      // The group's words as (block, mask) pairs, blocks ascending, its
      // last pair marked; an empty group is one mask of nothing (never
      // present).
      std::map<uint32_t, uint64_t> blocks_of;
      for (uint32_t w : group) blocks_of[w >> 6] |= uint64_t{1} << (w & 63);
      for (const auto& [block, mask] : blocks_of) required_bits_[i].push_back({block, mask, false});
      if (blocks_of.empty()) required_bits_[i].push_back({0, 0, false});
      required_bits_[i].back().last = true;
    }
  // Words most English sentences hold: a rule filed under one of them is
  // a candidate almost everywhere.
  std::set<uint32_t> common_ids;
  for (std::string_view w : {"the", "a",    "an",   "of",   "at", "for", "with", "to",  "in",   "on",   "and", "or",
                             "by",  "from", "our",  "my",   "i",  "we",  "is",   "was", "are",  "were", "be",  "been",
                             "as",  "it",   "this", "that", ",",  ".",   "'s",   "has", "have", "had",  "who", "which"})
    if (uint32_t id = word_id(std::string(w))) common_ids.insert(id);
  anchored_.assign(vocabulary_size(), {});
  unanchored_.assign(blocks, 0);
  matching_.assign(blocks, 0);
  for (size_t i = 0; i < rules_.size(); ++i) {
    const CompiledRule& r = rules_[i];
    const uint64_t bit = uint64_t{1} << (i & 63);
    // Sentence features and typing run before, on their own.
    if (!is_typing(r.action) && !is_sentence_feature(r.action)) matching_[i >> 6] |= bit;
    // The anchor is the group a sentence holds least often: of fewest
    // words, and holding no word that most sentences hold ("of", "the").
    const std::vector<uint32_t>* anchor = nullptr;
    auto cost = [&](const std::vector<uint32_t>& group) {
      bool common = std::any_of(group.begin(), group.end(), [&](uint32_t w) { return common_ids.count(w) > 0; });
      return group.size() + (common ? 1000 : 0);
    };
    for (const auto& group : r.required)
      if (!anchor || cost(group) < cost(*anchor)) anchor = &group;
    if (!anchor) {
      unanchored_[i >> 6] |= bit;
      continue;
    }
    for (uint32_t w : *anchor) anchored_[w].push_back(static_cast<uint32_t>(i));
  }
}

RuleSet::Prefilter::Prefilter(const RuleSet& rules, const SentenceItems& s)
    : rules_(rules),
      words_((rules.vocabulary_size() + 63) / 64, 0),
      candidates_(rules.unanchored_.begin(), rules.unanchored_.end()) {
  for (size_t i = 0; i < s.items.size(); ++i) {
    const Item& it = s.items[i];
    if (it.entity || it.self) entities_and_self_.push_back(static_cast<uint32_t>(i));
    if (it.entity) {
      types_ |= it.type;
    } else if (it.word) {
      worded_.push_back(static_cast<uint32_t>(i));
      if (has(it.word)) continue;
      words_[it.word >> 6] |= uint64_t{1} << (it.word & 63);
      for (uint32_t r : rules.anchored_[it.word]) candidates_[r >> 6] |= uint64_t{1} << (r & 63);
    }
  }
}

bool RuleSet::Prefilter::may_match(size_t rule) const {
  if (!((candidates_[rule >> 6] >> (rule & 63)) & 1)) return false;
  const uint16_t types = rules_.required_types_[rule];
  if ((types & types_) != types) return false;
  // Each required group: one of its masks meets the sentence's words.
  bool found = false;
  for (const BlockMask& bm : rules_.required_bits_[rule]) {
    found |= (bm.mask & words_[bm.block]) != 0;
    if (!bm.last) continue;
    if (!found) return false;
    found = false;
  }
  return true;
}

void RuleSet::match(const SentenceItems& s, const Prefilter& prefilter, bool first_person,
                    std::vector<Match>& out) const {
  prefilter.for_each_candidate(matching_, [&](size_t i) {
    if (rules_[i].first_person && !first_person) return;
    match_rule(i, s, prefilter, out);
  });
}

}  // namespace wngraph::detail
