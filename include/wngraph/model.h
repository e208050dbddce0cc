// The ontology: entity types, relations and the evidence behind a relation,
// with their names and parsing. Everything downstream of extraction (the
// graph, analytics, exporters, maps) depends on this header alone.
#pragma once

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

// Where a relation was stated.
// `rules` are the ids of the rules that found it (docs/extraction.md); they
// are provenance, not identity: two pieces of evidence are the same when
// note, date and sentence are.
struct Evidence {
  std::string note_id;
  Date date;
  std::string sentence;
  std::vector<std::string> rules;  // sorted, unique
  bool operator<(const Evidence& o) const;
  bool operator==(const Evidence& o) const;
};

}  // namespace wngraph
