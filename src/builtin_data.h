// The files of data/, compiled in by cmake/embed_data.cmake.
#pragma once

#include <string>
#include <vector>

namespace wngraph::detail {

struct DataFile {
  const char* name;
  std::string contents;
};

const std::vector<DataFile>& builtin_data();

}  // namespace wngraph::detail
