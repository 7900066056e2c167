"""The mention-level check of `newsdyad eval actors` on hand-built PLOVER-style records."""

from __future__ import annotations

import pytest

from newsdyad.evaluate.actors import locate, mention_checks
from newsdyad.model import Actor

TEXT = "Kenyan police arrested two Somali traders in Nairobi, the UN said."


def _actor(text, phrase, country, name=None):
    at = text.index(phrase)
    return Actor(id="A", name=name or phrase, code=country, country=country, mentions=[(at, at + len(phrase))])


ACTORS = [
    _actor(TEXT, "Kenyan police", "KEN"),
    _actor(TEXT, "Somali traders", "SOM"),
    _actor(TEXT, "Nairobi", "KEN"),
    _actor(TEXT, "UN", "IGOUNO"),
]


@pytest.mark.parametrize(
    "gold,status,predicted",
    [
        ({"actorText": "Kenyan police", "code": "KEN", "sector": "COP"}, "ok", "KEN"),
        ({"actorText": "two Somali traders", "code": "SOM"}, "ok", "SOM"),
        ({"actorText": "Somali traders", "code": "ETH"}, "wrong", "SOM"),
        ({"actorText": "UN", "code": "IGO"}, "ok", "IGOUNO"),  # every IGO... root counts as IGO
        ({"actorText": "Somali traders in Nairobi", "code": "SOM"}, "ok", "SOM"),  # the larger overlap
        ({"actorText": "traders in Nairobi", "code": "KEN"}, "ok", "KEN"),  # a tie: the shorter mention
        ({"actorText": "Kenyan ... Nairobi", "code": "KEN"}, "ok", "KEN"),  # elided words
        ({"actorText": "Somali-based traders", "code": "SOM"}, "ok", "SOM"),  # found by part
        ({"actorText": "Ethiopian traders", "code": "ETH"}, "unlocated", None),  # a lone common noun locates nothing
        ({"actorText": "the army", "code": "KEN"}, "unlocated", None),
        ({"actorText": "Kenyan police", "code": "QQQ"}, "unknown-root", None),
        ({"actorText": "arrested", "code": "KEN"}, "wrong", None),  # no actor at the words
    ],
)
def test_mention_checks_status(gold, status, predicted):
    rec = {"id": "r1", "text": TEXT, "source": [gold], "target": "diplomatic"}
    [check] = mention_checks(rec, ACTORS, known_roots={"KEN", "SOM", "ETH", "IGO"})
    assert check["status"] == status, check
    assert check.get("predicted") == predicted


def test_mention_checks_count_each_gold_actor_once():
    rec = {"id": "r2", "text": TEXT,
           "source": [{"actorText": "Kenyan police", "code": "KEN"}],
           "target": [{"actorText": "Kenyan police", "code": "KEN"}, {"actorText": "Somali traders", "code": "SOM"}]}
    checks = mention_checks(rec, ACTORS)
    assert [(c["role"], c["text"]) for c in checks] == [("source", "Kenyan police"), ("target", "Somali traders")]


@pytest.mark.parametrize(
    "words,span",
    [
        ("Somali traders", (27, 41, True)),
        ("somali TRADERS", (27, 41, True)),
        ("Kenyan ... Nairobi", (0, 52, True)),
        ("Greek-Somali traders", (27, 41, False)),
        ("UN", (58, 60, True)),
        ("Uganda", None),
    ],
)
def test_mention_checks_locate(words, span):
    assert locate(TEXT, words) == span
