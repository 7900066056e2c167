"""What the app factory (``api/__init__``), the JSON API (``v1``) and the pages share.

Its own module so that ``v1`` and ``pages`` import nothing from the package that registers
them: the app imports its routers, never the other way round.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent  # templates/ and static/ live here


class ApiError(Exception):
    """An error a client caused or should know about: a status and a message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message
