// Output bytes -> file, atomically (temporary file + rename); input file -> bytes.
// Entry points: detail::write_output(), detail::read_whole(). Tested by
// tests/export_test.cc (AtomicWriteAndErrors) and tests/e2e_test.sh.
#include "output.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "wngraph/error.h"

namespace wngraph::detail {

void write_output(const std::string& path, const std::string& data) {
  if (path == "-" || path.empty()) {
    std::cout << data;
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    return;
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error("no such folder for the output", path);
  fs::path tmp = dir / ("." + target.filename().string() + ".tmp" + std::to_string(::getpid()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot write output", path);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (!out) {
      fs::remove(tmp, ec);
      throw Error("cannot write output", path);
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error("cannot write output", path);
  }
}

std::string read_whole(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw Error("no such file or folder", path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read file", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace wngraph::detail
