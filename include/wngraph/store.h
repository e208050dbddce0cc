// The store: a local SQLite corpus of collected notes (wngraph collect), and
// a cache of their extractions, so a weekly run extracts only what is new.
//
// Each note keeps its source URL, feed, GUID, author, date, title, the raw
// document and the extracted text, when it was fetched and its content hash.
// A note is known by its key (GUID, else its id); one whose content changed
// upstream is kept as a new version, and every reader sees the latest. The
// schema is versioned (PRAGMA user_version) and migrated on open; writes go
// in transactions, so an interrupted collect loses nothing already stored.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "wngraph/extract.h"
#include "wngraph/note.h"

struct sqlite3;

namespace wngraph {

// The store to use: `flag` (--store) when given, else $WNGRAPH_STORE, else
// wngraph.db in the current folder.
std::string default_store_path(const std::string& flag);

// A note as collected.
struct StoredNote {
  Note note;
  std::string key;   // what identifies it across collects: GUID, else note.id
  std::string url;   // where it was fetched ("" for a local file)
  std::string feed;  // the feed it came from ("" if none)
  std::string guid;  // RSS guid / Atom id ("" if none)
  std::string raw;   // the document as fetched or read (a feed's <item>)
  int seq = 0;       // position among the notes of its document
};

// Conditional-request validators kept per URL.
struct FetchState {
  std::string etag, last_modified;
  // An OPML list's body: what its feeds are when the server answers 304.
  std::string list;
};

// A local file as collect last read it: where, its size and modification
// time (ns since the epoch), and how it was read (reader_fingerprint()).
struct LocalFile {
  std::string path;  // absolute
  std::string id;    // the name its notes were given (relative to the input)
  long long bytes = 0, modified = 0;
  std::string reading;
  // Unchanged since `before`: same size, modification time and reading.
  bool same_as(const LocalFile& before) const {
    return bytes == before.bytes && modified == before.modified && reading == before.reading;
  }
};

// Where extractions are kept between runs (the store; tests use a map).
class ExtractionCache {
 public:
  virtual ~ExtractionCache() = default;
  // The extraction of `note` by extractor `extractor` (extractor_fingerprint()), if kept.
  virtual std::optional<NoteExtraction> find(const Note& note, const std::string& extractor) = 0;
  // Keeps extractions made by `extractor`.
  virtual void put(const std::vector<std::pair<const Note*, const NoteExtraction*>>& done,
                   const std::string& extractor) = 0;
};

class Store : public ExtractionCache {
 public:
  static constexpr int kSchemaVersion = 2;

  // Opens the store at `path`, creating it with `create`; migrates an older
  // schema. Throws Error naming the file: not a wngraph store, made by a
  // newer wngraph, missing (without `create`), or unreadable.
  Store(const std::string& path, bool create);
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  enum class Change { kNew, kUpdated, kUnchanged };
  // Adds a note: new, a new version of one whose title, author, date or text
  // changed, or unchanged (nothing written).
  Change put(const StoredNote& note, const std::string& fetched_at);

  // Every local file collected, by (path, id), with the number of notes
  // read from it then.
  std::map<std::pair<std::string, std::string>, std::pair<LocalFile, size_t>> local_files();
  // Records a collected file and the number of notes read from it.
  void set_file(const LocalFile& file, size_t notes);

  FetchState fetch_state(const std::string& url);
  void set_fetch_state(const std::string& url, const FetchState& state, const std::string& fetched_at);

  // The latest version of every note, in reading order: by source as a
  // folder walk orders paths, then position in the document, date and key.
  std::vector<Note> notes();
  // Counts: distinct notes, and versions of them.
  size_t note_count();
  size_t version_count();

  // All writes between begin() and commit() land together or not at all.
  void begin();
  void commit();
  void rollback();

  // ExtractionCache, keyed by the note's content hash.
  std::optional<NoteExtraction> find(const Note& note, const std::string& extractor) override;
  void put(const std::vector<std::pair<const Note*, const NoteExtraction*>>& done,
           const std::string& extractor) override;

  const std::string& path() const { return path_; }

 private:
  void exec(const char* sql);
  void migrate();
  std::string path_;
  sqlite3* db_ = nullptr;
};

// A transaction for a scope: rolled back unless committed.
class StoreTransaction {
 public:
  explicit StoreTransaction(Store& store) : store_(store) { store_.begin(); }
  ~StoreTransaction() {
    if (!done_) store_.rollback();
  }
  StoreTransaction(const StoreTransaction&) = delete;
  StoreTransaction& operator=(const StoreTransaction&) = delete;
  void commit() {
    store_.commit();
    done_ = true;
  }

 private:
  Store& store_;
  bool done_ = false;
};

// The content hash of a note: what identifies its text and metadata (the
// extraction cache's key, and what makes a new version).
std::string note_hash(const Note& note);

}  // namespace wngraph
