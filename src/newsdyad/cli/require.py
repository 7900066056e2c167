"""The ``--require`` option of the coding commands: which event sides must carry an actor code."""

from __future__ import annotations

import dataclasses
from typing import Annotated

import typer

CHOICES = ("source", "target", "both", "none")

RequireOpt = Annotated[
    str,
    typer.Option(
        "--require",
        help="Drop events whose source (target, both sides, or neither) has no actor code "
        "(PETRARCH's require_dyad, stated per side): source, target, both or none.",
    ),
]


def apply_require(options, require: str):
    """Options with require_source/require_target set from a --require value; ValueError lists the choices."""
    if require not in CHOICES:
        raise ValueError(f"unknown --require {require!r}; choose from {', '.join(CHOICES)}")
    return dataclasses.replace(
        options,
        require_source=require in ("source", "both"),
        require_target=require in ("target", "both"),
    )
