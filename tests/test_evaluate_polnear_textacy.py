"""`newsdyad eval polnear` prints textacy's direct_quotations figures beside ours (textacy is installed
by the test extra, so this comparison runs in CI)."""

import json

from newsdyad.evaluate import polnear


def test_polnear_eval_compares_with_textacy(tmp_path):
    text = '"The border will reopen on Monday," the minister said. Rain fell on the capital.'
    rec = {"id": "x", "text": text, "attributions": [
        {"id": "E1", "type": "Attribution", "source": [[36, 48]], "cue": [[49, 53]], "content": [[0, 34]]}]}
    path = tmp_path / "mini.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    report = polnear.run(str(path), compare_textacy=True)
    assert isinstance(report["textacy"], dict), report["textacy"]
    assert report["newsdyad"]["overlap"]["all"]["f1"] == 1.0
    assert report["textacy"]["overlap"]["cue"]["f1"] == 1.0
    assert "textacy" in polnear.render(report)


def test_polnear_eval_punctuation_only_cue_can_match():
    text = 'Smith: "We will win."'
    gold = [{"source": [[0, 5]], "cue": [[5, 6]], "content": [[7, 21]]}]
    counts = polnear._empty_counts()
    polnear._score_doc(counts, text, [{"source": [(0, 5)], "cue": [(5, 6)], "content": [(8, 20)]}], gold)
    assert counts["exact"]["cue"]["tp"] == 1
    assert counts["exact"]["all"]["tp"] == 1
    wrong = polnear._empty_counts()
    polnear._score_doc(wrong, text, [{"source": [(0, 5)], "cue": [(20, 21)], "content": [(8, 20)]}], gold)
    assert wrong["exact"]["cue"]["tp"] == 0
