// One sentence -> the entities it names (named-entity recognition).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/tokens.h"
#include "wngraph/extract.h"

namespace wngraph::detail {

struct Span {
  size_t begin = 0, end = 0;  // [begin, end) into the sentence's tokens
  std::string name;           // cleaned name: possessive, title noise and stripped cue words removed
  std::string surface;        // as written (an alias of `name` when they differ)
  std::string display;        // the text's own short form of a gazetteer name ("DMT")
  EntityType type = EntityType::kPerson;
  bool possessive = false;  // "Kay's": a mention, not a participant
  bool known = false;       // from a gazetteer or a type cue, not only a name shape
  bool place = false;       // a council named only as a place ("a meetup in Bristol"): not an entity
  std::string role;         // "director" for "David (our Director of Housing)"; filled by relations
};

struct Recognised {
  // The sentence as tokenised, where the tokens' views point: on the heap,
  // so a Recognised moves without moving it.
  std::unique_ptr<const std::string> text;
  std::vector<Token> tokens;       // the sentence's tokens (no spaces)
  std::vector<uint32_t> rule_ids;  // each token's word id in the lexicon's rules (RuleSet::word_id(lower))
  std::vector<bool> departments;   // each token's lower case is a one-word department (Lexicon::department())
  std::vector<Span> spans;         // sorted, non-overlapping
};

// Entry point. The first token is taken to open a sentence: a capital there
// says nothing about being a name.
// The result keeps the sentence (Recognised::text): pass it by std::move()
// when the caller has no more use for it.
Recognised recognise(std::string sentence, const Lexicon& lexicon);

// Words that name a role, not a person or a body ("Director", "Head").
bool is_role_word(std::string_view w);

}  // namespace wngraph::detail
