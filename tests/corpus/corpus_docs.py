"""Hand-built coded documents for the corpus tests (the extraction stages are not needed)."""

from __future__ import annotations

from newsdyad.model import Actor, Attribution, Document, Event, Location, Participant, Party

# Our own sentence; offsets below index into it.
TEXT = "Karzai said the United States must talk. The Times reported it."


def make_document(doc_id: str, *, publisher: str | None = "nyt", date: str | None = "2013-06-20",
                  event_date: str | None = "2013-06", modality: str = "requested",
                  code: str = "0311", place: str | None = None, url: str | None = "auto",
                  events: int = 1) -> Document:
    karzai = Actor(id="A1", name="Hamid Karzai", code="AFGGOV", country="AFG", sector="GOV",
                   mentions=[(0, 6)], kind="person", rule="kb:karzai")
    usa = Actor(id="A2", name="United States", code="USA", country="USA", mentions=[(16, 29)],
                kind="country", rule="kb:usa")
    times = Actor(id="A3", name="The Times", code="USAMED", country="USA", sector="MED",
                  mentions=[(41, 50)], kind="media", rule="kb:times")
    reported = Attribution(id="Q2", kind="reported_by", source=Party((41, 50), "A3"),
                           cue=[(51, 59)], content=[(0, 40)], rule="test")
    said = Attribution(id="Q1", kind="indirect", source=Party((0, 6), "A1"), cue=[(7, 11)],
                       content=[(12, 39)], parent="Q2", rule="test")
    evs = []
    for i in range(events):
        evs.append(Event(
            id=f"E{i + 1}", sentence=(0, 40), trigger=(35, 39),
            source=Participant("A1", "AFGGOV", (0, 6)), target=Participant("A2", "USA", (16, 29)),
            code=code, root_code=code[:2], quad_class=1, goldstein=4.0, plover="CONSULT",
            modality=modality, attribution="Q1", date=event_date,
            location=None if place is None else Location(name=place, country="AFG", lat=34.5, lon=69.2),
            rule="test:talk", name="Test code"))
    return Document(doc_id=doc_id, text=TEXT, date=date, publisher=publisher,
                    url=f"http://example.org/{doc_id}" if url == "auto" else url,
                    title=f"Title {doc_id}", sentences=[(0, 40), (41, 64)],
                    actors=[karzai, usa, times], attributions=[said, reported], events=evs)


# Short articles of our own writing, for end-to-end runs through the real pipeline.
SAMPLE_SENTENCES = [
    "The foreign minister of Germany met the Chinese ambassador in Berlin on Tuesday.",
    "Officials in Kabul said the government would resume talks with the Taliban next month.",
    "The United Nations urged both sides to respect the ceasefire, a spokesman said.",
    "Protesters gathered outside the parliament in Ankara, according to local media.",
    "The prime minister of India told reporters that trade talks with Japan had stalled.",
    "Police in Lagos arrested dozens of demonstrators, witnesses told the newspaper.",
]


def sample_records(n: int, prefix: str = "doc") -> list[dict]:
    out = []
    for i in range(n):
        text = " ".join(SAMPLE_SENTENCES[(i + k) % len(SAMPLE_SENTENCES)] for k in range(3))
        out.append({"id": f"{prefix}{i:04d}", "text": f"Report {i}. {text}",
                    "date": f"2014-{1 + i % 3:02d}-{1 + i % 27:02d}", "publisher": f"pub{i % 4}"})
    return out
