#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "wngraph/error.h"
#include "wngraph/reader.h"

namespace wngraph {
namespace {

TEST(Sniff, ByContentFirst) {
  EXPECT_EQ(sniff_format("<?xml version=\"1.0\"?><rss version=\"2.0\">", "a.txt"), Format::kRss);
  EXPECT_EQ(sniff_format("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", ""), Format::kAtom);
  EXPECT_EQ(sniff_format("<!DOCTYPE html><html>", "notes.txt"), Format::kHtml);
  EXPECT_EQ(sniff_format("---\nauthor: A\n---\nbody", "a.txt"), Format::kMarkdown);
  EXPECT_EQ(sniff_format("Just words.", "a.md"), Format::kMarkdown);
  EXPECT_EQ(sniff_format("Just words.", "a.txt"), Format::kText);
}

// Note::origin names an unnamed author: what a reader would call the
// document, the same for all its notes, never a hash.
// A file read is counted; one that could not be is skipped with its
// reason, or the reason is thrown with --strict.
TEST(ReadReport, CountsSkipsOrThrows) {
  ReadReport r;
  EXPECT_TRUE(r.count_file(std::nullopt, false));
  EXPECT_TRUE(r.count_file(std::nullopt, true));
  Error bad("not UTF-8", "a.txt", 3);
  EXPECT_FALSE(r.count_file(bad, false));
  EXPECT_EQ(r.files, 2u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].file(), "a.txt");
  try {
    r.count_file(bad, true);
    FAIL() << "no throw with strict";
  } catch (const Error& e) {
    EXPECT_EQ(e.line(), 3);
  }
  EXPECT_EQ(r.files, 2u);
  EXPECT_EQ(r.skipped.size(), 1u);
}

TEST(Reader, OriginNamesTheDocumentNeverByHash) {
  struct Case {
    std::string source, content, want;
  };
  const std::vector<Case> cases = {
      {"notes/cio-compilation.txt", "Weeknote 8 January 2024\n\nI met Kay Brown.\n", "cio compilation"},
      {"notes/2024-01-08-cio-weeknote.md", "I met Kay Brown.\n", "cio weeknote"},
      {"seeds/004_3b4b3329a32b86a4.txt", "Weeknote w/c 16 July 2018\n\nI met Kay Brown.\n", "weeknote 2018-07-16"},
      {"seeds/001_48066acad5323efc.txt",
       "Weeknote w/c 13 January 2020\n\nI met Kay Brown.\n\nWeeknote w/c 6 January 2020\n\nI met Sam Jones.\n",
       "weeknotes from 2020-01-06"},
      {"a/0002_deadbeefcafe.md", "# One two three four five six seven eight\n\nI met Kay Brown.\n",
       "\u201cOne two three four five six seven eight\u201d"},  // whole: no ellipsis
      {"a/0001_deadbeefcafe.md", "# One two three four five six seven eight nine\n\nI met Kay Brown.\n",
       "\u201cOne two three four five six seven eight\u2026\u201d"},
      {"-", "Notes from the week\n\nI met Kay Brown.\n", "\u201cNotes from the week\u201d"},
  };
  for (const auto& c : cases) {
    auto notes = read_document(c.content, c.source);
    ASSERT_FALSE(notes.empty()) << c.source;
    for (const auto& n : notes) EXPECT_EQ(n.origin, c.want) << c.source;
  }
}

TEST(Markdown, FrontMatterAndMarkup) {
  auto notes = read_document(R"(---
author: "Ann Author"
date: 2021-03-08
title: My week
---
# Heading

I met **Kay** about [LOTI](https://loti.london).

- first item
- second item
)",
                             "n.md");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].author, "Ann Author");
  EXPECT_EQ(notes[0].title, "My week");
  EXPECT_EQ(notes[0].date.iso(), "2021-03-08");
  EXPECT_EQ(notes[0].text, "Heading\n\nI met Kay about LOTI.\n\n\xE2\x80\xA2 first item\n\n\xE2\x80\xA2 second item");
}

// Found by tests/fuzz (fuzz_read_text): a heading of only '#' marks.
TEST(Markdown, HeadingOfOnlyHashesIsEmpty) {
  auto notes = read_document("# Weeknote\n\n###\n#\nI met Kay Brown.\n", "h.md");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].title, "Weeknote");
  EXPECT_NE(notes[0].text.find("I met Kay Brown."), std::string::npos);
}

// Found by tests/fuzz (fuzz_extract): front matter closed by the file's last
// line, with no newline after it, read past the end.
TEST(Markdown, FrontMatterClosedAtEndOfFile) {
  for (const char* text : {"---\nauthor: Morgan Ellis\n---", "---\nauthor: Morgan Ellis\n..."}) {
    auto notes = read_document(text, "f.md");
    ASSERT_EQ(notes.size(), 1u) << text;
    EXPECT_EQ(notes[0].author, "Morgan Ellis") << text;
    EXPECT_EQ(notes[0].text, "") << text;
  }
}

TEST(PlainText, TitleAndDateFromFirstLines) {
  auto notes = read_document("2020 05 01 — Weeknotes\nMay already\nBody text.", "a.txt");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].title, "2020 05 01 — Weeknotes");
  EXPECT_EQ(notes[0].date.iso(), "2020-05-01");
}

TEST(Html, ArticleTextAndMetadata) {
  auto notes = read_document(R"(<!DOCTYPE html>
<html><head><title>Weeknote 12</title><meta name="author" content="Sam Jones">
<script>var x = "I met Evil Person";</script><style>p{}</style></head>
<body><nav>Home | About Nav Person</nav>
<article><time datetime="2021-02-01">1 Feb</time><h1>Week 12</h1>
<p>I caught up with <b>Kay Brown</b> &amp; Ana.</p><ul><li>Joined the LOTI Advisory Panel.</li></ul></article>
<footer>Footer Person</footer></body></html>)",
                             "page.html");
  ASSERT_EQ(notes.size(), 1u);
  const Note& n = notes[0];
  EXPECT_EQ(n.title, "Weeknote 12");
  EXPECT_EQ(n.author, "Sam Jones");
  EXPECT_EQ(n.date.iso(), "2021-02-01");
  EXPECT_NE(n.text.find("I caught up with Kay Brown & Ana."), std::string::npos) << n.text;
  EXPECT_NE(n.text.find("\xE2\x80\xA2 Joined the LOTI Advisory Panel."), std::string::npos);
  EXPECT_EQ(n.text.find("Evil"), std::string::npos);
  EXPECT_EQ(n.text.find("Nav Person"), std::string::npos);
  EXPECT_EQ(n.text.find("Footer"), std::string::npos);
}

TEST(Feed, Rss2ItemsWithHtmlContent) {
  auto notes = read_document(R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Blog</title>
<item><title>Week 1</title><link>https://x.test/1</link><dc:creator>Ann Author</dc:creator>
<pubDate>Mon, 06 Jan 2020 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>I met <em>Kay</em>.</p><script>x</script>]]></content:encoded></item>
<item><title>Week 2</title><description>&lt;p&gt;We met Sam.&lt;/p&gt;</description></item>
</channel></rss>)",
                             "feed.xml");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].id, "https://x.test/1");
  EXPECT_EQ(notes[0].author, "Ann Author");
  EXPECT_EQ(notes[0].date.iso(), "2020-01-06");
  EXPECT_EQ(notes[0].text, "I met Kay.");
  EXPECT_EQ(notes[1].id, "feed.xml#2");
  EXPECT_EQ(notes[1].text, "We met Sam.");
}

TEST(Feed, AtomEntries) {
  auto notes = read_document(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><author><name>Feed Author</name></author>
<entry><title>One</title><link href="https://x.test/a"/><updated>2019-11-04T10:00:00Z</updated>
<content type="html">&lt;p&gt;Met Kay.&lt;/p&gt;</content></entry>
<entry><title>Two</title><id>tag:x,2019:b</id><published>2019-11-11</published><author><name>Other</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Met Sam.</p></div></content></entry>
</feed>)",
                             "atom.xml");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].author, "Feed Author");
  EXPECT_EQ(notes[0].text, "Met Kay.");
  EXPECT_EQ(notes[1].author, "Other");
  EXPECT_EQ(notes[1].id, "tag:x,2019:b");
  EXPECT_EQ(notes[1].text, "Met Sam.");
}

TEST(Feed, MalformedReportsFileLineAndFragment) {
  try {
    read_document("<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>x</titel></item>", "bad.xml");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "bad.xml");
    EXPECT_EQ(e.line(), 3);
    EXPECT_EQ(e.fragment(), "<item><title>x</titel></item>");
    EXPECT_EQ(std::string(e.what()).rfind("malformed feed: ", 0), 0u) << e.what();
  }
}

TEST(Feed, RefusesEntityDeclarations) {
  try {
    read_document(R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<rss><channel><item><title>&b;</title></item></channel></rss>)",
                  "bomb.xml");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.describe(),
              "bomb.xml:2: feed declares entities; refusing to expand them: `<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
              "\"&a;&a;&a;&a;\">]>`");
  }
}

TEST(Split, SeveralWeeknotesWithDates) {
  auto notes = read_document(R"(Weeknote w/c 2 March: an exciting development

I met Kay in 2020.

Weeknote w/c 24 February: back from a break

I met Sam.

Weeknotes w/c 16 July 2018

Older note.
)",
                             "many.txt");
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_EQ(notes[0].id, "many.txt#1");
  EXPECT_EQ(notes[0].title, "Weeknote w/c 2 March: an exciting development");
  EXPECT_EQ(notes[0].date.iso(), "2020-03-02");  // the year stated in its own text
  EXPECT_EQ(notes[1].date.iso(), "2020-02-24");  // the year stated in the file
  EXPECT_EQ(notes[2].date.iso(), "2018-07-16");  // the heading's own year
  EXPECT_EQ(notes[1].first_line, 5);
}

TEST(Split, NoYearAnywhereStaysPartial) {
  auto notes = read_document("Weeknote w/c 2 March: a\n\nText.\n\nWeeknote w/c 9 March: b\n\nMore.\n", "p.txt");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].date.iso(), "--03-02");
  EXPECT_EQ(notes[1].date.iso(), "--03-09");
}

TEST(Split, MetadataYearWins) {
  ReadOptions o;
  auto notes = read_document(
      "---\ndate: 2019-12-30\n---\nWeeknote w/c 6 January: a\n\nIn 2020 we.\n\nWeeknote w/c 13 January: b\n\nMore.\n",
      "m.md", o);
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].date.iso(), "2019-01-06");
}

TEST(Inputs, FolderRecursiveStableOrderAndDuplicates) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "wngraph_reader_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  fs::create_directories(dir / ".hidden");
  std::ofstream(dir / "b.txt") << "Second note.";
  std::ofstream(dir / "sub" / "a.txt") << "Third note.";
  std::ofstream(dir / "a.txt") << "First note.";
  std::ofstream(dir / "copy.txt") << "First note.";
  std::ofstream(dir / ".hidden" / "x.txt") << "Hidden.";
  auto notes = read_inputs({dir.string()});
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_EQ(notes[0].text, "First note.");
  EXPECT_EQ(notes[1].text, "Second note.");
  EXPECT_EQ(notes[2].text, "Third note.");
  fs::remove_all(dir);
}

TEST(Inputs, BadFilesAreSkippedAndReportedUtf16And32AreDecoded) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "wngraph_reader_skip";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "I met Kay Brown.";
  std::ofstream(dir / "b.xml") << "<rss version=\"2.0\"><channel><item>\n<title>broken";
  std::ofstream(dir / "c") << std::string(
      "\x7f"
      "ELF\0\0\1",
      7);
  // UTF-16, both byte orders, with their byte-order marks.
  const std::string le("\xFF\xFEI\0 \0m\0e\0t\0 \0A\0n\0a\0.\0", 22);
  const std::string be("\xFE\xFF\0I\0 \0m\0e\0t\0 \0B\0o\0.", 20);
  std::ofstream(dir / "d.txt", std::ios::binary) << le;
  std::ofstream(dir / "e.txt", std::ios::binary) << be;
  // UTF-32, both byte orders; a lone surrogate half becomes U+FFFD.
  auto utf32 = [](const std::u32string& text, bool little) {
    std::string out = little ? std::string("\xFF\xFE\0\0", 4) : std::string("\0\0\xFE\xFF", 4);
    for (char32_t c : text)
      for (int k = 0; k < 4; ++k) out += static_cast<char>((c >> (little ? 8 * k : 8 * (3 - k))) & 0xFF);
    return out;
  };
  std::ofstream(dir / "f.txt", std::ios::binary) << utf32(U"I met Zo\u00eb.", true);
  std::ofstream(dir / "g.txt", std::ios::binary) << utf32(U"I met Cy.", false);
  ReadReport report;
  auto notes = read_inputs({dir.string()}, {}, &report);
  ASSERT_EQ(notes.size(), 5u);
  EXPECT_EQ(notes[0].text, "I met Kay Brown.");
  EXPECT_EQ(notes[1].text, "I met Ana.");
  EXPECT_EQ(notes[2].text, "I met Bo.");
  EXPECT_EQ(notes[3].text, "I met Zo\u00eb.");
  EXPECT_EQ(notes[4].text, "I met Cy.");
  EXPECT_EQ(report.files, 5u);
  ASSERT_EQ(report.skipped.size(), 2u);
  EXPECT_EQ(report.skipped[0].file(), (dir / "b.xml").string());
  EXPECT_EQ(report.skipped[0].line(), 2);
  EXPECT_EQ(report.skipped[1].describe(), (dir / "c").string() + ": a binary file, not a note");
  ReadOptions strict;
  strict.strict = true;
  EXPECT_THROW(read_inputs({dir.string()}, strict), Error);
  fs::remove_all(dir);
}

TEST(Inputs, MissingPath) {
  try {
    read_inputs({"/no/such/place"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.describe(), "/no/such/place: no such file or folder");
  }
}

}  // namespace
}  // namespace wngraph
