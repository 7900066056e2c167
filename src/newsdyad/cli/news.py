"""`newsdyad eval news GOLD`: whole-story scoring against the hand-coded news gold.

A thin wrapper over ``newsdyad.evaluate.news``; ``register(eval_app)`` adds the command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import fail as _fail
from .common import make_options, print_report as _print_report
from .options import ActorsOpt, AgentsOpt, JsonOpt, ModelOpt, ReplaceKbOpt


def eval_news(
    gold: Annotated[Path, typer.Argument(help="A news gold file (newsdyad-news-gold/1) or a directory of them "
                                         "(e.g. eval/news/).", exists=True)],
    stories: Annotated[
        Optional[Path],
        typer.Option("--stories", help="The stories JSONL the gold's ids and offsets refer to. Default: "
                     "$NEWSDYAD_SHARED/data/voa/stories.jsonl, else ../shared/data/voa/stories.jsonl.",
                     exists=True, dir_okay=False, show_default=False),
    ] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Score only the first N stories.",
                                                 show_default=False)] = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    replace_kb: ReplaceKbOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Whole-story precision/recall at four nested levels (sentence+root, +source, +target, +modality),
    with the missed gold events and the false predicted events."""
    from ..evaluate import news

    try:
        report = news.run(str(gold), make_options(model, actors, agents, replace_kb), limit=limit,
                          stories=str(stories) if stories else None)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))
    _print_report(news, report, as_json)


def register(eval_app: typer.Typer) -> None:
    eval_app.command("news")(eval_news)
