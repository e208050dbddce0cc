// The store (src/store/store.cc), its extraction codec (src/store/codec.cc)
// and content hashes (src/hash.cc).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "hash.h"
#include "store/codec.h"
#include "test_util.h"
#include "wngraph/error.h"
#include "wngraph/store.h"

namespace wngraph {
namespace {

namespace fs = std::filesystem;

struct TempPath : testing::TestDir {
  std::string file(const std::string& name) const { return path(name); }
};

Note note(const std::string& id, const std::string& text, Date date = {2024, 3, 8}) {
  Note n;
  n.id = n.source = id;
  n.title = "Weeknote";
  n.author = "Kay Brown";
  n.date = date;
  n.text = text;
  return n;
}

StoredNote stored(const Note& n, const std::string& key = "") {
  StoredNote s;
  s.note = n;
  s.key = key.empty() ? n.id : key;
  s.raw = "<raw>" + n.text + "</raw>";
  return s;
}

TEST(Hash, Sha256OfKnownStrings) {
  EXPECT_EQ(detail::sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(detail::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Hash, FieldsAreLengthPrefixed) {
  EXPECT_NE(detail::Sha256().field("ab").field("c").hex(), detail::Sha256().field("a").field("bc").hex());
}

TEST(Codec, RoundTripsAnExtraction) {
  Note n = note("a.md", "I met Sam Green from Made Tech at the Digital Board. We presented to LOTI.");
  NoteExtraction x = extract(n, testing::lexicon());
  x.warnings.push_back("a warning");
  x.acronyms.emplace_back("LOTI", "London Office of Technology and Innovation");
  ASSERT_FALSE(x.facts.empty());
  NoteExtraction back = detail::decode_extraction(detail::encode_extraction(x));
  EXPECT_EQ(back.note_id, x.note_id);
  EXPECT_EQ(back.author, x.author);
  EXPECT_EQ(back.mentions, x.mentions);
  ASSERT_EQ(back.facts.size(), x.facts.size());
  for (size_t i = 0; i < x.facts.size(); ++i) {
    EXPECT_EQ(back.facts[i].source, x.facts[i].source);
    EXPECT_EQ(back.facts[i].relation, x.facts[i].relation);
    EXPECT_EQ(back.facts[i].target, x.facts[i].target);
    EXPECT_EQ(back.facts[i].evidence, x.facts[i].evidence);
    EXPECT_EQ(back.facts[i].evidence.rules, x.facts[i].evidence.rules);
    EXPECT_EQ(back.facts[i].source.display, x.facts[i].source.display);
  }
  EXPECT_EQ(back.acronyms, x.acronyms);
  EXPECT_EQ(back.rule_matches, x.rule_matches);
  EXPECT_EQ(back.warnings, x.warnings);
}

TEST(Codec, RefusesDamagedBytes) {
  std::string bytes = detail::encode_extraction(extract(note("a.md", "I met Sam Green."), testing::lexicon()));
  for (const std::string& bad : {std::string(), std::string("\x02"), bytes.substr(0, bytes.size() - 1), bytes + "x",
                                 std::string("\x01\xff\xff\xff\x7f", 5)}) {
    try {
      detail::decode_extraction(bad);
      ADD_FAILURE() << "decoded " << bad.size() << " bytes";
    } catch (const Error& e) {
      EXPECT_EQ(e.describe(), "corrupt cached extraction");
    }
  }
}

TEST(Store, KeepsVersionsAndReadsTheLatest) {
  TempPath tmp;
  Store s(tmp.file("w.db"), true);
  EXPECT_EQ(s.put(stored(note("a.md", "First text.")), "t1"), Store::Change::kNew);
  EXPECT_EQ(s.put(stored(note("a.md", "First text.")), "t2"), Store::Change::kUnchanged);
  EXPECT_EQ(s.put(stored(note("a.md", "Edited text.")), "t3"), Store::Change::kUpdated);
  EXPECT_EQ(s.put(stored(note("b.md", "Other.")), "t3"), Store::Change::kNew);
  EXPECT_EQ(s.note_count(), 2u);
  EXPECT_EQ(s.version_count(), 3u);
  auto notes = s.notes();
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].text, "Edited text.");
  EXPECT_EQ(notes[1].id, "b.md");
}

TEST(Store, OrdersNotesAsAFolderWalk) {
  TempPath tmp;
  Store s(tmp.file("w.db"), true);
  // Path order element by element: "a/b" before "a-c" (a byte order puts '-' first).
  for (const char* id : {"n/a-c.md", "n/a/b.md", "n/0.md"}) s.put(stored(note(id, std::string("Text of ") + id)), "t");
  std::vector<std::string> ids;
  for (const auto& n : s.notes()) ids.push_back(n.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"n/0.md", "n/a/b.md", "n/a-c.md"}));
}

TEST(Store, KeepsEveryNoteField) {
  TempPath tmp;
  Note n = note("feed#2", "Text.", Date{0, 3, 2});
  n.origin = "weeknote";
  n.first_line = 7;
  {
    Store s(tmp.file("w.db"), true);
    s.put(stored(n, "guid-1"), "t");
  }
  Store s(tmp.file("w.db"), false);
  auto back = s.notes();
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(note_hash(back[0]), note_hash(n));
}

TEST(Store, FetchStateIsKeptPerUrl) {
  TempPath tmp;
  Store s(tmp.file("w.db"), true);
  s.set_fetch_state("http://x/feed", {"\"v1\"", "Tue, 03 Dec 2024 10:00:00 GMT", ""}, "t");
  EXPECT_EQ(s.fetch_state("http://x/feed").etag, "\"v1\"");
  EXPECT_EQ(s.fetch_state("http://x/feed").last_modified, "Tue, 03 Dec 2024 10:00:00 GMT");
  EXPECT_EQ(s.fetch_state("http://x/other").etag, "");
}

TEST(Store, AnUncommittedTransactionLeavesNothing) {
  TempPath tmp;
  Store s(tmp.file("w.db"), true);
  {
    StoreTransaction t(s);
    s.put(stored(note("a.md", "Lost.")), "t");
  }  // no commit: as if the collector were killed here
  EXPECT_EQ(s.note_count(), 0u);
  {
    StoreTransaction t(s);
    s.put(stored(note("a.md", "Kept.")), "t");
    t.commit();
  }
  EXPECT_EQ(s.note_count(), 1u);
}

TEST(Store, CachesExtractionsByNoteAndExtractor) {
  TempPath tmp;
  Store s(tmp.file("w.db"), true);
  Note n = note("a.md", "I met Sam Green.");
  NoteExtraction x = extract(n, testing::lexicon());
  EXPECT_FALSE(s.find(n, "v1"));
  s.put({{&n, &x}}, "v1");
  ASSERT_TRUE(s.find(n, "v1"));
  EXPECT_EQ(s.find(n, "v1")->facts.size(), x.facts.size());
  EXPECT_FALSE(s.find(n, "v2"));  // another extractor
  Note edited = n;
  edited.text += " And Kay Brown.";
  EXPECT_FALSE(s.find(edited, "v1"));
}

TEST(Store, OpeningErrorsNameTheFile) {
  TempPath tmp;
  std::string other = tmp.file("other.db");
  {
    sqlite3* db = nullptr;
    sqlite3_open(other.c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE t(x); PRAGMA user_version = 0", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  std::string newer = tmp.file("newer.db");
  {
    sqlite3* db = nullptr;
    sqlite3_open(newer.c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  std::ofstream(tmp.file("text.db")) << "not a database at all, just some text that is long enough";
  struct Case {
    std::string path;
    bool create;
    std::string message;
  };
  const Case cases[] = {
      {tmp.file("missing.db"), false,
       tmp.file("missing.db") + ": no store here; run wngraph collect first, or name one with --store"},
      {other, true, other + ": not a wngraph store (an SQLite file with other tables)"},
      {newer, true, newer + ": made by a newer wngraph (schema 99, this one knows up to 2)"},
      {tmp.file("text.db"), true, tmp.file("text.db") + ": not a wngraph store (not an SQLite file)"},
      {tmp.dir.string(), true, tmp.dir.string() + ": a store must be a regular file"},
  };
  for (const auto& c : cases) {
    try {
      Store s(c.path, c.create);
      ADD_FAILURE() << "opened " << c.path;
    } catch (const Error& e) {
      EXPECT_EQ(e.describe(), c.message);
    }
  }
}

// A local file is unchanged only with the same size, time and reading; the
// store keeps each (path, name)'s last state.
TEST(Store, KnowsLocalFilesAsLastRead) {
  TempPath tmp;
  Store s(tmp.file("w.db"), true);
  LocalFile f{"/notes/a.md", "notes/a.md", 120, 1700000000000000000LL, "r1"};
  EXPECT_TRUE(s.local_files().empty());
  s.set_file(f, 2);
  auto files = s.local_files();
  ASSERT_EQ(files.size(), 1u);
  const auto& [kept, notes] = files.at({"/notes/a.md", "notes/a.md"});
  EXPECT_TRUE(f.same_as(kept));
  EXPECT_EQ(notes, 2u);
  const struct {
    const char* what;
    LocalFile file;
  } changed[] = {
      {"size", {"/notes/a.md", "notes/a.md", 121, 1700000000000000000LL, "r1"}},
      {"time", {"/notes/a.md", "notes/a.md", 120, 1700000000000000001LL, "r1"}},
      {"reading", {"/notes/a.md", "notes/a.md", 120, 1700000000000000000LL, "r2"}},
  };
  for (const auto& c : changed) EXPECT_FALSE(c.file.same_as(kept)) << c.what;
  s.set_file(changed[0].file, 3);                      // read again: the new state replaces the old
  s.set_file({"/notes/a.md", "a.md", 1, 1, "r1"}, 1);  // the same file under another name: its own row
  files = s.local_files();
  ASSERT_EQ(files.size(), 2u);
  EXPECT_TRUE(changed[0].file.same_as(files.at({"/notes/a.md", "notes/a.md"}).first));
  EXPECT_EQ(files.at({"/notes/a.md", "notes/a.md"}).second, 3u);
}

// A store of schema 1 (before the files table) opens as schema 2, its notes kept.
TEST(Store, MigratesASchema1Store) {
  TempPath tmp;
  std::string path = tmp.file("old.db");
  {
    Store s(path, true);
    s.put(stored(note("a.md", "First text.")), "t1");
  }
  {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    ASSERT_EQ(sqlite3_exec(db, "DROP TABLE files; PRAGMA user_version = 1", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  Store s(path, false);
  EXPECT_EQ(s.note_count(), 1u);
  s.set_file({"/notes/a.md", "a.md", 1, 1, "r"}, 1);
  EXPECT_EQ(s.local_files().size(), 1u);
}

TEST(Store, DefaultPath) {
  ::unsetenv("WNGRAPH_STORE");
  EXPECT_EQ(default_store_path(""), "wngraph.db");
  EXPECT_EQ(default_store_path("x.db"), "x.db");
  ::setenv("WNGRAPH_STORE", "/tmp/env.db", 1);
  EXPECT_EQ(default_store_path(""), "/tmp/env.db");
  EXPECT_EQ(default_store_path("x.db"), "x.db");
  ::unsetenv("WNGRAPH_STORE");
}

// The pipeline with a store as its cache: the second run extracts nothing
// and builds the same graph.
TEST(Store, PipelineUsesTheCache) {
  TempPath tmp;
  Store s(tmp.file("w.db"), true);
  PipelineOptions po;
  po.documents = {{"a.txt", "I met Sam Green from Made Tech."}, {"b.txt", "We presented to the Digital Board."}};
  po.lexicon = testing::shared_lexicon();
  po.analytics = false;
  po.cache = &s;
  PipelineReport first, second;
  Graph g1 = build_knowledge_graph(po, &first);
  Graph g2 = build_knowledge_graph(po, &second);
  EXPECT_EQ(first.cached, 0u);
  EXPECT_EQ(second.cached, 2u);
  EXPECT_EQ(dump(g1), dump(g2));
}

}  // namespace
}  // namespace wngraph
