"""PETRARCH's own unit tests: ``newsdyad eval records PETR.UnitTest.records.xml``.

The file (PETRARCH's validation format) is a ``<Validation>`` root with an ``<Environment>`` that
names its dictionaries and an ``<Include>`` list, then ``<Sentences>`` holding ``<Sentence>``
records and ``<Config option=... value=...>`` switches.  A switch holds from where it stands until
the next switch of the same option, so each record is read with the options in force at its
place.  Example (written for this docstring)::

    <Validation>
      <Environment>
        <Actorfile>my.actors.txt</Actorfile>
        <Include>valid DEMO VERB</Include>
      </Environment>
      <Sentences>
        <Config option="require_dyad" value="false"></Config>
        <Sentence date="20010203" id="DEMO-1" category="DEMO" sentence="true">
          <EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
          <Text>Aland visited Bland.</Text>
          <Parse>(ROOT (S (NP (NNP Aland)) (VP (VBD visited) (NP (NNP Bland)))))</Parse>
        </Sentence>
      </Sentences>
    </Validation>

Which records count ("active"): those whose category is in the ``<Include>`` list; when the list
starts with ``valid``, only those not marked ``sentence="false"`` (features PETRARCH itself marks as
not implemented).  The others are read, coded and reported on their own line, outside the totals.

Coding: each record's text is coded by the newsdyad pipeline with the file's dictionaries only
(the built-in knowledge base replaced, as ``--replace-kb`` does), at the record's date.  Before
coding, the record's input is checked as PETRARCH checks it: a ``<Parse>`` whose brackets do not
balance rejects the record (``bad_input_parse``), and a discard phrase from the discard dictionary
(``+PHRASE`` a story discard, ``PHRASE`` a sentence discard) discards it, and a text that opens
with a wire dateline (capitals, then ``:`` or ``--``) is rejected (``dateline``); all yield no events.
An exception while coding a record is a miss and is counted as a crash, never raised.

Predicted events: one per output event that is asserted, intended or requested, as (source code,
target code, CAMEO code), a missing participant as ``---`` and a sector with no country (newsdyad's
``GOV``) as PETRARCH writes it (``---GOV``).  A dictionary code holding ``/``
(``AAA/BBB``: an actor that stands for several) gives one event per code, as PETRARCH does.  With
``require_dyad`` true (PETRARCH's default) an event needs both a source and a target code (a
sector-only code such as ``---GOV`` is a code); with it false, one of the two suffices.

A future event ("X will meet Y") is compared with the code of the dictionary pattern that matched
(031), as PETRARCH codes it, not with the intention newsdyad makes of it (036 family); the report
also gives the exact rate with newsdyad's own codes.

Scoring, as PETRARCH's own validation compares: codes are identical strings (case and the quotes
of new-actor text codes aside; ``USAGOV`` does not match ``USA``), each record's predicted set of
distinct triples must equal the expected set (for ``noevents`` records: nothing predicted; for
``error`` records: nothing predicted and the expected error raised by the input checks).  "Dyad" is the same with the event code ignored.  ``new_actor_length`` (a switch that
makes PETRARCH use an uncoded noun phrase's words as its code) is reported with each record; newsdyad
does not invent text codes, so expected text codes are misses.  The comma-clause switches
(``comma_*``) change how PETRARCH prunes its parse tree; newsdyad has no such pruning, so they are
recorded and shown, but change nothing.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .common import iso_date

CODED_MODALITIES = ("asserted", "intended", "requested")

# PETRARCH's defaults (PETR_config.ini): the options a <Config> switch may change
DEFAULT_CONFIG: dict[str, Any] = {
    "require_dyad": True,
    "new_actor_length": 0,
    "comma_min": 2, "comma_max": 8, "comma_bmin": 0, "comma_bmax": 0, "comma_emin": 2, "comma_emax": 8,
}

NULL = "---"


@dataclass(frozen=True)
class Include:
    categories: tuple[str, ...] = ()
    valid_only: bool = False

    @classmethod
    def parse(cls, text: str | None) -> "Include":
        words = (text or "").split()
        valid = bool(words) and words[0].lower() == "valid"
        return cls(tuple(w.upper() for w in (words[1:] if valid else words)), valid)

    def active(self, rec: "UnitRecord") -> bool:
        if self.categories and rec.category.upper() not in self.categories:
            return False
        return rec.sentence or not self.valid_only


@dataclass
class UnitRecord:
    id: str
    category: str
    sentence: bool  # False: sentence="false", a feature PETRARCH marks as not implemented
    date: str | None  # ISO
    text: str
    parse: str
    expected: list[tuple[str, str, str]] = field(default_factory=list)
    noevents: bool = False
    error: str | None = None  # expected error: dateline, bad_input_parse, storydiscard, sentencediscard
    config: dict[str, Any] = field(default_factory=dict)


@dataclass
class UnitFile:
    folder: Path
    dictionaries: dict[str, str]  # verbs/actors/agents/discards -> file name as written
    include: Include
    records: list[UnitRecord]

    def path(self, kind: str) -> str | None:
        name = self.dictionaries.get(kind)
        return str(self.folder / name) if name else None

    def missing(self) -> list[str]:
        """Dictionaries the file names that are not there (they are left out, and reported)."""
        return [p for p in (self.path(k) for k in _ENV_TAGS.values()) if p and not Path(p).is_file()]


_ENV_TAGS = {"Verbfile": "verbs", "Actorfile": "actors", "Agentfile": "agents", "Discardfile": "discards"}


def _bool(value: str) -> bool:
    return value.strip().lower() in ("true", "1", "yes", "t")


def config_value(option: str, value: str) -> Any:
    """A <Config> value as its option's type (booleans case-free, lengths as integers)."""
    default = DEFAULT_CONFIG.get(option)
    if isinstance(default, bool):
        return _bool(value)
    if isinstance(default, int):
        try:
            return int(value.strip())
        except ValueError:
            return default
    return value.strip()


def norm_code(code: str | None) -> str:
    """A code as compared: upper case, text codes without their quotes, empty -> ``---``."""
    c = (code or "").strip().strip("'\"").strip().upper()
    return c or NULL


def petrarch_actor_code(code: str | None) -> str:
    """newsdyad's actor code written as PETRARCH writes it: a sector with no country (``GOV``) is
    ``---GOV``; anything else as it is."""
    from ..actors.resolve import is_sector_only

    c = norm_code(code)
    return NULL + c if c != NULL and is_sector_only(c) else c


def read_unit_tests(path: str | Path) -> UnitFile:
    """Read a PETRARCH validation file into records, each with the options in force at its place."""
    path = Path(path)
    root = ET.parse(path).getroot()
    dictionaries: dict[str, str] = {}
    include = Include()
    config = dict(DEFAULT_CONFIG)
    records: list[UnitRecord] = []
    for el in root.iter():
        if el.tag in _ENV_TAGS and (el.text or "").strip():
            dictionaries[_ENV_TAGS[el.tag]] = el.text.strip()
        elif el.tag == "Include":
            include = Include.parse(el.text)
        elif el.tag == "Config":
            option = (el.get("option") or "").strip()
            if option:
                config[option] = config_value(option, el.get("value") or "")
        elif el.tag == "Sentence":
            records.append(_record(el, config))
    return UnitFile(path.parent, dictionaries, include, records)


def _record(el, config: dict[str, Any]) -> UnitRecord:
    rec = UnitRecord(
        id=(el.get("id") or "").strip(),
        category=(el.get("category") or "").strip(),
        sentence=_bool(el.get("sentence") or "true"),
        date=iso_date(el.get("date")),
        text=" ".join((el.findtext("Text") or "").split()),
        parse=(el.findtext("Parse") or "").strip(),
        config=dict(config),
    )
    for coding in el.findall("EventCoding"):
        if coding.get("error"):
            rec.error = coding.get("error").strip()
        elif _bool(coding.get("noevents") or "false"):
            rec.noevents = True
        elif coding.get("eventcode") is not None:
            triple = (norm_code(coding.get("sourcecode")), norm_code(coding.get("targetcode")),
                      norm_code(coding.get("eventcode")))
            if triple not in rec.expected:
                rec.expected.append(triple)
    return rec


# ---------------------------------------------------------------------------------------------
# Input checks


def parse_balanced(parse: str) -> bool:
    """True when a bracketed parse opens as many brackets as it closes, never closing one early."""
    depth = 0
    for ch in parse:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'\- ]{2,}(?:\([^)]*\))?\s*(?::|--|\u2014)")


def is_dateline(text: str) -> bool:
    """A wire-story dateline left in the text: capitals, then ``:`` or ``--`` ("PLACE NAME: -- ...")."""
    return bool(_DATELINE.match(text))


def discard_hit(text: str, discards: Iterable[tuple[str, bool]]) -> str | None:
    """``storydiscard`` / ``sentencediscard`` when a discard phrase occurs in the text as whole words."""
    from ..actors.kb import phrase_tokens

    words = phrase_tokens(re.sub(r"[^\w\s'-]", " ", text))
    for phrase, story in discards:
        tokens = phrase_tokens(phrase)
        n = len(tokens)
        if n and any(words[i:i + n] == tokens for i in range(len(words) - n + 1)):
            return "storydiscard" if story else "sentencediscard"
    return None


# ---------------------------------------------------------------------------------------------
# Predicted triples and scoring


# the modality stage's recoding of a future or planned event, as `rule` records it after the
# entry's label ("...:V:meet:031:act:future>intend"): the code before it is the pattern's own
_TENSE_RECODING = re.compile(r":(?P<code>[0-9]{2,3}[0-9A-Z]?):[a-z-]+(?:\[[^\]]*\])?:(?:future|planned)>intend(?![\w-])")


def pattern_code(ev) -> str:
    """The event's code as the dictionary pattern gives it, before the future tense made it an intention.

    PETRARCH codes "X will meet Y" with the pattern's code (031); newsdyad codes the intention (036
    family). Other recodings (a wrapper verb, a negation) stay: the dictionaries code those too."""
    mirrored = re.search(r"\+mirror:(\w+)", ev.rule or "")
    if mirrored:  # the mirrored event of "[032:033]" has the pattern's second code
        return mirrored.group(1)
    m = _TENSE_RECODING.search(ev.rule or "")
    return m.group("code") if m else ev.code


def predicted_triples(doc, require_dyad: bool = True, tense_free: bool = True) -> list[tuple[str, str, str]]:
    """(source, target, code) of the coded events, compound ``A/B`` codes split, dyad rule applied;
    tense_free: the pattern's code for a future event (:func:`pattern_code`), as PETRARCH codes it."""
    out: list[tuple[str, str, str]] = []
    for ev in doc.events:
        if ev.modality not in CODED_MODALITIES:
            continue
        code = pattern_code(ev) if tense_free else ev.code
        for s in petrarch_actor_code(ev.source.code).split("/"):
            for t in petrarch_actor_code(ev.target.code).split("/"):
                s, t = s or NULL, t or NULL
                if require_dyad and (s == NULL or t == NULL):
                    continue
                if s == NULL and t == NULL:
                    continue
                triple = (s, t, norm_code(code))
                if triple not in out:
                    out.append(triple)
    return out


def score_record(expected: list[tuple[str, str, str]], predicted: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Exact (same set of triples), dyad (same set of source-target pairs) and triple counts."""
    gold, pred = set(expected), set(predicted)
    return {
        "exact": gold == pred,
        "dyad": {g[:2] for g in gold} == {p[:2] for p in pred},
        "tp": len(gold & pred),
        "n_gold": len(gold),
        "n_predicted": len(pred),
    }


def _empty_counts() -> dict[str, int]:
    return {"records": 0, "exact": 0, "exact_as_coded": 0, "dyad": 0, "crashes": 0, "tp": 0, "gold": 0, "predicted": 0}


def _add(counts: dict[str, int], row: dict[str, Any]) -> None:
    counts["records"] += 1
    for key in ("exact", "exact_as_coded", "dyad", "crash"):
        counts["crashes" if key == "crash" else key] += int(bool(row.get(key)))
    for key in ("tp", "gold", "predicted"):
        counts[key] += row["tp" if key == "tp" else f"n_{key}"]


def unit_options(unit: UnitFile, options=None):
    """Pipeline options for this file: its own dictionaries only (the built-in knowledge base replaced)."""
    from dataclasses import replace

    from ..pipeline import Options

    base = options or Options()
    # 9xx, 174K: test codes; PETRARCH writes a sector-only agent as ---GOV, with no country the story settles
    changes: dict[str, Any] = {"replace_kb": True, "keep_unknown_codes": True, "settle_countries": False}
    for kind, attr in (("actors", "actors_files"), ("agents", "agents_files"), ("verbs", "verbs_files")):
        path = unit.path(kind)
        if path and not Path(path).is_file():
            path = None
        changes[attr] = (path,) if path else ()
    return replace(base, **changes)


def read_discard_file(path: str | None) -> list[tuple[str, bool]]:
    if not path or not Path(path).is_file():
        return []
    from ..actors.petrarch import read_discards

    with open(path, encoding="utf-8", errors="replace") as handle:
        return read_discards(handle)


def code_record(pipeline, rec: UnitRecord, discards) -> tuple:
    """The record's predicted triples, the input error that stopped it (None when coded) and the
    triples with newsdyad's own codes (future events as intentions)."""
    from ..model import SourceDocument

    if rec.parse and not parse_balanced(rec.parse):
        return [], "bad_input_parse"
    if is_dateline(rec.text):
        return [], "dateline"
    hit = discard_hit(rec.text, discards)
    if hit:
        return [], hit
    if not rec.text.strip():
        return [], None
    doc = pipeline.code_one(SourceDocument(text=rec.text, doc_id=rec.id, date=rec.date))
    dyad = bool(rec.config.get("require_dyad", True))
    return predicted_triples(doc, dyad), None, predicted_triples(doc, dyad, tense_free=False)


def run(path: str, options=None, limit: int | None = None,
        coder: Callable | None = None) -> dict[str, Any]:
    """Code every record of a PETRARCH unit-test file and score it (see the module docstring).

    `coder(rec) -> (triples, input_error)` replaces the pipeline (tests use it)."""
    unit = read_unit_tests(path)
    started = time.perf_counter()
    pipeline = None
    if coder is None:
        from ..pipeline import load_pipeline

        pipeline = load_pipeline(unit_options(unit, options))
        discards = read_discard_file(unit.path("discards"))

        def coder(rec):  # noqa: F811
            return code_record(pipeline, rec, discards)

    mapping: list[str] = []
    lexicon = getattr(pipeline, "lexicon", None)
    for rep in getattr(lexicon, "reports", None) or ():
        mapping.append(f"{Path(rep.source).name}: {rep.summary()}")
    records = unit.records[:limit] if limit else unit.records
    per_category: dict[str, dict[str, int]] = {}
    totals = {"active": _empty_counts(), "inactive": _empty_counts()}
    rows: list[dict[str, Any]] = []
    for rec in records:
        active = unit.include.active(rec)
        crash = None
        try:
            result = coder(rec)
            predicted, input_error = result[0], result[1]
            as_coded = result[2] if len(result) > 2 else predicted
        except Exception as exc:  # a record that cannot be coded is a miss, never a crash of the run
            predicted, input_error, as_coded = [], None, []
            crash = f"{type(exc).__name__}: {exc}"
        expected = [] if (rec.noevents or rec.error) else rec.expected
        row: dict[str, Any] = {
            "id": rec.id, "category": rec.category, "active": active, "sentence": rec.sentence,
            "expected": [list(t) for t in expected], "predicted": [list(t) for t in predicted],
            "expected_error": rec.error, "input_error": input_error, "crash": crash,
            "require_dyad": rec.config.get("require_dyad"), "new_actor_length": rec.config.get("new_actor_length"),
        }
        row.update(score_record(expected, predicted))
        row["exact_as_coded"] = score_record(expected, as_coded)["exact"]
        if rec.error and input_error != rec.error:
            row["exact"] = row["exact_as_coded"] = False
        if crash:
            row["exact"] = row["dyad"] = row["exact_as_coded"] = False
        rows.append(row)
        _add(totals["active" if active else "inactive"], row)
        key = rec.category if active else f"{rec.category} (inactive)"
        _add(per_category.setdefault(key, _empty_counts()), row)
    return {
        "format": "petrarch-unittest",
        "file": str(path),
        "dictionaries": {k: unit.path(k) for k in ("verbs", "actors", "agents", "discards")},
        "missing_dictionaries": unit.missing(),
        "verb_patterns": mapping,
        "include": list(unit.include.categories),
        "valid_only": unit.include.valid_only,
        "records": len(records),
        "seconds": round(time.perf_counter() - started, 2),
        "totals": totals,
        "per_category": per_category,
        "per_record": rows,
    }


def _rate(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.0%})" if d else "0/0"


def render(report: dict[str, Any]) -> str:
    a, ina = report["totals"]["active"], report["totals"]["inactive"]
    lines = [
        f"PETRARCH unit-test records: {report['file']}  ({report['records']} records, {report['seconds']} s)",
        f"  include: {' '.join(report['include'])}" + ("  (valid only: sentence=\"false\" records inactive)"
                                                       if report["valid_only"] else ""),
        "  dictionaries: " + ", ".join(f"{k}={Path(v).name}" for k, v in report["dictionaries"].items() if v),
        *[f"  verb patterns: {line}" for line in report.get("verb_patterns", ())],
        *([f"  MISSING dictionaries (not loaded): {', '.join(report['missing_dictionaries'])}"]
          if report.get("missing_dictionaries") else []),
        f"  active records: exact {_rate(a['exact'], a['records'])}   dyad {_rate(a['dyad'], a['records'])}   "
        f"crashes {a['crashes']}   triples tp {a['tp']} / gold {a['gold']} / predicted {a['predicted']}",
        f"  active records with newsdyad's own codes for future events (intentions, 03x): exact "
        f"{_rate(a['exact_as_coded'], a['records'])}",
        f"  inactive records: exact {_rate(ina['exact'], ina['records'])}   crashes {ina['crashes']}",
        f"  {'category':22s} {'records':>7s} {'exact':>11s} {'dyad':>11s} {'crashes':>7s} {'tp/gold/pred':>14s}",
    ]
    for cat, c in report["per_category"].items():
        lines.append(f"  {cat:22s} {c['records']:7d} {_rate(c['exact'], c['records']):>11s} "
                     f"{_rate(c['dyad'], c['records']):>11s} {c['crashes']:7d} "
                     f"{c['tp']:>4d}/{c['gold']}/{c['predicted']}")
    fmt = lambda ts: " ".join("/".join(x) for x in ts) or "(none)"  # noqa: E731
    misses = [r for r in report["per_record"] if r["active"] and not r["exact"]]
    if misses:
        lines.append("  active records not matched exactly:")
        for r in misses:
            want = f"error {r['expected_error']}" if r["expected_error"] else fmt(r["expected"])
            got = fmt(r["predicted"]) + (f" [{r['input_error']}]" if r["input_error"] else "")
            extra = f"  CRASH {r['crash']}" if r["crash"] else ""
            lines.append(f"    {r['id']} [{r['category']}]: expected {want}  got {got}{extra}")
    lines.append("  matching: PETRARCH's — identical code strings, the record's set of (source, target, code)"
                 " must equal the expected set; require_dyad as switched by the file (see"
                 " newsdyad.evaluate.petr_unittest)")
    return "\n".join(lines)
