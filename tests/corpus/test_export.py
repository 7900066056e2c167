"""Every export format, written and read back."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from .corpus_docs import make_document
from newsdyad import export, store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    with store.Writer(path) as w:
        w.add([make_document("a", publisher="nyt", place="Kabul"),
               make_document("b", publisher="wapo", place="Kabul"),
               make_document("c", code="0312", modality="asserted", event_date="2013-06-02"),
               make_document("d", events=0)])
    return path


def _rows(path, fmt):
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    text = path.read_text(encoding="utf-8")
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    if fmt == "gdelt":
        return list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("fmt, table, n", [
    ("parquet", "event_mentions", 3),
    ("csv", "event_mentions", 3),
    ("jsonl", "event_mentions", 3),
    ("parquet", "documents", 4),
    ("csv", "actors", 12),
    ("jsonl", "attributions", 8),
    ("jsonl", "events", 2),
])
def test_export_tables_read_back(db, tmp_path, fmt, table, n):
    out = tmp_path / f"out.{fmt}"
    assert export.export(db, fmt, out, table=table) == n
    rows = _rows(out, fmt)
    assert len(rows) == n
    assert list(rows[0]) == [c for c, _, _ in store.TABLES[table]] if table in store.TABLES else True
    if table == "event_mentions":
        assert {r["doc_id"] for r in rows} == {"a", "b", "c"}
        assert {str(r["attribution_chain"]) for r in rows} == {"Hamid Karzai (AFGGOV) <- The Times (USAMED)"}


def test_export_gdelt_columns_and_values(db, tmp_path):
    out = tmp_path / "events.tsv"
    assert export.export(db, "gdelt", out) == 1  # by default only asserted events
    assert export.export(db, "gdelt", out, filters={"modality": "all"}) == 2
    rows = _rows(out, "gdelt")
    assert list(rows[0]) == export.GDELT_COLUMNS + export.NEWSDYAD_COLUMNS
    assert len(export.GDELT_COLUMNS) == 61
    by_code = {r["EventCode"]: r for r in rows}
    merged, single = by_code["0311"], by_code["0312"]
    assert (merged["NumMentions"], merged["NumSources"], merged["NumArticles"]) == ("2", "2", "2")
    assert (single["NumMentions"], single["NumArticles"]) == ("1", "1")
    assert merged["Day"] == "20130620" and merged["MonthYear"] == "201306" and merged["Year"] == "2013"
    assert single["Day"] == "20130602"
    assert merged["Actor1Code"] == "AFGGOV" and merged["Actor1CountryCode"] == "AFG"
    assert merged["Actor1Type1Code"] == "GOV" and merged["Actor2Type1Code"] == ""
    assert merged["EventBaseCode"] == "031" and merged["EventRootCode"] == "03"
    assert merged["ActionGeo_FullName"] == "Kabul" and merged["ActionGeo_Type"] == "4"
    assert single["ActionGeo_FullName"] == ""
    assert merged["SOURCEURL"] == "http://example.org/a"
    assert len(merged["DATEADDED"]) == 14
    assert merged["modality"] == "requested" and single["modality"] == "asserted"
    assert merged["attributed_to"] == "Hamid Karzai (AFGGOV)"
    assert 2013.4 < float(merged["FractionDate"]) < 2013.5


def test_export_plover_records(db, tmp_path):
    out = tmp_path / "plover.jsonl"
    assert export.export(db, "plover", out) == 2
    records = _rows(out, "plover")
    by_code = {r["cameo"]["code"]: r for r in records}
    rec = by_code["0311"]
    assert rec["event"] == "CONSULT" and rec["modality"] == "requested"
    assert rec["source"] == [{"actorText": "Hamid Karzai", "code": "AFGGOV", "country": "AFG"}]
    assert rec["target"][0]["code"] == "USA"
    assert rec["event_text"] == "talk" and rec["text"].startswith("Karzai said")
    assert rec["event_loc"]["name"] == "Kabul" and rec["num_articles"] == 2
    assert by_code["0312"]["event_loc"] is None


def test_export_to_stream_and_errors(db, tmp_path):
    buf = io.StringIO()
    assert export.export(db, "csv", stream=buf) == 3
    assert buf.getvalue().splitlines()[0].startswith("global_event_id,doc_id,event_id")
    with pytest.raises(ValueError):
        export.export(db, "parquet")  # binary: needs a file
    with pytest.raises(ValueError):
        export.export(db, "xml", tmp_path / "x")
    with pytest.raises(FileNotFoundError):
        export.export(tmp_path / "missing.duckdb", "csv", tmp_path / "x.csv")


def test_export_empty_corpus(tmp_path):
    path = tmp_path / "empty.duckdb"
    store.Writer(path).close()
    out = tmp_path / "e.tsv"
    assert export.export(path, "gdelt", out) == 0
    assert out.read_text().splitlines() == ["\t".join(export.GDELT_COLUMNS + export.NEWSDYAD_COLUMNS)]
