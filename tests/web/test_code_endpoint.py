"""POST /v1/code: JSON records, plain text and HTML in; newsdyad/1 out; storing; time limit."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsdyad.api import create_app

# Our own sentences.
STORY = "The foreign minister of Kenya said on Tuesday that Ethiopia must reopen the border."
HTML = (f"<html><head><title>Border talks</title></head><body><article><h1>Border talks</h1>"
        f"<p>{STORY}</p><p>{STORY.replace('Tuesday', 'Wednesday')}</p></article></body></html>")


@pytest.fixture(scope="module")
def coder(tmp_path_factory, nlp):  # nlp: the pipeline is loaded once for the session
    path = tmp_path_factory.mktemp("code") / "w.duckdb"
    with TestClient(create_app(path, writable=True)) as c:
        yield c, path


@pytest.mark.parametrize("kwargs, doc_id, date", [
    ({"json": {"text": STORY, "id": "k1", "date": "2020-05-01", "publisher": "ours"}}, "k1", "2020-05-01"),
    ({"content": STORY.encode(), "headers": {"content-type": "text/plain; charset=utf-8"},
      "params": {"date": "2021-02-03"}}, None, "2021-02-03"),
    ({"content": HTML.encode(), "headers": {"content-type": "text/html"}}, None, None),
])
def test_code_endpoint_bodies(coder, kwargs, doc_id, date):
    client, _ = coder
    r = client.post("/v1/code", **kwargs)
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["schema"] == "newsdyad/1" and "Ethiopia" in doc["text"]
    assert {"KENGOV", "ETH"} <= {a["code"] for a in doc["actors"]}
    if doc_id:
        assert doc["doc_id"] == doc_id
    if date:
        assert doc["date"] == date
    assert "stored" not in doc


def test_code_endpoint_stores_when_asked(coder):
    client, path = coder
    r = client.post("/v1/code?store=true", json={"text": STORY, "id": "kept", "date": "2020-05-01"})
    assert r.status_code == 200 and r.json()["stored"] is True
    assert client.post("/v1/code?store=true", json={"text": STORY, "id": "kept"}).json()["stored"] is False
    assert client.get("/v1/documents/kept").json()["doc_id"] == "kept"
    assert [d["doc_id"] for d in client.get("/v1/documents").json()["items"]] == ["kept"]


def test_code_endpoint_time_limit(tmp_path, nlp):
    client = TestClient(create_app(None, code_timeout=0.001))
    r = client.post("/v1/code", json={"text": STORY * 40})
    assert r.status_code == 503 and "longer than" in r.json()["error"]


def test_code_endpoint_paste_page(coder):
    client, _ = coder
    r = client.post("/paste", data={"text": STORY, "date": "2020-05-01", "title": "<b>mine</b>"})
    assert r.status_code == 200
    assert "&lt;b&gt;mine&lt;/b&gt;" in r.text and 'data-role="source"' in r.text
    r = client.post("/paste", files={"file": ("story.html", HTML.encode(), "text/html")})
    assert r.status_code == 200 and "Border talks" in r.text
    assert client.post("/paste", data={"text": "  "}).status_code == 422
