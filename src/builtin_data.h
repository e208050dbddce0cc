// The files of data/, compiled in by cmake/embed_data.cmake.
#pragma once

#include <vector>

namespace wngraph::detail {

struct DataFile {
  const char* name;
  const char* contents;
};

const std::vector<DataFile>& builtin_data();

}  // namespace wngraph::detail
