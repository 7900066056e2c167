"""Exports of a corpus (DuckDB file or Ray Parquet directory) in the field's formats.

- ``parquet`` / ``csv`` / ``jsonl``: one table as is (default ``event_mentions``: every coded
  event with its evidence, attribution and GDELT-style ``global_event_id``).
- ``gdelt``: the distinct events in the GDELT 2.0 event table's 61 columns, then newsdyad's
  ``modality``, ``attributed_to`` and ``attribution_chain``; tab-separated with one header line.
- ``plover``: one PLOVER-style JSON record a line per distinct event.

Column meanings: docs/database.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any

from . import store

FORMATS = ("parquet", "csv", "jsonl", "gdelt", "plover")
TABLE_NAMES = ("documents", "actors", "mentions", "attributions", "event_mentions", "events")


def _actor_columns(n: int, p: str) -> list[str]:
    """GDELT's ten actor columns for Actor{n}, from the events view's `p`_* columns.

    Type codes are the 3-letter chunks of the code after the country/IGO root."""
    code = f"{p}_code"
    types = f"CASE WHEN {p}_country IS NOT NULL AND starts_with({code}, {p}_country) " \
            f"THEN substr({code}, length({p}_country) + 1) " \
            f"WHEN length({code}) > 3 THEN substr({code}, 4) ELSE NULL END"
    t = f"({types})"
    return [
        f"{code} AS Actor{n}Code",
        f"{p}_name AS Actor{n}Name",
        f"{p}_country AS Actor{n}CountryCode",
        f"CASE WHEN {p}_kind = 'igo' THEN substr({code}, 1, 3) END AS Actor{n}KnownGroupCode",
        f"NULL::VARCHAR AS Actor{n}EthnicCode",
        f"NULL::VARCHAR AS Actor{n}Religion1Code",
        f"NULL::VARCHAR AS Actor{n}Religion2Code",
        f"nullif(substr({t}, 1, 3), '') AS Actor{n}Type1Code",
        f"nullif(substr({t}, 4, 3), '') AS Actor{n}Type2Code",
        f"nullif(substr({t}, 7, 3), '') AS Actor{n}Type3Code",
    ]


def _geo_columns(prefix: str, located: bool) -> list[str]:
    if not located:
        return [f"NULL::INTEGER AS {prefix}_Type", f"NULL::VARCHAR AS {prefix}_FullName",
                f"NULL::VARCHAR AS {prefix}_CountryCode", f"NULL::VARCHAR AS {prefix}_ADM1Code",
                f"NULL::VARCHAR AS {prefix}_ADM2Code", f"NULL::DOUBLE AS {prefix}_Lat",
                f"NULL::DOUBLE AS {prefix}_Long", f"NULL::VARCHAR AS {prefix}_FeatureID"]
    # Type: 1 = a country only, 4 = a place within a country (GDELT's WORLDCITY).
    return [
        f"CASE WHEN location_name IS NULL THEN NULL WHEN location_lat IS NULL "
        f"AND (location_country IS NULL OR location_name = location_country) THEN 1 ELSE 4 END "
        f"AS {prefix}_Type",
        f"location_name AS {prefix}_FullName",
        f"location_country AS {prefix}_CountryCode",
        f"NULL::VARCHAR AS {prefix}_ADM1Code",
        f"NULL::VARCHAR AS {prefix}_ADM2Code",
        f"location_lat AS {prefix}_Lat",
        f"location_lon AS {prefix}_Long",
        f"NULL::VARCHAR AS {prefix}_FeatureID",
    ]


GDELT_COLUMNS: list[str] = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)
NEWSDYAD_COLUMNS = ["modality", "attributed_to", "attribution_chain"]


def gdelt_sql(where: str = "") -> str:
    cols = [
        "global_event_id AS GlobalEventID",
        "day AS Day",
        "day // 100 AS MonthYear",
        "day // 10000 AS Year",
        # GDELT: the year plus the fraction of it completed by that day, 4 decimals.
        "round(day // 10000 + (dayofyear(make_date(day // 10000, day // 100 % 100, day % 100)) - 1) "
        "/ 365.0, 4) AS FractionDate",
        *_actor_columns(1, "source"),
        *_actor_columns(2, "target"),
        "is_root_event AS IsRootEvent",
        "code AS EventCode",
        "base_code AS EventBaseCode",
        "root_code AS EventRootCode",
        "quad_class AS QuadClass",
        "goldstein AS GoldsteinScale",
        "num_mentions AS NumMentions",
        "num_sources AS NumSources",
        "num_articles AS NumArticles",
        "NULL::DOUBLE AS AvgTone",
        *_geo_columns("Actor1Geo", False),
        *_geo_columns("Actor2Geo", False),
        *_geo_columns("ActionGeo", True),
        "CAST(strftime(date_added, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED",
        "source_url AS SOURCEURL",
        *NEWSDYAD_COLUMNS,
    ]
    source = f"(SELECT * FROM events WHERE {where}) events" if where else "events"
    return "SELECT " + ",\n  ".join(cols) + f"\nFROM {source} ORDER BY Day NULLS LAST, GlobalEventID"


def plover_records(con, where: str = "") -> list[dict[str, Any]]:
    """Distinct events as PLOVER-style records (event type, mode, source/target actors, ...)."""
    events = f"(SELECT * FROM events WHERE {where})" if where else "events"
    res = store.run_sql(con, f"""
        SELECT e.*, m.sentence_text, m.trigger_text
        FROM {events} e
        LEFT JOIN event_mentions m ON m.doc_id = e.first_doc_id AND m.global_event_id = e.global_event_id
        QUALIFY row_number() OVER (PARTITION BY e.global_event_id ORDER BY m.event_id) = 1
        ORDER BY e.event_date NULLS LAST, e.global_event_id""")
    out = []
    for r in res.dicts():
        out.append({
            "id": str(r["global_event_id"]),
            "date": r["event_date"],
            "event": r["plover"],
            "mode": None,
            "context": None,
            "source": [{"actorText": r["source_name"], "code": r["source_code"],
                        "country": r["source_country"]}] if (r["source_name"] or r["source_code"]) else [],
            "target": [{"actorText": r["target_name"], "code": r["target_code"],
                        "country": r["target_country"]}] if (r["target_name"] or r["target_code"]) else [],
            "event_text": r["trigger_text"],
            "text": r["sentence_text"],
            "event_loc": None if r["location_name"] is None else {
                "name": r["location_name"], "country": r["location_country"],
                "lat": r["location_lat"], "lon": r["location_lon"]},
            "cameo": {"code": r["code"], "root_code": r["root_code"], "name": r["name"],
                      "quad_class": r["quad_class"], "goldstein": r["goldstein"]},
            "modality": r["modality"],
            "attributed_to": r["attributed_to"],
            "attribution_chain": r["attribution_chain"],
            "num_mentions": r["num_mentions"],
            "num_sources": r["num_sources"],
            "num_articles": r["num_articles"],
            "url": r["source_url"],
            "doc_id": r["first_doc_id"],
        })
    return out


def _sql_literal(path: str) -> str:
    return "'" + path.replace("'", "''") + "'"


EVENT_TABLES = ("events", "event_mentions")


def export(db: str | Path, fmt: str, out: str | Path | None = None, *,
           table: str = "event_mentions", stream: IO[str] | None = None,
           filters: dict[str, str | None] | None = None) -> int:
    """Write the corpus at `db` in format `fmt` to `out` (or `stream`, default stdout).

    `filters` are store.event_filters' (source, target, code, since, until, modality); they
    apply to the gdelt and plover formats and to the events and event_mentions tables.  The
    gdelt format keeps only asserted events unless `filters['modality']` says otherwise.
    `out` is replaced only once the export is complete.
    Returns the number of records written.  Parquet needs a file (`out`)."""
    from .atomic import atomic_path, check_output_dir

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if table not in TABLE_NAMES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLE_NAMES)}")
    filters = {k: v for k, v in (filters or {}).items() if v}
    if fmt == "gdelt":
        filters.setdefault("modality", "asserted")
    where = store.event_filters(**filters)
    if where and fmt not in ("gdelt", "plover") and table not in EVENT_TABLES:
        raise ValueError(f"event filters apply to the events and event_mentions tables, not {table}")
    if out is not None:
        check_output_dir(out)
    if fmt == "parquet" and out is None:
        raise ValueError("parquet export needs --out FILE")
    con = store.connect(db)
    try:
        if fmt == "plover":
            records = plover_records(con, where)
            lines = (json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)
            _write_text(lines, out, stream)
            return len(records)
        if fmt == "gdelt":
            sql, copy_opts = gdelt_sql(where), "FORMAT csv, DELIMITER '\t', HEADER true"
        else:
            sql = f"SELECT * FROM {table}" + (f" WHERE {where}" if where else "")
            copy_opts = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true",
                         "jsonl": "FORMAT json"}[fmt]
        n = con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
        if out is not None:
            with atomic_path(out) as tmp:
                con.execute(f"COPY ({sql}) TO {_sql_literal(tmp)} ({copy_opts})")
            return n
        # To a text stream: let DuckDB write a temporary file, then copy it through.
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = str(Path(tmp) / f"export.{fmt}")
            con.execute(f"COPY ({sql}) TO {_sql_literal(path)} ({copy_opts})")
            with open(path, encoding="utf-8") as fh:
                _write_text(fh, None, stream)
        return n
    finally:
        con.close()


def _write_text(lines, out, stream) -> None:
    if out is not None:
        from .atomic import atomic_open

        with atomic_open(out, "w", encoding="utf-8") as fh:
            fh.writelines(lines)
        return
    target = stream or sys.stdout
    for line in lines:
        target.write(line)
    target.flush()
