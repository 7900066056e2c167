"""What every response passes through: a token check, a body-size cap, security headers.

Plain ASGI middleware (no request buffering), outermost first:

- ``Guard``: refuses a request body larger than ``max_body`` bytes with 413 (from its
  Content-Length, or while it streams in); with a token configured, refuses requests that
  carry it neither as ``Authorization: Bearer ...``, nor as the ``newsdyad_token`` cookie,
  nor as ``?token=`` (which then sets the cookie, so a browser keeps working); adds the
  Content-Security-Policy (no inline script, nothing from elsewhere) and friends.
"""

from __future__ import annotations

import hmac
import json
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
COOKIE = "newsdyad_token"


class BodyTooLarge(Exception):
    pass


async def _send_json(send, status: int, message: str, extra_headers=()) -> None:
    body = json.dumps({"error": message, "status": status}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *HEADERS, *extra_headers]})
    await send({"type": "http.response.body", "body": body})


def _token_of(scope) -> tuple[str | None, bool]:
    """The token a request carries, and whether it came in the query string."""
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip(), False
    if "cookie" in headers:
        jar = SimpleCookie()
        try:
            jar.load(headers["cookie"])
        except Exception:  # a malformed cookie header carries no token
            jar = SimpleCookie()
        if COOKIE in jar:
            return jar[COOKIE].value, False
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    if "token" in query:
        return query["token"][0], True
    return None, False


class Guard:
    def __init__(self, app, *, max_body: int, token: str | None = None):
        self.app = app
        self.max_body = max_body
        self.token = token

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        set_cookie = []
        if self.token:
            given, from_query = _token_of(scope)
            if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
                return await _send_json(send, 401, "a token is needed: Authorization: Bearer <token>",
                                        [(b"www-authenticate", b"Bearer")])
            if from_query:
                set_cookie = [(b"set-cookie", f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; "
                               "Path=/".encode())]
        for k, v in scope.get("headers", []):
            if k.lower() == b"content-length":
                try:
                    too_big = int(v) > self.max_body
                except ValueError:
                    return await _send_json(send, 400, "bad Content-Length")
                if too_big:
                    return await _send_json(send, 413, f"the request body is larger than "
                                            f"{self.max_body} bytes")
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge()
            return message

        async def with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [h for h in message.get("headers", []) if h[0].lower() not in dict(HEADERS)]
                message = dict(message, headers=headers + HEADERS + set_cookie)
            await send(message)

        try:
            await self.app(scope, limited_receive, with_headers)
        except BodyTooLarge:
            if not started:
                await _send_json(send, 413, f"the request body is larger than {self.max_body} bytes")
