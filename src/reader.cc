// Files, folders, stdin -> Notes: sniffs each document's format and dispatches
// to the text/Markdown code here, html_reader or feed_reader, then splits
// compilations of weeknotes. Entry points: read_inputs(), read_document().
// Tested by tests/reader_test.cc.
#include "wngraph/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <re2/re2.h>
#include <set>
#include <sstream>

#include "feed_reader.h"
#include "html_reader.h"
#include "split.h"
#include "text.h"
#include "wngraph/error.h"

namespace wngraph {

namespace fs = std::filesystem;
using namespace detail;

const char* format_name(Format f) {
  switch (f) {
    case Format::kText: return "text";
    case Format::kMarkdown: return "markdown";
    case Format::kHtml: return "html";
    case Format::kRss: return "rss";
    case Format::kAtom: return "atom";
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
      fm.body_offset = (s.size() - t.size()) + end + 1;
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
  for (auto line : split(md, '\n')) {
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
      t = trim(t.substr(t.find_first_not_of('#')));
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
  if (el == "html" || el == "head" || el == "body" || el == "article" || el == "div" || el == "p")
    return Format::kHtml;
  if (!front_matter(content).fields.empty() || has_ext(path, {".md", ".markdown"})) return Format::kMarkdown;
  if (has_ext(path, {".html", ".htm"})) return Format::kHtml;
  static const RE2 md_hint(R"((^|\n)#{1,6} \S|\]\(https?://)");
  std::string_view head = content.substr(0, 4096);
  if (RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), md_hint)) return Format::kMarkdown;
  return Format::kText;
}

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
  return out;
}

std::vector<Note> read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options) {
  std::vector<Note> all;
  std::set<std::string> seen_texts;
  auto add = [&](std::vector<Note> notes) {
    for (auto& n : notes) {
      if (trim(n.text).empty()) continue;
      if (options.drop_duplicates && !seen_texts.insert(collapse_space(n.text)).second) continue;
      all.push_back(std::move(n));
    }
  };
  for (const auto& input : inputs) {
    if (input == "-") {
      std::string content((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      add(read_document(content, "-", options));
      continue;
    }
    fs::path p(input);
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) throw Error("no such file or folder", input);
    if (fs::is_directory(st)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (it->is_directory() && !name.empty() && name[0] == '.') {
          it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file() && is_note_file_name(it->path().filename().string())) files.push_back(it->path());
      }
      if (ec) throw Error("cannot list folder: " + lower(ec.message()), input);
      std::sort(files.begin(), files.end());
      for (const auto& f : files) add(read_document(read_file(f), f.string(), options));
    } else {
      add(read_document(read_file(p), p.string(), options));
    }
  }
  return all;
}

}  // namespace wngraph
