"""Dyad-by-month aggregation over 10 million synthetic events, in DuckDB and over Parquet.

    .venv/bin/python bench/db.py [--events 10000000] [--dir /tmp/newsdyad-bench-db] [--repeat 3]

Builds a table of distinct events with the columns of newsdyad's ``events`` view that the
query uses (date, source and target codes, CAMEO code, counts), stores it in a DuckDB file
and as Parquet partitioned by month (the Ray engine's layout), then times

    SELECT source_code, target_code, substr(event_date, 1, 7) AS month,
           count(*) AS events, sum(num_mentions) AS mentions, avg(goldstein) AS goldstein
    FROM events GROUP BY ALL

The result is fetched as an Arrow table.  Best of --repeat runs.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import duckdb  # noqa: E402

QUERY = """
SELECT source_code, target_code, substr(event_date, 1, 7) AS month,
       count(*) AS events, sum(num_mentions) AS mentions, avg(goldstein) AS goldstein
FROM {src} GROUP BY ALL
"""
# The same by country dyad (the first three letters of each code: AFGGOV -> AFG).
COUNTRY_QUERY = """
SELECT substr(source_code, 1, 3) AS source, substr(target_code, 1, 3) AS target,
       substr(event_date, 1, 7) AS month,
       count(*) AS events, sum(num_mentions) AS mentions, avg(goldstein) AS goldstein
FROM {src} GROUP BY ALL
"""

# 40 country roots x 7 sector choices = 280 actor codes, skewed (a few dyads dominate, as in real
# event data); dates 2000-2024; 200 CAMEO codes.
BUILD = """
CREATE OR REPLACE TABLE events AS
WITH c AS (
  SELECT ['AFG','USA','PAK','IND','CHN','RUS','IRN','IRQ','SYR','ISR','PSE','EGY','TUR','GBR',
          'FRA','DEU','JPN','KOR','PRK','UKR','NGA','KEN','ZAF','BRA','MEX','COL','VEN','CUB',
          'SAU','YEM','LBN','JOR','LBY','SDN','SOM','ETH','MLI','IDN','PHL','MMR'] AS roots,
         ['', 'GOV', 'MIL', 'OPP', 'REB', 'MED', 'CVL'] AS sectors
)
SELECT
  i AS global_event_id,
  strftime(DATE '2000-01-01' + CAST(hash(i, 1) % 9131 AS INTEGER), '%Y-%m-%d') AS event_date,
  roots[1 + CAST(floor(40 * pow((hash(i, 2) % 1000003) / 1000003.0, 3)) AS BIGINT)] || sectors[1 + CAST(floor(7 * pow((hash(i, 3) % 1000003) / 1000003.0, 2)) AS BIGINT)] AS source_code,
  roots[1 + CAST(floor(40 * pow((hash(i, 4) % 1000003) / 1000003.0, 3)) AS BIGINT)] || sectors[1 + CAST(floor(7 * pow((hash(i, 5) % 1000003) / 1000003.0, 2)) AS BIGINT)] AS target_code,
  lpad(CAST(1 + hash(i, 6) % 20 AS VARCHAR), 2, '0') || CAST(hash(i, 7) % 10 AS VARCHAR) AS code,
  CAST(1 + hash(i, 8) % 4 AS INTEGER) AS quad_class,
  round(CAST(hash(i, 9) % 201 AS DOUBLE) / 10 - 10, 1) AS goldstein,
  CAST(1 + hash(i, 10) % 5 AS BIGINT) AS num_mentions
FROM c, range({n}) t(i)
"""


def best(con, sql: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        con.sql(sql).to_arrow_table()  # the result fetched as an Arrow table, as a user gets it
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/newsdyad-bench-db"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    shutil.rmtree(args.dir, ignore_errors=True)
    args.dir.mkdir(parents=True)
    db = args.dir / "events.duckdb"
    pq_dir = args.dir / "parquet"
    con = duckdb.connect(str(db))
    t0 = time.perf_counter()
    con.execute(BUILD.format(n=args.events))
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    con.execute(f"COPY (SELECT *, substr(event_date, 1, 7) AS month FROM events) TO '{pq_dir}' "
                "(FORMAT parquet, PARTITION_BY (month))")
    written = time.perf_counter() - t0
    print(f"{args.events:,} synthetic events (built in {built:.1f} s, Parquet written in "
          f"{written:.1f} s); {con.execute('SELECT current_setting(' + repr('threads') + ')').fetchone()[0]} threads")
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    pq = duckdb.connect()
    src = f"read_parquet('{pq_dir}/**/*.parquet', hive_partitioning = true)"
    for label, query in (("actor-code dyad by month", QUERY), ("country dyad by month", COUNTRY_QUERY)):
        groups = con.execute(f"SELECT count(*) FROM ({query.format(src='events')})").fetchall()[0][0]
        t_db = best(con, query.format(src="events"), args.repeat)
        t_pq = best(pq, query.format(src=src), args.repeat)
        print(f"{label} ({groups:,} groups): DuckDB table {t_db:.2f} s, Parquet {t_pq:.2f} s "
              f"(best of {args.repeat}; target <= 2 s)")


if __name__ == "__main__":
    main()
