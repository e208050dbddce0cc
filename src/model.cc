// Names of entity types and relations, and orderings of the extraction model.
// Entry points: type_name(), relation_name(), parse_*(). Tested by tests/extract_test.cc.
#include <algorithm>
#include <iterator>
#include <ostream>
#include <tuple>
#include <unordered_map>

#include "wngraph/extract.h"

namespace wngraph {

const char* type_name(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kCouncil:
      return "Council";
    case EntityType::kOrganisation:
      return "Organisation";
    case EntityType::kTeam:
      return "Team";
    case EntityType::kProgramme:
      return "Programme";
    case EntityType::kForum:
      return "Forum";
  }
  return "?";
}

const char* relation_name(Relation r) {
  switch (r) {
    case Relation::kMetWith:
      return "met_with";
    case Relation::kPresentedTo:
      return "presented_to";
    case Relation::kMemberOf:
      return "member_of";
    case Relation::kLeads:
      return "leads";
    case Relation::kPartOf:
      return "part_of";
    case Relation::kPartnerOf:
      return "partner_of";
    case Relation::kAttended:
      return "attended";
    case Relation::kMentionedWith:
      return "mentioned_with";
  }
  return "?";
}

bool is_symmetric(Relation r) {
  return r == Relation::kMetWith || r == Relation::kPartnerOf || r == Relation::kMentionedWith;
}

std::vector<std::string> type_names() {
  std::vector<std::string> out;
  for (EntityType t : kEntityTypes) out.emplace_back(type_name(t));
  return out;
}

std::vector<std::string> relation_names() {
  std::vector<std::string> out;
  for (Relation r : kRelations) out.emplace_back(relation_name(r));
  return out;
}

std::optional<EntityType> parse_type(std::string_view name) {
  for (EntityType t : kEntityTypes)
    if (name == type_name(t)) return t;
  if (name == "Organization") return EntityType::kOrganisation;
  if (name == "Program") return EntityType::kProgramme;
  return std::nullopt;
}

std::optional<Relation> parse_relation(std::string_view name) {
  for (Relation r : kRelations)
    if (name == relation_name(r)) return r;
  return std::nullopt;
}

SharedText::SharedText(std::string text)
    : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}

const std::string& SharedText::empty_text() {
  static const std::string empty;
  return empty;
}

RuleIds::RuleIds(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.size() == 1)
    *this = one(ids[0]);
  else if (!ids.empty())
    ids_ = std::make_shared<const std::vector<std::string>>(std::move(ids));
}

RuleIds RuleIds::one(const std::string& id) {
  // Each extracting thread keeps its own lists: no lock, and a handful of
  // allocations per rule and thread instead of one per fact.
  thread_local std::unordered_map<std::string, RuleIds> made;
  auto it = made.find(id);
  if (it == made.end()) {
    RuleIds single;
    single.ids_ = std::make_shared<const std::vector<std::string>>(std::vector<std::string>{id});
    it = made.emplace(id, std::move(single)).first;
  }
  return it->second;
}

const std::vector<std::string>& RuleIds::list() const {
  static const std::vector<std::string> none;
  return ids_ ? *ids_ : none;
}

void RuleIds::add(const RuleIds& more) {
  if (more.empty() || more == *this) return;
  if (empty()) {
    *this = more;
    return;
  }
  std::vector<std::string> all;
  std::set_union(begin(), end(), more.begin(), more.end(), std::back_inserter(all));
  *this = RuleIds(std::move(all));
}

std::ostream& operator<<(std::ostream& out, const SharedText& text) {
  return out << text.str();
}

bool Evidence::operator<(const Evidence& o) const {
  return std::tie(date, note_id, sentence) < std::tie(o.date, o.note_id, o.sentence);
}
bool Evidence::operator==(const Evidence& o) const {
  return note_id == o.note_id && date == o.date && sentence == o.sentence;
}
bool Mention::operator<(const Mention& o) const {
  return std::tie(name, type, author) < std::tie(o.name, o.type, o.author);
}
bool Mention::operator==(const Mention& o) const {
  return name == o.name && type == o.type && author == o.author;
}

}  // namespace wngraph
