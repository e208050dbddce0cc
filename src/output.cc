// Output bytes -> a file, a device, a folder or standard output, never
// destroying what the user did not name; input file -> bytes.
// Entry points: detail::write_output(), detail::write_folder(),
// detail::check_output_against_inputs(), detail::read_whole().
// Tested by tests/export_test.cc (Output*) and tests/e2e_test.sh.
#include "output.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>

#include "text.h"
#include "wngraph/error.h"
#include "wngraph/reader.h"

namespace wngraph::detail {
namespace fs = std::filesystem;

namespace {

// --- temporaries removed when the process is stopped --------------------------
// A fixed table the signal handler can read without allocating: each slot is
// a path this process created and has not yet renamed into place.
constexpr size_t kSlots = 256;
struct Slot {
  std::atomic<bool> used{false};
  char path[4096];
};
std::array<Slot, kSlots> g_slots;
std::atomic<size_t> g_pending{0};

void on_signal(int sig) {
  // Newest first: files inside a temporary folder go before the folder.
  for (size_t i = kSlots; i-- > 0;) {
    if (!g_slots[i].used.load()) continue;
    if (::unlink(g_slots[i].path) != 0) ::rmdir(g_slots[i].path);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction sa {};
      sa.sa_handler = on_signal;
      sigemptyset(&sa.sa_mask);
      struct sigaction old {};
      // Leave alone a signal the caller chose to ignore.
      if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
      ::sigaction(sig, &sa, nullptr);
    }
  });
}

// Registers a temporary path; returns its slot (or kSlots when the table is
// full: the path is then only removed on the normal paths).
size_t remember(const std::string& path) {
  install_handlers();
  if (path.size() >= sizeof(Slot::path)) return kSlots;
  static std::mutex m;
  std::lock_guard<std::mutex> lock(m);
  for (size_t i = 0; i < kSlots; ++i) {
    if (g_slots[i].used.load()) continue;
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].used.store(true);
    ++g_pending;
    return i;
  }
  return kSlots;
}

void forget(size_t slot) {
  if (slot >= kSlots) return;
  g_slots[slot].used.store(false);
  --g_pending;
}

std::string errno_text(int err) {
  return lower(std::strerror(err));
}

// ".NAME.wngraph-tmp-PID-": the prefix of every temporary beside NAME.
std::string temp_prefix(const fs::path& target) {
  return "." + target.filename().string() + ".wngraph-tmp-" + std::to_string(::getpid()) + "-";
}

// Removes temporaries a killed wngraph left beside `target` (their process
// is gone). Only names of our own pattern are touched.
void remove_stale_temporaries(const fs::path& dir, const fs::path& target) {
  std::string stem = "." + target.filename().string() + ".wngraph-tmp-";
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.rfind(stem, 0) != 0) continue;
    long pid = std::strtol(name.c_str() + stem.size(), nullptr, 10);
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    std::error_code rm;
    fs::remove_all(it->path(), rm);
  }
}

mode_t current_umask() {
  static const mode_t mask = [] {
    mode_t m = ::umask(022);
    ::umask(m);
    return m;
  }();
  return mask;
}

bool write_all(int fd, std::string_view data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    left -= static_cast<size_t>(n);
  }
  return true;
}

// An output stream onto a file descriptor, in 64 KB writes; the first
// failing write's errno is kept and the stream goes bad.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buf_(size_t{64} << 10) { setp(buf_.data(), buf_.data() + buf_.size()); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!flush_buffer()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flush_buffer() ? 0 : -1; }

 private:
  bool flush_buffer() {
    if (error_) return false;
    std::string_view pending(pbase(), static_cast<size_t>(pptr() - pbase()));
    if (!write_all(fd_, pending)) {
      error_ = errno ? errno : EIO;
      return false;
    }
    setp(buf_.data(), buf_.data() + buf_.size());
    return true;
  }
  int fd_;
  std::vector<char> buf_;
  int error_ = 0;
};

// Runs `write` onto `fd`; false (errno set) when a write failed.
bool stream_to(int fd, const OutputWriter& write) {
  FdBuf buf(fd);
  std::ostream out(&buf);
  write(out);
  out.flush();
  if (buf.error() || !out) {
    errno = buf.error() ? buf.error() : EIO;
    return false;
  }
  return true;
}

// A device, a FIFO: written through as `cat > path` would, never replaced.
void write_through(const std::string& path, const std::string& shown, const OutputWriter& write) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw Error("cannot write output: " + errno_text(errno), shown);
  bool ok = false;
  try {
    ok = stream_to(fd, write);
  } catch (...) {
    ::close(fd);
    throw;
  }
  int err = errno;
  if (::close(fd) != 0 && ok) ok = false, err = errno;
  if (!ok) throw Error("cannot write output: " + errno_text(err), shown);
}

fs::path parent_of(const fs::path& p) {
  return p.has_parent_path() ? p.parent_path() : fs::path(".");
}

}  // namespace

size_t pending_temporaries() {
  return g_pending.load();
}

void write_output(const std::string& path, const std::string& data) {
  write_output(path, [&](std::ostream& out) { out.write(data.data(), static_cast<std::streamsize>(data.size())); });
}

void write_output(const std::string& path, const OutputWriter& write) {
  if (path == "-" || path.empty()) {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    return;
  }
  std::string target = path;
  struct stat st {};
  bool exists = ::lstat(path.c_str(), &st) == 0;
  if (exists && S_ISLNK(st.st_mode)) {
    // Replace what the link points at; the link itself stays.
    char* real = ::realpath(path.c_str(), nullptr);
    if (!real) throw Error("output is a symbolic link to nothing", path);
    target = real;
    std::free(real);
    exists = ::stat(target.c_str(), &st) == 0;
  }
  if (exists && S_ISDIR(st.st_mode)) throw Error("output is a folder; name a file", path);
  if (exists && !S_ISREG(st.st_mode)) return write_through(target, path, write);

  fs::path dir = parent_of(fs::path(target));
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error("no such folder for the output", path);
  remove_stale_temporaries(dir, target);
  std::string tmp = (dir / (temp_prefix(target) + "XXXXXX")).string();
  int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
  if (fd < 0) throw Error("cannot write output: " + errno_text(errno), path);
  size_t slot = remember(tmp);
  auto fail = [&](int err) {
    ::unlink(tmp.c_str());
    forget(slot);
    throw Error("cannot write output: " + errno_text(err), path);
  };
  ::fchmod(fd, exists ? (st.st_mode & 07777) : (0666 & ~current_umask()));
  bool written = false;
  try {
    written = stream_to(fd, write);
  } catch (...) {
    // The writer failed half way: nothing half-written is left.
    ::close(fd);
    ::unlink(tmp.c_str());
    forget(slot);
    throw;
  }
  if (!written || ::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    fail(err);
  }
  if (::close(fd) != 0) fail(errno);
  if (::rename(tmp.c_str(), target.c_str()) != 0) fail(errno);
  forget(slot);
}

void write_folder(const std::string& path, const std::map<std::string, std::string>& files) {
  if (path.empty() || path == "-") throw Error("this format writes a folder; name it with -o DIR");
  std::error_code ec;
  fs::path target = fs::absolute(fs::path(path), ec).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  if (target == target.root_path()) throw Error("output folder is the root folder; name another", path);
  fs::path dir = parent_of(target);
  struct stat st {};
  bool exists = ::lstat(target.c_str(), &st) == 0;
  if (exists && S_ISLNK(st.st_mode)) throw Error("output folder is a symbolic link; name the folder itself", path);
  if (exists && !S_ISDIR(st.st_mode)) throw Error("output exists and is not a folder", path);
  if (exists && !fs::is_empty(target, ec) && !fs::exists(target / kFolderMarker, ec))
    throw Error("output folder is not empty and was not made by wngraph; name a new or empty folder", path);
  if (!fs::is_directory(dir, ec)) throw Error("no such folder for the output", path);
  remove_stale_temporaries(dir, target);

  std::string tmp = (dir / (temp_prefix(target) + "XXXXXX")).string();
  if (!::mkdtemp(tmp.data())) throw Error("cannot create output folder: " + errno_text(errno), path);
  std::vector<size_t> slots{remember(tmp)};
  auto cleanup = [&] {
    std::error_code rm;
    fs::remove_all(tmp, rm);
    for (size_t s : slots) forget(s);
  };
  auto fail = [&](const std::string& why) {
    cleanup();
    throw Error(why, path);
  };
  std::map<std::string, std::string> all = files;
  all[kFolderMarker] = "This folder was written by wngraph; the next export to it replaces it whole.\n";
  for (const auto& [name, data] : all) {
    std::string file = tmp + "/" + name;
    int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666 & ~current_umask());
    if (fd < 0) fail("cannot write output: " + errno_text(errno));
    slots.push_back(remember(file));
    bool ok = write_all(fd, data) && ::fsync(fd) == 0;
    int err = errno;
    if (::close(fd) != 0 && ok) ok = false, err = errno;
    if (!ok) fail("cannot write output: " + errno_text(err));
  }
  ::chmod(tmp.c_str(), 0777 & ~current_umask());
  if (!exists) {
    if (::rename(tmp.c_str(), target.c_str()) != 0) fail("cannot write output folder: " + errno_text(errno));
    for (size_t s : slots) forget(s);
    return;
  }
  // Swap the new folder in and the old one out in one step; the old one then
  // sits at the temporary name and is removed.
  if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS) fail("cannot replace output folder: " + errno_text(errno));
    // No exchange on this file system: two renames, the old folder kept
    // aside until the new one is in place.
    std::string old = (dir / (temp_prefix(target) + "old")).string();
    if (::rename(target.c_str(), old.c_str()) != 0) fail("cannot replace output folder: " + errno_text(errno));
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
      int err = errno;
      ::rename(old.c_str(), target.c_str());
      fail("cannot write output folder: " + errno_text(err));
    }
    tmp = old;
  }
  cleanup();
}

void check_output_against_inputs(const std::string& output, const std::vector<std::string>& inputs,
                                 bool folder_output) {
  if (output.empty() || output == "-") return;
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(output, ec), ec);
  struct stat ost {};
  bool out_exists = ::stat(output.c_str(), &ost) == 0;
  for (const auto& input : inputs) {
    if (input == "-") continue;
    struct stat ist {};
    if (::stat(input.c_str(), &ist) != 0) continue;  // the reader reports it
    fs::path in = fs::weakly_canonical(fs::absolute(input, ec), ec);
    if (folder_output) {
      std::string o = out.string(), i = in.string();
      if (i == o || i.rfind(o + "/", 0) == 0)
        throw Error("output folder holds the input '" + input + "'; name another folder", output);
      continue;
    }
    if (!out_exists) continue;
    if (S_ISREG(ist.st_mode) && ist.st_dev == ost.st_dev && ist.st_ino == ost.st_ino)
      throw Error("output is the input '" + input + "'; name another output", output);
    if (S_ISDIR(ist.st_mode) && S_ISREG(ost.st_mode) && out.string().rfind(in.string() + "/", 0) == 0) {
      // Inside an input folder: refused when a folder walk would read it.
      fs::path rel = out.lexically_relative(in);
      bool hidden = false;
      for (const auto& part : rel) hidden |= !part.empty() && part.string()[0] == '.';
      if (!hidden && is_note_file_name(out.filename().string()))
        throw Error("output is a note inside the input folder '" + input + "'; name another output", output);
    }
  }
}

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string tmpl = std::string(base && *base ? base : "/tmp") + "/wngraph-XXXXXX";
  if (!::mkdtemp(tmpl.data())) throw Error("cannot create a temporary folder: " + errno_text(errno), tmpl);
  path_ = tmpl;
  slots_.push_back(remember(path_));
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
  for (size_t s : slots_) forget(s);
}

std::string TempDir::file(const std::string& name) {
  std::string p = path_ + "/" + name;
  slots_.push_back(remember(p));
  return p;
}

std::string read_option_file(const std::string& path, const std::string& what) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) throw Error(what + ": " + errno_text(errno), path);
  std::error_code ec;
  std::string real = fs::weakly_canonical(fs::absolute(path, ec), ec).string();
  bool system = real.rfind("/proc/", 0) == 0 || real.rfind("/sys/", 0) == 0 || real.rfind("/dev/", 0) == 0;
  if (!S_ISREG(st.st_mode) || system) throw Error(what + ": not a regular file", path);
  if (st.st_size > (off_t{64} << 20)) throw Error(what + ": larger than 64 MB", path);
  return read_whole(path);
}

std::string read_whole(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error("no such file or folder", path);
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw Error("cannot read file: " + errno_text(errno), path);
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool bad = std::ferror(f) != 0;
  std::fclose(f);
  if (bad) throw Error("cannot read file", path);
  return out;
}

}  // namespace wngraph::detail
