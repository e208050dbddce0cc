#!/usr/bin/env python3
"""Writes one gazetteer of data/ from a public register of UK bodies.

    scripts/make-registers.py police       POLICE-FORCE.TSV   > data/police.tsv
    scripts/make-registers.py fire         FIRE-SERVICE.TSV   > data/fire.tsv
    scripts/make-registers.py nhs          CONSTANTS-FOLDER   > data/nhs.tsv
    scripts/make-registers.py universities INSTITUTIONS.JS    > data/universities.tsv
    scripts/make-registers.py charities    TOP2000.CSV        > data/charities.tsv
    scripts/make-registers.py combined     DATA.TSV           > data/combined.tsv
    scripts/make-registers.py suppliers    STRATEGIC.TSV      > data/suppliers.tsv

Where each source comes from, its licence and date: data/README.md.

Every body becomes an Organisation. Registers that write names in capitals
(the NHS's ODS, the charity registers) are set in title case, keeping
acronyms ("NHS") in capitals; matching does not depend on it. A leading
"The" is dropped from the canonical name ("University of Brighton"), and
"&" gets an "and" alias. A form is left out when it would match ordinary
text: no two letters together ("2024"); one word that is an English word in
DICTIONARY (Debian's wbritish, /usr/share/dict/british-english: "Scope",
"Mind"), a first name or a stop word wngraph knows, or of two letters; two
such words not closed by a body's head word ("Street Child", "I Can", but
"Open University" stays).
"""
import ast
import csv
import json
import os
import re
import subprocess
import sys

from datalists import DATA, data_lines, data_words, english_words

# Words kept in capitals that have a vowel, so the no-vowel test misses them.
ACRONYMS = {"UK", "ICB", "CIO", "CIC", "YMCA", "YWCA", "UCL", "RNLI", "RSPCA", "RSPB", "RNIB", "SOAS", "LSE",
            "UWE", "HE", "FE", "UHI", "NI", "AIDS", "HIV", "SCIO"}
SMALL = {"and", "of", "the", "for", "in", "on", "at", "to", "with", "by", "a", "an", "or", "upon"}
HEADS = {"university", "college", "trust", "police", "constabulary", "council", "foundation", "society", "service",
         "hospice", "board", "association", "institute", "school", "academy", "fund", "charity", "group"}
LEGAL_TAILS = (" limited", " ltd", " ltd.", " cio", " scio", " plc", " incorporated")


class Filter:
    """Says whether a form would match ordinary text."""

    def __init__(self):
        self.english = english_words()
        self.known = data_words("stopwords.txt") | data_words("first_names.txt") | data_words("moby_first_names.txt")

    def plain(self, word):
        return len(word) <= 2 or word.isdigit() or word.lower() in self.english or word.capitalize() in self.known

    def ordinary(self, form):
        words = form.split()
        if not re.search(r"[A-Za-z]{2}", form):
            return True  # "2024", "(1918)"
        if len(words) == 1:
            return self.plain(words[0])
        # Two everyday words ("Street Child", "I Can") read as prose unless the
        # second is a body's head word ("Open University").
        return len(words) == 2 and words[1].lower() not in HEADS and all(self.plain(w) for w in words)


def title_word(word, first):
    """One word of a name written in capitals, in title case."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if letters.isupper() and letters not in ("ST", "DR", "MR", "MRS", "MS") and (
            letters in ACRONYMS or not re.search(r"[AEIOU]", letters)):
        return word
    lower = word.lower()
    if not first and lower in SMALL:
        return lower
    # Capitalise each part of a hyphenated word, past any bracket: "GUY'S" is
    # "Guy's", "ST" is "St", "(BONAR" is "(Bonar".
    return "-".join(re.sub(r"[a-z]", lambda m: m.group(0).upper(), p, count=1) for p in lower.split("-"))


def title_case(name):
    # One short word in capitals is an acronym ("CGI", "IBM"), not a name.
    if not name.isupper() or (" " not in name and len(name) <= 4):
        return name
    return " ".join(title_word(w, i == 0) for i, w in enumerate(name.split()))


def tidy(name):
    """A register's name as people write it: spaces, title case, no "The", no legal tail."""
    name = " ".join(name.replace("\u2019", "'").split())
    name = title_case(name)
    lower = name.lower()
    for tail in LEGAL_TAILS:
        if lower.endswith(tail):
            name = name[: -len(tail)].rstrip(" ,")
            lower = name.lower()
    if lower.startswith("the ") and len(name.split()) > 2:
        name = name[4:]
    return name


def with_and(forms):
    out = []
    for f in forms:
        out.append(f)
        if "&" in f:
            out.append(" ".join(f.replace("&", " and ").split()))
    return out


def police(path):
    """A constabulary is also called its area's police ("Avon and Somerset
    Police" for "Avon and Somerset Constabulary")."""
    with open(path, newline="", encoding="utf-8") as f:
        return [(name, [name[: -len("Constabulary")] + "Police"] if name.endswith(" Constabulary") else [])
                for name in (tidy(r["name"]) for r in csv.DictReader(f, delimiter="\t"))]


def fire(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(tidy(r["name"]), []) for r in csv.DictReader(f, delimiter="\t") if not r.get("end-date")]


def combined(path):
    """Combined authorities; one the register names by its area alone
    ("West of England") is named with "Combined Authority", the area alone
    being a place."""
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r.get("end-date"):
                continue
            name = tidy(r["name"])
            if not name.endswith("Combined Authority"):
                name += " Combined Authority"
            rows.append((name, [tidy(r["official-name"])] if r.get("official-name") else []))
    return rows


def suppliers(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = []
        for r in csv.DictReader(f, delimiter="\t"):
            if r.get("end-date"):
                continue
            # "Telereal Trillium (TT)": the bracket is an abbreviation.
            m = re.match(r"^(.*?)\s*\((.*)\)$", tidy(r["name"]))
            rows.append((m.group(1), [m.group(2)]) if m else (tidy(r["name"]), []))
        return rows


def python_list(path, name):
    """The literal list assigned to NAME in a Python file, read without running it."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return ast.literal_eval(node.value)
    sys.exit(f"{path}: no list {name}")


def nhs(folder):
    rows = []
    for t in python_list(os.path.join(folder, "trust.py"), "TRUSTS"):
        name = tidy(t["trust_name"]).replace("National Health Service", "NHS")
        # "Leeds Teaching Hospitals": the name without its legal tail, when
        # what is left still says what it is (two words or more, closed by
        # a word like "Hospitals"); "Solent" alone is left out.
        short = re.sub(r" NHS (Foundation )?Trust$", "", name)
        words = short.split()
        kinds = ("Hospitals", "Hospital", "Healthcare", "Health", "Care", "Partnership")
        rows.append((name, [short] if short != name and len(words) >= 2 and words[-1] in kinds else []))
    for b in python_list(os.path.join(folder, "integrated_care_boards.py"), "INTEGRATED_CARE_BOARDS"):
        name = tidy(b["name"])
        area = re.sub(r"^NHS ", "", re.sub(r" Integrated Care Board$", "", name))
        rows.append((name, [f"{area} ICB", f"NHS {area} ICB", f"{area} Integrated Care Board"]))
    for b in python_list(os.path.join(folder, "local_health_boards.py"), "LOCAL_HEALTH_BOARDS"):
        rows.append((tidy(b["health_board"]), []))
    return rows


def universities(path):
    dump = subprocess.run(["node", "-e", "console.log(JSON.stringify(require(process.argv[1])))",
                           os.path.abspath(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for u in json.loads(dump):
        # match_synonyms are unique to one institution; suggestion_synonyms are not.
        rows.append((tidy(u["name"]), [tidy(s) for s in u.get("match_synonyms") or []]))
    return rows


def place_names():
    """Places a bracket may name: towns, places, councils' bare names, nations."""
    names = data_lines("towns.txt") | data_lines("places.txt")
    with open(os.path.join(DATA, "councils.tsv"), encoding="utf-8") as f:
        names |= {line.split("\t")[1] for line in f if not line.startswith("#") and "\t" in line}
    return {n.lower() for n in names} | {"england", "wales", "scotland", "northern ireland", "uk", "great britain"}


def charities(path):
    rows = []
    places = place_names()
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = tidy(r["name"])
            # "Mind (The National Association for Mental Health)": each part is
            # a form; not a bracket that says where ("Hillcrest Homes
            # (Scotland)", "St Christopher School (Letchworth)") or the
            # register's status ("(subject to insolvency proceedings)").
            m = re.match(r"^(.*?)\s*\((.*)\)$", name)
            forms = [tidy(m.group(1)), tidy(m.group(2))] if m else [name]
            if m and (forms[1].lower() in places or not forms[1][:1].isupper() or "insolvency" in forms[1].lower()):
                forms = forms[:1]
            if ":" in name or len(name.split()) > 8:
                continue
            rows.append((forms[0], forms[1:]))
    return rows


KINDS = {
    "police": (police, "UK territorial police forces", "the police.uk force list kept in openregister/police-data "
               "(data/police-force/police-force.tsv), Open Government Licence v3.0"),
    "fire": (fire, "English fire and rescue services", "openregister/fire-data (data/fire-service-eng.tsv), "
             "Open Government Licence v3.0"),
    "nhs": (nhs, "NHS trusts and integrated care boards of England, Welsh local health boards",
            "the NHS Organisation Data Service as kept in rcpch/rcpch-nhs-organisations "
            "(hospitals/constants: trust.py, integrated_care_boards.py, local_health_boards.py), MIT; "
            "ODS data Open Government Licence v3.0"),
    "universities": (universities, "UK higher education institutions, with their unique other names",
                     "DfE's HESA institution list in DFE-Digital/apply-for-teacher-training-prototype "
                     "(app/data/degree-institutions.js at 842508fd), MIT"),
    "charities": (charities, "the largest UK charities by income (England and Wales, Scotland, Northern Ireland)",
                  "the charity registers' top charities as kept in charity-classification/ukcat "
                  "(data/top2000.csv), CC BY 4.0; register data Open Government Licence v3.0"),
    "combined": (combined, "English combined authorities", "openregister/local-authority-data "
                 "(data/combined-local-authorities/data.tsv), Open Government Licence v3.0"),
    "suppliers": (suppliers, "the Crown's strategic suppliers", "the Cabinet Office's strategic supplier list kept in "
                  "openregister/strategic-supplier-data (data/strategic-supplier/strategic-supplier.tsv), "
                  "Open Government Licence v3.0"),
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in KINDS:
        sys.exit(__doc__)
    read, what, source = KINDS[sys.argv[1]]
    keep = Filter()
    print("# type\tcanonical name\taliases separated by |\tflags")
    print(f"# {what}.")
    print(f"# Generated by scripts/make-registers.py {sys.argv[1]} from {source}.")
    print("# Do not edit by hand; see data/README.md.")
    entries = {}
    for name, aliases in read(sys.argv[2]):
        forms = [f for f in with_and([name] + aliases) if f and not keep.ordinary(f)]
        if not forms:
            continue
        seen = entries.setdefault(forms[0].lower(), [forms[0]])
        for f in forms[1:]:
            if f.lower() not in {s.lower() for s in seen}:
                seen.append(f)
    for key in sorted(entries):
        name, *aliases = entries[key]
        print(f"Organisation\t{name}\t{'|'.join(aliases)}")


if __name__ == "__main__":
    main()
