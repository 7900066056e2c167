"""`newsdyad eval codebook FILE`: codebook-style sentences, one event each.

A thin wrapper over ``newsdyad.evaluate.codebook``; ``register(eval_app)`` adds the command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import fail as _fail
from .common import make_options, print_report as _print_report
from .options import ActorsOpt, AgentsOpt, JsonOpt, LimitOpt, ModelOpt, ReplaceKbOpt, VerbsOpt


def eval_codebook(
    path: Annotated[Path, typer.Argument(help="JSONL with text, code, source, target per line "
                                         "(e.g. eval/cameo/own-examples.jsonl).", exists=True, dir_okay=False)],
    half: Annotated[Optional[str], typer.Option("--half", help="A = odd lines, B = even lines (held out).",
                                                show_default=False)] = None,
    limit: LimitOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    replace_kb: ReplaceKbOpt = False,
    verbs: VerbsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Root recall, full-code recall, no-event rate and source-country accuracy, with the misses."""
    from ..evaluate import codebook

    try:
        report = codebook.run(str(path), make_options(model, actors, agents, replace_kb, verbs=verbs),
                              limit=limit, half=half)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        _fail(str(exc))
    _print_report(codebook, report, as_json)


def register(eval_app: typer.Typer) -> None:
    eval_app.command("codebook")(eval_codebook)
