// One Note whose text holds several weeknotes -> one Note per weeknote.
#pragma once

#include <vector>

#include "wngraph/note.h"

namespace wngraph::detail {

// Splits at lines that open a weeknote ("Weeknote w/c 2 March: ...",
// "Weeknotes w/c 16 July 2018", "Week note 12 - w/c ..."). Each part takes its
// heading as title and its week-commencing date. A year missing from a heading
// comes from the note's own date, else from the year most stated in the text;
// otherwise the date stays partial. A text with fewer than two headings is
// returned whole (dated by its heading if it opens with one).
std::vector<Note> split_weeknotes(const Note& note);

}  // namespace wngraph::detail
