// A SQLite file <-> collected notes, fetch validators and cached extractions.
// Entry point: Store. Tested by tests/store_test.cc and tests/collect_check.py.
#include "wngraph/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "hash.h"
#include "store/codec.h"
#include "wngraph/error.h"
#include "wngraph/reader.h"

namespace wngraph {
namespace {

// Each migration takes the schema from version i to i + 1, in one
// transaction. Never edit a released one: add the next.
const char* const kMigrations[] = {
    // 0 -> 1
    R"sql(
CREATE TABLE documents(
  hash TEXT PRIMARY KEY,
  raw BLOB NOT NULL);
CREATE TABLE notes(
  row INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  version INTEGER NOT NULL,
  note_id TEXT NOT NULL,
  source TEXT NOT NULL,
  seq INTEGER NOT NULL,
  url TEXT NOT NULL,
  feed TEXT NOT NULL,
  guid TEXT NOT NULL,
  author TEXT NOT NULL,
  origin TEXT NOT NULL,
  title TEXT NOT NULL,
  year INTEGER NOT NULL,
  month INTEGER NOT NULL,
  day INTEGER NOT NULL,
  first_line INTEGER NOT NULL,
  text TEXT NOT NULL,
  document TEXT REFERENCES documents(hash),
  fetched_at TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  UNIQUE(key, version));
CREATE TABLE fetches(
  url TEXT PRIMARY KEY,
  etag TEXT NOT NULL,
  last_modified TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  list BLOB);
CREATE TABLE extractions(
  note_hash TEXT NOT NULL,
  extractor TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY(note_hash, extractor));
CREATE VIEW latest_notes AS
  SELECT * FROM notes n WHERE version = (SELECT MAX(version) FROM notes WHERE key = n.key);
)sql",
    // 1 -> 2: local files as last read, so a collect reads only what changed.
    R"sql(
CREATE TABLE files(
  path TEXT NOT NULL,
  id TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  reading TEXT NOT NULL,
  notes INTEGER NOT NULL,
  PRIMARY KEY(path, id));
)sql",
};
constexpr int kMigrationCount = static_cast<int>(std::size(kMigrations));
static_assert(kMigrationCount == Store::kSchemaVersion, "one migration per schema version");

// What a reader of the note sees: title, author, date and text.
detail::Sha256& add_content(detail::Sha256& h, const Note& n) {
  return h.field(n.title).field(n.author).field(n.date.year).field(n.date.month).field(n.date.day).field(n.text);
}

// The hash that makes a new version: the content only.
std::string content_hash(const Note& n) {
  detail::Sha256 h;
  return add_content(h, n).hex();
}

// One prepared statement, finalized on every exit path.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql, const std::string& path) : db_(db), path_(path) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) fail();
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view text) {
    check(sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind_blob(int i, std::string_view bytes) {
    check(sqlite3_bind_blob(stmt_, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int i, long long v) {
    check(sqlite3_bind_int64(stmt_, i, v));
    return *this;
  }
  // True while there is a row.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail();
  }
  void run() {
    while (step()) {
    }
  }
  // Ready to run again with new values.
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
  }
  long long integer(int col) const { return sqlite3_column_int64(stmt_, col); }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) fail();
  }
  [[noreturn]] void fail() { throw Error(std::string("store: ") + sqlite3_errmsg(db_), path_); }
  sqlite3* db_;
  const std::string& path_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace

std::string default_store_path(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("WNGRAPH_STORE");
  return env && *env ? env : "wngraph.db";
}

std::string note_hash(const Note& n) {
  // The content, and what else extraction reads: names, origin, line.
  detail::Sha256 h;
  return add_content(h, n).field(n.id).field(n.source).field(n.origin).field(n.first_line).hex();
}

Store::Store(const std::string& path, bool create) : path_(path) {
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (!exists && !create) throw Error("no store here; run wngraph collect first, or name one with --store", path);
  if (exists && !std::filesystem::is_regular_file(path, ec)) throw Error("a store must be a regular file", path);
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw Error("cannot open store: " + why, path);
  }
  sqlite3_busy_timeout(db_, 10000);
  try {
    exec("PRAGMA foreign_keys = ON");
    // Write-ahead logging: a commit per document stays cheap, and readers
    // never block the collector.
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
    migrate();
  } catch (...) {
    sqlite3_close(db_);
    throw;
  }
}

Store::~Store() {
  sqlite3_close(db_);
}

void Store::exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    if (why == "file is not a database") throw Error("not a wngraph store (not an SQLite file)", path_);
    throw Error("store: " + why, path_);
  }
}

void Store::migrate() {
  long long version = 0;
  {
    Statement st(db_, "PRAGMA user_version", path_);
    if (st.step()) version = st.integer(0);
  }
  if (version > kSchemaVersion)
    throw Error("made by a newer wngraph (schema " + std::to_string(version) + ", this one knows up to " +
                    std::to_string(kSchemaVersion) + ")",
                path_);
  if (version == 0) {
    // A new store, or an SQLite file that is not one: only an empty file
    // may become a store.
    Statement st(db_, "SELECT count(*) FROM sqlite_master", path_);
    if (st.step() && st.integer(0) > 0) throw Error("not a wngraph store (an SQLite file with other tables)", path_);
  }
  for (; version < kSchemaVersion; ++version) {
    StoreTransaction t(*this);
    exec(kMigrations[version]);
    exec(("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
    t.commit();
  }
}

void Store::begin() {
  exec("BEGIN IMMEDIATE");
}
void Store::commit() {
  exec("COMMIT");
}
void Store::rollback() {
  sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

Store::Change Store::put(const StoredNote& note, const std::string& fetched_at) {
  const Note& n = note.note;
  std::string hash = content_hash(n);
  long long version = 0;
  {
    Statement st(db_, "SELECT version, content_hash FROM notes WHERE key = ? ORDER BY version DESC LIMIT 1", path_);
    st.bind(1, note.key);
    if (st.step()) {
      if (st.text(1) == hash) return Change::kUnchanged;
      version = st.integer(0);
    }
  }
  std::string document;
  if (!note.raw.empty()) {
    document = detail::sha256_hex(note.raw);
    Statement st(db_, "INSERT OR IGNORE INTO documents(hash, raw) VALUES (?, ?)", path_);
    st.bind(1, document).bind_blob(2, note.raw).run();
  }
  Statement st(db_,
               "INSERT INTO notes(key, version, note_id, source, seq, url, feed, guid, author, origin, title, year, "
               "month, day, first_line, text, document, fetched_at, content_hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?)",
               path_);
  st.bind(1, note.key).bind(2, version + 1).bind(3, n.id).bind(4, n.source).bind(5, static_cast<long long>(note.seq));
  st.bind(6, note.url).bind(7, note.feed).bind(8, note.guid).bind(9, n.author).bind(10, n.origin).bind(11, n.title);
  st.bind(12, static_cast<long long>(n.date.year)).bind(13, static_cast<long long>(n.date.month));
  st.bind(14, static_cast<long long>(n.date.day)).bind(15, static_cast<long long>(n.first_line));
  st.bind(16, n.text).bind(17, document).bind(18, fetched_at).bind(19, hash);
  st.run();
  return version == 0 ? Change::kNew : Change::kUpdated;
}

FetchState Store::fetch_state(const std::string& url) {
  Statement st(db_, "SELECT etag, last_modified, list FROM fetches WHERE url = ?", path_);
  st.bind(1, url);
  FetchState s;
  if (st.step()) {
    s.etag = st.text(0);
    s.last_modified = st.text(1);
    s.list = st.text(2);
  }
  return s;
}

void Store::set_fetch_state(const std::string& url, const FetchState& s, const std::string& fetched_at) {
  Statement st(db_,
               "INSERT OR REPLACE INTO fetches(url, etag, last_modified, fetched_at, list) "
               "VALUES (?, ?, ?, ?, NULLIF(?, ''))",
               path_);
  st.bind(1, url).bind(2, s.etag).bind(3, s.last_modified).bind(4, fetched_at).bind_blob(5, s.list).run();
}

std::map<std::pair<std::string, std::string>, std::pair<LocalFile, size_t>> Store::local_files() {
  Statement st(db_, "SELECT path, id, bytes, modified, reading, notes FROM files", path_);
  std::map<std::pair<std::string, std::string>, std::pair<LocalFile, size_t>> out;
  while (st.step()) {
    LocalFile f{st.text(0), st.text(1), st.integer(2), st.integer(3), st.text(4)};
    auto key = std::make_pair(f.path, f.id);
    out.emplace(std::move(key), std::make_pair(std::move(f), static_cast<size_t>(st.integer(5))));
  }
  return out;
}

void Store::set_file(const LocalFile& f, size_t notes) {
  Statement st(db_, "INSERT OR REPLACE INTO files(path, id, bytes, modified, reading, notes) VALUES (?, ?, ?, ?, ?, ?)",
               path_);
  st.bind(1, f.path).bind(2, f.id).bind(3, f.bytes).bind(4, f.modified).bind(5, f.reading);
  st.bind(6, static_cast<long long>(notes)).run();
}

std::vector<Note> Store::notes() {
  Statement st(db_,
               "SELECT note_id, source, title, author, origin, year, month, day, text, first_line, seq, key "
               "FROM latest_notes",
               path_);
  struct Row {
    std::string order;
    long long seq;
    std::string key;
    Note note;
  };
  std::vector<Row> rows;
  while (st.step()) {
    Row r;
    Note& n = r.note;
    n.id = st.text(0);
    n.source = st.text(1);
    n.title = st.text(2);
    n.author = st.text(3);
    n.origin = st.text(4);
    n.date.year = static_cast<int>(st.integer(5));
    n.date.month = static_cast<int>(st.integer(6));
    n.date.day = static_cast<int>(st.integer(7));
    n.text = st.text(8);
    n.first_line = static_cast<int>(st.integer(9));
    r.seq = st.integer(10);
    r.key = st.text(11);
    r.order = source_order_key(n.source);
    rows.push_back(std::move(r));
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.order != b.order) return a.order < b.order;
    if (a.seq != b.seq) return a.seq < b.seq;
    if (!(a.note.date == b.note.date)) return a.note.date < b.note.date;
    return a.key < b.key;
  });
  std::vector<Note> out;
  out.reserve(rows.size());
  for (auto& r : rows) out.push_back(std::move(r.note));
  return out;
}

size_t Store::note_count() {
  Statement st(db_, "SELECT count(DISTINCT key) FROM notes", path_);
  return st.step() ? static_cast<size_t>(st.integer(0)) : 0;
}

size_t Store::version_count() {
  Statement st(db_, "SELECT count(*) FROM notes", path_);
  return st.step() ? static_cast<size_t>(st.integer(0)) : 0;
}

std::optional<NoteExtraction> Store::find(const Note& note, const std::string& extractor) {
  Statement st(db_, "SELECT data FROM extractions WHERE note_hash = ? AND extractor = ?", path_);
  st.bind(1, note_hash(note)).bind(2, extractor);
  if (!st.step()) return std::nullopt;
  try {
    return detail::decode_extraction(st.text(0));
  } catch (const Error&) {
    return std::nullopt;  // a damaged entry is extracted again, and replaced
  }
}

void Store::put(const std::vector<std::pair<const Note*, const NoteExtraction*>>& done, const std::string& extractor) {
  if (done.empty()) return;
  StoreTransaction t(*this);
  Statement st(db_, "INSERT OR REPLACE INTO extractions(note_hash, extractor, data) VALUES (?, ?, ?)", path_);
  for (const auto& [note, extraction] : done) {
    st.bind(1, note_hash(*note)).bind(2, extractor).bind_blob(3, detail::encode_extraction(*extraction));
    st.run();
    st.reset();
  }
  t.commit();
}

}  // namespace wngraph
