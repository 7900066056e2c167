"""`newsdyad eval codebook`: the scorer of codebook-style sentences (evaluate/codebook.py) on a small
table of our own, and the shape of the yardstick eval/cameo/own-examples.jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdyad.evaluate import codebook

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "eval" / "cameo" / "own-examples.jsonl"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    rows = [
        {"text": "Kenyan police arrested ten protesters in Nairobi.", "code": "173", "source": "KEN", "target": "KEN"},
        {"text": "Ghana praised Togo for its help.", "code": "051", "source": "GHA", "target": "TGO"},
        {"text": "The weather in Accra was warm on Monday.", "code": "042", "source": "GHA", "target": None},
    ]
    path = tmp_path_factory.mktemp("codebook") / "t.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_evaluate_codebook_scores_root_full_and_source(small):
    report = codebook.run(small)
    assert report["records"] == 3
    assert report["root_recalled"] == 2 and report["full_recalled"] == 2
    assert report["no_event"] == 1
    assert report["source_correct"] == report["source_scored"] == 2
    text = codebook.render(report)
    assert "root recall       2/3" in text and "The weather in Accra" in text


@pytest.mark.parametrize("half,lines", [("A", [1, 3]), ("B", [2])])
def test_evaluate_codebook_halves_split_by_line(small, half, lines):
    report = codebook.run(small, half=half)
    assert [r["line"] for r in report["per_record"]] == lines


def test_evaluate_codebook_rejects_unknown_half(small):
    with pytest.raises(ValueError):
        codebook.run(small, half="C")


def test_evaluate_codebook_table_covers_every_cameo_root():
    rows = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 250
    assert {r["code"][:2] for r in rows} == {f"{i:02d}" for i in range(1, 21)}
    assert all(r["text"] and r["code"].isdigit() for r in rows)
