"""The check() and closing line shared by the Python checks under tests/.

Each check prints 'ok   NAME' or 'FAIL NAME DETAIL'; finish() prints the
'N passed, N failed' line ctest-side tooling reads, and exits non-zero on any
failure."""
import sys

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def finish():
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
