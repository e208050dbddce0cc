// detail::recognise(): one sentence -> its entity spans, typed, with the
// flags later stages read (possessive, known from a gazetteer or cue, place).
// The whole extractor's view of names is in extract_test.cc (Recognise.*).
#include <gtest/gtest.h>

#include "extract/recognise.h"
#include "test_util.h"

namespace wngraph::detail {
namespace {

std::vector<std::string> spans_of(const std::string& sentence) {
  std::vector<std::string> out;
  for (const auto& s : recognise(sentence, testing::lexicon()).spans) {
    std::string flags =
        std::string(s.possessive ? " possessive" : "") + (s.known ? " known" : "") + (s.place ? " place" : "");
    out.push_back(std::string(type_name(s.type)) + " " + s.name + flags);
  }
  return out;
}

TEST(RecogniseUnit, SpansTypesAndFlags) {
  struct Case {
    std::string sentence;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      // A gazetteer council under its long name, a person by name shape.
      {"I met Kay Brown from Hackney Council.", {"Person Kay Brown known", "Council Hackney known"}},
      {"Spoke to Femi Adeyemi at Leeds City Council.", {"Person Femi Adeyemi known", "Council Leeds known"}},
      // A possessive name is a mention, not a participant.
      {"We reviewed Kay's plan.", {"Person Kay possessive known"}},
      // An organisation from the government register, by acronym.
      {"We shared it with DLUHC and Ofsted.",
       {"Organisation Department for Levelling Up, Housing and Communities known", "Organisation Ofsted known"}},
      // A known name that opens a longer name closed by a type cue is part
      // of it, also through words that alone name nothing ("Board",
      // "Services"); one such word names a unit only as a forum.
      {"Today's Socitm Board Meeting was my last as Chair.", {"Forum Socitm Board known"}},
      {"We met the Nesta Board on Friday.", {"Forum Nesta Board known"}},
      {"It moved to Jisc Services Limited last year.", {"Organisation Jisc Services Limited known"}},
      {"Kay from the Jisc Digital Team came.", {"Person Kay known", "Team Jisc Digital Team known"}},
      {"Thanks to ONS Digital for the help.", {"Organisation Office for National Statistics known"}},
      {"The Ofsted Data Services Team shared their work.",
       {"Organisation Ofsted known", "Team Data Services Team known"}},
      // Post-nominal letters are not part of a person's name.
      {"It included a keynote from Simon Clarke MP on growth.", {"Person Simon Clarke known"}},
      {"Jo Bloggs OBE opened the event.", {"Person Jo Bloggs known"}},
      // Regions: compass words before a place name no entity.
      {"It was held in an East London warehouse.", {}},
      {"Teams across South West England joined the call.", {}},
      {"We met colleagues from West Berkshire.", {"Council West Berkshire known"}},
      // "UK" closes an organisation's name; a hyphenated given name.
      {"Kay Brown from Cycling UK spoke.", {"Person Kay Brown known", "Organisation Cycling UK known"}},
      {"Thanks to Parkrun UK for the venue.", {"Organisation Parkrun UK known"}},
      {"Mary-Jane Okafor joined the call.", {"Person Mary-Jane Okafor known"}},
      {"We met Jean-Luc Picard on Monday.", {"Person Jean-Luc Picard known"}},
      // A plural group's possessive inside a forum's name, a role's too.
      {"Demoed Redbox to the Permanent Secretaries' Digital Group.",
       {"Organisation Redbox", "Forum Permanent Secretaries' Digital Group known"}},
      // A verb opening a line without its "I" opens no name.
      {"Pitched Beacon to the Housing Board on Friday.", {"Organisation Beacon", "Forum Housing Board known"}},
      {"Kay Brown presented to the Chief Executives' Group.",
       {"Person Kay Brown known", "Forum Chief Executives' Group known"}},
      {"The Digital Directors' Network met in May.", {"Forum Digital Directors' Network known"}},
      // A body named by its kind first joins its subjects with "and",
      // also after its place.
      {"We both spoke about the Norfolk Office of Data and Analytics.",
       {"Organisation Norfolk Office of Data and Analytics"}},
      {"Kay Brown from the Institute for Health and Care Research spoke.",
       {"Person Kay Brown known", "Organisation Institute for Health and Care Research"}},
      // A body's own steering or programme board is named after the body,
      // as written; an interview panel is no forum.
      {"I attended the Data Standards Authority's steering board.",
       {"Organisation Data Standards Authority possessive known",
        "Forum Data Standards Authority steering board known"}},
      {"Kay Brown chaired the LGA's programme board.",
       {"Person Kay Brown known", "Organisation Local Government Association possessive known",
        "Forum LGA programme board known"}},
      {"We sat on Nesta's interview panel.", {"Organisation Nesta possessive known"}},
      // An unknown word opening a sentence or a bracket is kept when it
      // opens a list of people.
      {"Morag, Fraser and Ewan came.", {"Organisation Morag", "Person Fraser known", "Person Ewan known"}},
      {"Our team (Morag, Shona and Ewan) met.", {"Organisation Morag", "Person Shona known", "Person Ewan known"}},
      // A council's short name with its council word, a style the
      // gazetteer does not list, is the council.
      {"Kingston Council's Ruth Evans and I co-presented.",
       {"Council Kingston upon Thames possessive known", "Person Ruth Evans known"}},
      {"I met Kay from Richmond Council.", {"Person Kay known", "Council Richmond upon Thames known"}},
      // Words that say whose or where a team is name no team.
      {"We're working alongside their in-house team.", {}},
      {"I met the project team in Leeds.", {"Council Leeds known"}},
      // A person's name does not run into an acronym after it.
      {"Finally met Ayo Bello IRL after two years.", {"Person Ayo Bello known", "Organisation IRL"}},
      {"Lunch with Kay Brown DWP on Monday.",
       {"Person Kay Brown known", "Organisation Department for Work and Pensions known"}},
      // A known forum's generic name ends a longer name joined by "and".
      {"I presented to the Overview and Scrutiny Committee.", {"Forum Overview and Scrutiny Committee known"}},
      {"Kay Brown chairs the Audit and Scrutiny Committee.",
       {"Person Kay Brown known", "Forum Audit and Scrutiny Committee known"}},
      // A saint's name is a place's, a church's or a hospital's.
      {"Spent Tuesday at St James's with the team.", {}},
      {"I visited St Mungo's hostel with Kay Brown.", {"Person Kay Brown known"}},
      {"I met Kay Brown from St Helens Council.", {"Person Kay Brown known", "Council St Helens known"}},
      // Words between role words joined by "and" are the role's, not names;
      // people joined by "and" between roles are still people.
      {"Our Chief Nursing and Midwifery Officer, Kay Brown, spoke.", {"Person Kay Brown known"}},
      {"I'm Chief Digital and Information Officer at Leeds Teaching Hospitals NHS Trust.",
       {"Organisation Leeds Teaching Hospitals NHS Trust known"}},
      {"Our Director Kay Brown and Sam Jones Head of Data spoke.",
       {"Person Kay Brown known", "Person Sam Jones known"}},
      // A lower-case forum's name may join two words with "and", after a
      // body's name too; a verb's clause is no name.
      {"Kay Brown chairs the health and care steering group.",
       {"Person Kay Brown known", "Forum health and care steering group known"}},
      {"I went to the Socitm roads and transport board on Friday.", {"Forum Socitm roads and transport board known"}},
      {"We sifted the applications and held panel interviews.", {}},
      // A forum's own meeting is the forum, no mention of it.
      {"I went to the Fire Digital Network's quarterly meeting today.", {"Forum Fire Digital Network known"}},
      {"Kay Brown presented at the Housing Board's last meeting.",
       {"Person Kay Brown known", "Forum Housing Board known"}},
      {"We read the Housing Board's papers.", {"Forum Housing Board possessive known"}},
      // A given name with accents the name list writes without.
      {"I spoke alongside Gráinne Kelly from the Department of Finance.",
       {"Person Gráinne Kelly known", "Organisation Department of Finance"}},
      {"We met Seán Ó Briain on Monday.", {"Person Seán Ó Briain known"}},
      // A department's name is a team, typed so until context says more.
      {"Kay Brown from Public Health joined us.", {"Person Kay Brown known", "Team Public Health"}},
      {"Kay Brown in Finance has written a post.", {"Person Kay Brown known", "Team Finance"}},
      {"Sam Jones from Legal joined the call.", {"Person Sam Jones known", "Team Legal"}},
      {"Ravi Mehta from HR sat on the panel.", {"Person Ravi Mehta known", "Team HR"}},
      {"We shared the plan with Adult Social Care colleagues.", {"Team Adult Social Care"}},
      // Months in dates and codes of letters and digits are no names.
      {"Weeknote: 11 June 21", {}},
      {"The first meeting is in June.", {}},
      {"We have until April to bid, then June Carter takes over.", {"Person June Carter known"}},
      {"The review on Jan 12 went well.", {}},
      {"We met June Okafor on 3 June.", {"Person June Okafor known"}},
      {"Our Q4 planning day went well.", {}},
      {"Notes from the podcast (S2 E4) are up.", {}},
      // A group named only by its kind is no forum; a named one is.
      {"We took it to the executive group on Monday.", {}},
      {"Mark facilitated a workshop with the steering group.", {"Person Mark known"}},
      {"I joined the apprenticeship steering group.", {"Forum apprenticeship steering group known"}},
      {"I joined the NHSX interoperability working group.", {"Forum NHSX interoperability working group known"}},
      {"Sam sits on the data standards working group.",
       {"Person Sam known", "Forum data standards working group known"}},
      {"We set up a working group on it.", {}},
      // A metropolitan borough by its own style, a Welsh council by its
      // Welsh one.
      {"Our team sits in Rochdale Borough Council.", {"Council Rochdale known"}},
      {"I'm the new manager at Cyngor Gwynedd.", {"Council Gwynedd known"}},
      // A lower-case team of three words that name a department, or of two
      // departments joined by "and".
      {"Delivered a training session for the adult social care team.", {"Team adult social care team known"}},
      {"I met the revenues and benefits team.", {"Team revenues and benefits team known"}},
      {"I met the whole brilliant finance team.", {"Team finance team known"}},
      {"Met our partner team at Money and Pensions Service.", {"Organisation Money and Pensions Service known"}},
      // A workshop is named after its host's possessive or with two words
      // before it; not "a workshop", "our design workshop".
      {"Thursday - the West Midlands Combined Authority's digital roadmap workshop.",
       {"Organisation West Midlands Combined Authority possessive known", "Forum digital roadmap workshop known"}},
      {"We held the data strategy workshop on Monday.", {"Forum data strategy workshop known"}},
      {"Our design workshop went well.", {}},
      {"Presented at Camden's all-staff briefing.",
       {"Council Camden possessive known", "Forum all-staff briefing known"}},
      {"I gave a briefing to the team.", {}},
      // A council's scrutiny meeting by its one word, as Cabinet.
      {"Thursday - took the digital strategy to Scrutiny.", {"Forum Scrutiny known"}},
      {"Scrutiny agreed the plan.", {"Forum Scrutiny known"}},
      // "mtg" is a meeting.
      {"LOTI data leads mtg.", {"Forum LOTI data leads mtg known"}},
      {"Went to the housing digital leads mtg on Monday.", {"Forum housing digital leads mtg known"}},
      {"Had a team mtg.", {}},
      // A launch named after what it launched is an event, not a verb.
      {"On Friday I attended the Charity Digital Skills Report launch.",
       {"Forum Charity Digital Skills Report launch known"}},
      {"We went to the NHS App launch in Leeds.", {"Forum NHS App launch known", "Council Leeds known"}},
      {"Camden launch their new app today.", {"Council Camden known"}},
      // A guild is a forum, named in capitals or in lower case.
      {"I presented our ridership model at the TfGM Analytics Guild.", {"Forum TfGM Analytics Guild known"}},
      {"Sam joined our data engineering guild.", {"Person Sam known", "Forum data engineering guild known"}},
      // Up to four words name an event before its kind.
      {"I attended the cross-government user research community meetup.",
       {"Forum cross-government user research community meetup known"}},
      // A design authority is a board, named with a word before it.
      {"Sat in on the ICS digital design authority.", {"Forum ICS digital design authority known"}},
      {"Presented the options to the technical design authority.", {"Forum technical design authority known"}},
      {"The design authority met.", {}},
      {"I sat on the interview panel for the new post.", {}},
      {"I sat on the evaluation panel for the new system.", {}},
      // A group's possessive runs inside a unit's name; a person's does not.
      {"I briefed the Children's Services Leadership Team.", {"Team Children's Services Leadership Team known"}},
      {"We went to the Residents' Panel.", {"Forum Residents' Panel known"}},
      {"Kay Brown's Data Team met.", {"Person Kay Brown possessive known", "Team Data Team known"}},
      // A prison by the Prison Service's prefix.
      {"I shadowed Leila Haddad on a visit at HMP Leeds.",
       {"Person Leila Haddad known", "Organisation HMP Leeds known"}},
      {"We met staff from HMYOI Cookham Wood.", {"Organisation HMYOI Cookham Wood known"}},
      // So is a day, and a quarter or a year before the name is part of it.
      {"We held our Q3 budget planning day.", {"Forum Q3 budget planning day known"}},
      {"We went to the 2025 digital strategy day.", {"Forum 2025 digital strategy day known"}},
      {"Thursday was our annual digital strategy day.", {"Forum digital strategy day known"}},
      {"It was the last working day of the month.", {}},
      {"We had our team planning day.", {}},
      // A call named by two words or more before it is a forum.
      {"I joined the cross-government design leaders call.", {"Forum cross-government design leaders call known"}},
      {"We had our weekly team call.", {}},
      {"I had a long phone call with Kay Brown.", {"Person Kay Brown known"}},
      // "Working" is a verb opening a sentence, a name's word before "Group".
      {"Joined the Cyber Working Group for the first time.", {"Forum Cyber Working Group known"}},
      {"We met the Digital Working Group.", {"Forum Digital Working Group known"}},
      {"Working with Kay Brown on it.", {"Person Kay Brown known"}},
      // An event's kind names it in lower case only after its host's
      // possessive.
      {"I spoke at the LGA's digital conference.",
       {"Organisation Local Government Association possessive known", "Forum digital conference known"}},
      {"We went to Hackney's data festival.", {"Council Hackney possessive known", "Forum data festival known"}},
      {"I went to the annual digital conference.", {}},
      // A body's annual event by its cadence alone is named after the body.
      {"I attended the Royal Statistical Society's annual conference.",
       {"Organisation Royal Statistical Society possessive known",
        "Forum Royal Statistical Society annual conference known"}},
      {"We went to Hackney's annual hackathon.",
       {"Council Hackney possessive known", "Forum Hackney annual hackathon known"}},
      {"I spoke at the Local Government Association's annual digital conference.",
       {"Organisation Local Government Association possessive known",
        "Forum Local Government Association annual digital conference known"}},
      {"We went to Nesta's quarterly data meetup.",
       {"Organisation Nesta possessive known", "Forum Nesta quarterly data meetup known"}},
      {"I went to the annual conference.", {}},
      // ... and by its kind alone, but for its network (its people).
      {"I went along to One Team Gov's breakfast.",
       {"Organisation OneTeamGov possessive known", "Forum One Team Gov breakfast known"}},
      {"Kay Brown spoke at Socitm's conference in May.",
       {"Person Kay Brown known", "Organisation Socitm possessive known", "Forum Socitm conference known"}},
      {"I asked Socitm's network.", {"Organisation Socitm possessive known"}},
      {"I went to Kay Brown's breakfast.", {"Person Kay Brown possessive known"}},
      // A roundtable or a webinar is an event's kind as a conference is.
      {"I joined the LGA's cyber roundtable.",
       {"Organisation Local Government Association possessive known", "Forum cyber roundtable known"}},
      {"Kay Brown ran Nesta's data webinar.",
       {"Person Kay Brown known", "Organisation Nesta possessive known", "Forum data webinar known"}},
      // "event" names an event only after its host's possessive.
      {"I joined the Crown Commercial Service's market engagement event.",
       {"Organisation Crown Commercial Service possessive known", "Forum market engagement event known"}},
      {"Kay Brown went to Nesta's open data event.",
       {"Person Kay Brown known", "Organisation Nesta possessive known", "Forum open data event known"}},
      {"Our hack day event is on Friday.", {}},
      {"I went to Nesta's event.", {"Organisation Nesta possessive known"}},
      // A community of practice in lower case is a forum's name, as a group
      // is.
      {"Attended LOTI's research community of practice.",
       {"Programme LOTI possessive known", "Forum research community of practice known"}},
      {"I presented at the cross-government data community of practice.",
       {"Forum cross-government data community of practice known"}},
      {"I joined our community of practice.", {}},
      // Role acronyms in the plural name no body.
      {"I interviewed four council CIOs for our project.", {}},
      {"Friday I hosted a roundtable with CTOs from five departments.", {}},
      // A housing group is a landlord, no forum.
      {"I'm Head of Digital at Clarion Housing Group.", {"Organisation Clarion Housing Group known"}},
      {"We met the Digital Housing Forum.", {"Forum Digital Housing Forum known"}},
      // A constabulary by its other name.
      {"I'm the digital lead at Avon and Somerset Police.", {"Organisation Avon and Somerset Constabulary known"}},
      // So does "Consulting": "PA Consulting".
      {"Arjun joined us from PA Consulting.", {"Person Arjun known", "Organisation PA Consulting known"}},
      {"We hired Blue Fern Consultancy for the review.", {"Organisation Blue Fern Consultancy known"}},
      // "Academy" closes a body's name: "NHS Digital Academy".
      {"I joined the NHS Digital Academy's leadership course.", {"Organisation NHS Digital Academy possessive known"}},
      {"Kay Brown teaches at the Scottish Digital Academy.",
       {"Person Kay Brown known", "Organisation Scottish Digital Academy known"}},
      // A body named right after its kind, even by a common word; the kind
      // is not in its name.
      {"I ran it with Josh from the charity Become.", {"Person Josh known", "Organisation Become known"}},
      {"We met the social enterprise Wiser about the pilot.", {"Organisation Wiser known"}},
      {"I spoke to the charity about it.", {}},
      {"We visited the charity Kay Brown runs.", {"Person Kay Brown known"}},
      // Departments listed by commas and "and" in one name that a type cue
      // closes.
      {"Mentored two apprentices from the Digital, Data and Technology Academy.",
       {"Organisation Digital, Data and Technology Academy known"}},
      {"I work in the Home Office's Digital, Data and Technology directorate.",
       {"Organisation Home Office possessive known", "Team Digital, Data and Technology known"}},
      {"I met the Finance, HR and Legal teams.", {"Team Finance", "Team HR", "Team Legal known"}},
      // A lone given name after "in", closing its clause, is a place.
      {"We visited the CivTech team at their office in Leith.", {"Team CivTech team known"}},
      {"I spent the day in Chester, then went home.", {}},
      {"We ran a workshop with parents in Weston-super-Mare on Tuesday.", {}},
      {"I met everyone in Kay's team.", {"Person Kay possessive known"}},
      // A month's name right after a given name, no date after it, is a
      // surname.
      {"We showed it to Councillor Sharmina August, lead member for anti-poverty.", {"Person Sharmina August known"}},
      {"I met Theresa May in August.", {"Person Theresa May known"}},
      {"I met Kay June 5 at the Data Panel.", {"Person Kay known", "Forum Data Panel known"}},
      // "Your" between capitalised words is inside a name.
      {"I joined the board of Code Your Future.", {"Programme Code Your Future"}},
      {"We met Tom Reid from Know Your Neighbourhood.", {"Person Tom Reid known", "Programme Know Your Neighbourhood"}},
      {"Is this Your Data?", {}},
      // A section or a unit after a name is a team, as a division is.
      {"I gave a talk to the Royal Statistical Society's Data Science section.",
       {"Organisation Royal Statistical Society possessive known", "Team Data Science known"}},
      {"Kay Brown from the Behavioural Insights unit joined.",
       {"Person Kay Brown known", "Team Behavioural Insights known"}},
      // A community, or a community of practice, is a forum.
      {"Owen Parry presented at the Planning Data Community of Practice.",
       {"Person Owen Parry known", "Forum Planning Data Community of Practice known"}},
      {"I joined the Product Community on Friday.", {"Forum Product Community known"}},
      {"We hosted the Data Network's quarterly meetup.",
       {"Forum Data Network possessive known", "Forum Data Network quarterly meetup known"}},
      {"I went to Kay Brown's digital meetup.", {"Person Kay Brown possessive known"}},
      {"I joined the NHS Confederation's digital nursing network.",
       {"Organisation NHS Confederation possessive known", "Forum digital nursing network known"}},
      {"We moved the laptops to the corporate network.", {}},
      // A name read as a person's, after a determiner and before a forum's
      // lower-case name, is the forum's.
      {"Tuesday was the Kent Connects partnership board.", {"Forum Kent Connects partnership board known"}},
      {"I chair our Ruth Jones fellowship panel.", {"Forum Ruth Jones fellowship panel known"}},
      {"We met Kay Brown digital inclusion group members.", {"Person Kay Brown known"}},
      // A body's local branch, named for a place that is also a given name;
      // a forum's name still does not run into a person's.
      {"The network is run by Age UK Kent.", {"Organisation Age UK Kent"}},
      {"Thanks to Age UK Lincoln for hosting.", {"Organisation Age UK Lincoln"}},
      {"At the Digital Board Simon gave an update.", {"Forum Digital Board known", "Person Simon known"}},
      // A surname that is also a place's last word: a person, but after a
      // place's preposition.
      {"I had a call with my mentor, Helen Park.", {"Person Helen Park known"}},
      {"Thanks to Kay Lane for the demo.", {"Person Kay Lane known"}},
      {"We walked to Victoria Park.", {}},
      {"The event was at Alexandra Park.", {}},
      // A body named by its kind and what it is for.
      {"I joined a webinar by the Centre for Public Impact.", {"Organisation Centre for Public Impact"}},
      {"We met the Institute of Place Management.", {"Organisation Institute of Place Management"}},
      // A body's own team in sentence case, and its show and tell.
      {"Nina from Southwark's Digital team gave a demo at the LOTI show and tell.",
       {"Person Nina known", "Council Southwark possessive known", "Team Digital team known",
        "Forum LOTI show and tell known"}},
      {"We joined the GDS show & tell.", {"Forum GDS show & tell known"}},
      // A service named the GOV.UK way, by what it lets one do.
      {"Tom Reid owns the Find a School service.", {"Person Tom Reid known", "Programme Find a School known"}},
      {"We launched Apply for a Blue Badge last week.", {"Programme Apply for a Blue Badge"}},
      {"Find a time to meet Kay Brown.", {"Person Kay Brown known"}},
      // A fair is an event.
      {"We had a stall at the Camden Resident Fair.", {"Forum Camden Resident Fair known"}},
      {"Kay Brown ran the Digital Skills Fair.", {"Person Kay Brown known", "Forum Digital Skills Fair known"}},
      // An authority is a body; a design authority is a board.
      {"The Welsh Revenue Authority met us.", {"Organisation Welsh Revenue Authority known"}},
      {"We met the Technical Design Authority.", {"Forum Technical Design Authority known"}},
      // A call named by a noun after a body's name is a forum; a bare call is not.
      {"I joined the Service Owners community call.", {"Forum Service Owners community call known"}},
      {"We joined the LOTI data call.", {"Forum LOTI data call known"}},
      {"I had a call with Kay Brown.", {"Person Kay Brown known"}},
      // A known body's cue word ("service") may open its forum's name.
      {"I presented the findings to the DfE service standard panel.", {"Forum DfE service standard panel known"}},
      {"Sam presented to the NHS England service design board.",
       {"Person Sam known", "Forum NHS England service design board known"}},
      // A meeting named by two words or more is a forum; "our team meeting" is not.
      {"The focus was the monthly digital leadership team meeting.", {"Forum digital leadership team meeting known"}},
      // A place after the determiner opens the name.
      {"Wednesday was the Greater Manchester digital portfolio meeting.",
       {"Forum Greater Manchester digital portfolio meeting known"}},
      {"I went to the North East digital leaders meeting.", {"Forum North East digital leaders meeting known"}},
      {"I joined the quarterly housing performance meeting.", {"Forum housing performance meeting known"}},
      {"We had our weekly team meeting.", {}},
      // A quoted name after the event's kind, in apposition, names it; a
      // talk's title does not.
      {"During the first workshop, 'Opportunities and Problem Exploration', we reviewed it.",
       {"Forum Opportunities and Problem Exploration known"}},
      {"We ran a session: 'Data Ethics for Beginners'.", {"Forum Data Ethics for Beginners known"}},
      {"Sam gave a talk entitled 'How to tell your story'.", {"Person Sam known"}},
      // An unknown name with an event word is the event's name.
      {"I went to the Data Ethics session on Friday.", {"Forum Data Ethics session known"}},
      {"It was Clean Air week at the council.", {"Forum Clean Air week known"}},
      {"We had a great Open Data day in Leeds.", {"Forum Open Data day known", "Council Leeds known"}},
      {"Kay Brown spoke on Tuesday this week.", {"Person Kay Brown known"}},
      // A known body's project is the body's work, not a programme of its
      // own; its conference is a forum of its own.
      {"We finished the Nesta project on Friday.", {"Organisation Nesta known"}},
      {"Kay wrote up the Camden programme for the board.", {"Person Kay known", "Council Camden known"}},
      {"We went to the Nesta conference.", {"Forum Nesta conference known"}},
      // A known name holding a role word opens a longer name closed by a cue.
      {"I was at the Digital Leaders Summit on Monday.", {"Forum Digital Leaders Summit known"}},
      {"We met the Society of Local Authority Chief Executives Board.",
       {"Forum Society of Local Authority Chief Executives Board known"}},
      // A known form with "the" ("the LGA") leaves "the" out of a unit named
      // after the body.
      {"I spent Wednesday at the LGA conference.", {"Forum LGA conference known"}},
      {"We visited the National Archives on Friday.", {"Organisation The National Archives known"}},
      // Words between two role words are the role's, not a name.
      {"Met Amir Khan, our Chief Clinical Information Officer, today.", {"Person Amir Khan known"}},
      {"Dr Femi Adeyemi, our CCIO, came up.", {"Person Femi Adeyemi known"}},
      {"Kay Brown is Chief Nursing Information Officer at Leeds.", {"Person Kay Brown known", "Council Leeds known"}},
      // A town or village in a name makes it a place.
      {"We met residents in Kentish Town on Monday.", {}},
      {"The library in Camden Town reopened.", {}},
      {"Sam Jones walked round Ashwell Village with us.", {"Person Sam Jones known"}},
      // A café, pub or shop named before its kind is a place, not a body; a
      // café with a capital can be a recurring event's name.
      {"We had lunch at the Blue Door cafe with Kay.", {"Person Kay known"}},
      {"Drinks at the Red Lion pub with Sam Jones.", {"Person Sam Jones known"}},
      {"We stayed at the Grand Hotel in Leeds.", {"Council Leeds known"}},
      // So is a public building by its town's name.
      {"Thanks to our volunteers at Dewsbury library.", {}},
      {"Kay Brown met us at Truro station.", {"Person Kay Brown known"}},
      // A body's session is a forum of its own with a noun before "session".
      {"I presented at the GDS all-staff session.", {"Forum GDS all-staff session known"}},
      {"We ran a Hackney planning session with Kay.", {"Forum Hackney planning session known", "Person Kay known"}},
      {"I had a LOTI session with Kay.", {"Programme LOTI known", "Person Kay known"}},
      // ... as are a name's festival, hack weekend or workshop with nouns before
      // them; its team stays its own people.
      {"Kay ran the Leeds code festival.", {"Person Kay known", "Forum Leeds code festival known"}},
      {"I went to the Open Data hack weekend.", {"Forum Open Data hack weekend known"}},
      {"We met the Camden design team.", {"Council Camden known"}},
      {"Thanks to the Essex County Council team for hosting us.", {"Council Essex known"}},
      {"The Leeds team sent their notes.", {"Council Leeds known"}},
      // A named team's meeting is a forum of its own; a team meeting is not.
      {"Dropped in on the Adult Social Care team meeting.", {"Forum Adult Social Care team meeting known"}},
      {"We went to the Camden team meeting.", {"Forum Camden team meeting known"}},
      {"We had a team meeting on Monday.", {}},
      {"Presented at the NHS Confederation expo.", {"Forum NHS Confederation expo known"}},
      // A body's webinar, seminar or breakfast is a forum of its own.
      {"We joined the Nesta webinar on Tuesday.", {"Forum Nesta webinar known"}},
      {"Ran the Digital Leaders breakfast with Sam Jones.",
       {"Forum Digital Leaders breakfast known", "Person Sam Jones known"}},
      {"I went to a breakfast with Kay.", {"Person Kay known"}},
      {"Attended Camden's show and tell on their new portal.",
       {"Council Camden possessive known", "Forum Camden show and tell known"}},
      {"We watched the LGA's show & tell.",
       {"Organisation Local Government Association possessive known", "Forum LGA show & tell known"}},
      {"We joined the Open Data Seminar.", {"Forum Open Data Seminar known"}},
      // An awayday is a forum.
      {"We had the Finance Awayday on Monday.", {"Forum Finance Awayday known"}},
      {"I finished the SLT Awayday running order.", {"Forum SLT Awayday known"}},
      // After a determiner, capitalised words closed by a team's or
      // programme's cue are a name, though they open with words that alone
      // name nothing; not without the cue, nor one such word alone.
      {"I caught up with the First Contact team about the backlog.", {"Team First Contact team known"}},
      {"Our Bring Your Own Device team rolled out new laptops.", {"Team Bring Your Own Device team known"}},
      // A partnership that meets is a forum; its office is not.
      {"Thursday I was at the Essex Digital Partnership meeting in Chelmsford.",
       {"Forum Essex Digital Partnership known", "Council Chelmsford known"}},
      {"Kay chaired the Kent Digital Alliance meetings this year.",
       {"Person Kay known", "Forum Kent Digital Alliance known"}},
      {"Thursday I was at the Essex Digital Partnership office.", {"Organisation Essex Digital Partnership known"}},
      // A department's digital team is a team, not a body named "Digital".
      {"Hello from the Planning Digital team at Medway Council!",
       {"Team Planning Digital known", "Council Medway known"}},
      {"Our Housing Digital team shipped the repairs form.", {"Team Housing Digital known"}},
      {"We met the Made Digital team.", {"Organisation Made Digital known"}},
      {"It is part of the Productivity and Digital directorate.", {"Team Productivity and Digital known"}},
      {"We met the Data and Digital team.", {"Team Data and Digital known"}},
      {"We launched their Get Online programme in the libraries.", {"Programme Get Online known"}},
      {"It was the Last Friday before the team broke up.", {}},
      // One camel-case word closed by an event word is a forum, also as a
      // hashtag; not a word that merely ends so.
      {"I went to CSVConf and LearnFest.", {"Forum CSVConf known", "Forum LearnFest known"}},
      {"I went to #UKGovCamp on Saturday.", {"Forum #UKGovCamp known"}},
      // A number after "#" is no hashtag.
      {"Weeknote #41 (Scottish Borders)", {"Council Scottish Borders known"}},
      {"Issue #3 of the newsletter went out.", {}},
      {"We watched Falcon on Saturday.", {"Organisation Falcon"}},
      // A council's libraries are a team of it; "and" does not join a name
      // to a known body's.
      {"We worked with Hackney Libraries and Leeds Libraries on it.",
       {"Team Hackney Libraries known", "Team Leeds Libraries known"}},
      {"The Community Enforcement and Regulatory Services team met.",
       {"Team Community Enforcement and Regulatory Services known"}},
      // A lower-case "team" closes a name joined by "and"; "teams" are two.
      {"Ran a kick-off with the Revenues and Benefits team.", {"Team Revenues and Benefits known"}},
      {"We met the Planning and Building Control team.", {"Team Planning and Building Control team known"}},
      {"I met the Finance and HR teams.", {"Team Finance", "Team HR known"}},
      // NHS bodies named for areas joined by "and"; two NHS bodies stay two.
      {"We ran a workshop with colleagues from NHS Greater Glasgow and Clyde.",
       {"Organisation NHS Greater Glasgow and Clyde"}},
      {"Dr Kay Brown from NHS Ayrshire and Arran spoke.",
       {"Person Kay Brown known", "Organisation NHS Ayrshire and Arran"}},
      {"We met NHS Lothian and NHS Fife.", {"Organisation NHS Lothian", "Organisation NHS Fife"}},
      // Any name opening with "NHS" is an NHS body; a department's units
      // joined by "and" before "directorate" are one.
      {"Ailsa Ross from NHS Education for Scotland came.",
       {"Person Ailsa Ross known", "Organisation NHS Education for Scotland"}},
      {"A call with the Digital Health and Care directorate.", {"Team Digital Health and Care known"}},
      // A council's bare name that is also a given name, in brackets after
      // a unit's name, is the council; after a person's, a person's name.
      {"Tuesday - Housing Data Network (Kent).", {"Forum Housing Data Network known", "Council Kent known"}},
      {"We met the Digital Board (Bradford) on Monday.", {"Forum Digital Board known", "Council Bradford known"}},
      // A charity's local branch is named for its place.
      {"I joined the board of trustees at Citizens Advice Camden.", {"Organisation Citizens Advice Camden known"}},
      {"We met Age UK Leeds.", {"Organisation Age UK Leeds"}},
      {"We met Nesta and Camden.", {"Organisation Nesta known", "Council Camden known"}},
      // So is its away day, in two words.
      {"I finally met Tom Reid in person at the LOTI away day.",
       {"Person Tom Reid known", "Forum LOTI away day known"}},
      {"We had the Digital Services away day on Friday.", {"Forum Digital Services away day known"}},
      // ... and its branch for a nation.
      {"We met Citizens Advice Cymru.", {"Organisation Citizens Advice Cymru known"}},
      {"We met Nesta and Scotland.", {"Organisation Nesta known"}},
      // A body's all-hands is a forum of its own.
      {"Thursday we went to the DfE all-hands.", {"Forum DfE all-hands known"}},
      {"I went to the GDS all-hands on Friday.", {"Forum GDS all-hands known"}},
      // A work word opens a name joined by "and" that a type cue closes.
      {"I chaired my first Digital and Customer Scrutiny Panel.", {"Forum Digital and Customer Scrutiny Panel known"}},
      {"We met the Digital and Technology team.", {"Team Digital and Technology known"}},
      // Two places whose names are given names too, joined by "and", open
      // one name a type cue or three words close.
      {"I read about the Kent and Medway Shared Care Record.", {"Programme Kent and Medway Shared Care Record"}},
      {"We joined the Devon and Cornwall Data Partnership.",
       {"Organisation Devon and Cornwall Data Partnership known"}},
      {"I met Kent and Hackney.", {"Person Kent known", "Council Hackney known"}},  // typed by the list rule later
      // ... or "service": "the Policy and Performance service".
      {"Our Data team is part of the Policy and Performance service.",
       {"Team Data team known", "Team Policy and Performance known"}},
      {"I met the Revenues and Benefits service.", {"Team Revenues and Benefits known"}},
      {"Digital and Data are my thing.", {}},
      // A lone word in brackets after a name is a candidate body; a bracket
      // opening a sentence still drops a lone unknown word.
      {"Heard a keynote from Polly Neate (Shelter).", {"Person Polly Neate known", "Organisation Shelter"}},
      {"I met Tom Reid (Brightwave) on Monday.", {"Person Tom Reid known", "Organisation Brightwave"}},
      {"(Honestly, it went well.)", {}},
      // A council's cabinet by its one-word name, not the role's word.
      {"Our Digital Strategy went to Cabinet on Tuesday.", {"Programme Digital Strategy known", "Forum Cabinet known"}},
      {"On Monday Cabinet agreed the budget.", {"Forum Cabinet known"}},
      {"Cabinet approved the plan.", {"Forum Cabinet known"}},
      {"Kay Brown is the Cabinet Member for Digital.", {"Person Kay Brown known"}},
      {"I met the Cabinet Office team.", {"Organisation Cabinet Office known"}},
      // A forum named for its members' role holds the role word.
      {"I chaired the London CIO Council on Friday.", {"Forum London CIO Council known"}},
      {"Tom presented to the Chief Officers Group.", {"Person Tom known", "Forum Chief Officers Group known"}},
      {"Thanks to Chief Executive Kay Brown.", {"Person Kay Brown known"}},
      {"I joined the LOTI Digital Leads meeting.", {"Forum LOTI Digital Leads meeting known"}},
      {"We had our weekly Chief Executive meeting.", {"Forum Chief Executive meeting known"}},
      {"Friday I was at a Digital Leaders Wales breakfast.", {"Forum Digital Leaders Wales breakfast known"}},
      // "and" joins a name to a word that names work ("Data") when a type cue
      // closes it; never a person's name to one.
      {"I was at the Government Digital and Data Conference.", {"Forum Government Digital and Data Conference known"}},
      {"I went to the Local Government Digital and Technology Awards.",
       {"Forum Local Government Digital and Technology Awards known"}},
      {"We met Kay Brown and Data Team colleagues.", {"Person Kay Brown known", "Team Data Team known"}},
      // "Teams" before "call" or "meeting" is the software.
      {"Quick Teams call with Tom Reid about the migration.", {"Person Tom Reid known"}},
      {"I had a Teams meeting with Kay Brown.", {"Person Kay Brown known"}},
      {"We met the Revenues and Benefits Teams.", {"Team Revenues and Benefits Teams known"}},
      // Event words close a forum's name.
      {"I spoke at the Public Sector Show.", {"Forum Public Sector Show known"}},
      {"We ran a stall at the Digital Health Roadshow.", {"Forum Digital Health Roadshow known"}},
      // A pronoun or contraction written without its apostrophe is no name.
      {"Ive met Kay Brown at the Data Panel.", {"Person Kay Brown known", "Forum Data Panel known"}},
      {"Theres a new plan. Weve shared it with Sam Jones.", {"Person Sam Jones known"}},
      // A team's name in sentence case: one capitalised word that names
      // nothing alone, lower-case words, "team"; not after a first name, a
      // day, a place or a known body, nor without a determiner.
      {"I worked with the User centred design team in the Cabinet Office.",
       {"Team User centred design team known", "Organisation Cabinet Office known"}},
      {"Our Content design team shipped the new guide.", {"Team Content design team known"}},
      {"We visited the Kay design team.", {"Person Kay known"}},
      {"I met the Tuesday planning team.", {}},
      {"The Data science team presented to the board.", {"Team Data science team known"}},
      {"We met the Service design team at Camden Council.", {"Team Service design team known", "Council Camden known"}},
      {"We met the Hackney digital team.", {"Council Hackney known"}},
      {"Service design team members met.", {}},
      // Bodies from the public registers (scripts/make-registers.py):
      // police and fire services, NHS trusts and ICBs, universities, the
      // largest charities; an everyday phrase that a register lists as a
      // name ("I Can", "Street Child") stays prose.
      {"Spent the morning with Essex Police and Kent Fire and Rescue Service.",
       {"Organisation Essex Police known", "Organisation Kent Fire and Rescue Service known"}},
      {"Our partners at Leeds Teaching Hospitals NHS Trust joined the call.",
       {"Organisation Leeds Teaching Hospitals NHS Trust known"}},
      // A trust by its name without the legal tail, when the rest says
      // what it is.
      {"Dr Priya Shah at Leeds Teaching Hospitals opened it.",
       {"Person Priya Shah known", "Organisation Leeds Teaching Hospitals NHS Trust known"}},
      {"I met Kay Brown from Barts Health about the pilot.",
       {"Person Kay Brown known", "Organisation Barts Health NHS Trust known"}},
      {"The Kent and Medway ICB shared its data strategy.",
       {"Organisation NHS Kent and Medway Integrated Care Board known"}},
      {"We presented to Cardiff and Vale University Health Board.",
       {"Organisation Cardiff and Vale University Health Board known"}},
      {"Two researchers from Sheffield Hallam University and the Open University came along.",
       {"Organisation Sheffield Hallam University known", "Organisation Open University known"}},
      {"Had a call with Cancer Research UK and the Royal National Institute of Blind People.",
       {"Organisation Cancer Research UK known", "Organisation Royal National Institute of Blind People known"}},
      {"I can help with that.", {}},
      // First names of every origin, from the ONS baby names register
      // (data/ons_first_names.txt); a name that is also a town's is left
      // out of it, so the town is no person (type.town makes it a place).
      {"Had a chat with Temitayo about the roadmap.", {"Person Temitayo known"}},
      {"Thanks to Aoife for running the retro.", {"Person Aoife known"}},
      {"We spent the day in Keighley with the team.", {"Organisation Keighley"}},
      // "Uni" closes a university's name as "University" does.
      {"I gave a guest lecture at Leeds Uni last week.", {"Organisation Leeds Uni known"}},
      {"Thanks to the students from Bath Uni who tested the form.", {"Organisation Bath Uni known"}},
      {"Uni was fun, a long time ago.", {}},
      // A first name before one plain word that names a body is a person
      // sharing the body's name; before an acronym, two names.
      {"Had a catch-up with Tom Atkins about the Capita contract.",
       {"Person Tom Atkins known", "Organisation Capita known"}},
      {"Jo Babcock from Serco joined us.", {"Person Jo Babcock known", "Organisation Serco known"}},
      {"Thanks to Kay LOTI for hosting.", {"Person Kay known", "Programme LOTI known"}},
      {"Honestly, I can see why it slipped.", {}},
      // A UK town is a name to the recogniser; the rule type.town makes it
      // a place right after "in", "near"... (tests/extract_test.cc).
      {"The Housing Repairs team in Newport will move offices.",
       {"Team Housing Repairs team known", "Organisation Newport"}},
      {"Thanks to the Falmouth team for the demo.", {"Team Falmouth team known"}},
      // Words that praise or size a team stand between its determiner and
      // its name; a team named by them alone is no team.
      {"Thanks to our trusty comms team for the help.", {"Team comms team known"}},
      {"Our brilliant data team shipped it.", {"Team data team known"}},
      {"We thanked the whole team.", {}},
      // A hashtag goes on a name ("Local #GovDesign day"), never a person's.
      {"Nic has been preparing for the Local #GovDesign day.",
       {"Person Nic known", "Forum Local #GovDesign day known"}},
      {"I went to the Scottish #OneTeamGov meetup on Friday.", {"Forum Scottish #OneTeamGov meetup known"}},
      {"Thanks Kay Brown #GovDesign for the tips.", {"Person Kay Brown known", "Organisation #GovDesign"}},
      {"We thanked the Next team for the handover.", {}},
      // One camel-case word closed by an event word is an event; products
      // by their head ("Checker", "app").
      {"Sam went to OpenDataCamp last month.", {"Person Sam known", "Forum OpenDataCamp known"}},
      {"Thanks to everyone at DevFest for the ideas.", {"Forum DevFest known"}},
      {"We built the Parking Permit Checker with residents.", {"Programme Parking Permit Checker known"}},
      {"Residents use the Recycling app every day.", {"Programme Recycling app known"}},
      {"The council app is live.", {}},
      // A sentence's first word says nothing about being a name.
      {"Busy week.", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(spans_of(c.sentence), c.want) << c.sentence;
}

TEST(RecogniseUnit, RoleWords) {
  for (const char* w : {"Director", "Head", "CIO"}) EXPECT_TRUE(is_role_word(w)) << w;
  // Capitalised, as in a title before a name; lower case is ordinary prose.
  for (const char* w : {"Kay", "Hackney", "director"}) EXPECT_FALSE(is_role_word(w)) << w;
}

}  // namespace
}  // namespace wngraph::detail
