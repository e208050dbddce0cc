// The collector's parts that need no network (src/collect/): OPML lists,
// URL schemes, feed pages; and collecting local files into a store.
// tests/collect_check.py covers HTTP against a local server.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "collect/http.h"
#include "collect/opml.h"
#include "read/feed_reader.h"
#include "test_util.h"
#include "wngraph/collect.h"
#include "wngraph/error.h"

namespace wngraph {
namespace {

namespace fs = std::filesystem;

struct TempDir : testing::TestDir {
  std::string write(const std::string& name, const std::string& text) const {
    fs::create_directories((dir / name).parent_path());
    std::ofstream(dir / name) << text;
    return (dir / name).string();
  }
};

TEST(Opml, ReadsEveryFeedOnceNestedIncluded) {
  const char* opml = R"(<?xml version="1.0"?>
<opml version="2.0"><head><title>Weeknotes I follow</title></head><body>
  <outline text="Councils">
    <outline text="A" type="rss" xmlUrl="https://a.example/feed/"/>
    <outline text="B" type="rss" xmlUrl=" https://b.example/rss "/>
  </outline>
  <outline text="C" type="rss" xmlUrl="https://c.example/atom.xml"/>
  <outline text="A again" type="rss" xmlUrl="https://a.example/feed/"/>
  <outline text="no feed"/>
</body></opml>)";
  EXPECT_TRUE(detail::looks_like_opml(opml));
  EXPECT_EQ(
      detail::read_opml(opml, "f.opml"),
      (std::vector<std::string>{"https://a.example/feed/", "https://b.example/rss", "https://c.example/atom.xml"}));
}

TEST(Opml, Errors) {
  struct Case {
    std::string text, message;
  };
  const Case cases[] = {
      {"<opml><body><outline text='x'/></body></opml>", "f.opml: an OPML list with no feed (no outline has an xmlUrl)"},
      {"<opml><body><outline xmlUrl='x'></body>", "f.opml:1: malformed OPML"},
  };
  for (const auto& c : cases) {
    try {
      detail::read_opml(c.text, "f.opml");
      ADD_FAILURE() << c.text;
    } catch (const Error& e) {
      EXPECT_EQ(e.describe().substr(0, c.message.size()), c.message);
    }
  }
}

TEST(Opml, SniffsOnlyTheRootElement) {
  EXPECT_TRUE(detail::looks_like_opml("<?xml version='1.0'?>\n<!-- list -->\n<opml version='1.0'/>"));
  EXPECT_FALSE(detail::looks_like_opml("<rss><channel><title>opml</title></channel></rss>"));
  EXPECT_FALSE(detail::looks_like_opml("<opmlx/>"));
  EXPECT_FALSE(detail::looks_like_opml("no markup"));
}

TEST(Http, OnlyHttpAndHttpsAreFetched) {
  const std::pair<std::string, bool> cases[] = {
      {"http://example.org/feed", true},
      {"HTTPS://example.org/feed", true},
      {"ftp://example.org/feed", false},
      {"file:///etc/passwd", false},
      {"gopher://x/", false},
      {"notes/", false},
  };
  for (const auto& [url, ok] : cases) EXPECT_EQ(detail::is_http_url(url), ok) << url;
  EXPECT_TRUE(detail::looks_like_url("file:///etc/passwd"));
  EXPECT_FALSE(detail::looks_like_url("notes/2024-01-08.md"));
  EXPECT_FALSE(detail::looks_like_url("odd name://x"));
  detail::HttpClient http(HttpOptions{});
  for (const char* url : {"ftp://example.org/feed", "file:///etc/passwd"}) {
    try {
      http.get(url);
      ADD_FAILURE() << url;
    } catch (const Error& e) {
      EXPECT_EQ(e.describe(), std::string(url) + ": only http and https URLs are fetched");
    }
  }
}

TEST(FeedPage, ItemsGuidsAndTheNextPage) {
  const char* atom = R"(<feed xmlns="http://www.w3.org/2005/Atom">
  <link rel="self" href="https://b.example/feeds/posts/default"/>
  <link rel="next" href="https://b.example/feeds/posts/default?start-index=26"/>
  <entry><id>tag:blogger.com,1999:post-1</id><link rel="alternate" href="https://b.example/2024/03/w1.html"/>
    <title>Week 1</title><content type="html">I met Kay.</content></entry>
  <entry><id>tag:blogger.com,1999:post-2</id><title>Week 2</title><content type="html">Hi.</content></entry>
</feed>)";
  auto page = detail::read_feed_page(atom, "blog.atom", Format::kAtom);
  EXPECT_EQ(page.next, "https://b.example/feeds/posts/default?start-index=26");
  EXPECT_FALSE(page.wordpress);
  ASSERT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.items[0].id, "https://b.example/2024/03/w1.html");
  EXPECT_EQ(page.items[0].guid, "tag:blogger.com,1999:post-1");
  EXPECT_EQ(page.items[1].id, "tag:blogger.com,1999:post-2");
  EXPECT_NE(page.items[0].raw.find("<title>Week 1</title>"), std::string::npos);

  const char* rss = R"(<rss version="2.0"><channel><title>B</title>
  <generator>https://wordpress.org/?v=6.4.2</generator>
  <item><title>W</title><link>https://w.example/w1/</link><guid isPermaLink="false">https://w.example/?p=12</guid>
  <description>Hello.</description></item></channel></rss>)";
  page = detail::read_feed_page(rss, "feed.xml", Format::kRss);
  EXPECT_TRUE(page.wordpress);
  EXPECT_EQ(page.next, "");
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].guid, "https://w.example/?p=12");
}

TEST(Collect, LocalFolderThenUnchangedThenEdited) {
  TempDir tmp;
  std::string notes = (tmp.dir / "notes").string();
  tmp.write("notes/2024-03-08.md", "# Weeknote\n\nI met Sam Green from Made Tech.\n");
  tmp.write("notes/feed.xml", R"(<rss version="2.0"><channel><title>B</title>
    <item><title>W1</title><link>https://w.example/w1/</link><guid>g1</guid><pubDate>Fri, 08 Mar 2024 10:00:00 GMT</pubDate>
    <description>We presented to the Digital Board.</description></item></channel></rss>)");
  Store store((tmp.dir / "w.db").string(), true);
  CollectOptions o;
  CollectReport r = collect({notes}, store, o);
  EXPECT_EQ(r.added, 2u);
  EXPECT_TRUE(r.failed.empty());
  r = collect({notes}, store, o);
  EXPECT_EQ(r.added, 0u);
  EXPECT_EQ(r.unchanged, 2u);
  tmp.write("notes/2024-03-08.md", "# Weeknote\n\nI met Sam Green from Made Tech, and Kay Brown.\n");
  r = collect({notes}, store, o);
  EXPECT_EQ(r.updated, 1u);
  EXPECT_EQ(store.note_count(), 2u);
  EXPECT_EQ(store.version_count(), 3u);
}

// A file stored before is read again only when its size, its modification
// time or the reading changed: an edit that keeps both size and time is not
// seen (as make and ninja do not see it).
TEST(Collect, UnchangedLocalFilesAreNotReadAgain) {
  namespace fs = std::filesystem;
  TempDir tmp;
  std::string notes = (tmp.dir / "notes").string();
  std::string a = tmp.write("notes/a.md", "# Weeknote\n\nI met Sam Green from Made Tech.\n");
  tmp.write("notes/b.md", "# Weeknote\n\nWe presented to the Digital Board.\n");
  Store store((tmp.dir / "w.db").string(), true);
  CollectOptions o;
  CollectReport r = collect({notes}, store, o);
  EXPECT_EQ(r.added, 2u);
  EXPECT_EQ(r.files_unchanged, 0u);
  r = collect({notes}, store, o);
  EXPECT_EQ(r.files_unchanged, 2u);
  EXPECT_EQ(r.unchanged, 2u);
  EXPECT_EQ(r.added + r.updated, 0u);
  // Same size, time put back: not read, so the edit is not stored.
  auto when = fs::last_write_time(a);
  tmp.write("notes/a.md", "# Weeknote\n\nI met Sam Brown from Made Tech.\n");
  fs::last_write_time(a, when);
  r = collect({notes}, store, o);
  EXPECT_EQ(r.files_unchanged, 2u);
  EXPECT_EQ(r.updated, 0u);
  // A new time: read, and the edit stored.
  fs::last_write_time(a, when + std::chrono::seconds(1));
  r = collect({notes}, store, o);
  EXPECT_EQ(r.files_unchanged, 1u);
  EXPECT_EQ(r.updated, 1u);
  EXPECT_EQ(r.unchanged, 1u);
  // Another reading (here --author) reads every file again.
  o.read.force_author = "Ann Lee";
  r = collect({notes}, store, o);
  EXPECT_EQ(r.files_unchanged, 0u);
  EXPECT_EQ(r.updated, 2u);
}

TEST(Collect, ABadSourceIsReportedAndTheOthersGoOn) {
  TempDir tmp;
  std::string good = tmp.write("good.md", "I met Sam Green.");
  std::string bad = tmp.write("bad.opml", "<opml><body><outline text='x'/></body></opml>");
  Store store((tmp.dir / "w.db").string(), true);
  CollectReport r = collect({"ftp://example.org/feed", bad, (tmp.dir / "missing").string(), good}, store, {});
  EXPECT_EQ(r.added, 1u);
  ASSERT_EQ(r.failed.size(), 3u);
  EXPECT_EQ(r.failed[0].describe(), "ftp://example.org/feed: only http and https URLs are fetched");
  EXPECT_EQ(r.failed[1].describe(), bad + ": an OPML list with no feed (no outline has an xmlUrl)");
  EXPECT_EQ(r.failed[2].describe(), (tmp.dir / "missing").string() + ": no such file or folder");
}

}  // namespace
}  // namespace wngraph
