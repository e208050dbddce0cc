// NoteExtractions -> Resolution: mentions merged into entities, facts into
// assertions between entity indices, one note at a time. Entry points:
// Resolver (add() each note, then finish()) and resolve(). Tested by
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
#include <optional>
#include <sstream>
#include <unordered_map>

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

// What one name, as a note settles it, contributes to an entity. A note
// settles every name but a bare first name it cannot complete itself: that
// waits for all of its author's notes (kBare).
struct Proto {
  enum Kind : char { kAuthor, kNamed, kBare } kind = kNamed;
  bool mentioned = false;  // a mention (not only a fact) names it: it may become an entity
  bool written = false;    // a mention wrote `name` itself (not only other forms)
  uint32_t author = 0;     // kBare: whose notes complete it (index into State::authors)
  int plain = 0;           // mentions shown as the name itself
  std::string name;        // the author's name, the canonical name, or the bare first name
  size_t first = 0;        // sequence number of its first mention: ties go to the earliest
  std::array<int, std::size(kEntityTypes)> type_votes{};  // by EntityType
  std::vector<uint32_t> notes;                            // indices of its notes, ascending
  // What few names have, made when needed: a note listing 100,000 people
  // makes 100,000 protos.
  struct Forms {
    std::set<std::string> surfaces;       // forms as written, but `name`
    std::map<std::string, int> displays;  // text forms of a gazetteer name
  };
  std::unique_ptr<Forms> forms;
  Forms& more() {
    if (!forms) forms = std::make_unique<Forms>();
    return *forms;
  }
};

// An entity being built from the protos whose names share its key. Lean:
// a note listing 100,000 people makes 100,000 of them.
struct Pending {
  std::string name;
  // Text forms and how often each was shown, sorted by form; mostly one.
  std::vector<std::pair<std::string, int>> displays;
  std::array<int, std::size(kEntityTypes)> type_votes{};
  EntityType type = EntityType::kPerson;  // the decided type
  bool author = false;
  bool name_written = false;       // `name` is a form the notes wrote: an alias if another name wins
  size_t entity = SIZE_MAX;        // index into Resolution::entities
  size_t first = SIZE_MAX;         // the sequence number behind `name`
  std::set<std::string> surfaces;  // forms written, but `name`
  std::vector<uint32_t> notes;

  void shown(const std::string& form, int count) {
    auto it = std::lower_bound(displays.begin(), displays.end(), form,
                               [](const std::pair<std::string, int>& d, const std::string& f) { return d.first < f; });
    if (it != displays.end() && it->first == form)
      it->second += count;
    else
      displays.insert(it, {form, count});
  }
  int shown(const std::string& form) const {
    for (const auto& [d, c] : displays)
      if (d == form) return c;
    return 0;
  }
  void rename(const std::string& to) {
    if (name_written && to != name) surfaces.insert(name);
    if (to != name) name_written = false;
    name = to;
  }
};

}  // namespace

struct Resolver::State {
  Overrides overrides;
  std::map<std::string, std::string> forced;  // name_key(alias) -> canonical name
  std::set<std::string> forced_names;
  std::set<std::string> ignored;
  // First names that resolve to a full name, per author: filled by every
  // note that says both "Kay" and "Kay Brown".
  std::map<std::string, std::map<std::string, std::set<std::string>>> full_by_first;  // author -> first -> fulls
  std::unordered_map<std::string, uint32_t> proto_index;  // kind, author, name -> index into protos
  std::deque<Proto> protos;                               // grows by blocks: never copied whole
  std::vector<std::string> authors;                       // the notes' authors, as kBare protos name them
  std::unordered_map<std::string, uint32_t> author_index;
  std::vector<SharedText> note_ids;  // by note index
  std::deque<Assertion> assertions;  // source and target are proto indices until finish()
  size_t sequence = 0;

  uint32_t proto(Proto::Kind kind, const std::string& name, const std::string& author) {
    std::string key;
    key.reserve(name.size() + author.size() + 2);
    key += static_cast<char>('0' + kind);
    key += author;
    key += '\x1f';
    key += name;
    auto [it, added] = proto_index.emplace(std::move(key), static_cast<uint32_t>(protos.size()));
    if (added) {
      protos.emplace_back();
      protos.back().kind = kind;
      protos.back().name = name;
      if (kind == Proto::kBare) {
        auto [a, fresh] = author_index.emplace(author, static_cast<uint32_t>(authors.size()));
        if (fresh) authors.push_back(author);
        protos.back().author = a->second;
      }
    }
    return it->second;
  }

  // The proto a mention in note `n` names; nullopt when the user ignores it.
  std::optional<uint32_t> settle(const NoteExtraction& n,
                                 const std::map<std::string, std::set<std::string>>& local_fulls, const Mention& m) {
    if (m.author) return proto(Proto::kAuthor, m.name, "");
    if (!ignored.empty() || !forced.empty()) {  // the user's overrides, by the name's key (made only for them)
      const std::string key = name_key(m.name);
      if (ignored.count(key)) return std::nullopt;
      if (auto it = forced.find(key); it != forced.end()) return proto(Proto::kNamed, it->second, "");
    }
    std::string name = m.name;
    for (const auto& [acr, full] : n.acronyms)
      if (name == acr) name = full;
    if (m.type == EntityType::kPerson && single_word(name)) {
      // A bare "Kay" in a note that also says "Kay Brown" is Kay Brown;
      // with no full name in the note, the author's other notes decide.
      auto f = local_fulls.find(name);
      if (f == local_fulls.end()) return proto(Proto::kBare, name, n.author);
      if (f->second.size() == 1) name = *f->second.begin();
    }
    return proto(Proto::kNamed, name, "");
  }
};

Resolver::Resolver(const ResolveOptions& options) : s_(std::make_unique<State>()) {
  State& s = *s_;
  s.overrides = options.overrides;
  const Overrides& ov = s.overrides;
  for (const auto& [canon, aliases] : ov.merge)
    for (const auto& a : aliases) s.forced[name_key(a)] = canon;
  for (const auto& [from, to] : ov.rename) s.forced[name_key(from)] = to;
  // A chain (A -> B, B -> C) ends at its last name; load_overrides refused cycles.
  for (auto& [alias, canon] : s.forced)
    for (size_t steps = 0; steps < s.forced.size(); ++steps) {
      auto next = s.forced.find(name_key(canon));
      if (next == s.forced.end() || next->first == alias) break;
      canon = next->second;
    }
  for (const auto& [k, v] : s.forced) s.forced_names.insert(v);
  for (const auto& i : ov.ignore) s.ignored.insert(name_key(i));
}

Resolver::~Resolver() = default;
Resolver::Resolver(Resolver&&) noexcept = default;
Resolver& Resolver::operator=(Resolver&&) noexcept = default;

void Resolver::add(NoteExtraction&& n) {
  State& s = *s_;
  const auto note = static_cast<uint32_t>(s.note_ids.size());
  s.note_ids.emplace_back(n.note_id);
  // The note's full names by first name; with a bare first name beside
  // them, they tie it for all the author's notes.
  std::map<std::string, std::set<std::string>> local_fulls;
  std::set<std::string> bare;
  for (const auto& m : n.mentions) {
    if (m.type != EntityType::kPerson || m.author) continue;
    if (single_word(m.name))
      bare.insert(m.name);
    else
      local_fulls[m.name.substr(0, m.name.find(' '))].insert(m.name);
  }
  for (const auto& [first, fulls] : local_fulls)
    if (bare.count(first)) s.full_by_first[n.author][first].insert(fulls.begin(), fulls.end());

  for (const auto& m : n.mentions) {
    auto id = s.settle(n, local_fulls, m);
    if (!id) continue;
    Proto& p = s.protos[*id];
    if (!p.mentioned) p.first = s.sequence;
    ++s.sequence;
    p.mentioned = true;
    p.type_votes[static_cast<size_t>(m.type)]++;
    // The name itself is not stored per proto (one set entry per name
    // for a note listing 100,000 people): finish() adds it when written.
    for (const std::string* form : {&m.name, &m.surface}) {
      if (form->empty()) continue;
      if (*form == p.name)
        p.written = true;
      else
        p.more().surfaces.insert(*form);
    }
    if (m.display.empty())
      ++p.plain;
    else
      p.more().displays[m.display]++;
    if (p.notes.empty() || p.notes.back() != note) p.notes.push_back(note);
  }
  for (auto& f : n.facts) {
    auto a = s.settle(n, local_fulls, f.source), b = s.settle(n, local_fulls, f.target);
    if (!a || !b) continue;
    s.assertions.push_back({*a, f.relation, *b, std::move(f.evidence)});
  }
}

Resolution Resolver::finish() && {
  State& s = *s_;
  decltype(s.proto_index)().swap(s.proto_index);  // no more adds
  // Each proto's name, now that every note of every author is in, and its
  // entity's key. Worked out when needed, never stored for every proto.
  auto final_name = [&](const Proto& p) -> const std::string& {
    if (p.kind != Proto::kBare) return p.name;
    auto a = s.full_by_first.find(s.authors[p.author]);
    if (a == s.full_by_first.end()) return p.name;
    auto f = a->second.find(p.name);
    return f != a->second.end() && f->second.size() == 1 ? *f->second.begin() : p.name;
  };
  // Authors first, so a text mention of the author's name joins their node.
  std::set<std::string> author_keys;
  for (const auto& p : s.protos)
    if (p.kind == Proto::kAuthor && p.mentioned) author_keys.insert("author:" + name_key(p.name));
  auto key_of = [&](const Proto& p) {
    std::string base = name_key(final_name(p));
    return p.kind == Proto::kAuthor || author_keys.count("author:" + base) ? "author:" + base : base;
  };

  std::map<std::string, Pending> pending;                // key -> entity being built
  std::vector<Pending*> into(s.protos.size(), nullptr);  // each proto's entry; nodes of a map stay put
  for (size_t i = 0; i < s.protos.size(); ++i) {
    Proto& q = s.protos[i];
    if (!q.mentioned) continue;
    Pending& p = pending[key_of(q)];
    into[i] = &p;
    const std::string& name = final_name(q);
    const bool author = q.kind == Proto::kAuthor;
    // An author's node keeps the name of their first mention; any other
    // takes the longest name, the earliest of equals.
    if (author ? !p.author || q.first < p.first
               : !p.author && (p.name.empty() || p.name.size() < name.size() ||
                               (p.name.size() == name.size() && q.first < p.first))) {
      p.rename(name);
      p.first = q.first;
    }
    p.author |= author;
    for (size_t t = 0; t < q.type_votes.size(); ++t) p.type_votes[t] += q.type_votes[t];
    if (q.forms) {
      p.surfaces.merge(q.forms->surfaces);
      for (const auto& [d, c] : q.forms->displays) p.shown(d, c);
    }
    if (q.written) {
      if (q.name == p.name)
        p.name_written = true;
      else
        p.surfaces.insert(q.name);
    }
    if (q.plain) p.shown(name, q.plain);
    std::vector<uint32_t> merged;
    std::set_union(p.notes.begin(), p.notes.end(), q.notes.begin(), q.notes.end(), std::back_inserter(merged));
    p.notes = std::move(merged);
  }
  // A name only facts use joins an entity of its key, if there is one.
  for (size_t i = 0; i < s.protos.size(); ++i)
    if (!s.protos[i].mentioned)
      if (auto it = pending.find(key_of(s.protos[i])); it != pending.end()) into[i] = &it->second;
  std::deque<Proto>().swap(s.protos);

  const Overrides& ov = s.overrides;
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
    if (!p.author && !s.forced_names.count(p.name)) {
      static const RE2 style(R"(\b(Council|Borough|County|Corporation|Authority|LB|RB)\b)");
      std::string best = p.name;
      int n = p.shown(p.name);
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
  auto note_names = [&](const std::vector<uint32_t>& ids) {
    std::vector<SharedText> out;
    out.reserve(ids.size());
    for (uint32_t i : ids) out.push_back(s.note_ids[i]);
    return out;
  };
  auto by_text = [](const SharedText& a, const SharedText& b) { return a.str() < b.str(); };
  auto same_text = [](const SharedText& a, const SharedText& b) { return a.str() == b.str(); };
  r.entities.reserve(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    Pending& p = order[i].second->second;
    Entity e;
    e.key = std::move(order[i].first);
    // Two pending keys with one entity key (same slug, e.g. "Digital & Data"
    // and "Digital and Data"): the second joins the first.
    if (!r.entities.empty() && r.entities.back().key == e.key) {
      Entity& prev = r.entities.back();
      prev.aliases.merge(p.surfaces);
      if (p.name != prev.name) prev.aliases.insert(p.name);
      prev.aliases.erase(prev.name);
      auto more = note_names(p.notes);
      prev.notes.insert(prev.notes.end(), more.begin(), more.end());
      std::sort(prev.notes.begin(), prev.notes.end(), by_text);
      prev.notes.erase(std::unique(prev.notes.begin(), prev.notes.end(), same_text), prev.notes.end());
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
    e.notes = note_names(p.notes);
    std::sort(e.notes.begin(), e.notes.end(), by_text);
    e.notes.erase(std::unique(e.notes.begin(), e.notes.end(), same_text), e.notes.end());
    p.displays.clear();
    p.entity = r.entities.size();
    r.entities.push_back(std::move(e));
  }

  // Each proto's entity; a name only facts use, and no mention, has none.
  std::vector<size_t> entity(into.size(), SIZE_MAX);
  for (size_t i = 0; i < into.size(); ++i)
    if (into[i]) entity[i] = into[i]->entity;
  // The facts, rewritten in place: proto indices become entity indices.
  size_t kept = 0;
  for (auto& a : s.assertions) {
    size_t from = entity[a.source], to = entity[a.target];
    if (from == SIZE_MAX || to == SIZE_MAX || from == to) continue;
    if (is_symmetric(a.relation) && to < from) std::swap(from, to);
    s.assertions[kept++] = {from, a.relation, to, std::move(a.evidence)};
  }
  s.assertions.resize(kept);
  r.assertions = std::move(s.assertions);
  return r;
}

Resolution resolve(const std::vector<NoteExtraction>& notes, const ResolveOptions& options) {
  Resolver resolver(options);
  for (const auto& n : notes) resolver.add(NoteExtraction(n));
  return std::move(resolver).finish();
}

Resolution resolve(std::vector<NoteExtraction>&& notes, const ResolveOptions& options) {
  Resolver resolver(options);
  for (auto& n : notes) {
    resolver.add(std::move(n));
    n = NoteExtraction{};
  }
  return std::move(resolver).finish();
}

}  // namespace wngraph
