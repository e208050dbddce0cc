// URL -> HTTP response, by libcurl: one request at a time, politely, within
// limits (collect.h). Entry point: HttpClient::get(). Tested by
// tests/collect_check.py (a local server with every misbehaviour) and
// tests/collect_test.cc (schemes, Retry-After).
#include "collect/http.h"

#include <curl/curl.h>

#include <cctype>
#include <ctime>
#include <mutex>
#include <thread>

#include "text.h"

#ifndef WNGRAPH_VERSION
#define WNGRAPH_VERSION "0"
#endif

namespace wngraph::detail {
namespace {

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
  HttpResponse response;
  size_t max_bytes = 0;
  bool too_large = false;
  std::string retry_after;
};

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  if (t->response.body.size() + n > t->max_bytes) {
    t->too_large = true;
    return 0;  // aborts the transfer
  }
  t->response.body.append(data, n);
  return n;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  std::string line(data, n);
  if (line.rfind("HTTP/", 0) == 0) {  // a new response (after a redirect): forget the last one's
    t->response.etag.clear();
    t->response.last_modified.clear();
    t->retry_after.clear();
    return n;
  }
  auto colon = line.find(':');
  if (colon == std::string::npos) return n;
  std::string name = lower(line.substr(0, colon));
  std::string value = trim(line.substr(colon + 1));
  if (name == "etag") t->response.etag = value;
  if (name == "last-modified") t->response.last_modified = value;
  if (name == "retry-after") t->retry_after = value;
  return n;
}

// Retry-After: delay-seconds or an HTTP-date; -1 when absent or unreadable.
long retry_after_ms(const std::string& value) {
  if (value.empty()) return -1;
  if (value.find_first_not_of("0123456789") == std::string::npos)
    return value.size() > 9 ? -1 : std::stol(value) * 1000;
  time_t when = curl_getdate(value.c_str(), nullptr);
  if (when < 0) return -1;
  time_t now = std::time(nullptr);
  return when > now ? static_cast<long>(when - now) * 1000 : 0;
}

bool retryable(long status) {
  return status == 429 || (status >= 500 && status <= 599);
}

std::string scheme_of(const std::string& url) {
  auto colon = url.find("://");
  return colon == std::string::npos ? "" : lower(url.substr(0, colon));
}

std::string host_of(const std::string& url) {
  std::string host;
  CURLU* u = curl_url();
  char* h = nullptr;
  if (curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
      curl_url_get(u, CURLUPART_HOST, &h, 0) == CURLUE_OK) {
    host = h;
    curl_free(h);
  }
  curl_url_cleanup(u);
  return host;
}

std::string megabytes(size_t bytes) {
  return bytes >= (size_t{1} << 20) ? std::to_string(bytes >> 20) + " MB" : std::to_string(bytes >> 10) + " KB";
}

}  // namespace

bool looks_like_url(const std::string& source) {
  std::string scheme = scheme_of(source);
  return !scheme.empty() && std::all_of(scheme.begin(), scheme.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '+' || c == '-' || c == '.';
  });
}

bool is_http_url(const std::string& url) {
  std::string scheme = scheme_of(url);
  return scheme == "http" || scheme == "https";
}

HttpClient::HttpClient(HttpOptions options) : options_(std::move(options)) {
  global_init();
  curl_ = curl_easy_init();
  if (!curl_) throw Error("libcurl: cannot start");
  if (options_.user_agent.empty())
    options_.user_agent = std::string("wngraph/") + WNGRAPH_VERSION + " (+https://github.com/wngraph/wngraph)";
  sleep = [](std::chrono::milliseconds ms) { std::this_thread::sleep_for(ms); };
}

HttpClient::~HttpClient() {
  curl_easy_cleanup(static_cast<CURL*>(curl_));
}

void HttpClient::wait_for_host(const std::string& url) {
  auto it = last_request_.find(host_of(url));
  if (it == last_request_.end()) return;
  auto ready = it->second + std::chrono::milliseconds(options_.host_delay_ms);
  auto now = std::chrono::steady_clock::now();
  if (ready > now) sleep(std::chrono::duration_cast<std::chrono::milliseconds>(ready - now));
}

HttpResponse HttpClient::attempt(const std::string& url, const std::string& etag, const std::string& last_modified,
                                 long* retry_after) {
  auto* curl = static_cast<CURL*>(curl_);
  curl_easy_reset(curl);
  Transfer t;
  t.max_bytes = options_.max_bytes;
  char errbuf[CURL_ERROR_SIZE] = "";
  curl_slist* headers = nullptr;
  if (!etag.empty()) headers = curl_slist_append(headers, ("If-None-Match: " + etag).c_str());
  if (!last_modified.empty()) headers = curl_slist_append(headers, ("If-Modified-Since: " + last_modified).c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, options_.max_redirects);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, options_.connect_timeout_ms);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, options_.timeout_ms);
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_bytes));
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
  curl_easy_setopt(curl, CURLOPT_USERAGENT, options_.user_agent.c_str());
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
  CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  last_request_[host_of(url)] = std::chrono::steady_clock::now();

  switch (rc) {
    case CURLE_OK:
      break;
    case CURLE_OPERATION_TIMEDOUT:
      throw Error("timed out after " + std::to_string(options_.timeout_ms / 1000) + " s", url);
    case CURLE_TOO_MANY_REDIRECTS:
      throw Error("more than " + std::to_string(options_.max_redirects) + " redirects", url);
    case CURLE_FILESIZE_EXCEEDED:
      throw Error("larger than the limit of " + megabytes(options_.max_bytes) + " (--max-size)", url);
    case CURLE_UNSUPPORTED_PROTOCOL:
      throw Error("only http and https are fetched", url);
    case CURLE_WRITE_ERROR:
      if (t.too_large) throw Error("larger than the limit of " + megabytes(options_.max_bytes) + " (--max-size)", url);
      [[fallthrough]];
    default:
      throw Error(std::string("cannot fetch: ") + (*errbuf ? errbuf : curl_easy_strerror(rc)), url);
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &t.response.status);
  char* effective = nullptr;
  curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective);
  t.response.url = effective ? effective : url;
  char* type = nullptr;
  curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
  if (type) t.response.content_type = type;
  *retry_after = retry_after_ms(t.retry_after);
  return std::move(t.response);
}

HttpResponse HttpClient::get(const std::string& url, const std::string& etag, const std::string& last_modified) {
  if (!is_http_url(url)) throw Error("only http and https URLs are fetched", url);
  for (int tries = 0;; ++tries) {
    wait_for_host(url);
    long retry_after = -1;
    HttpResponse r = attempt(url, etag, last_modified, &retry_after);
    if ((r.status >= 200 && r.status < 300) || r.status == 304 || r.status == 404 || r.status == 410) return r;
    std::string status = "HTTP " + std::to_string(r.status);
    if (!retryable(r.status)) throw Error(status, url);
    if (tries >= options_.retries) throw Error(status + " after " + std::to_string(tries + 1) + " tries", url);
    long wait = options_.backoff_ms << std::min(tries, 16);
    if (retry_after >= 0) {
      if (retry_after > options_.max_retry_after_ms)
        throw Error(status + ", and the server asks to wait " + std::to_string(retry_after / 1000) +
                        " s, more than the limit of " + std::to_string(options_.max_retry_after_ms / 1000) + " s",
                    url);
      wait = std::max(wait, retry_after);
    }
    sleep(std::chrono::milliseconds(wait));
  }
}

}  // namespace wngraph::detail
