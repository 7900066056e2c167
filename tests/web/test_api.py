"""The JSON API under /v1 and the pages, through FastAPI's TestClient."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsdyad.api import create_app

from .conftest import HOSTILE_TITLE


@pytest.mark.parametrize("url, key, expected", [
    ("/v1/documents", "doc_id", {"d1", "d2", "d3", "hostile<b>"}),
    ("/v1/documents?since=2014", "doc_id", {"d3", "hostile<b>"}),
    ("/v1/documents?until=2013-06", "doc_id", {"d1"}),
    ("/v1/documents?publisher=wire", "doc_id", {"d2"}),
    ("/v1/documents?q=onerror", "doc_id", {"hostile<b>"}),
    ("/v1/documents?q=no+such+words", "doc_id", set()),
    ("/v1/events", "event_date", {"2013-06", "2013-07-01", "2014-01-05"}),
    ("/v1/events?code=03", "code", {"0311", "036"}),
    ("/v1/events?code=036", "code", {"036"}),
    ("/v1/events?root=03&modality=asserted", "code", {"036"}),
    ("/v1/events?modality=negated", "code", set()),
    ("/v1/events?source=AFG&target=USA&since=2014", "event_date", {"2014-01-05"}),
    ("/v1/events?source=Karzai", "source_code", {"AFGGOV"}),
    ("/v1/events?source=Karz", "source_code", set()),  # names match as whole words, as in the CLI
    ("/v1/events?target=AFG", "code", set()),
    ("/v1/events?quad_class=1&until=2013-06", "event_date", {"2013-06"}),
    ("/v1/events?according_to=Times", "code", {"0311", "036"}),
    ("/v1/events?according_to=Nobody", "code", set()),
    ("/v1/events?doc_id=d2", "code", {"036"}),
    ("/v1/actors?q=Karz", "code", {"AFGGOV"}),
    ("/v1/actors?q=nobody", "code", set()),
    ("/v1/claims?source=Times", "source", {"The Times"}),
    ("/v1/claims?about=Karzai&since=2014", "doc_id", {"d3"}),
    ("/v1/claims?source=Karzai", "according_to", {"The Times (USAMED)"}),
])
def test_api_filters(client, url, key, expected):
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert {item[key] for item in r.json()["items"]} == expected


def test_api_events_pages_with_a_cursor(client):
    seen, cursor, pages = [], None, 0
    while pages < 10:
        r = client.get("/v1/events", params={"limit": 1, **({"cursor": cursor} if cursor else {})})
        body = r.json()
        seen += [i["global_event_id"] for i in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 3 == len(set(seen)) and pages == 3


def test_api_document_is_newsdyad_1(client, corpus_db):
    import json

    import jsonschema

    from newsdyad.model import Document

    from .conftest import REPO_SCHEMA

    doc = client.get("/v1/documents/d1").json()
    jsonschema.validate(doc, json.loads(REPO_SCHEMA.read_text(encoding="utf-8")))
    back = Document.from_dict(doc)
    assert [a.parent for a in back.attributions] == [None, "Q2"] or \
        {a.id: a.parent for a in back.attributions} == {"Q1": "Q2", "Q2": None}
    assert back.events[0].trigger == (35, 39) and back.events[0].attribution == "Q1"


def test_api_timeline_counts_by_period_and_quad_class(client):
    r = client.get("/v1/dyads/AFG/USA/timeline", params={"by": "month"})
    assert r.status_code == 200
    rows = {(i["period"], i["quad_class"]): i["events"] for i in r.json()["items"]}
    assert rows == {("2013-06", 1): 1, ("2013-07", 1): 1, ("2014-01", 1): 1}
    days = client.get("/v1/dyads/AFGGOV/USA/timeline?by=day&since=2013-07").json()["items"]
    assert [d["period"] for d in days] == ["2013-07-01", "2014-01-05"]
    assert client.get("/v1/dyads/USA/AFG/timeline").json()["items"] == []


def test_api_network_nodes_and_edges(client):
    body = client.get("/v1/network", params={"since": "2013", "until": "2013"}).json()
    assert [(e["source"], e["target"], e["events"]) for e in body["edges"]] == [("AFGGOV", "USA", 2)]
    assert {n["id"] for n in body["nodes"]} == {"AFGGOV", "USA"}
    assert client.get("/v1/network?min_events=4").json()["edges"] == []
    assert client.get("/v1/network?min_events=3").json()["edges"][0]["events"] == 3


@pytest.mark.parametrize("method, url, kwargs, status", [
    ("get", "/v1/documents/nope", {}, 404),
    ("get", "/v1/events?modality=sure", {}, 422),
    ("get", "/v1/events?since=last+year", {}, 422),
    ("get", "/v1/events?modality=wished", {}, 422),  # one meaning of the filters for CLI and API
    ("get", "/v1/events?code=abc", {}, 422),
    ("get", "/v1/events?limit=0", {}, 422),
    ("get", "/v1/events?cursor=garbage", {}, 422),
    ("delete", "/v1/events", {}, 405),
    ("get", "/v1/dyads/AFG/USA/timeline?by=year", {}, 422),
    ("get", "/v1/nothing", {}, 404),
    ("post", "/v1/code", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
    ("post", "/v1/code", {"json": {"title": "no text"}}, 422),
    ("post", "/v1/code", {"content": b"   ", "headers": {"content-type": "text/plain"}}, 422),
    ("post", "/v1/code", {"content": b"x", "headers": {"content-type": "image/png"}}, 415),
    ("post", "/v1/code?store=true", {"json": {"text": "Some words."}}, 403),
])
def test_api_errors_are_json_messages(client, method, url, kwargs, status):
    r = getattr(client, method)(url, **kwargs)
    assert r.status_code == status
    body = r.json()
    assert body["status"] == status and isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in r.text


def test_api_body_cap_is_413(corpus_db):
    client = TestClient(create_app(corpus_db, max_body=1000))
    r = client.post("/v1/code", content=b"a " * 600, headers={"content-type": "text/plain"})
    assert r.status_code == 413 and "1000 bytes" in r.json()["error"]

    def chunks():  # no Content-Length: counted while it streams in
        for _ in range(5):
            yield b"b " * 200

    r = client.post("/v1/code", content=chunks(), headers={"content-type": "text/plain"})
    assert r.status_code == 413


def test_api_token_is_needed_when_configured(corpus_db):
    client = TestClient(create_app(corpus_db, token="s3cret"))
    assert client.get("/v1/health").status_code == 401
    assert client.get("/v1/health", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/v1/health", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    r = client.get("/?token=s3cret")  # a browser: the query string sets a cookie
    assert r.status_code == 200 and "newsdyad_token" in r.headers["set-cookie"]
    assert client.get("/articles/d1").status_code == 200  # the cookie carries it now


def test_api_security_headers_on_every_response(client):
    for url in ("/", "/v1/health", "/v1/nothing", "/static/app.js", "/docs"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url", ["/", "/articles/hostile%3Cb%3E", "/claims", "/network",
                                 "/actors/AFGGOV?name=%3Cscript%3Ex%3C/script%3E", "/actors/%3Cscript%3E",
                                 "/dyads/AFG/USA", "/?q=%3Cscript%3E", "/claims?about=%3Cscript%3E"])
def test_pages_escape_text_titles_and_names(client, url):
    r = client.get(url)
    assert r.status_code == 200
    html = r.text
    assert "<script>" not in html and "<img" not in html and 'href="javascript:' not in html
    assert html.count("<script") == html.count('<script src="/')  # only our static files


def test_pages_article_shows_text_as_text(client):
    html = client.get("/articles/hostile%3Cb%3E").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html or \
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;a href=" in html
    assert HOSTILE_TITLE not in html


def test_pages_article_marks_roles_attributions_and_events(client):
    html = client.get("/articles/d1").text
    for needle in ('data-role="source" data-attribution="Q1"', 'data-role="cue" data-attribution="Q1"',
                   'data-role="content" data-attribution="Q1"', 'data-role="content" data-attribution="Q2"',
                   'data-event="E1"', 'data-chain="Karzai (Hamid Karzai) ← The Times"'):
        assert needle in html
    # Q1 (said by Karzai) is nested in Q2's content (reported by The Times).
    assert html.index('data-role="content" data-attribution="Q2"') < html.index('data-attribution="Q1"')


def test_pages_link_to_each_other(client):
    corpus = client.get("/").text
    assert 'href="/articles/d1"' in corpus and 'href="/dyads/AFGGOV/USA"' in corpus
    article = client.get("/articles/d1").text
    assert 'href="/?source=AFGGOV"' in article and 'href="/dyads/AFGGOV/USA"' in article
    assert 'href="/actors/AFGGOV?name=Hamid%20Karzai"' in article
    actor = client.get("/actors/AFGGOV?name=Hamid%20Karzai").text  # event -> article -> actor -> dyad
    assert 'href="/dyads/AFGGOV/USA"' in actor and 'href="/articles/d1"' in actor
    assert 'href="/claims?about=Hamid%20Karzai"' in actor


def test_pages_docs_and_openapi_offline(client):
    spec = client.get("/openapi.json").json()
    for path in ("/v1/code", "/v1/documents", "/v1/documents/{doc_id}", "/v1/events", "/v1/actors",
                 "/v1/dyads/{source}/{target}/timeline", "/v1/network", "/v1/claims"):
        assert path in spec["paths"]
    docs = client.get("/docs").text
    assert "/vendor/swagger/swagger-ui-bundle.js" in docs and "http" not in docs.split("<body>")[0]
    assert client.get("/vendor/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/vendor/plotly/plotly.min.js").status_code == 200


@pytest.mark.parametrize("args, message", [
    (["serve", "--host", "0.0.0.0"], "give --token"),
    (["serve", "--db", "/nonexistent/corpus.duckdb"], "no such database"),
])
def test_serve_command_refuses_unsafe_or_missing(args, message, monkeypatch):
    from typer.testing import CliRunner

    from newsdyad.cli import app

    monkeypatch.delenv("NEWSDYAD_TOKEN", raising=False)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and message in result.output
