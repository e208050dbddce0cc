// Month names, shared by the date parser and by recognition (a month beside
// a number is part of a date, not a person's name). Defined in date.cc.
#pragma once

#include <string_view>

namespace wngraph::detail {

// 1-12 for a month's name in any case, in full or in three letters ("Mar",
// "March", "Sept"); 0 for any other word ("Marching", "Maybe").
int month_number(std::string_view word);

}  // namespace wngraph::detail
