#!/usr/bin/env python3
"""Writes a corpus of realistic synthetic weeknotes, deterministic for a seed.

    bench/make_corpus.py --notes 2000 --out DIR [--seed 1]

Each note is a Markdown file with front matter (author, date, title), written
in one of several voices (a CIO's first person, a team's "we", a supplier, a
bulleted list, a Q&A), with paragraphs, headings, bullets and the sentences
weeknotes are made of: meetings, talks to boards, memberships, roles, teams
inside councils, partnerships, attendance, plans for next week (which state
no event) and filler. Names come from pools large enough that different
authors' "Sam"s are different people. DIR/truth.jsonl holds, per note, the
relations its sentences state (the generator's ground truth).
"""
import argparse
import json
import os
import random

FIRST = """Aisha Alex Amara Amir Ana Anil Ben Bola Cara Chen Chloe Dan Dana Dev Eli Ella Emeka Erin Fatima Femi
Gail Grace Hana Hari Ian Ife Isla Jack Jade Jas Jo Kai Kate Kemi Kofi Lara Leah Lena Liam Luca Maya Mia Mo Nadia
Nia Noor Olu Omar Pat Priya Raj Ravi Rhys Rosa Ruth Sam Sara Sean Tara Tom Una Vic Wen Yara Zac Zoe""".split()
LAST = """Adams Ahmed Ali Bailey Baker Bell Brown Campbell Carter Chen Clarke Cole Davies Dixon Evans Fisher Ford
Foster Gray Green Hall Harris Hayes Hill Hughes Hunt James Jones Kaur Kelly Khan King Lee Lewis Lloyd Mason Mensah
Miller Mills Moore Morgan Murphy Murray Nash Novak Okafor Owen Palmer Patel Price Reid Roberts Rose Shah Singh
Smith Stone Taylor Thomas Turner Walker Ward Webb White Wilson Wood Wright Young""".split()
COUNCILS = """Hackney Camden Islington Lambeth Southwark Greenwich Lewisham Haringey Barnet Brent Ealing Hounslow
Croydon Bromley Sutton Merton Wandsworth Leeds Bristol Manchester Liverpool Sheffield Essex Kent Surrey Norfolk
Suffolk Devon Cornwall Dorset""".split()
ORGS = ["Made Tech", "dxw", "FutureGov", "TPXimpact", "Citizens Advice", "Socitm", "the Local Government Association",
        "the Open Data Institute", "Nesta", "Government Digital Service", "NHS England", "the Cabinet Office",
        "Snook", "Difference Engine", "Public Digital", "Softwire", "Kainos", "Amazon Web Services"]
FORUMS = ["Digital Board", "Data Panel", "Design Authority", "Housing Steering Group", "Technology Board",
          "Transformation Board", "Data Ethics Panel", "Digital Leaders Network", "Cyber Working Group",
          "Customer Experience Board", "Programme Board", "Architecture Review Board"]
TEAMS = ["Customer Services", "Housing Needs", "Revenues and Benefits", "Adult Social Care", "Children's Services",
         "Planning", "Waste Services", "Finance", "HR", "Data & Insight", "Digital Services", "Public Health"]
PROGRAMMES = ["One Front Door", "Digital Inclusion Programme", "Smart Places Programme", "Resident Portal",
              "Single View", "Local Digital Fund", "Cyber Resilience Programme", "Better Care Programme"]
TOPICS = ["the budget forecast", "our cloud migration", "the new website", "the data strategy", "accessibility",
          "the recruitment campaign", "user research findings", "the housing repairs service", "digital inclusion",
          "the procurement timeline", "service standards", "the roadmap for next quarter", "open data",
          "the complaints process", "council tax online", "the discovery report"]
ROLES = ["Head of Digital", "Director of Customer Services", "data lead", "product manager", "CIO",
         "delivery manager", "Head of Technology", "user researcher", "service designer"]
FILLER = [
    "It was a busy week with lots of moving parts.",
    "The weather was awful but the trains ran on time for once.",
    "I spent a good chunk of Wednesday on email and planning.",
    "There is still a lot to do before the end of the financial year.",
    "We are seeing good progress on the backlog and the team feels positive.",
    "I read an interesting article about service design in local government.",
    "Reflecting on the week, the thing that stood out was how much we rely on good relationships.",
    "Tune of the week: something loud on the way home.",
    "I'm trying to write these notes on Friday afternoons so they don't slip.",
    "Lots of small fixes went live this week, which users will hopefully notice.",
    "The office move is now confirmed for the spring.",
    "We tidied up our documentation and archived some old pages.",
]


class Author:
    def __init__(self, rng, idx):
        self.rng = rng
        self.name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.council = rng.choice(COUNCILS)
        self.voice = rng.choice(["cio", "cio", "team", "supplier", "bullets", "qa"])
        # Each author knows their own people: a Sam here is not a Sam elsewhere.
        self.people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(25)]
        self.forums = rng.sample(FORUMS, 5)
        self.teams = rng.sample(TEAMS, 4)
        self.orgs = rng.sample(ORGS, 6)
        self.programmes = rng.sample(PROGRAMMES, 3)
        self.id = idx


def sentences(a, rng, truth):
    """One stated fact or a filler line; records the relations it states."""
    P = lambda: rng.choice(a.people)
    kind = rng.choice(["meet", "meet2", "present", "present2", "member", "role", "team", "partner", "attend",
                       "future", "filler", "filler", "filler", "topic"])
    me = "@author"
    if kind == "meet":
        p = P()
        truth.append([me, "met_with", p])
        return rng.choice([f"I caught up with {p} about {rng.choice(TOPICS)}.",
                           f"Had a 1:1 with {p} to talk about {rng.choice(TOPICS)}.",
                           f"Good coffee with {p} on Tuesday morning.",
                           f"I met {p} to go through {rng.choice(TOPICS)}."])
    if kind == "meet2":
        p, q = P(), P()
        o = rng.choice(a.orgs)
        truth += [[me, "met_with", p], [me, "met_with", q], [p, "met_with", q], [p, "member_of", o], [q, "member_of", o]]
        return f"I had a call with {p} and {q} from {o} about {rng.choice(TOPICS)}."
    if kind == "present":
        f = rng.choice(a.forums)
        truth.append([me, "presented_to", f])
        return rng.choice([f"I presented {rng.choice(TOPICS)} to the {f}.",
                           f"On Thursday I gave an update to the {f} on {rng.choice(TOPICS)}.",
                           f"I ran a workshop for the {f} about {rng.choice(TOPICS)}."])
    if kind == "present2":
        p, f = P(), rng.choice(a.forums)
        truth.append([p, "presented_to", f])
        return f"At the {f} {p} talked through {rng.choice(TOPICS)}."
    if kind == "member":
        p, o = P(), rng.choice(a.orgs)
        truth.append([p, "member_of", o])
        return f"It was great to welcome {p} from {o} to the team for a few weeks."
    if kind == "role":
        p = P()
        return f"{p}, our {rng.choice(ROLES)}, has been leading on {rng.choice(TOPICS)}."
    if kind == "team":
        t = rng.choice(a.teams)
        truth.append([t, "part_of", a.council])
        return f"We spent time with {a.council}'s {t} team looking at {rng.choice(TOPICS)}."
    if kind == "partner":
        o = rng.choice(a.orgs)
        return f"We are working in partnership with {o} on {rng.choice(a.programmes)}."
    if kind == "attend":
        f = rng.choice(a.forums)
        truth.append([me, "attended", f])
        return rng.choice([f"I went to the {f} on Wednesday.", f"Joined the {f} for the first time.",
                           f"I attended the {f}, which was well run."])
    if kind == "future":
        f = rng.choice(a.forums)
        return f"Next week I'm presenting to the {f} on {rng.choice(TOPICS)}."
    if kind == "topic":
        return f"We made good progress on {rng.choice(TOPICS)} and {rng.choice(TOPICS)}."
    return rng.choice(FILLER)


def note_text(a, rng, n, truth):
    day = 1 + n % 28
    month = 1 + (n // 28) % 12
    year = 2019 + (n // 336) % 6
    title = f"Weeknote {n + 1}"
    lines = ["---", f"author: {a.name}", f"date: {year}-{month:02d}-{day:02d}", f"title: {title}", "---", "",
             f"# {title}", ""]
    heads = ["Meetings", "Governance", "The team", "Partners", "Next week", "Other things"]
    for section in range(rng.randint(3, 5)):
        if a.voice != "qa" and rng.random() < 0.6:
            lines += [f"## {rng.choice(heads)}", ""]
        if a.voice == "qa":
            lines += [f"**{rng.choice(['Who did you talk to this week?', 'What went well?', 'What is next?'])}**", ""]
        if a.voice == "bullets" or (a.voice != "qa" and rng.random() < 0.3):
            for _ in range(rng.randint(3, 6)):
                lines.append("- " + sentences(a, rng, truth))
            lines.append("")
        else:
            for _ in range(rng.randint(2, 4)):
                para = " ".join(sentences(a, rng, truth) for _ in range(rng.randint(2, 5)))
                if a.voice == "team":
                    para = para.replace("I ", "We ").replace(" I ", " we ")
                lines += [para, ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--authors", type=int, default=0, help="default: one per 20 notes")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    authors = [Author(rng, i) for i in range(args.authors or max(1, args.notes // 20))]
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "truth.jsonl"), "w") as truth_file:
        for n in range(args.notes):
            a = authors[n % len(authors)]
            truth = []
            text = note_text(a, rng, n, truth)
            name = f"note-{n:06d}.md"
            sub = os.path.join(args.out, f"{n // 1000:03d}")
            os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, name), "w") as f:
                f.write(text)
            truth_file.write(json.dumps({"note": f"{n // 1000:03d}/{name}", "author": a.name, "relations": truth})
                             + "\n")


if __name__ == "__main__":
    main()
