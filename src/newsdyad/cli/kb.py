"""Knowledge-base commands: ``kb import`` and ``kb lookup``, and the ``--kb`` option of
``code`` and ``ingest``.  Thin wrappers over ``newsdyad.actors.userkb`` and
``newsdyad.actors.lookup``; ``register(app)`` adds them to the main app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

kb_app = typer.Typer(
    help="The actor knowledge base: import your own persons and groups, look up what a name resolves to.",
    no_args_is_help=True,
)

KbOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--kb",
        help="Local knowledge-base CSV (name, aliases, country, sector, start, end) to load (repeatable). "
        "The default file ($NEWSDYAD_KB, else ~/.local/share/newsdyad/kb.csv) is loaded too when it exists.",
        show_default=False,
    ),
]


def kb_files(kb: Optional[list[Path]], use_default: bool = True) -> tuple[str, ...]:
    """The local knowledge-base files for a command: --kb files, then the default if it exists."""
    from ..actors.userkb import configured_files

    return configured_files([str(p) for p in kb or ()], use_default=use_default)


def _fail(message: str, code: int = 2):
    typer.echo(f"newsdyad: error: {message}", err=True)
    raise typer.Exit(code)


@kb_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="The file to import.", exists=True, dir_okay=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv (name, aliases, country, sector, start, end) "
                                     "or phoenix (a PETRARCH/Phoenix actor dictionary).")] = "csv",
    out: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="The local knowledge-base file to merge into (created if missing). "
        "Default: $NEWSDYAD_KB, else ~/.local/share/newsdyad/kb.csv.", show_default=False)] = None,
) -> None:
    """Merge persons and groups from FILE into a local knowledge-base file that 'code' and 'ingest' load.

    Rows already there (same name, code and dates) are not added twice.
    """
    from ..actors.userkb import UserKbError, default_path, import_file

    if fmt not in ("csv", "phoenix"):
        _fail(f"unknown --format {fmt!r}; choose csv or phoenix")
    target = out or default_path()
    if target is None:
        _fail("no local knowledge-base file: give -o FILE or set $NEWSDYAD_KB")
    try:
        result = import_file(file, fmt, target)
    except (UserKbError, OSError) as exc:
        _fail(str(exc))
    typer.echo(f"{file}: {result.read} rows read, {result.added} added, {result.already} already there; "
               f"{result.path} now holds {result.total} rows")


@kb_app.command("lookup")
def lookup_command(
    name: Annotated[str, typer.Argument(help="A name as written in news (\"Karzai\", \"Islamic State\", \"BBC\").")],
    date: Annotated[Optional[str], typer.Option("--date", help="Article date (YYYY-MM-DD); default: the most recent role.", show_default=False)] = None,
    kb: KbOpt = None,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="PETRARCH/Phoenix-format actor dictionary to load too (repeatable).", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Show what NAME resolves to on a date, and why: the entry, its source file and row, its dated roles."""
    from ..actors.kb import load_knowledge_base
    from ..actors.lookup import lookup, render
    from ..actors.userkb import UserKbError

    try:
        knowledge = load_knowledge_base(actors_files=tuple(str(p) for p in actors or ()), kb_files=kb_files(kb))
    except (UserKbError, OSError) as exc:
        _fail(str(exc))
    result = lookup(knowledge, name, date)
    typer.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else render(result))
    if result["chosen"] is None:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the kb commands to the main `newsdyad` app."""
    app.add_typer(kb_app, name="kb")
