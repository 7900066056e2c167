"""Time to load the full default event lexicon (target: <= 1 s), in a fresh process.

    .venv/bin/python bench/lexicon_load.py [--verbs FILE ...] [--repeat N]

Loads lexicon.tsv merged with the packaged PETRARCH conversion (petrarch_verbs.tsv), plus any
PETRARCH-format verb dictionaries given, N times in fresh interpreters; prints entries, keys and the
median and worst wall time of the load itself (imports of the package excluded).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = """
import json, sys, time
from newsdyad.events import lexicon  # package imports are not part of the load
files = tuple(sys.argv[1:])
t0 = time.perf_counter()
lex = lexicon.load_lexicon(files, False)
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "entries": sum(len(v) for v in lex.by_key.values()), "keys": len(lex.by_key),
                  "reports": [r.summary() for r in lex.reports]}))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbs", action="append", default=[])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, "-c", CHILD, *args.verbs], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    times = [r["seconds"] for r in runs]
    last = runs[-1]
    print(f"{last['entries']} entries under {last['keys']} (pos, lemma) keys")
    for r in last["reports"]:
        print("  " + r)
    print(f"load  median {statistics.median(times):.3f} s  worst {max(times):.3f} s  over {len(times)} fresh processes"
          f"  (target <= 1 s)")


if __name__ == "__main__":
    main()
