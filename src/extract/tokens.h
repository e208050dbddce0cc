// Sentences and word tokens of a note's text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wngraph::detail {

struct Token {
  enum Kind { kWord, kPunct };
  Kind kind;
  std::string_view text;  // a view of the tokenised text; for words: without a possessive "'s" / "s'"
  bool possessive = false;
};

// Words and punctuation, spaces left out. Words keep internal dots,
// hyphens, apostrophes, digits and "&" inside acronyms ("Gov.Pay",
// "Stoke-on-Trent", "1:1", "Q&A"); "Kay's" becomes "Kay" with possessive set.
// The tokens are views of `s`: they live as long as the text does.
std::vector<Token> tokenize(std::string_view s);

struct Sentence {
  std::string text;      // as written in the note (for evidence)
  std::string norm;      // punctuation normalised (for matching)
  size_t paragraph = 0;  // index of the paragraph it belongs to
  bool bullet = false;   // a list item: often has an implicit "I" subject
  bool heading = false;  // a short line without final punctuation
};

// Paragraphs are lines (blank lines between them or not); a sentence ends at
// . ! ? followed by a space and a capital, except after abbreviations.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace wngraph::detail
