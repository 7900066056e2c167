import json

import pytest

from newsdyad.model import (SCHEMA, Actor, Attribution, Document, Event, Location, Participant, Party,
                            content_hash)

TEXT = "Ruto said Kenya will host talks. Sudan's army denied it."


def small_document() -> Document:
    return Document(
        doc_id="d1",
        text=TEXT,
        date="2024-05-14",
        publisher="example",
        sentences=[(0, 32), (33, 56)],
        actors=[
            Actor("A1", "William Ruto", "KENGOV", "KEN", "GOV", [(0, 4)], kind="person", rule="kb"),
            Actor("A2", "Kenya", "KEN", "KEN", None, [(10, 15)], kind="country"),
        ],
        attributions=[
            Attribution("Q1", "indirect", Party((0, 4), "A1"), [(5, 9)], [(10, 31)], None, None, rule="svo"),
            Attribution("Q2", "reported_by", Party(None, None), [], [(10, 31)], Party((33, 38), None), "Q1"),
        ],
        events=[
            Event("E1", (0, 32), (21, 25), Participant("A2", "KEN", (10, 15)), Participant(),
                  "043", "04", 1, 2.8, "CONSULT", "intended", "Q1", "2024-05",
                  Location("Nairobi", "KEN", -1.28, 36.82, None), "host talks", "Host or receive a visitor"),
        ],
        notes=["unclosed quotation mark at 5"],
    )


def test_model_round_trip_is_lossless():
    doc = small_document()
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert again.to_dict() == doc.to_dict()


def test_model_spans_serialise_as_two_item_lists():
    data = json.loads(small_document().to_json())
    assert data["schema"] == SCHEMA
    assert data["actors"][0]["mentions"] == [[0, 4]]
    assert data["attributions"][0]["source"] == {"span": [0, 4], "actor": "A1"}
    assert data["events"][0]["trigger"] == [21, 25]


def test_model_rejects_other_schemas():
    data = small_document().to_dict()
    data["schema"] = "other/9"
    with pytest.raises(ValueError, match="newsdyad/1"):
        Document.from_dict(data)


def test_model_chain_follows_parents_and_stops_on_cycles():
    doc = small_document()
    assert [a.id for a in doc.chain("Q1")] == ["Q1"]
    doc.attributions[0].parent = "Q2"  # Q2 -> Q1 -> Q2: a cycle
    assert [a.id for a in doc.chain("Q1")] == ["Q1", "Q2"]
    assert doc.chain(None) == []


def test_model_source_name_prefers_actor_then_span():
    doc = small_document()
    assert doc.source_name(Party((0, 4), "A1")) == "William Ruto"
    assert doc.source_name(Party((33, 38), None)) == "Sudan"
    assert doc.source_name(None) == ""


def test_model_content_hash_is_stable_and_distinct():
    assert content_hash("a") == content_hash("a")
    assert content_hash("a") != content_hash("b")
