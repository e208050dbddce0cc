// Tests of src/output.cc: outputs never destroy what the user did not name.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "output.h"
#include "wngraph/error.h"

namespace wngraph::detail {
namespace {
namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct Scratch {
  fs::path dir = fs::temp_directory_path() / ("wngraph_output_test_" + std::to_string(::getpid()));
  Scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() { fs::remove_all(dir); }
  std::string operator/(const std::string& name) const { return (dir / name).string(); }
  size_t entries() const { return std::distance(fs::directory_iterator(dir), fs::directory_iterator()); }
};

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.describe();
  }
  return "";
}

TEST(Output, FileIsReplacedWholeAndKeepsItsMode) {
  Scratch s;
  std::ofstream(s / "g.graphml") << "old";
  ::chmod((s / "g.graphml").c_str(), 0640);
  write_output(s / "g.graphml", "new");
  EXPECT_EQ(slurp(s / "g.graphml"), "new");
  struct stat st {};
  ::stat((s / "g.graphml").c_str(), &st);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_EQ(s.entries(), 1u);
  EXPECT_EQ(pending_temporaries(), 0u);
}

// A writer that fails half way (an exporter's error) leaves the old file as
// it was and no temporary; one that succeeds is written whole, in pieces.
TEST(Output, StreamedWriterFailingHalfWayChangesNothing) {
  Scratch s;
  detail::write_output(s / "out.graphml", "old");
  EXPECT_THROW(detail::write_output(s / "out.graphml",
                                    [](std::ostream& out) {
                                      out << std::string(size_t{200} << 10, 'x');  // past the 64 KB buffer
                                      throw Error("half way");
                                    }),
               Error);
  EXPECT_EQ(slurp(s / "out.graphml"), "old");
  EXPECT_EQ(s.entries(), 1u);
  EXPECT_EQ(detail::pending_temporaries(), 0u);
  detail::write_output(s / "out.graphml", [](std::ostream& out) {
    for (int i = 0; i < 1000; ++i) out << std::string(1000, 'a' + i % 26);
  });
  EXPECT_EQ(slurp(s / "out.graphml").size(), 1000000u);
  EXPECT_EQ(s.entries(), 1u);
}

TEST(Output, RefusalsNameThePathAndChangeNothing) {
  Scratch s;
  fs::create_directories(s / "mine");
  std::ofstream(s / "mine/a.txt") << "precious";
  std::ofstream(s / "plain") << "plain";
  fs::create_symlink("mine", s / "linkdir");
  struct Case {
    std::function<void()> run;
    std::string error;
  } cases[] = {
      {[&] {
         write_folder(s / "mine", {{"x.csv", "x"}});
       },
       s / "mine" + ": output folder is not empty and was not made by wngraph; name a new or empty folder"},
      {[&] {
         write_folder(s / "plain", {{"x.csv", "x"}});
       },
       s / "plain" + ": output exists and is not a folder"},
      {[&] {
         write_folder(s / "linkdir", {{"x.csv", "x"}});
       },
       s / "linkdir" + ": output folder is a symbolic link; name the folder itself"},
      {[&] { write_folder("-", {}); }, "this format writes a folder; name it with -o DIR"},
      {[&] { write_output(s / "mine", "x"); }, s / "mine" + ": output is a folder; name a file"},
      {[&] { write_output(s / "nope/g.graphml", "x"); }, s / "nope/g.graphml" + ": no such folder for the output"},
      {[&] { check_output_against_inputs(s / "mine/a.txt", {s / "mine/a.txt"}, false); },
       s / "mine/a.txt" + ": output is the input '" + s / "mine/a.txt" + "'; name another output"},
      {[&] { check_output_against_inputs(s / "mine/a.txt", {s / "mine"}, false); },
       s / "mine/a.txt" + ": output is a note inside the input folder '" + s / "mine" + "'; name another output"},
      {[&] { check_output_against_inputs(s / "mine/..", {s / "mine"}, true); },
       s / "mine/.." + ": output folder holds the input '" + s / "mine" + "'; name another folder"},
  };
  for (const auto& c : cases) EXPECT_EQ(error_of(c.run), c.error);
  EXPECT_EQ(slurp(s / "mine/a.txt"), "precious");
  EXPECT_EQ(slurp(s / "plain"), "plain");
  EXPECT_EQ(s.entries(), 3u);  // mine, plain, linkdir: no temporaries
}

TEST(Output, OutputsBesideInputsAreAllowed) {
  Scratch s;
  fs::create_directories(s / "notes");
  std::ofstream(s / "notes/a.txt") << "note";
  std::ofstream(s / "notes/g.graphml") << "old graph";  // not a note: a walk does not read it
  EXPECT_EQ(error_of([&] { check_output_against_inputs(s / "notes/g.graphml", {s / "notes"}, false); }), "");
  EXPECT_EQ(error_of([&] { check_output_against_inputs(s / "out", {s / "notes"}, true); }), "");
  EXPECT_EQ(error_of([&] { check_output_against_inputs("-", {s / "notes/a.txt"}, false); }), "");
}

TEST(Output, FolderIsMarkedAndSwappedWhole) {
  Scratch s;
  write_folder(s / "neo", {{"a.csv", "1"}, {"b.csv", "2"}});
  EXPECT_TRUE(fs::exists(s / ("neo/" + std::string(kFolderMarker))));
  write_folder(s / "neo/", {{"c.csv", "3"}});  // a marked folder is replaced whole
  EXPECT_FALSE(fs::exists(s / "neo/a.csv"));
  EXPECT_EQ(slurp(s / "neo/c.csv"), "3");
  fs::create_directories(s / "empty");
  write_folder(s / "empty", {{"d.csv", "4"}});
  EXPECT_EQ(slurp(s / "empty/d.csv"), "4");
  EXPECT_EQ(s.entries(), 2u);
  EXPECT_EQ(pending_temporaries(), 0u);
}

TEST(Output, StaleTemporariesOfDeadRunsAreCleared) {
  Scratch s;
  std::ofstream(s / ".g.graphml.wngraph-tmp-999999999-abcdef") << "left by a killed run";
  std::ofstream(s / ".g.graphml.other") << "not ours";
  write_output(s / "g.graphml", "x");
  EXPECT_FALSE(fs::exists(s / ".g.graphml.wngraph-tmp-999999999-abcdef"));
  EXPECT_TRUE(fs::exists(s / ".g.graphml.other"));
}

TEST(Output, TemporariesGoWhenTheProcessIsStopped) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    TempDir tmp;
    std::ofstream(tmp.file("map.dot")) << "digraph {}";
    std::string p = tmp.path() + "\n";
    if (::write(fds[1], p.data(), p.size()) < 0) ::_exit(3);
    ::raise(SIGTERM);
    ::_exit(4);
  }
  ::close(fds[1]);
  char buf[4096] = {};
  ssize_t n = ::read(fds[0], buf, sizeof buf - 1);
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_GT(n, 1);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
  std::string path(buf, static_cast<size_t>(n) - 1);
  EXPECT_FALSE(fs::exists(path)) << path;
}

}  // namespace
}  // namespace wngraph::detail
