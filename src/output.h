// Writing a finished output: to standard output, or atomically to a file.
#pragma once

#include <map>
#include <string>

namespace wngraph::detail {

// Writes `data` to `path` ("-" or "" = standard output) through a temporary
// file beside it and a rename, so a failure never leaves a partial file and
// an existing file stays untouched. Throws Error.
void write_output(const std::string& path, const std::string& data);

// Writes the files as a folder at `path`: into a temporary folder beside it,
// then renamed into place (an existing folder of that name is replaced as a
// whole). Throws Error; never leaves a partial folder.
void write_folder(const std::string& path, const std::map<std::string, std::string>& files);

// Reads a whole file, or standard input for "-". Throws Error.
std::string read_whole(const std::string& path);

}  // namespace wngraph::detail
