#include <gtest/gtest.h>

#include "extract/tokens.h"

namespace wngraph::detail {
namespace {

TEST(Tokenize, WordsKeepJoinersAndDropPossessives) {
  std::vector<std::string> words;
  std::vector<bool> poss;
  for (const auto& t : tokenize("Kay's Gov.Pay 1:1 Stoke-on-Trent Q&A boroughs' aspirations @kelly_data"))
    if (t.kind == Token::kWord) {
      words.emplace_back(t.text);
      poss.push_back(t.possessive);
    }
  EXPECT_EQ(words, (std::vector<std::string>{"Kay", "Gov.Pay", "1:1", "Stoke-on-Trent", "Q&A", "boroughs",
                                             "aspirations", "kelly_data"}));
  EXPECT_EQ(poss, (std::vector<bool>{true, false, false, false, false, true, false, false}));
}

// Tokens are views of the text they were read from, not copies: a word
// without its possessive is the text's own bytes, shortened.
TEST(Tokenize, TokensAreViewsOfTheText) {
  const std::string text = "Met Kay's team, then left";
  for (const auto& t : tokenize(text)) {
    ASSERT_GE(t.text.data(), text.data()) << t.text;
    ASSERT_LE(t.text.data() + t.text.size(), text.data() + text.size()) << t.text;
    EXPECT_EQ(text.substr(static_cast<size_t>(t.text.data() - text.data()), t.text.size()), t.text);
  }
  EXPECT_EQ(tokenize(text)[1].text, "Kay");
}

TEST(Tokenize, SpacesSeparateAndAreNoTokens) {
  std::vector<std::string> texts;
  for (const auto& t : tokenize("  Met \t Kay ,\u00a0then\n left ")) texts.emplace_back(t.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Met", "Kay", ",", "\u00a0then", "left"}));
}

// Dashes, bullets and ellipses (General Punctuation) are punctuation, with
// or without spaces around them; curly apostrophes stay inside words.
TEST(Tokenize, DashesAndEllipsesArePunctuation) {
  struct Case {
    std::string text;
    std::vector<std::string> words, punct;
  };
  const Case cases[] = {
      {"Scotland \u2014 call", {"Scotland", "call"}, {"\u2014"}},
      {"Scotland\u2014call", {"Scotland", "call"}, {"\u2014"}},
      {"2019\u20132020", {"2019", "2020"}, {"\u2013"}},
      {"Lido\u2026 then", {"Lido", "then"}, {"\u2026"}},
      {"O\u2019Neil", {"O\u2019Neil"}, {}},
      {"Jos\u00e9", {"Jos\u00e9"}, {}},
  };
  for (const auto& c : cases) {
    std::vector<std::string> words, punct;
    for (const auto& t : tokenize(c.text)) (t.kind == Token::kWord ? words : punct).emplace_back(t.text);
    EXPECT_EQ(words, c.words) << c.text;
    EXPECT_EQ(punct, c.punct) << c.text;
  }
}

TEST(Tokenize, QuotedNameEndingInSIsNotPossessive) {
  std::vector<std::string> texts;
  for (const auto& t : tokenize("a 'digital masterclass' event"))
    texts.push_back(std::string(t.text) + (t.possessive ? "(poss)" : ""));
  EXPECT_EQ(texts, (std::vector<std::string>{"a", "'", "digital", "masterclass", "'", "event"}));
}

TEST(Tokenize, FootnoteMarksAfterWordsAreDropped) {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"the OneTeamGov[2] West meetup[3].", {"the", "OneTeamGov", "West", "meetup", "."}},
      {"see the Service Standard[12] here", {"see", "the", "Service", "Standard", "here"}},
      {"a list [1] stays", {"a", "list", "[", "1", "]", "stays"}},
  };
  for (const auto& [text, want] : cases) {
    std::vector<std::string> got;
    for (const auto& t : tokenize(text)) got.emplace_back(t.text);
    EXPECT_EQ(got, want) << text;
  }
}

TEST(Sentences, SplitsAtEndsNotAbbreviations) {
  auto s = split_sentences(
      "I met Dr. Smith today. Then Cllr. Jones! Did we? Yes.\n  \xE2\x80\xA2 Had a chat with Ana.\nA heading");
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0].text, "I met Dr. Smith today.");
  EXPECT_EQ(s[1].text, "Then Cllr. Jones!");
  EXPECT_TRUE(s[4].bullet);
  EXPECT_EQ(s[4].text, "Had a chat with Ana.");
  EXPECT_TRUE(s[5].heading);
}

// A short line without a full stop is a heading, but for a picture's or an
// embed's caption, which heads nothing.
TEST(Sentences, CaptionsAreNoHeadings) {
  const struct {
    const char* line;
    bool heading;
  } cases[] = {
      {"Digital Leaders Week 2020", true},
      {"What we did this week", true},
      {"A tweet from Digital Planning", false},
      {"Photo by Kay Brown on Unsplash", false},
      {"Image: the team at the Data Panel", false},
      {"Photos from the Data Panel", true},
      {"Imagery and maps", true},
  };
  for (const auto& c : cases) {
    auto s = split_sentences(c.line);
    ASSERT_EQ(s.size(), 1u) << c.line;
    EXPECT_EQ(s[0].heading, c.heading) << c.line;
  }
}

TEST(Sentences, EvidenceKeepsOriginalPunctuation) {
  auto s = split_sentences("We\xE2\x80\x99re with Kay\xE2\x80\x99s team. Next.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].text, "We\xE2\x80\x99re with Kay\xE2\x80\x99s team.");
  EXPECT_EQ(s[0].norm, "We're with Kay's team.");
}

}  // namespace
}  // namespace wngraph::detail
