"""What the commands share: error lines, reports, and pipeline Options from the shared options.

The command modules (``cli/__init__``, ``corpus``, ``news`` ...) import these from here, not
from the package that registers them, so the CLI's imports form no cycle.
"""

from __future__ import annotations

import json

import typer


def make_options(model=None, actors=None, agents=None, replace_kb=False, jobs=1, verbs=None, kb=()):
    """The pipeline Options of the shared command-line options (the --verbs reports printed)."""
    from ..pipeline import Options

    options = Options(
        model=model,
        actors_files=tuple(str(p) for p in actors or ()),
        agents_files=tuple(str(p) for p in agents or ()),
        replace_kb=replace_kb,
        jobs=jobs,
        verbs_files=tuple(str(p) for p in verbs or ()),
        kb_files=tuple(kb or ()),
    )
    report_verbs(options)
    return options


def report_verbs(options) -> None:
    """Load the --verbs dictionaries once and print each one's mapping summary on standard error."""
    if not options.verbs_files:
        return
    from ..events.lexicon import load_lexicon

    try:
        lexicon = load_lexicon(tuple(options.verbs_files), bool(options.replace_kb))
    except OSError as exc:
        fail(f"cannot read --verbs file: {exc}")
    for report in lexicon.reports:
        err(f"newsdyad: {report.source}: {report.summary()}")


def err(message: str) -> None:
    """A line on standard error."""
    typer.echo(message, err=True)


def fail(message: str, code: int = 2) -> None:
    """Print 'newsdyad: error: MESSAGE' on standard error and exit with `code`."""
    err(f"newsdyad: error: {message}")
    raise typer.Exit(code)


def print_report(module, report: dict, as_json: bool) -> None:
    """An evaluator's report: JSON, or the text its module's ``render`` makes."""
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    else:
        typer.echo(module.render(report))
