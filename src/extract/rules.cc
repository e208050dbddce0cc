// Rules files (data/rules.txt, --rules FILE) -> a compiled RuleSet.
// Entry points: load_rules(), rule_infos(). Tested by tests/rules_test.cc.
#include <absl/strings/ascii.h>
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "builtin_data.h"
#include "extract/ruleset.h"
#include "extract/tokens.h"
#include "output.h"
#include "text.h"
#include "wngraph/error.h"
#include "wngraph/rules.h"

namespace wngraph::detail {

namespace {

struct ActionSpec {
  const char* name;
  Action action;
  int slots;  // slot arguments after the name (relate also takes a relation first)
};

const std::vector<ActionSpec>& action_specs() {
  static const std::vector<ActionSpec> specs = {
      {"relate", Action::kRelate, 2},
      {"type", Action::kType, 1},
      {"type-list", Action::kTypeList, 1},
      {"type-as", Action::kTypeAs, 2},
      {"type-list-units", Action::kTypeListUnits, 1},
      {"acronym", Action::kAcronym, 2},
      {"place", Action::kPlace, 1},
      {"council", Action::kCouncil, 1},
      {"plain", Action::kPlain, 1},
      {"meeting", Action::kMeeting, 0},
      {"clause-break", Action::kClauseBreak, 0},
      {"meeting-break", Action::kMeetingBreak, 0},
      {"meeting-section", Action::kMeetingSection, 0},
      {"separate-meetings", Action::kSeparateMeetings, 0},
      {"thanks", Action::kThanks, 0},
      {"absent", Action::kAbsent, 1},
      {"talk-section", Action::kTalkSection, 0},
      {"plans-section", Action::kPlansSection, 0},
      {"past", Action::kPast, 0},
      {"present", Action::kPresent, 0},
      {"present-listen", Action::kPresentListen, 0},
      {"presenter-by", Action::kPresenterBy, 1},
      {"presenter-subject", Action::kPresenterSubject, 1},
      {"co-presenter", Action::kCoPresenter, 1},
      {"present-own", Action::kPresentOwn, 2},
      {"speaker", Action::kSpeaker, 1},
      {"walk-through", Action::kWalkThrough, 0},
      {"audience-from", Action::kAudienceFrom, 1},
      {"attend-cue", Action::kAttendCue, 0},
      {"chair-cue", Action::kChairCue, 0},
      {"chair-self", Action::kChairSelf, 0},
      {"chair-other", Action::kChairOther, 1},
      {"forum-met", Action::kForumMet, 1},
      {"attendees", Action::kAttendees, 1},
      {"member-cue", Action::kMemberCue, 0},
      {"member-context", Action::kMemberContext, 0},
      {"future", Action::kFuture, 0},
      {"negation", Action::kNegation, 0},
      {"purpose", Action::kPurpose, 0},
      {"own-council", Action::kOwnCouncil, 0},
      {"joining", Action::kJoining, 1},
      {"leads-unit", Action::kLeadsUnit, 2},
      {"self-name", Action::kSelfName, 1},
      {"implicit-i", Action::kImplicitI, 0},
      {"first-person", Action::kFirstPerson, 0},
  };
  return specs;
}

std::vector<std::string> action_names() {
  std::vector<std::string> out;
  for (const auto& s : action_specs()) out.push_back(s.name);
  return out;
}

// Type names a slot may take.
std::optional<uint16_t> slot_type(const std::string& name) {
  const uint16_t body = type_bit(EntityType::kCouncil) | type_bit(EntityType::kOrganisation) |
                        type_bit(EntityType::kTeam) | type_bit(EntityType::kProgramme);
  if (name == "Body") return body;
  if (name == "Unit") return static_cast<uint16_t>(body | type_bit(EntityType::kForum));
  if (name == "Any") return static_cast<uint16_t>(body | type_bit(EntityType::kForum) | type_bit(EntityType::kPerson));
  if (name == "Self") return kSelfBit;
  if (name == "Dept") return kDeptBit;
  if (name == "Words") return kWordsBit;
  if (auto t = parse_type(name)) return type_bit(*t);
  return std::nullopt;
}
const std::vector<std::string> kSlotTypeNames = {"Person", "Council", "Organisation", "Team", "Programme", "Forum",
                                                 "Body",   "Unit",    "Any",          "Self", "Dept",      "Words"};

}  // namespace

// Builds a RuleSet from rules files; every error names file, line and rule.
class RuleCompiler {
 public:
  RuleCompiler() : set_(std::make_shared<RuleSet>()) {}

  void add_file(const std::string& text, const std::string& file) {
    file_ = file;
    auto lines = split(text, '\n');
    CompiledRule* rule = nullptr;
    std::string pending_set;
    for (size_t i = 0; i < lines.size(); ++i) {
      line_ = static_cast<int>(i + 1);
      std::string raw = lines[i];
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      std::string line = trim(raw);
      fragment_ = line;
      if (line.empty() || line[0] == '#') continue;
      if (line[0] == '|' && !pending_set.empty()) {  // a set continued on the next line
        add_phrases(pending_set, line.substr(1));
        continue;
      }
      pending_set.clear();
      std::string head = line.substr(0, line.find(' '));
      std::string rest = line.size() > head.size() ? trim(line.substr(head.size())) : "";
      if (head == "set") {
        finish(rule);
        rule = nullptr;
        size_t eq = rest.find('=');
        if (eq == std::string::npos) fail("a set needs '=': set NAME = word | two words");
        std::string name = trim(rest.substr(0, eq));
        if (name.empty() || name.find(' ') != std::string::npos) fail("bad set name '" + name + "'");
        if (set_index_.count(name)) fail("set '" + name + "' is defined twice");
        set_index_[name] = static_cast<uint32_t>(set_->sets_.size());
        set_->set_names_.push_back(name);
        set_->sets_.emplace_back();
        add_phrases(name, rest.substr(eq + 1));
        pending_set = name;
      } else if (head == "rule") {
        finish(rule);
        if (rest.empty() || rest.find(' ') != std::string::npos) fail("a rule needs one id: rule family.name");
        if (ids_.count(rest)) fail("rule '" + rest + "' is defined twice (first at " + ids_[rest] + ")");
        ids_[rest] = file + ":" + std::to_string(line_);
        rules_.emplace_back();
        rule = &rules_.back();
        rule->id = rest;
        rule->info.id = rest;
        rule->info.file = file;
        rule->info.line = line_;
        rule_line_ = line_;
        seen_do_ = seen_match_ = false;
      } else if (!rule) {
        fail("expected 'set NAME = ...' or 'rule ID'");
      } else if (head == "match") {
        if (seen_match_) fail_rule(*rule, "has two 'match' lines");
        seen_match_ = true;
        rule->info.pattern = rest;
        compile_pattern(*rule, rest);
      } else if (head == "do") {
        if (seen_do_) fail_rule(*rule, "has two 'do' lines");
        seen_do_ = true;
        rule->info.action = rest;
        do_line_ = line_;
        do_text_ = rest;
      } else if (head == "when") {
        when_lines_.push_back({line_, rest});
        rule->info.guards += (rule->info.guards.empty() ? "" : " ") + rest;
      } else if (head == "yes" || head == "no") {
        RuleExample ex;
        ex.positive = head == "yes";
        ex.line = line_;
        size_t arrow = rest.find("=>");
        ex.sentence = trim(rest.substr(0, arrow));
        if (arrow != std::string::npos) {
          if (!ex.positive) fail_rule(*rule, "a 'no' example names no fact");
          ex.expect = trim(rest.substr(arrow + 2));
        }
        if (ex.sentence.empty()) fail_rule(*rule, "has an empty example");
        rule->info.examples.push_back(ex);
      } else {
        fail(unknown_name_message("line", head, {"set", "rule", "match", "do", "when", "yes", "no"}));
      }
    }
    finish(rule);
  }

  std::shared_ptr<const RuleSet> build() {
    // The joiners are interned first, so vocabulary-sized tables below
    // cover them. Each word element's first words, for a one-lookup rejection.
    intern(",");
    intern("and");
    intern("&");
    intern("'s");
    for (auto& r : rules_)
      for (auto& e : r.elements) {
        e.first.assign(set_->vocabulary_.size() + 1, false);
        for (const auto& alt : e.alts) e.first[alt[0]] = true;
      }
    set_->comma_ = intern(",");
    set_->and_ = intern("and");
    set_->amp_ = intern("&");
    set_->the_ = intern("the");
    set_->open_paren_ = intern("(");
    set_->close_paren_ = intern(")");
    set_->possessive_ = intern("'s");
    for (auto& r : rules_) {
      if (is_typing(r.action)) set_->typing_.push_back(set_->rules_.size());
      if (is_sentence_feature(r.action)) set_->features_.push_back(set_->rules_.size());
      if (r.action == Action::kOwnCouncil) set_->own_council_.push_back(set_->rules_.size());
      set_->rules_.push_back(std::move(r));
    }
    set_->index_prefilter();
    set_->set_words_.resize(set_->sets_.size());
    for (size_t s = 0; s < set_->sets_.size(); ++s) {
      set_->set_words_[s].assign(set_->vocabulary_.size() + 1, false);
      for (const auto& phrase : set_->sets_[s])
        if (phrase.size() == 1) set_->set_words_[s][phrase[0]] = true;
    }
    return set_;
  }

 private:
  [[noreturn]] void fail(const std::string& why) { throw Error(why, file_, line_, fragment_); }
  [[noreturn]] void fail_rule(const CompiledRule& r, const std::string& why) { fail("rule " + r.id + " " + why); }

  uint32_t intern(const std::string& w) {
    auto [it, fresh] = set_->vocabulary_.emplace(w, static_cast<uint32_t>(set_->vocabulary_.size() + 1));
    return it->second;
  }

  // Words as the text's tokenizer cuts them, lower-cased ("i'm", "1:1", "&");
  // a lone "'s" is the possessive the tokenizer splits off a word: one item.
  std::vector<uint32_t> phrase(const std::string& text) {
    std::vector<uint32_t> out;
    std::istringstream words(text);
    std::string w;
    while (words >> w) {
      if (w == "'s") {
        out.push_back(intern("'s"));
        continue;
      }
      for (const auto& t : tokenize(w)) {
        out.push_back(intern(lower(t.text)));
        if (t.possessive) out.push_back(intern("'s"));
      }
    }
    return out;
  }

  void add_phrases(const std::string& set, const std::string& text) {
    auto& phrases = set_->sets_[set_index_.at(set)];
    for (const auto& alt : split(text, '|')) {
      std::string a = trim(alt);
      if (a.empty()) continue;
      auto p = phrase(a);
      if (p.empty()) fail("set '" + set + "' has an empty member");
      phrases.push_back(p);
    }
  }

  int slot_of(CompiledRule& r, const std::string& name, bool create) {
    for (size_t i = 0; i < r.slot_names.size(); ++i)
      if (r.slot_names[i] == name) return static_cast<int>(i);
    if (!create) return -1;
    if (r.slot_names.size() >= kMaxSlots) fail_rule(r, "has more than " + std::to_string(kMaxSlots) + " slots");
    r.slot_names.push_back(name);
    return static_cast<int>(r.slot_names.size() - 1);
  }

  // Pattern syntax: word, [a|b c] (alternatives, each one or more words),
  // $set, {slot:Type|Type*} ({slot:Type+}: a list of two or more), ~{n,m} (a gap of plain items), !word or ![a|b]
  // (not followed by), ^ and $ (sentence start and end), %past (a plain
  // word ending in -ed); a trailing ?
  // makes a word, group, set or slot optional.
  void compile_pattern(CompiledRule& r, const std::string& text) {
    size_t i = 0;
    auto error = [&](const std::string& why) { fail_rule(r, "pattern: " + why); };
    while (i < text.size()) {
      if (absl::ascii_isspace(static_cast<unsigned char>(text[i]))) {
        ++i;
        continue;
      }
      Element e;
      bool negate = false;
      if (text[i] == '!' && i + 1 < text.size() && !absl::ascii_isspace(static_cast<unsigned char>(text[i + 1]))) {
        negate = true;
        ++i;
      }
      size_t start = i;
      if (text[i] == '[') {
        size_t close = text.find(']', i);
        if (close == std::string::npos) error("unclosed '['");
        for (const auto& alt : split(text.substr(i + 1, close - i - 1), '|')) {
          std::string a = trim(alt);
          if (a.empty()) error("empty alternative in '" + text.substr(i, close - i + 1) + "'");
          if (a == "%past") {
            e.past = true;
          } else if (a[0] == '$') {
            auto it = set_index_.find(a.substr(1));
            if (it == set_index_.end()) error(unknown_set(a.substr(1)));
            for (const auto& p : set_->sets_[it->second]) e.alts.push_back(p);
          } else {
            e.alts.push_back(phrase(a));
          }
        }
        i = close + 1;
      } else if (text[i] == '{') {
        size_t close = text.find('}', i);
        if (close == std::string::npos) error("unclosed '{'");
        std::string body = text.substr(i + 1, close - i - 1);
        size_t colon = body.find(':');
        if (colon == std::string::npos) error("a slot is {name:Type}, got '{" + body + "}'");
        std::string name = trim(body.substr(0, colon)), types = trim(body.substr(colon + 1));
        e.kind = Element::kSlot;
        if (!types.empty() && (types.back() == '*' || types.back() == '+')) {
          e.list = true;
          e.two = types.back() == '+';
          types.pop_back();
        }
        for (const auto& t : split(types, '|')) {
          auto bits = slot_type(trim(t));
          if (!bits) {
            error(unknown_name_message("slot type", trim(t), kSlotTypeNames));
          }
          e.types |= *bits;
        }
        if (name != "_") {
          if (slot_of(r, name, false) >= 0) error("slot '" + name + "' appears twice");
          e.slot = slot_of(r, name, true);
        }
        i = close + 1;
      } else if (text[i] == '~') {
        e.kind = Element::kGap;
        size_t open = i + 1;
        if (open >= text.size() || text[open] != '{') error("a gap is ~{min,max}");
        size_t close = text.find('}', open);
        if (close == std::string::npos) error("unclosed gap");
        auto nums = split(text.substr(open + 1, close - open - 1), ',');
        try {
          if (nums.size() != 2) throw std::invalid_argument("gap");
          e.min = std::stoi(nums[0]);
          e.max = std::stoi(nums[1]);
        } catch (const std::exception&) {
          error("a gap is ~{min,max}");
        }
        if (e.min < 0 || e.max < e.min || e.max > 20) error("gap bounds must be 0 <= min <= max <= 20");
        i = close + 1;
      } else if (text.compare(i, 5, "%past") == 0 && (i + 5 == text.size() || text[i + 5] == ' ')) {
        e.kind = Element::kPastVerb;  // a word ending in -ed: "synthesised", "published"
        i += 5;
      } else if (text[i] == '^' && (i + 1 == text.size() || text[i + 1] == ' ')) {
        e.kind = Element::kStart;
        ++i;
      } else if (text[i] == '$' && (i + 1 == text.size() || text[i + 1] == ' ')) {
        e.kind = Element::kEnd;
        ++i;
      } else if (text[i] == '$') {
        size_t end = i + 1;
        while (end < text.size() && !absl::ascii_isspace(static_cast<unsigned char>(text[end])) && text[end] != '?')
          ++end;
        std::string name = text.substr(i + 1, end - i - 1);
        auto it = set_index_.find(name);
        if (it == set_index_.end()) error(unknown_set(name));
        e.alts = set_->sets_[it->second];
        i = end;
      } else {
        size_t end = i;
        while (end < text.size() && !absl::ascii_isspace(static_cast<unsigned char>(text[end]))) ++end;
        std::string word = text.substr(i, end - i);
        if (word.size() > 1 && word.back() == '?') word.pop_back(), end -= 1;
        e.alts.push_back(phrase(word));
        if (e.alts.back().empty()) error("empty word");
        i = end;
      }
      if (i < text.size() && text[i] == '?') {
        if (e.kind == Element::kGap || e.kind == Element::kStart || e.kind == Element::kEnd || negate)
          error("'?' goes after a word, group, set or slot: '" + text.substr(start, i - start + 1) + "'");
        e.optional = true;
        ++i;
      }
      if (negate) {
        if (e.kind != Element::kWords) error("'!' goes before a word or a group");
        e.kind = Element::kNotWords;
      }
      if (i < text.size() && !absl::ascii_isspace(static_cast<unsigned char>(text[i])))
        error("expected a space after '" + text.substr(start, i - start) + "'");
      r.elements.push_back(std::move(e));
    }
    if (r.elements.empty()) error("is empty");
    // The prefilter: words and entity types every match needs.
    for (const auto& e : r.elements) {
      if (e.optional || e.past) continue;  // %past is no word the prefilter can look for
      if (e.kind == Element::kWords) {
        std::vector<uint32_t> firsts;
        for (const auto& alt : e.alts) firsts.push_back(alt[0]);
        std::sort(firsts.begin(), firsts.end());
        firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
        r.required.push_back(firsts);
      }
      if (e.kind == Element::kSlot && (e.types & 0xFF) && !(e.types & 0xFF00) &&
          __builtin_popcount(e.types & 0xFF) == 1)
        r.required_types |= e.types;
    }
  }

  std::string unknown_set(const std::string& name) {
    std::vector<std::string> names(set_->set_names_.begin(), set_->set_names_.end());
    for (auto& n : names) n = "$" + n;
    return unknown_name_message("set", "$" + name, names);
  }

  // Resolves an action argument naming a slot (or author, home, employer,
  // last, rest:Types).
  int action_slot(CompiledRule& r, const std::string& arg) {
    if (arg == "author") return kAuthorSlot;
    if (arg == "home") return kHomeSlot;
    if (arg == "employer") return kEmployerSlot;
    if (arg == "own-team") return kOwnTeamSlot;
    if (arg == "last") return kLastBodySlot;
    if (starts_with(arg, "rest:")) {
      for (const auto& t : split(arg.substr(5), '|')) {
        auto bits = slot_type(t);
        if (!bits) fail_rule(r, "do: unknown type '" + t + "'");
        r.rest_types |= *bits;
      }
      return kRestSlot;
    }
    int s = slot_of(r, arg, false);
    if (s < 0) fail_rule(r, "do: no slot '" + arg + "' in its pattern");
    return s;
  }

  void compile_action(CompiledRule& r) {
    auto words = split(do_text_, ' ');
    words.erase(std::remove(words.begin(), words.end(), ""), words.end());
    if (words.empty()) fail_rule(r, "has an empty 'do'");
    const ActionSpec* spec = nullptr;
    for (const auto& s : action_specs())
      if (words[0] == s.name) spec = &s;
    if (!spec) {
      fail_rule(r, "do: " + unknown_name_message("action", words[0], action_names()));
    }
    r.action = spec->action;
    size_t first = 1;
    if (spec->action == Action::kRelate) {
      if (words.size() < 2) fail_rule(r, "do: relate needs a relation and two slots");
      auto rel = parse_relation(words[1]);
      if (!rel) {
        fail_rule(r, "do: " + unknown_name_message("relation", words[1], relation_names()));
      }
      r.relation = *rel;
      first = 2;
    }
    size_t want = static_cast<size_t>(spec->slots) + (spec->action == Action::kType ? 1 : 0);
    if (words.size() - first != want)
      fail_rule(r, "do: '" + words[0] + "' takes " + std::to_string(want) + " argument" + (want == 1 ? "" : "s"));
    if (spec->action == Action::kType) {
      r.a = action_slot(r, words[1]);
      if (known_at_note_end(r.a)) fail_rule(r, "do: '" + words[1] + "' can only be the target of relate");
      auto t = parse_type(words[2]);
      if (!t) fail_rule(r, "do: unknown type '" + words[2] + "'");
      r.type = *t;
      return;
    }
    if (spec->slots >= 1) r.a = action_slot(r, words[first]);
    if (spec->slots >= 2) r.b = action_slot(r, words[first + 1]);
    // The employer and the own team are known only at the note's end: facts
    // wait for them as their target, and nothing else can.
    const bool waits_a = known_at_note_end(r.a);
    if (waits_a || (known_at_note_end(r.b) && spec->action != Action::kRelate))
      fail_rule(r, "do: '" + words[waits_a ? first : first + 1] + "' can only be the target of relate");
  }

  void compile_guards(CompiledRule& r) {
    for (const auto& [line, text] : when_lines_) {
      line_ = line;
      fragment_ = "when " + text;
      std::string norm = text;
      std::replace(norm.begin(), norm.end(), ',', ' ');
      std::istringstream ss(norm);
      std::string g;
      while (ss >> g) {
        if (g == "first-person")
          r.first_person = true;
        else if (g == "home")
          r.home = true;
        else if (g == "no-home")
          r.no_home = true;
        else if (g == "author-team")
          r.author_team = true;
        else if (g == "once")
          r.once = true;
        else if (g == "heading")
          r.heading = true;
        else if (g == "seat")
          r.seat = true;
        else {
          size_t colon = g.find(':');
          if (colon == std::string::npos) fail_rule(r, "when: unknown guard '" + g + "'");
          SlotGuard sg{};
          sg.slot = slot_of(r, g.substr(0, colon), false);
          if (sg.slot < 0) fail_rule(r, "when: no slot '" + g.substr(0, colon) + "' in its pattern");
          std::string k = g.substr(colon + 1);
          if (k == "known")
            sg.kind = SlotGuard::kKnown;
          else if (k == "unknown")
            sg.kind = SlotGuard::kUnknown;
          else if (k == "bare")
            sg.kind = SlotGuard::kBare;
          else if (k == "not-possessive")
            sg.kind = SlotGuard::kNotPossessive;
          else if (k == "possessive")
            sg.kind = SlotGuard::kPossessive;
          else if (k == "outside-parens")
            sg.kind = SlotGuard::kOutsideParens;
          else if (k == "not-all-caps")
            sg.kind = SlotGuard::kNotAllCaps;
          else if (k == "all-caps")
            sg.kind = SlotGuard::kAllCaps;
          else if (k == "town")
            sg.kind = SlotGuard::kTown;
          else if (starts_with(k, "words>="))
            sg.kind = SlotGuard::kWordsMin, sg.value = std::atoi(k.c_str() + 7);
          else if (starts_with(k, "words<="))
            sg.kind = SlotGuard::kWordsMax, sg.value = std::atoi(k.c_str() + 7);
          else if (starts_with(k, "has=$") || starts_with(k, "not-after=$")) {
            const std::string set = k.substr(k.find('$') + 1);
            auto it = set_index_.find(set);
            if (it == set_index_.end()) fail_rule(r, "when: " + unknown_set(set));
            sg.kind = starts_with(k, "has=$") ? SlotGuard::kNameHas : SlotGuard::kNotAfter;
            sg.set = it->second;
          } else {
            fail_rule(r, "when: " + unknown_name_message(
                                        "guard", k, {"known",       "unknown",        "bare",         "not-possessive",
                                                     "possessive",  "outside-parens", "not-all-caps", "all-caps",
                                                     "town",        "words>=",        "words<=",      "has=$",
                                                     "not-after=$", "first-person",   "home",         "no-home",
                                                     "once",        "author-team",    "heading",      "seat"}));
          }
          r.guards.push_back(sg);
        }
      }
    }
    when_lines_.clear();
  }

  void finish(CompiledRule* r) {
    if (!r) return;
    int keep = line_;
    line_ = rule_line_;
    fragment_ = "rule " + r->id;
    if (!seen_match_) fail_rule(*r, "has no 'match' line");
    if (!seen_do_) fail_rule(*r, "has no 'do' line");
    line_ = do_line_;
    fragment_ = "do " + do_text_;
    compile_action(*r);
    compile_guards(*r);
    line_ = keep;
  }

  std::shared_ptr<RuleSet> set_;
  std::vector<CompiledRule> rules_;
  std::map<std::string, uint32_t> set_index_;
  std::map<std::string, std::string> ids_;
  std::string file_, fragment_, do_text_;
  int line_ = 0, rule_line_ = 0, do_line_ = 0;
  bool seen_do_ = false, seen_match_ = false;
  std::vector<std::pair<int, std::string>> when_lines_;
};

bool RuleSet::in_set(uint32_t set, uint32_t w) const {
  return set < set_words_.size() && w < set_words_[set].size() && set_words_[set][w];
}

bool RuleSet::set_has_phrase(uint32_t set, const std::vector<uint32_t>& words) const {
  for (const auto& p : sets_[set])
    if (p == words) return true;
  return false;
}

uint32_t RuleSet::find_set(const std::string& name) const {
  for (size_t i = 0; i < set_names_.size(); ++i)
    if (set_names_[i] == name) return static_cast<uint32_t>(i);
  return kNoSet;
}

uint32_t RuleSet::set_index(const std::string& name) const {
  uint32_t i = find_set(name);
  if (i == kNoSet) throw Error("the rules define no set '$" + name + "', which extraction needs");
  return i;
}

}  // namespace wngraph::detail

namespace wngraph {

std::shared_ptr<const RuleSet> load_rules(const std::vector<std::string>& extra_files, bool builtin) {
  detail::RuleCompiler c;
  if (builtin)
    for (const auto& f : detail::builtin_data())
      if (std::string(f.name) == "rules.txt") c.add_file(f.contents, "data/rules.txt");
  for (const auto& path : extra_files) {
    c.add_file(detail::read_option_file(path, "cannot read rules file"), path);
  }
  return c.build();
}

std::vector<RuleInfo> rule_infos(const RuleSet& rules) {
  std::vector<RuleInfo> out;
  for (const auto& r : rules.rules()) out.push_back(r.info);
  return out;
}

const std::vector<std::string>& discourse_rule_ids() {
  static const std::vector<std::string> ids = {"discourse.forum-context", "discourse.name-prefix",
                                               "discourse.register-parent", "discourse.home-council",
                                               "discourse.mentioned-with"};
  return ids;
}

}  // namespace wngraph
