// Sources (feed, page and OPML URLs, local files and folders) -> notes in the
// store, one transaction per document. Entry point: collect(). Tested by
// tests/collect_check.py (a local HTTP server with saved feeds of each
// platform) and tests/collect_test.cc.
#include "wngraph/collect.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>

#include "collect/http.h"
#include "collect/opml.h"
#include "output.h"
#include "read/feed_reader.h"
#include "text.h"

namespace wngraph {
namespace {

// OPML lists may name OPML lists, this deep.
constexpr int kMaxOpmlDepth = 2;

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// `url` with its query's paged=N set (WordPress feeds' pages).
std::string with_page(const std::string& url, int page) {
  auto hash = url.find('#');
  std::string base = url.substr(0, hash);
  return base + (base.find('?') == std::string::npos ? "?" : "&") + "paged=" + std::to_string(page);
}

bool is_feed(Format f) {
  return f == Format::kRss || f == Format::kAtom;
}

// A listed file's size and modification time, as the store compares them
// (modified 0: unknown, never skipped).
LocalFile local_file(const InputFile& in, const std::string& reading) {
  LocalFile f;
  f.id = in.id;
  f.reading = reading;
  if (in.path == "-") return f;
  std::error_code ec;
  auto abs = std::filesystem::absolute(in.path, ec);
  f.path = ec ? in.path : abs.lexically_normal().string();
  auto size = std::filesystem::file_size(in.path, ec);
  if (ec) return f;
  auto time = std::filesystem::last_write_time(in.path, ec);
  if (ec) return f;
  f.bytes = static_cast<long long>(size);
  f.modified =
      static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count());
  if (f.modified == 0) f.modified = 1;  // a real time of 0 still compares
  return f;
}

class Collector {
 public:
  Collector(Store& store, const CollectOptions& options, const std::function<void(const std::string&)>& log,
            CollectReport& report)
      : store_(store), options_(options), log_(log), report_(report), http_(options.http) {}

  void source(const std::string& s, int depth) {
    ++report_.sources;
    try {
      if (detail::looks_like_url(s))
        url(s, depth);
      else
        local(s, depth);
    } catch (const Error& e) {
      report_.failed.push_back(e);
      say("failed: " + e.describe());
    }
  }

 private:
  struct Counts {
    size_t added = 0, updated = 0, unchanged = 0;
  };

  void say(const std::string& line) {
    if (log_) log_(line);
  }

  void opml(const std::string& content, const std::string& where, int depth) {
    if (depth >= kMaxOpmlDepth) throw Error("an OPML list inside OPML lists nested too deep", where);
    auto feeds = detail::read_opml(content, where);
    say(where + ": OPML list of " + std::to_string(feeds.size()) + " feeds");
    for (const auto& f : feeds) source(f, depth + 1);
  }

  void url(const std::string& u, int depth) {
    if (!detail::is_http_url(u)) throw Error("only http and https URLs are fetched", u);
    FetchState state = store_.fetch_state(u);
    detail::HttpResponse r = http_.get(u, state.etag, state.last_modified);
    if (r.status == 404 || r.status == 410) throw Error("HTTP " + std::to_string(r.status), u);
    if (r.status == 304) {
      ++report_.not_modified;
      say(u + ": not modified");
      if (!state.list.empty()) opml(state.list, u, depth);  // the feeds it lists still are
      return;
    }
    ++report_.fetched;
    if (detail::looks_like_opml(r.body)) {
      // Remembered once its feeds are collected: a bad list is not kept.
      opml(r.body, u, depth);
      store_.set_fetch_state(u, {r.etag, r.last_modified, r.body}, now_utc());
      return;
    }
    Format f = sniff_format(r.body, u);
    if (!is_feed(f)) {
      Counts c;
      StoreTransaction t(store_);
      put_document(r.body, read_document(r.body, u, options_.read), u, "", false, c);
      remember(u, r);
      t.commit();
      tell(u, c);
      return;
    }
    feed_pages(u, std::move(r), f);
  }

  // A feed and the pages after it, while they bring notes the store lacks.
  void feed_pages(const std::string& feed, detail::HttpResponse r, Format f) {
    std::string page_url = feed;
    Counts total;
    for (int page = 1;; ++page) {
      detail::FeedPage fp = detail::read_feed_page(r.body, page_url, f);
      Counts c;
      {
        StoreTransaction t(store_);
        put_document(r.body, read_document(r.body, page_url, options_.read), page_url, feed, false, c, &fp);
        remember(page_url, r);
        t.commit();
      }
      total.added += c.added;
      total.updated += c.updated;
      total.unchanged += c.unchanged;
      if (fp.items.empty() || c.added + c.updated == 0 || page >= options_.max_pages) break;
      std::string next = !fp.next.empty() ? fp.next : fp.wordpress ? with_page(feed, page + 1) : "";
      if (next.empty() || next == page_url) break;
      FetchState state = store_.fetch_state(next);
      r = http_.get(next, state.etag, state.last_modified);
      if (r.status == 304 || r.status == 404 || r.status == 410) break;  // nothing new, or past the last page
      ++report_.fetched;
      f = sniff_format(r.body, next);
      if (!is_feed(f)) throw Error("the next page of a feed is not a feed", next);
      page_url = next;
    }
    tell(feed, total);
  }

  void local(const std::string& path, int depth) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
      // Sniffed from its start: a note file is read below, as export reads
      // it (with its own size limit), not here.
      std::string head(size_t{64} << 10, '\0');
      std::ifstream in(path, std::ios::binary);
      head.resize(static_cast<size_t>(in.read(head.data(), static_cast<std::streamsize>(head.size())).gcount()));
      if (detail::looks_like_opml(head))
        return opml(detail::read_option_file(path, "cannot read OPML list"), path, depth);
    }
    ReadReport rr;
    Counts c;
    // A file stored before and unchanged since (size, modification time,
    // reader) is not read again: its notes count as unchanged.
    const std::string reading = reader_fingerprint(options_.read);
    const auto before = store_.local_files();
    std::map<std::string, LocalFile> stat;  // by InputFile::path
    auto skip = [&](const InputFile& in) {
      LocalFile& f = stat[in.path];
      f = local_file(in, reading);
      if (f.modified == 0) return false;  // no time to compare (standard input, an unstat-able file)
      auto it = before.find({f.path, f.id});
      if (it == before.end() || !f.same_as(it->second.first)) return false;
      c.unchanged += it->second.second;
      ++report_.files_unchanged;
      return true;
    };
    visit_inputs(
        {path}, options_.read, &rr,
        [&](const InputFile& in, std::string_view content, std::vector<Note>&& notes) {
          const LocalFile& f = stat[in.path];
          StoreTransaction t(store_);
          const size_t count = notes.size();
          if (!notes.empty()) {
            std::string source = notes.front().source;
            std::unique_ptr<detail::FeedPage> fp;
            Format fmt = sniff_format(content, source);
            if (is_feed(fmt)) fp = std::make_unique<detail::FeedPage>(detail::read_feed_page(content, source, fmt));
            put_document(content, std::move(notes), "", is_feed(fmt) ? source : "", true, c, fp.get());
          }
          if (f.modified != 0) store_.set_file(f, count);
          t.commit();
        },
        skip);
    for (const auto& e : rr.skipped) {
      say("skipped " + e.describe());
      report_.skipped.push_back(e);
    }
    tell(path, c);
  }

  // Stores the notes of one document. `items` (feeds) give each note its
  // GUID and its own markup; `in_order` keeps the document's order of notes
  // (local files, as read_inputs reads them).
  void put_document(std::string_view raw, std::vector<Note>&& notes, const std::string& url, const std::string& feed,
                    bool in_order, Counts& c, const detail::FeedPage* items = nullptr) {
    std::map<std::string, const detail::FeedItem*> by_id;
    if (items)
      for (const auto& it : items->items) by_id.emplace(it.id, &it);
    std::string fetched_at = now_utc();
    int seq = 0;
    for (auto& n : notes) {
      StoredNote sn;
      sn.key = n.id;
      sn.url = url;
      sn.feed = feed;
      sn.seq = in_order ? seq++ : 0;
      const detail::FeedItem* item = nullptr;
      for (std::string id = n.id; !item;) {  // a weeknote split from an item is "item-id#2"
        auto it = by_id.find(id);
        if (it != by_id.end()) item = it->second;
        auto cut = id.rfind('#');
        if (cut == std::string::npos) break;
        id.resize(cut);
      }
      if (item) {
        sn.guid = item->guid;
        if (!item->guid.empty()) sn.key = item->guid + n.id.substr(item->id.size());
        sn.raw = item->raw;
        if (detail::is_http_url(item->id)) sn.url = item->id;  // the item's own page
      } else {
        sn.raw = std::string(raw);
      }
      sn.note = std::move(n);
      switch (store_.put(sn, fetched_at)) {
        case Store::Change::kNew:
          ++c.added;
          break;
        case Store::Change::kUpdated:
          ++c.updated;
          break;
        case Store::Change::kUnchanged:
          ++c.unchanged;
          break;
      }
    }
  }

  void remember(const std::string& u, const detail::HttpResponse& r) {
    store_.set_fetch_state(u, {r.etag, r.last_modified, ""}, now_utc());
  }

  void tell(const std::string& where, const Counts& c) {
    report_.added += c.added;
    report_.updated += c.updated;
    report_.unchanged += c.unchanged;
    say(where + ": " + std::to_string(c.added) + " new, " + std::to_string(c.updated) + " updated, " +
        std::to_string(c.unchanged) + " unchanged");
  }

  Store& store_;
  const CollectOptions& options_;
  const std::function<void(const std::string&)>& log_;
  CollectReport& report_;
  detail::HttpClient http_;
};

}  // namespace

CollectReport collect(const std::vector<std::string>& sources, Store& store, const CollectOptions& options,
                      const std::function<void(const std::string&)>& log) {
  CollectReport report;
  Collector c(store, options, log, report);
  for (const auto& s : sources) c.source(s, 0);
  return report;
}

}  // namespace wngraph
