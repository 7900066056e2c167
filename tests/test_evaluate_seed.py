"""The seed scorer: its matching rules on a tiny hand-made case, then the real seed bar."""

import pytest

from newsdyad.evaluate import seed
from newsdyad.model import Actor, Attribution, Document, Event, Participant, Party

TEXT = "Officials close to Ruto quoted by the BBC said Ruto wants to sign a deal with Sudan.\nThe army refused.\n"
GOLD = {
    "actors": [
        {"id": "ruto", "name": "William Ruto", "code": "KENGOV", "mentions": ["Ruto"]},
        {"id": "bbc", "name": "BBC", "code": "GBRMED", "mentions": ["the BBC"]},
        {"id": "sudan", "name": "Sudan", "code": "SDN", "mentions": ["Sudan"]},
    ],
    "attributions": [
        {"id": "a1", "required": True, "kind": "indirect", "source": "Officials close to Ruto", "source_actor": None,
         "cue": "said", "content": "Ruto wants to sign a deal with Sudan",
         "via": [{"source": "the BBC", "source_actor": "bbc", "cue": "quoted by"}]},
    ],
    "events": [
        {"id": "e1", "required": True, "sentence_starts": "Officials close", "trigger": "sign", "source": "ruto",
         "target": "sudan", "cameo_accept": ["030", "057"], "modality": "intended", "according_to": "a1"},
    ],
    "forbidden": [
        {"id": "f1", "sentence_starts": "Officials close", "source": "ruto", "target": "sudan", "modality_not": "asserted"},
    ],
}


def make_doc(modality="intended", parent="Q2", code="KENGOV"):
    def at(s):
        i = TEXT.index(s)
        return (i, i + len(s))

    return Document(
        doc_id="t", text=TEXT,
        actors=[Actor("A1", "William Ruto", code, mentions=[at("Ruto"), (TEXT.index("Ruto wants"), TEXT.index("Ruto wants") + 4)]),
                Actor("A2", "BBC", "GBRMED", mentions=[at("the BBC")]),
                Actor("A3", "Sudan", "SDN", mentions=[at("Sudan")])],
        attributions=[
            Attribution("Q1", "indirect", Party(at("Officials close to Ruto")), [at("said")],
                        [at("Ruto wants to sign a deal with Sudan")], parent=parent),
            Attribution("Q2", "reported_by", Party(at("the BBC"), "A2"), [at("quoted by")],
                        [at("Ruto wants to sign a deal with Sudan")]),
        ],
        events=[Event("E1", (0, 84), at("sign"), Participant("A1", code), Participant("A3", "SDN"),
                      "030", "03", modality=modality, attribution="Q1")],
    )


def test_seed_scorer_counts_a_perfect_output():
    report = seed.score(make_doc(), GOLD)
    assert report["attributions"]["required"] == {"hit": 1, "of": 1}
    assert report["chains"]["hit"] == 1
    assert report["actors"]["hit"] == 3
    assert report["events"]["required"]["hit"] == 1
    assert report["events"]["required_with_attribution"]["hit"] == 1
    assert report["events"]["precision"] == 1.0
    assert report["forbidden"]["violations"] == 0


def test_seed_scorer_source_actor_null_gold_wants_none():
    # gold says "Officials close to Ruto" are nobody in the actor list
    assert seed.score(make_doc(), GOLD)["attributions"]["source_actor"] == {"hit": 1, "of": 1}
    doc = make_doc()
    doc.attributions[0].source.actor = "A1"  # resolved to Ruto himself: wrong
    assert seed.score(doc, GOLD)["attributions"]["source_actor"] == {"hit": 0, "of": 1}


def test_seed_scorer_catches_wrong_modality_chain_and_code():
    report = seed.score(make_doc(modality="asserted", parent=None, code="KEN"), GOLD)
    assert report["events"]["required"]["hit"] == 0
    assert report["forbidden"]["violations"] == 1
    assert report["chains"]["hit"] == 0
    assert report["actors"]["hit"] == 2
    assert "missed:" in seed.render(report)


@pytest.fixture(scope="module")
def seed_report(seed_gold_path):
    return seed.run(str(seed_gold_path))


def test_seed_bar_foundation(seed_report):
    """The foundation's bar on the seed article."""
    rows = {r["id"]: r for r in seed_report["actors"]["rows"]}
    assert rows["karzai"]["ok"], rows["karzai"]
    assert rows["nyt"]["ok"], rows["nyt"]
    assert seed_report["attributions"]["required"]["hit"] >= 8, seed.render(seed_report)


def test_seed_bar_actors_all_coded(seed_report):
    bad = [r for r in seed_report["actors"]["rows"] if not r["ok"]]
    assert not bad, bad


def test_seed_bar_attributions_and_chains(seed_report):
    att = seed_report["attributions"]["required"]
    assert att["hit"] == att["of"] == 14, seed.render(seed_report)
    checks = {c["check"]: c["ok"] for c in seed_report["chains"]["rows"]}
    assert checks["a1 via US newspaper The New York Times"]
    assert checks["a10 inside a9"]
    assert checks["a13 inside a12"]
