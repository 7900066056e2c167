"""serve beside ingest: the API keeps answering from committed data while another process
writes the same DuckDB file chunk by chunk, and the writer is never locked out."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

from newsdyad import store
from newsdyad.api import create_app

from ..corpus.corpus_docs import make_document

REPO = Path(__file__).resolve().parents[2]
CHUNKS = 12

# A writer like `ingest`: it opens the file for each chunk (waiting for readers), commits
# two documents, and closes it again.
WRITER = f"""
import sys, time
sys.path.insert(0, {str(REPO)!r})
sys.path.insert(0, {str(REPO / "src")!r})
from newsdyad import store
from tests.corpus.corpus_docs import make_document
for i in range({CHUNKS}):
    with store.Writer.retrying(sys.argv[1], wait=30) as w:
        w.add([make_document(f"w{{i}}a"), make_document(f"w{{i}}b")])
    time.sleep(0.05)
print("done")
"""


def test_beside_ingest_reads_never_fail_and_writes_get_in(tmp_path):
    db = tmp_path / "shared.duckdb"
    with store.Writer(db) as w:
        w.add([make_document("first")])
    client = TestClient(create_app(db))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    counts, statuses = [], []
    deadline = time.monotonic() + 120
    try:
        while writer.poll() is None and time.monotonic() < deadline:
            r = client.get("/v1/documents", params={"limit": 500})
            statuses.append(r.status_code)
            if r.status_code == 200:
                counts.append(len(r.json()["items"]))
            statuses.append(client.get("/v1/events", params={"limit": 5}).status_code)
    finally:
        if writer.poll() is None:
            writer.kill()
        out, err = writer.communicate(timeout=30)
    assert writer.returncode == 0 and out.strip().endswith("done"), err[-2000:]
    assert statuses and set(statuses) == {200}
    assert counts == sorted(counts)  # committed data only, never going back
    time.sleep(1.2)  # the app's open connection expires; a new one sees the last commit
    final = client.get("/v1/documents", params={"limit": 500}).json()["items"]
    assert len(final) == 1 + 2 * CHUNKS
