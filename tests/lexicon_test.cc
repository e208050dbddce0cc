// load_lexicon() and detail::Lexicon: the built-in gazetteers, user
// gazetteers, and the errors a bad gazetteer line gives.
#include <gtest/gtest.h>

#include <fstream>

#include "extract/lexicon.h"
#include "extract/ruleset.h"
#include "test_util.h"
#include "text.h"
#include "wngraph/error.h"

namespace wngraph::detail {
namespace {

// Writes `tsv` to a file named `name`, prefixed by the test's own name (ctest
// runs the tests at once), in the temporary folder and returns options that
// load it as a user gazetteer.
ExtractOptions with_gazetteer(const std::string& name, const std::string& tsv) {
  std::string path =
      ::testing::TempDir() + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "-" + name;
  std::ofstream(path) << tsv;
  ExtractOptions o;
  o.gazetteer_files = {path};
  return o;
}

TEST(Lexicon, BuiltInGazetteersAndWordLists) {
  const Lexicon& lex = testing::lexicon();
  struct Case {
    std::string surface, type, canonical;
  };
  const Case cases[] = {
      {"Hackney Council", "Council", "Hackney"},
      {"London Borough of Hackney", "Council", "Hackney"},
      // Northern Ireland's district councils, by their own style.
      {"Derry City and Strabane District Council", "Council", "Derry City and Strabane"},
      {"Mid Ulster District Council", "Council", "Mid Ulster"},
      {"Government Digital Service", "Organisation", "Government Digital Service"},
      // A name that opens with "The" is also known without it, when two
      // words or more are left; a council's bare ambiguous name is not.
      {"National Archives", "Organisation", "The National Archives"},
      {"Pensions Regulator", "Organisation", "The Pensions Regulator"},
      // An English body's name is also known without its jurisdiction.
      {"Youth Justice Board", "Organisation", "Youth Justice Board for England and Wales"},
      {"Sentencing Council", "Organisation", "Sentencing Council for England and Wales"},
  };
  for (const auto& c : cases) {
    const GazetteerEntry* e = lex.lookup(c.surface);
    ASSERT_NE(e, nullptr) << c.surface;
    EXPECT_EQ(type_name(e->type), c.type) << c.surface;
    EXPECT_EQ(e->canonical, c.canonical) << c.surface;
  }
  EXPECT_EQ(lex.lookup("Kay Brown"), nullptr);
  EXPECT_EQ(lex.lookup("Ombudsman"), nullptr);  // an alias ("The Ombudsman") keeps its article
  EXPECT_EQ(lex.lookup("Bradford"), nullptr);   // ambiguous, so only by context
  ASSERT_NE(lex.ambiguous("Bradford"), nullptr);
  EXPECT_EQ(lex.ambiguous("Bradford")->type, EntityType::kCouncil);
  EXPECT_EQ(lex.ambiguous("Leeds"), nullptr);
  EXPECT_TRUE(lex.first_name("kay") || lex.first_name("Kay"));
  EXPECT_TRUE(lex.rules() != nullptr);
  // The register's parents, each list's (GDS moved from the Cabinet Office
  // to DSIT in 2023); none for a department.
  const auto& gds = lex.parents("Government Digital Service");
  EXPECT_NE(std::find(gds.begin(), gds.end(), "Cabinet Office"), gds.end());
  EXPECT_NE(std::find(gds.begin(), gds.end(), "Department for Science, Innovation and Technology"), gds.end());
  EXPECT_TRUE(lex.parents("Cabinet Office").empty());
  EXPECT_TRUE(lex.parents("Kay Brown").empty());
}

TEST(Lexicon, LongestPhraseFromTheTrie) {
  const Lexicon& lex = testing::lexicon();
  std::vector<std::string> words = {"the", "London", "Borough", "of", "Hackney", "team"};
  auto m = lex.match(words, 1);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->length, 4u);
  EXPECT_EQ(m->entry->canonical, "Hackney");
  EXPECT_FALSE(lex.match(words, 0).has_value());
  // A length limit gives the longest phrase within it: "London" alone is a
  // place, not a gazetteer name; with ids computed once for every call.
  const auto ids = lex.word_ids(words);
  EXPECT_EQ(lex.match(words, 1, &ids, 4)->length, 4u);
  EXPECT_FALSE(lex.match(words, 1, &ids, 3).has_value());
}

// A sentence's tokens get the ids of their lower-case forms whatever their
// case: the trie's, the rules', and whether a one-word department names them.
TEST(Lexicon, TokenIdsAreTheLowerCaseWordsIds) {
  const Lexicon& lex = testing::lexicon();
  const auto tokens = tokenize("Met the LONDON Borough of Hackney finance team");
  std::vector<std::string> lower_words;
  for (const auto& t : tokens) lower_words.push_back(lower(t.text));
  std::vector<uint32_t> rule_ids;
  std::vector<bool> departments;
  const auto ids = lex.token_word_ids(tokens, rule_ids, departments);
  EXPECT_EQ(ids, lex.word_ids(lower_words));
  ASSERT_EQ(rule_ids.size(), tokens.size());
  ASSERT_EQ(departments.size(), tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(rule_ids[i], lex.rules()->word_id(lower_words[i])) << tokens[i].text;
    EXPECT_EQ(departments[i], !lex.department(lower_words[i]).empty()) << tokens[i].text;
  }
  EXPECT_NE(ids[2], 0u);         // "LONDON" is "london", a gazetteer word
  EXPECT_TRUE(departments[6]);   // "finance"
  EXPECT_FALSE(departments[7]);  // "team"
}

// Whether a gazetteer phrase opens with a name's first word, in any case:
// "London" opens the "London Borough of Hackney"; a plain word opens none.
TEST(Lexicon, OpensPhraseByItsFirstWordInAnyCase) {
  const Lexicon& lex = testing::lexicon();
  EXPECT_TRUE(lex.opens_phrase("London"));
  EXPECT_TRUE(lex.opens_phrase("LONDON"));
  EXPECT_TRUE(lex.opens_phrase("hackney"));
  EXPECT_FALSE(lex.opens_phrase("yesterday"));
  EXPECT_FALSE(lex.opens_phrase(""));
  // A name is known by its first word alone, as its words are read.
  EXPECT_TRUE(lex.opens_phrase("London Borough of Hackney ICT team"));
  EXPECT_TRUE(lex.opens_phrase("London's digital team"));
  EXPECT_FALSE(lex.opens_phrase("yesterday London"));
}

// An entity whose alias is its own name in capitals ("Socitm" | "SOCITM"):
// the capitals-only condition of the alias does not stop the name as
// written; a different entity on the same phrase still replaces it.
TEST(Lexicon, AnAliasInCapitalsKeepsTheNameAsWritten) {
  auto lex = load_lexicon(with_gazetteer(
      "wngraph_lexicon_caps.tsv", "Organisation\tQuokkatec\tQUOKKATEC\nOrganisation\tWombatly\nProgramme\tWOMBATLY\n"));
  for (std::vector<std::string> words : {std::vector<std::string>{"Quokkatec"}, {"QUOKKATEC"}}) {
    auto m = lex->match(words, 0);
    ASSERT_TRUE(m.has_value()) << words[0];
    EXPECT_EQ(m->entry->canonical, "Quokkatec");
  }
  std::vector<std::string> wombat = {"WOMBATLY"};
  ASSERT_TRUE(lex->match(wombat, 0).has_value());
  EXPECT_EQ(lex->match(wombat, 0)->entry->type, EntityType::kProgramme);
}

TEST(Lexicon, UserGazetteerAddsAndBadLinesAreLocated) {
  auto lex = load_lexicon(
      with_gazetteer("wngraph_lexicon_test.tsv", "# type\tcanonical\taliases\nProgramme\tRiver Project\tRiverProj\n"));
  ASSERT_NE(lex->lookup("RiverProj"), nullptr);
  EXPECT_EQ(lex->lookup("RiverProj")->canonical, "River Project");
  ExtractOptions o = with_gazetteer("wngraph_lexicon_test.tsv", "Programme\tRiver Project\nTeem\tBlue Team\n");
  const std::string& path = o.gazetteer_files[0];
  try {
    load_lexicon(o);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.describe(), path +
                                ":2: unknown entity type 'Teem' (valid: Person, Council, Organisation, Team, "
                                "Programme, Forum); did you mean 'Team'?: `Teem\\x09Blue Team`");
  }
}

TEST(Lexicon, LookupKeyIsLookupWithTheKeyMade) {
  auto lex = load_lexicon(
      with_gazetteer("wngraph_lexicon_test.tsv", "Programme\tRiver Project\tRiver-Proj|River \u2019Proj\u2019\n"));
  // lookup() makes the key (punctuation normalised, words joined by one
  // space, lower case); lookup_key() takes it made, as prefix_structure()
  // builds it a piece at a time.
  EXPECT_EQ(lex->lookup_key("river project"), lex->lookup("RIVER   Project"));
  for (const std::string surface : {"River Project", "River-Proj", "River \u2019Proj\u2019"}) {
    ASSERT_NE(lex->lookup(surface), nullptr) << surface;
    EXPECT_EQ(lex->lookup_key(phrase_key(surface)), lex->lookup(surface)) << surface;
  }
  EXPECT_EQ(lex->lookup_key("river projects"), nullptr);
  EXPECT_EQ(lex->lookup_key(std::string(100000, 'x')), nullptr);  // no phrase that long: not hashed
}

}  // namespace
}  // namespace wngraph::detail
