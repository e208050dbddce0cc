// Extraction: one Note -> the entities it names and the relations it states,
// each relation with the sentence it came from.
//
// Recognition is rule based and general: gazetteers (data/*.tsv, compiled in,
// extendable with user files), name heuristics (capitalised sequences, titles,
// "X from Y", lists) and type cue words ("... Board" is a Forum). Relations
// come from verb patterns over each sentence. "I", "we" and "my" are the author.
#pragma once

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

constexpr EntityType kEntityTypes[] = {EntityType::kPerson,    EntityType::kCouncil,
                                       EntityType::kOrganisation, EntityType::kTeam,
                                       EntityType::kProgramme, EntityType::kForum};
constexpr Relation kRelations[] = {Relation::kMetWith,  Relation::kPresentedTo, Relation::kMemberOf,
                                   Relation::kLeads,    Relation::kPartOf,      Relation::kPartnerOf,
                                   Relation::kAttended, Relation::kMentionedWith};

const char* type_name(EntityType t);  // "Person", "Council", ...
const char* relation_name(Relation r);  // "met_with", ...
bool is_symmetric(Relation r);
// Inverse of the two above; std::nullopt for an unknown name.
std::optional<EntityType> parse_type(std::string_view name);
std::optional<Relation> parse_relation(std::string_view name);

// Where a relation was stated.
struct Evidence {
  std::string note_id;
  Date date;
  std::string sentence;
  bool operator<(const Evidence& o) const;
  bool operator==(const Evidence& o) const;
};

// An entity as one note names it. `name` is the surface form cleaned of
// possessives and honorific noise; resolution maps it to a canonical entity.
struct Mention {
  std::string name;
  EntityType type = EntityType::kPerson;
  bool author = false;  // the note's author ("I", "we", metadata)
  std::string surface;  // as written, when it differs from name (not compared)
  // The form the text uses for a gazetteer entity ("DMT" for the
  // Departmental Management Team); resolution shows the commonest one.
  std::string display;
  bool operator<(const Mention& o) const;
  bool operator==(const Mention& o) const;
};

struct Fact {
  Mention source;
  Relation relation;
  Mention target;
  Evidence evidence;
};

struct NoteExtraction {
  std::string note_id;
  std::string author;             // as the note names its author ("" = unknown)
  std::vector<Mention> mentions;  // every entity named, in order of first mention
  std::vector<Fact> facts;
  // Acronyms the text defines: {"HLT", "Hackney Learning Trust"}.
  std::vector<std::pair<std::string, std::string>> acronyms;
};

struct ExtractOptions {
  // Extra gazetteer files (same TSV format as data/*.tsv), read after the
  // built-in ones; later entries win.
  std::vector<std::string> gazetteer_files;
  // Load the gazetteers compiled into the library.
  bool builtin_gazetteers = true;
  // Also emit weak `mentioned_with` edges between entities named in one
  // sentence with no stated relation. Off: they swamp the stakeholder map.
  bool mentioned_with = false;
  // Name for the author node when a note's metadata names no author; the
  // source file's name is appended ("Author of notes.txt").
  std::string unknown_author = "Author";
};

namespace detail {
class Lexicon;
}
// The gazetteers and word lists extraction consults (src/lexicon.h). Load
// once, share freely: it is immutable.
using Lexicon = detail::Lexicon;
// Throws Error naming file:line for a malformed gazetteer line.
std::shared_ptr<const Lexicon> load_lexicon(const ExtractOptions& options = {});

// Entry point of the stage.
NoteExtraction extract(const Note& note, const Lexicon& lexicon,
                       const ExtractOptions& options = {});

}  // namespace wngraph
