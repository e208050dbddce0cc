// Readers: files, folders and standard input -> Notes.
//
// The format is sniffed from the content (the extension only breaks ties):
// plain text, Markdown with YAML-style front matter, HTML pages, RSS 2.0 and
// Atom feeds. A text whose body holds several "Weeknote w/c ..." headings is
// split into one Note per weeknote. libxml2 is used with no network access,
// no DTD loading and no entity expansion.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "wngraph/error.h"
#include "wngraph/note.h"

namespace wngraph {

enum class Format { kText, kMarkdown, kHtml, kRss, kAtom };

const char* format_name(Format f);

struct ReadOptions {
  // Author for notes whose metadata names none ("" = leave empty).
  std::string default_author;
  // Author for every note, overriding metadata (the CLI's --author).
  std::string force_author;
  // Split texts holding several weeknotes into one Note each.
  bool split_weeknotes = true;
  // Drop a note whose text is identical to one already read (feeds and the
  // pages they link to often overlap; compilations repeat notes).
  bool drop_duplicates = true;
  // A file that cannot be read as notes (malformed, binary, too large, a
  // special file, a symbolic-link loop) is skipped and reported in
  // ReadReport; with `strict` it is an error instead.
  bool strict = false;
  // Files larger than this are skipped (reported), never read.
  size_t max_file_bytes = size_t{256} << 20;
};

// What read_inputs() read and what it skipped, and why.
struct ReadReport {
  size_t files = 0;            // files read as notes
  std::vector<Error> skipped;  // one per file skipped: file, line, what was wrong

  // One input file's outcome: counted when it was read (no `failure`);
  // else skipped with its reason, or the reason thrown when `strict`.
  // True when the file was read.
  bool count_file(const std::optional<Error>& failure, bool strict);
};

// Guesses the format of `content`; `path` (may be empty) only breaks ties.
Format sniff_format(std::string_view content, std::string_view path);

// Parses one document already in memory. `source` names it in Note ids and
// messages. Throws Error on malformed feeds.
std::vector<Note> read_document(std::string_view raw, const std::string& source, const ReadOptions& options = {});

// Reads every input: a file, a folder (recursively, in byte order of the
// paths, hidden files skipped) or "-" for standard input. Throws Error for
// missing paths and unreadable files.
std::vector<Note> read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options = {},
                              ReadReport* report = nullptr);

// A file to read as notes: `path` as the user can find it, `id` what its
// notes are named by (relative to the input given: "notes/2024-01.md"), and
// its size when listed. "-" is standard input.
struct InputFile {
  std::string path, id;
  size_t bytes = 0;
};
// The files the inputs name, without reading them: a folder's note files in
// path order. Throws Error for a missing path, a special file or a symbolic
// link loop named as an input; an unreadable sub-folder goes to `report`
// (an error with `strict`).
std::vector<InputFile> list_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                                   ReadReport* report);
// Reads one listed file (decoded, sniffed, split) into notes named by its
// id; `content_out` (may be null) gets the decoded document. Throws Error
// when it is not a note file (binary, special, too large, malformed).
std::vector<Note> read_input_file(const InputFile& file, const ReadOptions& options,
                                  std::string* content_out = nullptr);

// The walk read_inputs() makes, one document at a time: `visit` gets each
// file's decoded content and the notes read from it (ids relative to the
// input given), before empty notes and duplicates are dropped. `wngraph
// collect` stores documents this way.
// `skip` (may be empty) is asked first for each file: a file it skips is
// neither read nor visited nor counted.
using DocumentVisitor = std::function<void(const InputFile& file, std::string_view content, std::vector<Note>&& notes)>;
void visit_inputs(const std::vector<std::string>& inputs, const ReadOptions& options, ReadReport* report,
                  const DocumentVisitor& visit, const std::function<bool(const InputFile&)>& skip = {});

// What names the reading of a file: the readers' code and the options that
// change the notes read from it. Two readings with the same fingerprint
// read the same file into the same notes.
std::string reader_fingerprint(const ReadOptions& options);

// What read_inputs() keeps of the notes it reads, in reading order: notes
// with text, and with `drop_duplicates` the first of several with the same
// text (spacing aside). Shared by every source of notes (files, the store).
class NoteFilter {
 public:
  explicit NoteFilter(bool drop_duplicates) : drop_duplicates_(drop_duplicates) {}
  // Moves the notes kept to the end of `out`.
  void add(std::vector<Note>&& notes, std::vector<Note>& out);

 private:
  bool drop_duplicates_;
  std::set<std::string> seen_texts_;  // 128 bits of SHA-256 of each text kept
};

// Puts notes in reading order whatever order the inputs were named in: by
// source path as a folder walk orders files (element by element), the notes
// of one source in the order given. Stable.
void sort_by_source(std::vector<Note>& notes);
// The key sort_by_source() orders by.
std::string source_order_key(const std::string& source);

// Whether a folder walk reads a file of this name: not hidden, and with a
// note's extension (.txt, .md, .html, .xml, .rss, .atom...) or none.
bool is_note_file_name(std::string_view name);

// Parses a date in the forms weeknotes and feeds use: ISO 8601, RFC 822,
// "16 July 2018", "July 16, 2018", "2020 05 01", "w/c 2 March". Returns an
// empty Date when nothing is recognised.
Date parse_date(std::string_view input);

}  // namespace wngraph
