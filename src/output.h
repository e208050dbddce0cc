// Writing a finished output without ever destroying what the user did not
// name: to standard output, to a file (atomically, through an exclusive
// temporary file beside it), or as a folder (swapped in whole).
#pragma once

#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace wngraph::detail {

// The file that marks a folder as written by wngraph; only an empty folder or
// one holding this marker is ever replaced by a folder output.
inline constexpr const char* kFolderMarker = ".wngraph-export";

// Writes `data` to `path` ("-" or "" = standard output). A regular file (or a
// new one) is replaced atomically: an exclusive temporary file beside it, then
// a rename, so a failure leaves the old file as it was. A symbolic link is
// followed and its target replaced, the link kept. A device or FIFO is written
// through, never replaced. A folder is refused. Throws Error; every write
// error is reported.
void write_output(const std::string& path, const std::string& data);
// The same, with the bytes written by `write` as it makes them (a big export
// is never whole in memory). When `write` throws, nothing is left behind and
// the old file stays as it was.
using OutputWriter = std::function<void(std::ostream& out)>;
void write_output(const std::string& path, const OutputWriter& write);

// Writes the files as a folder at `path`: into an exclusive temporary folder
// beside it, then swapped in whole (an atomic exchange where the kernel has
// one). An existing folder is replaced only when it is empty or wngraph made
// it (it holds kFolderMarker); anything else is refused. Throws Error.
void write_folder(const std::string& path, const std::map<std::string, std::string>& files);

// Refuses, before any work is done, an output that would overwrite one of the
// inputs: the same file as an input, a note inside an input folder, or (for a
// folder output) a folder that is or holds an input. Throws Error.
void check_output_against_inputs(const std::string& output, const std::vector<std::string>& inputs, bool folder_output);

// Reads a whole file, or standard input for "-". Throws Error.
std::string read_whole(const std::string& path);

// Reads a file a user names as an option's value (--aliases, --gazetteer,
// --rules): a regular file of at most 64 MB, never a FIFO, a device or a
// file under /proc, /sys or /dev (which would block or never end). `what`
// names it in errors: "cannot read aliases file". Throws Error.
std::string read_option_file(const std::string& path, const std::string& what);

// A private temporary folder (mode 0700, in $TMPDIR or /tmp) for helper
// files such as the map's DOT and PNG; removed with everything in it when the
// object goes, or when the process is stopped by a signal.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  // A path inside the folder, registered for removal on a signal.
  std::string file(const std::string& name);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::vector<size_t> slots_;
};

// Temporary names this process is writing: removed if the process is stopped
// by SIGINT, SIGTERM or SIGHUP (exported for tests).
size_t pending_temporaries();

}  // namespace wngraph::detail
