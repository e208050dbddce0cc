"""Shared by the scripts that make the lists of data/ from public sources
(make-first-names.py, make-ons-names.py, make-registers.py, make-towns.py):
the words those lists leave out, and how a name list is written."""
import os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
# Debian's wbritish: ordinary English words, which a name must not be.
DICTIONARY = "/usr/share/dict/british-english"


def english_words(path=DICTIONARY):
    """The dictionary's lower-case words."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return {w.strip() for w in f if w.strip() and w.strip().islower()}


def data_words(name):
    """Every word of data/NAME, comment lines left out."""
    out = set()
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                out.update(line.split())
    return out


def data_lines(name):
    """Every line of data/NAME (one name each), comment lines left out."""
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def print_names(header, names, per_line=12):
    """Prints `header` as comment lines, then `names` sorted, `per_line` to a line."""
    for line in header:
        print("# " + line)
    names = sorted(names)
    for i in range(0, len(names), per_line):
        print(" ".join(names[i:i + per_line]))
