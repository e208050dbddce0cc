// Files, folders, stdin -> Notes: sniffs each document's format and dispatches
// to the text/Markdown code here, html_reader or feed_reader, then splits
// compilations of weeknotes. Entry points: read_inputs(), read_document().
// Tested by tests/reader_test.cc.
#include "wngraph/reader.h"

#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>

#include <re2/re2.h>
#include <unicode/ucnv.h>
#include <set>
#include <sstream>

#include "hash.h"
#include "read/feed_reader.h"
#include "read/html_reader.h"
#include "read/split.h"
#include "text.h"
#include "wngraph/error.h"

namespace wngraph {

namespace fs = std::filesystem;
using namespace detail;

const char* format_name(Format f) {
  switch (f) {
    case Format::kText:
      return "text";
    case Format::kMarkdown:
      return "markdown";
    case Format::kHtml:
      return "html";
    case Format::kRss:
      return "rss";
    case Format::kAtom:
      return "atom";
  }
  return "?";
}

namespace {

std::string_view skip_bom_and_space(std::string_view s) {
  if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

// Name of the first element of an XML/HTML document, lower-cased, skipping
// the prolog, comments and doctype. "" if the text does not start with markup.
std::string first_element(std::string_view s) {
  while (starts_with(s, "<")) {
    if (starts_with(s, "<?") || starts_with(s, "<!")) {
      size_t end = starts_with(s, "<!--") ? s.find("-->") : s.find('>');
      // A doctype with an internal subset ends at "]>", not its first '>'.
      size_t bracket = s.find('[');
      if (starts_with(s, "<!DOCTYPE") && bracket != std::string_view::npos && bracket < end) {
        end = s.find("]>");
        if (end == std::string_view::npos) return "";
        ++end;
      }
      if (end == std::string_view::npos) return "";
      if (starts_with(s, "<!") && lower(s.substr(0, 14)) == "<!doctype html") return "html";
      s = skip_bom_and_space(s.substr(end + 1));
      continue;
    }
    size_t end = s.find_first_of(" \t\r\n>/");
    return lower(s.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1));
  }
  return "";
}

bool has_ext(std::string_view path, std::initializer_list<const char*> exts) {
  std::string p = lower(path);
  for (const char* e : exts)
    if (ends_with(p, e)) return true;
  return false;
}

// YAML-style front matter: "key: value" lines between two "---" lines.
struct FrontMatter {
  std::map<std::string, std::string> fields;
  size_t body_offset = 0;
  int body_line = 1;
};

FrontMatter front_matter(std::string_view s) {
  FrontMatter fm;
  std::string_view t = s;
  if (starts_with(t, "\xEF\xBB\xBF")) t.remove_prefix(3);
  if (!starts_with(t, "---\n") && !starts_with(t, "---\r\n")) return fm;
  size_t pos = t.find('\n') + 1;
  int line = 2;
  while (pos < t.size()) {
    size_t end = t.find('\n', pos);
    if (end == std::string_view::npos) end = t.size();
    std::string l = trim(t.substr(pos, end - pos));
    if (l == "---" || l == "...") {
      // The closing line may end the file with no newline after it.
      fm.body_offset = (s.size() - t.size()) + std::min(end + 1, t.size());
      fm.body_line = line + 1;
      return fm;
    }
    size_t colon = l.find(':');
    if (colon != std::string::npos) {
      std::string value = trim(l.substr(colon + 1));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
      fm.fields[lower(trim(l.substr(0, colon)))] = value;
    }
    pos = end + 1;
    ++line;
  }
  return {};  // never closed: not front matter
}

// Markdown -> plain text paragraphs: markup removed, headings and list items
// kept as their own lines.
std::string markdown_to_text(std::string_view md, std::string* first_heading) {
  // RE2: linear time on any line, however long (std::regex recursed per
  // character and overflowed the stack on a 40 KB line).
  static const RE2 image(R"(!\[([^\]]*)\]\([^)]*\))");
  static const RE2 link(R"(\[([^\]]+)\]\([^)]*\))");
  static const RE2 ref_link(R"(\[([^\]]+)\]\[[^\]]*\])");
  static const RE2 emphasis(R"(\*\*([^*`]+?)\*\*|__([^*`]+?)__|\*([^*`]+?)\*|`([^*`]+?)`)");
  static const RE2 html_tag(R"(</?[A-Za-z][^>]*>)");
  static const RE2 link_def(R"(\[[^\]]+\]:\s*\S+.*)");
  static const RE2 list_item(R"(^([-*+]|\d+[.)])\s+)");
  std::string out;
  bool in_fence = false;
  for (const auto& line : split(md, '\n')) {
    std::string l = line;
    if (!l.empty() && l.back() == '\r') l.pop_back();
    std::string t = trim(l);
    if (starts_with(t, "```") || starts_with(t, "~~~")) {
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) continue;
    if (RE2::FullMatch(t, link_def)) continue;
    bool heading = starts_with(t, "#");
    if (heading) {
      size_t text_at = t.find_first_not_of('#');  // a line of only '#' is an empty heading
      t = text_at == std::string::npos ? "" : trim(t.substr(text_at));
      while (!t.empty() && t.back() == '#') t.pop_back();
      t = trim(t);
      if (first_heading && first_heading->empty()) *first_heading = t;
    }
    bool item = RE2::Replace(&t, list_item, "");
    if (item) t = "\xE2\x80\xA2 " + t;
    while (starts_with(t, ">")) t = trim(t.substr(1));
    if (t.find('[') != std::string::npos) {
      RE2::GlobalReplace(&t, image, "\\1");
      RE2::GlobalReplace(&t, link, "\\1");
      RE2::GlobalReplace(&t, ref_link, "\\1");
    }
    if (t.find_first_of("*_`") != std::string::npos) RE2::GlobalReplace(&t, emphasis, "\\1\\2\\3\\4");
    if (t.find('<') != std::string::npos) RE2::GlobalReplace(&t, html_tag, "");
    if (t.empty()) {
      if (!out.empty() && !ends_with(out, "\n\n")) out += "\n\n";
    } else {
      if (!out.empty() && !ends_with(out, "\n")) out += (heading || item) ? "\n\n" : " ";
      out += t;
      if (heading || item) out += "\n\n";
    }
  }
  return trim(out);
}

Note read_text_like(std::string_view content, const std::string& source, bool markdown) {
  Note n;
  n.source = source;
  n.id = source;
  FrontMatter fm = front_matter(content);
  std::string_view body = content.substr(fm.body_offset);
  n.first_line = fm.body_line;
  auto field = [&](const char* k) {
    auto it = fm.fields.find(k);
    return it == fm.fields.end() ? std::string() : it->second;
  };
  n.author = field("author");
  n.title = field("title");
  n.date = parse_date(field("date"));
  std::string heading;
  if (markdown) {
    n.text = markdown_to_text(body, &heading);
  } else {
    std::string b(body);
    b.erase(std::remove(b.begin(), b.end(), '\r'), b.end());
    n.text = trim(b);
  }
  // Plain text: the first line is the title, and often carries the date.
  size_t nl = n.text.find('\n');
  std::string first = trim(n.text.substr(0, nl));
  if (n.title.empty()) n.title = heading.empty() ? first : heading;
  if (n.date.empty()) {
    std::string head = n.text.substr(0, std::min<size_t>(n.text.size(), 200));
    n.date = parse_date(head.substr(0, head.find('\n', nl == std::string::npos ? 0 : nl + 1)));
  }
  return n;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error("cannot read file", p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error("cannot read file", p.string());
  return ss.str();
}

}  // namespace

bool is_note_file_name(std::string_view name) {
  if (name.empty() || name[0] == '.') return false;
  return has_ext(name, {".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".feed", ".text"}) ||
         fs::path(name).extension().empty();
}

Format sniff_format(std::string_view content, std::string_view path) {
  std::string_view s = skip_bom_and_space(content);
  std::string el = first_element(s);
  if (el == "rss" || el == "rdf:rdf") return Format::kRss;
  if (el == "feed") return Format::kAtom;
  if (el == "html" || el == "head" || el == "body" || el == "article" || el == "div" || el == "p") return Format::kHtml;
  if (!front_matter(content).fields.empty() || has_ext(path, {".md", ".markdown"})) return Format::kMarkdown;
  if (has_ext(path, {".html", ".htm"})) return Format::kHtml;
  static const RE2 md_hint(R"((^|\n)#{1,6} \S|\]\(https?://)");
  std::string_view head = content.substr(0, 4096);
  if (RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), md_hint)) return Format::kMarkdown;
  return Format::kText;
}

namespace {

// The runs of `s` between any of the `separators`, empty runs left out.
std::vector<std::string> words_of(std::string_view s, std::string_view separators) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find_first_of(separators, i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// A file name as words: no folder, no extension, no number or date, no run
// of 8 or more hex digits (a hash); '_', '-' and '.' as spaces. "" when
// nothing is left.
std::string file_name_words(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name == "-") return "";
  size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  std::vector<std::string> kept;
  for (auto& word : words_of(name, "_-. ")) {
    auto all = [&](int (*is)(int)) {
      return std::all_of(word.begin(), word.end(), [is](unsigned char c) { return is(c) != 0; });
    };
    bool number = all(isdigit), hash = word.size() >= 8 && all(isxdigit);
    if (!number && !hash) kept.push_back(std::move(word));
  }
  return join(kept, " ");
}

// Note::origin for the notes of one document.
std::string document_origin(const std::string& source, const std::vector<Note>& notes) {
  std::string file = file_name_words(source);
  if (!file.empty()) return file;
  std::optional<Date> first;
  for (const auto& n : notes)
    if (n.date.complete() && (!first || n.date < *first)) first = n.date;
  if (first) return (notes.size() == 1 ? "weeknote " : "weeknotes from ") + first->iso();
  // The first title's first words, whole, in quotation marks.
  std::vector<std::string> words = words_of(notes.empty() ? std::string_view() : notes.front().title, " ");
  if (words.empty()) return "";
  bool cut = words.size() > 8;
  words.resize(std::min<size_t>(words.size(), 8));
  return "\u201c" + join(words, " ") + (cut ? "\u2026" : "") + "\u201d";
}

}  // namespace

std::vector<Note> read_document(std::string_view raw, const std::string& source, const ReadOptions& options) {
  std::string repaired;
  std::string_view content = raw;
  if (!valid_utf8(raw)) {
    repaired = repair_utf8(raw);
    content = repaired;
  }
  std::vector<Note> notes;
  switch (Format f = sniff_format(content, source)) {
    case Format::kRss:
    case Format::kAtom:
      notes = read_feed(content, source, f);
      break;
    case Format::kHtml: {
      HtmlPage page = read_html(content, source);
      Note n;
      n.source = n.id = source;
      n.title = page.title;
      n.author = page.author;
      n.date = page.date;
      n.text = page.text;
      notes.push_back(std::move(n));
      break;
    }
    case Format::kMarkdown:
    case Format::kText:
      notes.push_back(read_text_like(content, source, f == Format::kMarkdown));
      break;
  }
  std::vector<Note> out;
  for (auto& n : notes) {
    // One spelling per name: NFD input ("e" + combining accent) becomes NFC.
    n.text = nfc(n.text);
    n.title = nfc(n.title);
    n.author = nfc(n.author);
    if (!options.force_author.empty()) n.author = nfc(options.force_author);
    if (n.author.empty()) n.author = options.default_author;
    if (options.split_weeknotes) {
      for (auto& part : split_weeknotes(n)) out.push_back(std::move(part));
    } else {
      out.push_back(std::move(n));
    }
  }
  std::string origin = document_origin(source, out);
  for (auto& n : out) n.origin = origin;
  return out;
}

namespace {

// Text with a UTF-16 or UTF-32 byte-order mark (either order) -> UTF-8, by
// ICU's converters (ill-formed units become U+FFFD); other text as is.
std::string decode_bom(std::string raw) {
  auto starts = [&](std::string_view bom) { return std::string_view(raw).substr(0, bom.size()) == bom; };
  const char* from = nullptr;
  size_t skip = 0;
  // UTF-32LE's mark begins like UTF-16LE's: test it first.
  if (starts(std::string_view("\xFF\xFE\0\0", 4)))
    from = "UTF-32LE", skip = 4;
  else if (starts(std::string_view("\0\0\xFE\xFF", 4)))
    from = "UTF-32BE", skip = 4;
  else if (starts("\xFF\xFE"))
    from = "UTF-16LE", skip = 2;
  else if (starts("\xFE\xFF"))
    from = "UTF-16BE", skip = 2;
  if (!from || raw.size() - skip > static_cast<size_t>(INT32_MAX / 2)) return raw;
  std::string_view in = std::string_view(raw).substr(skip);
  auto convert = [&](char* out, int32_t capacity, UErrorCode& err) {
    return ucnv_convert("UTF-8", from, out, capacity, in.data(), static_cast<int32_t>(in.size()), &err);
  };
  UErrorCode err = U_ZERO_ERROR;
  int32_t need = convert(nullptr, 0, err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return raw;
  std::string out(static_cast<size_t>(need), '\0');
  err = U_ZERO_ERROR;
  convert(out.data(), need, err);
  if (U_FAILURE(err)) return raw;
  return out;
}

// A binary file: a NUL byte in its first 8 KB (text with a UTF-16/32 BOM was
// decoded before this is asked).
bool looks_binary(const std::string& content) {
  return content.substr(0, 8192).find('\0') != std::string::npos;
}

bool under_system_folder(const fs::path& p) {
  std::error_code ec;
  std::string real = fs::weakly_canonical(fs::absolute(p, ec), ec).string();
  for (const char* dir : {"/proc/", "/sys/", "/dev/"})
    if (real.rfind(dir, 0) == 0) return true;
  return false;
}

// Why a path cannot be read as a note file, or "" when it can.
std::string unreadable(const fs::path& p, size_t max_bytes) {
  std::error_code ec;
  auto st = fs::status(p, ec);
  if (ec) {
    if (ec == std::errc::too_many_symbolic_link_levels) return "a loop of symbolic links";
    return "cannot read file: " + lower(ec.message());
  }
  if (under_system_folder(p)) return "a system file (/proc, /sys, /dev), not a note";
  if (fs::is_fifo(st) || fs::is_character_file(st) || fs::is_block_file(st) || fs::is_socket(st))
    return "a special file (FIFO, device or socket), not a note";
  if (!fs::is_regular_file(st)) return "not a regular file";
  auto size = fs::file_size(p, ec);
  if (!ec && size > max_bytes) return "larger than the limit of " + std::to_string(max_bytes >> 20) + " MB";
  return "";
}

}  // namespace

std::vector<InputFile> list_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                                   ReadReport* report) {
  ReadReport own;
  ReadReport& rep = report ? *report : own;
  std::vector<InputFile> out;
  for (const auto& input : inputs) {
    if (input == "-") {
      out.push_back({"-", "-", 0});
      continue;
    }
    fs::path p(input);
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) throw Error("a loop of symbolic links", input);
    if (ec || !fs::exists(st)) throw Error("no such file or folder", input);
    if (!fs::is_directory(st)) {
      std::string why = unreadable(p, options.max_file_bytes);
      if (!why.empty() && why.find("larger") == std::string::npos) throw Error(why, input);
      auto size = fs::file_size(p, ec);
      out.push_back({p.string(), p.filename().string(), ec ? 0 : static_cast<size_t>(size)});
      continue;
    }
    if (under_system_folder(p)) throw Error("a system folder (/proc, /sys, /dev), not notes", input);
    std::vector<fs::path> files;
    auto it = fs::recursive_directory_iterator(p, ec);
    if (ec) throw Error("cannot list folder: " + lower(ec.message()), input);
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        // An unreadable sub-folder: reported, the rest go on.
        rep.skipped.emplace_back("cannot list folder: " + lower(ec.message()), it->path().string());
        if (options.strict) throw rep.skipped.back();
        ec.clear();
        it.pop(ec);
        if (ec || it == fs::recursive_directory_iterator()) break;
        continue;
      }
      const std::string name = it->path().filename().string();
      std::error_code tec;
      bool dir = it->is_directory(tec);
      if (dir && !name.empty() && name[0] == '.') {
        it.disable_recursion_pending();
        continue;
      }
      if (dir) {
        if (::access(it->path().c_str(), R_OK | X_OK) != 0) {
          rep.skipped.emplace_back("cannot read folder", it->path().string());
          if (options.strict) throw rep.skipped.back();
          it.disable_recursion_pending();
        }
        continue;
      }
      if (is_note_file_name(name)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    fs::path root = fs::weakly_canonical(fs::absolute(p, ec), ec);
    std::string root_name = root.filename().string();
    if (root_name.empty()) root_name = root.parent_path().filename().string();
    // Notes are named relative to the input given ("notes/2024-01.md" for
    // notes/2024-01.md inside /home/me/notes), so outputs do not depend on
    // where the user stood; messages keep the path as the user gave it.
    for (const auto& f : files) {
      std::error_code sec;
      auto size = fs::file_size(f, sec);
      out.push_back({f.string(), (fs::path(root_name) / f.lexically_relative(p)).generic_string(),
                     sec ? 0 : static_cast<size_t>(size)});
    }
  }
  return out;
}

std::vector<Note> read_input_file(const InputFile& file, const ReadOptions& options, std::string* content_out) {
  std::string content;
  if (file.path == "-") {
    content = decode_bom(std::string((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>()));
  } else {
    fs::path f(file.path);
    std::string why = unreadable(f, options.max_file_bytes);
    if (!why.empty()) throw Error(why, file.path);
    content = decode_bom(read_file(f));
    if (looks_binary(content)) throw Error("a binary file, not a note", file.path);
  }
  auto notes = read_document(content, file.path, options);
  for (auto& n : notes) {
    if (n.id.compare(0, file.path.size(), file.path) == 0) n.id = file.id + n.id.substr(file.path.size());
    if (n.source == file.path) n.source = file.id;
  }
  if (content_out) *content_out = std::move(content);
  return notes;
}

void visit_inputs(const std::vector<std::string>& inputs, const ReadOptions& options, ReadReport* report,
                  const DocumentVisitor& visit, const std::function<bool(const InputFile&)>& skip) {
  ReadReport own;
  ReadReport& rep = report ? *report : own;
  for (const auto& file : list_inputs(inputs, options, &rep)) {
    if (skip && skip(file)) continue;
    std::string content;
    std::vector<Note> notes;
    std::optional<Error> failed;
    try {
      notes = read_input_file(file, options, &content);
    } catch (const Error& e) {
      failed = e;
    }
    if (rep.count_file(failed, options.strict)) visit(file, content, std::move(notes));
  }
}

bool ReadReport::count_file(const std::optional<Error>& failure, bool strict) {
  if (!failure) {
    ++files;
    return true;
  }
  if (strict) throw *failure;
  skipped.push_back(*failure);
  return false;
}

std::string source_order_key(const std::string& source) {
  std::string key = source;
  std::replace(key.begin(), key.end(), '/', '\x01');  // '/' before any other byte, as between path elements
  return key;
}

void sort_by_source(std::vector<Note>& notes) {
  std::vector<std::pair<std::string, size_t>> keys(notes.size());
  for (size_t i = 0; i < notes.size(); ++i) keys[i] = {source_order_key(notes[i].source), i};
  std::sort(keys.begin(), keys.end());  // the index breaks ties: stable
  std::vector<Note> out;
  out.reserve(notes.size());
  for (const auto& [key, i] : keys) out.push_back(std::move(notes[i]));
  notes = std::move(out);
}

void NoteFilter::add(std::vector<Note>&& notes, std::vector<Note>& out) {
  for (auto& n : notes) {
    if (trim(n.text).empty()) continue;
    // The text's hash, not the text: memory does not grow with the corpus.
    if (drop_duplicates_ && !seen_texts_.insert(detail::sha256_hex(collapse_space(n.text)).substr(0, 32)).second)
      continue;
    out.push_back(std::move(n));
  }
}

std::vector<Note> read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options, ReadReport* report) {
  std::vector<Note> all;
  NoteFilter filter(options.drop_duplicates);
  visit_inputs(inputs, options, report, [&](const InputFile&, std::string_view, std::vector<Note>&& notes) {
    filter.add(std::move(notes), all);
  });
  return all;
}

namespace detail {
extern const char* const kReaderHash;  // generated by cmake/source_hash.cmake
}

std::string reader_fingerprint(const ReadOptions& options) {
  detail::Sha256 h;
  h.field(WNGRAPH_VERSION).field(detail::kReaderHash);
  h.field(options.default_author).field(options.force_author).field(options.split_weeknotes ? 1 : 0);
  return h.hex();
}

}  // namespace wngraph
