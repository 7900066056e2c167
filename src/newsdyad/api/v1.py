"""The JSON API, version 1: thin handlers over :mod:`newsdyad.corpus` and the pipeline.

Lists are pages: ``{"items": [...], "next_cursor": "..."}``; pass ``cursor`` back for the
next page (``null`` when there is none).  Errors are ``{"error": message, "status": code}``.
"""

from __future__ import annotations

import io
import json
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel

from ..model import Modality
from .common import ApiError

class ErrorBody(BaseModel):
    """Every error: a message for people and the HTTP status."""

    error: str
    status: int


def _errors(*codes: int) -> dict:
    return {code: {"model": ErrorBody} for code in codes}


# 404 also when the server has no database; 503 when the database stays locked.
router = APIRouter(prefix="/v1", tags=["v1"], responses=_errors(401, 404, 413, 422, 503))

DATE = r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD (checked as a date)
Since = Annotated[Optional[str], Query(pattern=DATE, description="First date, inclusive: 2013, 2013-01 or 2013-01-15.")]
Until = Annotated[Optional[str], Query(pattern=DATE, description="Last date, inclusive (2013-06: the whole month).")]
Cursor = Annotated[Optional[str], Query(pattern=r"^\d{1,7}$", description="next_cursor of the previous page.")]
Text = Annotated[Optional[str], Query(max_length=200)]
ActorPath = Annotated[str, Path(min_length=1, max_length=100, description="Actor code prefix (AFG, AFGGOV) or part of a name.")]


def _offset(cursor: str | None) -> int:
    return int(cursor) if cursor else 0


def _cursor(offset: int) -> str:
    return str(offset)


def _page(frame, offset: int, limit: int) -> dict[str, Any]:
    items = frame.records()
    more = len(items) > limit
    return {"items": items[:limit], "next_cursor": _cursor(offset + limit) if more else None}


def _corpus(request: Request):
    return request.app.state.settings.corpus()


@router.get("/health", summary="Is the server up; which database it reads")
def health(request: Request) -> dict[str, Any]:
    from .. import __version__

    s = request.app.state.settings
    return {"status": "ok", "version": __version__, "database": str(s.db) if s.db else None,
            "writable": s.writable}


CODE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {
                "type": "object", "required": ["text"],
                "properties": {"text": {"type": "string", "pattern": "\\S"}, "id": {"type": "string"},
                               "date": {"type": "string", "description": "ISO 8601 date"},
                               "title": {"type": "string"}, "url": {"type": "string"},
                               "publisher": {"type": "string"}}}},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


def source_from_body(body: bytes, content_type: str, *, date: str | None = None):
    """A SourceDocument from a request body: a JSON record, plain text or an HTML page."""
    from ..ingest import Rejection, read_stream

    kind = content_type.split(";")[0].strip().lower()
    fmt = {"application/json": "jsonl", "text/plain": "text", "text/html": "html"}.get(kind)
    if fmt is None:
        raise ApiError(415, "send application/json, text/plain or text/html")
    if fmt == "jsonl":
        try:
            record = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(422, f"the body is not JSON: {exc}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ApiError(422, "the JSON body needs a \"text\" string")
        body = json.dumps(record, ensure_ascii=False).encode("utf-8")
    items = list(read_stream(io.BytesIO(body), "request", fmt))
    if not items:
        raise ApiError(422, "the body holds no article")
    item = items[0]
    if isinstance(item, Rejection) or not hasattr(item, "text"):
        raise ApiError(422, getattr(item, "reason", None) or "the body holds no article")
    if not item.text.strip():
        raise ApiError(422, "the article is empty")
    if date and not item.date:
        item.date = date
    return item


@router.post("/code", summary="Code one article (JSON record, text or HTML) into a newsdyad/1 document",
             openapi_extra=CODE_BODY, responses=_errors(403, 415))
async def code(request: Request,
               store: Annotated[bool, Query(description="Also add it to the database (the server must be started with --writable).")] = False,
               date: Annotated[Optional[str], Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="Article date when the body carries none.")] = None,
               ) -> dict[str, Any]:
    settings = request.app.state.settings
    if store and not settings.writable:
        raise ApiError(403, "this server is read-only: start it with --writable to store documents")
    body = await request.body()
    source = source_from_body(body, request.headers.get("content-type", ""), date=date)
    doc = await settings.code(source)
    out = doc.to_dict()
    if store:
        added, _ = settings.corpus().add([doc])
        out["stored"] = bool(added)
    return out


@router.get("/documents", summary="Documents: full-text search, dates, publisher")
def documents(request: Request, q: Text = None, since: Since = None, until: Until = None,
              publisher: Text = None, limit: Annotated[int, Query(ge=1, le=500)] = 50,
              cursor: Cursor = None) -> dict[str, Any]:
    off = _offset(cursor)
    frame = _corpus(request).documents(q, since=since, until=until, publisher=publisher,
                                       limit=limit + 1, offset=off)
    return _page(frame, off, limit)


@router.get("/documents/{doc_id}", summary="One stored document as newsdyad/1")
def document(request: Request, doc_id: Annotated[str, Path(max_length=300)]) -> dict[str, Any]:
    doc = _corpus(request).document(doc_id)
    if doc is None:
        raise ApiError(404, f"no document {doc_id!r}")
    return doc.to_dict()


@router.get("/events", summary="Distinct events, filtered like `newsdyad events`")
def events(request: Request,
           source: Annotated[Optional[str], Query(max_length=100, description="Source actor code prefix or part of its name.")] = None,
           target: Annotated[Optional[str], Query(max_length=100, description="Target actor code prefix or part of its name.")] = None,
           code: Annotated[Optional[str], Query(pattern=r"^\d{2,4}$", description="CAMEO code prefix (03, 036).")] = None,
           root: Annotated[Optional[str], Query(pattern=r"^\d{2}$", description="CAMEO root code (01-20).")] = None,
           quad_class: Annotated[Optional[int], Query(ge=1, le=4, description="1 verbal cooperation ... 4 material conflict.")] = None,
           modality: Optional[Modality] = None,
           according_to: Annotated[Optional[str], Query(max_length=100, description="A source anywhere in the attribution chain.")] = None,
           since: Since = None, until: Until = None,
           doc_id: Annotated[Optional[str], Query(max_length=300, description="Events read in this document.")] = None,
           limit: Annotated[int, Query(ge=1, le=1000)] = 100, cursor: Cursor = None) -> dict[str, Any]:
    off = _offset(cursor)
    frame = _corpus(request).events(source, target, code=code, root=root, quad_class=quad_class,
                                    modality=modality, according_to=according_to, since=since,
                                    until=until, doc_id=doc_id, limit=limit + 1, offset=off)
    page = _page(frame, off, limit)
    for item in page["items"]:  # 60-bit ids: also as strings, for JavaScript clients
        item["global_event_id_str"] = str(item["global_event_id"])
    return page


@router.get("/actors", summary="Actors across documents, by code (else name)")
def actors(request: Request, q: Text = None, limit: Annotated[int, Query(ge=1, le=500)] = 50,
           cursor: Cursor = None) -> dict[str, Any]:
    off = _offset(cursor)
    return _page(_corpus(request).actors(q, limit=limit + 1, offset=off), off, limit)


@router.get("/dyads/{source}/{target}/timeline",
            summary="Events from source to target per period and QuadClass, with mean Goldstein")
def timeline(request: Request, source: ActorPath, target: ActorPath,
             by: Literal["month", "week", "day"] = "month", since: Since = None,
             until: Until = None, modality: Optional[Modality] = None) -> dict[str, Any]:
    frame = _corpus(request).timeline(source, target, by=by, since=since, until=until,
                                      modality=modality)
    return {"source": source, "target": target, "by": by, "items": frame.records()}


@router.get("/network", summary="Actor network: nodes, and edges with counts and mean Goldstein")
def network(request: Request, since: Since = None, until: Until = None,
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            limit: Annotated[int, Query(ge=1, le=5000, description="At most this many edges, busiest first.")] = 500,
            modality: Optional[Modality] = None) -> dict[str, Any]:
    from ..corpus import network_graph

    frame = _corpus(request).network(since, until, min_events=min_events, limit=limit,
                                     modality=modality)
    return network_graph(frame)


@router.get("/claims", summary="Attributions: source, cue, content and chain")
def claims(request: Request,
           source: Annotated[Optional[str], Query(max_length=100, description="Part of the source's name, or its code.")] = None,
           about: Annotated[Optional[str], Query(max_length=100, description="An actor the claim is by or about (as `newsdyad claims --actor`).")] = None,
           since: Since = None, until: Until = None,
           limit: Annotated[int, Query(ge=1, le=500)] = 50, cursor: Cursor = None) -> dict[str, Any]:
    off = _offset(cursor)
    frame = _corpus(request).claims(source, about=about, since=since, until=until,
                                    limit=limit + 1, offset=off)
    return _page(frame, off, limit)


@router.get("/stats", summary="Counts, events by root code and month, top actors and dyads")
def stats(request: Request, top: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    return json.loads(json.dumps(_corpus(request).stats(top), default=str))
