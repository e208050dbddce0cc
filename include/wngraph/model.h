// The ontology: entity types, relations and the evidence behind a relation,
// with their names and parsing. Everything downstream of extraction (the
// graph, analytics, exporters, maps) depends on this header alone.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wngraph/note.h"

namespace wngraph {

enum class EntityType { kPerson, kCouncil, kOrganisation, kTeam, kProgramme, kForum };
enum class Relation {
  kMetWith,       // symmetric, Person-Person
  kPresentedTo,   // Person -> audience
  kMemberOf,      // Person -> Team/Council/Organisation/Forum
  kLeads,         // Person -> Team/Organisation/Programme/Forum/Council
  kPartOf,        // unit -> containing unit
  kPartnerOf,     // symmetric, organisation-like pair
  kAttended,      // Person -> Forum
  kMentionedWith  // symmetric, weak: named in one sentence, nothing more stated
};

constexpr EntityType kEntityTypes[] = {EntityType::kPerson, EntityType::kCouncil,   EntityType::kOrganisation,
                                       EntityType::kTeam,   EntityType::kProgramme, EntityType::kForum};
constexpr Relation kRelations[] = {Relation::kMetWith,  Relation::kPresentedTo,  Relation::kMemberOf,
                                   Relation::kLeads,    Relation::kPartOf,       Relation::kPartnerOf,
                                   Relation::kAttended, Relation::kMentionedWith};

const char* type_name(EntityType t);    // "Person", "Council", ...
const char* relation_name(Relation r);  // "met_with", ...
bool is_symmetric(Relation r);
// Every name above, in kEntityTypes / kRelations order.
std::vector<std::string> type_names();
std::vector<std::string> relation_names();
// Inverse of the two above; std::nullopt for an unknown name.
std::optional<EntityType> parse_type(std::string_view name);
std::optional<Relation> parse_relation(std::string_view name);

// An immutable string shared by all its copies: an evidence sentence is
// stored once however many facts, assertions and edges carry it (a
// 100,000-note graph held millions of copies). Reads as a const
// std::string&.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text);  // NOLINT(google-explicit-constructor): a string is a SharedText
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT(google-explicit-constructor)
  const std::string& str() const { return text_ ? *text_ : empty_text(); }
  operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
  const char* c_str() const { return str().c_str(); }
  size_t size() const { return str().size(); }
  bool empty() const { return str().empty(); }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.text_ == b.text_ || a.str() == b.str(); }
  friend bool operator!=(const SharedText& a, const SharedText& b) { return !(a == b); }
  friend bool operator<(const SharedText& a, const SharedText& b) { return a.text_ != b.text_ && a.str() < b.str(); }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const std::string& a, const SharedText& b) { return a == b.str(); }
  friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }
  friend bool operator!=(const SharedText& a, const std::string& b) { return a.str() != b; }
  friend bool operator!=(const SharedText& a, const char* b) { return a.str() != b; }
  friend std::string operator+(const std::string& a, const SharedText& b) { return a + b.str(); }
  friend std::string operator+(const SharedText& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const char* a, const SharedText& b) { return a + b.str(); }
  friend std::string operator+(const SharedText& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const SharedText& a, char b) { return a.str() + b; }

 private:
  static const std::string& empty_text();
  std::shared_ptr<const std::string> text_;
};
std::ostream& operator<<(std::ostream& out, const SharedText& text);

// The ids of the rules that found a piece of evidence: sorted, unique, and
// shared by every copy. Almost every piece names one rule, and one(id)
// hands out the same list for the same id, so millions of facts carry a
// pointer each, not a vector of strings.
class RuleIds {
 public:
  using const_iterator = std::vector<std::string>::const_iterator;
  using iterator = const_iterator;
  using value_type = std::string;

  RuleIds() = default;
  explicit RuleIds(std::vector<std::string> ids);  // sorts and de-duplicates; one id: one(id)
  static RuleIds one(const std::string& id);       // shared per id
  const std::vector<std::string>& list() const;
  const_iterator begin() const { return list().begin(); }
  const_iterator end() const { return list().end(); }
  size_t size() const { return list().size(); }
  bool empty() const { return list().empty(); }
  // The union with `more`.
  void add(const RuleIds& more);
  friend bool operator==(const RuleIds& a, const RuleIds& b) { return a.ids_ == b.ids_ || a.list() == b.list(); }
  friend bool operator!=(const RuleIds& a, const RuleIds& b) { return !(a == b); }

 private:
  std::shared_ptr<const std::vector<std::string>> ids_;
};

// Where a relation was stated.
// `rules` are the ids of the rules that found it (docs/extraction.md); they
// are provenance, not identity: two pieces of evidence are the same when
// note, date and sentence are.
struct Evidence {
  SharedText note_id;
  Date date;
  SharedText sentence;
  RuleIds rules;
  bool operator<(const Evidence& o) const;
  bool operator==(const Evidence& o) const;
};

}  // namespace wngraph
