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
