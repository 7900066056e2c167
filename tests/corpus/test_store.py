"""The corpus database: rows, idempotent writes, dedup merging, queries, crash-safe ingest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .corpus_docs import make_document, sample_records
from newsdyad import runner, store
from newsdyad.model import SourceDocument
from newsdyad.pipeline import Options

REPO = Path(__file__).resolve().parents[2]


def _db(tmp_path, docs, name="t.duckdb"):
    path = tmp_path / name
    with store.Writer(path) as w:
        w.add(docs)
    return path


def _one(con, sql, params=None):
    return con.execute(sql, params or []).fetchone()[0]


def test_store_document_rows_carry_chain_and_evidence():
    rows = store.document_rows(make_document("d1"))
    (em,) = rows["event_mentions"]
    assert em["attributed_to"] == "Hamid Karzai (AFGGOV)"
    assert em["attribution_chain"] == "Hamid Karzai (AFGGOV) <- The Times (USAMED)"
    assert em["trigger_text"] == "talk" and em["sentence_index"] == 0
    assert em["day"] == 20130620 and em["base_code"] == "031"
    atts = {a["attribution_id"]: a for a in rows["attributions"]}
    assert atts["Q1"]["according_to"] == "The Times (USAMED)"
    assert atts["Q2"]["according_to"] is None
    assert [m["text"] for m in rows["mentions"]] == ["Karzai", "United States", "The Times"]


@pytest.mark.parametrize("event_date, doc_date, day", [
    ("2013-06-02", "2013-07-01", 20130602),  # the event's own day wins
    ("2013-06", "2013-06-20", 20130620),     # month of the article: the article's day
    ("2013-06", "2014-01-05", 20130601),     # another month: its first day
    ("2013", None, 20130101),
    (None, None, None),
])
def test_store_day_from_event_and_article_dates(event_date, doc_date, day):
    assert store._day(event_date, doc_date) == day


def test_store_add_is_idempotent(tmp_path):
    path = tmp_path / "t.duckdb"
    with store.Writer(path) as w:
        assert w.add([make_document("d1"), make_document("d2"), make_document("d1")]) == (2, 1)
        assert w.add([make_document("d1"), make_document("d2")]) == (0, 2)
    con = store.connect(path)
    counts = {t: _one(con, f"SELECT count(*) FROM {t}") for t in store.TABLES}
    assert counts == {"documents": 2, "actors": 6, "mentions": 6, "attributions": 4, "event_mentions": 2,
                      "copies": 0}


@pytest.mark.parametrize("variants, events, mentions, sources, articles", [
    # three articles, two publishers, one event
    ([dict(doc_id="a", publisher="nyt"), dict(doc_id="b", publisher="wapo"),
      dict(doc_id="c", publisher="nyt")], 1, 3, 2, 3),
    # the same event twice in one article: two mentions, one article
    ([dict(doc_id="a", events=2)], 1, 2, 1, 1),
    # a different modality is a different event
    ([dict(doc_id="a"), dict(doc_id="b", modality="asserted")], 2, 2, 2, 2),
    # a different date, code or place is a different event
    ([dict(doc_id="a"), dict(doc_id="b", event_date="2013-07")], 2, 2, 2, 2),
    ([dict(doc_id="a"), dict(doc_id="b", code="0312")], 2, 2, 2, 2),
    ([dict(doc_id="a", place="Kabul"), dict(doc_id="b", place="Herat")], 2, 2, 2, 2),
    # no event at all
    ([dict(doc_id="a", events=0)], 0, 0, 0, 0),
])
def test_store_dedup_merges_mentions(tmp_path, variants, events, mentions, sources, articles):
    docs = []
    for v in variants:
        v = dict(v)
        docs.append(make_document(v.pop("doc_id"), **v))
    con = store.connect(_db(tmp_path, docs))
    assert _one(con, "SELECT count(*) FROM events") == events
    assert _one(con, "SELECT coalesce(sum(num_mentions), 0) FROM events") == mentions
    if events == 1:
        row = store.run_sql(con, "SELECT * FROM events").dicts()[0]
        assert (row["num_mentions"], row["num_sources"], row["num_articles"]) == (mentions, sources, articles)
        # every mention links to the merged event
        linked = _one(con, "SELECT count(*) FROM event_mentions WHERE global_event_id = ?",
                      [row["global_event_id"]])
        assert linked == mentions
        assert row["source_url"] == "http://example.org/a" and row["first_doc_id"] == "a"


@pytest.mark.parametrize("filters, n", [
    ({}, 3),
    ({"source": "AFG"}, 3),
    ({"source": "USA"}, 0),
    ({"source": "Karzai"}, 3),
    ({"target": "USA", "code": "03"}, 3),
    ({"target": "AFG"}, 0),
    ({"code": "0312"}, 1),
    ({"code": "04"}, 0),
    ({"since": "2013-07"}, 1),
    ({"until": "2013-06"}, 2),
    ({"since": "2013-06", "until": "2013-06"}, 2),
    ({"modality": "requested"}, 2),
    ({"modality": "negated"}, 0),
])
def test_store_query_events_filters(tmp_path, filters, n):
    docs = [make_document("a"), make_document("b", code="0312"),
            make_document("c", event_date="2013-07-04", modality="asserted")]
    con = store.connect(_db(tmp_path, docs))
    assert len(store.query_events(con, **filters).rows) == n


@pytest.mark.parametrize("actor, expected", [
    ("Karzai", {("Q1", "by"), ("Q2", "about")}),       # his claim, and the report about him
    ("AFGGOV", {("Q1", "by"), ("Q2", "about")}),
    ("United States", {("Q1", "about"), ("Q2", "about")}),
    ("Times", {("Q2", "by")}),
    ("Mongolia", set()),
])
def test_store_claims_by_and_about(tmp_path, actor, expected):
    con = store.connect(_db(tmp_path, [make_document("a")]))
    rows = store.claims(con, actor).dicts()
    assert {(r["attribution_id"], r["role"]) for r in rows} == expected
    for r in rows:
        if r["attribution_id"] == "Q1":
            assert r["according_to"] == "The Times (USAMED)"


def test_store_stats_counts(tmp_path):
    docs = [make_document("a"), make_document("b", publisher="wapo"), make_document("c", events=0)]
    report = store.stats(store.connect(_db(tmp_path, docs)))
    assert report["documents"] == 3 and report["events"] == 1 and report["event_mentions"] == 2
    assert report["events_by_root_code"] == [{"root_code": "03", "events": 1, "mentions": 2}]
    assert report["top_dyads"][0]["source"] == "AFGGOV" and report["top_dyads"][0]["target"] == "USA"


def test_store_unseen_sources_counts_rejections_and_repeats():
    from newsdyad.ingest import Rejection

    items = [SourceDocument(text="a", doc_id="1", origin="f.jsonl:1"), Rejection("f.jsonl:2", "bad"),
             SourceDocument(text="b", doc_id="2"), SourceDocument(text="a", doc_id="1"),
             SourceDocument(text="a again", doc_id="1", origin="f.jsonl:5"), SourceDocument(text="c")]
    summary = store.IngestSummary()
    out = list(store.unseen_sources(items, summary, lambda ids: {"2"} & set(ids), block=2))
    assert [s.resolved_id() for s in out] == ["1", SourceDocument(text="c").resolved_id()]
    assert (summary.read, summary.present) == (6, 2)
    assert summary.rejected[0] == ("f.jsonl:2", "bad")
    origin, reason = summary.rejected[1]
    assert origin == "f.jsonl:5" and "f.jsonl:1" in reason and "different text" in reason


def test_store_ingest_twice_adds_nothing(tmp_path):
    path = tmp_path / "t.duckdb"
    sources = [SourceDocument(text=r["text"], doc_id=r["id"], date=r["date"]) for r in sample_records(4)]
    sources.append(SourceDocument(text="A text without an id. The minister resigned."))
    first = runner.ingest(sources, path, Options(), jobs=1)
    assert (first.read, first.coded, first.present) == (5, 5, 0)
    second = runner.ingest(sources, path, Options(), jobs=1)
    assert (second.read, second.coded, second.present) == (5, 0, 5)
    con = store.connect(path)
    assert _one(con, "SELECT count(*) FROM documents") == 5
    assert _one(con, "SELECT count(DISTINCT doc_id) FROM actors") == _one(
        con, "SELECT count(*) FROM documents WHERE n_actors > 0")


_KILL_SCRIPT = """
import json, sys
from newsdyad import runner
from newsdyad.model import SourceDocument
from newsdyad.pipeline import Options
records = [json.loads(line) for line in open(sys.argv[1])]
sources = (SourceDocument(text=r["text"], doc_id=r["id"], date=r["date"]) for r in records)
def progress(n):
    print(n, flush=True)
runner.ingest(sources, sys.argv[2], Options(), jobs=1, progress=progress, commit_every=2)
print("done", flush=True)
"""


def _table_fingerprint(con):
    out = {}
    for table, cols in store.TABLES.items():
        names = ", ".join(f'"{c}"' for c, _, _ in cols if c != "added_at")
        out[table] = sorted(map(repr, con.execute(f"SELECT {names} FROM {table}").fetchall()))
    return out


def test_store_kill9_then_resume_stores_each_document_once(tmp_path):
    records = sample_records(60)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", _KILL_SCRIPT, str(src), str(db)],
                            stdout=subprocess.PIPE, text=True, start_new_session=True,
                            cwd=REPO)
    stored_before_kill = 0
    deadline = time.time() + 120
    for line in proc.stdout:
        if line.strip() == "done" or time.time() > deadline:
            break
        stored_before_kill = int(line)
        if stored_before_kill >= 6:
            os.killpg(proc.pid, signal.SIGKILL)  # kill -9, mid-run
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert 6 <= stored_before_kill < len(records)

    sources = [SourceDocument(text=r["text"], doc_id=r["id"], date=r["date"]) for r in records]
    resumed = runner.ingest(sources, db, Options(), jobs=1)
    assert resumed.present >= stored_before_kill
    assert resumed.coded + resumed.present == len(records)

    clean = tmp_path / "clean.duckdb"
    runner.ingest(sources, clean, Options(), jobs=1)
    killed_con, clean_con = store.connect(db), store.connect(clean)
    assert _one(killed_con, "SELECT count(*) FROM documents") == len(records)
    # nothing lost, nothing doubled: every table equals an uninterrupted run's
    assert _table_fingerprint(killed_con) == _table_fingerprint(clean_con)


def test_store_parquet_layout_reads_like_duckdb(tmp_path):
    """The Ray engine's nested Parquet rows give the same tables and events as the DuckDB file."""
    import pyarrow.dataset as pads

    docs = [make_document("a", place="Kabul"), make_document("b", publisher="wapo", place="Kabul"),
            make_document("c", date=None, event_date=None, code="0312", events=2),
            make_document("d", events=0)]
    duck = _db(tmp_path, docs)
    table = store.documents_to_parquet_rows(docs)
    pads.write_dataset(table, tmp_path / "pq", format="parquet", partitioning=["month"],
                       partitioning_flavor="hive")
    months = sorted(p.name for p in (tmp_path / "pq").iterdir())
    assert months == ["month=2013-06", "month=undated"]
    pq_con, duck_con = store.connect(tmp_path / "pq"), store.connect(duck)
    assert _table_fingerprint(pq_con) == _table_fingerprint(duck_con)
    cols = "global_event_id, num_mentions, num_sources, num_articles, source_url"
    assert sorted(pq_con.execute(f"SELECT {cols} FROM events").fetchall()) == sorted(
        duck_con.execute(f"SELECT {cols} FROM events").fetchall())
    assert _one(pq_con, "SELECT count(*) FROM events") == 2


def test_store_claims_finds_an_actor_by_any_mention_spelling(tmp_path):
    doc = make_document("a")
    doc.actors[0].name = "Hamid Karzay"  # the knowledge base spells it one way, the article another
    con = store.connect(_db(tmp_path, [doc]))
    rows = store.claims(con, "Karzai").dicts()
    assert ("Q2", "about") in {(r["attribution_id"], r["role"]) for r in rows}  # via the mention
