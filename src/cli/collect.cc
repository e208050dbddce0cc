// `wngraph collect`: feed, page and OPML URLs, local files and folders ->
// notes in the store (collect.h, store.h). Entry point: collect_command().
// Tested by tests/collect_check.py (a local HTTP server) and tests/cli_test.cc.
#include <unistd.h>

#include <cmath>
#include <iostream>
#include <memory>

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/flags.h"
#include "wngraph/collect.h"
#include "wngraph/error.h"

namespace wngraph::cli {
namespace {

struct CollectFlags {
  std::vector<std::string> sources;
  std::string store;
  std::string author;
  double timeout_s = 60, connect_timeout_s = 15;
  double max_mb = 20;
  double delay_s = 1;
  int retries = 3;
  int max_pages = 50;
  bool strict = false;
};

void flags(CLI::App& sub, CollectFlags& f) {
  sub.add_option("sources", f.sources, "Feed, page or OPML URLs (http, https), OPML files, note files or folders")
      ->required();
  sub.add_option("--store", f.store, "The store to fill (default: $WNGRAPH_STORE, else wngraph.db)");
  sub.add_option("--author", f.author, "Author of the notes (overrides their metadata)");
  sub.add_option("--timeout", f.timeout_s, "Seconds a whole response may take")->capture_default_str();
  sub.add_option("--connect-timeout", f.connect_timeout_s, "Seconds to connect")->capture_default_str();
  sub.add_option("--max-size", f.max_mb, "Largest response kept, in MB")->capture_default_str();
  sub.add_option("--delay", f.delay_s, "Seconds between two requests to one host")->capture_default_str();
  sub.add_option("--retries", f.retries, "Retries on 429 and 5xx, with backoff")->capture_default_str();
  sub.add_option("--max-pages", f.max_pages, "Pages of one feed followed at most")->capture_default_str();
  sub.add_flag("--strict", f.strict, "Count a file in a folder that is not a note as a failure");
}

long milliseconds(const char* flag, double seconds, double most) {
  if (!std::isfinite(seconds) || seconds < 0 || seconds > most)
    throw Error(std::string(flag) + " must be a number of seconds from 0 to " + std::to_string(static_cast<int>(most)));
  return std::lround(seconds * 1000);
}

int run(const CollectFlags& f, const Context& context) {
  CollectOptions o;
  o.http.timeout_ms = std::max(1L, milliseconds("--timeout", f.timeout_s, 3600));
  o.http.connect_timeout_ms = std::max(1L, milliseconds("--connect-timeout", f.connect_timeout_s, 600));
  o.http.host_delay_ms = milliseconds("--delay", f.delay_s, 600);
  if (!std::isfinite(f.max_mb) || f.max_mb <= 0 || f.max_mb > 4096)
    throw Error("--max-size must be a number of MB from 0 to 4096");
  o.http.max_bytes = static_cast<size_t>(f.max_mb * (1 << 20));
  if (f.retries < 0 || f.retries > 20) throw Error("--retries must be from 0 to 20");
  if (f.max_pages < 1 || f.max_pages > 10000) throw Error("--max-pages must be from 1 to 10000");
  o.max_pages = f.max_pages;
  o.http.retries = f.retries;
  o.read.force_author = f.author;

  Store store(default_store_path(f.store), true);
  bool progress = context.verbosity >= 0 && (context.verbosity > 0 || ::isatty(STDERR_FILENO));
  CollectReport r = collect(f.sources, store, o, [&](const std::string& line) {
    if (progress) std::cerr << "wngraph: " << line << "\n";
  });
  for (const auto& e : r.failed)
    if (!progress) spdlog::warn("failed: {}", e.describe());
  for (const auto& e : r.skipped)
    if (!progress) spdlog::warn("skipped {}", e.describe());
  if (context.verbosity >= 0)
    std::cerr << "wngraph: collected " << r.sources << " source" << (r.sources == 1 ? "" : "s") << " into "
              << store.path() << ": " << r.added << " new notes, " << r.updated << " updated, " << r.unchanged
              << " unchanged"
              << (r.files_unchanged ? " (" + std::to_string(r.files_unchanged) +
                                          (r.files_unchanged == 1 ? " file" : " files") + " not read again)"
                                    : "")
              << ", " << r.not_modified << " not modified; " << r.failed.size() << " failed"
              << (r.skipped.empty() ? "" : ", " + std::to_string(r.skipped.size()) + " files skipped") << "; "
              << store.note_count() << " notes stored\n";
  bool failed = !r.failed.empty() || (f.strict && !r.skipped.empty());
  return failed ? kBadInput : kOk;
}

}  // namespace

Command collect_command() {
  auto f = std::make_shared<CollectFlags>();
  return {"collect", "Fetch feeds, pages and OPML lists (and read local notes) into the store, for weekly runs",
          [f](CLI::App& sub) { flags(sub, *f); }, [f](const Context& c) { return run(*f, c); }};
}

}  // namespace wngraph::cli
