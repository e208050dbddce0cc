#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "test_util.h"
#include "wngraph/error.h"

namespace wngraph {
namespace {

std::vector<std::string> node_lines(const Graph& g) {
  std::vector<std::string> out;
  for (const auto& l : testing::lines(dump(g)))
    if (l.find(" -") == std::string::npos) out.push_back(l);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Resolve, FirstNameJoinsFullNameInSameNote) {
  auto n = node_lines(testing::graph_of({"Kay Brown retires. I had a catch up with Kay about it."}));
  EXPECT_TRUE(has(n, "Person Kay Brown [Kay]")) << ::testing::PrintToString(n);
  EXPECT_FALSE(has(n, "Person Kay"));
}

TEST(Resolve, AcrossNotesOnlyWhenTheFullNameNoteUsedTheFirstName) {
  // Note 1 establishes "Kay Brown" = "Kay"; note 2's bare Kay joins her.
  auto n = node_lines(testing::graph_of({"I met Kay Brown. Kay is great.", "Caught up with Kay."}));
  EXPECT_TRUE(has(n, "Person Kay Brown [Kay]")) << ::testing::PrintToString(n);
  // "Paul Brewer" never called "Paul" in his note: another note's Paul stays apart.
  auto m = node_lines(testing::graph_of({"I met Paul Brewer at the event.", "Had a session with Paul."}));
  EXPECT_TRUE(has(m, "Person Paul Brewer")) << ::testing::PrintToString(m);
  EXPECT_TRUE(has(m, "Person Paul"));
}

TEST(Resolve, AuthorsNotesCompleteAFirstNameWhicheverComesFirst) {
  // Folded note by note: a bare first name waits for all the author's
  // notes, so the note that ties it may come before or after it.
  const std::vector<std::vector<std::string>> orders = {
      {"Caught up with Kay.", "I met Kay Brown. Kay is great."},
      {"I met Kay Brown. Kay is great.", "Caught up with Kay."},
      {"Had a call with Omar about the roadmap.", "Omar Ali presented to the Digital Board. Omar was clear."},
  };
  for (const auto& notes : orders) {
    auto n = node_lines(testing::graph_of(notes));
    const std::string full = notes[0].find("Omar") != std::string::npos ? "Omar Ali" : "Kay Brown";
    const std::string first = full.substr(0, full.find(' '));
    EXPECT_TRUE(has(n, "Person " + full + " [" + first + "]")) << ::testing::PrintToString(n);
    EXPECT_FALSE(has(n, "Person " + first)) << ::testing::PrintToString(n);
  }
}

NoteExtraction note_with(const std::string& id, std::vector<Mention> mentions, std::vector<Fact> facts = {}) {
  NoteExtraction n;
  n.note_id = id;
  n.author = "Ann Lee";
  n.mentions = std::move(mentions);
  n.facts = std::move(facts);
  return n;
}

TEST(Resolve, AuthorNamedBeforeTheirOwnNoteIsTheAuthor) {
  // Note 1 names Ann Lee in its text; note 2 is hers. One node, the author,
  // carrying note 1's fact.
  Mention ann{"Ann Lee", EntityType::kPerson, false, "", ""}, sam{"Sam Green", EntityType::kPerson, false, "", ""};
  Fact met{ann, Relation::kMetWith, sam, Evidence{"n1", {}, "Ann Lee met Sam Green.", RuleIds::one("meet.met")}};
  Resolver r;
  r.add(note_with("n1", {ann, sam}, {met}));
  r.add(note_with("n2", {Mention{"Ann Lee", EntityType::kPerson, true, "", ""}}));
  Resolution res = std::move(r).finish();
  ASSERT_EQ(res.entities.size(), 2u);
  EXPECT_EQ(res.entities[0].key, "person:ann-lee");
  EXPECT_TRUE(res.entities[0].author);
  ASSERT_EQ(res.entities[0].notes.size(), 2u);
  EXPECT_EQ(res.entities[0].notes[0], "n1");
  ASSERT_EQ(res.assertions.size(), 1u);
  EXPECT_EQ(res.assertions[0].source, 0u);
  EXPECT_EQ(res.assertions[0].target, 1u);
  EXPECT_EQ(res.assertions[0].evidence.sentence, "Ann Lee met Sam Green.");
}

TEST(Resolve, EveryFormWrittenIsAnAlias) {
  // The longest name wins; the shorter forms the notes used stay aliases,
  // whichever came first.
  const std::vector<std::vector<std::string>> orders = {{"Digital Board", "The Digital Board"},
                                                        {"The Digital Board", "Digital Board"},
                                                        {"Digital & Data", "Digital and Data"}};
  for (const auto& names : orders) {
    Resolver r;
    for (size_t i = 0; i < names.size(); ++i)
      r.add(note_with("n" + std::to_string(i), {Mention{names[i], EntityType::kForum, false, "", ""}}));
    Resolution res = std::move(r).finish();
    ASSERT_EQ(res.entities.size(), 1u) << names[0];
    const std::string& longest = names[0].size() > names[1].size() ? names[0] : names[1];
    const std::string& shorter = names[0].size() > names[1].size() ? names[1] : names[0];
    EXPECT_EQ(res.entities[0].name, longest);
    EXPECT_EQ(res.entities[0].aliases, std::set<std::string>{shorter}) << names[0];
  }
}

TEST(Resolve, AmbiguousFirstNameStaysApart) {
  auto n = node_lines(testing::graph_of({"I met Paul Smith and Paul Jones. Later Paul called."}));
  EXPECT_TRUE(has(n, "Person Paul")) << ::testing::PrintToString(n);
}

TEST(Resolve, PossessivesTitlesCouncilAliasesAcronyms) {
  auto n = node_lines(testing::graph_of(
      {"I read Cate's guide. Met the London Borough of Hackney and Hackney Council. We met Jo from the Riverside "
       "Learning Trust (RLT). Later RLT's board met."}));
  EXPECT_TRUE(has(n, "Council Hackney [Hackney Council; London Borough of Hackney]")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "Organisation Riverside Learning Trust [RLT]")) << ::testing::PrintToString(n);
}

TEST(Resolve, AKnownBodysTeamIsShownByTheBodysName) {
  // "the LOTI team" and "the GDS team" name the bodies themselves.
  auto n = node_lines(testing::graph_of({"Spent Thursday with the LOTI team. Later I met the GDS team."}));
  EXPECT_TRUE(has(n, "Programme LOTI [LOTI team]")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "Organisation GDS [GDS team; Government Digital Service]")) << ::testing::PrintToString(n);
}

TEST(Resolve, UserOverrides) {
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / "wngraph_aliases.json";
  std::ofstream(p) << R"({"merge": {"Katherine Ode": ["Kath"]}, "rename": {"Bo": "Bo Li"},
                         "ignore": ["Tom"], "types": {"Bo Li": "Person", "Zed": "Team"}})";
  ResolveOptions ro;
  ro.overrides = load_overrides(p.string());
  auto n = node_lines(testing::graph_of({"I caught up with Kath, Bo, Tom and Zed Zed."}, "Ann", ro));
  EXPECT_TRUE(has(n, "Person Katherine Ode [Kath]")) << ::testing::PrintToString(n);
  EXPECT_TRUE(has(n, "Person Bo Li [Bo]"));
  EXPECT_FALSE(has(n, "Person Tom"));
  fs::remove(p);
}

TEST(Resolve, OverrideErrors) {
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / "wngraph_bad_aliases.json";
  std::ofstream(p) << "{\"merge\": {\n  \"A\": [\"B\",]\n}}";
  try {
    load_overrides(p.string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(std::string(e.what()), "malformed json: invalid value.");
  }
  std::ofstream(p) << R"({"types": {"X": "Teem"}})";
  try {
    load_overrides(p.string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "unknown entity type 'Teem' (valid: Person, Council, Organisation, Team, Programme, Forum); did you mean "
              "'Team'?");
  }
  std::ofstream(p) << R"({"merj": {}})";
  try {
    load_overrides(p.string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "unknown key 'merj' (valid: merge, rename, ignore, types); did you mean 'merge'?");
  }
  // Table: a file's text -> the exact message.
  const std::pair<const char*, const char*> bad[] = {
      {R"({"merge": {"Ann Lee": ["Bo Chan"], "Bo Chan": ["Ann Lee"]}})",
       "merges and renames form a cycle: 'Ann Lee' -> 'Bo Chan' -> 'Ann Lee'"},
      {R"({"rename": {"Kay": "Kay Brown", "Kay Brown": "Kay"}})",
       "merges and renames form a cycle: 'Kay' -> 'Kay Brown' -> 'Kay'"},
      {R"({"rename": {"Kay": ""}})", "empty name in 'rename'"},
      {R"({"merge": {"Kay Brown": ["  "]}})", "empty name in 'merge'"},
      {R"({"ignore": [""]})", "empty name in 'ignore'"},
  };
  // Nesting a million levels deep is refused without recursion, closed or not.
  const std::string deep = "{\"merge\": " + std::string(1000000, '[') + std::string(1000000, ']') + "}";
  const std::string open = "{\"merge\": " + std::string(1000000, '[');
  const std::pair<std::string, std::string> deep_cases[] = {{deep, "json nested deeper than 32 levels"},
                                                            {open, "json nested deeper than 32 levels"}};
  for (const auto& [text, message] : deep_cases) {
    std::ofstream(p) << text;
    try {
      load_overrides(p.string());
      ADD_FAILURE() << "no error for deep json";
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), message);
      EXPECT_EQ(e.line(), 1);
    }
  }
  for (const auto& [text, message] : bad) {
    std::ofstream(p) << text;
    try {
      load_overrides(p.string());
      ADD_FAILURE() << text;
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), message) << text;
      EXPECT_EQ(e.file(), p.string());
    }
  }
  fs::remove(p);
}

TEST(Resolve, RenameChainsEndAtTheirLastName) {
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / "wngraph_chain.json";
  std::ofstream(p) << R"({"rename": {"Kay": "K Brown", "K Brown": "Kay Brown"}})";
  ResolveOptions ro;
  ro.overrides = load_overrides(p.string());
  fs::remove(p);
  NoteExtraction n;
  n.note_id = "n";
  n.mentions = {Mention{"Kay", EntityType::kPerson, false, "", ""}};
  auto r = resolve({n}, ro);
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].name, "Kay Brown");
}

TEST(Slug, StableAsciiAndUnicode) {
  EXPECT_EQ(slug("Kay Brown"), "kay-brown");
  EXPECT_EQ(slug("Benefits & Housing Needs"), "benefits-and-housing-needs");
  EXPECT_EQ(slug("  Jos\xC3\xA9  \xC3\x91\xC3\xBA\xC3\xB1"
                 "ez "),
            "jose-nunez");
  EXPECT_EQ(slug("Acme \xF0\x9F\x9A\x80 Labs"), "acme-u1f680-labs");
}

}  // namespace
}  // namespace wngraph
