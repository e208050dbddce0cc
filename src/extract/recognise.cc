// Sentence -> Spans: gazetteer matches, capitalised runs typed by cue words and
// name shapes, lower-case forum names ("strategy show & tell"), quoted names.
// Entry point: detail::recognise(). Tested by tests/recognise_test.cc.
#include "extract/recognise.h"
#include "read/date.h"

#include <absl/strings/ascii.h>
#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>
#include <string_view>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/container/inlined_vector.h>

#include "text.h"
#include "text_hash.h"

namespace wngraph::detail {

using namespace std::string_view_literals;
namespace {

// A fixed list of words that all open with an ASCII capital, or all with a
// lower-case letter: a word opening otherwise is refused without hashing it,
// as most words asked about are.
class WordList {
 public:
  enum Opening { kCapital, kLower };
  WordList(Opening opening, std::initializer_list<std::string_view> words) : opening_(opening), words_(words) {
    for (std::string_view w : words)
      if (!opens(w)) throw std::logic_error("recogniser word list: '" + std::string(w) + "' opens otherwise");
  }
  bool has(std::string_view w) const { return opens(w) && words_.count(w) > 0; }

 private:
  bool opens(std::string_view w) const {
    if (w.empty()) return false;
    auto c = static_cast<unsigned char>(w[0]);
    return opening_ == kCapital ? absl::ascii_isupper(c) != 0 : absl::ascii_islower(c) != 0;
  }
  Opening opening_;
  absl::flat_hash_set<std::string_view, TextHash> words_;
};

bool is_word(const Token& t) {
  return t.kind == Token::kWord;
}
bool cap(const Token& t) {
  return is_word(t) && is_capitalised(t.text);
}
bool all_caps(std::string_view w) {
  return detail::all_caps(w, 2);
}

// Words of a title before a name: titles ("Cllr Steve Curran" -> "Steve
// Curran"), ranks of the police and the forces ("Chief Superintendent Dawn
// Ellis", "Sgt Amir Khan"), and the words that may open a rank. One lookup
// tells which a word is.
enum class TitleWord : uint8_t { kNone, kTitle, kRankOpener, kRank };
TitleWord title_word(std::string_view w) {
  static const absl::flat_hash_map<std::string_view, TitleWord, TextHash> words = [] {
    absl::flat_hash_map<std::string_view, TitleWord, TextHash> m;
    for (std::string_view x : {"Cllr", "Councillor", "Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "Sir",
                               "Dame", "Lord", "Lady", "Baroness", "Rev"})
      m.emplace(x, TitleWord::kTitle);
    for (std::string_view x : {"Chief", "Deputy", "Assistant", "Detective"}) m.emplace(x, TitleWord::kRankOpener);
    for (std::string_view x : {"Superintendent", "Inspector", "Sergeant", "Constable", "Commissioner", "Supt", "Insp",
                               "Sgt", "Colonel", "Lieutenant", "Brigadier"})
      m.emplace(x, TitleWord::kRank);
    return m;
  }();
  if (w.empty() || !absl::ascii_isupper(static_cast<unsigned char>(w[0]))) return TitleWord::kNone;
  auto it = words.find(w);
  return it == words.end() ? TitleWord::kNone : it->second;
}

// The token after a title that opens at i ("Cllr", "Chief Inspector"), or
// i when none does. A rank counts only before a given name.
template <typename GivenName>
size_t title_end(const std::vector<Token>& t, size_t i, const GivenName& given_name) {
  const TitleWord first = title_word(t[i].text);
  // (With its abbreviation's full stop: "Dr. Nina Shah", "Prof. Alan Brown".)
  if (first == TitleWord::kTitle) return i + 1 < t.size() && t[i + 1].text == "."sv ? i + 2 : i + 1;
  if (first == TitleWord::kNone) return i;
  size_t r = i;
  while (r < t.size() && r - i < 2 && title_word(t[r].text) == TitleWord::kRankOpener) ++r;
  if (r < t.size() && title_word(t[r].text) == TitleWord::kRank && r + 1 < t.size() && given_name(r + 1)) return r + 1;
  return i;
}

// A region: compass words before a place ("East London", "South West
// England", "Greater Manchester" when not a known body): no entity.
bool compass_place(const Lexicon& lex, const std::vector<Token>& t, size_t i, size_t e) {
  static const WordList compass(
      WordList::kCapital, {"North", "South", "East", "West", "Central", "Greater", "Inner", "Outer", "Mid", "Northern",
                           "Southern", "Eastern", "Western", "North-East", "North-West", "South-East", "South-West"});
  size_t k = i;
  while (k < e && compass.has(t[k].text)) ++k;
  if (k == i || k == e) return false;
  std::string rest;
  for (size_t j = k; j < e; ++j) {
    if (j > k) rest += ' ';
    rest += t[j].text;
  }
  // (A region that is itself a body, "West Berkshire", is in the gazetteer
  // and never reaches here.)
  const GazetteerEntry* g = lex.lookup(rest);
  return lex.place(rest) || (g && g->type == EntityType::kCouncil);
}

// A month beside a number ("11 June 21") or after a time word ("in June")
// is part of a date, not a person.
bool month_in_date(const std::vector<Token>& t, size_t i) {
  auto number = [&](size_t k) {
    return k < t.size() && !t[k].text.empty() && absl::ascii_isdigit(static_cast<unsigned char>(t[k].text[0]));
  };
  // "in June", "until May", "since April": a time word before it.
  static const WordList time_words(
      WordList::kLower, {"in", "by", "from", "until", "till", "since", "during", "early", "late", "mid", "next", "last",
                         "this", "before", "after", "throughout"});
  return month_number(t[i].text) != 0 &&
         ((i > 0 && number(i - 1)) || number(i + 1) || (i > 0 && time_words.has(t[i - 1].text) && !t[i].possessive));
}

// Codes of letters and digits ("S1 E3", "Q4", "M25"): an episode, a
// quarter, a road; never an entity.
bool code_word(std::string_view w) {
  size_t letters = 0;
  while (letters < w.size() && absl::ascii_isupper(static_cast<unsigned char>(w[letters]))) ++letters;
  if (letters == 0 || letters > 2 || letters == w.size()) return false;
  for (size_t k = letters; k < w.size(); ++k)
    if (!absl::ascii_isdigit(static_cast<unsigned char>(w[k]))) return false;
  return true;
}

// One word in camel case closed by an event word: "CSVConf", "LearnFest",
// also as a hashtag ("#UKGovCamp").
bool event_compound(std::string_view w) {
  if (!w.empty() && w[0] == '#') w.remove_prefix(1);
  for (std::string_view end : {"Conf", "Fest", "Camp", "Con", "Summit", "Jam"}) {
    if (w.size() < end.size() + 2 || w.compare(w.size() - end.size(), end.size(), end) != 0) continue;
    // Something before the suffix, itself starting with a capital: not "Falcon".
    return absl::ascii_isupper(static_cast<unsigned char>(w[0])) != 0;
  }
  return false;
}

// Letters after a person's name: "Simon Clarke MP", "Jo Bloggs OBE".
bool post_nominal(std::string_view w) {
  static const WordList s(WordList::kCapital,
                          {"MP", "MSP", "MS", "AM", "MEP", "MLA", "OBE", "MBE", "CBE", "KC", "QC", "PhD", "FRSA"});
  return s.has(w);
}

}  // namespace

bool is_role_word(std::string_view w) {
  static const WordList s(
      WordList::kCapital,
      {"Director",     "Directors",  "Head",       "Heads",       "Manager",     "Managers",    "Officer",
       "Officers",     "Designer",   "Lead",       "Leads",       "Champion",    "President",   "Vice",
       "Chair",        "Chairs",     "Executive",  "Exec",        "Member",      "Members",     "Leader",
       "Leaders",      "Mayor",      "Councillor", "Councillors", "CEO",         "CIO",         "CDO",
       "CTO",          "AD",         "Analyst",    "Architect",   "Developer",   "Engineer",    "Consultant",
       "Coordinator",  "Advisor",    "Adviser",    "Assistant",   "Deputy",      "Secretary",   "Minister",
       "Commissioner", "Controller", "Owner",      "Specialist",  "Cabinet",     "Chief",       "Principal",
       "Senior",       "Interim",    "Acting",     "Strategic",   "Researcher",  "Researchers", "Designers",
       "Developers",   "Engineers",  "Analysts",   "Architects",  "Consultants", "Servant",     "Servants",
       "Strategists",  "Writers",    "CDIO",       "COO",         "CFO",         "CISO",        "CPO",
       "CCIO",         "CNIO",       "CMIO",       "CEOs",        "CIOs",        "CDOs",        "CTOs",
       "CDIOs",        "CISOs",      "CFOs",       "SRO",         "SROs"});
  return s.has(w);
}

namespace {

enum class Cue { kNone, kForum, kTeam, kProgramme, kOrganisation, kCouncil, kDrop };

// Type signalled by the last word of a capitalised name ("Advisory Panel").
// One lookup: each word has the cue of the first list below that holds it.
Cue head_cue(std::string_view w) {
  static const absl::flat_hash_map<std::string_view, Cue, TextHash> cues = [] {
    absl::flat_hash_map<std::string_view, Cue, TextHash> m;
    const std::pair<Cue, std::vector<std::string_view>> lists[] = {
        {Cue::kForum,
         {"Board",     "Panel",     "Group",    "Committee",  "Forum",       "Network",  "Conference",   "Summit",
          "Awayday",   "Meetup",    "Camp",     "Awards",     "Masterclass", "Workshop", "Workshops",    "Hackathon",
          "Taskforce", "Authority", "Assembly", "Roundtable", "Festival",    "Week",     "Showcase",     "Meeting",
          "Expo",      "Webinar",   "Seminar",  "Symposium",  "Show",        "Roadshow", "Unconference", "Hackday",
          "Bootcamp",  "Fair",      "Practice", "Community",  "Guild"}},
        {Cue::kTeam,
         {"Team", "Teams", "Service", "Services", "Division", "Directorate", "Department", "Unit", "Squad", "Hub",
          "Libraries"}},
        {Cue::kProgramme,
         {"Programme",  "Program",  "Project",   "Platform", "Strategy",    "Plan",        "Initiative",
          "Fund",       "Review",   "Pilot",     "Portal",   "Framework",   "Scheme",      "Challenge",
          "Experience", "Journeys", "View",      "Tools",    "Declaration", "Marketplace", "System",
          "Tracker",    "App",      "Dashboard", "Finder",   "Checker"}},
        {Cue::kOrganisation,
         {"Ltd",        "Limited",     "LLP",     "plc",        "PLC",        "Trust",       "Association",
          "Foundation", "Institute",   "Agency",  "Ministry",   "Society",    "Partnership", "University",
          "College",    "Corporation", "Company", "Commission", "Alliance",   "Consortium",  "Federation",
          "Charity",    "Labs",        "Lab",     "Inc",        "Studio",     "Studios",     "Collective",
          "Digital",    "UK",          "Uni",     "Academy",    "Consulting", "Consultancy"}},
        {Cue::kCouncil, {"Council", "Borough"}},
        {Cue::kDrop, {"Act",   "Bill",       "Regulations", "Centre", "Center",  "Street",  "St",     "Road",
                      "Lane",  "Lido",       "Park",        "Bridge", "Station", "Airport", "Square", "Hall",
                      "House", "Building",   "Towers",      "Tower",  "Avenue",  "Day",     "Remix",  "Hour",
                      "Pub",   "Restaurant", "Hotel",       "Inn",    "Bakery",  "Town",    "Village"}},
    };
    for (const auto& [cue, words] : lists)
      for (std::string_view word : words) m.emplace(word, cue);
    return m;
  }();
  // Every cue opens with a capital but "plc".
  if (w.empty() || (!absl::ascii_isupper(static_cast<unsigned char>(w[0])) && w != "plc"sv)) return Cue::kNone;
  auto it = cues.find(w);
  return it == cues.end() ? Cue::kNone : it->second;
}

// The type a name's closing cue gives it: a council's cue names no council
// the gazetteers lack ("X Council": a parish or foreign body). None for no
// cue or a place's.
std::optional<EntityType> cue_type(Cue c) {
  switch (c) {
    case Cue::kForum:
      return EntityType::kForum;
    case Cue::kTeam:
      return EntityType::kTeam;
    case Cue::kProgramme:
      return EntityType::kProgramme;
    case Cue::kOrganisation:
    case Cue::kCouncil:
      return EntityType::kOrganisation;
    default:
      return std::nullopt;
  }
}

// Lower-case words after a name that type it ("HackIT team", "DMT sessions").
// `strip` cues describe the mention, not the name, and are left out of it.
struct LowerCue {
  EntityType type;
  bool strip;
};
std::optional<LowerCue> lower_cue(std::string_view w) {
  static const absl::flat_hash_map<std::string_view, LowerCue, TextHash> cues = {
      {"team", {EntityType::kTeam, true}},
      {"teams", {EntityType::kTeam, true}},
      {"division", {EntityType::kTeam, true}},
      {"service", {EntityType::kTeam, true}},
      {"directorate", {EntityType::kTeam, true}},
      {"department", {EntityType::kTeam, true}},
      {"unit", {EntityType::kTeam, true}},
      {"section", {EntityType::kTeam, true}},
      {"programme", {EntityType::kProgramme, true}},
      {"program", {EntityType::kProgramme, true}},
      {"project", {EntityType::kProgramme, true}},
      {"platform", {EntityType::kProgramme, true}},
      {"initiative", {EntityType::kProgramme, true}},
      {"microsite", {EntityType::kProgramme, false}},
      {"app", {EntityType::kProgramme, false}},
      {"meeting", {EntityType::kForum, true}},
      {"meetings", {EntityType::kForum, true}},
      {"mtg", {EntityType::kForum, true}},
      {"session", {EntityType::kForum, true}},
      {"sessions", {EntityType::kForum, true}},
      {"board", {EntityType::kForum, false}},
      {"panel", {EntityType::kForum, false}},
      {"group", {EntityType::kForum, false}},
      {"forum", {EntityType::kForum, false}},
      {"conference", {EntityType::kForum, false}},
      {"workshops", {EntityType::kForum, false}},
      {"workshop", {EntityType::kForum, false}},
      {"committee", {EntityType::kForum, false}},
      {"network", {EntityType::kForum, false}},
      {"awards", {EntityType::kForum, true}},
      {"event", {EntityType::kForum, true}},
      {"masterclass", {EntityType::kForum, false}},
      {"meetup", {EntityType::kForum, false}},
      {"meetups", {EntityType::kForum, false}},
      {"hackathon", {EntityType::kForum, false}},
      {"festival", {EntityType::kForum, false}},
      {"summit", {EntityType::kForum, false}},
      {"unconference", {EntityType::kForum, false}},
      {"awayday", {EntityType::kForum, false}},
      {"week", {EntityType::kForum, false}},
      {"day", {EntityType::kForum, false}},
      {"weekend", {EntityType::kForum, false}},
      {"celebrations", {EntityType::kForum, false}},
      {"expo", {EntityType::kForum, false}},
      {"webinar", {EntityType::kForum, false}},
      {"seminar", {EntityType::kForum, false}},
      {"symposium", {EntityType::kForum, false}},
      {"roundtable", {EntityType::kForum, false}},
      {"breakfast", {EntityType::kForum, false}},
      {"all-hands", {EntityType::kForum, false}},
      {"showcase", {EntityType::kForum, false}},
      {"showcases", {EntityType::kForum, false}}};
  if (w.empty() || !absl::ascii_islower(static_cast<unsigned char>(w[0])))
    return std::nullopt;  // every cue is lower case
  auto it = cues.find(w);
  if (it == cues.end()) return std::nullopt;
  return it->second;
}

// Lower-case nouns that close a forum name written all in lower case
// ("corporate resilience group", "strategy show & tell").
bool lower_forum_head(const std::vector<Token>& t, size_t i, size_t* len) {
  if (!is_word(t[i])) return false;
  const std::string_view w = t[i].text;
  // "the ICS digital design authority": a design authority is a board.
  if (w == "design"sv && i + 1 < t.size() && t[i + 1].text == "authority"sv) {
    *len = 2;
    return true;
  }
  // Every other head is 4, 5, 9 or 11 bytes: most words are refused here.
  if (w.size() != 4 && w.size() != 5 && w.size() != 9 && w.size() != 11) return false;
  // ... and opens with one of these letters.
  if (std::string_view("sgbpcfm").find(w[0]) == std::string_view::npos) return false;
  if (w == "show"sv && i + 2 < t.size() && (t[i + 1].text == "&"sv || t[i + 1].text == "and"sv) &&
      t[i + 2].text == "tell"sv) {
    *len = 3;
    return true;
  }
  if (w == "community"sv && i + 2 < t.size() && t[i + 1].text == "of"sv && t[i + 2].text == "practice"sv) {
    *len = 3;
    return true;
  }
  if (w == "group"sv || w == "board"sv || w == "panel"sv || w == "committee"sv || w == "forum"sv ||
      w == "masterclass"sv || w == "guild"sv) {
    *len = 1;
    return true;
  }
  return false;
}

// Kinds of event that name one in lower case only after their host's
// possessive: "the LGA's digital conference", "the Partnership's digital
// nursing network" (not "the corporate network").
bool lower_event_head(const Token& w) {
  static const WordList s(WordList::kLower, {"conference", "summit", "meetup", "festival", "hackathon", "showcase",
                                             "roadshow", "network", "roundtable", "breakfast", "webinar", "seminar",
                                             "symposium", "event", "workshop", "briefing"});
  return is_word(w) && s.has(w.text);
}

// A café, shop, pub or hotel named before its kind ("the Koko Coffee shop",
// "the Crown pub"), or a public building by its town ("Dewsbury library",
// "Truro station"): a place to meet, not a body in the author's work.
bool venue(const std::vector<Token>& t, size_t e) {
  // Through the rest of the venue's name: "Koko Coffee & Design shop".
  for (size_t k = e; k < t.size() && k < e + 3 && (t[k].text == "&"sv || is_capitalised(t[k].text)); ++k) e = k + 1;
  if (e >= t.size() || !is_word(t[e])) return false;
  // Each kind opens with one of these letters: most words are refused here.
  if (t[e].text.size() < 3 || std::string_view("cspbhrlmg").find(t[e].text[0]) == std::string_view::npos) return false;
  static const WordList s(WordList::kLower, {"cafe", "café", "shop", "pub", "restaurant", "hotel", "bar", "bakery",
                                             "coffeeshop", "library", "station", "museum", "gallery", "market"});
  return s.has(t[e].text);
}

// Words that describe a team rather than name it ("the whole team").
bool generic_team_word(std::string_view w) {
  static const WordList s(
      WordList::kLower, {"whole",     "wider",    "core",      "extended",   "entire",    "great",        "amazing",
                         "brilliant", "lovely",   "small",     "big",        "fantastic", "hard-working", "hardworking",
                         "same",      "other",    "full",      "trusty",     "trusted",   "wonderful",    "excellent",
                         "awesome",   "talented", "dedicated", "incredible", "superb",    "fabulous",     "in-house",
                         "internal",  "local",    "project",   "partner",    "partners",  "client",       "supplier"});
  return s.has(w);
}

// Words that say what kind of group a group is, not which: "the steering
// group", "the executive board" name no forum (ONTOLOGY.md); "the
// apprenticeship steering group" does.
bool generic_forum_word(std::string_view w) {
  // (A panel that interviews or evaluates is a task's, not a named forum:
  // "the interview panel", "the evaluation panel".)
  static const WordList s(WordList::kLower,
                          {"steering", "executive", "leadership", "management", "project", "programme", "working",
                           "advisory", "senior", "project's", "interview", "interviewing", "recruitment", "hiring",
                           "selection", "evaluation", "assessment", "shortlisting", "judging"});
  return s.has(w) || generic_team_word(w);
}

// Verbs that open a GOV.UK-style service's name: "Find a School".
bool service_verb(std::string_view w) {
  static const WordList s(WordList::kCapital, {"Find", "Apply",  "Check",   "Get",   "Register", "Report", "Book",
                                               "Pay",  "Renew",  "Request", "Claim", "Manage",   "View",   "Tell",
                                               "Buy",  "Search", "Prove",   "Sign",  "Submit",   "Access"});
  return s.has(w);
}

// Kinds of body that open a body's name: "Centre for Public Impact".
bool body_kind_first(std::string_view w) {
  static const WordList s(WordList::kCapital, {"Centre", "Center", "Institute", "Foundation", "Society", "Agency",
                                               "Ministry", "Department", "Office", "Association", "Trust", "Commission",
                                               "Academy", "College", "School", "Federation"});
  return s.has(w);
}

// A body's kind in lower case right before its name, after an article:
// "the charity Become", "the social enterprise Wiser", "the consultancy
// Public Digital".
// Returns where the kind begins, or 0 for none.
size_t body_kind_before(const std::vector<Token>& t, size_t i) {
  if (i < 2 || !is_capitalised(t[i].text)) return 0;
  static const WordList kinds(WordList::kLower,
                              {"charity", "consultancy", "agency", "supplier", "startup", "start-up", "nonprofit",
                               "non-profit", "enterprise", "tank", "cooperative", "co-operative", "co-op"});
  if (!kinds.has(t[i - 1].text)) return 0;
  size_t k = i - 1;
  // "social enterprise", "think tank": the kind's own first word.
  if ((t[k].text == "enterprise"sv && t[k - 1].text == "social"sv) ||
      (t[k].text == "tank"sv && t[k - 1].text == "think"sv)) {
    if (k < 2) return 0;
    --k;
  } else if (t[k].text == "enterprise"sv || t[k].text == "tank"sv) {
    return 0;
  }
  static const WordList articles(WordList::kLower, {"the", "a", "an", "local", "small", "national"});
  return articles.has(t[k - 1].text) ? k : 0;
}

// Surnames that are also a place's last word ("Victoria Park").
bool place_surname(std::string_view w) {
  static const WordList s(WordList::kCapital, {"Park", "Hall", "Lane"});
  return s.has(w);
}

// Words before a place's name.
bool place_preposition(std::string_view w) {
  static const WordList s(WordList::kLower, {"at", "in", "to", "near", "around", "from", "the", "through", "across"});
  return s.has(w);
}

// Words before "to" that make it a person's: "thanks to", "spoke to".
bool spoke_to(std::string_view w) {
  static const WordList s(WordList::kLower, {"thanks", "thank", "spoke", "talked", "chatted", "speaking", "talking",
                                             "introduced", "wrote", "listened", "said", "sent", "presented"});
  return s.has(w);
}

// Words that make an "Authority" a governing board, not a body.
bool design_authority(std::string_view w) {
  static const WordList s(WordList::kCapital, {"Design", "Technical", "Architecture", "Architectural"});
  return s.has(w);
}

// Lower-case particles of surnames.
bool surname_particle(std::string_view w) {
  static const WordList s(WordList::kLower, {"de", "le", "la", "van", "von", "der", "den", "da", "di", "du", "del",
                                             "della", "dos", "das", "ten", "ter", "bin", "al", "el"});
  return s.has(w);
}

// Generic capitalised nouns: never a name alone, but fine inside one
// ("Node Graph Digital", "Digital Community Experience", "Data Board").
// Groups of people whose possessive opens or runs inside a unit's name:
// "Children's Services", "the Residents' Panel".
bool group_noun(std::string_view w) {
  static const WordList s(
      WordList::kCapital,
      {"Children",   "Women",    "Men",      "People",   "Citizens",  "Adults",     "Residents",    "Members",
       "Leaders",    "Veterans", "Carers",   "Patients", "Users",     "Officers",   "Councillors",  "Workers",
       "Parents",    "Families", "Students", "Tenants",  "Girls",     "Boys",       "Secretaries",  "Directors",
       "Executives", "Chiefs",   "Nurses",   "Managers", "Employers", "Volunteers", "Practitioners"});
  return s.has(w);
}

// A quarter or a year naming a recurring event: "Q4", "2025", "FY24".
bool period_code(std::string_view w) {
  if (w.size() == 2 && w[0] == 'Q' && w[1] >= '1' && w[1] <= '4') return true;
  if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return w[0] == '1' || w[0] == '2';
  return w.size() == 4 && w[0] == 'F' && w[1] == 'Y' && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9';
}

// The UK's nations, which name a body's branch after its name ("Socitm
// Scotland").
bool nation(std::string_view w) {
  static const WordList s(WordList::kCapital, {"Scotland", "Wales", "Cymru", "England"});
  return s.has(w);
}

// "Working" opens a sentence as a verb, but inside a name before "Group"
// or "Party" it is the name's: "the Cyber Working Group".
bool working_group(const std::vector<Token>& t, size_t e) {
  return t[e].text == "Working"sv && e + 1 < t.size() &&
         (t[e + 1].text == "Group"sv || t[e + 1].text == "Groups"sv || t[e + 1].text == "Party"sv);
}

bool name_noun(std::string_view w) {
  static const WordList s(
      WordList::kCapital,
      {"Digital",  "Data",      "Technology", "Tech",     "Design",    "Product",   "Delivery", "Policy",
       "Research", "Update",    "Strategy",   "Plan",     "Programme", "Project",   "Projects", "Board",
       "Group",    "Team",      "Teams",      "Service",  "Services",  "Council",   "Councils", "Borough",
       "Office",   "Work",      "Action",     "Ideas",    "Week",      "Teams",     "Partners", "Partner",
       "People",   "Residents", "Users",      "Citizens", "Members",   "Colleagues"});
  return s.has(w);
}

// Stop words that say what a team works on, so may open a team's name in
// sentence case ("the Service design team", "the Data science team").
bool work_noun(std::string_view w) {
  static const WordList s(WordList::kCapital, {"Service", "Services", "Digital", "Data", "Technology", "Tech", "Design",
                                               "Product", "Delivery", "Policy", "Research", "Strategy"});
  return s.has(w);
}

// The words that open a unit's name in running text: "the", "our",
// "their", "my" (any case).
bool determiner(const Token& w) {
  return iequals(w.text, "the") || iequals(w.text, "our") || iequals(w.text, "their") || iequals(w.text, "my");
}

// A hashtag word: "#GovDesign" (not a number: "Weeknote #41").
bool hashtag(const Token& w) {
  return w.text.size() > 1 && w.text[0] == '#' && !absl::ascii_isdigit(static_cast<unsigned char>(w.text[1]));
}

// "the First Contact team", "our Bring Your Own Device team": after a
// determiner, a run of two to six capitalised words closed by a team's or
// programme's cue is a name, though it opens with or holds words that alone
// name nothing ("First", "Your"). The end of the run, or 0.
size_t cued_unit_run(const std::vector<Token>& t, size_t i) {
  if (i == 0 || !determiner(t[i - 1])) return 0;
  size_t k = i;
  while (k < t.size() && k - i < 6 && is_word(t[k]) && cap(t[k]) && !t[k].possessive && month_number(t[k].text) == 0)
    ++k;
  if (k - i < 2) return 0;
  Cue head = head_cue(t[k - 1].text);
  if (head == Cue::kTeam || head == Cue::kProgramme) return k;
  if (k < t.size() && is_word(t[k])) {
    auto lc = lower_cue(t[k].text);
    if (lc && (lc->type == EntityType::kTeam || lc->type == EntityType::kProgramme)) return k;
  }
  return 0;
}

// A forum named for its members' role: from the role word at k, the end
// of a capitalised run that a forum's or a council's head word closes ("CIO
// Council", "Chief Officers Group") or that a lower-case forum word follows
// ("Digital Leads meeting"); 0 for none.
size_t role_forum_end(const std::vector<Token>& t, size_t k) {
  size_t j = k;
  // (Through a group's possessive: "the Chief Executives' Group".)
  while (j < t.size() && j - k < 4 && cap(t[j]) && (j == k || !t[j - 1].possessive || group_noun(t[j - 1].text))) ++j;
  const Cue c = head_cue(t[j - 1].text);
  if (j - 1 > k && (c == Cue::kForum || c == Cue::kCouncil)) return j;
  if (j < t.size() && is_word(t[j]) && !t[j - 1].possessive) {
    auto lc = lower_cue(t[j].text);
    if (lc && lc->type == EntityType::kForum) return j;
  }
  return 0;
}

bool function_word(std::string_view w) {
  static const WordList s(
      WordList::kLower,
      {"the",     "a",       "an",          "to",      "with",        "and",         "for",      "of",
       "in",      "on",      "at",          "by",      "we",          "our",         "i",        "my",
       "me",      "us",      "their",       "his",     "her",         "its",         "this",     "that",
       "these",   "those",   "from",        "as",      "is",          "are",         "was",      "were",
       "be",      "been",    "has",         "have",    "had",         "it",          "they",     "them",
       "which",   "who",     "what",        "when",    "where",       "how",         "or",       "but",
       "so",      "if",      "about",       "into",    "over",        "some",        "any",      "all",
       "also",    "more",    "most",        "very",    "really",      "not",         "no",       "up",
       "out",     "there",   "here",        "then",    "than",        "will",        "would",    "can",
       "could",   "should",  "do",          "did",     "does",        "new",         "another",  "other",
       "great",   "good",    "first",       "last",    "next",        "latest",      "regular",  "usual",
       "weekly",  "monthly", "quarterly",   "annual",  "six-monthly", "fortnightly", "senior",   "small",
       "big",     "wider",   "whole",       "same",    "separate",    "local",       "second",   "third",
       "few",     "several", "many",        "project", "projects",    "traditional", "existing", "useful",
       "helpful", "very",    "interesting", "quick",   "short",       "long",        "working",  "one",
       "two",     "three",   "own",         "focus",   "steering",    "team",        "cross",    "council",
       "each",    "every"});
  return s.has(w);
}

// Modifiers allowed inside a lower-case forum name; "steering" only before
// the head, "working" only before "group".
bool forum_modifier(const std::vector<Token>& t, size_t i, size_t head) {
  const std::string_view w = t[i].text;
  if (!is_word(t[i]) || is_capitalised(w) || absl::ascii_isdigit(static_cast<unsigned char>(w[0]))) return false;
  if ((w == "steering"sv || w == "team"sv) && i + 1 == head) return true;  // "the Camden team meeting"
  // "the NHSX interoperability working group": "working" only before "group".
  if (w == "working"sv && i + 1 < t.size() && (t[i + 1].text == "group"sv || t[i + 1].text == "groups"sv)) return true;
  if (w == "all"sv && i + 1 < head && t[i + 1].text == "staff"sv) return true;
  if (w == "staff"sv && i > 0 && t[i - 1].text == "all"sv) return true;
  return !function_word(w);
}

// A word that reads as a verb's, not a modifier's: "held", "we're".
bool verb_like(std::string_view w) {
  return w.find('\'') != std::string_view::npos || (w.size() > 3 && w.substr(w.size() - 2) == "ed"sv);
}

struct Builder {
  const std::vector<Token>& t;
  const Lexicon& lex;
  std::vector<Span> spans;
  absl::InlinedVector<bool, 64> used;

  // The name that is not a person's ending right before token e, if any.
  const Span* body_ending_at(size_t e) const {
    auto it = std::find_if(spans.begin(), spans.end(),
                           [&](const Span& sp) { return sp.end == e && sp.type != EntityType::kPerson; });
    return it == spans.end() ? nullptr : &*it;
  }

  void add(size_t b, size_t e, std::string name, EntityType type, bool known) {
    Span s;
    s.begin = b;
    s.end = e;
    s.type = type;
    s.known = known;
    for (size_t i = b; i < e; ++i) {
      if (i > b && !(t[i].kind == Token::kPunct && (t[i].text == ","sv || t[i].text == "'"sv))) s.surface += ' ';
      s.surface += t[i].text;
    }
    s.name = std::move(name);
    s.possessive = t[e - 1].possessive;
    for (size_t i = b; i < e; ++i) used[i] = true;
    spans.push_back(std::move(s));
  }

  std::string words(size_t b, size_t e) const {
    std::string out;
    for (size_t i = b; i < e; ++i) {
      bool glue = t[i].kind == Token::kPunct && (t[i].text == ","sv || t[i].text == "'"sv);
      if (i > b && !glue) out += ' ';
      out += t[i].text;
      // Inside a name, keep the possessive: "Children's", "Digital Leaders'".
      if (t[i].possessive && i + 1 < e) out += ends_with(t[i].text, "s") ? "'" : "'s";
    }
    return out;
  }

  // Extends a name ending at `e` over lower-case words closing in a cue
  // ("LOTI member meeting", "HackIT team"). Returns the new end, or e.
  // `body`: a known council or organisation (not a name typed by default).
  size_t extend_lower(size_t b, size_t e, EntityType& type, std::string& name, bool body) {
    if (t[e - 1].possessive) return e;
    // "the LOTI away day": an away day, in two words, is an event's kind.
    if (e + 1 < t.size() && t[e].text == "away"sv && (t[e + 1].text == "day"sv || t[e + 1].text == "days"sv) &&
        type != EntityType::kPerson) {
      type = EntityType::kForum;
      name = words(b, e + 2);
      return e + 2;
    }
    // "the Charity Digital Skills Report launch": a launch named after
    // what it launched, after a determiner ("Camden launch their app" is
    // a verb).
    if (e < t.size() && t[e].text == "launch"sv && b > 0 && determiner(t[b - 1]) && type != EntityType::kPerson &&
        type != EntityType::kForum) {
      type = EntityType::kForum;
      name = words(b, e + 1);
      return e + 1;
    }
    // "X team", "X sessions": one cue word right after the name.
    if (e < t.size() && is_word(t[e]) && !is_capitalised(t[e].text) &&
        !(e + 1 < t.size() && t[e + 1].text == "of"sv)) {  // "the LOTI group of councils"
      auto c = lower_cue(t[e].text);
      // "the Adult Social Care team meeting": the team's meeting, a forum
      // of its own (below), not the team.
      if (c && c->type == EntityType::kTeam && e + 1 < t.size() &&
          (t[e + 1].text == "meeting"sv || t[e + 1].text == "meetings"sv || t[e + 1].text == "session"sv))
        c.reset();
      // "the Find a School service": a service named by what it lets one
      // do is a programme.
      if (c && t[e].text == "service"sv && e > b + 1 && service_verb(t[b].text)) {
        type = EntityType::kProgramme;
        return e + 1;
      }
      // "the DfE service standard panel": a cue word that opens a forum's
      // lower-case name is part of it.
      if (c && c->type != EntityType::kForum && type != EntityType::kPerson) {
        size_t k = e + 1, len = 0;
        while (k < t.size() && k - e < 4 && is_word(t[k]) && !lower_forum_head(t, k, &len) &&
               forum_modifier(t, k, k + 1))
          ++k;
        if (k < t.size() && lower_forum_head(t, k, &len)) {
          type = EntityType::kForum;
          name = words(b, k + len);
          return k + len;
        }
      }
      if (c) {
        size_t head_len = 0;
        bool forum_head = lower_forum_head(t, e, &head_len);
        if (c->type == EntityType::kForum && type != EntityType::kForum && !forum_head) {
          // "LOTI meeting": a meeting of X is a forum of its own only with a noun.
          // "Local Digital Takeover event": an unknown name with "event" is
          // the event's name; "the LGA event" is an event of the LGA.
          bool named_event = (t[e].text == "event"sv || t[e].text == "session"sv) && !body && e - b >= 2;
          // "the Essex Digital Partnership meeting": a partnership that
          // meets is a forum.
          if ((t[e].text == "meeting"sv || t[e].text == "meetings"sv) && e - b >= 2 &&
              (t[e - 1].text == "Partnership"sv || t[e - 1].text == "Alliance"sv || t[e - 1].text == "Consortium"sv ||
               t[e - 1].text == "Collaborative"sv)) {
            type = EntityType::kForum;
            return e;
          }
          if ((t[e].text == "meeting"sv || t[e].text == "meetings"sv || t[e].text == "session"sv ||
               t[e].text == "sessions"sv || t[e].text == "event"sv) &&
              !named_event)
            return e;
        }
        // "the Planning Digital team", "our Housing Digital team", "the
        // Productivity and Digital directorate": a department's digital
        // team or a directorate, though "Digital" may close a body's name
        // ("Made Digital").
        if (body && type == EntityType::kOrganisation && e - b >= 2 && t[e - 1].text == "Digital"sv) {
          const bool joined = std::any_of(t.begin() + b, t.begin() + e,
                                          [](const Token& w) { return w.text == "and"sv || w.text == "&"sv; });
          const bool internal = t[e].text == "directorate"sv || t[e].text == "division"sv;
          if (internal || (t[e].text == "team"sv && (joined || !lex.department(t[b].text).empty()))) {
            type = EntityType::kTeam;
            return e + 1;
          }
        }
        // "the GDS team", "the Hackney Council team": a known body's own
        // people; "the Nesta project": its own work. Named by the body's
        // name, not units of their own.
        if (body && (type == EntityType::kOrganisation || type == EntityType::kCouncil) && c->strip &&
            (c->type == EntityType::kTeam || c->type == EntityType::kProgramme))
          return e + 1;
        if (c->type != type || !c->strip) {
          // An unknown name's "team" is part of its name ("the First Contact
          // team"); a known body's is not ("the HackIT team" is HackIT).
          // Departments joined by "and" are as known: "the Revenues and
          // Benefits team" is Revenues and Benefits.
          bool departments = true;
          for (size_t k = b; k < e && departments; ++k)
            departments = t[k].text == "and"sv || t[k].text == "&"sv || !lex.department(t[k].text).empty();
          bool unknown_team = !body && t[e].text == "team"sv && type != EntityType::kPerson &&
                              lex.department(name).empty() && !departments;
          body = body && (type == EntityType::kCouncil || type == EntityType::kOrganisation);
          if ((c->type == EntityType::kForum && type != EntityType::kForum) || (body && c->type != type)) {
            // "the Camden platform", "the LGA conference": a unit of its own,
            // named with the body's name (part_of follows from the prefix).
            name = words(b, e + 1);
          } else if (!c->strip || unknown_team) {
            name = words(b, e + 1);
          }
          type = c->type;
        }
        return e + 1;
      }
    }
    // "LOTI member meeting", "NHS London digital transformation portfolio board",
    // "the GDS all-staff session", "the Service Owners community call": with
    // a noun before it, a meeting of X is a forum of X's.
    auto modified_head = [&](size_t k) {
      if (t[k].text == "meeting"sv || t[k].text == "session"sv || t[k].text == "call"sv || t[k].text == "mtg"sv)
        return true;
      auto c = lower_cue(t[k].text);
      return c && c->type == EntityType::kForum && !c->strip && t[k].text != "day"sv && t[k].text != "week"sv;
    };
    // (Two words joined by "and" too: "the NFCC digital and data working group".)
    auto joined_modifier = [&](size_t k) {
      return k > e && (t[k].text == "and"sv || t[k].text == "&"sv) && k + 1 < t.size() && is_word(t[k + 1]) &&
             forum_modifier(t, k + 1, k + 2) && !verb_like(t[k + 1].text);
    };
    size_t i = e;
    while (i < t.size() && i - e < 4 && is_word(t[i]) && (forum_modifier(t, i, i + 1) || joined_modifier(i))) {
      size_t len = 0;
      if (lower_forum_head(t, i, &len) || modified_head(i)) break;
      ++i;
    }
    // ("the LOTI show and tell": a show and tell right after the name is its own.)
    if ((i > e || (i < t.size() && t[i].text == "show"sv)) && i < t.size()) {
      size_t len = 0;
      const bool modified = modified_head(i);
      if (lower_forum_head(t, i, &len) || modified) {
        if (modified) len = 1;
        // A name read as a person's, after a determiner and before a
        // forum's lower-case name, is the forum's ("the Kent Connects
        // partnership board"); not before a meeting ("the Kay Brown
        // catch-up meeting").
        size_t head_len = 0;
        if (type == EntityType::kPerson &&
            (!lower_forum_head(t, i, &head_len) || t[i].text == "show"sv || b == 0 || !determiner(t[b - 1])))
          return e;
        type = EntityType::kForum;
        name = words(b, i + len);
        return i + len;
      }
    }
    return e;
  }
};

}  // namespace

Recognised recognise(std::string sentence, const Lexicon& lex) {
  Recognised r;
  r.text = std::make_unique<const std::string>(std::move(sentence));
  r.tokens = tokenize(*r.text);
  const std::vector<uint32_t> ids = lex.token_word_ids(r.tokens, r.rule_ids, r.departments);
  const auto& t = r.tokens;
  Builder b{t, lex, {}, absl::InlinedVector<bool, 64>(t.size(), false)};

  // Songs, films and books named after "Tune of the week" are not entities.
  if (t.size() > 3 && (t[0].text == "Tune"sv || t[0].text == "Song"sv || t[0].text == "Track"sv) && t[1].text == "of"sv)
    return r;

  // What the passes below ask of each token, looked up once when first
  // asked: its longest gazetteer match, whether it is a stop word and
  // whether a first name (-1: not looked up yet).
  struct Memo {
    std::optional<Lexicon::Match> match;
    bool matched = false;
    signed char stopword = -1, first_name = -1;
  };
  absl::InlinedVector<Memo, 48> memo(t.size());
  auto gazetteer = [&](size_t k) -> const std::optional<Lexicon::Match>& {
    if (!memo[k].matched) {
      // (Most words open no phrase: known without the call.)
      if (lex.opens_phrase(ids[k])) memo[k].match = lex.match(t, k, ids);
      memo[k].matched = true;
    }
    return memo[k].match;
  };
  auto stopword = [&](size_t k) {
    if (memo[k].stopword < 0) memo[k].stopword = lex.stopword(t[k].text) ? 1 : 0;
    return memo[k].stopword == 1;
  };
  auto first_name = [&](size_t k) {
    if (memo[k].first_name < 0) memo[k].first_name = lex.first_name(t[k].text) ? 1 : 0;
    return memo[k].first_name == 1;
  };

  // A body named by its kind first, then what it is for: "Office of Data
  // and Analytics", "Institute for Health and Care Research".
  auto kind_named_at = [&](size_t k) {
    return body_kind_first(t[k].text) && k + 2 < t.size() && (t[k + 1].text == "of"sv || t[k + 1].text == "for"sv) &&
           cap(t[k + 2]) && (!stopword(k + 2) || name_noun(t[k + 2].text)) && !is_role_word(t[k + 2].text) &&
           !first_name(k + 2);
  };

  // Quoted names of forums: 'digital masterclass' event, 'Digital quarterly'
  // meeting; or after the kind, in apposition: the first workshop,
  // 'Opportunities and Problem Exploration', ...
  auto kind_before = [&](size_t i) {
    size_t k = i;
    if (k > 0 && (t[k - 1].text == ","sv || t[k - 1].text == ":"sv)) --k;
    if (k == 0) return false;
    static const WordList kinds(WordList::kLower,
                                {"workshop", "session", "meeting", "event", "webinar", "masterclass", "workshops"});
    return kinds.has(t[k - 1].text) && i + 1 < t.size() && is_capitalised(t[i + 1].text);
  };
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i].text != "'"sv && t[i].text != "\"") continue;
    size_t j = i + 1;
    while (j < t.size() && j - i <= 6 && t[j].text != t[i].text) ++j;
    if (j >= t.size() || t[j].text != t[i].text || j == i + 1) continue;
    const std::string_view next = j + 1 < t.size() ? t[j + 1].text : ""sv;
    bool event = next == "event"sv || next == "day"sv || next == "days"sv || next == "meeting"sv ||
                 next == "session"sv || kind_before(i);
    bool named = next == "board"sv || next == "group"sv || next == "panel"sv;
    if (!event && !named) continue;
    std::string inner = b.words(i + 1, j);
    if (lex.lookup(inner)) continue;  // a known name in quotes: the gazetteer pass takes it
    std::string name = named ? inner + " " + std::string(next) : inner;
    b.add(i + 1, j, name, EntityType::kForum, true);
    b.spans.back().surface = named ? name : inner;
    for (size_t k = i; k <= j + 1 && k < t.size(); ++k) b.used[k] = true;
    i = j + 1;
  }

  for (size_t i = 0; i < t.size(); ++i) {
    if (b.used[i] || !is_word(t[i])) continue;
    // A bracket opens a sentence of its own, but not a name's body in
    // brackets: "Polly Neate (Shelter)".
    const bool bracketed_body =
        i >= 2 && t[i - 1].text == "("sv && cap(t[i - 2]) && i + 1 < t.size() && t[i + 1].text == ")"sv;
    bool sentence_start = i == 0 || (t[i - 1].kind == Token::kPunct &&
                                     (t[i - 1].text == ":"sv || (t[i - 1].text == "("sv && !bracketed_body)));
    // A council's bare name that is also a given name, in brackets after a
    // unit's name, is the council: "Digital Leaders Network (Kent)".
    if (bracketed_body && b.body_ending_at(i - 1)) {
      const GazetteerEntry* council = lex.ambiguous(t[i].text);
      if (council && council->type == EntityType::kCouncil) {
        b.add(i, i + 1, council->canonical, EntityType::kCouncil, true);
        continue;
      }
    }

    // 1. Gazetteer, longest match.
    if (auto m = gazetteer(i)) {
      size_t e = i + m->length;
      // Don't take a place-name council that is really the start of a longer
      // capitalised name ("Hackney Service Centre", "Hackney Stars").
      bool capital_next = e < t.size() && cap(t[e]) && !t[e - 1].possessive && !gazetteer(e) && !first_name(e) &&
                          !is_role_word(t[e].text);
      bool longer = capital_next && (!stopword(e) || working_group(t, e) || kind_named_at(e));
      // Any known name that opens a longer name closed by a type cue is
      // part of it: "LOTI Advisory Panel", "Socitm Share National Conference",
      // also through words that alone name nothing ("Socitm Board Meeting",
      // "Socitm Services Limited"); one such word names a unit only when it
      // is a forum's ("Socitm Board", not "ONS Digital").
      bool named_unit = false;
      size_t unit_end = 0;
      Cue unit_cue = Cue::kNone;
      if (capital_next) {
        size_t k = e;
        bool role = false;  // the run holds a role word: "LOTI Digital Leads meeting"
        for (; k < t.size() && cap(t[k]) && !t[k - 1].possessive; ++k) {
          if (!is_role_word(t[k].text)) continue;
          if (!role_forum_end(t, k)) break;
          role = true;
        }
        Cue c = head_cue(t[k - 1].text);
        // (Through such words only when the runs below would take the name
        // whole: they never start at a stopword, "Ofsted".)
        named_unit =
            c != Cue::kNone && c != Cue::kDrop && (longer || ((k - e > 1 || c == Cue::kForum) && !stopword(i)));
        if (named_unit) unit_end = k, unit_cue = c;
        // ... or by an event word after it: "Local Digital Takeover event".
        if (!named_unit && k < t.size() && is_word(t[k])) {
          auto lc = lower_cue(t[k].text);
          named_unit = lc && lc->type == EntityType::kForum &&
                       ((t[k].text != "meeting"sv && t[k].text != "meetings"sv && t[k].text != "session"sv &&
                         t[k].text != "sessions"sv) ||
                        role);
        }
      }
      // A charity's local branch is named for its place: "Citizens Advice
      // Camden", "Age UK Leeds" (a council's bare name right after it).
      // So is its branch for a nation: "Socitm Scotland", "Citizens Advice
      // Cymru"; with its kind after it, the branch's unit ("the Socitm
      // Scotland meeting").
      if (!named_unit && m->entry->type == EntityType::kOrganisation && e < t.size() && cap(t[e]) &&
          !t[e - 1].possessive) {
        const auto& place = gazetteer(e);
        size_t pe = place ? e + place->length : e;
        const bool council = place && place->entry->type == EntityType::kCouncil && place->length == 1 &&
                             lex.department(t[e].text).empty();
        if (!council && nation(t[e].text)) pe = e + 1;
        if ((council || nation(t[e].text)) && (pe >= t.size() || !cap(t[pe])) &&
            (pe >= t.size() || !lower_cue(t[pe].text) || !council)) {
          EntityType type = EntityType::kOrganisation;
          std::string name = b.words(i, pe);
          const size_t e2 = b.extend_lower(i, pe, type, name, false);
          b.add(i, e2, name, type, true);
          i = e2 - 1;
          continue;
        }
      }
      if (!named_unit && (!longer || m->entry->type != EntityType::kCouncil)) {
        EntityType type = m->entry->type;
        std::string name = m->entry->canonical;
        // A council's short name with its council word after it, in a style
        // the gazetteer does not list: "Kingston Council's Ruth Evans".
        if (type == EntityType::kCouncil && !t[e - 1].possessive) {
          size_t k = e;
          static const WordList styles(WordList::kCapital, {"County", "City", "Borough", "District", "Metropolitan"});
          while (k < t.size() && k - e < 2 && styles.has(t[k].text) && !t[k].possessive) ++k;
          if (k < t.size() && t[k].text == "Council"sv) e = k + 1;
        }
        // A known form that opens with "the" ("the LGA") names the body from
        // its next word: "at the" stays a cue, "the LGA conference" is the
        // LGA's conference.
        if (m->length > 1 && iequals(t[i].text, "the")) ++i;
        size_t e2 = b.extend_lower(i, e, type, name, true);
        b.add(i, e2, name, type, true);
        // The form written is shown, unless it ends in a lower-case word
        // that describes the body ("the LOTI team" is LOTI).
        if (name == m->entry->canonical && !absl::ascii_islower(static_cast<unsigned char>(t[e - 1].text[0])))
          b.spans.back().display = b.words(i, e);
        i = e2 - 1;
        continue;
      }
      // The runs below stop at a role word: a known name holding one
      // ("Digital Leaders") opens its unit here ("Digital Leaders Summit").
      if (named_unit && unit_cue != Cue::kNone &&
          std::any_of(t.begin() + i, t.begin() + e, [](const Token& w) { return is_role_word(w.text); })) {
        b.add(i, unit_end, b.words(i, unit_end), *cue_type(unit_cue), true);
        i = unit_end - 1;
        continue;
      }
    }

    // "Show and Tell", "Show & Tell": the agile ceremony is a forum.
    if (t[i].text == "Show"sv && i + 2 < t.size() && (t[i + 1].text == "&"sv || t[i + 1].text == "and"sv) &&
        (t[i + 2].text == "Tell"sv || t[i + 2].text == "tell"sv)) {
      b.add(i, i + 3, b.words(i, i + 3), EntityType::kForum, true);
      i += 2;
      continue;
    }

    // A council's cabinet or scrutiny meeting by its one-word name: "going
    // to Cabinet", "Cabinet agreed", "took it to Scrutiny" (not "Cabinet
    // Member for ...", "Cabinet Office").
    if ((t[i].text == "Cabinet"sv || t[i].text == "Scrutiny"sv) && !(i + 1 < t.size() && cap(t[i + 1]))) {
      static const WordList before(WordList::kLower, {"to", "at", "before", "from", "by", "through"});
      static const WordList after(WordList::kLower, {"approved", "agreed", "meeting", "signed", "papers", "paper",
                                                     "report", "decided", "endorsed"});
      if ((i > 0 && before.has(t[i - 1].text)) || (i + 1 < t.size() && after.has(t[i + 1].text))) {
        b.add(i, i + 1, std::string(t[i].text), EntityType::kForum, true);
        continue;
      }
    }

    // A month's name as a surname right after a given name, no date after
    // it: "Sharmina August", "Theresa May".
    auto month_surname = [&](size_t k) {
      static const WordList months(WordList::kCapital, {"January", "February", "March", "April", "May", "June", "July",
                                                        "August", "September", "October", "November", "December"});
      return k > 0 && first_name(k - 1) && months.has(t[k].text) &&
             !(k + 1 < t.size() && absl::ascii_isdigit(static_cast<unsigned char>(t[k + 1].text[0])));
    };

    // 2. Titles: "Cllr Steve Curran" -> "Steve Curran"; "Cllr McKenzie" stays.
    // Ranks too: "Chief Superintendent Dawn Ellis" -> "Dawn Ellis".
    if (size_t n = title_end(t, i, first_name); n > i && n < t.size() && cap(t[n]) && !stopword(n)) {
      size_t e = n;
      while (e < t.size() && e - n <= 2 && cap(t[e]) && !t[e - 1].possessive && (!stopword(e) || month_surname(e))) ++e;
      bool first = first_name(n);
      std::string name = first ? b.words(n, e) : b.words(i, e);
      b.add(i, e, name, EntityType::kPerson, true);
      i = e - 1;
      continue;
    }

    // 3. Capitalised runs, joined by "&", "of", "for", "and" inside names.
    if (!cap(t[i]) && !(is_word(t[i]) && all_caps(t[i].text)) && !hashtag(t[i])) continue;
    // "the User centred design team", "our Content design team",
    // "Southwark's Digital team": a team's name in sentence case (the GOV.UK
    // style), one capitalised word that names nothing alone, then
    // lower-case words, then "team".
    auto sentence_case_team = [&](size_t k) -> size_t {
      if (k == 0 || !(determiner(t[k - 1]) || t[k - 1].possessive) || all_caps(t[k].text) || t[k].possessive ||
          (stopword(k) && !work_noun(t[k].text)) || first_name(k) || is_role_word(t[k].text) || lex.place(t[k].text))
        return 0;
      size_t h = k + 1;
      while (h < t.size() && h - k <= 3 && forum_modifier(t, h, h + 1) && t[h].text != "team"sv &&
             !generic_team_word(t[h].text) && !t[h].possessive)
        ++h;
      // (One work word alone names its team too: "the Data team".)
      return (h > k + 1 || (work_noun(t[k].text) && t[k].text != "Service"sv && t[k].text != "Services"sv)) &&
                     h < t.size() && t[h].text == "team"sv
                 ? h + 1
                 : 0;
    };
    // Departments listed by commas and "and" in one name that a type cue
    // closes: "the Digital, Data and Technology Academy", "the Digital,
    // Data and Technology directorate" (not "Camden, Hackney and
    // Islington").
    auto department_list = [&](size_t k0) -> size_t {
      auto department_at = [&](size_t k) { return k < t.size() && cap(t[k]) && !lex.department(t[k].text).empty(); };
      if (!department_at(k0) || k0 + 1 >= t.size() || t[k0 + 1].text != ","sv) return 0;
      size_t k = k0 + 1;
      while (k + 2 < t.size() && t[k].text == ","sv && department_at(k + 1)) k += 2;
      if (k == k0 + 1 || k + 1 >= t.size() || (t[k].text != "and"sv && t[k].text != "&"sv) || !department_at(k + 1))
        return 0;
      size_t j = k + 2;
      while (j < t.size() && cap(t[j]) && !t[j - 1].possessive) ++j;
      const Cue c = head_cue(t[j - 1].text);
      const auto lc = j < t.size() && !t[j - 1].possessive ? lower_cue(t[j].text) : std::nullopt;
      const bool one_unit =
          lc && lc->type == EntityType::kTeam && t[j].text != "teams"sv;  // not "the X, Y and Z teams"
      return (c != Cue::kNone && c != Cue::kDrop && j > k + 2) || one_unit ? j : 0;
    };
    const size_t run = cued_unit_run(t, i);
    const size_t sentence_case = run ? 0 : sentence_case_team(i);
    const size_t listed = run || sentence_case ? 0 : department_list(i);
    const size_t cued = run ? run : sentence_case ? sentence_case : listed;
    const bool role_word = !cued && is_role_word(t[i].text);
    const bool forum_role = role_word && role_forum_end(t, i);
    // A work word opens a name joined by "and" that a type cue closes:
    // "the Digital and Customer Scrutiny Panel".
    auto and_cued = [&](size_t k) {
      if (k + 1 >= t.size() || (t[k].text != "and"sv && t[k].text != "&"sv) || !cap(t[k + 1])) return false;
      size_t j = k + 1;
      while (j < t.size() && j - k <= 4 && cap(t[j]) && !t[j].possessive) ++j;
      const Cue c = head_cue(t[j - 1].text);
      const bool team = j < t.size() && (t[j].text == "team"sv || t[j].text == "service"sv);
      return (j - k > 2 && c != Cue::kNone && c != Cue::kDrop) || team;
    };
    // A verb opening a line whose "I" is left out is no name's first word
    // either: "Demoed Redbox to the board", "Shadowed Dana Okafor".
    const bool opening_verb = sentence_start && !first_name(i) && lex.opening_verb(r.rule_ids[i]);
    if (opening_verb && !cued) continue;
    // A body named right after its kind, in apposition: "the charity
    // Become", "the social enterprise Wiser" (a common word as a name).
    // The kind is in the mention, not in the name: "Josh from the charity
    // Become" is from Become.
    if (size_t kind = cued || sentence_start || first_name(i) ? 0 : body_kind_before(t, i)) {
      size_t e = i + 1;
      while (e < t.size() && e - i < 4 && cap(t[e]) && !t[e - 1].possessive && !b.used[e]) ++e;
      b.add(kind, e, b.words(i, e), EntityType::kOrganisation, true);
      i = e - 1;
      continue;
    }
    // A body named by its kind first, then what it is for: "the Office of
    // Data and Analytics" (a kind alone is a stop word: "the Office").
    const bool kind_first = kind_named_at(i);
    if (!cued && !forum_role && !kind_first && stopword(i) && !first_name(i) &&
        !(name_noun(t[i].text) && i + 1 < t.size() &&
          ((cap(t[i + 1]) &&
            (!stopword(i + 1) || name_noun(t[i + 1].text) || working_group(t, i + 1) ||
             (is_role_word(t[i + 1].text) && role_forum_end(t, i + 1)))) ||  // "Digital Leaders Wales breakfast"
           and_cued(i + 1))))
      continue;
    if (role_word && !forum_role) continue;
    size_t e = cued ? cued : i + 1;
    // "Children's and Families Services": a possessive inside a name that
    // goes on through a joiner to a capitalised word.
    // So does a group's possessive: "Children's Services Leadership Team",
    // "the Young People's Advisory Board".
    auto inner_possessive = [&](size_t k) {
      if (t[k - 1].possessive && group_noun(t[k - 1].text) && cap(t[k]) && !first_name(k)) return true;
      return t[k - 1].possessive && k + 1 < t.size() && (t[k].text == "&"sv || t[k].text == "and"sv) && cap(t[k + 1]) &&
             !first_name(k - 1);
    };
    while (!cued && e < t.size() && (!t[e - 1].possessive || inner_possessive(e))) {
      if (b.used[e]) break;
      // ("Your" inside a name, between capitalised words: "Code Your Future".)
      const bool inner_your = t[e].text == "Your"sv && e + 1 < t.size() && cap(t[e + 1]) && !stopword(e + 1);
      if (cap(t[e]) && (is_role_word(t[e].text) ? role_forum_end(t, e) != 0
                                                : !stopword(e) || name_noun(t[e].text) || working_group(t, e) ||
                                                      inner_your || (e == i + 1 && month_surname(e)))) {
        const auto& m = gazetteer(e);
        // A name closed by a type cue does not run into a person's name:
        // "At the Digital Board Simon gave ..."; a place's name that is also
        // a given name is a local branch's ("Age UK Kent").
        const Cue closing = head_cue(t[e - 1].text);
        if (closing != Cue::kNone && first_name(e)) {
          const GazetteerEntry* council = closing == Cue::kOrganisation ? lex.ambiguous(t[e].text) : nullptr;
          const bool place_name =
              council && council->type == EntityType::kCouncil && (e + 1 >= t.size() || !cap(t[e + 1]));
          if (!place_name) break;
        }
        // A person's name does not run into a known body ("Paul Brewer at
        // ..."), nor into an acronym ("met Ayo Bello IRL").
        if ((m || (all_caps(t[e].text) && !post_nominal(t[e].text))) && first_name(i) && e - i >= 2) break;
        // A first name before one plain word that names a body is a person
        // whose surname the body shares ("Tom Atkins", "Jo Babcock"); before
        // an acronym or a council it is two names ("Kay LOTI").
        bool surname = m && m->length == 1 && m->entry->type == EntityType::kOrganisation && !all_caps(t[e].text);
        if (m && first_name(i) && !first_name(e) && m->entry->type != EntityType::kPerson && e == i + 1 && !surname &&
            !(e + 1 < t.size() && cap(t[e + 1])))
          break;
        ++e;
        continue;
      }
      // A hashtag inside a name: "the Local #GovDesign day", "the Scottish
      // #OneTeamGov meetup" (never in a person's name).
      if (is_word(t[e]) && hashtag(t[e]) && !first_name(i)) {
        ++e;
        continue;
      }
      // A service named the GOV.UK way, by what it lets one do: "Find a
      // School", "Apply for a Blue Badge", "Check your State Pension".
      if (e == i + 1 && service_verb(t[i].text) && e + 1 < t.size() && cap(t[e + 1]) &&
          (t[e].text == "a"sv || t[e].text == "an"sv || t[e].text == "your"sv || t[e].text == "to"sv)) {
        e += 2;
        continue;
      }
      if (e == i + 1 && service_verb(t[i].text) && e + 2 < t.size() && t[e].text == "for"sv &&
          (t[e + 1].text == "a"sv || t[e + 1].text == "an"sv) && cap(t[e + 2])) {
        e += 3;
        continue;
      }
      // Single-letter initials ("Cate D").
      if (is_word(t[e]) && t[e].text.size() == 1 && absl::ascii_isupper(static_cast<unsigned char>(t[e].text[0])) &&
          first_name(i) && e == i + 1) {
        ++e;
        continue;
      }
      // Surname particles inside a person's name: "James de le Vingne",
      // "Ursula von der Leyen", "Ana da Silva".
      if (first_name(i) && e - i <= 2 && is_word(t[e]) && surname_particle(t[e].text)) {
        size_t k = e;
        while (k < t.size() && k - e < 3 && is_word(t[k]) && surname_particle(t[k].text)) ++k;
        if (k < t.size() && cap(t[k]) && !stopword(k) && !gazetteer(k)) {
          e = k + 1;
          continue;
        }
      }
      bool joiner = t[e].text == "&"sv || t[e].text == "of"sv || t[e].text == "for"sv || t[e].text == "and"sv;
      if (joiner && e + 1 < t.size() && cap(t[e + 1]) && (!stopword(e + 1) || name_noun(t[e + 1].text)) &&
          !is_role_word(t[e + 1].text)) {
        // "and" joins only inside a name that closes with a type cue
        // ("Community Enforcement and Regulatory Services"), never two people.
        if (t[e].text == "and"sv || t[e].text == "&"sv) {
          size_t k = e + 1;
          while (k < t.size() && cap(t[k]) && !t[k - 1].possessive) ++k;
          Cue c = head_cue(t[k - 1].text);
          // Nor a name and a known body: "Hackney Libraries and Leeds Libraries".
          bool persons = first_name(i) || first_name(e - 1) || first_name(e + 1);
          // (Two places whose names are given names too open one name a
          // type cue closes: "the Kent and Medway Shared Care Record".)
          auto place_at = [&](size_t w) {
            const GazetteerEntry* council = lex.ambiguous(t[w].text);
            const auto& known = gazetteer(w);
            return (council && council->type == EntityType::kCouncil) || lex.place(t[w].text) ||
                   (known && known->length == 1 && known->entry->type == EntityType::kCouncil);
          };
          // (Closed by a cue, or three words or more: "Shared Care Record".)
          bool named_after = c != Cue::kDrop && k - e > 2 && (c != Cue::kNone || k - e > 3);
          for (size_t w = e + 2; w < k && named_after; ++w) named_after = !first_name(w);
          const bool two_places = e == i + 1 && named_after && place_at(i) && place_at(e + 1);
          // NHS bodies are named for areas joined by "and": "NHS Greater
          // Glasgow and Clyde", "NHS Ayrshire and Arran".
          const bool nhs_area = t[i].text == "NHS"sv && k - e <= 3 && !gazetteer(e + 1) && t[e + 1].text != "NHS"sv;
          // A lower-case "team" closes the name too: "the Revenues and
          // Benefits team" is one team.
          const bool team_after = k < t.size() && !t[k - 1].possessive &&
                                  (t[k].text == "team"sv || t[k].text == "directorate"sv || t[k].text == "division"sv ||
                                   t[k].text == "department"sv || t[k].text == "service"sv);
          // A body named by its kind first joins its subjects: "Office of
          // Data and Analytics", "Institute for Health and Care".
          bool kind_named = false;
          for (size_t w = i; w + 1 < e && !kind_named; ++w) kind_named = kind_named_at(w);
          // (A known forum's generic name ends a longer one: "the Overview
          // and Scrutiny Committee".)
          const auto& after = gazetteer(e + 1);
          const bool known_after = after && !(after->entry->type == EntityType::kForum && !gazetteer(i));
          if (!nhs_area && !two_places && !(kind_named && !persons && !after && t[e].text == "and"sv) &&
              (persons || known_after || (t[e].text == "and"sv && !team_after && (c == Cue::kNone || c == Cue::kDrop))))
            break;
        }
        // "Dana Okafor of Camden Council": a person's name ends before "of".
        if ((t[e].text == "of"sv || t[e].text == "for"sv) && first_name(i) && e <= i + 2) break;
        e += 2;
        continue;
      }
      break;
    }
    // Trim joiners at the end.
    while (e > i + 1 &&
           (t[e - 1].text == "of"sv || t[e - 1].text == "for"sv || t[e - 1].text == "&"sv || t[e - 1].text == "and"sv))
      --e;

    // An unknown opening word before a name is not part of it: "Later Paul
    // called", "Yesterday RLT's board met".
    if (sentence_start && e - i >= 2 && !first_name(i) && !all_caps(t[i].text) &&
        (first_name(i + 1) || all_caps(t[i + 1].text) || gazetteer(i + 1)) &&
        head_cue(t[e - 1].text) == Cue::kNone) {  // the loop moves on to the next word
      continue;
    }
    // Words between two role words are the role's ("Chief Clinical
    // Information Officer"), not a name.
    // (Also after "and": "Chief Digital and Information Officer".)
    auto role_before = [&](size_t k) {
      for (size_t j = k; j > 0 && k - j < 4; --j) {
        if (is_role_word(t[j - 1].text)) return true;
        if ((!cap(t[j - 1]) && t[j - 1].text != "and"sv && t[j - 1].text != "&"sv) || first_name(j - 1)) return false;
      }
      return false;
    };
    auto role_after = [&](size_t k) {
      for (size_t j = k; j < t.size() && j - k < 4; ++j) {
        if (is_role_word(t[j].text)) return true;
        if ((!cap(t[j]) && t[j].text != "and"sv && t[j].text != "&"sv) || first_name(j)) return false;
      }
      return false;
    };
    const auto joiner = [&](size_t k) { return t[k].text == "and"sv || t[k].text == "&"sv; };
    if (i > 0 && e < t.size() && head_cue(t[e - 1].text) == Cue::kNone &&
        (is_role_word(t[e].text) || (joiner(e) && !first_name(i) && role_after(e + 1))) &&
        (is_role_word(t[i - 1].text) || (joiner(i - 1) && !first_name(i) && role_before(i - 1)))) {
      i = e - 1;
      continue;
    }
    // "a Teams call", "on Teams": the software, not a team.
    if (t[e - 1].text == "Teams"sv && e < t.size() &&
        (t[e].text == "call"sv || t[e].text == "calls"sv || t[e].text == "meeting"sv || t[e].text == "meetings"sv ||
         t[e].text == "chat"sv || t[e].text == "message"sv || t[e].text == "channel"sv) &&
        (e - i == 1 || !cued)) {
      if (e - i == 1) continue;
      --e;
    }
    std::string name = b.words(i, e);
    size_t n = e - i;
    if (lex.place(name) || compass_place(lex, t, i, e) || (n == 1 && month_in_date(t, i)) || venue(t, e) ||
        std::all_of(t.begin() + i, t.begin() + e, [](const Token& w) { return code_word(w.text); })) {
      i = e - 1;
      continue;
    }
    // Post-nominal letters are not part of a person's name (ONTOLOGY.md):
    // "Simon Clarke MP" is Simon Clarke.
    if (n >= 2 && post_nominal(t[e - 1].text) && first_name(i)) {
      b.add(i, e, b.words(i, e - 1), EntityType::kPerson, true);
      i = e - 1;
      continue;
    }
    // A role holders' meeting names the forum with its lower-case word:
    // "the Digital Leads meeting".
    if (!cued && e < t.size() && is_word(t[e]) &&
        std::any_of(t.begin() + i, t.begin() + e, [](const Token& w) { return is_role_word(w.text); })) {
      auto lc = lower_cue(t[e].text);
      if (lc && lc->type == EntityType::kForum) {
        b.add(i, e + 1, b.words(i, e + 1), EntityType::kForum, true);
        i = e;
        continue;
      }
    }
    Cue cue = sentence_case ? Cue::kTeam : head_cue(t[e - 1].text);
    EntityType type = EntityType::kOrganisation;
    bool known = true;
    // "Helen Park", "Jo Hall": a first name and a surname that names places
    // too is a person, but after a place's preposition ("at Victoria Park").
    if (cue == Cue::kDrop && n == 2 && first_name(i) && place_surname(t[i + 1].text) &&
        !(i > 0 && place_preposition(t[i - 1].text) &&
          !(t[i - 1].text == "to"sv && i > 1 && spoke_to(lower(t[i - 2].text)))))
      cue = Cue::kNone;
    // "St James's", "St Thomas' Hospital": a saint names a place, a church
    // or a hospital, never a person at work.
    const bool saint = i > 0 && (t[i - 1].text == "St"sv || t[i - 1].text == "Saint"sv || t[i - 1].text == "St."sv);
    if (cue == Cue::kDrop || (saint && cue == Cue::kNone)) {
      i = e - 1;
      continue;
    } else if (cue_type(cue) && n > 1) {
      type = *cue_type(cue);
      // An authority is a body ("Welsh Revenue Authority"), but a design
      // authority is a board ("Digital Design Authority").
      if (t[e - 1].text == "Authority"sv && !design_authority(t[e - 2].text)) type = EntityType::kOrganisation;
      // A housing group is a landlord ("Clarion Housing Group"), as a
      // housing association is.
      if (t[e - 1].text == "Group"sv && t[e - 2].text == "Housing"sv) type = EntityType::kOrganisation;
      // A council of role holders is a forum: "the CIO Council".
      if (cue == Cue::kCouncil &&
          std::any_of(t.begin() + i, t.begin() + e, [](const Token& w) { return is_role_word(w.text); }))
        type = EntityType::kForum;
    } else if (first_name(i) &&
               n - static_cast<size_t>(std::count_if(t.begin() + i, t.begin() + e,
                                                     [](const Token& w) { return surname_particle(w.text); })) <=
                   3 &&
               (n == 1 ||
                std::all_of(t.begin() + i + 1, t.begin() + e,
                            [](const Token& w) {
                              return (is_capitalised(w.text) && !all_caps(w.text)) || surname_particle(w.text);
                            }) ||
                (n == 2 && t[i + 1].text.size() == 1))) {
      type = EntityType::kPerson;
    } else if (n == 1 && event_compound(t[i].text)) {
      type = EntityType::kForum;                                                 // "CSVConf", "LearnFest", "UKGovCamp"
    } else if (n == 1 && all_caps(t[i].text) && lex.department(name).empty()) {  // (not "HR", "ICT")
      type = EntityType::kOrganisation;
      known = false;  // an acronym: typed by context or a cue, else dropped
    } else {
      // A department's name ("Public Health", "Finance") is a team; any
      // other unknown name is typed by context, else kept as a
      // programme (a lone unknown word is dropped).
      const bool department = !lex.department(name).empty();
      type = department ? EntityType::kTeam : n > 1 ? EntityType::kProgramme : EntityType::kOrganisation;
      // "Centre for Public Impact", "Institute of Place Management": a body
      // named by its kind and what it is for, also after its place ("the
      // Norfolk Office of Data and Analytics").
      const bool kind_then_what = body_kind_first(t[i].text) && (t[i + 1].text == "for"sv || t[i + 1].text == "of"sv);
      const bool place_then_kind = n >= 4 && gazetteer(i) && gazetteer(i)->length == 1 && kind_named_at(i + 1);
      if (n >= 3 && (kind_then_what || place_then_kind)) type = EntityType::kOrganisation;
      // "Age UK Kent": a body's local branch, named for its place.
      const auto& last = gazetteer(e - 1);
      const bool place_last =
          lex.ambiguous(t[e - 1].text) || (last && last->length == 1 && last->entry->type == EntityType::kCouncil);
      if (n >= 2 && head_cue(t[e - 2].text) == Cue::kOrganisation && place_last) type = EntityType::kOrganisation;
      // "NHS Lothian", "NHS Ayrshire and Arran", "NHS Education for
      // Scotland": an NHS body.
      if (t[i].text == "NHS"sv && n >= 2) type = EntityType::kOrganisation;
      known = false;
      // "HMP Leeds", "HMYOI Cookham Wood": a prison, by the Prison Service's
      // own prefix.
      if (n >= 2 && (t[i].text == "HMP"sv || t[i].text == "HMYOI"sv)) type = EntityType::kOrganisation, known = true;
    }
    // A lone given name after "in", closing its clause or a town's, is a
    // place: "their office in Leith.", "parents in Weston-super-Mare on
    // Tuesday" (not "in Kay's team").
    // (A council's bare name stays, for the typing rules: "in Bradford,
    // Kirklees and Calderdale".)
    if (type == EntityType::kPerson && n == 1 && i > 0 && (t[i - 1].text == "in"sv || t[i - 1].text == "near"sv) &&
        !t[i].possessive && (e >= t.size() || t[e].kind == Token::kPunct || lex.town(t[i].text)) &&
        !lex.ambiguous(t[i].text)) {
      i = e - 1;
      continue;
    }
    // (Unless it opens a list of people: "(Morag, Fraser and Ewan)".)
    const bool opens_people =
        e + 1 < t.size() && (t[e].text == ","sv || t[e].text == "and"sv || t[e].text == "&"sv) && first_name(e + 1);
    if (sentence_start && !known && n == 1 && !all_caps(t[i].text) && !opens_people) {
      i = e - 1;
      continue;
    }
    size_t e2 = b.extend_lower(i, e, type, name, known && cue != Cue::kNone);
    if (e2 != e) known = true;
    b.add(i, e2, name, type, known);
    i = e2 - 1;
  }

  // 4. Lower-case forum names: "our corporate resilience group",
  //    "Thursday's strategy show & tell", "the apprenticeship steering group".
  //    A "meeting" or a "call" is named so only with two words or more
  //    before it: "the monthly digital leadership team meeting", "the
  //    cross-government design leaders call", not "our team meeting".
  //    An event's kind names one after a named body's possessive, or with
  //    two words or more before it: "the NHS Confederation's digital
  //    summit", "the cross-government content community meetup", not "the
  //    annual conference" or "the digital conference".
  for (size_t i = 1; i < t.size(); ++i) {
    size_t len = 0;
    const bool meeting =
        t[i].text == "meeting"sv || t[i].text == "call"sv || t[i].text == "day"sv || t[i].text == "mtg"sv;
    const bool event = !meeting && lower_event_head(t[i]);
    if (meeting || event) len = 1;
    if (b.used[i] || (!meeting && !event && !lower_forum_head(t, i, &len))) continue;
    size_t j = i;
    while (j > 0 && !b.used[j - 1] && i - j < 4 && forum_modifier(t, j - 1, i)) --j;
    // Two modifiers joined by "and": "the digital and data working group"
    // (not a verb's clause: "the applications and held panel interviews").
    if (j < i && i - j < 3 && j >= 3 && (t[j - 1].text == "and"sv || t[j - 1].text == "&"sv) && !b.used[j - 2] &&
        forum_modifier(t, j - 2, i) && !verb_like(t[j].text) && !lex.opening_verb(r.rule_ids[j]) &&
        !(i + len < t.size() && is_word(t[i + len]) && !function_word(t[i + len].text)))
      j -= 2;
    // A body's yearly or regular event by its cadence alone: "the Royal
    // Statistical Society's annual conference", "the Network's quarterly
    // meetup" are named after the body, as such events are ("Royal
    // Statistical Society annual conference").
    static const WordList cadence(WordList::kLower, {"annual", "quarterly", "monthly", "yearly", "biannual", "termly"});
    // (Its kind's modifiers too: "the LGA's annual digital conference".)
    if (event && j >= 2 && cadence.has(t[j - 1].text) && t[j - 2].possessive) {
      if (const Span* host = b.body_ending_at(j - 1))
        b.add(j - 1, i + 1, host->surface + " " + lower(b.words(j - 1, i + 1)), EntityType::kForum, true);
      continue;
    }
    // ... and by its kind alone: "One Team Gov's breakfast", "Socitm's
    // conference" ("Socitm conference"); not by its network, which is its
    // people, nor by "event", which names no kind.
    // (And a body's show and tell: "Camden's show and tell".)
    const bool show_and_tell = t[i].text == "show"sv && len == 3;
    if ((event || show_and_tell) && j == i && i >= 2 && t[i - 1].possessive && t[i].text != "network"sv &&
        t[i].text != "event"sv) {
      if (const Span* host = b.body_ending_at(i)) {
        b.add(i, i + len, host->surface + " " + lower(b.words(i, i + len)), EntityType::kForum, true);
        i += len - 1;
        continue;
      }
    }
    // A forum's own meeting is the forum, met: "the Fire Digital Network's
    // quarterly meeting", "the Housing Board's last meeting".
    if (meeting && t[i].text == "meeting"sv) {
      static const WordList when(WordList::kLower, {"regular", "weekly", "fortnightly", "latest", "first", "last"});
      size_t k = i >= 2 && (cadence.has(t[i - 1].text) || when.has(t[i - 1].text)) ? i - 1 : i;
      if (k >= 1 && t[k - 1].possessive)
        for (Span& sp : b.spans)
          if (sp.end == k && sp.type == EntityType::kForum) sp.possessive = false;
    }
    if (j == i || (meeting && i - j < 2)) continue;
    // ("event" names one only so: "the Crown Commercial Service's market
    // engagement event", not "our hack day event".)
    if (event && (i - j < 2 || t[i].text == "event"sv) && !(t[j - 1].possessive && b.body_ending_at(j))) continue;
    // A quarter or a year before the name is part of it: "our Q4 portfolio
    // planning day", "the 2025 digital strategy day".
    if (j >= 2 && period_code(t[j - 1].text)) --j;
    // So is a place after the determiner: "the Greater Manchester digital
    // portfolio meeting".
    if (size_t k = j; j > 1) {
      while (k > 1 && j - k < 3 && cap(t[k - 1]) && !b.used[k - 1] && !t[k - 1].possessive) --k;
      if (k < j && determiner(t[k - 1]) && (lex.place(b.words(k, j)) || compass_place(lex, t, k, j))) j = k;
    }
    // Needs a determiner or possessive before it: "the", "our", "Council's".
    std::string before = j > 0 ? lower(t[j - 1].text) : "";
    bool det =
        j > 0 && (before == "the"sv || before == "our"sv || before == "their"sv || before == "new"sv ||
                  before == "regular"sv || t[j - 1].possessive || before == "weekly"sv || before == "monthly"sv ||
                  before == "fortnightly"sv || before == "quarterly"sv || before == "annual"sv);
    if (!det) continue;
    if (std::all_of(t.begin() + j, t.begin() + i, [](const Token& w) { return generic_forum_word(w.text); })) {
      // A body's own steering board or programme board is named after the
      // body, as its cadence events are: "the Data Standards Authority's
      // steering board" (not a panel that interviews: "Nesta's interview
      // panel").
      static const WordList governing(
          WordList::kLower, {"steering", "executive", "leadership", "management", "programme", "project", "advisory"});
      const Span* host = t[j - 1].possessive ? b.body_ending_at(j) : nullptr;
      if (host && host->type != EntityType::kForum && governing.has(t[j].text) && i == j + 1)
        b.add(j, i + len, host->surface + " " + b.words(j, i + len), EntityType::kForum, true);
      continue;
    }
    std::string name = b.words(j, i + len);
    b.add(j, i + len, name, EntityType::kForum, true);
    i += len - 1;
  }

  // 5. Lower-case team names used as names: "the comms team", "our cyber
  //    team", "the service design team" (not "our team", "the whole team").
  for (size_t i = 1; i < t.size(); ++i) {
    if (b.used[i] || t[i].text != "team"sv || t[i].possessive) continue;
    size_t j = i;
    while (j > 0 && !b.used[j - 1] && i - j < 2 && forum_modifier(t, j - 1, i) && t[j - 1].text != "steering"sv &&
           !generic_team_word(t[j - 1].text))
      --j;
    // (Three words that name a department, or two departments joined by
    // "and": "the adult social care team", "the revenues and benefits
    // team".)
    if (i >= 4 && !b.used[i - 3] && !b.used[i - 2] && !b.used[i - 1] &&
        (!lex.department(b.words(i - 3, i)).empty() ||
         (t[i - 2].text == "and"sv && !lex.department(t[i - 3].text).empty() &&
          !lex.department(t[i - 1].text).empty())))
      j = i - 3;
    if (j == i || j == 0) continue;
    // Words that praise or size the team stand between the determiner and
    // its name: "our trusty comms team" is the comms team.
    size_t d = j;
    while (d > 0 && i - d < 4 && generic_team_word(t[d - 1].text)) --d;
    if (d == 0) continue;
    if (!determiner(t[d - 1]) && !t[d - 1].possessive) continue;
    b.add(j, i + 1, b.words(j, i + 1), EntityType::kTeam, true);
  }

  std::sort(b.spans.begin(), b.spans.end(), [](const Span& a, const Span& c) { return a.begin < c.begin; });
  r.spans = std::move(b.spans);
  return r;
}

}  // namespace wngraph::detail
