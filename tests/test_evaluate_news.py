"""The news-gold scorer (newsdyad.evaluate.news) and the gold files in eval/news/.

Scorer tests use hand-built gold/predicted records; the gold-file test reads the story texts
from ../shared and fails loudly when they are missing.
"""

from __future__ import annotations

import json

import pytest

from newsdyad.evaluate import news

from .conftest import REPO

GOLD_DIR = REPO / "eval" / "news"
# gold-a committed 10 story files; gold-b codes 8 more in parallel (merged later) and the issue
# asks for at least 15 in the end. Raise this floor as files are merged, never lower it.
MIN_GOLD_STORIES = 20


def ev(code="112", source="RUSGOV", target="UKR", modality="asserted", trigger=(110, 117), sentence=(100, 180)):
    return {"sentence": sentence, "trigger": trigger, "code": code, "source": source, "target": target,
            "modality": modality}


@pytest.mark.parametrize("gold, pred, expected", [
    ("USAGOV", "USA", True),
    ("USA", "USAMIL", True),
    ("USAGOV", "RUSGOV", False),
    ("USAGOV", None, False),
    (None, None, True),          # a gold event without target needs a prediction without one
    (None, "USA", False),
    ("IGOUNO", "IGOUNOHCR", True),
    ("IGOUNOHCR", "IGOUNO", True),
    ("IGOUNOIAE", "IGOUNOHCR", False),
    ("IGOUNO", "IGO", False),    # a bare IGO root is not the UN
    ("IMGMOSISI", "IMGMOSALQ", False),
    ("REF", "KENREF", True),     # sector-only gold: any country with that sector
    ("REF", "REF", True),
    ("REF", "KENGOV", False),
    ("NGO", "NGOHRIAMN", True),
    ("MMRMIL", "MIL", False),    # a prediction without country does not name Myanmar
    ("AFROPP", "AFR", True),
])
def test_news_country_match(gold, pred, expected):
    assert news.country_match(gold, pred) is expected


@pytest.mark.parametrize("pred, deepest", [
    (ev(), "modality"),
    (ev(code="111"), "modality"),                      # same root 11
    (ev(code="1121", target="UKRGOV"), "modality"),
    (ev(modality="hypothetical"), "target"),
    (ev(target="POL"), "source"),
    (ev(target=None), "source"),
    (ev(source="UKR"), "root"),
    (ev(source=None), "root"),
    (ev(code="190"), None),                            # other root
    (ev(trigger=(185, 190)), None),                    # trigger outside the gold sentence
    (ev(trigger=(100, 104)), "modality"),              # sentence start is inside
    (ev(trigger=(180, 184)), None),                    # sentence end is outside
])
def test_news_level_match_nested(pred, deepest):
    gold = ev()
    got = [lv for lv in news.LEVELS if news.level_match(gold, pred, lv)]
    expected = [] if deepest is None else list(news.LEVELS[: news.LEVELS.index(deepest) + 1])
    assert got == expected


@pytest.mark.parametrize("gold_target, pred_target, expected", [
    (None, None, True),
    (None, "USA", False),
    ("USA", None, False),
])
def test_news_level_match_null_target(gold_target, pred_target, expected):
    assert news.level_match(ev(target=gold_target), ev(target=pred_target), "target") is expected


def test_news_level_match_gold_source_without_code_never_matches():
    assert not news.level_match(ev(source=None), ev(source=None), "source")
    assert news.level_match(ev(source=None), ev(source=None), "root")


@pytest.mark.parametrize("golds, preds, level, pairs", [
    # two identical predictions for one gold event: one is matched, the other is false
    ([ev()], [ev(), ev()], "modality", [(0, 0)]),
    # two gold events, one prediction: one match only
    ([ev(), ev(code="111")], [ev(code="111")], "root", [(1, 0)]),
    # the exact code is preferred over a same-root code
    ([ev(code="111"), ev(code="112")], [ev(code="112")], "root", [(1, 0)]),
    # the overlapping trigger is preferred
    ([ev(trigger=(120, 125)), ev(trigger=(150, 160))], [ev(trigger=(152, 158))], "root", [(1, 0)]),
    # each prediction goes to the gold event it fits at this level
    ([ev(source="USAGOV"), ev(source="RUSGOV")], [ev(source="RUS"), ev(source="USA")], "source",
     [(0, 1), (1, 0)]),
    ([], [ev()], "root", []),
    ([ev()], [], "root", []),
])
def test_news_match_one_to_one(golds, preds, level, pairs):
    assert news.match(golds, preds, level) == pairs


def test_news_score_story_counts_every_prediction():
    golds = [ev(), ev(code="190", source="UKRMIL", target="RUS", trigger=(300, 306), sentence=(290, 350))]
    preds = [ev(), ev(code="042", source="USAGOV", target="UKR", trigger=(500, 505)),
             ev(code="190", source="RUSMIL", target="UKR", trigger=(300, 306))]
    sc = news.score_story(golds, preds)
    assert (sc["root"]["tp"], sc["root"]["predicted"], sc["root"]["gold"]) == (2, 3, 2)
    assert sc["source"]["tp"] == 1
    assert sc["source"]["precision"] == pytest.approx(1 / 3)
    assert sc["source"]["recall"] == pytest.approx(1 / 2)
    assert sc["missed"] == [1]
    assert sc["false"] == [1, 2]


def test_news_prf_empty():
    assert news.prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "predicted": 0, "gold": 0}


@pytest.mark.parametrize("mutate, problem", [
    (lambda g: g["events"][0].update(trigger=[35, 40]), "outside sentence"),
    (lambda g: g["events"][0].update(sentence=[0, 999]), "bad span"),
    (lambda g: g["events"][0].update(code="999"), "not a CAMEO code"),
    (lambda g: g["events"][0].update(modality="maybe"), "modality"),
    (lambda g: g["events"][0].update(source=None), "no source"),
    (lambda g: g["events"][0]["source"].update(code=None, span=None), "neither code nor span"),
    (lambda g: g["events"][0]["source"].update(code=None), None),  # an unnamed agent: its words, no code
    (lambda g: g.update(scheme="other/1"), "scheme"),
    (lambda g: None, None),
])
def test_news_validate_gold(mutate, problem):
    text = "Aaaa bbb accused Cccc of lying. Then it rained."
    gold = {"scheme": news.SCHEME, "about": "test", "story": "1", "published": "2020-01-01", "events": [
        {"sentence": [0, 31], "trigger": [9, 16], "code": "112", "source": {"code": "USAGOV", "span": [0, 8]},
         "target": {"code": "RUS", "span": [17, 21]}, "modality": "asserted", "reported_by": None}]}
    mutate(gold)
    problems = news.validate_gold(gold, text, cameo_codes={"112", "111"})
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def _cameo_codes(shared_dir) -> set[str]:
    lines = (shared_dir / "data" / "cameo" / "cameo_codes.tsv").read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines[1:] if line.strip()}


def test_news_gold_files_valid(shared_dir):
    files = news.gold_files(GOLD_DIR)
    assert len(files) >= MIN_GOLD_STORIES, f"expected at least {MIN_GOLD_STORIES} gold stories in {GOLD_DIR}"
    golds = news.load_gold(GOLD_DIR)
    stories_path = shared_dir / "data" / "voa" / "stories.jsonl"
    texts = news.load_stories(stories_path, [g["story"] for g in golds])
    codes = _cameo_codes(shared_dir)
    assert len({g["story"] for g in golds}) == len(golds), "a story is coded twice"
    total = 0
    for gold in golds:
        assert gold["story"] in texts, f"{gold['_file']}: story {gold['story']} not in {stories_path}"
        rec = texts[gold["story"]]
        assert gold["published"] == rec["published"], gold["_file"]
        assert gold["_file"].endswith(f"voa-{gold['story']}.json")
        problems = news.validate_gold(gold, rec["text"], codes)
        assert problems == [], f"{gold['_file']}: {problems}"
        total += len(gold["events"])
    assert total >= 100, "the gold should hold a realistic number of events"


def test_news_gold_files_hold_no_story_text(shared_dir):
    """Only offsets and codes: no string field of a gold event may hold a long run of story text."""
    golds = news.load_gold(GOLD_DIR)
    texts = news.load_stories(shared_dir / "data" / "voa" / "stories.jsonl", [g["story"] for g in golds])
    for gold in golds:
        text = texts[gold["story"]]["text"]
        for ev in gold["events"]:
            note = ev.get("note") or ""
            words = note.split()
            for i in range(len(words) - 5):
                assert " ".join(words[i:i + 6]) not in text, f"{gold['_file']}: note copies story text: {note!r}"


def test_news_run_scores_a_story_written_here(tmp_path, monkeypatch):
    """End to end on our own two-sentence story: the report counts the gold and every prediction,
    and reads the sentence text at run time (the gold holds offsets only)."""
    text = "Russia accused Ukraine of shelling a border village on Monday. The weather was mild."
    (tmp_path / "stories.jsonl").write_text(json.dumps({"id": 1, "published": "2022-05-02 10:00:00Z",
                                                        "text": text}) + "\n", encoding="utf-8")
    s_end = text.index(".") + 1
    trig = text.index("accused")
    gold = {"scheme": news.SCHEME, "about": "test", "story": "1", "published": "2022-05-02 10:00:00Z", "events": [
        {"sentence": [0, s_end], "trigger": [trig, trig + 7], "code": "112",
         "source": {"code": "RUS", "span": [0, 6]}, "target": {"code": "UKR", "span": [15, 22]},
         "modality": "asserted", "reported_by": None},
        {"sentence": [0, s_end], "trigger": [text.index("shelling"), text.index("shelling") + 8], "code": "190",
         "source": {"code": "UKR", "span": [15, 22]}, "target": None, "modality": "asserted",
         "reported_by": {"code": "RUS", "span": [0, 6]}}]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "voa-1.json").write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setenv("NEWSDYAD_SHARED", str(tmp_path / "nowhere"))  # --stories wins over the default
    report = news.run(str(tmp_path / "gold"), stories=str(tmp_path / "stories.jsonl"))
    overall = report["overall"]
    assert overall["root"]["gold"] == 2
    assert [row["story"] for row in report["per_story"]] == ["1"]
    n_pred = overall["root"]["predicted"]
    assert n_pred == report["per_story"][0]["root"]["predicted"]
    for level in news.LEVELS:
        assert overall[level]["tp"] <= min(2, n_pred)
    # the levels are nested
    tps = [overall[level]["tp"] for level in news.LEVELS]
    assert tps == sorted(tps, reverse=True)
    assert len(report["misses"]) == 2 - overall["source"]["tp"]
    assert len(report["false_events"]) == n_pred - overall["source"]["tp"]
    for item in report["misses"]:
        assert item["sentence_text"] == text[:s_end]
    assert "sentence + root" in news.render(report)


def test_news_default_stories_path_honours_env(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDYAD_SHARED", str(tmp_path))
    assert news.default_stories_path() == tmp_path / "data" / "voa" / "stories.jsonl"
