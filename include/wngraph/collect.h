// Collecting: feeds, pages, OPML lists and local files -> the store.
//
//   wngraph collect https://example.org/feed/ subscriptions.opml notes/
//
// Fetching is libcurl's: http and https only, TLS verified, at most 5
// redirects, connect and total timeouts, a size cap per response, compressed
// transfer, conditional requests (ETag, Last-Modified), retries with backoff
// on 429 and 5xx honouring Retry-After, one request at a time with a polite
// delay per host, and feed pagination (Atom rel="next", WordPress ?paged=N).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "wngraph/error.h"
#include "wngraph/reader.h"
#include "wngraph/store.h"

namespace wngraph {

struct HttpOptions {
  long connect_timeout_ms = 15000;
  long timeout_ms = 60000;              // the whole transfer
  size_t max_bytes = size_t{20} << 20;  // per response
  long max_redirects = 5;
  int retries = 3;                   // after the first try, on 429 and 5xx
  long backoff_ms = 1000;            // first wait; doubles each retry
  long max_retry_after_ms = 120000;  // a longer Retry-After gives up
  long host_delay_ms = 1000;         // between two requests to one host
  std::string user_agent;            // "" = "wngraph/VERSION (+URL)"
};

struct CollectOptions {
  HttpOptions http;
  ReadOptions read;
  // Pages of one feed followed at most (a first collect of an old blog).
  int max_pages = 50;
};

struct CollectReport {
  size_t sources = 0;          // feeds, pages and files tried (OPML lists expanded)
  size_t fetched = 0;          // HTTP responses with a body
  size_t not_modified = 0;     // 304s
  size_t added = 0;            // notes new to the store
  size_t updated = 0;          // notes stored as a new version
  size_t unchanged = 0;        // notes already stored as they are
  size_t files_unchanged = 0;  // local files not read again: same size, time and reader as when stored
  std::vector<Error> failed;   // one per source that failed, with why
  std::vector<Error> skipped;  // files in a folder that are not notes (binary, special...)
};

// Collects every source into `store`: a feed URL, a page URL, an OPML file or
// URL listing feeds, or a local file or folder. A source that fails is
// reported in CollectReport::failed and the rest go on; each source's notes
// and validators are written in one transaction. `log` (may be empty) gets a
// line per source.
CollectReport collect(const std::vector<std::string>& sources, Store& store, const CollectOptions& options,
                      const std::function<void(const std::string&)>& log = {});

}  // namespace wngraph
