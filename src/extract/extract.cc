// Note -> NoteExtraction, in pure stages with explicit state:
//   1. document: sentences, recognised entity spans (recognise.cc)
//   2. typing: rules whose action types an entity (a name beside a role is a
//      person's), applied per sentence to a copy of its spans
//   3. matching: every relation rule over each typed sentence (matcher.cc)
//   4. discourse: a state machine over the sentences' matches in order (the
//      author's home council, the meeting being described, who spoke) -> facts,
//      each naming the rule that made it.
// Entry point: extract(). Tested by tests/extract_test.cc and, rule by rule,
// tests/rules_test.cc.
#include <absl/strings/ascii.h>
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/container/inlined_vector.h>

#include "extract/lexicon.h"
#include "extract/recognise.h"
#include "extract/ruleset.h"
#include "extract/tokens.h"
#include "hash.h"
#include "output.h"
#include "text.h"
#include "text_hash.h"
#include "wngraph/extract.h"

namespace wngraph {

using namespace std::string_view_literals;

using namespace detail;

namespace {

bool org_like(EntityType t) {
  return t == EntityType::kCouncil || t == EntityType::kOrganisation || t == EntityType::kTeam ||
         t == EntityType::kProgramme;
}

Mention named(const std::string& name, EntityType type) {
  Mention m;
  m.name = name;
  m.type = type;
  return m;
}

std::string title_case(const std::string& words) {
  std::string out;
  bool start = true;
  for (char c : words) {
    out += start ? static_cast<char>(absl::ascii_toupper(static_cast<unsigned char>(c))) : c;
    start = c == ' ';
  }
  return out;
}

// A council written as a bare place name ("Bristol", "Newcastle"), not in
// one of its styles ("Bristol City Council", "City of Bristol", "LB Hackney").
bool bare_place(const std::string& surface) {
  static const absl::flat_hash_set<std::string> styles = {"council",  "borough", "county",    "city",
                                                          "district", "of",      "royal",     "corporation",
                                                          "lb",       "rb",      "authority", "metropolitan"};
  for (const auto& w : split(lower(surface), ' '))
    if (styles.count(w)) return false;
  return true;
}

bool alphabetic_word(std::string_view w) {
  if (w.empty()) return false;
  for (unsigned char c : w)
    if (!absl::ascii_isalpha(c) && c != '\'' && c != '-') return false;
  return true;
}

bool all_lower_word(std::string_view w) {
  return !has_ascii_upper(w) && alphabetic_word(w);
}

// A heading of plans ("Next week", "Coming up next month") is short; a
// longer one is a title that only mentions what is due.
constexpr size_t kPlannedHeadingWords = 6;

// The note's opening, where authors say where they work: its title and
// first sentences.
constexpr size_t kOpeningSentences = 4;

// --- 1. The document ---------------------------------------------------------------

// One sentence: its recognised spans and the items the matcher reads.
struct SentenceDoc {
  Sentence sentence;  // its normalised text (`norm`) is moved into rec.text
  Recognised rec;
  SentenceItems items;
  std::vector<int> item_of_span;  // span index -> item index
  bool first_person = false;
  bool implicit_i = false;   // first person by its opening verb alone ("Met Kay ...")
  std::vector<bool> absent;  // span index -> named as not there ("taking over from Paul")
  size_t index = 0;
};

// Builds the matcher's view of a sentence from its tokens and spans.
// The rules are the lexicon's, whose word ids recognise() looked up with the
// gazetteer's (Recognised::rule_ids).
void build_items(SentenceDoc& d, const Lexicon& lex, uint32_t self_set) {
  const RuleSet& rules = *lex.rules();
  const auto& t = d.rec.tokens;
  auto& items = d.items.items;
  items.clear();
  items.reserve(t.size() + 4);
  d.items.name_words.clear();
  d.item_of_span.assign(d.rec.spans.size(), -1);
  absl::InlinedVector<int, 64> span_at(t.size(), -1);
  for (size_t k = 0; k < d.rec.spans.size(); ++k)
    for (size_t i = d.rec.spans[k].begin; i < d.rec.spans[k].end; ++i) span_at[i] = static_cast<int>(k);
  // Brackets that only name a team's or a body's people right after it
  // gloss it, they are no aside: "a visit from Microsoft's public sector
  // team (Rob and Claire)".
  auto names_its_people = [&](size_t open) {
    if (open == 0) return false;
    // (Also a body's team in lower case: "the Microsoft account team (Joe
    // Smith and Anika Rao)".)
    size_t unit_end = open;
    if (span_at[open - 1] < 0 && (t[open - 1].text == "team"sv || t[open - 1].text == "teams"sv)) {
      unit_end = open - 1;
      while (unit_end > 0 && open - unit_end <= 3 && span_at[unit_end - 1] < 0 &&
             t[unit_end - 1].kind == Token::kWord && !is_capitalised(t[unit_end - 1].text))
        --unit_end;
    }
    if (unit_end == 0 || span_at[unit_end - 1] < 0) return false;
    const EntityType unit = d.rec.spans[static_cast<size_t>(span_at[unit_end - 1])].type;
    if (unit != EntityType::kTeam && unit != EntityType::kOrganisation && unit != EntityType::kCouncil) return false;
    bool person = false;
    for (size_t k = open + 1; k < t.size(); ++k) {
      if (t[k].text == ")"sv) return person;
      if (span_at[k] >= 0 && d.rec.spans[static_cast<size_t>(span_at[k])].type == EntityType::kPerson)
        person = true;
      else if (t[k].text != ","sv && t[k].text != "and"sv && t[k].text != "&"sv)
        return false;
    }
    return false;
  };
  uint32_t possessive = rules.possessive();
  int depth = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    // Brackets after a handle gloss it, they are no aside: "a chat with
    // @hannahwhite (Hannah White, Nesta)".
    if (t[i].text == "("sv && !(depth == 0 && ((i >= 2 && t[i - 2].text == "@"sv) || names_its_people(i)))) ++depth;
    if (t[i].text == ")"sv && depth > 0) --depth;
    int k = span_at[i];
    if (k >= 0) {
      const Span& s = d.rec.spans[k];
      if (s.begin != i) continue;
      if (s.place) {  // a place, not an entity: its words are plain words
        for (size_t j = s.begin; j < s.end; ++j) {
          Item w;
          w.word = d.rec.rule_ids[j];
          w.index = static_cast<uint32_t>(j);
          w.alpha = alphabetic_word(t[j].text);
          items.push_back(w);
        }
        continue;
      }
      Item it;
      it.entity = true;
      it.index = static_cast<uint32_t>(k);
      it.type = static_cast<uint8_t>(type_bit(s.type));
      it.known = s.known;
      it.possessive = s.possessive;
      it.parens = depth > 0;
      it.words = static_cast<uint8_t>(std::min<size_t>(255, s.end - s.begin));
      it.all_caps = s.end - s.begin == 1 && all_caps(s.name, 1);
      it.town = lex.town(s.name);
      it.name_begin = static_cast<uint32_t>(d.items.name_words.size());
      for (size_t j = s.begin; j < s.end; ++j) d.items.name_words.push_back(d.rec.rule_ids[j]);
      it.name_end = static_cast<uint32_t>(d.items.name_words.size());
      d.item_of_span[k] = static_cast<int>(items.size());
      items.push_back(it);
      if (s.possessive) {
        Item p;
        p.word = possessive;
        p.index = static_cast<uint32_t>(s.end - 1);
        items.push_back(p);
      }
      continue;
    }
    Item it;
    const std::string_view w = t[i].text;
    it.word = d.rec.rule_ids[i];
    it.index = static_cast<uint32_t>(i);
    it.alpha = t[i].kind == Token::kWord && alphabetic_word(w);
    it.department = it.alpha && d.rec.departments[i] && !has_ascii_upper(w);
    it.self = it.word && rules.in_set(self_set, it.word);
    it.past = w.size() >= 5 && w[w.size() - 2] == 'e' && w.back() == 'd' && all_lower_word(w);
    items.push_back(it);
    if (t[i].possessive) {
      Item p;
      p.word = possessive;
      p.index = static_cast<uint32_t>(i);
      items.push_back(p);
    }
  }
}

// --- The discourse stage -------------------------------------------------------------

// Identity of a mention within a note: (name, type, author, surface).
// Mentions, each once by (name, type, author, surface) as it was when
// added; a mention seen before is found without copying its strings.
class MentionSet {
 public:
  // True when `m` was not in the set (it is now).
  bool insert(const Mention& m) {
    const View v{m.name, m.surface, m.type, m.author};
    if (keys_.contains(v)) return false;
    keys_.insert(Key{m.name, m.surface, m.type, m.author});
    return true;
  }

 private:
  struct View {
    std::string_view name, surface;
    EntityType type;
    bool author;
  };
  struct Key {
    std::string name, surface;
    EntityType type;
    bool author;
    operator View() const { return {name, surface, type, author}; }
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(const View& v) const {
      return absl::HashOf(hash_text(v.name), hash_text(v.surface), static_cast<int>(v.type), v.author);
    }
  };
  struct Eq {
    using is_transparent = void;
    bool operator()(const View& a, const View& b) const {
      return a.type == b.type && a.author == b.author && a.name == b.name && a.surface == b.surface;
    }
  };
  absl::flat_hash_set<Key, Hash, Eq> keys_;
};

// A list of facts, each once: the same fact (who, relation, whom, and where
// it was stated: note, date, sentence) added again merges its rules into
// the first. Facts are keyed by their index in the list, hashed once and
// compared field by field (no key strings: this ran for every fact). Facts
// enter the list through add() only; after others change it, rebuild().
class FactIndex {
 public:
  explicit FactIndex(std::vector<Fact>& facts) : facts_(facts), index_(16, Hash{&hashes_}, Same{&facts}) {}
  FactIndex(const FactIndex&) = delete;
  FactIndex& operator=(const FactIndex&) = delete;

  // Adds `f` at the end of the list; false when it merged into its twin.
  bool add(Fact f) {
    hashes_.push_back(hash(f));
    facts_.push_back(std::move(f));
    auto [it, fresh] = index_.insert(facts_.size() - 1);
    if (!fresh) {
      facts_[*it].evidence.rules.add(facts_.back().evidence.rules);
      facts_.pop_back();
      hashes_.pop_back();
    }
    return fresh;
  }
  // After the list changed by other means (facts removed, no twins made).
  void rebuild() {
    clear();
    for (const auto& f : facts_) hashes_.push_back(hash(f));
    for (size_t i = 0; i < facts_.size(); ++i) index_.insert(i);
  }
  void clear() {
    index_.clear();
    hashes_.clear();
  }

 private:
  static void mix(size_t& h, size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); }
  static size_t hash(const Fact& f) {
    auto text = hash_text;
    size_t h = text(f.source.name);
    mix(h, static_cast<size_t>(f.source.type) * 2 + (f.source.author ? 1 : 0));
    mix(h, static_cast<size_t>(f.relation));
    mix(h, text(f.target.name));
    mix(h, static_cast<size_t>(f.target.type) * 2 + (f.target.author ? 1 : 0));
    mix(h, text(f.evidence.sentence.str()));
    return h;
  }
  struct Hash {
    const std::vector<size_t>* hashes;
    size_t operator()(size_t i) const { return (*hashes)[i]; }
  };
  struct Same {
    const std::vector<Fact>* facts;
    static bool same(const Mention& a, const Mention& b) {
      return a.type == b.type && a.author == b.author && a.name == b.name;
    }
    bool operator()(size_t i, size_t j) const {
      const Fact& a = (*facts)[i];
      const Fact& b = (*facts)[j];
      return a.relation == b.relation && same(a.source, b.source) && same(a.target, b.target) &&
             a.evidence.date == b.evidence.date && a.evidence.note_id == b.evidence.note_id &&
             a.evidence.sentence == b.evidence.sentence;
    }
  };
  std::vector<Fact>& facts_;
  std::vector<size_t> hashes_;  // hash of each fact, made once
  absl::flat_hash_set<size_t, Hash, Same> index_;
};

class Discourse {
 public:
  Discourse(const Note& note, const Lexicon& lex, const ExtractOptions& opt)
      : note_(note), lex_(lex), rules_(*lex.rules()), opt_(opt) {
    author_.name = note.author.empty() ? unnamed_author(note, opt.unknown_author) : note.author;
    author_.type = EntityType::kPerson;
    author_.author = true;
    self_set_ = rules_.set_index("self");
    unit_stop_ = rules_.set_index("unit_stop");
    relative_set_ = rules_.set_index("clause_relative");
    first_person_set_ = rules_.set_index("first_person");
    possessive_self_set_ = rules_.set_index("first_person_possessive");
    governing_forum_set_ = rules_.set_index("governing_forum");
    past_lead_in_set_ = rules_.set_index("past_lead_in");
    weekday_set_ = rules_.set_index("weekday");
    attend_intent_set_ = rules_.set_index("attend_intent");
    legal_form_set_ = rules_.set_index("legal_form");
    determiner_set_ = rules_.set_index("list_determiner");
    with_word_ = rules_.word_id("with");
    we_word_ = rules_.word_id("we");
    at_word_ = rules_.word_id("at");
    venue_determiner_set_ = rules_.set_index("venue_determiner");
    role_noun_set_ = rules_.set_index("role_noun");
    // A team or a body writing as "we" ("Essex Digital Service team", "Local
    // Digital"): its name ends in a word of $team_words, or the gazetteer
    // knows it as something other than a person.
    if (!note.author.empty()) {
      auto words = split(lower(note.author), ' ');
      uint32_t last = rules_.word_id(words.back());
      const GazetteerEntry* known = lex.lookup(note.author);
      author_is_team_ =
          rules_.in_set(rules_.set_index("team_words"), last) || (known && known->type != EntityType::kPerson);
    }
  }

  NoteExtraction run() {
    auto matches = analyse();
    for (size_t r = 0; r < rule_counts_.size(); ++r)
      if (rule_counts_[r] > 0) out_.rule_matches[rules_.rules()[r].id] += rule_counts_[r];
    return discourse(matches);
  }

  std::vector<std::string> trace() {
    tracing_ = true;
    auto matches = analyse();
    std::vector<std::string> out;
    for (const auto& d : docs_) {
      std::string line;
      for (const auto& it : d.items.items) {
        if (!line.empty()) line += ' ';
        if (it.entity) {
          const Span& s = d.rec.spans[it.index];
          line += std::string("[") + type_name(s.type) + (s.known ? "" : "?") + " " + s.name + "]";
        } else {
          line += it.word == rules_.possessive() ? "'s" : lower(d.rec.tokens[it.index].text);
        }
      }
      out.push_back((d.first_person ? "(first person) " : "") + line);
      for (const auto& l : typing_lines_[d.index]) out.push_back(l);
      for (const auto& m : matches[d.index]) out.push_back(match_line(d, m));
    }
    return out;
  }

 private:
  // "  member.from (relate member_of p o) p=Kay Brown o=Made Tech"
  std::string match_line(const SentenceDoc& d, const Match& m) const {
    const CompiledRule& r = rules_.rules()[m.rule];
    std::string l = "  " + r.id + " (" + r.info.action + ")";
    for (size_t k = 0; k < r.slot_names.size(); ++k) {
      const Capture& c = m.slots[k];
      if (c.empty()) continue;
      l += " " + r.slot_names[k] + "=";
      for (size_t i = c.begin; i < c.end; ++i) {
        const Item& it = d.items.items[i];
        l += (i > c.begin ? " " : "") + (it.entity ? d.rec.spans[it.index].name : lower(d.rec.tokens[it.index].text));
      }
    }
    return l;
  }

  // A sentence too long or naming too many things is a list or a dump, not
  // a statement: its names are kept, no rule runs on it (linear time).
  bool too_big(const SentenceDoc& d) const {
    return d.rec.spans.size() > opt_.max_names_per_sentence || d.sentence.text.size() > opt_.max_sentence_bytes;
  }

  std::vector<std::vector<Match>> analyse() {
    // 1. The document.
    size_t n = 0;
    std::vector<Sentence> sentences = split_sentences(note_.text);
    docs_.reserve(sentences.size());
    for (auto& s : sentences) {
      SentenceDoc d;
      d.sentence = std::move(s);
      d.rec = recognise(std::move(d.sentence.norm), lex_);
      d.index = n++;
      if (!docs_.empty()) resolve_pronoun(docs_.back(), d);
      build_items(d, lex_, self_set_);
      docs_.push_back(std::move(d));
    }
    typing_lines_.assign(docs_.size(), {});
    for (const auto& d : docs_)
      for (const auto& sp : d.rec.spans)
        if (sp.type == EntityType::kCouncil) ++council_names_[sp.name];
    // A note that speaks of "the council" and names one council only is
    // about that council, however it names it.
    // Each sentence's prefilter, made again when typing changes the sentence.
    std::vector<std::optional<RuleSet::Prefilter>> prefilters(docs_.size());
    for (const auto& d : docs_) {
      const RuleSet::Prefilter& prefilter = prefilters[d.index].emplace(rules_, d.items);
      for (size_t r : rules_.own_council_rules())
        if (prefilter.may_match(r)) {
          std::vector<Match> ms;
          rules_.match_rule(r, d.items, prefilter, ms);
          own_council_cue_ |= !ms.empty();
        }
    }
    // 2. Typing, sentence by sentence, rule by rule in file order: a typing
    // rule reads what the rules before it typed, never what later ones will.
    std::vector<Match> ms;
    for (auto& d : docs_) {
      if (too_big(d)) continue;
      std::optional<RuleSet::Prefilter>& prefilter = prefilters[d.index];
      for (size_t r : rules_.typing_rules()) {
        ms.clear();
        if (!prefilter->may_match(r)) continue;
        rules_.match_rule(r, d.items, *prefilter, ms);
        if (ms.empty()) continue;
        rule_counts_[r] += static_cast<int>(ms.size());
        bool changed = false;
        if (tracing_)
          for (const auto& m : ms) typing_lines_[d.index].push_back(match_line(d, m));
        for (const auto& m : ms) changed |= apply_typing(d, m);
        if (changed) {
          build_items(d, lex_, self_set_);
          prefilter.emplace(rules_, d.items);
        }
      }
    }
    place_everywhere(prefilters);
    // 3. Matching, with first person as a sentence feature.
    std::vector<std::vector<Match>> matches(docs_.size());
    for (auto& d : docs_) {
      d.first_person = first_person(d, *prefilters[d.index], &d.implicit_i);
      if (too_big(d)) {
        std::string where =
            "sentence " + std::to_string(d.index + 1) + " (paragraph " + std::to_string(d.sentence.paragraph + 1) + ")";
        if (d.sentence.text.size() > opt_.max_sentence_bytes)
          out_.warnings.push_back(where + " is " + std::to_string(d.sentence.text.size()) +
                                  " bytes long; kept as names, no relations read (limit " +
                                  std::to_string(opt_.max_sentence_bytes) + ")");
        else
          out_.warnings.push_back(where + " names " + std::to_string(d.rec.spans.size()) +
                                  " entities; kept as names, no relations read (limit " +
                                  std::to_string(opt_.max_names_per_sentence) + ")");
        continue;
      }
      rules_.match(d.items, *prefilters[d.index], d.first_person, matches[d.index]);
      for (const auto& m : matches[d.index]) ++rule_counts_[m.rule];
    }
    return matches;
  }

  NoteExtraction discourse(const std::vector<std::vector<Match>>& matches) {
    // 4. Discourse.
    find_home_council(matches);
    find_self_names(matches);
    find_absent(matches);
    out_.note_id = note_.id;
    out_.author = note_.author;
    mention(author_);
    size_t paragraph = SIZE_MAX;
    for (auto& d : docs_) {
      ms_ = &matches[d.index];
      evidence_ = Evidence{note_id_, note_.date, d.sentence.text, {}};
      for (size_t k = 0; k < d.rec.spans.size(); ++k)
        if (keep(d, k)) {
          mention(span(d, k));
          if (d.rec.spans[k].known) known_names_.insert(d.rec.spans[k].name);
        }
      // A heading or a lead-in line ("Next week we are talking:") that
      // speaks of the future makes the list items under it planned; not a
      // lead-in that says its list happened ("..., but the items were:").
      bool lead_in = !d.sentence.bullet && ends_with(trim_view(d.sentence.text), ":");
      if (d.sentence.heading || lead_in)
        planned_section_ = (has(Action::kFuture) || has(Action::kNegation)) && !(lead_in && past_lead_in(d));
      else if (!d.sentence.bullet)
        planned_section_ = false;
      // A short heading inside the note over what is still to come ("##
      // Next week", "Coming up") makes its whole section planned, prose
      // too, until the next heading; not the note's title, nor a heading
      // that only speaks in the future ("What I'll be working on").
      if (d.sentence.heading)
        planned_heading_ = d.index > 0 && d.items.items.size() <= kPlannedHeadingWords && has(Action::kPlansSection);
      if (d.sentence.paragraph != paragraph) {
        paragraph = d.sentence.paragraph;
        meeting_people_.clear();
        // The list a lead-in line opens ("some noteworthy items were:") is
        // one stretch of text: its items do not count down the paragraphs.
        if (ctx_ && !(ctx_->list_follows && d.sentence.bullet) && --ctx_->paragraphs_left < 0) close_context();
      }
      // A sentence that opens with another day ("Thursday and Friday mostly
      // spent writing ...") ends the meeting of the paragraph so far.
      if (ctx_ && !ctx_->from_heading && opens_with_day(d)) close_context();
      // A heading or lead-in over a list of speakers ("Talks from:"): each
      // item's first person spoke.
      // A lead-in over a list of meetings ("Meetings this week:") likewise:
      // each item's people met the author.
      if (d.sentence.heading || lead_in) {
        const Match* talks = first(Action::kTalkSection);
        talk_section_ = talks ? rule(*talks).id : "";
        const Match* meets = lead_in ? first(Action::kMeetingSection) : nullptr;
        meeting_lead_in_ = meets ? rule(*meets).id : "";
      } else if (!d.sentence.bullet) {
        talk_section_.clear();
        meeting_lead_in_.clear();
      }
      // A heading opens a new topic; it names things but states no relation,
      // but for a title's own ("This week at GDS": rules `when heading`).
      // A heading naming a forum makes the section about that forum.
      if (d.sentence.heading) {
        for (const auto& m : *ms_)
          if (rule(m).heading && rule(m).action == Action::kRelate) relate(d, m, rule(m));
        close_context();
        const Match* section = first(Action::kMeetingSection);
        meeting_section_ = section ? rule(*section).id : "";
        for (size_t k = 0; k < d.rec.spans.size(); ++k)
          if (type(d, k) == EntityType::kForum && !d.rec.spans[k].place) {
            open_context(span(d, k), d, false);
            break;
          }
        continue;
      }
      meetings(d);
      section_meetings(d);
      presentations(d);
      attendance(d);
      relations(d);
      if (opt_.mentioned_with) cooccurrence(d);
      if (ctx_ && !d.sentence.bullet) ctx_->list_follows = lead_in;
      for (size_t k = d.rec.spans.size(); k > 0; --k)
        if (is_body(d, k - 1)) {
          last_body_ = span(d, k - 1);
          last_body_paragraph_ = d.sentence.paragraph;
          break;
        }
    }
    close_context();
    team_names();
    short_names();
    prefix_structure();
    register_structure();
    drop_attendance_of_presenters_and_chairs();
    nearest_containers();
    if (home_) {
      evidence_ = Evidence{note_id_, note_.date, home_evidence_, {}};
      fact(author_, Relation::kMemberOf, *home_, "discourse.home-council");
    }
    employees();
    drop_membership_of_leaders();
    drop_team_meeting_its_members();
    // Kept until resolution with every other note's: no growth slack.
    out_.facts.shrink_to_fit();
    out_.mentions.shrink_to_fit();
    return std::move(out_);
  }

  // --- typing ---
  bool apply_typing(SentenceDoc& d, const Match& m) {
    const CompiledRule& r = rules_.rules()[m.rule];
    bool changed = false;
    auto spans_of = [&](int slot) {
      std::vector<size_t> out;
      const Capture& c = m.slots[slot];
      for (size_t i = c.begin; i < c.end; ++i)
        if (d.items.items[i].entity) out.push_back(d.items.items[i].index);
      return out;
    };
    switch (r.action) {
      case Action::kType:
        for (size_t k : spans_of(r.a)) {
          Span& s = d.rec.spans[k];
          if (s.known || s.name.find('&') != std::string::npos) continue;
          s.type = r.type;
          s.known = true;
          changed = true;
        }
        break;
      case Action::kTypeList: {
        // A list holding a person ("I", a known person) is a list of people:
        // its unknown members of one or two words are people too ("Kay
        // Brown and Xu-Li Tan"), unless their words name a department.
        const Capture& c = m.slots[r.a];
        size_t members = 0;
        bool any_person = false;
        for (size_t i = c.begin; i < c.end; ++i) {
          const Item& it = d.items.items[i];
          if (it.entity) {
            ++members;
            const Span& s = d.rec.spans[it.index];
            any_person |= s.type == EntityType::kPerson && s.known;
          } else if (it.self) {
            ++members;
            any_person = true;
          }
        }
        // A list ends in "and" or "&" ("Dev, Olu and I"); "Outside of
        // Cornwall, I ..." is a clause, not a list.
        // Two names around ", and" are two clauses ("... in Kentish Town,
        // and Ayesha presented"), not a list.
        bool joined = false, clause = false;
        for (size_t i = c.begin; i < c.end; ++i)
          if (!d.items.items[i].entity && rules_.is_conjunction(d.items.items[i].word)) {
            joined = true;
            clause |= members == 2 && i > c.begin && !d.items.items[i - 1].entity &&
                      d.rec.tokens[d.items.items[i - 1].index].text == ",";
          }
        if (members < 2 || !any_person || !joined || clause) break;
        // A name opening with an acronym ("NHS Ayrshire and Arran") is no
        // person's, nor one where people work ("Martin Clarke from
        // Riverside and Asha Patel").
        for (size_t k : spans_of(r.a)) {
          Span& s = d.rec.spans[k];
          const std::string_view before = s.begin > 0 ? d.rec.tokens[s.begin - 1].text : std::string_view();
          // (Nor one after "the": "Nicola Heron from the Digital Office and
          // Geraint Bevan"; nor a portfolio: "Head of Digital
          // Transformation, Claire Dunn, and I".)
          if (!s.known && s.end - s.begin <= 2 && s.type != EntityType::kTeam &&
              !all_caps(d.rec.tokens[s.begin].text, 2) && before != "from" && before != "at" && before != "the" &&
              before != "The" && before != "of" && before != "for") {
            s.type = EntityType::kPerson;
            s.known = true;
            changed = true;
          }
        }
        break;
      }
      case Action::kTypeListUnits: {
        // "the Publishing, Content Design and Digital Content teams": the
        // list's known unit says what its unknown members are.
        const Capture& c = m.slots[r.a];
        if (std::count_if(d.items.items.begin() + c.begin, d.items.items.begin() + c.end,
                          [](const Item& it) { return it.entity; }) < 2)
          break;
        std::optional<EntityType> unit;
        bool councils = false;
        for (size_t k : spans_of(r.a)) {
          const Span& s = d.rec.spans[k];
          if (s.known &&
              (s.type == EntityType::kTeam || s.type == EntityType::kProgramme || s.type == EntityType::kForum))
            unit = s.type;
          councils |= s.known && s.type == EntityType::kCouncil;
        }
        // "Leeds, Bradford and Wakefield": beside a council, a council's
        // bare name that is also a given name is the council.
        if (councils)
          for (size_t k : spans_of(r.a)) changed |= make_council(d.rec.spans[k]);
        if (!unit) break;
        for (size_t k : spans_of(r.a)) {
          Span& s = d.rec.spans[k];
          if (s.known) continue;
          s.type = *unit;
          s.known = true;
          changed = true;
        }
        break;
      }
      case Action::kTypeAs: {
        auto whole = spans_of(r.b);
        if (whole.empty() || !org_like(d.rec.spans[whole[0]].type)) break;
        for (size_t k : spans_of(r.a)) {
          Span& s = d.rec.spans[k];
          if (s.known) continue;
          s.type = d.rec.spans[whole[0]].type;
          s.known = true;
          changed = true;
        }
        break;
      }
      case Action::kCouncil:
        for (size_t k : spans_of(r.a)) changed |= make_council(d.rec.spans[k]);
        break;
      case Action::kPlace:
        for (size_t k : spans_of(r.a)) {
          Span& s = d.rec.spans[k];
          if (s.type != EntityType::kCouncil) {
            // A council whose bare name is also a given name ("in Bradford")
            // is a place, not a person; so is one word no list knows ("our
            // hub in Stratford").
            // (Not a name with capitals inside: "in HackIT".)
            if (ambiguous_council(s) || (s.type == EntityType::kOrganisation && !s.known && s.end - s.begin == 1 &&
                                         capitals(d.rec.tokens[s.begin].text) == 1))
              s.place = changed = true;
            continue;
          }
          // Only the bare place name ("Bristol", not "Bristol City Council"),
          // named once in the note: a council the note is about is named again
          // (unless every time as a place: place_everywhere()).
          if (!bare_place(s.surface)) continue;
          if (own_council_cue_ && council_names_.size() == 1) continue;
          if (council_names_[s.name] > 1) {
            placed_[s.name].insert({d.index, k});
            continue;
          }
          s.place = true;
          changed = true;
        }
        break;
      case Action::kPlain: {
        const bool only_unknown = std::any_of(r.guards.begin(), r.guards.end(), [&](const SlotGuard& g) {
          return g.slot == r.a && g.kind == SlotGuard::kUnknown;
        });
        for (size_t k : spans_of(r.a)) {
          Span& s = d.rec.spans[k];
          // A rule for unknown names leaves a list's known member alone
          // ("Minister for Local Government, Tom Reid").
          if (s.place || (s.known && only_unknown)) continue;
          s.place = true;  // not an entity: its words are plain words
          changed = true;
        }
        break;
      }
      case Action::kAcronym: {
        auto full = spans_of(r.a), shrt = spans_of(r.b);
        if (full.empty() || shrt.empty()) break;
        const std::string& f = d.rec.spans[full[0]].name;
        Span& a = d.rec.spans[shrt[0]];
        if (a.name.find(' ') != std::string::npos || a.name.size() < 2) break;
        const std::string initials = capital_initials(f);
        std::string upper;
        for (char c : a.name)
          if (absl::ascii_isupper(static_cast<unsigned char>(c))) upper += c;
        if (upper.size() < 2 || initials.find(upper) == std::string::npos) break;
        if (a.type != d.rec.spans[full[0]].type || !a.known) changed = true;
        a.type = d.rec.spans[full[0]].type;
        a.known = true;
        out_.acronyms.emplace_back(a.name, f);
        break;
      }
      default:
        break;
    }
    return changed;
  }

  // "I met Kay Brown. She presented to the Board.": a sentence opening with
  // "She" or "He" speaks of the one person the sentence before (in the same
  // paragraph) named; with none, or several, it names no one.
  static void resolve_pronoun(const SentenceDoc& prev, SentenceDoc& d) {
    const auto& t = d.rec.tokens;
    if (t.empty() || (t[0].text != "She"sv && t[0].text != "He"sv) || prev.sentence.paragraph != d.sentence.paragraph)
      return;
    if (!d.rec.spans.empty() && d.rec.spans.front().begin == 0) return;
    const Span* who = nullptr;
    for (const auto& sp : prev.rec.spans) {
      if (sp.type != EntityType::kPerson || !sp.known || sp.place) continue;
      if (who && who->name != sp.name) return;  // two people: whose?
      who = &sp;
    }
    if (!who) return;
    Span p = *who;
    p.begin = 0;
    p.end = 1;
    p.surface = p.name;  // ("She" is no alias of the person)
    p.possessive = false;
    d.rec.spans.insert(d.rec.spans.begin(), std::move(p));
  }

  // A council named more than once, but each time as a place ("a meeting
  // in Birmingham", "the meetup in Birmingham"), is a place each time.
  void place_everywhere(std::vector<std::optional<RuleSet::Prefilter>>& prefilters) {
    for (const auto& [name, at] : placed_) {
      if (at.size() != static_cast<size_t>(council_names_[name])) continue;
      std::set<size_t> docs;
      for (const auto& [doc, k] : at) {
        docs_[doc].rec.spans[k].place = true;
        docs.insert(doc);
      }
      for (size_t doc : docs) {
        build_items(docs_[doc], lex_, self_set_);
        prefilters[doc].emplace(rules_, docs_[doc].items);
      }
    }
  }

  // --- sentence features ---
  // First person by a word ("my", "we") or by an opening verb alone
  // ("Chatted to my counterpart ..."): `implicit` says whether the opening
  // verb does, whichever rule comes first.
  bool first_person(const SentenceDoc& d, const RuleSet::Prefilter& prefilter, bool* implicit) {
    bool found = false;
    for (size_t r : rules_.feature_rules()) {
      const bool opening = rules_.rules()[r].action == Action::kImplicitI;
      if ((found && !opening) || !prefilter.may_match(r)) continue;
      std::vector<Match> ms;
      rules_.match_rule(r, d.items, prefilter, ms);
      if (ms.empty()) continue;
      if (!found) ++rule_counts_[r];
      found = true;
      if (opening) {
        *implicit = true;
        return true;
      }
    }
    if (found) return true;
    // A list item opening with a past-tense verb ("Wrapped up the review").
    const auto& t = d.rec.tokens;
    if (d.sentence.bullet && !t.empty() && t[0].kind == Token::kWord) {
      const std::string_view w = t[0].text;
      if (w.size() > 4 && ends_with(w, "ed") && is_capitalised(w)) return true;
    }
    return false;
  }

  // --- helpers over the current sentence's matches ---
  const CompiledRule& rule(const Match& m) const { return rules_.rules()[m.rule]; }
  bool has(Action a) const {
    for (const auto& m : *ms_)
      if (rule(m).action == a) return true;
    return false;
  }
  const Match* first(Action a) const {
    for (const auto& m : *ms_)
      if (rule(m).action == a) return &m;
    return nullptr;
  }
  std::vector<const Match*> all(Action a) const {
    std::vector<const Match*> out;
    for (const auto& m : *ms_)
      if (rule(m).action == a) out.push_back(&m);
    return out;
  }
  // Span indices of a slot's entities, in order.
  std::vector<size_t> spans(const SentenceDoc& d, const Match& m, int slot) const {
    std::vector<size_t> out;
    if (slot < 0) return out;
    const Capture& c = m.slots[slot];
    for (size_t i = c.begin; i < c.end; ++i)
      if (d.items.items[i].entity) out.push_back(d.items.items[i].index);
    return out;
  }
  bool slot_has_self(const SentenceDoc& d, const Match& m, int slot) const {
    if (slot < 0) return false;
    const Capture& c = m.slots[slot];
    for (size_t i = c.begin; i < c.end; ++i)
      if (!d.items.items[i].entity && d.items.items[i].self) return true;
    return false;
  }
  // A place or plain span (rule actions place, plain) is words, no item.
  bool in_parens(const SentenceDoc& d, size_t k) const {
    int i = d.item_of_span[k];
    return i >= 0 && d.items.items[static_cast<size_t>(i)].parens;
  }

  Mention span(const SentenceDoc& d, size_t k) const {
    const Span& s = d.rec.spans[k];
    if ((s.type == EntityType::kPerson || s.type == EntityType::kTeam) && self_names_.count(s.name)) return author_;
    return Mention{s.name, s.type, false, s.surface != s.name ? s.surface : "", s.display};
  }
  EntityType type(const SentenceDoc& d, size_t k) const { return d.rec.spans[k].type; }
  // A council or an organisation the text knows as one (not a place, not
  // a name typed by its shape alone).
  bool is_body(const SentenceDoc& d, size_t k) const {
    const Span& s = d.rec.spans[k];
    return (s.type == EntityType::kCouncil || s.type == EntityType::kOrganisation) && !s.place && s.known;
  }
  bool is_person(const SentenceDoc& d, size_t k) const { return type(d, k) == EntityType::kPerson; }
  bool participant(const SentenceDoc& d, size_t k) const {
    const Span& s = d.rec.spans[k];
    return s.type == EntityType::kPerson && s.known && !s.place && !s.possessive && !in_parens(d, k) &&
           (d.absent.empty() || !d.absent[k]);
  }

  // An unknown single word stays out of the graph unless a fact used it.
  bool keep(const SentenceDoc& d, size_t k) const {
    const Span& s = d.rec.spans[k];
    if (s.place) return false;
    return s.known || s.end - s.begin > 1 || used_.count({d.index, k});
  }
  Mention ent(const SentenceDoc& d, size_t k) {
    used_.insert({d.index, k});
    return span(d, k);
  }

  // Each (name, type, author, surface) once, in order of first mention;
  // a hash set keeps this linear in the note's mentions.
  void mention(const Mention& x) {
    if (!mention_keys_.insert(x)) return;
    out_.mentions.push_back(x);
  }

  // People a sentence names as not there ("taking over from Paul Knight",
  // "on behalf of Kay"): no participants of its meeting.
  void find_absent(const std::vector<std::vector<Match>>& matches) {
    for (auto& d : docs_)
      for (const auto& m : matches[d.index])
        if (rule(m).action == Action::kAbsent)
          for (size_t k : spans(d, m, rule(m).a)) {
            d.absent.resize(d.rec.spans.size(), false);
            d.absent[k] = true;
          }
  }

  // The names the author gives themself ("Hello, I'm Sam, a designer at
  // ...", "We're the data team at the GLA"): each of their mentions in the
  // note is the author, and a person's full name names the author of a
  // note that names none.
  void find_self_names(const std::vector<std::vector<Match>>& matches) {
    for (const auto& d : docs_)
      for (const auto& m : matches[d.index])
        if (rule(m).action == Action::kSelfName)
          for (size_t k : spans(d, m, rule(m).a)) {
            // "We're the data team at the GLA": a team writing as "we" (in a
            // note no person's name is given as the author of).
            if (type(d, k) == EntityType::kTeam && !d.rec.spans[k].possessive && !author_is_team_ && !person_author()) {
              self_names_.insert(d.rec.spans[k].name);
              author_is_team_ = true;
            }
            if (is_person(d, k) && !d.rec.spans[k].possessive) {
              const std::string& name = d.rec.spans[k].name;
              // A note with no author named elsewhere is the full name's.
              if (note_.author.empty() && self_names_.empty() && name.find(' ') != std::string::npos)
                author_.name = name;
              self_names_.insert(name);
            }
          }
  }

  // The note's author is given as a person: "Kay Brown", not "Author of
  // x" or "Data Team".
  bool person_author() const {
    if (note_.author.empty()) return false;
    const auto space = note_.author.find(' ');
    return lex_.first_name(note_.author.substr(0, space));
  }

  // The one way a fact is made, named by its rule.
  // `seat`: a member_of that is a seat or a membership (a rule's "when
  // seat"), which names no employer.
  void fact(const Mention& a, Relation r, const Mention& b, const std::string& rule_id, bool seat = false) {
    if (a == b) return;
    // A team writing as the author belongs to its organisation as a part,
    // not as a member (ONTOLOGY.md, "a team or organisation as author").
    if (a.author && author_is_team_ && r == Relation::kMemberOf && b.type != EntityType::kForum &&
        b.type != EntityType::kPerson)
      r = Relation::kPartOf;
    if (a.name == b.name && a.author == b.author) return;
    if (a.author && r == Relation::kMemberOf && !employer_ && !seat &&
        (b.type == EntityType::kOrganisation || b.type == EntityType::kCouncil))
      employer_ = b;
    if (a.author && r == Relation::kMemberOf && !own_team_ && b.type == EntityType::kTeam) own_team_ = b;
    Fact f{a, r, b, evidence_};
    f.evidence.rules = RuleIds::one(rule_id);
    if (add_fact(std::move(f))) {
      mention(a);
      mention(b);
    }
  }

  // Into the note's facts, each once: the same fact from the same sentence
  // is one fact naming every rule. False when it merged into one before.
  bool add_fact(Fact f) {
    if (is_symmetric(f.relation) && f.target < f.source) std::swap(f.source, f.target);
    return fact_index_.add(std::move(f));
  }

  // Types a council's bare name that is also a given name ("Kent") as the
  // council; false when the span is no such name.
  bool make_council(Span& s) const {
    const GazetteerEntry* e = ambiguous_council(s);
    if (!e) return false;
    s.type = EntityType::kCouncil;
    s.name = e->canonical;
    s.known = true;
    return true;
  }

  // A one-word name not typed a council whose bare name is an ambiguous
  // council's ("Bradford"): that council's entry, else null.
  const GazetteerEntry* ambiguous_council(const Span& s) const {
    if (s.end - s.begin != 1 || s.type == EntityType::kCouncil) return nullptr;
    const GazetteerEntry* e = lex_.ambiguous(s.name);
    return e && e->type == EntityType::kCouncil ? e : nullptr;
  }

  // "Janet Hughes, our policy lead" in a person's note: she works where the
  // author does ("our partners at Made Tech": they partner it), the body the
  // note first makes the author a member of (or, failing that, the author's
  // council), once the whole note is read. With neither, "our partners"
  // are the author's own.
  void employees() {
    const std::optional<Mention>& body = employer_ ? employer_ : home_;
    for (const auto& e : employees_) {
      const std::optional<Mention>& where = e.own_team && own_team_ ? own_team_ : body;
      if (!where && e.relation != Relation::kPartnerOf) continue;
      evidence_ = e.evidence;
      fact(e.who, e.relation, where ? *where : author_, e.rule);
    }
  }

  // The sentence is under a heading of plans and tells no past ("We had a
  // call" there is still a call), or a list item under a lead-in of plans.
  bool in_planned_section(const SentenceDoc& d) const {
    return (planned_heading_ && !has(Action::kPast)) || (planned_section_ && d.sentence.bullet);
  }

  // A lead-in whose last word says its list happened: "the items were:".
  bool past_lead_in(const SentenceDoc& d) const {
    const auto& tokens = d.rec.tokens;
    size_t i = tokens.size();
    while (i > 0 && tokens[i - 1].kind != Token::kWord) --i;
    return i > 0 && rules_.in_set(past_lead_in_set_, rules_.word_id(lower(tokens[i - 1].text)));
  }

  // The author's council: the one the note names most, when it names one at
  // least three times or speaks of "the council" as its own.
  void find_home_council(const std::vector<std::vector<Match>>& matches) {
    std::map<std::string, int> counts;
    std::map<std::string, std::string> first_sentence;
    std::set<std::string> visited;  // a council the author went to see is another's
    std::string said;               // the council the text says the author works at
    bool generic = false;
    bool works_elsewhere = false;
    for (const auto& d : docs_) {
      bool council = false;
      for (const auto& s : d.rec.spans)
        if (s.type == EntityType::kCouncil && !s.place) {
          council = true;
          ++counts[s.name];
          first_sentence.emplace(s.name, d.sentence.text);
          if (visit_before(d, s.begin)) visited.insert(s.name);
        }
      for (const auto& m : matches[d.index]) {
        generic |= rule(m).action == Action::kOwnCouncil;
        works_elsewhere |= d.index < kOpeningSentences && !council && author_member_of_body(d, m);
        if (said.empty()) said = author_council(d, m);
      }
    }
    // The most named; the one the text says the author works at before any
    // ("I joined Sheffield City Council as ... had a coffee with Ed Hill from
    // Barnsley Council").
    std::string best = said;
    int n = said.empty() ? 0 : counts[said];
    if (said.empty())
      for (const auto& [name, c] : counts)
        if (c > n && !visited.count(name)) best = name, n = c;
    // "the council" names the author's own, unless the note opens by saying
    // the author works at a body that is no council ("Another week at the
    // ODI's public sector team ... a workshop for Bristol City Council;
    // people from across the council came"); not a role taken later
    // ("voted into Socitm as Vice President").
    if (!best.empty() && (n >= 3 || (generic && !works_elsewhere))) {
      home_ = named(best, EntityType::kCouncil);
      home_evidence_ = first_sentence[best];
    }
  }

  // The words right before token `b` say a visit to it: "visited Dundee
  // City Council", "a visit to Dundee", "a trip to Sandwell".
  bool visit_before(const SentenceDoc& d, size_t b) const {
    const auto& t = d.rec.tokens;
    auto word = [&](size_t back) { return back <= b ? lower(t[b - back].text) : std::string(); };
    static const absl::flat_hash_set<std::string> visit{"visit", "visited", "visiting", "visits"};
    static const absl::flat_hash_set<std::string> go{"visit", "trip", "went", "travelled", "journey", "headed"};
    return visit.count(word(1)) > 0 || (word(1) == "to" && go.count(word(2)) > 0);
  }

  // What a match makes the author a member of (its rule relates the author
  // member_of a slot): that slot's capture, else null.
  const Capture* author_membership(const Match& m) const {
    const CompiledRule& r = rule(m);
    if (r.action != Action::kRelate || r.relation != Relation::kMemberOf || r.a != kAuthorSlot || r.b < 0)
      return nullptr;
    return &m.slots[static_cast<size_t>(r.b)];
  }

  // The council a match makes the author a member of, else "".
  std::string author_council(const SentenceDoc& d, const Match& m) const {
    const Capture* c = author_membership(m);
    if (!c) return "";
    for (size_t i = c->begin; i < c->end; ++i) {
      const Item& it = d.items.items[i];
      if (it.entity && type(d, it.index) == EntityType::kCouncil) return d.rec.spans[it.index].name;
    }
    return "";
  }

  // A match that makes the author a member of an organisation, team or
  // programme.
  bool author_member_of_body(const SentenceDoc& d, const Match& m) const {
    const Capture* c = author_membership(m);
    if (!c) return false;
    constexpr uint8_t kBodies =
        type_bit(EntityType::kOrganisation) | type_bit(EntityType::kTeam) | type_bit(EntityType::kProgramme);
    for (size_t i = c->begin; i < c->end; ++i)
      if (d.items.items[i].entity && (d.items.items[i].type & kBodies) != 0) return true;
    return false;
  }

  // A planned or missed event: a future or negation cue before the event's
  // cue, or after it in the same clause ("presenting to the Board next
  // week"), not in a relative clause about another event ("a planning
  // meeting ... for the IGG meeting which is due in May").
  // (A purpose, "ahead of the Board", "to prepare for it", plans what
  // follows it only: "I caught up with Kay ahead of the Board" met Kay.)
  bool planned_for(const SentenceDoc& d, const Match& cue) const {
    if (in_planned_section(d)) return true;
    for (const auto& m : *ms_) {
      Action a = rule(m).action;
      if (a == Action::kPurpose && m.begin < cue.begin) return true;
      if (a != Action::kFuture && a != Action::kNegation) continue;
      if (m.begin < cue.begin) return true;
      if (m.begin < cue.end) continue;
      bool relative = false;
      for (size_t i = cue.end; i < m.begin; ++i)
        relative |= !d.items.items[i].entity && rules_.in_set(relative_set_, d.items.items[i].word);
      if (!relative) return true;
    }
    return false;
  }

  // Items before `at` back to the last match of `separator` (exclusive).
  // A forum is named in the clause of match m (between the clause breaks
  // around it).
  bool forum_in_clause_of(const SentenceDoc& d, const Match& m) const {
    const size_t begin = clause_start(Action::kClauseBreak, m.begin);
    size_t end = d.items.items.size();
    for (const auto& b : *ms_)
      if (rule(b).action == Action::kClauseBreak && b.begin >= m.end) end = std::min<size_t>(end, b.begin);
    for (size_t k = 0; k < d.rec.spans.size(); ++k) {
      const int i = d.item_of_span[k];
      if (i >= static_cast<int>(begin) && i < static_cast<int>(end) && type(d, k) == EntityType::kForum) return true;
    }
    return false;
  }

  size_t clause_start(Action separator, size_t at) const {
    size_t start = 0;
    for (const auto& m : *ms_)
      if (rule(m).action == separator && m.end <= at) start = std::max<size_t>(start, m.end);
    return start;
  }

  // A talk cue that ends in "with" before a person: a session run with
  // people, who took part in it ("ran a workshop with Emma Walsh").
  bool session_with_people(const SentenceDoc& d, const Match& m) const {
    const auto& items = d.items.items;
    return m.end > m.begin && m.end < items.size() && !items[m.end - 1].entity && items[m.end - 1].word == with_word_ &&
           items[m.end].entity && type(d, items[m.end].index) == EntityType::kPerson;
  }

  // --- met_with ---
  void meetings(SentenceDoc& d) {
    // A meeting word that names a talk, heard or given ("a great session
    // from Kay Brown", "Tom ran a workshop at the Network"), is no meeting.
    // A session run "with" people is one they took part in: "ran a
    // workshop with Emma Walsh and Chris Boyd".
    const Match* cue = nullptr;
    auto heard = all(Action::kPresentListen);
    for (const Match* m : all(Action::kPresent))
      if (!session_with_people(d, *m)) heard.push_back(m);
    for (const Match* m : all(Action::kMeeting)) {
      if (std::none_of(heard.begin(), heard.end(),
                       [&](const Match* h) { return h->begin <= m->begin && m->end <= h->end; })) {
        cue = m;
        break;
      }
    }
    if (!cue || planned_for(d, *cue)) return;
    const std::string& id = rule(*cue).id;
    // Separate meetings in one sentence: "...; and Matt from Stamp".
    std::vector<size_t> cuts{0};
    for (const Match* b : all(Action::kMeetingBreak)) cuts.push_back(b->begin), cuts.push_back(b->end);
    cuts.push_back(d.items.items.size());
    std::sort(cuts.begin(), cuts.end());
    for (size_t g = 0; g + 1 < cuts.size(); g += 2) {
      std::vector<size_t> people;
      for (size_t i = cuts[g]; i < cuts[g + 1]; ++i) {
        const Item& it = d.items.items[i];
        if (!it.entity) continue;
        size_t k = it.index;
        if (participant(d, k) && std::find(people.begin(), people.end(), k) == people.end()) people.push_back(k);
      }
      if (people.empty()) continue;
      std::vector<Mention> group;
      const bool with_author = d.first_person && !others_met_ours(d, *cue);
      if (with_author) group.push_back(author_);
      for (size_t k : people) {
        group.push_back(ent(d, k));
        if (std::find(meeting_people_.begin(), meeting_people_.end(), group.back()) == meeting_people_.end())
          meeting_people_.push_back(group.back());
      }
      // Meetings with each apart ("1:1s with each of my leads") pair the
      // author with each, not the others with one another.
      const size_t firsts = with_author && has(Action::kSeparateMeetings) ? 1 : group.size();
      for (size_t a = 0; a < firsts; ++a)
        for (size_t b = a + 1; b < group.size(); ++b) fact(group[a], Relation::kMetWith, group[b], id);
    }
  }

  // "Ben and Bhupinder met with our colleagues in Tech Services": named
  // people open the sentence and the first person is only "our"/"my", so
  // the author was not at the meeting.
  // (Also after their role: "Our user researcher, Aisha Khan, ran three
  // sessions with solicitors".)
  bool others_met_ours(const SentenceDoc& d, const Match& cue) const {
    const auto& items = d.items.items;
    size_t i = 0;
    if (!items.empty() && !items[0].entity && rules_.in_set(possessive_self_set_, items[0].word)) {
      while (i < items.size() && i < 6 && !items[i].entity) ++i;
      // (Right after the role: "Our content crit was great: Zara ..." is no
      // role.)
      if (i < items.size() &&
          !(d.rec.tokens[items[i - 1].index].text == ","sv || rules_.in_set(role_noun_set_, items[i - 1].word)))
        return false;
    }
    if (i >= items.size() || i >= cue.begin || !items[i].entity || !participant(d, items[i].index)) return false;
    return possessor_only(d);
  }

  // The first person of the sentence is only "our"/"my" (no "I", "we").
  bool possessor_only(const SentenceDoc& d) const {
    for (uint32_t id : d.rec.rule_ids)
      if (rules_.in_set(first_person_set_, id) && !rules_.in_set(possessive_self_set_, id)) return false;
    return true;
  }

  // Whether the author is among those a cue at item `cue` speaks of: the
  // sentence is in the first person, and not only as the possessor of a
  // named person who comes first ("Our head of data Kay Brown spoke at
  // the Data Summit": Kay spoke, the author may not have been there).
  bool author_in_clause(const SentenceDoc& d, size_t cue) const {
    if (!d.first_person) return false;
    if (d.implicit_i || !possessor_only(d)) return true;  // ("Really enjoyed hearing from Kay at X")
    for (size_t i = 0; i < cue && i < d.items.items.size(); ++i)
      if (d.items.items[i].entity && participant(d, d.items.items[i].index)) return false;
    return true;
  }

  // A list item under a heading about meetings ("Meetings", "Who did I talk
  // to?"): its people met the author.
  void section_meetings(SentenceDoc& d) {
    const std::string& id = meeting_lead_in_.empty() ? meeting_section_ : meeting_lead_in_;
    if (id.empty() || !d.sentence.bullet || in_planned_section(d)) return;
    if (first(Action::kMeeting)) {
      // The item's own meeting ("Scottish Government — quarterly review
      // with Craig and Laura"): the author's too, said or not.
      if (!d.first_person)
        for (size_t k = 0; k < d.rec.spans.size(); ++k)
          if (participant(d, k)) fact(author_, Relation::kMetWith, ent(d, k), id);
      return;
    }
    std::vector<Mention> group{author_};
    for (size_t k = 0; k < d.rec.spans.size(); ++k)
      if (participant(d, k)) group.push_back(ent(d, k));
    for (size_t a = 0; a < group.size(); ++a)
      for (size_t b = a + 1; b < group.size(); ++b) fact(group[a], Relation::kMetWith, group[b], id);
    // An item that opens with a forum ("- Digital Programme Board (presented
    // the highlight report)") is a meeting the author went to, or spoke at;
    // its people were there too.
    const auto& items = d.items.items;
    if (items.empty() || !items[0].entity) return;
    const size_t f = items[0].index;
    if (type(d, f) != EntityType::kForum || d.rec.spans[f].place || d.rec.spans[f].possessive) return;
    const Mention forum = ent(d, f);
    const Match* talk = first(Action::kPresent);
    for (const auto& p : group) {
      if (p.author && talk)
        present(p, forum, rule(*talk).id);
      else if (!presented_.count({p.name, forum.name}))
        fact(p, Relation::kAttended, forum, id);
    }
  }

  // The meeting a stretch of text is about: set where a forum is named with
  // a meeting cue (or by a heading), it lasts the paragraph and the next two,
  // until a heading or another forum. Everyone named at it met everyone else
  // there, the author included when the author was there.
  struct ForumContext {
    Mention forum;
    size_t paragraph = 0;
    size_t evidence_paragraph = 0;  // where it opened
    int paragraphs_left = 2;
    bool from_heading = false;
    bool list_follows = false;  // the last line was a lead-in: its list is part of the stretch
    bool author_there = false;
    Evidence evidence;
    std::vector<Mention> people;
  };

  void open_context(const Mention& forum, const SentenceDoc& d, bool author_there) {
    int span = d.sentence.heading ? 1000 : d.sentence.bullet ? 0 : 2;
    if (ctx_ && ctx_->forum == forum) {
      ctx_->author_there |= author_there;
      ctx_->paragraphs_left = std::max(ctx_->paragraphs_left, span);
      ctx_->paragraph = d.sentence.paragraph;
      return;
    }
    close_context();
    ctx_ = ForumContext{};
    ctx_->forum = forum;
    ctx_->paragraph = ctx_->evidence_paragraph = d.sentence.paragraph;
    ctx_->paragraphs_left = span;
    ctx_->from_heading = d.sentence.heading;
    ctx_->author_there = author_there;
    ctx_->evidence = evidence_;
  }

  void close_context() {
    if (ctx_ && ctx_->people.size() > opt_.max_meeting_people) {
      out_.warnings.push_back(
          "the meeting of " + ctx_->forum.name + " from paragraph " + std::to_string(ctx_->evidence_paragraph + 1) +
          " gathers more than " + std::to_string(opt_.max_meeting_people) +
          " people; no met_with pairs inferred among them (limit " + std::to_string(opt_.max_meeting_people) + ")");
    } else if (ctx_ && ctx_->author_there && !ctx_->people.empty()) {
      std::vector<Mention> group{author_};
      for (const auto& p : ctx_->people) group.push_back(p);
      Evidence keep = evidence_;
      evidence_ = ctx_->evidence;
      for (size_t a = 0; a < group.size(); ++a)
        for (size_t b = a + 1; b < group.size(); ++b)
          fact(group[a], Relation::kMetWith, group[b], "discourse.forum-context");
      evidence_ = keep;
    }
    ctx_.reset();
  }

  void join_context(const Mention& p) {
    // One past the limit is enough to know it was passed (and keeps this linear).
    if (ctx_ && ctx_->people.size() <= opt_.max_meeting_people &&
        std::find(ctx_->people.begin(), ctx_->people.end(), p) == ctx_->people.end())
      ctx_->people.push_back(p);
  }

  // The people named in the paragraph of a meeting were at it; not those
  // it thanks ("Thanks to Ross and Eilidh for their work on it").
  // (From item `from` on: those of an earlier clause were elsewhere, "a
  // catch-up with Sam; then I joined the digital group".)
  void note_forum_people(SentenceDoc& d, size_t from = 0) {
    if (!ctx_ || d.sentence.paragraph != ctx_->paragraph || has(Action::kThanks)) return;
    for (size_t k = 0; k < d.rec.spans.size(); ++k)
      if (participant(d, k) && d.item_of_span[k] >= static_cast<int>(from)) join_context(ent(d, k));
  }

  // --- presented_to ---
  // A list item under "Talks from:": its first person spoke, to the meeting
  // being described (else, in the author's note, to the author).
  void section_talk(SentenceDoc& d) {
    if (talk_section_.empty() || !d.sentence.bullet || in_planned_section(d) || first(Action::kPresent)) return;
    for (size_t k = 0; k < d.rec.spans.size(); ++k) {
      if (!participant(d, k)) continue;
      present(ent(d, k), ctx_ ? ctx_->forum : author_, talk_section_);
      return;
    }
  }

  void presentations(SentenceDoc& d) {
    section_talk(d);
    for (const Match* m : all(Action::kPresentOwn)) {
      auto ps = spans(d, *m, rule(*m).a), fs = spans(d, *m, rule(*m).b);
      if (!ps.empty() && !fs.empty()) present(ent(d, ps[0]), ent(d, fs[0]), rule(*m).id);
    }
    // Each presenting verb, left to right, overlapping cues taken once.
    std::vector<const Match*> cues;
    for (const auto& m : *ms_) {
      Action a = rule(m).action;
      if (a == Action::kPresent || a == Action::kPresentListen || a == Action::kWalkThrough || a == Action::kSpeaker)
        cues.push_back(&m);
    }
    std::stable_sort(cues.begin(), cues.end(), [](const Match* a, const Match* b) { return a->begin < b->begin; });
    size_t covered = 0;
    bool any = false;
    for (const Match* c : cues) {
      if (any && c->begin < covered) continue;
      any = true;
      covered = c->end;
      presentation(d, *c);
    }
  }

  // The item closing brackets right after item i that hold a few words or
  // one name ("(Greenwich)", "(our head of data)"), or 0.
  size_t bracket_after(const SentenceDoc& d, size_t i) const {
    const auto& items = d.items.items;
    if (i + 2 >= items.size() || items[i + 1].entity || items[i + 1].word != rules_.open_paren()) return 0;
    for (size_t k = i + 2; k < items.size() && k <= i + 6; ++k)
      if (!items[k].entity && items[k].word == rules_.close_paren()) return k;
    return 0;
  }

  void presentation(SentenceDoc& d, const Match& cue) {
    if (planned_for(d, cue)) return;
    const std::string& id = rule(cue).id;
    Action kind = rule(cue).action;
    size_t clause = clause_start(Action::kClauseBreak, cue.begin);
    std::vector<size_t> presenters;
    bool author_presents = false;
    const Match* by = nullptr;
    // (From the cue's own verb on: "the business case, presented by Ola".)
    for (const Match* m : all(Action::kPresenterBy))
      if (m->begin >= cue.begin) {
        by = m;
        break;
      }
    if (kind == Action::kPresentListen) {
      // The author listened: the speakers follow the cue ("talks from Kay
      // Brown and Sam Jones"), a list of people joined by "," "and" "&".
      const auto& items = d.items.items;
      size_t i = cue.begin;
      while (i < items.size() && i < cue.end + 6u && !(items[i].entity && is_person(d, items[i].index))) ++i;
      while (i < items.size()) {
        const Item& it = items[i];
        if (it.entity && is_person(d, it.index) && !it.possessive) {
          presenters.push_back(it.index);
          // (Past a speaker's body in brackets: "Jo Leung (Greenwich) and
          // Will Myddelton (Southwark)".)
          if (size_t close = bracket_after(d, i); close) i = close;
        } else if (it.entity || !rules_.is_joiner(it.word)) {
          break;
        }
        ++i;
      }
      // "talks from the Payments team ..., and from John Adams": the
      // speakers named after another's subject.
      if (presenters.empty() && by)
        for (size_t k : spans(d, *by, rule(*by).a))
          if (is_person(d, k)) presenters.push_back(k);
      if (presenters.empty()) return;
    } else if (kind == Action::kSpeaker) {
      // The speaker is the rule's slot ("Theo Blackwell from the GLA
      // talked about ..."): a talk only at a forum, never to the author.
      for (size_t k : spans(d, cue, rule(cue).a))
        if (is_person(d, k)) presenters.push_back(k);
      if (presenters.empty()) return;
    } else if (by) {
      for (size_t k : spans(d, *by, rule(*by).a))
        if (is_person(d, k)) presenters.push_back(k);
      if (presenters.empty()) return;
    } else if (kind == Action::kWalkThrough) {
      return;  // a walk through with no named guide: a shared session, not a talk
    } else if (cue.begin < d.items.items.size() && !d.items.items[cue.begin].entity && d.items.items[cue.begin].self) {
      author_presents = true;  // the cue names its speaker: "I talked about ..."
    } else if (cue.begin < d.items.items.size() && !d.items.items[cue.begin].entity &&
               d.items.items[cue.begin].word == we_word_ && d.first_person) {
      // "Rachel joined me at the Summit, where we both spoke": the author
      // and the sentence's subject.
      bool also_author = false;
      subject_before(d, clause, cue.begin, presenters, also_author);
      author_presents = true;
    } else if (coordinated_subject(d, cue.begin, presenters, author_presents)) {
      // "Heard a keynote from Kay Brown and spoke on a panel": the sentence's subject spoke.
    } else {
      subject_before(d, clause, cue.begin, presenters, author_presents);
      if (presenters.empty() && !author_presents)
        for (const Match* m : all(Action::kPresenterSubject))
          if (m->begin >= clause && m->end <= cue.begin) {
            for (size_t k : spans(d, *m, rule(*m).a))
              if (is_person(d, k)) presenters.push_back(k);
            author_presents = slot_has_self(d, *m, rule(*m).a);
            break;
          }
      if (presenters.empty() && !author_presents && d.first_person &&
          (few_lower_words(d, clause, cue.begin) || (d.implicit_i && no_entity(d, clause, cue.begin))))
        author_presents = true;  // "Popped along to X to give an overview", "Tuesday: spoke at X"
    }
    if (presenters.empty() && !author_presents) return;
    // "... alongside Priya Shah": who presented with them (not with the
    // speakers the author heard).
    for (const Match* m : all(Action::kCoPresenter))
      if (m->end > cue.end && m->begin >= cue.begin && kind != Action::kPresentListen)
        for (size_t k : spans(d, *m, rule(*m).a))
          if (is_person(d, k) && std::find(presenters.begin(), presenters.end(), k) == presenters.end())
            presenters.push_back(k);
    if (presenters.empty() && author_presents && presented_by_author_in_.count(d.index)) return;
    if (author_presents) presented_by_author_in_.insert(d.index);

    // The audience: a forum named in the sentence, else colleagues from a
    // body, else the meeting being described, else the people met in this
    // paragraph, else (someone else presenting) the author.
    // (The forum of the talk's own clause first: "Fiona presented to the
    // Board, and Chris ran a workshop at the Network".)
    std::vector<Mention> audience;
    const std::optional<size_t> forum = forum_of_clause(d, clause);
    if (forum) {
      audience.push_back(ent(d, *forum));
      open_context(audience.back(), d, author_presents || author_in_clause(d, cue.begin));
      listed_after(d, *forum, audience);
    }
    // (Every body named as the audience: "for the Housing team and
    // colleagues from Leeds City Council".)
    // (Not those met after the talk: "I spoke about our work and met
    // people from the Department of Finance".)
    if (audience.empty()) {
      const auto meetings = all(Action::kMeeting);
      for (const Match* m : all(Action::kAudienceFrom)) {
        if (std::any_of(meetings.begin(), meetings.end(),
                        [&](const Match* meet) { return meet->begin >= cue.end && meet->end <= m->begin; }))
          continue;
        // (Each body of a list: "colleagues from Swansea Bay and Betsi
        // Cadwaladr health boards".)
        for (size_t k : spans(d, *m, rule(*m).a)) {
          if (!org_like(type(d, k))) continue;
          Mention o = ent(d, own_unit(d, k));
          if (std::find(audience.begin(), audience.end(), o) == audience.end()) audience.push_back(o);
        }
      }
    }
    // (A speaker named by a rule's slot speaks to the meeting of this
    // paragraph or heading only.)
    // (Not a talk in a later paragraph at a venue of its own left unnamed:
    // "Also, Wendy Hall gave a lecture at our all-staff day".)
    if (audience.empty() && ctx_ &&
        (kind != Action::kSpeaker || ctx_->from_heading || ctx_->paragraph == d.sentence.paragraph) &&
        (ctx_->from_heading || ctx_->paragraph == d.sentence.paragraph || !unnamed_venue(d, cue.end)))
      audience.push_back(ctx_->forum);
    if (audience.empty() && author_presents && !session_with_people(d, cue)) audience = meeting_people_;
    if (audience.empty() && !author_presents && author_in_clause(d, cue.begin) && kind != Action::kSpeaker)
      audience.push_back(author_);
    std::vector<Mention> who;
    if (author_presents) who.push_back(author_);
    for (size_t k : presenters) who.push_back(ent(d, k));
    // Those who present together are not each other's audience ("Kay and I
    // ran a workshop").
    for (const auto& p : who)
      for (const auto& a : audience)
        if (std::find(who.begin(), who.end(), a) == who.end()) present(p, a, id);
  }

  // The body's own team or forum named after its possessive, else span k:
  // "a talk to the Royal Statistical Society's Data Science section" is to
  // the section.
  size_t own_unit(const SentenceDoc& d, size_t k) const {
    const auto& items = d.items.items;
    const int p = d.item_of_span[k];
    if (!d.rec.spans[k].possessive || p < 0 || static_cast<size_t>(p) + 2 >= items.size()) return k;
    const Item& next = items[p + 2];
    if (!next.entity || (type(d, next.index) != EntityType::kTeam && type(d, next.index) != EntityType::kForum))
      return k;
    return next.index;
  }

  // "at our all-staff day", "at an event in Leeds": from item `from` on,
  // a venue named by no entity before the clause ends.
  bool unnamed_venue(const SentenceDoc& d, size_t from) const {
    const auto& items = d.items.items;
    for (size_t i = from; i + 1 < items.size(); ++i) {
      if (items[i].entity || items[i].word != at_word_) continue;
      const Item& det = items[i + 1];
      if (det.entity || !rules_.in_set(venue_determiner_set_, det.word)) continue;
      for (size_t k = i + 2; k < items.size() && k < i + 7; ++k) {
        if (items[k].entity) return false;
        if (!items[k].alpha) break;
      }
      return true;
    }
    return false;
  }

  // The forums and teams listed right after span k ("to the Housing Board
  // and the Corporate Leadership Team"): joined by ",", "and" or "&", each
  // with an optional "the" or "our".
  void listed_after(const SentenceDoc& d, size_t k, std::vector<Mention>& out) {
    const auto& items = d.items.items;
    if (d.item_of_span[k] < 0) return;
    bool joined = false;
    for (size_t i = static_cast<size_t>(d.item_of_span[k]) + 1; i < items.size(); ++i) {
      const Item& it = items[i];
      if (it.entity) {
        const EntityType t = type(d, it.index);
        if (!joined || it.possessive || (t != EntityType::kForum && t != EntityType::kTeam)) return;
        out.push_back(ent(d, it.index));
        joined = false;
      } else if (rules_.is_joiner(it.word)) {
        joined = true;
      } else if (!joined || !rules_.in_set(determiner_set_, it.word)) {
        return;
      }
    }
  }

  // A verb right after "and" shares the sentence's subject: the author,
  // when the sentence opens with "I" or with its verb ("Heard a keynote
  // from Kay Brown and spoke on a panel"), or the people it opens with
  // ("Kay Brown met Tom and presented ..."). False when it names none.
  bool coordinated_subject(const SentenceDoc& d, size_t verb, std::vector<size_t>& people, bool& author) const {
    const auto& items = d.items.items;
    if (verb == 0 || verb > items.size() || items[verb - 1].entity ||
        d.rec.tokens[items[verb - 1].index].text != "and"sv)
      return false;
    if (d.implicit_i || (!items[0].entity && items[0].self)) {
      author = true;
      return true;
    }
    for (size_t i = 0; i + 1 < verb; ++i) {
      const Item& it = items[i];
      if (it.entity && is_person(d, it.index) && !it.possessive) {
        people.push_back(it.index);
      } else if (!it.entity && it.self) {
        author = true;
      } else if (it.entity || !rules_.is_joiner(it.word)) {
        break;
      }
    }
    return !people.empty() || author;
  }

  // At most three lower-case words between the clause start and the verb.
  // Whether the item at `at` is in a relative clause about a person: "Tom
  // Reid(,) who spoke at the Summit".
  bool relative_to_person(const SentenceDoc& d, size_t at) const {
    const auto& items = d.items.items;
    for (size_t i = at, steps = 0; i > 0 && steps < 6; --i, ++steps) {
      const Item& it = items[i - 1];
      if (it.entity) return false;
      if (lower(d.rec.tokens[it.index].text) != "who"sv) continue;
      return who_antecedent(d, i - 1, 0).has_value();
    }
    return false;
  }

  // The person a "who" at item `who` speaks of: the span right before it,
  // or before a comma before it, not before item `from` ("Kay Brown, who").
  std::optional<size_t> who_antecedent(const SentenceDoc& d, size_t who, size_t from) const {
    const auto& items = d.items.items;
    size_t k = who;
    if (k > from && !items[k - 1].entity && d.rec.tokens[items[k - 1].index].text == ","sv) --k;
    if (k > from && items[k - 1].entity && is_person(d, items[k - 1].index) && !items[k - 1].possessive)
      return items[k - 1].index;
    return std::nullopt;
  }

  // The sentence's first forum from item `clause` on, else its first.
  std::optional<size_t> forum_of_clause(const SentenceDoc& d, size_t clause) const {
    std::optional<size_t> forum;
    for (size_t k = 0; k < d.rec.spans.size(); ++k)
      if (type(d, k) == EntityType::kForum && !d.rec.spans[k].possessive && !d.rec.spans[k].place) {
        const bool in_clause = d.item_of_span[k] >= static_cast<int>(clause);
        if (!forum || in_clause) forum = k;
        if (in_clause) break;
      }
    return forum;
  }

  // The sentence opens with span k, or with "the" or "our" before it.
  bool opens_with_span(const SentenceDoc& d, size_t k) const {
    const auto& items = d.items.items;
    size_t i = 0;
    if (i < items.size() && !items[i].entity) {
      const std::string w = lower(d.rec.tokens[items[i].index].text);
      if (w == "the"sv || w == "our"sv) ++i;
    }
    return i < items.size() && items[i].entity && items[i].index == k;
  }

  // The sentence opens with a day's name, or "On" and one, as a new time:
  // "Thursday I went ...", "On Friday, ...".
  bool opens_with_day(const SentenceDoc& d) const {
    const auto& items = d.items.items;
    size_t i = 0;
    if (i < items.size() && !items[i].entity && d.rec.tokens[items[i].index].text == "On"sv) ++i;
    if (i >= items.size() || items[i].entity || !rules_.in_set(weekday_set_, items[i].word)) return false;
    // ("Wednesday was the day we decided": a day spoken of, not a new one.)
    auto word = [&](size_t k) { return k < items.size() && !items[k].entity ? d.rec.tokens[items[k].index].text : ""; };
    const bool described = (word(i + 1) == "was"sv || word(i + 1) == "is"sv) && word(i + 2) == "the"sv;
    return !described;
  }

  // A person is the subject before `at`, or named among the few items
  // before it ("... and Colin from ISfL chaired the final day"): the verb
  // may be theirs.
  bool person_just_before(const SentenceDoc& d, size_t at) const {
    std::vector<size_t> people;
    bool author = false;
    subject_before(d, 0, at, people, author);
    if (!people.empty() && !author) return true;
    for (size_t i = at > 6 ? at - 6 : 0; i < at; ++i)
      if (d.items.items[i].entity && is_person(d, d.items.items[i].index)) return true;
    return false;
  }

  bool no_entity(const SentenceDoc& d, size_t from, size_t to) const {
    for (size_t i = from; i < to; ++i)
      if (d.items.items[i].entity) return false;
    return true;
  }

  bool few_lower_words(const SentenceDoc& d, size_t from, size_t to) const {
    if (to - from > 3) return false;
    for (size_t i = from; i < to; ++i) {
      const Item& it = d.items.items[i];
      if (it.entity) return false;
      // (The sentence's first word has its capital: "Really enjoyed ...".)
      const std::string_view w = d.rec.tokens[it.index].text;
      if (!(it.index == 0 ? all_lower_word(lower(w)) : all_lower_word(w))) return false;
    }
    return true;
  }

  // Walks back from the verb over at most five plain words, "from <body>"
  // and parentheses, then collects the people (and "I"/"we") listed there.
  void subject_before(const SentenceDoc& d, size_t from, size_t to, std::vector<size_t>& people, bool& author) const {
    const auto& items = d.items.items;
    const auto& t = d.rec.tokens;
    auto text = [&](size_t i) -> std::string { return items[i].entity ? "" : lower(t[items[i].index].text); };
    long i = static_cast<long>(to) - 1;
    // From a closing bracket at i back to its opening one.
    auto to_opening = [&] {
      while (i >= static_cast<long>(from) && (items[i].entity || text(i) != "("sv)) --i;
    };
    int skipped = 0;
    while (i >= static_cast<long>(from)) {
      std::string w = text(i);
      if (!items[i].entity && w == ")"sv) {
        to_opening();
        --i;
        continue;
      }
      // "from <body>", "from the <body>", "from the <body>'s <unit>".
      if (items[i].entity) {
        long k = i - 1;
        while (k - 1 >= static_cast<long>(from) && !items[k].entity && items[k].word == rules_.possessive() &&
               items[k - 1].entity)
          k -= 2;
        if (k >= static_cast<long>(from) && (text(k) == "the"sv || text(k) == "our"sv || text(k) == "their"sv)) --k;
        if (k >= static_cast<long>(from) && text(k) == "from"sv) {
          i = k - 1;
          continue;
        }
      }
      if (items[i].entity || w == "i"sv || w == "we"sv) break;
      if (!items[i].entity && items[i].word == rules_.possessive()) return;
      // "Met Kay Brown, who presented to the board": the person "who"
      // follows did it.
      if (w == "who"sv) {
        if (auto p = who_antecedent(d, static_cast<size_t>(i), from)) people.push_back(*p);
        return;
      }
      // "the Director of Children's Services, Steve Ray, presented": a
      // person set off by commas right before the verb is its subject.
      if (w == ","sv && i - 2 >= static_cast<long>(from) && items[i - 1].entity && is_person(d, items[i - 1].index) &&
          !items[i - 1].possessive && text(i - 2) == ","sv) {
        people.push_back(items[i - 1].index);
        return;
      }
      if (++skipped > 5 || w == ","sv || w == "that"sv || w == "which"sv) return;
      --i;
    }
    const size_t first_person = people.size();
    while (i >= static_cast<long>(from)) {
      if (items[i].entity) {
        size_t k = items[i].index;
        // "Kay Brown from Nesta and I spoke": a body after "from" says whose.
        if (!is_person(d, k)) {
          long f = i - 1;
          if (f >= static_cast<long>(from) && (text(f) == "the"sv || text(f) == "our"sv)) --f;
          if (f >= static_cast<long>(from) && text(f) == "from"sv) {
            i = f - 1;
            continue;
          }
        }
        if (!is_person(d, k) || items[i].possessive) return;
        people.push_back(k);
      } else {
        std::string w = text(i);
        if (w == ")"sv) {  // a person's gloss: "Tom Reid (DWP) and I ran ..."
          to_opening();
        } else if (w == "i"sv || w == "we"sv) {
          author = true;
        } else if (w != ","sv && w != "and"sv && w != "&"sv) {
          // "Caught up with Tim (our CEO) and Ian to talk through ...": the
          // people after a preposition are its object, no subject.
          if (w == "with"sv || w == "to"sv || w == "for"sv || w == "by"sv) people.resize(first_person);
          return;
        }
      }
      --i;
    }
  }

  void present(const Mention& p, const Mention& a, const std::string& id) {
    fact(p, Relation::kPresentedTo, a, id);
    presented_.insert({p.name, a.name});
    // A speaker at the meeting being described was there: the author too.
    if (ctx_ && a == ctx_->forum) {
      if (p.author)
        ctx_->author_there = true;
      else
        join_context(p);
    }
  }

  // --- attended, chairing, the forum being described ---
  void attendance(SentenceDoc& d) {
    // A chair cue ("chaired", "chair of"), or the author's own chairing
    // said another way ("my last as Chair").
    const Match* chair_cue = first(Action::kChairCue);
    if (!chair_cue) chair_cue = first(Action::kChairSelf);
    // An attending cue after a word of intent ("to talk about joining the
    // Network") is none.
    // (Of several, the first in a clause that names a forum: "I had a
    // catch-up with Sam; then I joined the digital group" is the join.)
    const Match* attend_cue = nullptr;
    for (const Match* m : all(Action::kAttendCue)) {
      const auto& items = d.items.items;
      if (m->begin > 0 && !items[m->begin - 1].entity && rules_.in_set(attend_intent_set_, items[m->begin - 1].word))
        continue;
      if (!attend_cue) attend_cue = m;
      if (forum_in_clause_of(d, *m)) {
        attend_cue = m;
        break;
      }
    }
    bool chaired = chair_cue != nullptr;
    bool planned = has(Action::kFuture) || has(Action::kNegation) || has(Action::kPurpose) || in_planned_section(d);
    bool attend = attend_cue && !planned;
    std::string attend_id = attend_cue ? rule(*attend_cue).id : "";
    // The forum of the attending cue's clause ("Fiona presented to the
    // Board, and Chris ran a workshop at the Network"), and its people.
    const size_t clause = attend_cue && !chaired ? clause_start(Action::kClauseBreak, attend_cue->begin) : 0;
    const std::optional<size_t> f = forum_of_clause(d, clause);
    // "Attendees included P and Q": at the forum of the sentence, else at
    // the meeting being described.
    if (!planned && has(Action::kAttendees)) {
      std::optional<Mention> at;
      if (f)
        at = ent(d, *f);
      else if (ctx_ && (ctx_->from_heading || d.sentence.paragraph <= ctx_->paragraph + 1))
        at = ctx_->forum;
      if (at)
        for (const Match* m : all(Action::kAttendees))
          for (size_t k : spans(d, *m, rule(*m).a)) {
            if (!participant(d, k)) continue;
            Mention p = ent(d, k);
            if (!presented_.count({p.name, at->name})) fact(p, Relation::kAttended, *at, rule(*m).id);
            if (ctx_ && *at == ctx_->forum) join_context(p);
          }
    }
    if (!f) {
      // "I was hosting the first couple of days ...": attendance at the
      // meeting being described.
      bool here = ctx_ && (ctx_->from_heading || ctx_->paragraph == d.sentence.paragraph);
      if (here && attend && d.first_person) {
        if (!presented_.count({author_.name, ctx_->forum.name})) {
          fact(author_, Relation::kAttended, ctx_->forum, attend_id);
          ctx_->author_there = true;
        }
        for (size_t k = 0; k < d.rec.spans.size(); ++k)
          if (participant(d, k) && !presented_.count({d.rec.spans[k].name, ctx_->forum.name}))
            fact(ent(d, k), Relation::kAttended, ctx_->forum, attend_id);
      }
      // "I chaired.": the author chaired the meeting being described.
      if (here && !planned && d.first_person)
        if (const Match* self = own_chair(d)) {
          fact(author_, Relation::kLeads, ctx_->forum, rule(*self).id);
          ctx_->author_there = true;
        }
      // "I've been a member of that group since May.": the author sits on
      // the forum being described, whether or not they were there.
      if (here && d.first_person)
        if (const Match* m = first(Action::kMemberContext))
          fact(author_, Relation::kMemberOf, ctx_->forum, rule(*m).id);
      // "Cllr Dana Okafor chaired.": the chair of the meeting being described.
      if (ctx_ && (ctx_->from_heading || d.sentence.paragraph <= ctx_->paragraph + 1)) chair_other(d, ctx_->forum);
      note_forum_people(d);
      return;
    }
    Mention forum = ent(d, *f);
    // "This week the Data Board met": the meeting this passage is about
    // (unless the line says the author attended it: "attended the Data
    // Summit (virtually)").
    for (const Match* m : all(Action::kForumMet)) {
      auto fs = spans(d, *m, rule(*m).a);
      if (!fs.empty() && fs[0] == *f && !(attend && attend_cue->begin < m->end && d.first_person)) {
        open_context(forum, d, d.first_person && (d.implicit_i || !possessor_only(d)));
        // ("The digital board met on Thursday; I attended as our rep".)
        if (attend && d.first_person && !possessor_only(d) && !presented_.count({author_.name, forum.name}))
          fact(author_, Relation::kAttended, forum, attend_id);
        // ("The Corporate Parenting Panel met; Cllr Jane Riley chaired",
        // "The Data Panel met; I chair it".)
        chair_other(d, forum);
        if (const Match* self = own_chair(d); self && d.first_person && !planned)
          fact(author_, Relation::kLeads, forum, rule(*self).id);
        note_forum_people(d);
        return;
      }
    }
    if (!attend && !chaired) {
      // A later paragraph that opens on another forum is about that one
      // ("The service assessment panel gave us a 'met'. The panel was led
      // by ..."), the author's presence unknown.
      if (ctx_ && !(ctx_->forum == forum) && d.sentence.paragraph != ctx_->paragraph && opens_with_span(d, *f))
        open_context(forum, d, false);
      note_forum_people(d);
      return;
    }
    const size_t cue_at = attend_cue ? attend_cue->begin : chair_cue->begin;
    const bool author = author_in_clause(d, cue_at) && !relative_to_person(d, cue_at);
    open_context(forum, d, author && !planned);
    if (author) {
      const Match* self = own_chair(d);
      if (chaired && self) {
        fact(author_, Relation::kLeads, forum, rule(*self).id);
      } else if (!presented_.count({author_.name, forum.name})) {
        std::string id = attend_id.empty() ? rule(*chair_cue).id : attend_id;
        fact(author_, Relation::kAttended, forum, id);
        if (const Match* mc = first(Action::kMemberCue)) fact(author_, Relation::kMemberOf, forum, rule(*mc).id);
      }
    }
    // Others named at the meeting attended it too, unless they presented.
    std::string id = attend_id.empty() ? rule(*chair_cue).id : attend_id;
    for (size_t k = 0; k < d.rec.spans.size(); ++k) {
      if (!participant(d, k) || d.item_of_span[k] < static_cast<int>(clause)) continue;
      Mention p = ent(d, k);
      if (!presented_.count({p.name, forum.name})) fact(p, Relation::kAttended, forum, id);
    }
    // ("I joined the Digital Strategy Board - Maria Price chairs it.")
    chair_other(d, forum);
    note_forum_people(d, clause);
  }

  // The author's own chairing ("I chaired", "I'm chairing it"), not a
  // person's just before it ("Sir Nigel Carrington chaired the board,
  // where I presented"); else null.
  const Match* own_chair(const SentenceDoc& d) const {
    const Match* self = first(Action::kChairSelf);
    return self && !person_just_before(d, self->begin) ? self : nullptr;
  }

  // "Cllr Dana Okafor chaired.": the sentence's chair of `forum`.
  void chair_other(SentenceDoc& d, const Mention& forum) {
    const Match* m = first(Action::kChairOther);
    if (!m) return;
    auto ps = spans(d, *m, rule(*m).a);
    if (!ps.empty() && participant(d, ps[0])) fact(ent(d, ps[0]), Relation::kLeads, forum, rule(*m).id);
  }

  // The ontology: a presenter at a forum gets presented_to only, a chair
  // leads only; neither also "attended".
  void drop_attendance_of_presenters_and_chairs() {
    drop_weaker(Relation::kAttended, {Relation::kPresentedTo, Relation::kLeads});
  }

  // Drops each `weaker` fact whose pair also holds one of the `stronger`
  // relations.
  // (A person's first name stands for the one full name of the note that
  // opens with it: "Paul Finch ... Paul presented".)
  void drop_weaker(Relation weaker, std::initializer_list<Relation> stronger) {
    std::map<std::string, std::string> full;  // first name -> the full name, "" when two
    for (const auto& m : out_.mentions) {
      const auto space = m.name.find(' ');
      if (m.type != EntityType::kPerson || m.author || space == std::string::npos) continue;
      auto [it, fresh] = full.emplace(m.name.substr(0, space), m.name);
      if (!fresh && it->second != m.name) it->second.clear();
    }
    auto who = [&](const Mention& m) -> const std::string& {
      auto it = m.type == EntityType::kPerson ? full.find(m.name) : full.end();
      return it == full.end() || it->second.empty() ? m.name : it->second;
    };
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& f : out_.facts)
      if (std::find(stronger.begin(), stronger.end(), f.relation) != stronger.end())
        pairs.insert({who(f.source), f.target.name});
    if (pairs.empty()) return;
    drop_facts([&](const Fact& f) { return f.relation == weaker && pairs.count({who(f.source), f.target.name}); });
  }

  // Who leads a unit is not also its member (ONTOLOGY.md: the head of a
  // team, the chair of a board get `leads` only).
  void drop_membership_of_leaders() { drop_weaker(Relation::kMemberOf, {Relation::kLeads}); }

  // A sentence that puts A in B and B in C ("the X team at the ONS in
  // Digital Publishing") states A's nearest container: A part_of C, made
  // by another rule from the same words, is dropped (ONTOLOGY.md). The
  // facts of one sentence share its text, so its address names the
  // sentence.
  void nearest_containers() {
    using Key = std::tuple<std::string, std::string, const std::string*>;
    std::set<Key> part;
    for (const auto& f : out_.facts)
      if (f.relation == Relation::kPartOf) part.insert({f.source.name, f.target.name, &f.evidence.sentence.str()});
    if (part.size() < 3) return;
    std::set<Key> implied;
    for (const auto& [a, b, s] : part)
      for (auto it = part.lower_bound({b, std::string(), nullptr}); it != part.end() && std::get<0>(*it) == b; ++it)
        if (std::get<2>(*it) == s && std::get<1>(*it) != a) implied.insert({a, std::get<1>(*it), s});
    if (implied.empty()) return;
    drop_facts([&](const Fact& f) {
      return f.relation == Relation::kPartOf &&
             implied.count({f.source.name, f.target.name, &f.evidence.sentence.str()}) > 0;
    });
  }

  // Removes the facts `drop` says, keeping the fact index in step.
  template <class Drop>
  void drop_facts(const Drop& drop) {
    const size_t before = out_.facts.size();
    out_.facts.erase(std::remove_if(out_.facts.begin(), out_.facts.end(), drop), out_.facts.end());
    if (out_.facts.size() != before) fact_index_.rebuild();
  }

  // A team writing as the author does not meet its own members: "Ben and
  // Bhupinder met our colleagues" is the team's people meeting others.
  void drop_team_meeting_its_members() {
    if (!author_is_team_) return;
    std::set<std::string> members;
    for (const auto& f : out_.facts)
      if (f.relation == Relation::kMemberOf && f.target.author) members.insert(f.source.name);
    if (members.empty()) return;
    drop_facts([&](const Fact& f) {
      return f.relation == Relation::kMetWith &&
             ((f.source.author && members.count(f.target.name)) || (f.target.author && members.count(f.source.name)));
    });
  }

  // --- relate, joining, leads-unit: the rules that name both ends ---
  void relations(SentenceDoc& d) {
    for (const auto& m : *ms_) {
      const CompiledRule& r = rule(m);
      switch (r.action) {
        case Action::kRelate:
          relate(d, m, r);
          break;
        case Action::kJoining:
          joining(d, m, r);
          break;
        case Action::kLeadsUnit:
          leads_unit(d, m, r);
          break;
        default:
          break;
      }
    }
  }

  // The mentions a relate argument stands for.
  std::vector<Mention> ends(SentenceDoc& d, const Match& m, const CompiledRule& r, int slot, bool source) {
    std::vector<Mention> out;
    // employer, own team: a team writing as the author
    if (slot == kAuthorSlot || known_at_note_end(slot)) return {author_};
    if (slot == kHomeSlot) {
      if (home_) out.push_back(*home_);
      return out;
    }
    if (slot == kLastBodySlot) {
      for (size_t i = m.begin; i > 0; --i) {
        const Item& it = d.items.items[i - 1];
        if (it.entity && is_body(d, it.index)) return {ent(d, it.index)};
      }
      if (last_body_ && last_body_paragraph_ == d.sentence.paragraph) out.push_back(*last_body_);
      return out;
    }
    if (slot == kRestSlot) {
      for (size_t i = m.end; i < d.items.items.size(); ++i) {
        const Item& it = d.items.items[i];
        if (it.entity && (it.type & r.rest_types)) out.push_back(ent(d, it.index));
      }
      return out;
    }
    const Capture& c = m.slots[slot];
    for (size_t i = c.begin; i < c.end; ++i) {
      const Item& it = d.items.items[i];
      if (it.entity) {
        const Span& s = d.rec.spans[it.index];
        // A list of people: only the people in it (whether "Kay's" counts is
        // the rule's guard to say).
        if (source && r.relation != Relation::kPartOf && r.relation != Relation::kPartnerOf &&
            s.type != EntityType::kPerson)
          continue;
        out.push_back(ent(d, it.index));
      } else if (it.self) {
        out.push_back(author_);
      } else if (it.department) {
        out.push_back(named(lex_.department(d.rec.tokens[it.index].text), EntityType::kTeam));
      }
    }
    return out;
  }

  void relate(SentenceDoc& d, const Match& m, const CompiledRule& r) {
    if ((r.home && !home_) || (r.no_home && home_)) return;
    // An event still to come (or missed) was not met, attended or presented at.
    if ((r.relation == Relation::kMetWith || r.relation == Relation::kAttended ||
         r.relation == Relation::kPresentedTo) &&
        planned_for(d, m))
      return;
    if (r.author_team && !author_is_team_) return;
    auto sources = ends(d, m, r, r.a, true);
    if (known_at_note_end(r.b) && !author_is_team_) {
      // A colleague is the employer's member; a partner (an organisation)
      // its partner.
      const bool bodies = r.relation == Relation::kPartnerOf;
      for (const auto& s : sources)
        if (!s.author && (bodies ? org_like(s.type) : s.type == EntityType::kPerson))
          employees_.push_back({s, r.relation, evidence_, r.id, r.b == kOwnTeamSlot});
      return;
    }
    auto targets = ends(d, m, r, r.b, false);
    for (const auto& s : sources)
      for (const auto& t : targets) {
        // A person is no body to belong to, except a team writing as the author.
        if (t.type == EntityType::kPerson && !t.author && r.relation != Relation::kMetWith &&
            r.relation != Relation::kPresentedTo)
          continue;
        if (r.relation == Relation::kPartOf && !org_like(s.type) && s.type != EntityType::kForum &&
            !(s.author && author_is_team_))
          continue;
        // (A council or a body is no part of a team: "the Digital Services
        // team at Leeds City Council is part of the Resources directorate"
        // is the team's.)
        if (r.relation == Relation::kPartOf &&
            (s.type == EntityType::kCouncil || s.type == EntityType::kOrganisation) && t.type == EntityType::kTeam)
          continue;
        fact(s, r.relation, t, r.id, r.seat);
      }
  }

  // "reflections on joining the HackIT team": the people of the sentence joined it.
  void joining(SentenceDoc& d, const Match& m, const CompiledRule& r) {
    auto ts = spans(d, m, r.a);
    if (ts.empty()) return;
    for (size_t k = 0; k < d.rec.spans.size(); ++k)
      if (participant(d, k)) fact(ent(d, k), Relation::kMemberOf, ent(d, ts[0]), r.id);
  }

  // "Kay, our director of customer services": a unit named in lower case.
  void leads_unit(SentenceDoc& d, const Match& m, const CompiledRule& r) {
    auto ps = spans(d, m, r.a);
    if (ps.empty()) return;
    const Capture& c = m.slots[r.b];
    std::vector<std::string> kept;
    for (size_t i = c.begin; i < c.end; ++i) {
      const Item& it = d.items.items[i];
      if (it.entity) break;
      // "head of service design with Kay Brown": the person is not the
      // role's holder.
      if (rules_.in_set(unit_stop_, it.word)) return;
      // (An acronym keeps its capitals: "head of ICT services".)
      const std::string_view w = d.rec.tokens[it.index].text;
      kept.push_back(all_caps(w, 2) ? std::string(w) : lower(w));
    }
    if (kept.empty()) return;
    std::string name = title_case(join(kept, " "));
    EntityType t = EntityType::kTeam;
    // "Tim (our Chief Exec)": a role with no unit is not a unit.
    const std::string department = lex_.department(name);
    if (department.empty() && kept.size() == 1) return;
    if (!department.empty()) name = department;  // as the list writes it: "ICT"
    if (auto* g = lex_.lookup(name)) {
      name = g->canonical;
      t = g->type;
    }
    fact(ent(d, ps[0]), Relation::kLeads, named(name, t), r.id);
  }

  // "The First Contact team" is a team's name, but where the note also
  // names the unit bare ("HackIT ... the HackIT team") the two are one.
  void team_names() {
    absl::flat_hash_set<std::string> bare;
    for (const auto& m : out_.mentions)
      if (!m.author && m.type != EntityType::kPerson) bare.insert(m.name);
    auto fix = [&](Mention& m) {
      if (m.author || m.type != EntityType::kTeam || !ends_with(m.name, " team")) return false;
      std::string unit = m.name.substr(0, m.name.size() - 5);
      if (!bare.count(unit)) return false;
      if (known_names_.count(m.name)) known_names_.insert(unit);  // typed by its cue
      m.name = unit;
      return true;
    };
    for (auto& m : out_.mentions) fix(m);
    bool renamed = false;
    for (auto& f : out_.facts) {
      renamed |= fix(f.source);
      renamed |= fix(f.target);
    }
    if (!renamed) return;
    // The facts again, each once: a renamed fact may now be another's twin
    // (their rules merge) or join a unit to itself (dropped).
    std::vector<Fact> facts = std::move(out_.facts);
    out_.facts.clear();
    fact_index_.clear();
    for (auto& f : facts) {
      if (f.source.name == f.target.name && f.source.author == f.target.author) continue;
      add_fact(std::move(f));
    }
  }

  // A body named in full, then by the words before its "for" or "of" ("the
  // Digital Office for Scottish Local Government ... the Digital Office"):
  // the short name is the body's, as an acronym the text defines is.
  void short_names() {
    absl::flat_hash_set<std::string> names;
    absl::flat_hash_set<std::string> bodies, people;  // organisations and programmes; people
    for (const auto& m : out_.mentions) {
      if (!m.author && m.type != EntityType::kPerson) names.insert(m.name);
      if (!m.author && (m.type == EntityType::kOrganisation || m.type == EntityType::kProgramme)) bodies.insert(m.name);
      if (m.type == EntityType::kPerson) people.insert(m.name);
    }
    for (const auto& m : out_.mentions) {
      if (m.author || (m.type != EntityType::kOrganisation && m.type != EntityType::kProgramme)) continue;
      // (As named or as written: "LOTI" was written "London Office of ...".)
      for (const std::string* full : {&m.name, &m.surface}) {
        const std::vector<std::string> words = split(*full, ' ');
        for (size_t j = 2; j + 1 < words.size(); ++j) {
          if (words[j] != "for" && words[j] != "of") continue;
          std::string short_name =
              join(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(j)), " ");
          if (names.count(short_name) && short_name != m.name) out_.acronyms.emplace_back(short_name, m.name);
          break;
        }
      }
      // ... or by its last words, a name the gazetteer gives no body: "the
      // Scottish Local Government Digital Office ... Martyn Wallace, who
      // leads the Digital Office".
      const std::vector<std::string> words = split(m.name, ' ');
      for (size_t j = 1; j + 2 <= words.size() && words.size() >= 3; ++j) {
        std::string tail = join(std::vector<std::string>(words.begin() + static_cast<long>(j), words.end()), " ");
        // (Not a body the gazetteer knows, nor a person's name.)
        if (!bodies.count(tail) || lex_.lookup(tail) || people.count(tail)) continue;
        out_.acronyms.emplace_back(tail, m.name);
        break;
      }
      // ... or by its last word, a kind of body in capitals, when no other
      // body the note names ends so: "Norfolk and Waveney ICB ... the
      // ICB's Digital Transformation Board".
      // (As written: "Norfolk and Waveney ICB" is named "NHS Norfolk and
      // Waveney Integrated Care Board".)
      const std::vector<std::string> written = split(m.surface.empty() ? m.name : m.surface, ' ');
      const std::string& last = written.back();
      if (written.size() >= 2 && all_caps(last, 3) && bodies.count(last) && !lex_.lookup(last) &&
          std::count_if(out_.mentions.begin(), out_.mentions.end(), [&](const Mention& o) {
            const std::string& w = o.surface.empty() ? o.name : o.surface;
            return org_like(o.type) && w.size() > last.size() && ends_with(w, " " + last);
          }) == 1)
        out_.acronyms.emplace_back(last, m.name);
    }
    // An acronym the note uses for a body it names in full, by the full
    // name's capitals: "CAST" and "the Centre for Acceleration of Social
    // Technology" (one full name per acronym; none the gazetteer knows).
    std::map<std::string, std::string> by_initials;  // initials -> the full name, "" when two
    for (const auto& m : out_.mentions) {
      if (m.author || !org_like(m.type) || m.name.find(' ') == std::string::npos) continue;
      const std::string initials = capital_initials(m.name);
      if (initials.size() < 3) continue;
      auto [it, fresh] = by_initials.emplace(initials, m.name);
      if (!fresh && it->second != m.name) it->second.clear();
    }
    for (const auto& m : out_.mentions) {
      if (m.author || !org_like(m.type) || !all_caps(m.name, 3) || m.name.find(' ') != std::string::npos) continue;
      auto it = by_initials.find(m.name);
      if (it == by_initials.end() || it->second.empty() || lex_.lookup(m.name)) continue;
      std::pair<std::string, std::string> a{m.name, it->second};
      if (std::find(out_.acronyms.begin(), out_.acronyms.end(), a) == out_.acronyms.end()) out_.acronyms.push_back(a);
    }
  }

  // Names that start with another entity's name: "LOTI Advisory Panel" is part
  // of LOTI, "Hackney Learning Trust ICT" of the Hackney Learning Trust.
  // A body the note names, and its parent by the register (data/
  // government.tsv, fifth column), also named: the one is part of the other
  // ("GDS" and "the Cabinet Office").
  void register_structure() {
    absl::flat_hash_map<std::string, Mention> bodies;
    for (const auto& m : out_.mentions)
      if (!m.author && m.type == EntityType::kOrganisation) bodies.emplace(m.name, m);
    std::vector<std::pair<Mention, Mention>> pairs;
    for (const auto& [name, inner] : bodies)
      for (const auto& p : lex_.parents(name))
        if (auto it = bodies.find(p); it != bodies.end()) pairs.emplace_back(inner, it->second);
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first.name, a.second.name) < std::tie(b.first.name, b.second.name);
    });
    for (const auto& [inner, outer] : pairs) {
      evidence_ = Evidence{note_id_, note_.date, "", {}};
      for (const auto& d : docs_)
        for (const auto& sp : d.rec.spans)
          if (sp.name == inner.name && evidence_.sentence.empty()) evidence_.sentence = d.sentence.text;
      fact(inner, Relation::kPartOf, outer, "discourse.register-parent");
    }
  }

  void prefix_structure() {
    // The bodies and forums mentioned (people and the author are neither
    // inner nor outer names). At most one outer name is added per mention:
    // with room reserved, the names `present` views never move.
    std::vector<Mention> ms;
    ms.reserve(2 * out_.mentions.size());
    for (const auto& m : out_.mentions)
      if (!m.author && m.type != EntityType::kPerson) ms.push_back(m);
    absl::flat_hash_set<std::pair<std::string_view, EntityType>> present;
    for (const auto& m : ms) present.insert({m.name, m.type});
    const size_t mentioned = ms.size();
    for (size_t i = 0; i < mentioned; ++i) {
      // The longest gazetteer name that is a proper prefix of this one,
      // not a person's or a forum's: one walk of the trie per candidate
      // (linear in the name, however long); none when its first word opens
      // no gazetteer phrase. (ms[i] is not read after push_back() below.)
      if (!lex_.opens_phrase(ms[i].name)) continue;
      auto words = phrase_words(ms[i].name);
      if (words.size() < 2) continue;
      const auto ids = lex_.word_ids(words);
      for (size_t limit = words.size() - 1; limit >= 1;) {
        auto m = lex_.match(words, 0, &ids, limit);
        if (!m) break;
        if (m->entry->type != EntityType::kPerson && m->entry->type != EntityType::kForum) {
          if (!present.count({m->entry->canonical, m->entry->type})) {
            ms.push_back(named(m->entry->canonical, m->entry->type));
            present.insert({ms.back().name, ms.back().type});
          }
          break;
        }
        limit = m->length - 1;
      }
    }
    // Outer names by name; for each inner name only its word prefixes are
    // looked up (linear in the mentions, not quadratic), and only the
    // longest prefix that names something counts: "Hackney Learning Trust
    // ICT" is part of the Trust, not also of Hackney.
    // Keyed by views of `ms`, which no longer grows.
    absl::flat_hash_map<std::string_view, std::vector<const Mention*>, TextHash> outers;
    absl::flat_hash_set<size_t> outer_lengths;
    for (const auto& o : ms)
      if (!o.author && o.type != EntityType::kPerson && o.type != EntityType::kForum) {
        outers[o.name].push_back(&o);
        outer_lengths.insert(o.name.size());
      }
    // Only prefixes that could be an outer name (one of the outer names'
    // lengths, at a word break) or a gazetteer phrase are tried, so a name
    // of 100,000 words costs what its first few do.
    const size_t alias_bound = 4 * lex_.max_phrase_bytes() + 16;
    std::vector<size_t> cuts;
    for (const auto& inner : ms) {
      if (inner.author || inner.type == EntityType::kPerson || inner.type == EntityType::kCouncil) continue;
      const std::string& name = inner.name;
      cuts.clear();
      for (size_t len : outer_lengths)
        if (len > 0 && len < name.size() && name[len] == ' ') cuts.push_back(len);
      for (size_t c = name.rfind(' ', std::min(alias_bound, name.size())); c != std::string::npos && c > 0;
           c = name.rfind(' ', c - 1))
        cuts.push_back(c);
      std::sort(cuts.rbegin(), cuts.rend());
      cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
      // The gazetteer entry each cut up to alias_bound names, if any, by
      // lookup()'s key built a piece at a time from the shortest prefix
      // (words never span the space a cut is at): linear in the name, where
      // one lookup() per cut was quadratic.
      std::vector<std::pair<size_t, const GazetteerEntry*>> aliases;  // (cut, entry), longest first
      if (!cuts.empty() && lex_.opens_phrase(name)) {                 // an alias opens with a phrase's first word
        std::string key;
        size_t from = 0;
        for (auto c = cuts.rbegin(); c != cuts.rend() && *c <= alias_bound; ++c) {
          std::string piece = phrase_key(name.substr(from, *c - from));
          if (!piece.empty()) key += (key.empty() ? "" : " ") + piece;
          from = *c;
          if (const auto* g = lex_.lookup_key(key)) aliases.emplace_back(*c, g);
        }
        std::reverse(aliases.begin(), aliases.end());
      }
      auto alias = aliases.begin();
      for (size_t cut : cuts) {
        // Only a cut at an outer name's length can be one.
        auto it = outer_lengths.count(cut) ? outers.find(std::string_view(name).substr(0, cut)) : outers.end();
        // The prefix may be an alias of the outer body ("DfID Development
        // Tracker" is part of the Department for International Development).
        while (alias != aliases.end() && alias->first > cut) ++alias;
        if (it == outers.end() && alias != aliases.end() && alias->first == cut)
          it = outers.find(alias->second->canonical);
        if (it == outers.end()) continue;
        // "Socitm Limited" is Socitm under its legal name, not a part of it;
        // "Department of Health and Social Care" a body of its own that
        // goes on past another's name with "and".
        if (name.find(' ', cut + 1) == std::string::npos &&
            rules_.in_set(legal_form_set_, rules_.word_id(lower(name.substr(cut + 1)))))
          break;
        if (name.compare(cut + 1, 4, "and ") == 0 || name.compare(cut + 1, 2, "& ") == 0) break;
        for (const Mention* op : it->second) {
          const Mention& outer = *op;
          // The outer name must be a known body (the gazetteer's, or a name
          // the text typed by a cue), not a word typed by shape ("Content"),
          // and not the note's own author (a team writing about its own
          // programme).
          if (outer.name.find(' ') == std::string::npos && !known_names_.count(outer.name) && !lex_.lookup(outer.name))
            continue;
          if (outer.name == author_.name) continue;
          // An organisation is part of an organisation ("Citizens Advice
          // Lab"), not of a council it is named after ("Hackney Learning Trust").
          if (inner.type == EntityType::kOrganisation && outer.type != EntityType::kOrganisation) continue;
          // A forum named after a council is the council's only when it
          // governs ("Camden Digital Board"), not a meetup or festival that
          // borrows the place's name ("Leeds Digital Festival").
          if (inner.type == EntityType::kForum && outer.type == EntityType::kCouncil &&
              !rules_.in_set(governing_forum_set_, rules_.word_id(lower(inner.name.substr(inner.name.rfind(' ') + 1)))))
            continue;
          evidence_ = Evidence{note_id_, note_.date, "", {}};
          for (const auto& d : docs_)
            if (d.rec.text->find(inner.name) != std::string::npos) {
              evidence_.sentence = d.sentence.text;
              break;
            }
          fact(inner, Relation::kPartOf, outer, "discourse.name-prefix");
        }
        break;
      }
    }
  }

  void cooccurrence(SentenceDoc& d) {
    std::vector<size_t> ks;
    for (size_t k = 0; k < d.rec.spans.size(); ++k)
      if (keep(d, k)) ks.push_back(k);
    for (size_t a = 0; a < ks.size(); ++a)
      for (size_t b = a + 1; b < ks.size(); ++b)
        fact(span(d, ks[a]), Relation::kMentionedWith, span(d, ks[b]), "discourse.mentioned-with");
  }

  const Note& note_;
  SharedText note_id_{note_.id};  // one string for every fact's evidence
  const Lexicon& lex_;
  const RuleSet& rules_;
  const ExtractOptions& opt_;
  uint32_t self_set_ = 0, unit_stop_ = 0, relative_set_ = 0, first_person_set_ = 0, possessive_self_set_ = 0,
           governing_forum_set_ = 0, past_lead_in_set_ = 0, legal_form_set_ = 0, determiner_set_ = 0,
           attend_intent_set_ = 0, weekday_set_ = 0, with_word_ = 0, we_word_ = 0, at_word_ = 0,
           venue_determiner_set_ = 0, role_noun_set_ = 0;
  bool author_is_team_ = false;
  std::map<std::string, int> council_names_;  // how often the note names each council
  bool own_council_cue_ = false;              // the note speaks of "the council"
  Mention author_;
  std::optional<Mention> home_;
  std::string home_evidence_;
  std::optional<Mention> employer_;  // the first body the author is made a member of
  std::optional<Mention> own_team_;  // the first team the author is made a member of
  struct Employee {
    Mention who;
    Relation relation;
    Evidence evidence;
    std::string rule;
    bool own_team = false;  // to the author's own team, if the note names one
  };
  std::vector<Employee> employees_;  // facts to the employer, made at the note's end
  std::vector<SentenceDoc> docs_;
  bool tracing_ = false;
  std::vector<int> rule_counts_ = std::vector<int>(rules_.rules().size(), 0);  // matches per rule, by index
  std::vector<std::vector<std::string>> typing_lines_;                         // trace(): typing matches per sentence
  // The discourse state, read and written only by the steps above.
  const std::vector<Match>* ms_ = nullptr;  // the current sentence's matches
  Evidence evidence_;
  NoteExtraction out_;
  std::set<std::pair<size_t, size_t>> used_;  // (sentence, span) used by a fact
  std::set<std::pair<std::string, std::string>> presented_;
  std::optional<ForumContext> ctx_;
  std::set<size_t> presented_by_author_in_;
  std::vector<Mention> meeting_people_;  // met in the current paragraph
  std::string meeting_section_;          // the rule of the heading over a list of meetings, or ""
  std::string meeting_lead_in_;          // likewise of a lead-in line ("Meetings this week:")
  std::string talk_section_;             // the rule of the heading or lead-in over a list of speakers, or ""
  bool planned_section_ = false;         // the list items here are plans ("Next week we are talking:")
  bool planned_heading_ = false;         // the section under this heading is plans ("## Next week")
  std::set<std::string> known_names_;    // names the text typed from a gazetteer or a cue
  std::set<std::string> self_names_;     // find_self_names(): the author's own names in the note
  // Councils named more than once, where a place rule met them: (sentence, span).
  std::map<std::string, std::set<std::pair<size_t, size_t>>> placed_;
  std::optional<Mention> last_body_;  // the council or organisation named last (a relate's `last`)
  size_t last_body_paragraph_ = 0;
  MentionSet mention_keys_;           // mention(): each mention once
  FactIndex fact_index_{out_.facts};  // fact(): each of out_.facts once
};

}  // namespace

const RuleSet& rules_of(const Lexicon& lexicon) {
  return *lexicon.rules();
}

std::vector<std::string> trace_sentence(const std::string& sentence, const Lexicon& lexicon) {
  Note n;
  n.id = n.source = "sentence";
  n.author = "Author";
  n.text = sentence;
  ExtractOptions o;
  return Discourse(n, lexicon, o).trace();
}

namespace {

// Where to end a part of at most `limit` bytes of `text` from `from`: after
// the last blank line, else the last line, else the last sentence end, else
// at a UTF-8 character boundary.
size_t part_end(const std::string& text, size_t from, size_t limit) {
  if (text.size() - from <= limit) return text.size();
  std::string_view window(text.data() + from, limit);
  for (std::string_view cut : {"\n\n", "\n", ". "}) {
    size_t at = window.rfind(cut);
    if (at != std::string_view::npos && at > limit / 2) return from + at + cut.size();
  }
  size_t end = from + limit;
  while (end > from + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

// `part`'s mentions and facts into `into`, each once (facts from the same
// sentence merge their rules).
void merge_part(NoteExtraction& into, NoteExtraction&& part, size_t from, MentionSet& mentions, FactIndex& facts) {
  for (auto& m : part.mentions)
    if (mentions.insert(m)) into.mentions.push_back(std::move(m));
  for (auto& f : part.facts) facts.add(std::move(f));
  for (auto& a : part.acronyms)
    if (std::find(into.acronyms.begin(), into.acronyms.end(), a) == into.acronyms.end())
      into.acronyms.push_back(std::move(a));
  for (const auto& [id, n] : part.rule_matches) into.rule_matches[id] += n;
  // Sentence and paragraph numbers count from the part's start.
  for (auto& w : part.warnings) into.warnings.push_back("in the part from byte " + std::to_string(from) + ": " + w);
  if (into.author.empty()) into.author = part.author;
}

}  // namespace

namespace detail {
extern const char* const kExtractorHash;  // generated by cmake/source_hash.cmake
}

std::string extractor_fingerprint(const ExtractOptions& options) {
  detail::Sha256 h;
  h.field(WNGRAPH_VERSION).field(detail::kExtractorHash);
  h.field(options.builtin_gazetteers ? 1 : 0).field(options.mentioned_with ? 1 : 0);
  for (size_t limit :
       {options.max_names_per_sentence, options.max_meeting_people, options.max_sentence_bytes, options.max_note_bytes})
    h.field(static_cast<long long>(limit));
  h.field(options.unknown_author);
  for (const auto* files : {&options.gazetteer_files, &options.rule_files}) {
    h.field(static_cast<long long>(files->size()));
    for (const auto& path : *files) h.field(detail::read_option_file(path, "cannot read"));
  }
  return h.hex();
}

std::string unnamed_author(const Note& note, const std::string& prefix) {
  return prefix + " of " + (note.origin.empty() ? "a weeknote" : note.origin);
}

NoteExtraction extract(const Note& note, const Lexicon& lexicon, const ExtractOptions& options) {
  if (note.text.size() <= options.max_note_bytes || options.max_note_bytes == 0)
    return Discourse(note, lexicon, options).run();
  // A "note" this large is a dump, not a weeknote: it is read in parts of
  // at most max_note_bytes, each on its own, so memory follows the part and
  // not the note. Context (home council, the forum being described) does
  // not cross from one part to the next.
  NoteExtraction out;
  out.note_id = note.id;
  MentionSet mentions;
  FactIndex facts(out.facts);
  Note part;
  part.id = note.id;
  part.source = note.source;
  part.title = note.title;
  part.author = note.author;
  part.origin = note.origin;
  part.date = note.date;
  part.first_line = note.first_line;
  size_t parts = 0;
  for (size_t from = 0; from < note.text.size(); ++parts) {
    size_t end = part_end(note.text, from, options.max_note_bytes);
    part.text.assign(note.text, from, end - from);
    merge_part(out, Discourse(part, lexicon, options).run(), from, mentions, facts);
    from = end;
  }
  out.warnings.insert(out.warnings.begin(), "the note is " + std::to_string(note.text.size()) +
                                                " bytes, over the limit of " + std::to_string(options.max_note_bytes) +
                                                "; read in " + std::to_string(parts) +
                                                " parts, each on its own (context does not cross parts)");
  return out;
}

}  // namespace wngraph
