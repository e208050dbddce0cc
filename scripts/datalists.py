"""Shared by the scripts that write the name lists of data/
(make-first-names.py, make-ons-names.py)."""


def print_names(header, names, per_line=12):
    """Prints `header` as comment lines, then `names` sorted, `per_line` to a line."""
    for line in header:
        print("# " + line)
    names = sorted(names)
    for i in range(0, len(names), per_line):
        print(" ".join(names[i:i + per_line]))
