// Extraction: one Note -> the entities it names and the relations it states,
// each relation with the sentence it came from.
//
// Recognition is rule based and general: gazetteers (data/*.tsv, compiled in,
// extendable with user files), name heuristics (capitalised sequences, titles,
// "X from Y", lists) and type cue words ("... Board" is a Forum). Relations
// come from verb patterns over each sentence. "I", "we" and "my" are the author.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wngraph/model.h"
#include "wngraph/note.h"
#include "wngraph/rules.h"

namespace wngraph {

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
  // How often each rule matched in this note (wngraph rules).
  std::map<std::string, int> rule_matches;
  // Limits that applied ("sentence 12 names 800 entities; ..."), for the
  // caller to report with the note's name.
  std::vector<std::string> warnings;
};

struct ExtractOptions {
  // Extra gazetteer files (same TSV format as data/*.tsv), read after the
  // built-in ones; later entries win.
  std::vector<std::string> gazetteer_files;
  // Load the gazetteers compiled into the library.
  bool builtin_gazetteers = true;
  // Extra rules files (data/rules.txt's format), after the built-in rules.
  std::vector<std::string> rule_files;
  // Also emit weak `mentioned_with` edges between entities named in one
  // sentence with no stated relation. Off: they swamp the stakeholder map.
  bool mentioned_with = false;
  // A sentence naming more entities than this is a list, not statements:
  // its names are kept, its rules are not run (linear time on any input).
  size_t max_names_per_sentence = 200;
  // Everyone named at one meeting met everyone else there, up to this many
  // people: past it the "meeting" is a run of events under one forum's name
  // (a forum named in paragraph after paragraph), its people keep their
  // other facts and no pairs are inferred (a warning says so). Pairs grow
  // with the square of the group, so this also bounds time and memory.
  size_t max_meeting_people = 30;
  // The same for a sentence longer than this many bytes.
  size_t max_sentence_bytes = size_t{64} << 10;
  // A note longer than this is read in parts of at most this size, each on
  // its own (a warning says so): memory follows the part, not the note.
  // 0: no limit.
  size_t max_note_bytes = size_t{256} << 10;
  // Name for the author node when a note's metadata names no author; what
  // the note is follows (unnamed_author()).
  std::string unknown_author = "Author";
};

namespace detail {
class Lexicon;
}
// The gazetteers and word lists extraction consults (src/extract/lexicon.h). Load
// once, share freely: it is immutable.
using Lexicon = detail::Lexicon;
// Throws Error naming file:line for a malformed gazetteer line.
std::shared_ptr<const Lexicon> load_lexicon(const ExtractOptions& options = {});

// The rules a lexicon was loaded with.
const RuleSet& rules_of(const Lexicon& lexicon);

// How the rules see one sentence, for people writing rules: its items
// ("[Person Kay Brown] from [Organisation Made Tech]") after typing, then one
// line per rule that matches, with its slots. Used by `wngraph rules --sentence`.
std::vector<std::string> trace_sentence(const std::string& sentence, const Lexicon& lexicon);

// The author node's name for a note whose metadata names no author: `prefix`
// ("Author") of the note's origin (Note::origin: "Author of cio
// compilation", "Author of weeknote 2024-03-08"), else "of a weeknote".
std::string unnamed_author(const Note& note, const std::string& prefix);

// Names the extractor for a cache of extractions: the same string only for
// the same build of the extractor's code and data, the same --gazetteer and
// --rules files (by content) and the same options.
std::string extractor_fingerprint(const ExtractOptions& options);

// Entry point of the stage.
NoteExtraction extract(const Note& note, const Lexicon& lexicon, const ExtractOptions& options = {});

}  // namespace wngraph
