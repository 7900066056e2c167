"""newsdyad.open(): the query layer shared by the CLI and the HTTP API."""

from __future__ import annotations

import pyarrow as pa
import pytest

import newsdyad
from newsdyad.corpus import Frame


@pytest.mark.parametrize("method, args, kwargs, column, expected", [
    ("events", (), {}, "code", ["0311", "036", "0311"]),
    ("events", ("AFG", "USA"), {"code": "036"}, "event_date", ["2013-07-01"]),
    ("events", (), {"modality": "requested", "since": "2014"}, "event_date", ["2014-01-05"]),
    ("events", (), {"limit": 1, "offset": 1}, "code", ["036"]),
    ("events", ("USA",), {}, "code", []),
    ("documents", ("Title d2",), {}, "doc_id", ["d2"]),
    ("documents", (), {"until": "2013"}, "doc_id", ["d2", "d1"]),
    ("actors", ("Times",), {}, "code", ["USAMED"]),
    ("claims", (), {"about": "Karzai", "until": "2013-06"}, "doc_id", ["d1", "d1"]),
    ("claims", ("Karzai",), {}, "doc_id", ["d1", "d2", "d3"]),
    ("timeline", ("AFG", "USA"), {"by": "month", "since": "2013-07"}, "period", ["2013-07", "2014-01"]),
    ("network", (), {"since": "2014"}, "events", [1]),
])
def test_corpus_layer_frames(corpus_db, method, args, kwargs, column, expected):
    frame = getattr(newsdyad.open(corpus_db), method)(*args, **kwargs)
    assert isinstance(frame, Frame)
    assert list(frame[column]) == expected
    table = frame.to_arrow()
    assert isinstance(table, pa.Table) and table.num_rows == len(expected)


@pytest.mark.parametrize("kwargs", [{"modality": "sure"}, {"by": "year"}])
def test_corpus_layer_rejects_bad_values(corpus_db, kwargs):
    corpus = newsdyad.open(corpus_db)
    with pytest.raises(ValueError):
        if "by" in kwargs:
            corpus.timeline("AFG", "USA", **kwargs)
        else:
            corpus.events(**kwargs)


def test_corpus_layer_document_round_trip(corpus_db):
    corpus = newsdyad.open(corpus_db)
    doc = corpus.document("d1")
    assert [a.id for a in doc.attributions] == ["Q1", "Q2"] and doc.attribution("Q1").parent == "Q2"
    assert doc.actor("A1").mentions == [(0, 6)] and doc.events[0].code == "0311"
    assert corpus.document("missing") is None


def test_corpus_layer_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        newsdyad.open(tmp_path / "none.duckdb")


def test_corpus_layer_is_read_only(corpus_db):
    corpus = newsdyad.open(corpus_db)
    with pytest.raises(PermissionError):
        corpus.add([])
    with corpus.connection() as con:
        with pytest.raises(Exception, match="read-only"):
            con.execute("DELETE FROM documents")


def test_corpus_layer_reads_a_parquet_dataset(tmp_path):
    import pyarrow.parquet as pq

    from newsdyad import store

    from ..corpus.corpus_docs import make_document

    part = tmp_path / "pq" / "month=2013-06"
    part.mkdir(parents=True)
    table = store.documents_to_parquet_rows([make_document("p1"), make_document("p2")])
    pq.write_table(table.drop(["month"]), part / "part.parquet")
    corpus = newsdyad.open(tmp_path / "pq")
    events = corpus.events()
    assert list(events["num_articles"]) == [2]  # one event, read in two articles
    assert list(corpus.documents()["doc_id"]) == ["p1", "p2"]
    assert corpus.document("p2").events[0].code == "0311"
    assert list(corpus.timeline("AFG", "USA")["events"]) == [1]
