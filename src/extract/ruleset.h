// Compiled rules and the one matcher that runs them over a sentence's items.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <absl/container/inlined_vector.h>

#include "wngraph/model.h"
#include "wngraph/rules.h"

namespace wngraph::detail {

// What a sentence is to the matcher: words (interned ids) and entity slots.
struct Item {
  bool entity = false;
  uint32_t word = 0;        // interned id of the lower-case word; 0 = no rule names it
  uint32_t index = 0;       // entity: span index; word: token index
  uint8_t type = 0;         // entity: 1 << EntityType
  bool known = false;       // entity: from a gazetteer or a cue, not just a name shape
  bool possessive = false;  // entity: "Kay's"
  bool parens = false;      // entity: inside parentheses
  uint8_t words = 0;        // entity: how many words its name has
  bool all_caps = false;    // entity: an acronym-like name ("LOTI")
  bool town = false;        // entity: its name is a UK town's (data/towns.txt)
  bool self = false;        // word: "I", "me", "we" (the set $self)
  bool alpha = false;       // word: letters only (a unit's name may be made of these)
  bool department = false;  // word: names a department ("finance", "hr")
  bool past = false;        // word: a lower-case word of five letters or more ending in "ed" ("synthesised")
  uint32_t name_begin = 0, name_end = 0;  // entity: its name's word ids in SentenceItems::name_words
};

// A sentence as the matcher sees it.
struct SentenceItems {
  std::vector<Item> items;
  std::vector<uint32_t> name_words;  // the lower-case words of entity names, interned
};

// Type masks of slots: one bit per EntityType, plus pseudo-types.
constexpr uint16_t type_bit(EntityType t) {
  return static_cast<uint16_t>(1u << static_cast<unsigned>(t));
}
constexpr uint16_t kSelfBit = 1u << 8;    // "I", "me", "we" as a list member
constexpr uint16_t kDeptBit = 1u << 9;    // a lower-case department word ("finance")
constexpr uint16_t kWordsBit = 1u << 10;  // 1-4 lower-case words naming a unit

enum class Action : uint8_t {
  kRelate,            // relate REL A B: a fact between two slots (or author, home, rest)
  kType,              // type SLOT TYPE: typing stage, the slot's unknown entities get TYPE
  kTypeList,          // type-list: unknown one-word members of a list holding a person are people
  kTypeAs,            // type-as SLOT OTHER: unknown entities of SLOT get OTHER's type
  kTypeListUnits,     // type-list-units L: unknown members of a list holding a known unit get its type
  kAcronym,           // acronym FULL SHORT
  kPlace,             // place SLOT: a council named once, by its place name alone, is a place here
  kCouncil,           // council SLOT: a council's bare name that is also a given name is the council here
  kPlain,             // plain SLOT: the slot's unknown names are plain words ("Minister for Regional Growth")
  kMeeting,           // meeting: the people of the clause met (the author too, in first person)
  kMeetingBreak,      // meeting-break: separates meetings within a sentence
  kMeetingSection,    // meeting-section: a heading over the people the author met ("Meetings", "Who I talked to")
  kSeparateMeetings,  // separate-meetings: the author met each one apart ("1:1s with Lisa, Ahmed and Grace")
  kThanks,            // thanks: the people thanked are not thereby at the meeting being described
  kAbsent,            // absent P: "taking over from P": P is named, not present
  kTalkSection,       // talk-section: a heading or lead-in over a list of speakers ("Talks from:")
  kPlansSection,      // plans-section: a heading over what is still to come ("Next week", "Coming up")
  kPast,              // past: the sentence tells what happened ("We had a call"), under a heading of plans too
  kClauseBreak,       // clause-break: separates a presenting verb's clause from the one before
  kPresent,           // present: a presenting verb; presenter and audience found around it
  kPresentListen,     // present-listen: "update from X": the speaker follows the cue
  kPresenterBy,       // presenter-by P: "delivered by P" names the presenter
  kPresenterSubject,  // presenter-subject P: "P met up with ... to talk through"
  kCoPresenter,       // co-presenter P: "... alongside P": P presented too
  kPresentOwn,        // present-own P F: "Cate's strategy show & tell"
  kSpeaker,           // speaker P: "P (from X) talked about ...": P spoke to the forum of the sentence or passage
  kWalkThrough,       // walk-through: a walk through with no named guide is a shared session
  kAudienceFrom,      // audience-from O: "colleagues from O" are the audience
  kAttendCue,         // attend-cue: joined, went to, took part...
  kChairCue,          // chair-cue: chaired, chair of
  kChairSelf,         // chair-self: the author chaired the forum of the sentence (no slot)
  kChairOther,        // chair-other P: "Cllr X chaired." the meeting being described
  kForumMet,          // forum-met F: "the Data Board met": the meeting this passage is about
  kAttendees,         // attendees P: "attendees included P": P attended the meeting being described
  kMemberCue,         // member-cue: "part of", "for the first time": attending makes a member
  kMemberContext,     // member-context: "I sit on that panel": the author is a member of the meeting being described
  kFuture,            // future: a planned event: no met_with, attended or presented_to
  kNegation,          // negation: "couldn't make": likewise
  kPurpose,           // purpose: "ahead of", "to prepare for": what follows is planned, what came before happened
  kOwnCouncil,        // own-council: "the council", "our council": the author's own
  kJoining,           // joining T: the people of the sentence joined team T
  kLeadsUnit,         // leads-unit P U: P leads the lower-case unit U
  kSelfName,          // self-name P: "I'm Sam, a designer at ...": P is the author's own name in this note
  kImplicitI,         // implicit-i: a sentence opening with a past-tense verb has an "I"
  kFirstPerson,       // first-person: the author speaks
};

// Typing actions run in the typing stage, rule by rule (RuleSet::typing_rules());
// sentence features (first person, an implicit "I") before matching. Neither
// is run by RuleSet::match().
constexpr bool is_typing(Action a) {
  return a == Action::kType || a == Action::kTypeList || a == Action::kTypeAs || a == Action::kAcronym ||
         a == Action::kPlace || a == Action::kCouncil || a == Action::kPlain || a == Action::kTypeListUnits;
}
constexpr bool is_sentence_feature(Action a) {
  return a == Action::kFirstPerson || a == Action::kImplicitI;
}

// A slot of a relate action: a pattern slot, or one of these.
constexpr int kAuthorSlot = -2;
constexpr int kHomeSlot = -3;
constexpr int kRestSlot = -4;  // every entity of `rest_types` after the match
// The author's employer: the team writing as the author, else the first body
// the note makes the author a member of, else the author's council; known at
// the note's end, so facts to it wait until then.
constexpr int kEmployerSlot = -5;
// The council or organisation the text named last, earlier in the sentence
// or in the paragraph's earlier sentences ("Their CEO, Kay Brown": the
// body "their" stands for).
constexpr int kLastBodySlot = -6;
// The author's own team: the first team the note makes the author a member
// of ("Another week in the Digital Policing team"), else the employer; known
// at the note's end ("Karen Mills joined our team").
constexpr int kOwnTeamSlot = -7;
// The relate targets known only at the note's end: facts to them wait.
constexpr bool known_at_note_end(int slot) {
  return slot == kEmployerSlot || slot == kOwnTeamSlot;
}

struct Element {
  enum Kind : uint8_t { kWords, kNotWords, kSlot, kGap, kStart, kEnd, kPastVerb } kind = kWords;
  std::vector<std::vector<uint32_t>> alts;  // kWords/kNotWords: phrases of word ids
  std::vector<bool> first;                  // kWords/kNotWords: word id -> some phrase starts with it
  bool past = false;                        // kWords: %past is one of the alternatives
  bool optional = false;
  int slot = -1;         // kSlot
  uint16_t types = 0;    // kSlot
  bool list = false;     // kSlot: "A, B and C"
  bool two = false;      // kSlot: a list of at least two
  int min = 0, max = 0;  // kGap
};

struct SlotGuard {
  int slot;
  enum Kind : uint8_t {
    kKnown,
    kUnknown,
    kBare,
    kNotPossessive,
    kOutsideParens,
    kPossessive,
    kWordsMin,
    kWordsMax,
    kNameHas,
    kNotAllCaps,
    kAllCaps,
    kTown,
    kNotAfter
  } kind;
  int value = 0;     // kWordsMin/kWordsMax
  uint32_t set = 0;  // kNameHas, kNotAfter: index of a word set
};

struct CompiledRule {
  std::string id;
  Action action = Action::kRelate;
  Relation relation = Relation::kMetWith;
  int a = -1, b = -1;                     // action's slots
  EntityType type = EntityType::kPerson;  // kType
  uint16_t rest_types = 0;                // kRestSlot
  std::vector<Element> elements;
  std::vector<SlotGuard> guards;
  bool first_person = false;  // when first-person
  bool home = false;          // when home (the author's council is known)
  bool no_home = false;       // when no-home (the author's council is not known)
  bool author_team = false;   // when author-team (the note is written by a team or a body)
  bool once = false;          // when once: the first match in a sentence only
  bool heading = false;       // when heading: also in a heading, which states no other relation
  bool seat = false;          // when seat: its member_of is a seat or a membership, not a job (names no employer)
  std::vector<std::string> slot_names;
  // Prefilter: for each mandatory word element, the ids any of which must occur.
  std::vector<std::vector<uint32_t>> required;
  uint16_t required_types = 0;  // entity types that must all occur
  RuleInfo info;
};

constexpr size_t kMaxSlots = 4;
struct Capture {
  uint16_t begin = 0, end = 0;  // item range; empty = not captured
  bool empty() const { return begin == end; }
};
struct Match {
  uint32_t rule = 0;
  uint16_t begin = 0, end = 0;  // item range of the whole match
  std::array<Capture, kMaxSlots> slots{};
};

class RuleSet {
 public:
  // Interned id of a lower-case word, 0 when no rule names it.
  uint32_t word_id(const std::string& lower_word) const {
    auto it = vocabulary_.find(lower_word);
    return it == vocabulary_.end() ? 0 : it->second;
  }
  const std::vector<CompiledRule>& rules() const { return rules_; }
  // The words that join a list ("A, B and C", "Q & A"), interned once.
  bool is_joiner(uint32_t w) const { return w != 0 && (w == comma_ || w == and_ || w == amp_); }
  bool is_conjunction(uint32_t w) const { return w != 0 && (w == and_ || w == amp_); }
  uint32_t comma() const { return comma_; }
  uint32_t open_paren() const { return open_paren_; }
  uint32_t close_paren() const { return close_paren_; }
  uint32_t conjunction_and() const { return and_; }
  uint32_t article_the() const { return the_; }
  uint32_t possessive() const { return possessive_; }
  // Is word id `w` in the named set? (Sets the discourse stage consults.)
  bool in_set(uint32_t set, uint32_t w) const;
  uint32_t set_index(const std::string& name) const;  // throws for an unknown set
  static constexpr uint32_t kNoSet = UINT32_MAX;
  uint32_t find_set(const std::string& name) const;  // kNoSet for an unknown set
  bool set_has_phrase(uint32_t set, const std::vector<uint32_t>& words) const;
  size_t vocabulary_size() const { return vocabulary_.size() + 1; }
  // Every word a rule names, with its id.
  const std::unordered_map<std::string, uint32_t>& vocabulary() const { return vocabulary_; }

  // Every match of every rule in a sentence, rules in file order, each rule's
  // matches left to right and not overlapping. Pure: reads the items only.
  // `prefilter` is the sentence's; `first_person` the sentence-level guard.
  // Typing rules and sentence features (is_typing(), is_sentence_feature())
  // are left out here: they run first, with match_rule().
  class Prefilter;
  void match(const SentenceItems& sentence, const Prefilter& prefilter, bool first_person,
             std::vector<Match>& out) const;
  // Matches of one rule; `prefilter` is the sentence's.
  void match_rule(size_t index, const SentenceItems& s, const Prefilter& prefilter, std::vector<Match>& out) const;
  // The prefilter: what a sentence holds (its entity types, its words),
  // made once per sentence and asked for each rule whether it can match at
  // all (its words and types occur). Made again when typing changes the
  // sentence.
  class Prefilter {
   public:
    Prefilter(const RuleSet& rules, const SentenceItems& sentence);
    bool may_match(size_t rule) const;
    // Where a rule can start: the items holding a word some rule names,
    // and the entities and "I"/"me" items (what a slot of entity types
    // takes), each in order.
    const absl::InlinedVector<uint32_t, 32>& worded() const { return worded_; }
    const absl::InlinedVector<uint32_t, 32>& entities_and_self() const { return entities_and_self_; }

    // The rules match() runs that may match, in file order.
    template <class F>
    void for_each_candidate(const std::vector<uint64_t>& among, F&& f) const {
      for (size_t b = 0; b < candidates_.size(); ++b)
        for (uint64_t bits = candidates_[b] & among[b]; bits; bits &= bits - 1) {
          size_t r = b * 64 + static_cast<size_t>(__builtin_ctzll(bits));
          if (may_match(r)) f(r);
        }
    }

   private:
    bool has(uint32_t word) const { return (words_[word >> 6] >> (word & 63)) & 1; }
    const RuleSet& rules_;
    uint16_t types_ = 0;
    // Inline up to a size most sentences and rule files fit in: one is
    // made for every sentence.
    absl::InlinedVector<uint64_t, 16> words_;      // a bit per word id of the rules' vocabulary
    absl::InlinedVector<uint64_t, 4> candidates_;  // a bit per rule: its anchor word occurs, or it has none
    absl::InlinedVector<uint32_t, 32> worded_, entities_and_self_;
  };
  // Indices of the typing rules (type, type-list, type-as, acronym), in order.
  const std::vector<size_t>& typing_rules() const { return typing_; }
  // ... of the sentence features (first-person, implicit-i), in order.
  const std::vector<size_t>& feature_rules() const { return features_; }
  // ... of the own-council rules, in order.
  const std::vector<size_t>& own_council_rules() const { return own_council_; }

  // Building (src/extract/rules.cc).
  friend class RuleCompiler;

 private:
  bool guards_hold(const CompiledRule& r, const SentenceItems& s, Match& m) const;
  // Builds the tables below from the rules' required words (after compiling).
  void index_prefilter();
  // The prefilter's index: each rule with required words is filed under
  // the words of one required group (its anchor, the group of fewest
  // words); a sentence's candidates are the rules filed under its words
  // plus those without an anchor. Bit masks have a bit per rule.
  std::vector<std::vector<uint32_t>> anchored_;  // word id -> rules anchored on it
  std::vector<uint64_t> unanchored_;             // rules with no required word
  std::vector<uint64_t> matching_;               // rules match() runs (not typing or sentence features)
  // Each rule's required groups as bit masks over the vocabulary, kept
  // sparse: the 64-bit blocks holding a group's words, one group after
  // another, its last block marked. A group is present when one of its
  // masks meets the sentence's words.
  struct BlockMask {
    uint32_t block;
    uint64_t mask;
    bool last;
  };
  std::vector<std::vector<BlockMask>> required_bits_;
  // Each rule's required entity types (CompiledRule::required_types), kept
  // apart: read for every candidate rule of every sentence.
  std::vector<uint16_t> required_types_;
  std::unordered_map<std::string, uint32_t> vocabulary_;
  std::vector<CompiledRule> rules_;
  std::vector<size_t> typing_, features_, own_council_;
  uint32_t comma_ = 0, and_ = 0, amp_ = 0, the_ = 0, possessive_ = 0, open_paren_ = 0, close_paren_ = 0;
  std::vector<std::string> set_names_;
  std::vector<std::vector<std::vector<uint32_t>>> sets_;  // set -> phrases
  std::vector<std::vector<bool>> set_words_;              // set -> word id -> single-word member
};

}  // namespace wngraph::detail
