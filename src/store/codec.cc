// NoteExtraction <-> bytes: every field, in declaration order, strings and
// counts as little-endian 32-bit lengths. Entry points: encode_extraction(),
// decode_extraction(). Tested by tests/store_test.cc (Codec cases).
#include "store/codec.h"

#include <cstdint>
#include <string_view>

#include "wngraph/error.h"

namespace wngraph::detail {
namespace {

constexpr char kFormat = 1;  // bump when the layout changes

class Writer {
 public:
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) out_ += static_cast<char>((v >> (8 * i)) & 0xFF);
  }
  void i32(int v) { u32(static_cast<uint32_t>(v)); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void date(const Date& d) {
    i32(d.year);
    i32(d.month);
    i32(d.day);
  }
  void mention(const Mention& m) {
    str(m.name);
    i32(static_cast<int>(m.type));
    i32(m.author ? 1 : 0);
    str(m.surface);
    str(m.display);
  }
  std::string out_{kFormat};
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {
    if (in_.empty() || in_[0] != kFormat) corrupt();
    pos_ = 1;
  }
  uint32_t u32() {
    if (in_.size() - pos_ < 4) corrupt();
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return v;
  }
  int i32() { return static_cast<int>(u32()); }
  // A count of items each at least `min_bytes` long: never more than the
  // bytes left could hold (a corrupt count cannot allocate gigabytes).
  size_t count(size_t min_bytes) {
    size_t n = u32();
    if (n > (in_.size() - pos_) / min_bytes) corrupt();
    return n;
  }
  std::string_view view() {
    size_t n = u32();
    if (in_.size() - pos_ < n) corrupt();
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string str() { return std::string(view()); }
  Date date() {
    Date d;
    d.year = i32();
    d.month = i32();
    d.day = i32();
    return d;
  }
  template <typename Enum>
  Enum enumerator(int count) {
    int v = i32();
    if (v < 0 || v >= count) corrupt();
    return static_cast<Enum>(v);
  }
  Mention mention() {
    Mention m;
    m.name = str();
    m.type = enumerator<EntityType>(static_cast<int>(std::size(kEntityTypes)));
    m.author = i32() != 0;
    m.surface = str();
    m.display = str();
    return m;
  }
  void end() const {
    if (pos_ != in_.size()) corrupt();
  }
  [[noreturn]] static void corrupt() { throw Error("corrupt cached extraction"); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace

std::string encode_extraction(const NoteExtraction& extraction) {
  Writer w;
  w.str(extraction.note_id);
  w.str(extraction.author);
  w.u32(static_cast<uint32_t>(extraction.mentions.size()));
  for (const auto& m : extraction.mentions) w.mention(m);
  w.u32(static_cast<uint32_t>(extraction.facts.size()));
  for (const auto& f : extraction.facts) {
    w.mention(f.source);
    w.i32(static_cast<int>(f.relation));
    w.mention(f.target);
    w.str(f.evidence.note_id.str());
    w.date(f.evidence.date);
    w.str(f.evidence.sentence.str());
    w.u32(static_cast<uint32_t>(f.evidence.rules.size()));
    for (const auto& r : f.evidence.rules) w.str(r);
  }
  w.u32(static_cast<uint32_t>(extraction.acronyms.size()));
  for (const auto& [a, b] : extraction.acronyms) {
    w.str(a);
    w.str(b);
  }
  w.u32(static_cast<uint32_t>(extraction.rule_matches.size()));
  for (const auto& [rule, n] : extraction.rule_matches) {
    w.str(rule);
    w.i32(n);
  }
  w.u32(static_cast<uint32_t>(extraction.warnings.size()));
  for (const auto& s : extraction.warnings) w.str(s);
  return std::move(w.out_);
}

NoteExtraction decode_extraction(std::string_view bytes) {
  Reader r(bytes);
  NoteExtraction x;
  x.note_id = r.str();
  x.author = r.str();
  size_t mentions = r.count(20);
  x.mentions.reserve(mentions);
  while (mentions--) x.mentions.push_back(r.mention());
  // Facts of one sentence (and every fact's note id) share one string.
  SharedText note_id, sentence;
  size_t facts = r.count(60);
  x.facts.reserve(facts);
  while (facts--) {
    Fact f;
    f.source = r.mention();
    f.relation = r.enumerator<Relation>(static_cast<int>(std::size(kRelations)));
    f.target = r.mention();
    std::string_view id = r.view();
    if (id != note_id.str()) note_id = std::string(id);
    f.evidence.note_id = note_id;
    f.evidence.date = r.date();
    std::string_view text = r.view();
    if (text != sentence.str()) sentence = std::string(text);
    f.evidence.sentence = sentence;
    std::vector<std::string> rules;
    for (size_t k = r.count(4); k--;) rules.push_back(r.str());
    f.evidence.rules = RuleIds(std::move(rules));
    x.facts.push_back(std::move(f));
  }
  for (size_t n = r.count(8); n--;) {
    std::string a = r.str();
    x.acronyms.emplace_back(std::move(a), r.str());
  }
  for (size_t n = r.count(8); n--;) {
    std::string rule = r.str();
    x.rule_matches[rule] = r.i32();
  }
  for (size_t n = r.count(4); n--;) x.warnings.push_back(r.str());
  r.end();
  return x;
}

}  // namespace wngraph::detail
