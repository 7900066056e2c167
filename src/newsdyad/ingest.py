"""Reading input: text, HTML, JSONL, CSV, directories and standard input.

``read_inputs`` yields, in input order, either a ``SourceDocument`` or a ``Rejection``
(a record that could not be read, with the file, the line and why).  Nothing is
dropped silently, and nothing is loaded whole: JSONL and CSV are read record by
record, a directory file by file.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .model import SourceDocument

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
FORMATS = ("text", "html", "jsonl", "csv")

# Field names accepted for each SourceDocument attribute, first match wins.
FIELD_ALIASES = {
    "doc_id": ("id", "doc_id"),
    "date": ("date", "published", "publication_date"),
    "publisher": ("publisher", "source"),
    "url": ("url",),
    "title": ("title",),
}


@dataclass
class Rejection:
    """An input record that was not coded, and why."""

    origin: str  # "path" or "path:line"
    reason: str

    def message(self) -> str:
        return f"{self.origin}: {self.reason}"


IngestItem = SourceDocument | Rejection


class InputError(ValueError):
    """A whole input that cannot be read at all (missing path, unknown format)."""


_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def normalise_date(value: object) -> str | None:
    """'2013-07-01', '20130701', '2025-03-14 20:30:26Z' -> ISO 'YYYY-MM-DD'; else None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_DATE.match(text)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if re.fullmatch(r"\d{4}-\d{2}", text) or re.fullmatch(r"\d{4}", text):
        return text
    return None


def detect_format(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    return None


def _sniff_format(head: bytes) -> str:
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped[:1] == b"<":
        return "html"
    return "text"


def _decode(data: bytes, origin: str) -> str | Rejection:
    if b"\x00" in data:
        return Rejection(origin, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(
            origin, f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}"
        )


def _record_to_source(record: dict, origin: str) -> SourceDocument | Rejection:
    text = record.get("text")
    if text is None:
        return Rejection(origin, "record has no 'text' field")
    if not isinstance(text, str):
        return Rejection(origin, f"'text' is {type(text).__name__}, not a string")
    if not text.strip():
        return Rejection(origin, "'text' is empty")
    values: dict[str, str | None] = {}
    for attr, names in FIELD_ALIASES.items():
        value = next((record[n] for n in names if record.get(n) not in (None, "")), None)
        values[attr] = None if value is None else str(value)
    values["date"] = normalise_date(values["date"])
    return SourceDocument(text=text, origin=origin, **values)


def _read_text(data: bytes, origin: str) -> Iterator[IngestItem]:
    text = _decode(data, origin)
    if isinstance(text, Rejection):
        yield text
    elif not text.strip():
        yield Rejection(origin, "empty file")
    else:
        yield SourceDocument(text=text, origin=origin)


def _read_html(data: bytes, origin: str) -> Iterator[IngestItem]:
    html = _decode(data, origin)
    if isinstance(html, Rejection):
        yield html
        return
    if not html.strip():
        yield Rejection(origin, "empty file")
        return
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        yield Rejection(origin, "no main text found in the HTML")
        return
    yield SourceDocument(
        text=text,
        origin=origin,
        title=getattr(extracted, "title", None),
        date=normalise_date(getattr(extracted, "date", None)),
        url=getattr(extracted, "url", None),
        publisher=getattr(extracted, "sitename", None),
    )


def _read_jsonl(stream: BinaryIO, name: str) -> Iterator[IngestItem]:
    seen_any = False
    for lineno, raw in enumerate(stream, start=1):
        origin = f"{name}:{lineno}"
        if not raw.strip():
            continue
        seen_any = True
        line = _decode(raw, origin)
        if isinstance(line, Rejection):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(origin, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Rejection(origin, f"a JSON {type(record).__name__}, not an object")
            continue
        yield _record_to_source(record, origin)
    if not seen_any:
        yield Rejection(name, "empty file")


def _decoded_lines(stream: BinaryIO, name: str, errors: list[Rejection]) -> Iterator[str]:
    for lineno, raw in enumerate(stream, start=1):
        if b"\x00" in raw:
            errors.append(Rejection(f"{name}:{lineno}", "binary data (NUL bytes), not text"))
            return
        try:
            yield raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            errors.append(
                Rejection(f"{name}:{lineno}", f"not UTF-8: byte 0x{raw[exc.start]:02x}; rest of file not read")
            )
            return


def _read_csv(stream: BinaryIO, name: str, delimiter: str = ",") -> Iterator[IngestItem]:
    csv.field_size_limit(sys.maxsize)
    errors: list[Rejection] = []
    reader = csv.DictReader(_decoded_lines(stream, name, errors), delimiter=delimiter)
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        yield Rejection(f"{name}:1", f"not CSV ({exc})")
        return
    if errors:
        yield from errors
        return
    if not fields:
        yield Rejection(name, "empty file")
        return
    if "text" not in fields:
        yield Rejection(f"{name}:1", f"no 'text' column (columns: {', '.join(fields)})")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejection(f"{name}:{reader.line_num}", f"bad CSV ({exc})")
            break
        yield _record_to_source(row, f"{name}:{reader.line_num}")
    yield from errors


def read_stream(stream: BinaryIO, name: str, fmt: str) -> Iterator[IngestItem]:
    """Read one open binary stream of a known format."""
    if fmt == "jsonl":
        yield from _read_jsonl(stream, name)
    elif fmt == "csv":
        yield from _read_csv(stream, name, "\t" if name.lower().endswith(".tsv") else ",")
    elif fmt == "html":
        yield from _read_html(stream.read(), name)
    elif fmt == "text":
        yield from _read_text(stream.read(), name)
    else:
        raise InputError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")


def _iter_directory(root: Path) -> Iterator[Path]:
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if not any(part.startswith(".") for part in path.relative_to(root).parts):
            if detect_format(path) is not None:
                yield path


def read_path(path: str, input_format: str | None = None) -> Iterator[IngestItem]:
    """Read one input argument: a file, a directory (recursive, by extension) or '-' (stdin)."""
    if path == "-":
        stdin = sys.stdin.buffer
        if input_format:
            yield from read_stream(stdin, "<stdin>", input_format)
            return
        head = stdin.peek(512)[:512] if hasattr(stdin, "peek") else b""
        yield from read_stream(stdin, "<stdin>", _sniff_format(head))
        return
    p = Path(path)
    if p.is_dir():
        for child in _iter_directory(p):
            yield from read_path(str(child), input_format)
        return
    if not p.exists():
        yield Rejection(path, "no such file or directory")
        return
    fmt = input_format or detect_format(p)
    with p.open("rb") as stream:
        if fmt is None:
            fmt = _sniff_format(stream.peek(512)[:512] if hasattr(stream, "peek") else b"")
        yield from read_stream(stream, path, fmt)


def read_inputs(paths: Iterable[str], input_format: str | None = None) -> Iterator[IngestItem]:
    """Every record of every input, in order: SourceDocuments and Rejections."""
    if input_format is not None and input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    for path in paths:
        yield from read_path(path, input_format)


__all__ = [
    "FORMATS",
    "IngestItem",
    "InputError",
    "Rejection",
    "detect_format",
    "normalise_date",
    "read_inputs",
    "read_path",
    "read_stream",
]
