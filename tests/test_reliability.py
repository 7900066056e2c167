"""Issue 15: bad input gets a clear error, nothing is lost, nothing crashes.

Each test reproduces one input that used to crash, lose records or be accepted silently.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsdyad.cli import app
from newsdyad.model import SourceDocument

runner = CliRunner()

PARAGRAPH = "Kenya offered to host talks with Sudan on Tuesday. The army accused the rebels of shelling the city."


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def jsonl(tmp_path, name, records):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- 1. long documents


@pytest.fixture
def small_parser_limit(monkeypatch):
    """spaCy's E088 limit, shrunk so that a short test text is 'overlong'."""
    from newsdyad.pipeline import Options, load_pipeline

    nlp = load_pipeline(Options()).nlp
    monkeypatch.setattr(nlp, "max_length", 2_000)
    return nlp


def test_reliability_overlong_document_is_coded_in_parts(small_parser_limit):
    from newsdyad.pipeline import Options, load_pipeline

    one = load_pipeline(Options()).code_one(SourceDocument(text=PARAGRAPH, doc_id="one"))
    text = "\n\n".join([PARAGRAPH] * 60)  # 6,000 characters: three times the limit
    doc = load_pipeline(Options()).code_one(SourceDocument(text=text, doc_id="long"))
    assert doc.text == text and doc.doc_id == "long"
    assert len(doc.events) == 60 * len(one.events) > 0
    assert len({e.id for e in doc.events}) == len(doc.events)
    for ev in doc.events:
        assert doc.span_text(ev.trigger) in PARAGRAPH
        assert ev.sentence[0] <= ev.trigger[0] < ev.trigger[1] <= ev.sentence[1] <= len(text)
    kenya = [a for a in doc.actors if a.name == one.actor(one.events[0].source.actor).name]
    assert len(kenya) == 1 and len(kenya[0].mentions) == 60  # one actor across the parts
    assert all(doc.actor(e.source.actor) is not None for e in doc.events if e.source.actor)


def test_reliability_overlong_record_does_not_lose_its_neighbours(small_parser_limit, tmp_path):
    path = jsonl(tmp_path, "mixed.jsonl", [
        {"id": "a", "text": PARAGRAPH},
        {"id": "long", "text": "\n\n".join([PARAGRAPH] * 40)},
        {"id": "c", "text": PARAGRAPH},
    ])
    out = tmp_path / "out.jsonl"
    result = run("code", path, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(x)["doc_id"] for x in out.read_text().splitlines()] == ["a", "long", "c"]
    db = tmp_path / "c.duckdb"
    result = run("ingest", path, "--db", db, "--jobs", "1", "--no-progress")
    assert result.exit_code == 0, result.stderr
    assert "3 read, 3 coded" in result.stderr


# --------------------------------------------------------------------------- 4. silent loss in ingest


def _ingest(tmp_path, records, db_name="c.duckdb"):
    path = jsonl(tmp_path, f"in{len(list(tmp_path.glob('in*.jsonl')))}.jsonl", records)
    db = tmp_path / db_name
    return run("ingest", path, "--db", db, "--jobs", "1", "--no-progress"), db, path


def _rows(db, sql):
    from newsdyad import store

    con = store.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_reliability_same_id_different_text_is_an_error_naming_both(tmp_path):
    result, db, path = _ingest(tmp_path, [{"id": "x", "text": PARAGRAPH},
                                          {"id": "x", "text": "Sudan rejected the offer."}])
    assert result.exit_code == 1
    assert f"{path}:2" in result.stderr and f"{path}:1" in result.stderr
    assert "different text" in result.stderr
    assert "2 read, 1 coded, 0 already present, 1 rejected" in result.stderr
    # and against the database: a later run with the same id and another text
    again, _, path2 = _ingest(tmp_path, [{"id": "x", "text": "Chad closed its border."}])
    assert again.exit_code == 1 and f"{path2}:1" in again.stderr and "different text" in again.stderr
    assert _rows(db, "SELECT text FROM documents") == [(PARAGRAPH,)]


def test_reliability_syndicated_copies_are_kept_with_each_publisher(tmp_path):
    records = [{"text": PARAGRAPH, "publisher": "Wire A", "date": "2020-01-02"},
               {"text": PARAGRAPH, "publisher": "Paper B", "date": "2020-01-03"},
               {"text": PARAGRAPH, "publisher": "Wire A", "date": "2020-01-02"}]
    result, db, _ = _ingest(tmp_path, records)
    assert result.exit_code == 0, result.stderr
    assert "3 read, 1 coded, 1 already present, 1 copies of stored articles, 0 rejected" in result.stderr
    assert _rows(db, "SELECT count(*) FROM documents") == [(1,)]
    publishers = _rows(db, "SELECT publisher FROM documents UNION ALL SELECT publisher FROM copies")
    assert sorted(p for (p,) in publishers) == ["Paper B", "Wire A"]
    rerun, _, _ = _ingest(tmp_path, records)  # idempotent: nothing new
    assert "3 read, 0 coded, 3 already present, 0 rejected" in rerun.stderr
    assert _rows(db, "SELECT count(*) FROM copies") == [(1,)]
