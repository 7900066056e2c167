"""The PETRARCH-records and PLOVER evaluators: matching rules on hand-made cases, then the dev bars."""

import json

import pytest

from newsdyad.evaluate import plover, records


@pytest.mark.parametrize("gold,pred,country_level,ok", [
    ("USA", "USAGOV", False, True),
    ("USAGOV", "USA", False, False),
    ("USAGOV", "USAGOVLEG", False, True),
    ("USAGOV", "USAMIL", True, True),
    ("---REB", "SYRREB", False, True),
    ("---REB", "SYRMIL", False, False),
    ("---", "---", False, True),
    ("---", "USA", False, False),
    ("RUS", "---", False, False),
])
def test_events_evaluate_actor_match(gold, pred, country_level, ok):
    assert records.actor_match(gold, pred, country_level) is ok


def test_events_evaluate_iso_date():
    assert records.iso_date("20150609") == "2015-06-09"
    assert records.iso_date("") is None
    assert records.iso_date("2015-06-09") == "2015-06-09"


def test_events_evaluate_plover_aliases():
    assert plover.normalise("DEMAND") == "REQUEST"
    assert plover.normalise("fight") == "ASSAULT"
    assert plover.normalise("AGREE") == "AGREE"


def test_events_evaluate_records_on_own_file(tmp_path):
    path = tmp_path / "r.jsonl"
    rows = [
        {"id": "a", "date": "20150609", "text": "Israel bombed Gaza.", "events": [{"source": "ISR", "target": "PSE", "code": "195"}]},
        {"id": "b", "date": "20150609", "text": "The weather was mild.", "events": [], "no_events_expected": True},
        {"id": "c", "date": "20150609", "text": "Chile met with Peru.", "events": [{"source": "CHL", "target": "PER", "code": "042"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    report = records.run(str(path))
    assert report["records"] == 3
    assert report["exact"]["record_match"] == 2
    assert report["dyad"]["record_match"] == 3
    assert report["root_code"]["record_match"] == 3
    assert "records not matched exactly" in records.render(report)


def test_events_evaluate_petr2_dev_bar(shared_dir):
    report = records.run(str(shared_dir / "data" / "petr2_gsr" / "dev.jsonl"))
    assert report["records"] == 34
    assert report["dyad"]["record_rate"] >= 0.5


def test_events_evaluate_plover_dev_bar(shared_dir):
    report = plover.run(str(shared_dir / "data" / "plover_gsr" / "dev.jsonl"))
    assert report["records"] == 50
    assert report["recall"] >= 0.7
    assert "category recall" in plover.render(report)
