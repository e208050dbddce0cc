// Tests of the rules (data/rules.txt) and their engine (src/extract/rules.cc,
// src/extract/matcher.cc): every rule's own examples, and the exact errors
// of malformed rules files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/ruleset.h"
#include "wngraph/error.h"
#include "wngraph/extract.h"
#include "wngraph/rules.h"

namespace wngraph {
namespace {

struct ExpectedFact {
  bool negated = false;
  std::string source, relation, target;
};

// "Kay Brown member_of Made Tech", "not @author attended Data Panel".
ExpectedFact parse_expect(const std::string& text) {
  ExpectedFact f;
  std::istringstream ss(text);
  std::vector<std::string> words;
  for (std::string w; ss >> w;) words.push_back(w);
  size_t start = 0;
  if (!words.empty() && words[0] == "not") f.negated = true, start = 1;
  std::string* into = &f.source;
  for (size_t i = start; i < words.size(); ++i) {
    if (f.relation.empty() && parse_relation(words[i])) {
      f.relation = words[i];
      into = &f.target;
      continue;
    }
    *into += (into->empty() ? "" : " ") + words[i];
  }
  return f;
}

std::string name_of(const Mention& m) {
  return m.author ? "@author" : m.name;
}

class RuleExamples : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lexicon_ = load_lexicon().get() ? load_lexicon() : nullptr; }
  static std::shared_ptr<const Lexicon> lexicon_;
};
std::shared_ptr<const Lexicon> RuleExamples::lexicon_;

TEST_F(RuleExamples, EveryRuleHasExamplesBothWaysAndTheyHold) {
  auto rules = load_rules();
  auto infos = rule_infos(*rules);
  ASSERT_GT(infos.size(), 40u);
  for (const auto& r : infos) {
    SCOPED_TRACE(r.file + ":" + std::to_string(r.line) + ": rule " + r.id);
    size_t yes = 0, no = 0;
    for (const auto& ex : r.examples) {
      SCOPED_TRACE("example at line " + std::to_string(ex.line) + ": " + ex.sentence);
      Note note;
      note.id = note.source = "example";
      // A rule for notes written by a team reads its examples as a team's.
      note.author = r.guards.find("author-team") != std::string::npos ? "Example Digital Team" : "Example Author";
      note.text = ex.sentence;
      NoteExtraction x = extract(note, *lexicon_);
      int fired = x.rule_matches.count(r.id) ? x.rule_matches.at(r.id) : 0;
      if (!ex.positive) {
        ++no;
        EXPECT_EQ(fired, 0) << "a negative example fired the rule";
        continue;
      }
      ++yes;
      EXPECT_GT(fired, 0) << "a positive example did not fire the rule";
      if (ex.expect.empty()) continue;
      ExpectedFact want = parse_expect(ex.expect);
      ASSERT_FALSE(want.relation.empty()) << "no relation named in '" << ex.expect << "'";
      bool found = false, by_rule = false;
      std::string got;
      for (const auto& f : x.facts) {
        std::string s = name_of(f.source), t = name_of(f.target);
        got += "\n  " + s + " " + relation_name(f.relation) + " " + t;
        bool same = relation_name(f.relation) == want.relation &&
                    ((s == want.source && t == want.target) ||
                     (is_symmetric(f.relation) && s == want.target && t == want.source));
        if (!same) continue;
        found = true;
        for (const auto& id : f.evidence.rules) by_rule |= id == r.id;
      }
      if (want.negated) {
        EXPECT_FALSE(found) << "made '" << ex.expect.substr(4) << "'; facts:" << got;
      } else {
        EXPECT_TRUE(found) << "did not make '" << ex.expect << "'; facts:" << got;
      }
      (void)by_rule;
    }
    EXPECT_GT(yes, 0u) << "rule has no positive example";
    EXPECT_GT(no, 0u) << "rule has no negative example";
  }
}

TEST(Rules, MalformedFilesNameFileLineRuleAndFragment) {
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / "wngraph_rules_test.txt";
  const std::pair<const char*, const char*> cases[] = {
      {"rule a.b\n  do relate met_with p q\n  match {p:Person} met {q:Person}\n  yes x\n  no y\n", ""},
      {"rule a.b\n  do relate met_wit p q\n  match {p:Person} met {q:Person}\n",
       ":2: rule a.b do: unknown relation 'met_wit' (valid: met_with, presented_to, member_of, leads, part_of, "
       "partner_of, attended, mentioned_with); did you mean 'met_with'?: `do relate met_wit p q`"},
      {"rule a.b\n  do relate met_with p r\n  match {p:Person} met {q:Person}\n",
       ":2: rule a.b do: no slot 'r' in its pattern: `do relate met_with p r`"},
      {"rule a.b\n  do relate member_of employer p\n  match {p:Person} met\n",
       ":2: rule a.b do: 'employer' can only be the target of relate: `do relate member_of employer p`"},
      {"rule a.b\n  do presenter-by employer\n  match {p:Person} met\n",
       ":2: rule a.b do: 'employer' can only be the target of relate: `do presenter-by employer`"},
      {"rule a.b\n  do relate member_of own-team p\n  match {p:Person} met\n",
       ":2: rule a.b do: 'own-team' can only be the target of relate: `do relate member_of own-team p`"},
      {"rule a.b\n  do meeting\n  match {p:Persn} met\n",
       ":3: rule a.b pattern: unknown slot type 'Persn'; did you mean 'Person'?: `match {p:Persn} met`"},
      {"rule a.b\n  do meeting\n  match $meat\n", ":3: rule a.b pattern: unknown set '$meat': `match $meat`"},
      {"set meet = met | caught up\nrule a.b\n  do meeting\n  match $meat\n",
       ":4: rule a.b pattern: unknown set '$meat' (valid: $meet); did you mean '$meet'?: `match $meat`"},
      {"rule a.b\n  do meting\n  match met\n",
       ":2: rule a.b do: unknown action 'meting'; did you mean 'meeting'?: `do meting`"},
      {"rule a.b\n  match met\n", ":1: rule a.b has no 'do' line: `rule a.b`"},
      {"rule a.b\n  do meeting\n", ":1: rule a.b has no 'match' line: `rule a.b`"},
      {"rule a.b\n  do meeting\n  match [met|caught up\n",
       ":3: rule a.b pattern: unclosed '[': `match [met|caught up`"},
      {"rule a.b\n  do meeting\n  match met ~{3,1}\n",
       ":3: rule a.b pattern: gap bounds must be 0 <= min <= max <= 20: `match met ~{3,1}`"},
      {"rule a.b\n  do meeting\n  match met\n  when p:known\n",
       ":4: rule a.b when: no slot 'p' in its pattern: `when p:known`"},
      {"rule a.b\n  do meeting\n  match {p:Person} met\n  when p:not-after=$nosuch\n",
       ":4: rule a.b when: unknown set '$nosuch': `when p:not-after=$nosuch`"},
      {"rule a.b\n  do meeting\n  match {p:Person} met\n  when p:not-afer=$x\n",
       ":4: rule a.b when: unknown guard 'not-afer=$x'"},
      {"rule a.b\n  do meeting\n  match met\nrule a.b\n  do meeting\n  match met\n",
       ":4: rule 'a.b' is defined twice (first at "},
      {"match met\n", ":1: expected 'set NAME = ...' or 'rule ID': `match met`"},
      {"rule a.b\n  do meeting\n  match met\n  no x => A met_with B\n", ":4: rule a.b a 'no' example names no fact"},
  };
  for (const auto& [text, want] : cases) {
    std::ofstream(p) << text;
    std::string got;
    try {
      load_rules({p.string()}, false);
    } catch (const Error& e) {
      got = e.describe();
    }
    if (std::string(want).empty()) {
      EXPECT_EQ(got, "") << text;
    } else {
      EXPECT_EQ(got.rfind(p.string() + want, 0), 0u) << "got: " << got << "\nwant: " << p.string() + want;
    }
  }
  fs::remove(p);
}

TEST(Rules, UserRulesAddToTheBuiltInOnes) {
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / "wngraph_user_rules.txt";
  std::ofstream(p) << "rule user.mentored\n  do relate met_with author p\n  match mentored {p:Person}\n"
                      "  yes I mentored Kay Brown. => @author met_with Kay Brown\n  no I mentored nobody.\n";
  ExtractOptions o;
  o.rule_files = {p.string()};
  auto lex = load_lexicon(o);
  Note n;
  n.id = n.source = "n";
  n.author = "Ann";
  n.text = "On Monday I mentored Kay Brown.";
  auto x = extract(n, *lex, o);
  bool found = false;
  for (const auto& f : x.facts)
    if (f.relation == Relation::kMetWith && f.target.name == "Kay Brown")
      found = std::find(f.evidence.rules.begin(), f.evidence.rules.end(), "user.mentored") != f.evidence.rules.end();
  EXPECT_TRUE(found);
  fs::remove(p);
}

// The prefilter admits a rule only where every word group it requires has
// a word in the sentence and its slot types occur; rules are filed under
// one group, so each case below has a rule filed under another.
TEST(Rules, PrefilterAdmitsARuleOnlyWhereItsWordsAndTypesOccur) {
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / "wngraph_prefilter_rules.txt";
  std::ofstream(p)
      << "rule t.one\n  do relate met_with author p\n  match mentored {p:Person}\n"
         "  yes I mentored Kay Brown. => @author met_with Kay Brown\n  no I mentored nobody.\n"
         "rule t.two\n  do relate met_with author p\n  match [met|saw|visited] ~{0,2} at [lunch|tea] {p:Person}\n"
         "  yes I met them at lunch Kay Brown. => @author met_with Kay Brown\n  no I met nobody.\n"
         "rule t.none\n  do relate member_of p o\n  match {p:Person} , {o:Organisation}\n"
         "  yes Kay Brown, Made Tech. => Kay Brown member_of Made Tech\n  no Kay Brown.\n";
  auto rules = load_rules({p.string()}, false);
  fs::remove(p);
  const auto& set = *rules;
  auto items = [&](const std::vector<std::string>& words, const std::vector<EntityType>& types) {
    detail::SentenceItems s;
    for (const auto& w : words) {
      detail::Item it;
      it.word = set.word_id(w);
      s.items.push_back(it);
    }
    for (auto t : types) {
      detail::Item it;
      it.entity = true;
      it.type = static_cast<uint8_t>(detail::type_bit(t));
      s.items.push_back(it);
    }
    return s;
  };
  auto admitted = [&](const detail::SentenceItems& s) {
    detail::RuleSet::Prefilter f(set, s);
    std::string out;
    for (size_t r = 0; r < set.rules().size(); ++r)
      if (f.may_match(r)) out += (out.empty() ? "" : " ") + set.rules()[r].id;
    return out;
  };
  const struct {
    std::vector<std::string> words;
    std::vector<EntityType> types;
    std::string want;
  } cases[] = {
      {{"mentored"}, {EntityType::kPerson}, "t.one"},
      {{"mentored"}, {EntityType::kOrganisation}, ""},  // no person
      {{"saw", "at", "tea"}, {EntityType::kPerson}, "t.two"},
      {{"saw", "at"}, {EntityType::kPerson}, ""},         // no [lunch|tea]
      {{"at", "lunch"}, {EntityType::kPerson}, ""},       // no [met|saw|visited]
      {{"visited", "lunch"}, {EntityType::kPerson}, ""},  // no "at"
      {{","}, {EntityType::kPerson, EntityType::kOrganisation}, "t.none"},
      {{"mentored", "met", "at", "lunch", ","}, {EntityType::kPerson, EntityType::kOrganisation}, "t.one t.two t.none"},
  };
  for (const auto& c : cases) EXPECT_EQ(admitted(items(c.words, c.types)), c.want) << c.words.front();
}

// The stages that run some rules apart (typing, sentence features, the own
// council) find them in lists made when the rules are compiled: each list
// holds exactly its rules, in file order, as a walk over every rule would.
TEST(Rules, StageListsHoldTheirRulesInFileOrder) {
  auto rules = load_rules();
  const auto& set = *rules;
  const struct {
    const char* stage;
    const std::vector<size_t>& listed;
    bool (*belongs)(detail::Action);
  } stages[] = {
      {"typing", set.typing_rules(), [](detail::Action a) { return detail::is_typing(a); }},
      {"features", set.feature_rules(), [](detail::Action a) { return detail::is_sentence_feature(a); }},
      {"own council", set.own_council_rules(), [](detail::Action a) { return a == detail::Action::kOwnCouncil; }},
  };
  for (const auto& st : stages) {
    std::vector<size_t> walked;
    for (size_t r = 0; r < set.rules().size(); ++r)
      if (st.belongs(set.rules()[r].action)) walked.push_back(r);
    EXPECT_EQ(st.listed, walked) << st.stage;
    EXPECT_FALSE(walked.empty()) << st.stage;  // the built-in rules have some of each
  }
}

}  // namespace
}  // namespace wngraph
