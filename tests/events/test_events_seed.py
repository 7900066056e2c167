"""The seed article through the whole pipeline, scored by the project's seed scorer: the events bar."""

from newsdyad.evaluate import seed


def test_events_seed_bar(seed_gold_path):
    report = seed.run(str(seed_gold_path))
    ev = report["events"]
    assert ev["required"]["hit"] == ev["required"]["of"] == 5
    assert ev["optional"]["hit"] >= 4
    assert ev["precision"] is not None and ev["precision"] >= 0.75
    assert report["forbidden"]["violations"] == 0
