// The one error type of wngraph. Library code throws it; only the command line
// formats it and picks an exit code.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

namespace wngraph {

class Error : public std::runtime_error {
 public:
  // `message` is short and lowercase ("unknown format 'gml'"). `file`, `line`
  // and `fragment` locate the offending input when there is one (line 0 =
  // unknown).
  explicit Error(const std::string& message, std::string file = "", int line = 0, std::string fragment = "")
      : std::runtime_error(message), file_(std::move(file)), line_(line), fragment_(std::move(fragment)) {}

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  const std::string& fragment() const { return fragment_; }

  // "file:line: message: `fragment`", leaving out the parts that are empty.
  std::string describe() const;

 private:
  std::string file_;
  int line_;
  std::string fragment_;
};

// The one way to say a name the user typed is not known:
//   unknown format 'graph' (valid: dot, gexf, graphml); did you mean 'graphml'?
// `what` names the kind of thing ("format", "relation", "node"). The valid
// names are listed when there are few (at most 8); the closest one is
// suggested when it is plausibly a typo.
std::string unknown_name_message(const std::string& what, const std::string& given,
                                 const std::vector<std::string>& choices);
// The same message as an Error, located in `file` at `line` when given.
Error unknown_name(const std::string& what, const std::string& given, const std::vector<std::string>& choices,
                   std::string file = "", int line = 0, std::string fragment = "");

// "did you mean 'graphml'?" for the closest of `choices` to `given`, or "" when
// nothing is close. Shared by every lookup of a name a user typed.
std::string did_you_mean(const std::string& given, const std::initializer_list<std::string>& choices);
std::string did_you_mean(const std::string& given, const std::vector<std::string>& choices);

}  // namespace wngraph
