"""The Ray engine: a small corpus gives the same rows as the local engine."""

from __future__ import annotations

import pytest

from .corpus_docs import sample_records
from newsdyad import store
from newsdyad.model import SourceDocument
from newsdyad.pipeline import Options

try:  # the test extra installs ray[data]: these tests must run, never be skipped
    import ray  # noqa: F401
except ImportError:  # pragma: no cover
    ray = None


def _fingerprint(con):
    out = {}
    for table, cols in store.TABLES.items():
        names = ", ".join(f'"{c}"' for c, _, _ in cols if c != "added_at")
        out[table] = sorted(map(repr, con.execute(f"SELECT {names} FROM {table}").fetchall()))
    return out


def test_scale_ray_engine_matches_local_run(tmp_path):
    if ray is None:
        pytest.fail("Ray is not installed: pip install -e '.[test,ray]' (the Ray engine must be tested)")
    from newsdyad import scale

    records = sample_records(8)
    sources = [SourceDocument(text=r["text"], doc_id=r["id"], date=r["date"], publisher=r["publisher"])
               for r in records]
    sources.append(SourceDocument(text="An undated report. The envoy met the president."))
    local = tmp_path / "local.duckdb"
    store.ingest(sources, local, Options(), jobs=1)
    out = tmp_path / "parquet"
    try:
        first = scale.ingest_ray(sources, out, Options(), num_cpus=2, batch_size=4)
        again = scale.ingest_ray(sources, out, Options(), num_cpus=2)
    finally:
        scale.shutdown()
    assert (first.read, first.coded, first.present) == (9, 9, 0)
    assert (again.coded, again.present) == (0, 9)  # idempotent
    months = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert months == ["month=2014-01", "month=2014-02", "month=2014-03", "month=undated"]
    ray_con, local_con = store.connect(out), store.connect(local)
    assert _fingerprint(ray_con) == _fingerprint(local_con)
    assert store.run_sql(ray_con, "SELECT count(*) FROM documents").rows == [(9,)]
    assert store.stats(ray_con) == store.stats(local_con)
