"""Fuzz `newsdyad ingest` with generated and mutated records: nothing may crash or get lost.

    .venv/bin/python bench/fuzz_ingest.py [--records 100000] [--seed 15] [--jobs 2] [--dir DIR]

Writes `--records` JSON lines (one record a line, so lines = records; in files of `--shard`
records, ingested one after the other into the same database), each a well-formed
news record or a mutation of one: flipped and deleted bytes, truncation, invalid UTF-8, NUL
bytes, wrong field types, impossible and odd dates, empty, huge or whitespace-only texts,
control characters, quote storms, right-to-left and other scripts, ids reused with other
text, the same text from another publisher, nested JSON, arrays, plain numbers.  Then runs
``newsdyad ingest`` on each file in a subprocess, as a user would, and reports (after each
file, and in total)

    crashes       the run ended by a traceback or an exit code other than 0 (nothing
                  rejected) and 1 (something rejected) -- must be 0
    read          records the summary says were read -- must equal --records
    read = coded + already present + copies + rejected   -- must hold
    documents     rows in the database -- must equal coded

and the run's time.  Exit status 0 when every check holds.  All texts are generated here
from our own word lists; nothing is read from ../shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SUBJECTS = ["Kenya", "The army", "Sudan's president", "Police in Lagos", "The United Nations", "China",
            "Officials in Kabul", "The rebels", "Germany's foreign minister", "Protesters", "Russia"]
VERBS = ["accused", "met", "condemned", "offered talks to", "attacked", "praised", "threatened",
         "urged", "arrested", "rejected a proposal from", "signed a deal with", "criticised"]
OBJECTS = ["the government", "Ethiopia", "the opposition", "Washington", "the protesters", "NATO",
           "the ministry", "local media", "Turkey", "the militia"]
TAILS = ["on Tuesday", "last week", "in June", "by 2050", "in the 1940s", "yesterday", "", "",
         "according to witnesses", "a spokesman said", "officials told reporters"]
QUOTES = "\"'“”‘’«»„‚「」"
FOREIGN = ["Le gouvernement a annoncé mardi de nouvelles mesures contre la corruption dans le pays.",
           "Правительство заявило во вторник, что переговоры с соседями будут продолжены.",
           "Die Regierung hat am Dienstag neue Maßnahmen gegen die Korruption beschlossen.",
           "El gobierno anunció el martes nuevas medidas contra la corrupción en el país."]
DATES = ["2013-07-01", "20130701", "July 1, 2013", "01/07/2013", "Mon, 01 Jul 2013 09:30:00 +0000",
         1372636800, "1372636800", "2013-07", "2013"]
BAD_DATES = ["2013-02-30", "2013-13-45", "yesterday", "soon", -5, 12, True, [2013], {"y": 2013}, "0000-00-00"]
PUBLISHERS = ["Wire A", "Paper B", "Radio C", None]


def sentence(rng: random.Random) -> str:
    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}".strip() + "."
    r = rng.random()
    if r < 0.2:
        q = rng.choice(["“{}”", '"{}"', "«{}»", "'{}'", "„{}“", "“{}"])
        s = f"{rng.choice(SUBJECTS)} said: " + q.format(s)
    elif r < 0.3:
        s = s[:-1] + f", {rng.choice(SUBJECTS)} said."
    return s


def article(rng: random.Random) -> str:
    paragraphs = []  # short: the coder's time is per word, and the fuzz is about the records
    for _ in range(rng.choice([1, 1, 1, 2])):
        paragraphs.append(" ".join(sentence(rng) for _ in range(rng.choice([1, 1, 2]))))
    return rng.choice(["\n\n", "\n", "\r\n\r\n", " "]).join(paragraphs)


def good_record(rng: random.Random, i: int) -> dict:
    rec: dict = {"text": article(rng)}
    if rng.random() < 0.8:
        rec["id"] = f"r{i}"
    if rng.random() < 0.7:
        rec[rng.choice(["date", "published", "publication_date"])] = rng.choice(DATES)
    if rng.random() < 0.5:
        rec["publisher"] = rng.choice(PUBLISHERS)
    if rng.random() < 0.3:
        rec["url"] = f"https://www.example{rng.randint(1, 5)}.org/{i}"
    if rng.random() < 0.3:
        rec["title"] = rng.choice(["Talks [/i] resume", "[red]Alert[/red]", "Ünïcode ✓", "", "x" * 300])
    return rec


def mutate_text(rng: random.Random, text: str) -> str:
    kind = rng.randrange(10)
    if kind == 0:
        return "".join(rng.choice(QUOTES) if rng.random() < 0.2 else c for c in text)
    if kind == 1:
        return "".join(c + chr(rng.choice([0, 1, 7, 8, 11, 12, 27, 127, 0x85, 0x2028, 0x202E, 0x200B, 0xFEFF]))
                       if rng.random() < 0.1 else c for c in text)
    if kind == 2:
        return text + " " + rng.choice(["قال الرئيس إن المحادثات ستستمر", "שלום עולם", "总统说会谈将继续"])
    if kind == 3:
        return rng.choice(FOREIGN)
    if kind == 4:
        return "\n" * rng.randint(0, 5) + " " * rng.randint(0, 5)  # blank
    if kind == 5:
        return (text + rng.choice(["\n\n", " ", "\n"])) * rng.randint(5, 60)  # long
    if kind == 6:
        return "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 400)))  # noise
    if kind == 7:
        return text[: rng.randint(0, len(text))]
    if kind == 8:
        return "".join(rng.choice(QUOTES) for _ in range(rng.randint(1, 500)))
    return text.upper()


def mutate_record(rng: random.Random, rec: dict, i: int, previous: list[dict]) -> object:
    kind = rng.randrange(14)
    rec = dict(rec)
    if kind <= 3:
        rec["text"] = mutate_text(rng, rec["text"])
    elif kind == 4:
        rec["date"] = rng.choice(BAD_DATES)
    elif kind == 5:
        rec["text"] = rng.choice([None, 42, ["a", "b"], {"t": "x"}, True, ""])
    elif kind == 6:
        del rec["text"]
    elif kind == 7 and previous:  # an id already used, with another text
        other = rng.choice(previous)
        if "id" in other:
            rec["id"] = other["id"]
    elif kind == 8 and previous:  # the same text from another publisher
        other = rng.choice(previous)
        rec = {"text": other["text"], "publisher": rng.choice(PUBLISHERS), "date": rng.choice(DATES)}
    elif kind == 9:
        return rng.choice([[rec], 17, "just a string", None, [], [1, 2]])
    elif kind == 10:
        rec["publisher"] = rng.choice([{"name": "x"}, ["a"], 3.5, ""])
        rec["url"] = rng.choice(["not a url", "http://", "https://[::1", 5, "ftp://x.y/z"])
    elif kind == 11:
        rec["id"] = rng.choice([0, "", None, "x" * 500, "id with\ttab", ["list"]])
    return rec


def raw_line(rng: random.Random, obj: object) -> bytes:
    line = json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
    r = rng.random()
    if r < 0.03:  # flip bytes
        b = bytearray(line)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        line = bytes(b)
    elif r < 0.05:  # truncate
        line = line[: rng.randrange(max(1, len(line)))]
    elif r < 0.06:  # invalid UTF-8
        line = line[:-1] + b"\xff\xfe" + line[-1:]
    elif r < 0.07:  # a NUL byte
        line = line.replace(b" ", b"\x00", 1)
    # One record a line: a mutation must not add line breaks, nor leave a blank line.
    line = re.sub(rb"[\r\n]", b" ", line)
    return line if line.strip() else b"{}"


def generate(paths: list[Path], n: int, seed: int) -> None:
    """n records spread evenly over the files `paths` (the shards)."""
    rng = random.Random(seed)
    previous: list[dict] = []
    per = -(-n // len(paths))
    for k, path in enumerate(paths):
        with open(path, "wb") as fh:
            for i in range(k * per, min(n, (k + 1) * per)):
                rec = good_record(rng, i)
                obj = mutate_record(rng, rec, i, previous) if rng.random() < 0.5 else rec
                if isinstance(obj, dict) and isinstance(obj.get("text"), str) and rng.random() < 0.05:
                    previous.append(obj)
                    previous[:] = previous[-200:]
                fh.write(raw_line(rng, obj) + b"\n")


SUMMARY = re.compile(r"(\d+) read, (\d+) coded, (\d+) already present, (?:(\d+) copies of stored articles, )?"
                     r"(\d+) rejected")


def run_shard(src: Path, db: Path, jobs: int) -> dict:
    cmd = [sys.executable, "-c", "from newsdyad.cli import main; main()", "ingest", str(src),
           "--db", str(db), "--jobs", str(jobs), "--no-progress"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    out = {"exit": proc.returncode, "seconds": time.perf_counter() - t0, "stderr": proc.stderr,
           "crashed": proc.returncode not in (0, 1) or "Traceback" in proc.stderr}
    m = SUMMARY.search(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "")
    out["counts"] = None if m is None else [int(x or 0) for x in m.groups()]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--shard", type=int, default=10_000,
                    help="records per ingest run (runs go on into the same database)")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--dir", default="/tmp/newsdyad-fuzz")
    args = ap.parse_args(argv)
    work = Path(args.dir)
    work.mkdir(parents=True, exist_ok=True)
    db = work / "fuzz.duckdb"
    for p in [db, Path(str(db) + ".wal"), *work.glob("fuzz-*.jsonl"), *work.glob("stderr-*.txt")]:
        p.unlink(missing_ok=True)
    n_shards = max(1, -(-args.records // args.shard))
    shards = [work / f"fuzz-{k:03d}.jsonl" for k in range(n_shards)]
    generate(shards, args.records, args.seed)
    total = {"read": 0, "coded": 0, "present": 0, "copies": 0, "rejected": 0}
    crashes = 0
    seconds = 0.0
    reasons: dict[str, int] = {}
    records_done = 0
    failure = None
    for k, src in enumerate(shards):
        res = run_shard(src, db, args.jobs)
        (work / f"stderr-{k:03d}.txt").write_text(res["stderr"])
        seconds += res["seconds"]
        crashes += res["crashed"]
        records_done += sum(1 for _ in open(src, "rb"))
        if res["counts"] is None:
            failure = res["stderr"][-3000:]
            print(json.dumps({"shard": k, "exit": res["exit"], "stderr_tail": failure}), flush=True)
            break
        for key, value in zip(total, res["counts"]):
            total[key] += value
        for line in res["stderr"].splitlines():
            if line.startswith("newsdyad: rejected "):
                reason = re.sub(r"\d+", "N", line.split(": ", 2)[-1])[:60]
                reasons[reason] = reasons.get(reason, 0) + 1
        print(json.dumps({"shard": k, "records so far": records_done, "crashes": crashes,
                          "seconds": round(seconds), **total}), flush=True)
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    documents = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    copies_rows = con.execute("SELECT count(*) FROM copies").fetchall()[0][0]
    con.close()
    checks = {
        "crashes == 0": crashes == 0 and failure is None,
        "read == records": total["read"] == records_done == args.records,
        "read == coded + present + copies + rejected":
            total["read"] == total["coded"] + total["present"] + total["copies"] + total["rejected"],
        "documents == coded": documents == total["coded"],
        "copies rows == copies": copies_rows == total["copies"],
    }
    report = {"records": args.records, "records_run": records_done, "crashes": crashes,
              "seconds": round(seconds, 1), **total, "documents": documents, "copies_rows": copies_rows,
              "top_rejections": dict(sorted(reasons.items(), key=lambda kv: -kv[1])[:15]),
              "checks": checks, "ok": all(checks.values())}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
