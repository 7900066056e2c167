"""The web pages: corpus, article, actor, paste, dyad timeline, network, claims.

Server-rendered with Jinja2 (autoescape on: every title, name and text is escaped); the
little JavaScript there is lives in ``static/app.js`` (the Content-Security-Policy allows no
inline script) and draws charts with the Plotly build that the plotly package ships.
"""

from __future__ import annotations

import re
from typing import Annotated, Optional
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .common import HERE, ApiError
from .view import article_context, article_html

router = APIRouter(include_in_schema=False)
_env = Environment(loader=FileSystemLoader(HERE / "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True))
_env.filters["q"] = lambda s: quote(str(s), safe="")
templates = Jinja2Templates(env=_env)

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PAGE = 50


def _date(value: str | None) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    if not DATE.match(value):
        raise ApiError(422, f"{value!r} is not a date (2013, 2013-01 or 2013-01-15)")
    return value


def _clean(value: str | None, limit: int = 100) -> str | None:
    value = (value or "").strip()[:limit]
    return value or None


def _render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def corpus_page(request: Request, q: Optional[str] = None, since: Optional[str] = None,
                until: Optional[str] = None, publisher: Optional[str] = None,
                source: Optional[str] = None, target: Optional[str] = None,
                code: Optional[str] = None, modality: Optional[str] = None,
                according_to: Optional[str] = None, page: Annotated[int, Query(ge=0, le=10_000)] = 0):
    from ..corpus import MODALITIES

    corpus = request.app.state.settings.corpus()
    since, until = _date(since), _date(until)
    q, publisher = _clean(q), _clean(publisher)
    source, target, according_to = _clean(source), _clean(target), _clean(according_to)
    code = _clean(code, 4)
    if code and not code.isdigit():
        raise ApiError(422, f"{code!r} is not a CAMEO code prefix (03, 036)")
    if modality not in MODALITIES:
        modality = None
    docs = corpus.documents(q, since=since, until=until, publisher=publisher, limit=PAGE + 1,
                            offset=page * PAGE).records()
    events = corpus.events(source, target, code=code, modality=modality,
                           according_to=according_to, since=since, until=until,
                           limit=PAGE + 1, offset=page * PAGE).records()
    form = {"q": q, "since": since, "until": until, "publisher": publisher, "source": source,
            "target": target, "code": code, "modality": modality, "according_to": according_to}
    more = len(docs) > PAGE or len(events) > PAGE
    keep = {k: v for k, v in form.items() if v}
    prev_url = "/?" + urlencode({**keep, "page": page - 1}) if page > 0 else None
    next_url = "/?" + urlencode({**keep, "page": page + 1}) if more else None
    return _render(request, "corpus.html", docs=docs[:PAGE], events=events[:PAGE],
                   prev_url=prev_url, next_url=next_url, form=form,
                   modalities=MODALITIES, stats=corpus.stats(top=5))


def _article(request: Request, doc, stored: bool) -> HTMLResponse:
    return _render(request, "article.html", doc=doc, text=article_html(doc), stored=stored,
                   **article_context(doc))


@router.get("/articles/{doc_id}", response_class=HTMLResponse)
def article_page(request: Request, doc_id: str):
    doc = request.app.state.settings.corpus().document(doc_id)
    if doc is None:
        raise ApiError(404, f"no document {doc_id!r} in this database")
    return _article(request, doc, stored=True)


@router.get("/paste", response_class=HTMLResponse)
def paste_form(request: Request):
    return _render(request, "paste.html")


@router.post("/paste", response_class=HTMLResponse)
async def paste_code(request: Request, text: Annotated[str, Form()] = "",
                     date: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                     file: Optional[UploadFile] = None):
    from .v1 import source_from_body

    settings = request.app.state.settings
    if file is not None and file.filename:
        data = await file.read()
        kind = "text/html" if file.filename.lower().endswith((".html", ".htm")) else "text/plain"
        source = source_from_body(data, kind)
    else:
        if not text.strip():
            return _render(request, "paste.html", status=422, message="Paste a text or choose a file.")
        source = source_from_body(text.encode("utf-8"), "text/plain")
    d = _date(date)
    if d:
        source.date = d
    if title.strip():
        source.title = title.strip()[:300]
    source.doc_id = source.doc_id or "pasted"
    doc = await settings.code(source)
    return _article(request, doc, stored=False)


@router.get("/dyads/{source}/{target}", response_class=HTMLResponse)
def dyad_page(request: Request, source: str, target: str, by: str = "month",
              since: Optional[str] = None, until: Optional[str] = None):
    if by not in ("month", "week", "day"):
        by = "month"
    source, target = _clean(source), _clean(target)
    if not source or not target:
        raise ApiError(422, "name two actors")
    since, until = _date(since), _date(until)
    frame = request.app.state.settings.corpus().timeline(source, target, by=by, since=since,
                                                         until=until)
    return _render(request, "dyad.html", source=source, target=target, by=by, since=since,
                   until=until, rows=frame.records())


@router.get("/dyads", response_class=HTMLResponse)
def dyad_form(request: Request, source: Optional[str] = None, target: Optional[str] = None):
    source, target = _clean(source), _clean(target)
    if source and target:
        from fastapi.responses import RedirectResponse

        return RedirectResponse(f"/dyads/{quote(source, safe='')}/{quote(target, safe='')}",
                                status_code=303)
    return _render(request, "dyad.html", source=source or "", target=target or "", by="month",
                   since=None, until=None, rows=None)


@router.get("/actors/{actor}", response_class=HTMLResponse)
def actor_page(request: Request, actor: str, name: Optional[str] = None):
    """One actor (a code prefix or part of a name): its partners (with dyad links), events
    and claims by or about it."""
    actor, name = _clean(actor), _clean(name, 200)
    if not actor:
        raise ApiError(422, "name an actor")
    corpus = request.app.state.settings.corpus()
    out_edges = corpus.network(source=actor, limit=30).records()
    in_edges = corpus.network(target=actor, limit=30).records()
    events = corpus.events(actor, limit=PAGE).records()
    claims = corpus.claims(about=name or actor, limit=PAGE).records()
    return _render(request, "actor.html", actor=actor, name=name, out_edges=out_edges,
                   in_edges=in_edges, events=events, claims=claims)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, since: Optional[str] = None, until: Optional[str] = None,
                 min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1):
    from ..corpus import network_graph

    since, until = _date(since), _date(until)
    frame = request.app.state.settings.corpus().network(since, until, min_events=min_events, limit=200)
    graph = network_graph(frame)
    return _render(request, "network.html", since=since, until=until, min_events=min_events,
                   graph=graph)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, source: Optional[str] = None, about: Optional[str] = None,
                since: Optional[str] = None, until: Optional[str] = None,
                page: Annotated[int, Query(ge=0, le=10_000)] = 0):
    source, about = _clean(source), _clean(about)
    since, until = _date(since), _date(until)
    rows = request.app.state.settings.corpus().claims(
        source, about=about, since=since, until=until, limit=PAGE + 1, offset=page * PAGE).records()
    groups: dict[str, list] = {}
    for r in rows[:PAGE]:
        groups.setdefault(r["source"] or "(unknown)", []).append(r)
    return _render(request, "claims.html", source=source, about=about, since=since, until=until,
                   groups=groups, more=len(rows) > PAGE, page=page)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """Swagger UI from the swagger-ui-bundle package, started by static/docs.js."""
    return _render(request, "docs.html")
