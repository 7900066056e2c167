"""Load time and memory of the built-in knowledge base, as a worker process pays them.

    .venv/bin/python bench/kb_load.py [--runs N]

Each run is a fresh Python process that imports newsdyad's actor stage, reads its resident
memory, builds the knowledge base (all built-in files: the project's own data and the rows
derived from the Phoenix dictionaries), then reads the memory again.  Prints the median and
worst load time (wall clock and CPU: on a busy machine the CPU time is the fairer figure) and the memory the knowledge base adds (targets: <= 0.5 s, <= 100 MB), and
the row counts by source file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, time
def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
import newsdyad.actors.kb as K
before = rss_mb()
t0, c0 = time.perf_counter(), time.process_time()
kb = K.build_knowledge_base()
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
after = rss_mb()
print(json.dumps({"seconds": seconds, "cpu": cpu, "added_mb": after - before, "rss_mb": after,
                  "stats": kb.stats()}))
"""


def row_counts() -> dict[str, int]:
    from newsdyad.actors.kb import data_lines, officeholder_files

    names = officeholder_files() + ["phoenix_persons.tsv", "phoenix_groups.tsv", "groups.tsv",
                                    "countries.tsv", "igos.tsv", "media.tsv", "agents.tsv"]
    return {name: sum(1 for _ in data_lines(name)) for name in names}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    results = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True,
                             cwd=REPO)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    secs = [r["seconds"] for r in results]
    cpus = [r["cpu"] for r in results]
    mem = [r["added_mb"] for r in results]
    stats = results[-1]["stats"]
    print(f"knowledge base: {stats['entries']} entries, {stats['aliases']} aliases, {stats['agents']} agents")
    print(f"load time   median {statistics.median(secs):.3f} s   worst {max(secs):.3f} s   (target <= 0.5 s)")
    print(f"CPU time    median {statistics.median(cpus):.3f} s   best {min(cpus):.3f} s"
          "   (the load time on a shared machine is the wall time; the CPU time is the work)")
    print(f"memory      median +{statistics.median(mem):.1f} MB   worst +{max(mem):.1f} MB   (target <= 100 MB)")
    print("rows by file:")
    for name, n in row_counts().items():
        print(f"  {name:32s} {n:6d}")


if __name__ == "__main__":
    main()
