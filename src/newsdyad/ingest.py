"""Reading input: text, HTML, JSONL, CSV, directories and standard input.

``read_inputs`` yields, in input order, either a ``SourceDocument`` or a ``Rejection``
(a record that could not be read, with the file, the line and why).  Nothing is
dropped silently, and nothing is loaded whole: JSONL and CSV are read record by
record, a directory file by file.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator
from urllib.parse import urlsplit

from .dates import DateError, parse_date
from .model import SourceDocument

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
# Read as plain text in a directory too: notes, READMEs (also files with no suffix).
PLAIN_SUFFIXES = {".md", ".markdown", ".rst", ".org", ".asc", ""}
MARKUP_SUFFIXES = {".xml"}  # read like HTML: the main text is extracted
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


@dataclass(frozen=True)
class ReadOptions:
    """How to read input bytes: the text encoding (None: UTF-8) and day/month order of dates."""

    encoding: str | None = None
    dayfirst: bool = False

    def __post_init__(self):
        if self.encoding is not None:
            try:
                codecs.lookup(self.encoding)
            except LookupError:
                raise InputError(f"unknown encoding {self.encoding!r} (e.g. utf-8, latin-1, cp1252)") from None


_DEFAULT = ReadOptions()


def normalise_date(value: object, dayfirst: bool = False) -> str | None:
    """'2013-07-01', '20130701', 'July 1, 2013', epoch seconds -> ISO 'YYYY-MM-DD'; None if
    empty or not a date (see newsdyad.dates.parse_date, which raises instead)."""
    try:
        return parse_date(value, dayfirst=dayfirst)
    except DateError:
        return None


def publisher_from_url(url: str | None) -> str | None:
    """'https://www.example.com/a/b' -> 'example.com'."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host[4:] if host.startswith("www.") else host


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


def _decode(data: bytes, origin: str, opts: ReadOptions = _DEFAULT) -> str | Rejection:
    if b"\x00" in data and not (opts.encoding or "").lower().startswith("utf-16"):
        return Rejection(origin, "binary file (NUL bytes), not text")
    try:
        return data.decode(opts.encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        if opts.encoding:
            return Rejection(origin, f"not {opts.encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}")
        return Rejection(origin, f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
                                 "(give the file's encoding with --encoding, e.g. --encoding latin-1)")


def _json_error(exc: json.JSONDecodeError) -> str:
    msg = exc.msg.rstrip()
    if msg.endswith(" at"):  # "Invalid control character at": the position follows
        msg = msg[:-3]
    return f"not JSON ({msg} at column {exc.colno})"


def _record_to_source(record: dict, origin: str, opts: ReadOptions = _DEFAULT) -> SourceDocument | Rejection:
    text = record.get("text")
    if text is None:
        return Rejection(origin, "record has no 'text' field")
    if not isinstance(text, str):
        return Rejection(origin, f"'text' is {type(text).__name__}, not a string")
    if not text.strip():
        return Rejection(origin, "'text' is empty")
    values: dict[str, str | None] = {}
    for attr, names in FIELD_ALIASES.items():
        name = next((n for n in names if record.get(n) not in (None, "")), None)
        value = None if name is None else record[name]
        if attr == "date" and value is not None:
            try:
                values[attr] = parse_date(value, dayfirst=opts.dayfirst)
            except DateError as exc:
                return Rejection(origin, f"'{name}' {value!r} is not a date: {exc}")
            continue
        if isinstance(value, (dict, list)):
            return Rejection(origin, f"'{name}' is a JSON {type(value).__name__}, not a string")
        values[attr] = None if value is None else str(value)
    if values["publisher"] is None:
        values["publisher"] = publisher_from_url(values["url"])
    return SourceDocument(text=text, origin=origin, **values)


def _read_text(data: bytes, origin: str, opts: ReadOptions = _DEFAULT) -> Iterator[IngestItem]:
    text = _decode(data, origin, opts)
    if isinstance(text, Rejection):
        yield text
    elif not text.strip():
        yield Rejection(origin, "empty file")
    else:
        yield SourceDocument(text=text, origin=origin)


_SENTENCE = re.compile(r"\w+\W+\w+\W+\w+[^\n]*[.!?][\"'”’)]*\s*$", re.MULTILINE)


def _has_main_text(text: str) -> bool:
    """A page's extracted text is an article when it has one sentence (three words ending in
    a stop) or eight words; menus ("Home", "Home About") are not."""
    return len(text.split()) >= 8 or _SENTENCE.search(text) is not None


def _read_html(data: bytes, origin: str, opts: ReadOptions = _DEFAULT) -> Iterator[IngestItem]:
    html = _decode(data, origin, opts)
    if isinstance(html, Rejection):
        yield html
        return
    if not html.strip():
        yield Rejection(origin, "empty file")
        return
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip() or not _has_main_text(text):
        found = " ".join((text or "").split())[:40]
        yield Rejection(origin, "no main text found in the HTML" + (f" (only {found!r})" if found else ""))
        return
    url = getattr(extracted, "url", None)
    yield SourceDocument(
        text=text,
        origin=origin,
        title=getattr(extracted, "title", None),
        date=normalise_date(getattr(extracted, "date", None), opts.dayfirst),
        url=url,
        publisher=getattr(extracted, "sitename", None) or publisher_from_url(url),
    )


def _json_record(record, origin: str, opts: ReadOptions) -> IngestItem:
    if not isinstance(record, dict):
        return Rejection(origin, f"a JSON {type(record).__name__}, not an object")
    return _record_to_source(record, origin, opts)


def _complete_json(raw: bytes) -> bool:
    try:
        json.loads(raw)
        return True
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


def _read_jsonl(stream: BinaryIO, name: str, opts: ReadOptions = _DEFAULT) -> Iterator[IngestItem]:
    """JSON lines, record by record; or one JSON document (an array of records, or objects
    spread over several lines such as newsdyad's own ``-f json`` output), read whole."""
    lines = iter(stream)
    head: list[bytes] = []
    for raw in lines:
        head.append(raw)
        if raw.strip():
            break
    else:
        yield Rejection(name, "empty file")
        return
    first = head[-1].lstrip()
    if first.startswith(b"[") or (first.startswith(b"{") and not _complete_json(head[-1])):
        yield from _read_json_document(b"".join(head) + b"".join(lines), name, opts)
        return
    yield from _read_json_lines(itertools.chain(head, lines), name, opts)


def _read_json_lines(lines: Iterable[bytes], name: str, opts: ReadOptions) -> Iterator[IngestItem]:
    for lineno, raw in enumerate(lines, start=1):
        origin = f"{name}:{lineno}"
        if not raw.strip():
            continue
        line = _decode(raw, origin, opts)
        if isinstance(line, Rejection):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(origin, _json_error(exc))
            continue
        yield _json_record(record, origin, opts)


def _json_values(text: str) -> Iterator[tuple[int, object]]:
    """(offset, value) of each record in a JSON text: the items of top-level arrays, and
    top-level objects one after another.  Raises JSONDecodeError where it stops making sense."""
    decoder = json.JSONDecoder()
    space = re.compile(r"\s*")
    i = space.match(text).end()
    while i < len(text):
        if text[i] == "[":
            i = space.match(text, i + 1).end()
            if text.startswith("]", i):
                i = space.match(text, i + 1).end()
                continue
            while True:
                value, j = decoder.raw_decode(text, i)
                yield i, value
                i = space.match(text, j).end()
                if text.startswith(",", i):
                    i = space.match(text, i + 1).end()
                elif text.startswith("]", i):
                    i = space.match(text, i + 1).end()
                    break
                else:
                    raise json.JSONDecodeError("Expecting ',' or ']'", text, i)
        else:
            value, j = decoder.raw_decode(text, i)
            yield i, value
            i = space.match(text, j).end()


def _read_json_document(data: bytes, name: str, opts: ReadOptions) -> Iterator[IngestItem]:
    text = _decode(data, name, opts)
    if isinstance(text, Rejection):
        if not data.lstrip().startswith(b"["):  # JSON lines whose first line is broken: line by line
            yield from _read_json_lines(data.splitlines(keepends=True), name, opts)
        else:
            yield text
        return
    n = 0
    try:
        for offset, value in _json_values(text):
            n += 1
            yield _json_record(value, f"{name}:{text.count(chr(10), 0, offset) + 1}", opts)
    except json.JSONDecodeError as exc:
        if n == 0 and not text.lstrip().startswith("["):  # a broken first line of JSON lines
            yield from _read_json_lines(data.splitlines(keepends=True), name, opts)
            return
        yield Rejection(f"{name}:{exc.lineno}", _json_error(exc) + "; rest of file not read")


def _decoded_lines(stream: BinaryIO, name: str, errors: list[Rejection],
                   opts: ReadOptions = _DEFAULT) -> Iterator[str]:
    for lineno, raw in enumerate(stream, start=1):
        if b"\x00" in raw:
            errors.append(Rejection(f"{name}:{lineno}", "binary data (NUL bytes), not text"))
            return
        try:
            yield raw.decode(opts.encoding or ("utf-8-sig" if lineno == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            what = opts.encoding or "UTF-8"
            hint = "" if opts.encoding else " (give the file's encoding with --encoding, e.g. --encoding latin-1)"
            errors.append(
                Rejection(f"{name}:{lineno}", f"not {what}: byte 0x{raw[exc.start]:02x}; rest of file not read{hint}")
            )
            return


def _read_csv(stream: BinaryIO, name: str, delimiter: str | None = None,
              opts: ReadOptions = _DEFAULT) -> Iterator[IngestItem]:
    csv.field_size_limit(sys.maxsize)
    errors: list[Rejection] = []
    lines = _decoded_lines(stream, name, errors, opts)
    if delimiter is None:  # a tab-separated header has more tabs than commas
        first = next(lines, "")
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
        lines = itertools.chain([first] if first else [], lines)
    reader = csv.DictReader(lines, delimiter=delimiter)
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
        yield _record_to_source(row, f"{name}:{reader.line_num}", opts)
    yield from errors


def read_stream(stream: BinaryIO, name: str, fmt: str, opts: ReadOptions = _DEFAULT) -> Iterator[IngestItem]:
    """Read one open binary stream of a known format."""
    if fmt == "jsonl":
        yield from _read_jsonl(stream, name, opts)
    elif fmt == "csv":
        yield from _read_csv(stream, name, "\t" if name.lower().endswith(".tsv") else None, opts)
    elif fmt == "html":
        yield from _read_html(stream.read(), name, opts)
    elif fmt == "text":
        yield from _read_text(stream.read(), name, opts)
    else:
        raise InputError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")


def _sniff_format(head: bytes) -> str:
    """jsonl for JSON, html for markup, csv for a header line with a 'text' column, else text."""
    stripped = head.lstrip()
    if stripped[:1] in (b"{", b"["):
        return "jsonl"
    if stripped[:1] == b"<":
        return "html"
    first = stripped.split(b"\n", 1)[0].decode("utf-8", "replace").strip().lower()
    for delimiter in (",", "\t"):
        columns = [c.strip().strip('"') for c in first.split(delimiter)]
        if len(columns) > 1 and "text" in columns:
            return "csv"
    return "text"


def _directory_format(path: Path) -> str | None:
    """The format of a file met in a directory; None for a file type newsdyad does not read."""
    fmt = detect_format(path)
    if fmt is not None:
        return fmt
    suffix = path.suffix.lower()
    if suffix in PLAIN_SUFFIXES:  # README, notes.md
        return "text"
    if suffix in MARKUP_SUFFIXES:
        return "html"
    return None


def _iter_directory(root: Path) -> Iterator[Path]:
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if not any(part.startswith(".") for part in path.relative_to(root).parts):
            yield path


def read_path(path: str, input_format: str | None = None, opts: ReadOptions = _DEFAULT) -> Iterator[IngestItem]:
    """Read one input argument: a file, a directory (recursive) or '-' (stdin).

    In a directory every file (but hidden ones) is read, or rejected with the reason: a file
    type newsdyad does not read is named, never skipped without a word."""
    if path == "-":
        stdin = sys.stdin.buffer
        if input_format:
            yield from read_stream(stdin, "<stdin>", input_format, opts)
            return
        if not hasattr(stdin, "peek"):
            import io

            stdin = io.BufferedReader(stdin)  # type: ignore[arg-type]
        head = stdin.peek(4096)[:4096]
        yield from read_stream(stdin, "<stdin>", _sniff_format(head), opts)
        return
    p = Path(path)
    if p.is_dir():
        for child in _iter_directory(p):
            if input_format is None and _directory_format(child) is None:
                yield Rejection(str(child), f"not read: unknown file type {child.suffix or '(none)'!r} "
                                            "(give --input-format to read it as text, html, jsonl or csv)")
                continue
            yield from read_path(str(child), input_format or _directory_format(child), opts)
        return
    if not p.exists():
        yield Rejection(path, "no such file or directory")
        return
    fmt = input_format or detect_format(p)
    try:
        with p.open("rb") as stream:
            if fmt is None:
                fmt = _sniff_format(stream.peek(4096)[:4096] if hasattr(stream, "peek") else b"")
            yield from read_stream(stream, path, fmt, opts)
    except OSError as exc:
        yield Rejection(path, f"cannot read: {exc.strerror or exc}")


def read_inputs(paths: Iterable[str], input_format: str | None = None, *, encoding: str | None = None,
                dayfirst: bool = False) -> Iterator[IngestItem]:
    """Every record of every input, in order: SourceDocuments and Rejections."""
    if input_format is not None and input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    opts = ReadOptions(encoding, dayfirst)
    for path in paths:
        yield from read_path(path, input_format, opts)


def with_defaults(items: Iterable[IngestItem], date: str | None = None,
                  publisher: str | None = None) -> Iterator[IngestItem]:
    """Fill in the date and publisher of records that carry none."""
    for item in items:
        if isinstance(item, SourceDocument):
            if date and item.date is None:
                item.date = date
            if publisher and item.publisher is None:
                item.publisher = publisher
        yield item


def skip_non_english(items: Iterable[IngestItem]) -> Iterator[IngestItem]:
    """Records whose text is confidently not English become rejections (see newsdyad.language)."""
    from .language import language_name, non_english

    for item in items:
        if isinstance(item, SourceDocument):
            lang = non_english(item.text)
            if lang is not None:
                item = Rejection(item.origin or item.resolved_id(),
                                 f"skipped: the text is in {language_name(lang)}, not English "
                                 "(--any-language codes it anyway)")
        yield item


def read_sources(paths: Iterable[str], input_format: str | None = None, *, encoding: str | None = None,
                 dayfirst: bool = False, date: str | None = None, publisher: str | None = None,
                 any_language: bool = False) -> Iterator[IngestItem]:
    """read_inputs, then the default date and publisher, then the language check: what the
    `code` and `ingest` commands code."""
    items = with_defaults(read_inputs(paths, input_format, encoding=encoding, dayfirst=dayfirst),
                          date, publisher)
    return items if any_language else skip_non_english(items)


__all__ = [
    "FORMATS",
    "IngestItem",
    "InputError",
    "Rejection",
    "detect_format",
    "normalise_date",
    "publisher_from_url",
    "read_inputs",
    "read_sources",
    "skip_non_english",
    "with_defaults",
    "read_path",
    "read_stream",
]
