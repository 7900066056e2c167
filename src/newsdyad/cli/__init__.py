"""The `newsdyad` command line: thin commands over library functions."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..ingest import FORMATS as INPUT_FORMATS
from ..render import FORMATS as OUTPUT_FORMATS
from .require import RequireOpt, apply_require
from .kb import KbOpt, kb_files
from .common import err as _err, fail as _fail, make_options, print_report as _print_report
from .common import report_verbs  # noqa: F401 (newsdyad.cli.report_verbs, as before)
from .options import (ActorsOpt, AgentsOpt, AnyLanguageOpt, DateOpt, DayfirstOpt, EncodingOpt, JobsOpt,
                      JsonOpt, LimitOpt, ModelOpt, PublisherOpt, ReplaceKbOpt, VerbsOpt, parse_date_option)

app = typer.Typer(
    name="newsdyad",
    help=(
        "Source-attributed political event data from news text: who did, said or wants "
        "what to whom, according to whom (CAMEO-coded actors and events, with attribution chains)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: brackets such as newsdyad[ray] or [~GOV] are text, and flags show no <bool>.
    rich_markup_mode=None,
)
eval_app = typer.Typer(
    help="Score newsdyad against gold data (the seed article, PolNeAR, PETRARCH-style records, PLOVER).",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(eval_app, name="eval")


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"newsdyad {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print the version and exit.")] = None,
) -> None:
    pass

@app.command("code")
def code_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (text, HTML, JSONL, CSV), directories (read recursively, by extension) "
            "or '-' for standard input.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Output: json (one object; an array for several documents), jsonl (one object a line), "
            "table (for people), csv (one row per event).",
        ),
    ] = "jsonl",
    out: Annotated[
        Optional[Path],
        typer.Option("--out", "-o", help="Write the output to this file instead of standard output.", show_default=False),
    ] = None,
    input_format: Annotated[
        Optional[str],
        typer.Option(
            "--input-format",
            help="Read every input as this format (text, html, jsonl, csv) instead of guessing from the file name.",
            show_default=False,
        ),
    ] = None,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    replace_kb: ReplaceKbOpt = False,
    require: RequireOpt = "source",
    verbs: VerbsOpt = None,
    kb: KbOpt = None,
    date: DateOpt = None,
    publisher: PublisherOpt = None,
    dayfirst: DayfirstOpt = False,
    encoding: EncodingOpt = None,
    any_language: AnyLanguageOpt = False,
    progress: Annotated[
        Optional[bool],
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on standard error. Default: shown when standard error is a terminal.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Code news articles into actors, attributions and events.

    Prints one error line per rejected record (file:line: reason), a summary
    'N read, M coded, K rejected' on standard error, and exits 1 if anything was rejected.
    With --out, the file is replaced only when the run completes: a failed run leaves it as it was.
    """
    from contextlib import nullcontext

    from ..atomic import OutputDirectoryMissing, atomic_open, check_output_dir
    from ..ingest import InputError, ReadOptions, read_sources
    from ..nlp import ModelNotFound
    from ..parallel import WorkerStartError
    from ..render import Writer
    from ..runner import RunStats, code_stream

    if fmt not in OUTPUT_FORMATS:
        _fail(f"unknown --format {fmt!r}; choose from {', '.join(OUTPUT_FORMATS)}")
    if input_format is not None and input_format not in INPUT_FORMATS:
        _fail(f"unknown --input-format {input_format!r}; choose from {', '.join(INPUT_FORMATS)}")
    default_date = parse_date_option(date, dayfirst, _fail)
    try:
        ReadOptions(encoding, dayfirst)
        if out is not None:
            check_output_dir(out)
    except (InputError, OutputDirectoryMissing) as exc:
        _fail(str(exc))
    try:
        options = apply_require(make_options(model, actors, agents, replace_kb, jobs, verbs=verbs, kb=kb_files(kb)), require)
    except ValueError as err:
        _fail(str(err))
    stats = RunStats()
    show_progress = progress if progress is not None else sys.stderr.isatty()
    items = read_sources(inputs, input_format, encoding=encoding, dayfirst=dayfirst, date=default_date,
                         publisher=publisher, any_language=any_language)
    sink = atomic_open(out, "w", encoding="utf-8", newline="") if out else nullcontext(sys.stdout)
    try:
        with sink as stream:
            writer = Writer(fmt, stream)
            documents = code_stream(items, options, stats=stats,
                                    on_rejection=lambda r: _err(f"newsdyad: rejected {r.message()}"))
            if show_progress:
                from ..progress import estimate_records, track_documents

                documents = track_documents(documents, stats, total=estimate_records(inputs))
            for doc in documents:
                writer.write(doc)
            writer.close()
    except (ModelNotFound, InputError, WorkerStartError, OSError) as exc:
        _fail(str(exc), 2 if isinstance(exc, (ModelNotFound, InputError)) else 1)
    except KeyboardInterrupt:
        _err(f"newsdyad: interrupted: {stats.summary()}"
             + (f"; {out} was left as it was" if out else ""))
        raise typer.Exit(130)
    _err(stats.summary())
    if stats.rejected:
        raise typer.Exit(1)


def _score(scorer: str, gold, options, limit, as_json: bool) -> None:
    """Run one scorer of newsdyad.evaluate (`run(gold, options, limit=...)`) and print its report."""
    import importlib

    module = importlib.import_module(f"newsdyad.evaluate.{scorer}")
    _print_report(module, module.run(gold, options, limit=limit), as_json)


@eval_app.command("seed")
def eval_seed(
    gold: Annotated[Path, typer.Argument(help="The seed gold file (gold.json); its 'article' field names the text beside it.", exists=True, dir_okay=False)],
    output: Annotated[
        Optional[Path],
        typer.Option("--output", help="Score this newsdyad JSON output instead of coding the article now.", exists=True, dir_okay=False, show_default=False),
    ] = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    replace_kb: ReplaceKbOpt = False,
    verbs: VerbsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Score the seed article against its hand coding: attributions, chains, actors, events, forbidden readings."""
    from ..evaluate import seed

    document = None
    if output is not None:
        from ..model import Document

        document = Document.from_json(output.read_text(encoding="utf-8"))
    report = seed.run(str(gold), make_options(model, actors, agents, replace_kb, verbs=verbs), document=document)
    _print_report(seed, report, as_json)


@eval_app.command("polnear")
def eval_polnear(
    path: Annotated[Path, typer.Argument(help="PolNeAR JSONL (train for development, dev for reporting).", exists=True, dir_okay=False)],
    limit: LimitOpt = None,
    textacy: Annotated[bool, typer.Option("--textacy/--no-textacy", help="Also score textacy's direct_quotations on the same documents.")] = True,
    model: ModelOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Attribution precision, recall and F1 for source, cue, content and all three (exact and overlap)."""
    from ..evaluate import polnear

    report = polnear.run(str(path), make_options(model), limit=limit, compare_textacy=textacy)
    _print_report(polnear, report, as_json)


@eval_app.command("actors")
def eval_actors(
    paths: Annotated[list[Path], typer.Argument(help="PLOVER and/or PETR-2 gold-record JSONL files.", exists=True, dir_okay=False)],
    limit: LimitOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    replace_kb: ReplaceKbOpt = False,
    verbs: VerbsOpt = None,
    kb: KbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Source and target actor country accuracy, full-code accuracy where the gold has one, and the
    mention-level country check of the PLOVER gold actors. Only --kb files are loaded (no default file)."""
    options = make_options(model, actors, agents, replace_kb, verbs=verbs, kb=kb_files(kb, use_default=False))
    _score("actors", [str(p) for p in paths], options, limit, as_json)


@eval_app.command("records")
def eval_records(
    path: Annotated[Path, typer.Argument(help="PETRARCH-style records with expected (source, target, code) triples.", exists=True, dir_okay=False)],
    limit: LimitOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    replace_kb: ReplaceKbOpt = False,
    verbs: VerbsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Exact record match, dyad match and triple precision/recall/F1."""
    _score("records", str(path), make_options(model, actors, agents, replace_kb, verbs=verbs), limit, as_json)


@eval_app.command("plover")
def eval_plover(
    path: Annotated[Path, typer.Argument(help="PLOVER gold-standard records (JSONL).", exists=True, dir_okay=False)],
    limit: LimitOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    replace_kb: ReplaceKbOpt = False,
    verbs: VerbsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """PLOVER event-category recall."""
    _score("plover", str(path), make_options(model, actors, agents, replace_kb, verbs=verbs), limit, as_json)


from . import corpus  # noqa: E402  (the corpus commands: ingest, export, stats, events, claims, sql)
from . import news as _news  # noqa: E402  (eval news)

_news.register(eval_app)
from . import codebook as _codebook; _codebook.register(eval_app)  # noqa: E402,E702  (eval codebook)
from . import kb as kb_commands  # noqa: E402  (kb import, kb lookup)

corpus.register(app)
kb_commands.register(app)

from . import serve  # noqa: E402  (newsdyad serve: the HTTP API and web pages)

serve.register(app)


def main() -> None:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    app()


if __name__ == "__main__":
    main()
