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

void write_folder(const std::string& path, const std::map<std::string, std::string>& files) {
  namespace fs = std::filesystem;
  if (path.empty() || path == "-") throw Error("this format writes a folder; name it with -o DIR");
  fs::path target = fs::path(path).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error("no such folder for the output", path);
  if (fs::exists(target, ec) && !fs::is_directory(target, ec)) throw Error("output exists and is not a folder", path);
  std::string pid = std::to_string(::getpid());
  fs::path tmp = dir / ("." + target.filename().string() + ".tmp" + pid);
  fs::remove_all(tmp, ec);
  auto fail = [&](const std::string& why) {
    fs::remove_all(tmp, ec);
    throw Error(why, path);
  };
  if (!fs::create_directory(tmp, ec)) fail("cannot create output folder");
  for (const auto& [name, data] : files) {
    std::ofstream out(tmp / name, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (!out) fail("cannot write output");
  }
  // Swap the finished folder in; the old one goes only once the new is there.
  fs::path old = dir / ("." + target.filename().string() + ".old" + pid);
  bool had = fs::exists(target, ec);
  if (had) {
    fs::rename(target, old, ec);
    if (ec) fail("cannot replace output folder");
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    if (had) fs::rename(old, target, ec);
    fail("cannot write output folder");
  }
  if (had) fs::remove_all(old, ec);
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
