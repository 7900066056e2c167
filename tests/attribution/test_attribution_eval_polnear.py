"""The PolNeAR scorer: matching rules on a tiny hand-made record, and the lexicon loader."""

from __future__ import annotations

import json

from newsdyad.attribution.lexicon import load_lexicon
from newsdyad.evaluate import polnear


def test_attribution_eval_polnear_matching_modes():
    text = 'The mayor said that "the bridge is closed."'
    gold = [{"source": [[0, 9]], "cue": [[10, 14]], "content": [[15, 43]]}]
    ours = [{"source": [(0, 9)], "cue": [(10, 14)], "content": [(21, 42)]}]  # no "that", no marks
    counts = polnear._empty_counts()
    polnear._score_doc(counts, text, ours, gold)
    assert counts["strict"]["content"]["tp"] == 0
    assert counts["exact"]["content"]["tp"] == 1
    assert counts["overlap"]["all"]["tp"] == 1
    assert counts["exact"]["all"]["tp"] == 1


def test_attribution_eval_polnear_one_to_one():
    text = "Kerry said A. He added B."
    gold = [{"source": [[0, 5]], "cue": [[6, 10]], "content": [[11, 12]]}]
    ours = [{"source": [(0, 5)], "cue": [(6, 10)], "content": [(11, 12)]},
            {"source": [(0, 5)], "cue": [(17, 22)], "content": [(23, 24)]}]
    counts = polnear._empty_counts()
    polnear._score_doc(counts, text, ours, gold)
    c = counts["overlap"]["source"]
    assert (c["tp"], c["pred"], c["gold"]) == (1, 2, 1)


def test_attribution_eval_polnear_run_and_render(tmp_path):
    text = "The minister said that the border would reopen on Monday. Rain fell."
    rec = {"id": "x", "text": text, "attributions": [
        {"id": "E1", "type": "Attribution", "source": [[0, 12]], "cue": [[13, 17]], "content": [[18, 56]]}]}
    path = tmp_path / "mini.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    report = polnear.run(str(path), compare_textacy=False)
    assert report["newsdyad"]["exact"]["all"]["f1"] == 1.0
    assert report["textacy"] == "textacy not installed"
    out = polnear.render(report)
    assert "overlap" in out and "identical character sets" in out


def test_attribution_lexicon_loads_cues():
    lex = load_lexicon()
    for lemma in ("say", "tell", "claim", "warn", "deny", "insist", "argue", "state", "believe", "note", "add"):
        assert lemma in lex.verbs
    assert lex.verbs["tell"].addressee
    assert not lex.verbs["say"].obj  # "He said goodbye." is no attribution
    assert "according to" in lex.phrases
    assert "newspaper" in lex.media_nouns
