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
