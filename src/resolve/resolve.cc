// NoteExtractions -> Resolution: mentions merged into entities, facts into
// assertions between entity indices. Entry point: resolve(). Tested by
// tests/resolve_test.cc.
#include "wngraph/resolve.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <re2/re2.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "output.h"
#include "text.h"
#include "wngraph/error.h"

namespace wngraph {

using namespace detail;

namespace {

// Latin-1 letters folded to ASCII for readable ids ("José" -> "jose").
const char* fold_latin1(unsigned cp) {
  static const char* table[] = {
      "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",   // U+00C0
      "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
      "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",   // U+00E0
      "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};  // U+00F0
  return cp >= 0xC0 && cp <= 0xFF ? table[cp - 0xC0] : nullptr;
}

}  // namespace

std::string slug(const std::string& name) {
  // Ids must be XML NMTOKENs (GraphML) and stable: ASCII letters and digits,
  // Latin-1 letters folded, any other code point as "u" + hex.
  std::string out;
  bool dash = false;
  auto emit = [&](const std::string& piece) {
    if (dash && !out.empty()) out += '-';
    out += piece;
    dash = false;
  };
  for (size_t i = 0; i < name.size();) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (std::isalnum(c)) {
        if (dash && !out.empty()) out += '-';
        out += static_cast<char>(std::tolower(c));
        dash = false;
      } else if (c == '&') {
        emit("and");
        dash = true;
      } else {
        dash = true;
      }
      ++i;
      continue;
    }
    size_t n = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    unsigned cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < n && i + k < name.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(name[i + k]) & 0x3F);
    i += n;
    if (const char* f = fold_latin1(cp)) {
      if (dash && !out.empty()) out += '-';
      out += f;
      dash = false;
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "u%x", cp);
      emit(buf);
      dash = true;
    }
  }
  return out;
}

namespace {

// The name every mention of the same thing shares, before type is settled.
std::string name_key(const std::string& name) {
  std::string s = lower(collapse_space(name));
  if (starts_with(s, "the ")) s = s.substr(4);
  return slug(s);
}

// Every name in the file is non-empty, and merges and renames lead somewhere:
// "A" -> "B" -> "A" would silently swap two entities' facts.
void check_overrides(const Overrides& o, const std::string& path) {
  auto nonempty = [&](const std::string& name, const char* where) {
    if (name_key(name).empty()) throw Error(std::string("empty name in '") + where + "'", path, 0, name);
  };
  std::map<std::string, std::pair<std::string, std::string>> to;  // key(alias) -> (alias, canonical)
  for (const auto& [canon, aliases] : o.merge) {
    nonempty(canon, "merge");
    for (const auto& a : aliases) {
      nonempty(a, "merge");
      if (name_key(a) != name_key(canon)) to[name_key(a)] = {a, canon};
    }
  }
  for (const auto& [from, dest] : o.rename) {
    nonempty(from, "rename");
    nonempty(dest, "rename");
    if (name_key(from) != name_key(dest)) to[name_key(from)] = {from, dest};
  }
  for (const auto& i : o.ignore) nonempty(i, "ignore");
  for (const auto& [name, t] : o.types) nonempty(name, "types");
  for (const auto& [start, entry] : to) {
    std::string chain = "'" + entry.first + "'";
    std::string at = start;
    for (size_t steps = 0; steps <= to.size(); ++steps) {
      auto it = to.find(at);
      if (it == to.end()) break;
      chain += " -> '" + it->second.second + "'";
      at = name_key(it->second.second);
      if (at == start) throw Error("merges and renames form a cycle: " + chain, path);
    }
  }
}

// Counts nesting while RapidJSON reads; stops the reader past kMaxDepth.
struct DepthGuard : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, DepthGuard> {
  static constexpr int kMaxDepth = 32;
  int depth = 0;
  bool too_deep = false;
  bool Default() { return true; }
  bool open() {
    too_deep = ++depth > kMaxDepth;
    return !too_deep;
  }
  bool StartObject() { return open(); }
  bool StartArray() { return open(); }
  bool EndObject(rapidjson::SizeType) { return --depth, true; }
  bool EndArray(rapidjson::SizeType) { return --depth, true; }
};

}  // namespace

Overrides load_overrides(const std::string& path) {
  std::string text = read_option_file(path, "cannot read aliases file");
  // Parsed without recursion (a deeply nested file cannot overflow the
  // stack), and refused past a nesting no aliases file needs.
  DepthGuard guard;
  rapidjson::Reader reader;
  rapidjson::StringStream stream(text.c_str());
  reader.Parse<rapidjson::kParseIterativeFlag>(stream, guard);
  if (guard.too_deep) {
    size_t off = reader.GetErrorOffset();
    throw Error("json nested deeper than " + std::to_string(DepthGuard::kMaxDepth) + " levels", path,
                line_of(text, off));
  }
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(text.c_str(), text.size());
  if (doc.HasParseError()) {
    size_t off = doc.GetErrorOffset();
    auto lines = split(text, '\n');
    int line = line_of(text, off);
    throw Error(std::string("malformed json: ") + lower(rapidjson::GetParseError_En(doc.GetParseError())), path, line,
                line - 1 < static_cast<int>(lines.size()) ? trim(lines[line - 1]) : "");
  }
  if (!doc.IsObject()) throw Error("aliases file must hold a json object", path);
  Overrides o;
  auto strings = [&](const rapidjson::Value& v, const char* what) {
    std::vector<std::string> out;
    if (v.IsString()) return std::vector<std::string>{v.GetString()};
    if (!v.IsArray()) throw Error(std::string("'") + what + "' must list strings", path);
    for (const auto& s : v.GetArray()) {
      if (!s.IsString()) throw Error(std::string("'") + what + "' must list strings", path);
      out.push_back(s.GetString());
    }
    return out;
  };
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    std::string key = it->name.GetString();
    const auto& v = it->value;
    if (key == "merge" && v.IsObject()) {
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) o.merge[m->name.GetString()] = strings(m->value, "merge");
    } else if (key == "rename" && v.IsObject()) {
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
        if (!m->value.IsString()) throw Error("'rename' values must be strings", path);
        o.rename[m->name.GetString()] = m->value.GetString();
      }
    } else if (key == "ignore") {
      for (auto& s : strings(v, "ignore")) o.ignore.insert(s);
    } else if (key == "types" && v.IsObject()) {
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
        std::string t = m->value.IsString() ? m->value.GetString() : "";
        auto type = parse_type(t);
        if (!type) {
          throw unknown_name("entity type", t, type_names(), path);
        }
        o.types[m->name.GetString()] = *type;
      }
    } else {
      throw unknown_name("key", key, {"merge", "rename", "ignore", "types"}, path);
    }
  }
  check_overrides(o, path);
  return o;
}

namespace {

bool single_word(const std::string& s) {
  return s.find(' ') == std::string::npos;
}

struct Pending {
  std::string name;
  std::map<std::string, int> displays;                    // text forms of a gazetteer name
  std::array<int, std::size(kEntityTypes)> type_votes{};  // by EntityType
  EntityType type = EntityType::kPerson;                  // the decided type
  size_t entity = SIZE_MAX;                               // index into Resolution::entities
  std::set<std::string> surfaces;
  std::set<std::string> notes;
  bool author = false;
};

}  // namespace

namespace {

// The stage, over notes it may take the facts of (`consume`: evidence is
// moved into the assertions and each note's facts freed once read, so the
// two are never whole in memory together). Without `consume` nothing in
// `notes` is changed.
Resolution resolve_notes(std::vector<NoteExtraction>& notes, const ResolveOptions& options, bool consume) {
  const Overrides& ov = options.overrides;
  std::map<std::string, std::string> forced;  // name_key(alias) -> canonical name
  for (const auto& [canon, aliases] : ov.merge)
    for (const auto& a : aliases) forced[name_key(a)] = canon;
  for (const auto& [from, to] : ov.rename) forced[name_key(from)] = to;
  // A chain (A -> B, B -> C) ends at its last name; load_overrides refused cycles.
  for (auto& [alias, canon] : forced)
    for (size_t steps = 0; steps < forced.size(); ++steps) {
      auto next = forced.find(name_key(canon));
      if (next == forced.end() || next->first == alias) break;
      canon = next->second;
    }
  std::set<std::string> forced_names;
  for (const auto& [k, v] : forced) forced_names.insert(v);
  std::set<std::string> ignored;
  for (const auto& i : ov.ignore) ignored.insert(name_key(i));

  // First names that resolve to a full name, per note and per author.
  // A bare "Kay" in a note that also says "Kay Brown" is Kay Brown; across an
  // author's notes only when the full name's own note also used the bare
  // first name (so "Paul" and "Paul Brewer" in different notes stay apart).
  std::map<std::string, std::map<std::string, std::set<std::string>>> full_by_first;  // author -> first -> fulls
  for (const auto& n : notes) {
    std::set<std::string> bare;
    for (const auto& m : n.mentions)
      if (m.type == EntityType::kPerson && !m.author && single_word(m.name)) bare.insert(m.name);
    for (const auto& m : n.mentions) {
      if (m.type != EntityType::kPerson || m.author || single_word(m.name)) continue;
      std::string first = m.name.substr(0, m.name.find(' '));
      if (bare.count(first)) full_by_first[n.author][first].insert(m.name);
    }
  }

  std::map<std::string, Pending> pending;  // name_key -> entity being built
  auto canonical = [&](const NoteExtraction& n, const Mention& m) -> std::optional<std::string> {
    std::string name = m.name;
    if (m.author) return name;
    if (ignored.count(name_key(name))) return std::nullopt;
    if (auto it = forced.find(name_key(name)); it != forced.end()) return it->second;
    for (const auto& [acr, full] : n.acronyms)
      if (name == acr) name = full;
    if (m.type == EntityType::kPerson && single_word(name)) {
      std::set<std::string> fulls;
      for (const auto& o : n.mentions)
        if (o.type == EntityType::kPerson && !o.author && starts_with(o.name, name + " ")) fulls.insert(o.name);
      if (fulls.empty()) {
        auto a = full_by_first.find(n.author);
        if (a != full_by_first.end())
          if (auto f = a->second.find(name); f != a->second.end()) fulls = f->second;
      }
      if (fulls.size() == 1) name = *fulls.begin();
    }
    return name;
  };

  auto add = [&](const NoteExtraction& n, const Mention& m) -> std::optional<std::string> {
    auto name = canonical(n, m);
    if (!name) return std::nullopt;
    std::string key = (m.author ? "author:" : "") + name_key(*name);
    if (!m.author && pending.count("author:" + key)) key = "author:" + key;  // the author named in the text
    Pending& p = pending[key];
    if (p.name.empty() || (p.name.size() < name->size() && !p.author)) p.name = m.author ? m.name : *name;
    p.author |= m.author;
    p.type_votes[static_cast<size_t>(m.type)]++;
    if (m.name != p.name) p.surfaces.insert(m.name);
    if (!m.surface.empty() && m.surface != p.name) p.surfaces.insert(m.surface);
    p.displays[m.display.empty() ? *name : m.display]++;
    p.notes.insert(n.note_id);
    return key;
  };

  // Authors first, so a text mention of the author's name joins their node.
  for (const auto& n : notes)
    for (const auto& m : n.mentions)
      if (m.author) add(n, m);
  for (const auto& n : notes)
    for (const auto& m : n.mentions)
      if (!m.author) add(n, m);

  Resolution r;
  // (entity key, pending entry): map nodes stay put, so pointers are safe.
  std::vector<std::pair<std::string, std::pair<const std::string, Pending>*>> order;
  order.reserve(pending.size());
  for (auto& entry : pending) {
    Pending& p = entry.second;
    EntityType type = EntityType::kPerson;
    if (!p.author) {
      int best = -1;
      for (EntityType t : kEntityTypes)
        if (p.type_votes[static_cast<size_t>(t)] > best) type = t, best = p.type_votes[static_cast<size_t>(t)];
    }
    if (auto it = ov.types.find(p.name); it != ov.types.end()) type = it->second;
    // Show the form the notes use most ("DMT", "Gov.Pay"; "Kingston" for
    // Kingston upon Thames). A council's styles ("Hackney Council", "London
    // Borough of Hackney") never become its name. A user's rename wins.
    if (!p.author && !forced_names.count(p.name)) {
      static const RE2 style(R"(\b(Council|Borough|County|Corporation|Authority|LB|RB)\b)");
      std::string best = p.name;
      int n = p.displays.count(p.name) ? p.displays[p.name] : 0;
      for (const auto& [d, c] : p.displays) {
        if (type == EntityType::kCouncil && RE2::PartialMatch(d, style)) continue;
        if (c > n || (c == n && d.size() > best.size())) best = d, n = c;
      }
      if (best != p.name) {
        p.surfaces.insert(p.name);
        p.name = best;
      }
    }
    std::string tn = type_name(type);
    order.emplace_back(lower(tn) + ":" + slug(p.name), &entry);
    p.type = type;
  }
  std::sort(order.begin(), order.end());
  r.entities.reserve(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    Pending& p = order[i].second->second;
    Entity e;
    e.key = order[i].first;
    // Two pending keys with one entity key (same slug, e.g. "Digital & Data"
    // and "Digital and Data"): the second joins the first.
    if (!r.entities.empty() && r.entities.back().key == e.key) {
      Entity& prev = r.entities.back();
      prev.aliases.merge(p.surfaces);
      if (p.name != prev.name) prev.aliases.insert(p.name);
      prev.notes.merge(p.notes);
      prev.author |= p.author;
      p.entity = r.entities.size() - 1;
      continue;
    }
    e.name = p.name;
    e.type = p.type;
    e.author = p.author;
    // Moved, not copied: from here on only pending's keys are read.
    e.aliases = std::move(p.surfaces);
    e.aliases.erase(e.name);
    e.notes = std::move(p.notes);
    p.displays.clear();
    p.entity = r.entities.size();
    r.entities.push_back(std::move(e));
  }

  // Sized once: growing by doubling would hold two copies at the peak.
  size_t facts = 0;
  for (const auto& n : notes) facts += n.facts.size();
  r.assertions.reserve(facts);
  for (auto& n : notes) {
    for (auto& f : n.facts) {
      auto a = canonical(n, f.source), b = canonical(n, f.target);
      if (!a || !b) continue;
      std::string ka = (f.source.author ? "author:" : "") + name_key(*a);
      std::string kb = (f.target.author ? "author:" : "") + name_key(*b);
      if (!f.source.author && pending.count("author:" + ka)) ka = "author:" + ka;
      if (!f.target.author && pending.count("author:" + kb)) kb = "author:" + kb;
      auto ia = pending.find(ka), ib = pending.find(kb);
      if (ia == pending.end() || ib == pending.end()) continue;
      size_t s = ia->second.entity, t = ib->second.entity;
      if (s == t) continue;
      if (is_symmetric(f.relation) && t < s) std::swap(s, t);
      r.assertions.push_back({s, f.relation, t, consume ? std::move(f.evidence) : f.evidence});
    }
    if (consume) std::vector<Fact>().swap(n.facts);
  }
  return r;
}

}  // namespace

Resolution resolve(const std::vector<NoteExtraction>& notes, const ResolveOptions& options) {
  // Not consumed: nothing is written through this reference.
  return resolve_notes(const_cast<std::vector<NoteExtraction>&>(notes), options, false);
}

Resolution resolve(std::vector<NoteExtraction>&& notes, const ResolveOptions& options) {
  return resolve_notes(notes, options, true);
}

}  // namespace wngraph
