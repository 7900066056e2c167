"""The HTTP face of newsdyad: a FastAPI app with the JSON API under /v1 and the web pages.

    from newsdyad.api import create_app
    app = create_app("corpus.duckdb")          # uvicorn.run(app) -- or `newsdyad serve`

Handlers are thin: they parse parameters and call the query layer (:mod:`newsdyad.corpus`)
or the pipeline.  The database is opened per request, read-only unless ``writable``.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from .common import HERE, ApiError
from .security import Guard

MAX_BODY = 5 * 1024 * 1024
CODE_TIMEOUT = 30.0


@dataclass
class Settings:
    db: Path | None
    writable: bool = False
    code_timeout: float = CODE_TIMEOUT
    options: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _corpus: Any = None

    def corpus(self):
        from ..corpus import Corpus

        if self.db is None:
            raise ApiError(404, "no database: start the server with --db FILE")
        if self._corpus is None:
            try:
                self._corpus = Corpus(self.db, writable=self.writable)
            except FileNotFoundError as exc:
                raise ApiError(404, str(exc)) from None
        return self._corpus

    def pipeline(self):
        from ..pipeline import load_pipeline

        return load_pipeline(self.options)

    async def code(self, source):
        """Code one SourceDocument in a worker thread, one at a time, within the time limit."""
        def work():
            with self._lock:
                return self.pipeline().code_one(source)

        try:
            return await asyncio.wait_for(asyncio.to_thread(work), timeout=self.code_timeout)
        except asyncio.TimeoutError:
            raise ApiError(503, f"coding took longer than {self.code_timeout:g} s; try a shorter text "
                           "or again later") from None


def create_app(db: str | Path | None = None, *, writable: bool = False, token: str | None = None,
               max_body: int = MAX_BODY, code_timeout: float = CODE_TIMEOUT, options=None,
               preload: bool = False) -> FastAPI:
    """The app: JSON API, OpenAPI (/openapi.json), docs (/docs), pages and static files."""
    app = FastAPI(
        title="newsdyad", version=__version__, docs_url=None, redoc_url=None,
        description="Source-attributed CAMEO political event data: code articles and browse a "
                    "corpus of documents, events, actors and claims (who said what, according to whom).",
    )
    app.state.settings = Settings(Path(db) if db else None, writable, code_timeout, options)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return _error(request, exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        response = _error(request, exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return _error(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError):
        return _error(request, 422, str(exc))

    @app.exception_handler(Exception)
    async def any_error(request: Request, exc: Exception):
        import logging

        logging.getLogger("newsdyad.api").exception("unexpected error on %s", request.url.path)
        message = "the database is busy; try again" if "lock" in str(exc).lower() else \
            f"internal error ({type(exc).__name__})"
        return _error(request, 503 if "lock" in str(exc).lower() else 500, message)

    from . import pages, v1

    app.include_router(v1.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/vendor/plotly", StaticFiles(directory=_plotly_dir()), name="plotly")
    app.mount("/vendor/swagger", StaticFiles(directory=_swagger_dir()), name="swagger")
    app.add_middleware(Guard, max_body=max_body, token=token)
    if preload:
        app.state.settings.pipeline().code_one(_warmup())
    return app


def _error(request: Request, status: int, message: str):
    if not request.url.path.startswith("/v1") and "text/html" in request.headers.get("accept", ""):
        from .pages import error_page

        return error_page(request, status, message)
    return JSONResponse({"error": message, "status": status}, status_code=status)


def _plotly_dir() -> Path:
    """plotly.min.js as the installed plotly package ships it (not copied into this repo)."""
    import plotly

    return Path(plotly.__file__).resolve().parent / "package_data"


def _swagger_dir() -> Path:
    import swagger_ui_bundle

    return Path(swagger_ui_bundle.swagger_ui_path)


def _warmup():
    from ..model import SourceDocument

    return SourceDocument(text="The minister said the talks would resume.", doc_id="warmup")
