// Note -> NoteExtraction: recognises entities per sentence (recognise.cc),
// then applies relation patterns over a masked copy of each sentence in which
// every entity reads "@k@". Entry point: extract(). Tested by tests/extract_test.cc.
#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "lexicon.h"
#include "recognise.h"
#include "text.h"
#include "tokens.h"
#include "wngraph/extract.h"

namespace wngraph {

using namespace detail;

namespace {

// Patterns used in more than one place or inside loops, compiled once.
const std::regex kRe0(R"(\b(i|me)\b)");
const std::regex kRe1(R"(show (&|and) tell|talk|presentation|demo|masterclass)");
const std::regex kRe2(R"(^(a|the) .*walk)");
const std::regex kRe3(R"(\bi\b)");
const std::regex kRe4(R"(^(?:[a-z]+ ){0,3}$)");
const std::regex kRe5(R"(\b(i|we) chaired|^chaired|that i chaired|chaired the)");
const std::regex kRe6(R"(\b(be|being) part of|for the first time)");
const std::regex kRe7(R"(\bour (team|teams)\b)");

// Cheap guard before a family of patterns: does any key word occur at all?
bool has_any(const std::string& text, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (text.find(w) != std::string::npos) return true;
  return false;
}

bool org_like(EntityType t) {
  return t == EntityType::kCouncil || t == EntityType::kOrganisation || t == EntityType::kTeam ||
         t == EntityType::kProgramme;
}

// One sentence ready for the relation patterns.
struct Masked {
  Sentence sentence;
  Recognised rec;
  std::string text;              // lower case, entities as "@k@"
  std::vector<int> paren_depth;  // per span: inside parentheses?
  bool first_person = false;
};

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string b = slash == std::string::npos ? path : path.substr(slash + 1);
  return b == "-" ? "standard input" : b;
}

// A mention of something named in no span (a council in context, a unit
// written in lower case).
Mention named(const std::string& name, EntityType type) {
  Mention m;
  m.name = name;
  m.type = type;
  return m;
}

bool all_caps_word(const std::string& w) {
  return std::none_of(w.begin(), w.end(), [](unsigned char c) { return std::islower(c); });
}

std::string title_case(const std::string& words) {
  std::string out;
  bool start = true;
  for (char c : words) {
    out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = c == ' ';
  }
  return out;
}

Masked mask(const Sentence& s, const Lexicon& lex) {
  Masked m;
  m.sentence = s;
  m.rec = recognise(s.norm, lex);
  const auto& t = m.rec.tokens;
  std::vector<int> span_at(t.size(), -1);
  for (size_t k = 0; k < m.rec.spans.size(); ++k)
    for (size_t i = m.rec.spans[k].begin; i < m.rec.spans[k].end; ++i) span_at[i] = static_cast<int>(k);
  int depth = 0;
  m.paren_depth.assign(m.rec.spans.size(), 0);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].text == "(") ++depth;
    if (t[i].text == ")" && depth > 0) --depth;
    if (!m.text.empty()) m.text += ' ';
    int k = span_at[i];
    if (k >= 0) {
      if (m.rec.spans[k].begin == i) {
        m.paren_depth[k] = depth;
        m.text += "@" + std::to_string(k) + "@";
        if (m.rec.spans[k].possessive) m.text += " 's";
      } else {
        m.text.pop_back();
      }
      continue;
    }
    m.text += lower(t[i].text);
    if (t[i].possessive) m.text += " 's";
  }
  static const std::regex fp(R"(\b(i|we|my|me|us|our|i'm|i've|we've|we're|i'd|i'll)\b)");
  m.first_person = std::regex_search(m.text, fp);
  // A sentence or list item opening with a past-tense verb ("Had a 1:1
  // with Priya.", "Met with ...") has an implicit "I".
  if (!t.empty()) {
    static const std::set<std::string> verbs = {"Had", "Met", "Went", "Took", "Caught", "Spent", "Gave", "Made",
                                                "Ran", "Led", "Sat", "Spoke", "Got", "Began", "Did", "Chaired",
                                                "Joined", "Attended", "Presented", "Popped", "Enjoyed", "Celebrated",
                                                "Wrapped", "Finished", "Started", "Visited", "Hosted", "Was", "Were",
                                                "Felt", "Learned", "Learnt", "Helped", "Welcomed", "Delivered"};
    const std::string& w = t[0].text;
    if (verbs.count(w) || (s.bullet && w.size() > 4 && ends_with(w, "ed") && is_capitalised(w)))
      m.first_person = true;
  }
  return m;
}

// Span indices "@k@" found in a piece of masked text, in order.
std::vector<size_t> refs(const std::string& text) {
  static const std::regex ref(R"(@(\d+)@)");
  std::vector<size_t> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), ref); it != std::sregex_iterator(); ++it)
    out.push_back(std::stoul((*it)[1]));
  return out;
}

class NoteExtractor {
 public:
  NoteExtractor(const Note& note, const Lexicon& lex, const ExtractOptions& opt)
      : note_(note), lex_(lex), opt_(opt) {
    // An unnamed author is one per source file: unknown authors of different
    // files are not assumed to be one person.
    author_.name = note.author.empty() ? opt.unknown_author + " of " + base_name(note.source) : note.author;
    author_.type = EntityType::kPerson;
    author_.author = true;
  }

  NoteExtraction run() {
    for (const auto& s : split_sentences(note_.text)) sentences_.push_back(mask(s, lex_));
    type_lists();
    acronyms();
    find_home_council();
    out_.note_id = note_.id;
    out_.author = note_.author;
    mention(author_);
    size_t paragraph = SIZE_MAX;
    for (auto& m : sentences_) {
      evidence_ = Evidence{note_.id, note_.date, m.sentence.text};
      for (size_t k = 0; k < m.rec.spans.size(); ++k)
        if (keep(m, k)) mention(as_mention(m.rec.spans[k]));
      if (m.sentence.paragraph != paragraph) {
        paragraph = m.sentence.paragraph;
        meeting_people_.clear();
        if (ctx_ && --ctx_->paragraphs_left < 0) close_context();
      }
      // A heading opens a new topic; it names things but states no relation.
      // A heading naming a forum ("Customer Services steering group") makes
      // the section about that forum.
      if (m.sentence.heading) {
        close_context();
        for (size_t k = 0; k < m.rec.spans.size(); ++k)
          if (type(m, k) == EntityType::kForum) {
            open_context(span(m, k), m, false);
            break;
          }
        continue;
      }
      meetings(m);
      presentations(m);
      attendance(m);
      membership(m);
      leadership(m);
      structure(m);
      partners(m);
      if (opt_.mentioned_with) cooccurrence(m);
    }
    close_context();
    prefix_structure();
    drop_attendance_of_presenters_and_chairs();
    if (home_) {
      evidence_ = Evidence{note_.id, note_.date, home_evidence_};
      fact(author_, Relation::kMemberOf, *home_);
    }
    return std::move(out_);
  }

 private:
  Mention as_mention(const Span& s) const {
    return Mention{s.name, s.type, false, s.surface != s.name ? s.surface : "", s.display};
  }
  Mention span(const Masked& m, size_t k) const { return as_mention(m.rec.spans[k]); }
  EntityType type(const Masked& m, size_t k) const { return m.rec.spans[k].type; }
  bool is_person(const Masked& m, size_t k) const { return type(m, k) == EntityType::kPerson; }

  // An unknown single word stays out of the graph unless a pattern used it.
  bool keep(const Masked& m, size_t k) const {
    const Span& s = m.rec.spans[k];
    return s.known || s.end - s.begin > 1 || used_.count({&m, k});
  }

  // Keeps each surface form too: "Hackney Council" and "London Borough of
  // Hackney" are both aliases of Hackney.
  void mention(const Mention& x) {
    for (const auto& m : out_.mentions)
      if (m == x && m.surface == x.surface) return;
    out_.mentions.push_back(x);
  }

  void fact(const Mention& a, Relation r, const Mention& b) {
    if (a == b) return;
    if (a.name == b.name && a.author == b.author) return;
    Fact f{a, r, b, evidence_};
    if (is_symmetric(r) && b < a) std::swap(f.source, f.target);
    for (const auto& g : out_.facts)
      if (g.source == f.source && g.relation == f.relation && g.target == f.target && g.evidence == f.evidence) return;
    mention(a);
    mention(b);
    out_.facts.push_back(std::move(f));
  }
  void use(const Masked& m, size_t k) { used_.insert({&m, k}); }
  Mention ent(const Masked& m, size_t k) {
    use(m, k);
    return span(m, k);
  }

  // Unknown words listed beside people are people: "Temple, Henry and
  // Michael", "Dev, Olu and I"; so is a word followed by a role in apposition:
  // "Rav (our Head of Digital)", "Jo, our data lead".
  void type_lists() {
    static const std::regex list(R"((?:@\d+@|\bi\b)(?: (?:,|and|&|, and) (?:@\d+@|i\b|me\b))+)");
    static const std::regex role(
        R"((@\d+@) (?:\( |, )(?:our |the |my |a )?(?:new |interim |current |acting |senior )?(?:[a-z&]+ ){0,3}(?:director|head|manager|lead|officer|ceo|chief|boss|designer|developer|analyst|architect|engineer|adviser|advisor|consultant|coordinator|chair|deputy|assistant|leader|colleague|cio|cdo|cto)\b)");
    for (auto& m : sentences_) {
      for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), role); it != std::sregex_iterator(); ++it) {
        Span& s = m.rec.spans[refs((*it)[1].str())[0]];
        if (!s.known && s.end - s.begin == 1 && !all_caps_word(s.name)) {
          s.type = EntityType::kPerson;
          s.known = true;
        }
      }
      // "Kofi Mensah from the LGA": a name of two or three words before
      // "from" a body is a person's, whatever the first name.
      static const std::regex from_body(R"((@\d+@) (?:\( )?from (?:the )?(@\d+@))");
      for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), from_body); it != std::sregex_iterator(); ++it) {
        Span& p = m.rec.spans[refs((*it)[1].str())[0]];
        const Span& o = m.rec.spans[refs((*it)[2].str())[0]];
        size_t n = p.end - p.begin;
        if (!p.known && n >= 2 && n <= 3 && o.known && org_like(o.type) && p.name.find('&') == std::string::npos) {
          p.type = EntityType::kPerson;
          p.known = true;
        }
      }
      for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), list); it != std::sregex_iterator(); ++it) {
        auto ks = refs(it->str());
        bool any_person = std::regex_search(it->str(), kRe0);
        for (size_t k : ks) any_person |= is_person(m, k) && m.rec.spans[k].known;
        for (size_t k : ks) {
          Span& s = m.rec.spans[k];
          if (any_person && !s.known && s.end - s.begin == 1) {
            s.type = EntityType::kPerson;
            s.known = true;
          }
        }
      }
    }
  }

  // "Information Security for London (ISfL)": the acronym names the same thing.
  void acronyms() {
    static const std::regex def(R"((@\d+@) \( (@\d+@) \))");
    for (auto& m : sentences_) {
      for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), def); it != std::sregex_iterator(); ++it) {
        size_t a = refs((*it)[1].str())[0], b = refs((*it)[2].str())[0];
        const std::string& full = m.rec.spans[a].name;
        const std::string& acr = m.rec.spans[b].name;
        if (acr.find(' ') != std::string::npos || acr.size() < 2) continue;
        std::string initials;
        for (const auto& w : split(full, ' '))
          if (!w.empty() && std::isupper(static_cast<unsigned char>(w[0]))) initials += w[0];
        std::string upper_acr;
        for (char c : acr)
          if (std::isupper(static_cast<unsigned char>(c))) upper_acr += c;
        if (upper_acr.size() < 2 || initials.find(upper_acr) == std::string::npos) continue;
        m.rec.spans[b].type = m.rec.spans[a].type;
        m.rec.spans[b].known = true;
        out_.acronyms.emplace_back(acr, full);
      }
    }
  }

  // The author's council: the one the note names most, when it names one at
  // least twice or speaks of "the council" as its own.
  void find_home_council() {
    std::map<std::string, int> counts;
    std::map<std::string, std::string> first_sentence;
    bool generic = false;
    static const std::regex own(R"(\b(the|our) council\b)");
    for (const auto& m : sentences_) {
      generic |= std::regex_search(m.text, own);
      for (const auto& s : m.rec.spans)
        if (s.type == EntityType::kCouncil) {
          ++counts[s.name];
          first_sentence.emplace(s.name, m.sentence.text);
        }
    }
    std::string best;
    int n = 0;
    for (const auto& [name, c] : counts)
      if (c > n) best = name, n = c;
    // A council named twice may just be a place visited; the author's own
    // council is spoken of as "the council" too, or named again and again.
    if (!best.empty() && (n >= 3 || generic)) {
      home_ = named(best, EntityType::kCouncil);
      home_evidence_ = first_sentence[best];
    }
  }

  // --- met_with ---------------------------------------------------------------
  void meetings(Masked& m) {
    if (!has_any(m.text, {"catch", "caught", "met", "meet", "chat", "session", "check", "1:1", "1-2-1", "one", "121",
                          "coffee",
                          "conversation", "discussion", "call", "spoke", "talked", "lunch", "visit", "joined",
                          "workshop"}))
      return;
    static const std::regex cue(
        R"(\b(caught up|catch[- ]?ups?|catchup|met (up )?with|met up|\bmet\b|meet(ing)? (with|up)|meeting with|chat(ted|ting)?|sessions?|check[- ]ins?|checked in|1:1s?|1-2-1s?|one[- ]to[- ]ones?|121|coffee|conversations?|discussion|call with|spoke (with|to)|talked (with|to)|lunch|visit(ed)? |joined @\d+@|joined by|meetings?|workshops?)\b)");
    if (!std::regex_search(m.text, cue)) return;
    // Separate meetings in one sentence: "...; and Matt from Stamp", "and with Steve".
    static const std::regex sep(R"( ; | , and with | and with | ; and )");
    std::vector<std::string> groups;
    std::sregex_token_iterator it(m.text.begin(), m.text.end(), sep, -1), end;
    for (; it != end; ++it) groups.push_back(it->str());
    for (const auto& g : groups) {
      std::vector<size_t> people;
      for (size_t k : refs(g))
        if (is_person(m, k) && m.rec.spans[k].known && !m.rec.spans[k].possessive && m.paren_depth[k] == 0 &&
            std::find(people.begin(), people.end(), k) == people.end())
          people.push_back(k);
      if (people.empty()) continue;
      std::vector<Mention> group;
      if (m.first_person) group.push_back(author_);
      for (size_t k : people) {
        group.push_back(ent(m, k));
        if (std::find(meeting_people_.begin(), meeting_people_.end(), group.back()) == meeting_people_.end())
          meeting_people_.push_back(group.back());
      }
      for (size_t a = 0; a < group.size(); ++a)
        for (size_t b = a + 1; b < group.size(); ++b) fact(group[a], Relation::kMetWith, group[b]);
    }
  }

  // The meeting a stretch of text is about: set where a forum is named with
  // a meeting cue (or by a heading), it lasts the paragraph and the next two,
  // until a heading or another forum. Everyone named at it met everyone else
  // there, the author included when the author was there.
  struct ForumContext {
    Mention forum;
    size_t paragraph = 0;
    int paragraphs_left = 2;
    bool from_heading = false;  // a section about the forum: lasts to the next heading
    bool author_there = false;
    Evidence evidence;
    std::vector<Mention> people;
  };

  void open_context(const Mention& forum, const Masked& m, bool author_there) {
    // A list item is a world of its own: its meeting ends with it.
    int span = m.sentence.heading ? 1000 : m.sentence.bullet ? 0 : 2;
    if (ctx_ && ctx_->forum == forum) {
      ctx_->author_there |= author_there;
      ctx_->paragraphs_left = std::max(ctx_->paragraphs_left, span);
      ctx_->paragraph = m.sentence.paragraph;
      return;
    }
    close_context();
    ctx_ = ForumContext{forum, m.sentence.paragraph, span, m.sentence.heading, author_there, evidence_, {}};
  }

  void close_context() {
    if (ctx_ && ctx_->author_there && !ctx_->people.empty()) {
      std::vector<Mention> group{author_};
      for (const auto& p : ctx_->people) group.push_back(p);
      Evidence keep = evidence_;
      evidence_ = ctx_->evidence;
      for (size_t a = 0; a < group.size(); ++a)
        for (size_t b = a + 1; b < group.size(); ++b) fact(group[a], Relation::kMetWith, group[b]);
      evidence_ = keep;
    }
    ctx_.reset();
  }

  void join_context(const Mention& p) {
    if (ctx_ && std::find(ctx_->people.begin(), ctx_->people.end(), p) == ctx_->people.end())
      ctx_->people.push_back(p);
  }

  // People named in the paragraph that opened the context were at the meeting.
  void note_forum_people(Masked& m) {
    if (!ctx_ || m.sentence.paragraph != ctx_->paragraph) return;
    for (size_t k = 0; k < m.rec.spans.size(); ++k)
      if (participant(m, k)) join_context(ent(m, k));
  }

  bool participant(const Masked& m, size_t k) const {
    const Span& s = m.rec.spans[k];
    return s.type == EntityType::kPerson && s.known && !s.possessive && m.paren_depth[k] == 0;
  }

  // --- presented_to -------------------------------------------------------------
  void presentations(Masked& m) {
    // "Cate's strategy show & tell": the person's own session.
    for (size_t k = 0; k + 1 < m.rec.spans.size(); ++k) {
      const Span& a = m.rec.spans[k];
      const Span& b = m.rec.spans[k + 1];
      if (a.type == EntityType::kPerson && a.possessive && b.begin == a.end && b.type == EntityType::kForum &&
          std::regex_search(lower(b.name), kRe1))
        present(ent(m, k), ent(m, k + 1));
    }
    static const std::regex cue(
        R"(\b(presented|presenting|presentation|(?:give|gave|giving|gives) (?:a |an |some |our |my )?(?:\S+ )?(?:talk|run[- ]through|update|updates|overview|presentation|demo|briefing)|run[- ]through|talked (?:us )?(?:through|about)|talk through|co-delivered|delivered a talk|talk and q&a|provided an update|update from|heard from|walked (?:us |me )?through|(?:a|the) (?:\S+ ){0,2}walk[- ]?through|reflecting on|spoke (?:at|to)|pitched|demoed|showcased|set out|ran (?:a|an|our) (?:\S+ )?(?:workshop|session|demo|show (?:&|and) tell|masterclass|briefing) (?:for|with|at))\b)");
    if (!has_any(m.text, {"present", "gave", "give", "giving", "run", "ran ", "talk", "deliver", "update", "heard", "walk",
                          "reflect", "spoke", "pitch", "demo", "showcas", "set out"}))
      return;
    // Each presenting verb in the sentence: "Priya gave an update, and Ravi
    // from X talked through the national picture."
    for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), cue); it != std::sregex_iterator(); ++it) {
      size_t at = it->position(0);
      // The clause the verb is in: from the last ", and"/";" before it.
      size_t clause = 0;
      for (const char* sep : {" , and ", " ; ", " , while ", " , but "}) {
        size_t p = m.text.rfind(sep, at);
        if (p != std::string::npos) clause = std::max(clause, p + std::string(sep).size());
      }
      presentation(m, it->str(1), m.text.substr(clause, at - clause), m.text.substr(at + it->length(0)));
    }
  }

  void presentation(Masked& m, const std::string& cue_text, const std::string& before, const std::string& after) {
    std::vector<size_t> presenters;
    bool author_presents = false;
    auto persons_in = [&](const std::string& piece) {
      std::vector<size_t> out;
      for (size_t k : refs(piece))
        if (is_person(m, k) && !m.rec.spans[k].possessive) out.push_back(k);
      return out;
    };
    // "the walk through ... that Jenny ran", "... delivered by Emma".
    static const std::regex by(R"(\b(?:delivered|given|led|presented|run|hosted|ran) by (@\d+@))");
    static const std::regex relative(R"(\bthat (@\d+@) (?:from \S+ )?(?:ran|tan|led|gave|delivered|presented))");
    std::smatch x;
    if (starts_with(cue_text, "update from") || starts_with(cue_text, "heard from")) {
      // The author listened: the speaker follows the cue.
      auto ps = persons_in(after.substr(0, 40));
      if (ps.empty()) return;
      presenters.push_back(ps[0]);
    } else if (std::regex_search(after, x, by) || std::regex_search(after, x, relative)) {
      auto ps = persons_in(x.str(1));
      if (ps.empty()) return;
      presenters = ps;
    } else if (std::regex_search(cue_text, kRe2)) {
      return;  // a walk through with no named guide: a shared session, not a talk
    } else {
      // The people just before the verb: "Matthew and Zoe provided an
      // update", "Eddie started by reflecting", "Ravi from X talked through".
      subject_before(m, before, presenters, author_presents);
      // "... met up with colleagues from Leicester to talk through": the
      // subject of the sentence presents.
      static const std::regex subject(R"(((?:@\d+@|\bi\b)(?: (?:,|and|&|, and) (?:@\d+@|i\b))*) (?:also )?(?:met|had|joined|went|caught|visited|sat|popped|headed))");
      std::smatch sj;
      if (presenters.empty() && !author_presents && std::regex_search(before, sj, subject)) {
        presenters = persons_in(sj.str(1));
        author_presents = std::regex_search(sj.str(1), kRe3);
      }
      if (presenters.empty() && !author_presents && m.first_person &&
          (before.empty() || std::regex_search(before, kRe4)))
        author_presents = true;  // "Popped along to X to give an overview" (implicit I)
    }
    if (presenters.empty() && !author_presents) return;
    if (presenters.empty() && author_presents && presented_by_author_in_.count(&m)) return;
    if (author_presents) presented_by_author_in_.insert(&m);

    // The audience: a forum named in the sentence, else colleagues from a
    // body, else the meeting being described, else the people met in this
    // paragraph, else (someone else presenting) the author.
    std::vector<Mention> audience;
    for (size_t k = 0; k < m.rec.spans.size(); ++k)
      if (type(m, k) == EntityType::kForum && !m.rec.spans[k].possessive) {
        audience.push_back(ent(m, k));
        open_context(audience.back(), m, author_presents || m.first_person);
        break;
      }
    if (audience.empty()) {
      static const std::regex from(R"((?:colleagues|people|councillors|team|peers|officers|staff) from (?:the )?(@\d+@))");
      std::smatch f;
      if (std::regex_search(m.text, f, from)) {
        size_t k = refs(f.str(1))[0];
        if (org_like(type(m, k))) audience.push_back(ent(m, k));
      }
    }
    if (audience.empty() && ctx_) audience.push_back(ctx_->forum);
    if (audience.empty() && author_presents) audience = meeting_people_;
    if (audience.empty() && !author_presents && m.first_person) audience.push_back(author_);

    std::vector<Mention> who;
    if (author_presents) who.push_back(author_);
    for (size_t k : presenters) who.push_back(ent(m, k));
    for (const auto& p : who)
      for (const auto& a : audience) present(p, a);
  }

  // Walks back from the end of `before` over at most five lower-case words,
  // "from <body>" and parentheses, then collects the people (and "I"/"we")
  // listed there.
  void subject_before(const Masked& m, const std::string& before, std::vector<size_t>& people, bool& author) const {
    auto words = split(trim(before), ' ');
    int i = static_cast<int>(words.size()) - 1;
    int skipped = 0;
    auto is_ref = [](const std::string& w) { return w.size() > 2 && w.front() == '@' && w.back() == '@'; };
    while (i >= 0) {
      const std::string& w = words[i];
      if (w == ")") {  // skip a parenthesis
        while (i >= 0 && words[i] != "(") --i;
        --i;
        continue;
      }
      if (is_ref(w) && i > 0 && words[i - 1] == "from") {
        i -= 2;
        continue;
      }
      if (is_ref(w) || w == "i" || w == "we") break;
      if (++skipped > 5 || w == "," || w == "that" || w == "which" || w == "who") return;
      --i;
    }
    while (i >= 0) {
      const std::string& w = words[i];
      if (is_ref(w)) {
        size_t k = refs(w)[0];
        if (!is_person(m, k) || m.rec.spans[k].possessive) return;
        people.push_back(k);
      } else if (w == "i" || w == "we") {
        author = true;
      } else if (w != "," && w != "and" && w != "&") {
        return;
      }
      --i;
    }
  }

  void present(const Mention& p, const Mention& a) {
    fact(p, Relation::kPresentedTo, a);
    presented_.insert({p.name, a.name});
    if (ctx_ && a == ctx_->forum && !p.author) join_context(p);
  }

  // --- attended / forum context -------------------------------------------------
  void attendance(Masked& m) {
    static const std::regex chair_cue(R"(\b(chaired|chair of|chairing|i chair)\b)");
    static const std::regex attend_cue(
        R"(\b(joined|join|joining|took part|take part|went|go to|going to|attended|attending|part of|headed|popped along|went along|came to|coming to|at (the|our|a|their)|had (our|the|a)|sat on|hosting|hosted|meeting|meetings|with the final|on the panel|our regular|our latest|chaired)\b)");
    // A meeting being prepared for has not been attended (yet).
    static const std::regex future(
        R"(\b(prepared? for|preparing for|ahead of|due in|due to|upcoming|plan (?:our|the) next|to plan|next week|will be)\b)");
    bool chaired = std::regex_search(m.text, chair_cue);
    bool attend = std::regex_search(m.text, attend_cue) && !std::regex_search(m.text, future);
    std::optional<size_t> f;
    for (size_t k = 0; k < m.rec.spans.size(); ++k)
      if (type(m, k) == EntityType::kForum && !m.rec.spans[k].possessive) {
        f = k;
        break;
      }
    if (!f) {
      // "I was hosting the first couple of days ... Colin chaired the final
      // day": attendance at the meeting being described.
      bool here = ctx_ && (ctx_->from_heading || ctx_->paragraph == m.sentence.paragraph);
      if (here && attend && m.first_person) {
        if (m.first_person && !presented_.count({author_.name, ctx_->forum.name})) {
          fact(author_, Relation::kAttended, ctx_->forum);
          ctx_->author_there = true;
        }
        for (size_t k = 0; k < m.rec.spans.size(); ++k)
          if (participant(m, k) && !presented_.count({m.rec.spans[k].name, ctx_->forum.name})) {
            fact(ent(m, k), Relation::kAttended, ctx_->forum);
          }
      }
      // "Cllr Dana Okafor chaired." / "... chaired the meeting": the chair of
      // the meeting being described (not "chaired the final day").
      if (ctx_ && (ctx_->from_heading || m.sentence.paragraph <= ctx_->paragraph + 1)) {
        static const std::regex chair(R"((@\d+@) (?:\S+ ){0,2}chaired(?: (?:it|the meeting|the session|proceedings))? ?[.!]?$)");
        std::smatch ch;
        if (std::regex_search(m.text, ch, chair)) {
          size_t k = refs(ch.str(1))[0];
          if (participant(m, k)) fact(ent(m, k), Relation::kLeads, ctx_->forum);
        }
      }
      note_forum_people(m);
      return;
    }
    Mention forum = ent(m, *f);
    // "This week the Data Board met": the meeting this passage is about.
    static const std::regex forum_met(R"(@(\d+)@ (?:met|meets|convened|gathered)\b)");
    std::smatch fm;
    if (std::regex_search(m.text, fm, forum_met) && std::stoul(fm.str(1)) == *f) {
      open_context(forum, m, m.first_person);
      note_forum_people(m);
      return;
    }
    if (!attend && !chaired) {
      note_forum_people(m);
      return;
    }
    open_context(forum, m, m.first_person);
    if (m.first_person) {
      if (chaired && std::regex_search(m.text, kRe5)) {
        fact(author_, Relation::kLeads, forum);
      } else if (!presented_.count({author_.name, forum.name})) {
        fact(author_, Relation::kAttended, forum);
        if (std::regex_search(m.text, kRe6))
          fact(author_, Relation::kMemberOf, forum);
      }
    }
    // Others named at the meeting attended it too, unless they presented.
    for (size_t k = 0; k < m.rec.spans.size(); ++k) {
      if (!participant(m, k)) continue;
      Mention p = ent(m, k);
      if (!presented_.count({p.name, forum.name})) fact(p, Relation::kAttended, forum);
    }
    note_forum_people(m);
  }

  // The ontology: a presenter at a forum gets presented_to only, a chair
  // leads only; neither also "attended".
  void drop_attendance_of_presenters_and_chairs() {
    std::set<std::pair<std::string, std::string>> stronger;
    for (const auto& f : out_.facts)
      if (f.relation == Relation::kPresentedTo || f.relation == Relation::kLeads)
        stronger.insert({f.source.name, f.target.name});
    out_.facts.erase(std::remove_if(out_.facts.begin(), out_.facts.end(),
                                    [&](const Fact& f) {
                                      return f.relation == Relation::kAttended &&
                                             stronger.count({f.source.name, f.target.name});
                                    }),
                     out_.facts.end());
  }

  // --- member_of ------------------------------------------------------------------
  void membership(Masked& m) {
    if (!has_any(m.text, {"from", " at ", " of ", "for", "new to", "join", " in ", "voted", "elected", "appointed", "( @"}))
      return;
    // "Patric and Tim from Linkd", "Stuart (from HR)", "Paul Brewer at Adur & Worthing".
    static const std::regex from(
        R"(((?:@\d+@ (?:, |and |& )?)+)(?:\( )?(?:from|at|of) (?:the )?(@\d+@|[a-z]+))");
    for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), from); it != std::sregex_iterator(); ++it) {
      std::string obj = (*it)[2].str();
      std::optional<Mention> target;
      if (obj[0] == '@') {
        size_t k = refs(obj)[0];
        EntityType t = type(m, k);
        if (t == EntityType::kPerson) continue;
        Span& s = m.rec.spans[k];
        if (!s.known && t == EntityType::kOrganisation) s.known = true;  // "from Linkd": a body
        if (t == EntityType::kForum || t == EntityType::kProgramme) {
          if ((*it).str().find(" of ") != std::string::npos) continue;
        }
        target = ent(m, k);
      } else {
        std::string dept = lex_.department(obj);
        if (dept.empty()) continue;
        target = named(dept, EntityType::kTeam);
      }
      if ((*it).str().find(" of ") != std::string::npos && target->type != EntityType::kCouncil &&
          target->type != EntityType::kOrganisation)
        continue;
      auto ks = refs((*it)[1].str());
      // Only the people directly listed before "from" belong there.
      for (size_t k : ks)
        if (is_person(m, k) && !m.rec.spans[k].possessive) {
          m.rec.spans[k].known = true;
          fact(ent(m, k), Relation::kMemberOf, *target);
        }
    }
    // Role phrases naming a body: "(ICT manager for the Hackney Learning Trust)",
    // "technology and data leads for Greenwich".
    static const std::regex role_for(
        R"((@\d+@)[^@]{0,80}?\b(manager|lead|leads|officer|designer|analyst|architect|developer|engineer|adviser|advisor|consultant) (?:for|at) (?:the )?(@\d+@)(?: (?:\| |and |& )(@\d+@))?)");
    for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), role_for); it != std::sregex_iterator(); ++it) {
      size_t p = refs((*it)[1].str())[0];
      if (!is_person(m, p)) continue;
      for (int g : {3, 4}) {
        if (!(*it)[g].matched) continue;
        size_t o = refs((*it)[g].str())[0];
        if (!org_like(type(m, o))) continue;
        // Several people before "leads for": each belongs to the bodies listed.
        auto people = refs(m.text.substr(0, it->position(0) + (*it)[1].length()));
        std::string head = m.text.substr(it->position(0), (*it)[2].first - m.text.begin() - it->position(0));
        for (size_t q : refs(head))
          if (is_person(m, q)) fact(ent(m, q), Relation::kMemberOf, ent(m, o));
      }
    }
    // "Sarah Jones (GDS)": a body in brackets right after a person.
    static const std::regex bracketed(R"((@\d+@) \( (@\d+@) \))");
    for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), bracketed); it != std::sregex_iterator(); ++it) {
      size_t p = refs((*it)[1].str())[0], o = refs((*it)[2].str())[0];
      if (is_person(m, p) && m.rec.spans[o].known &&
          (type(m, o) == EntityType::kOrganisation || type(m, o) == EntityType::kCouncil || type(m, o) == EntityType::kTeam))
        fact(ent(m, p), Relation::kMemberOf, ent(m, o));
    }
    // "Omar Ali, Head of Digital at Camden Council", "Nina, CDO at Leeds".
    static const std::regex role_at(
        R"((@\d+@) (?:, |\( )(?:the |our |their )?(?:[a-z&' ]+ ){0,4}?(?:head|director|chief [a-z]+ officer|cdo|cio|cto|ceo|lead|manager|officer)(?: of [a-z&' ]+)? (?:at|for) (?:the )?(@\d+@))");
    for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), role_at); it != std::sregex_iterator(); ++it) {
      size_t p = refs((*it)[1].str())[0], o = refs((*it)[2].str())[0];
      if (is_person(m, p) && (type(m, o) == EntityType::kOrganisation || type(m, o) == EntityType::kCouncil))
        fact(ent(m, p), Relation::kMemberOf, ent(m, o));
    }
    // "new to Hackney", "joined as a Service Designer".
    static const std::regex new_to(R"((@\d+@)[^@]{0,30}\bnew to (@\d+@))");
    std::smatch nt;
    if (std::regex_search(m.text, nt, new_to)) {
      size_t p = refs(nt.str(1))[0], o = refs(nt.str(2))[0];
      if (is_person(m, p) && org_like(type(m, o))) fact(ent(m, p), Relation::kMemberOf, ent(m, o));
    }
    // "reflections on joining the HackIT team": the people of the sentence joined it.
    static const std::regex joining(R"(\bjoin(ing|ed)? (?:the |our )?(@\d+@))");
    std::smatch jn;
    if (std::regex_search(m.text, jn, joining)) {
      size_t t = refs(jn.str(2))[0];
      if (type(m, t) == EntityType::kTeam) {
        for (size_t k = 0; k < m.rec.spans.size(); ++k)
          if (is_person(m, k) && m.rec.spans[k].known && !m.rec.spans[k].possessive && m.paren_depth[k] == 0)
            fact(ent(m, k), Relation::kMemberOf, ent(m, t));
        if (std::regex_search(m.text, kRe7)) fact(author_, Relation::kMemberOf, ent(m, t));
      }
    }
    // The author's own team: "we've done in the HackIT team", "we're taking in HackIT".
    static const std::regex own_team(R"(\b(we|we've|we're|our)\b[^@;]{0,60}\b(in|at|across) (?:the )?(@\d+@))");
    std::smatch ot;
    if (std::regex_search(m.text, ot, own_team)) {
      size_t t = refs(ot.str(3))[0];
      if (type(m, t) == EntityType::kTeam && !m.rec.spans[t].possessive)
        fact(author_, Relation::kMemberOf, ent(m, t));
    }
    // "voted into Socitm as Vice President", "I joined X as".
    static const std::regex into(R"(\b(i|i've|i have)\b[^@]{0,30}\b(voted|elected|appointed) (?:in)?to (?:the )?(@\d+@))");
    std::smatch vi;
    if (std::regex_search(m.text, vi, into)) {
      size_t o = refs(vi.str(3))[0];
      if (org_like(type(m, o)) || type(m, o) == EntityType::kForum) fact(author_, Relation::kMemberOf, ent(m, o));
    }
  }

  // --- leads ----------------------------------------------------------------------
  void leadership(Masked& m) {
    if (!has_any(m.text, {"director", "head", "chair", "chief", "ceo", "leader", "lead", "ad ", "cio", "cdo", "cto",
                          "mayor", "responsib", "charge"}))
      return;
    static const std::string role =
        R"((?:director|head|chair|chief executive|chief exec|ceo|leader|lead|ad|assistant director|executive director|deputy director|managing director|cio|cdo|cto))";
    // "Eddie (the Director of LOTI)", "Kay, our director of customer services",
    // "Vicky our AD, Community Enforcement and Regulatory Services".
    static const std::regex after("(@\\d+@) (?:\\( |, )?(?:the |our |my )?(?:new |interim |current |acting )?" + role +
                                  R"((?: of| for|,)? (?:the )?(@\d+@|[a-z' ]+))");
    // "the current Director of Customer Services, Kay Brown".
    static const std::regex before("\\b" + role + R"( (?:of|for) (?:the )?(@\d+@) , (@\d+@))");
    std::smatch x;
    std::string text = m.text;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), after); it != std::sregex_iterator(); ++it) {
      size_t p = refs((*it)[1].str())[0];
      if (!is_person(m, p)) continue;
      std::string obj = (*it)[2].str();
      if (obj[0] == '@') {
        size_t o = refs(obj)[0];
        if (type(m, o) == EntityType::kPerson) continue;
        fact(ent(m, p), Relation::kLeads, ent(m, o));
      } else {
        // Lower-case unit after the role: "director of customer services".
        static const std::regex unit(R"(^((?:[a-z]+(?: |$)){1,4}))");
        std::smatch u;
        std::string words = trim(obj);
        if (!std::regex_search(words, u, unit)) continue;
        std::vector<std::string> kept;
        for (const auto& w : split(trim(u.str(1)), ' ')) {
          if (w == "and" || w == "to" || w == "who" || w == "is" || w == "was" || w == "for" || w == "where" ||
              w == "about" || w == "from" || w == "at" || w == "in" || w == "on" || w == "with")
            break;
          kept.push_back(w);
        }
        std::string name = title_case(join(kept, " "));
        if (kept.empty()) continue;
        EntityType t = EntityType::kTeam;
        if (lex_.department(name).empty() && kept.size() == 1) {
          // "Tim (our Chief Exec)": a role with no unit leads the home council.
          continue;
        }
        if (auto* g = lex_.lookup(name)) {
          name = g->canonical;
          t = g->type;
        }
        fact(ent(m, p), Relation::kLeads, named(name, t));
      }
    }
    for (auto it = std::sregex_iterator(text.begin(), text.end(), before); it != std::sregex_iterator(); ++it) {
      size_t o = refs((*it)[1].str())[0], p = refs((*it)[2].str())[0];
      if (is_person(m, p) && org_like(type(m, o))) fact(ent(m, p), Relation::kLeads, ent(m, o));
    }
    // A leader of the whole council: "Tim (our CEO)", "the Leader, Cllr Steve Curran".
    if (home_) {
      static const std::regex top_after(R"((@\d+@) (?:\( |, )(?:our |the )(?:ceo|chief exec|chief executive|leader|mayor)\b(?! of))");
      // "the Leader, Cllr Steve Curran." but not "the Mayor, Cllr A and Cllr B" (a list).
      static const std::regex top_before(R"(\bthe (?:leader|ceo|chief executive|mayor) ,? (@\d+@)(?! (?:and|,|&) ))");
      for (const auto* re : {&top_after, &top_before})
        for (auto it = std::sregex_iterator(text.begin(), text.end(), *re); it != std::sregex_iterator(); ++it) {
          size_t p = refs((*it)[1].str())[0];
          if (is_person(m, p)) fact(ent(m, p), Relation::kLeads, *home_);
        }
    }
    // "Matthew will be taking interim responsibility for the X teams along with the Y teams".
    static const std::regex resp(R"((@\d+@) (?:will be |is |has been )?(?:taking|take|taken|took) (?:on )?(?:interim |overall )?(?:responsibility|charge) for (.*))");
    if (std::regex_search(text, x, resp)) {
      size_t p = refs(x.str(1))[0];
      if (is_person(m, p))
        for (size_t o : refs(x.str(2)))
          if (org_like(type(m, o))) fact(ent(m, p), Relation::kLeads, ent(m, o));
    }
    // "the apprenticeship steering group meeting that I chaired" / "Chaired the X".
    static const std::regex chaired(R"((@\d+@)[^@]{0,20}\bthat (i|we) chaired|\bchaired (?:the )?(?:[a-z]+ 's )?(@\d+@))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), chaired); it != std::sregex_iterator(); ++it) {
      std::string g = (*it)[1].matched ? (*it)[1].str() : (*it)[3].str();
      size_t f = refs(g)[0];
      if (type(m, f) == EntityType::kForum && m.first_person) fact(author_, Relation::kLeads, ent(m, f));
    }
  }

  // --- part_of ----------------------------------------------------------------------
  void structure(Masked& m) {
    // "Hackney's Planning service", "the Hackney Management Team's GOLD group".
    for (size_t k = 0; k + 1 < m.rec.spans.size(); ++k) {
      const Span& a = m.rec.spans[k];
      const Span& b = m.rec.spans[k + 1];
      if (!a.possessive || b.begin != a.end) continue;
      if (!org_like(a.type) && a.type != EntityType::kCouncil) continue;
      if (b.type == EntityType::kTeam || b.type == EntityType::kForum || b.type == EntityType::kProgramme)
        fact(ent(m, k + 1), Relation::kPartOf, ent(m, k));
    }
    // "the Council's corporate resilience group": the home council's.
    if (home_) {
      static const std::regex council_s(R"(\b(?:the|our) council 's (?:new |regular )?(@\d+@))");
      for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), council_s); it != std::sregex_iterator(); ++it) {
        size_t k = refs((*it)[1].str())[0];
        if (type(m, k) == EntityType::kForum || type(m, k) == EntityType::kTeam)
          fact(ent(m, k), Relation::kPartOf, *home_);
      }
    }
    // "X division (which includes A, B, C, and D)".
    static const std::regex includes(R"((@\d+@) (?:\( )?(?:which includes|including|which include|comprising|made up of) ((?:@\d+@ ?(?:, )?(?:and )?)+))");
    std::smatch inc;
    if (std::regex_search(m.text, inc, includes)) {
      size_t whole = refs(inc.str(1))[0];
      if (org_like(type(m, whole)))
        for (size_t k : refs(inc.str(2))) {
          Span& part = m.rec.spans[k];
          if (!part.known) {  // listed parts of a division are units like it
            part.type = type(m, whole);
            part.known = true;
          }
          if (org_like(part.type)) fact(ent(m, k), Relation::kPartOf, ent(m, whole));
        }
    }
  }

  // Names that start with another entity's name: "LOTI Advisory Panel" is part
  // of LOTI, "Hackney Learning Trust ICT" of the Hackney Learning Trust.
  void prefix_structure() {
    std::vector<Mention> ms = out_.mentions;
    // Bodies the gazetteer knows count as outer names even when the note
    // never names them alone ("LOTI Advisory Panel" -> LOTI).
    for (const auto& inner : std::vector<Mention>(ms)) {
      if (inner.author || inner.type == EntityType::kPerson) continue;
      auto words = phrase_words(inner.name);
      for (size_t n = words.size() - 1; n >= 1; --n) {
        std::vector<std::string> head(words.begin(), words.begin() + n);
        auto m = lex_.match(head, 0);
        if (m && m->length == n && m->entry->type != EntityType::kPerson && m->entry->type != EntityType::kForum) {
          Mention outer = named(m->entry->canonical, m->entry->type);
          if (std::find(ms.begin(), ms.end(), outer) == ms.end()) ms.push_back(outer);
          break;
        }
      }
    }
    for (const auto& inner : ms) {
      if (inner.author || inner.type == EntityType::kPerson || inner.type == EntityType::kCouncil ||
          inner.type == EntityType::kOrganisation)
        continue;
      for (const auto& outer : ms) {
        if (outer.author || outer.type == EntityType::kPerson || outer.type == EntityType::kForum) continue;
        if (outer.name.size() >= inner.name.size() || !starts_with(inner.name, outer.name + " ")) continue;
        // Only the longest outer name: "Hackney Learning Trust ICT" is part
        // of the Trust, not also of Hackney.
        bool longer = false;
        for (const auto& o2 : ms)
          longer |= o2.name.size() > outer.name.size() && o2.name.size() < inner.name.size() &&
                    starts_with(inner.name, o2.name + " ") && !o2.author && o2.type != EntityType::kPerson &&
                    o2.type != EntityType::kForum;
        if (longer) continue;
        evidence_ = Evidence{note_.id, note_.date, ""};
        for (const auto& m : sentences_)
          if (m.sentence.norm.find(inner.name) != std::string::npos) {
            evidence_.sentence = m.sentence.text;
            break;
          }
        fact(inner, Relation::kPartOf, outer);
      }
    }
  }

  // --- partner_of -------------------------------------------------------------------
  void partners(Masked& m) {
    if (!has_any(m.text, {"partner"})) return;
    static const std::regex partner(R"(\b(?:our |with )?partners? ((?:@\d+@ ?(?:, |and |& )?)+)|\bin partnership with ((?:@\d+@ ?(?:, |and |& )?)+))");
    if (!home_) return;
    for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), partner); it != std::sregex_iterator(); ++it) {
      std::string g = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
      for (size_t k : refs(g))
        if (type(m, k) == EntityType::kOrganisation || type(m, k) == EntityType::kCouncil) {
          m.rec.spans[k].known = true;
          fact(ent(m, k), Relation::kPartnerOf, *home_);
        }
    }
  }

  void cooccurrence(Masked& m) {
    std::vector<size_t> ks;
    for (size_t k = 0; k < m.rec.spans.size(); ++k)
      if (keep(m, k)) ks.push_back(k);
    for (size_t a = 0; a < ks.size(); ++a)
      for (size_t b = a + 1; b < ks.size(); ++b) fact(span(m, ks[a]), Relation::kMentionedWith, span(m, ks[b]));
  }

  const Note& note_;
  const Lexicon& lex_;
  const ExtractOptions& opt_;
  Mention author_;
  std::optional<Mention> home_;
  std::string home_evidence_;
  std::vector<Masked> sentences_;
  Evidence evidence_;
  NoteExtraction out_;
  std::set<std::pair<const Masked*, size_t>> used_;
  std::set<std::pair<std::string, std::string>> presented_;
  std::optional<ForumContext> ctx_;
  std::set<const Masked*> presented_by_author_in_;
  std::vector<Mention> meeting_people_;  // met in the current paragraph
};

}  // namespace

NoteExtraction extract(const Note& note, const Lexicon& lexicon, const ExtractOptions& options) {
  return NoteExtractor(note, lexicon, options).run();
}

}  // namespace wngraph
