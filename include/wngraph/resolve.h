// Resolution: the mentions of many notes -> one entity per real-world thing.
//
// Merges "Kay" into "Kay Brown" when the same author's note makes it
// unambiguous, strips possessives and titles, merges acronyms defined in the
// text and council aliases, and applies a user's override file.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "wngraph/extract.h"

namespace wngraph {

struct Entity {
  std::string key;   // stable id, an XML NMTOKEN: "person:kay-brown"
  std::string name;  // canonical display name
  EntityType type = EntityType::kPerson;
  bool author = false;
  std::set<std::string> aliases;  // other surface forms seen
  std::vector<SharedText> notes;  // ids of the notes that mention it, sorted, unique
};

struct Assertion {
  size_t source = 0;  // index into Resolution::entities
  Relation relation = Relation::kMetWith;
  size_t target = 0;
  Evidence evidence;
};

struct Resolution {
  std::vector<Entity> entities;  // sorted by key
  // A deque: it grows by blocks, never copied whole to grow, and gives
  // its memory back block by block as build_graph() takes it.
  std::deque<Assertion> assertions;
};

// A user's corrections, read from JSON (--aliases FILE):
//   {"merge": {"Kay Brown": ["Kay", "K. Brown"]}, "rename": {"Cate": "Cate D"},
//    "ignore": ["Tune"], "types": {"HackIT": "Team"}}
struct Overrides {
  std::map<std::string, std::vector<std::string>> merge;
  std::map<std::string, std::string> rename;
  std::set<std::string> ignore;
  std::map<std::string, EntityType> types;
};

// Throws Error with file:line for malformed JSON or unknown type names.
Overrides load_overrides(const std::string& path);

struct ResolveOptions {
  Overrides overrides;
};

// The stage, one note at a time: each note's mentions are folded into the
// entities being built and its facts (their evidence moved) into the
// assertions, so memory holds those, never every note's extraction.
//   Resolver r(options);
//   for (...) r.add(std::move(extraction));
//   Resolution res = std::move(r).finish();
// The result is the same whatever the batches; it depends on the order of
// the notes only where two names tie (the earliest wins).
class Resolver {
 public:
  explicit Resolver(const ResolveOptions& options = {});
  ~Resolver();
  Resolver(Resolver&&) noexcept;
  Resolver& operator=(Resolver&&) noexcept;
  void add(NoteExtraction&& note);
  Resolution finish() &&;

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// Entry point of the stage, over notes in memory.
Resolution resolve(const std::vector<NoteExtraction>& notes, const ResolveOptions& options = {});
// The same, taking the extractions' facts as it goes (their evidence moves
// into the assertions): memory holds one copy, not two. The notes' facts
// are empty afterwards.
Resolution resolve(std::vector<NoteExtraction>&& notes, const ResolveOptions& options = {});

// Lower-case ASCII slug used in keys and ids: "Kay Brown" -> "kay-brown",
// "José" -> "jose", "🚀" -> "u1f680".
std::string slug(const std::string& name);

}  // namespace wngraph
