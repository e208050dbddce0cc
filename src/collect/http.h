// One HTTP GET at a time with libcurl, as polite and as safe as collect.h
// promises.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>

#include "wngraph/collect.h"

namespace wngraph::detail {

struct HttpResponse {
  long status = 0;  // 200, 304, ...
  std::string body;
  std::string url;  // after redirects
  std::string etag, last_modified, content_type;
};

class HttpClient {
 public:
  explicit HttpClient(HttpOptions options);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // GET `url`, conditional on the validators when given. Returns 2xx, 304,
  // 404 and 410 (gone: the end of a paged feed) responses; throws Error(url) for anything else (a refused scheme, a
  // network error, a timeout, too many redirects, a body over the cap, a
  // status >= 400 after the retries).
  HttpResponse get(const std::string& url, const std::string& etag = "", const std::string& last_modified = "");

  // How the client waits (tests count the waits instead of sleeping).
  std::function<void(std::chrono::milliseconds)> sleep;

 private:
  HttpResponse attempt(const std::string& url, const std::string& etag, const std::string& last_modified,
                       long* retry_after_ms);
  void wait_for_host(const std::string& url);
  HttpOptions options_;
  void* curl_ = nullptr;
  std::map<std::string, std::chrono::steady_clock::time_point> last_request_;
};

// Whether `url` is http or https (case-insensitive scheme).
bool is_http_url(const std::string& url);
// Whether `source` names a URL of any scheme ("ftp://...", "file:///...").
bool looks_like_url(const std::string& source);

}  // namespace wngraph::detail
