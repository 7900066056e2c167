import io
import json

import pytest

from newsdyad.ingest import InputError, Rejection, normalise_date, read_inputs, read_stream
from newsdyad.model import SourceDocument


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def docs(items):
    return [i for i in items if isinstance(i, SourceDocument)]


def rejections(items):
    return [i for i in items if isinstance(i, Rejection)]


def test_ingest_plain_text_is_one_document(tmp_path):
    path = write(tmp_path, "a.txt", "Kenya offered talks.\nSudan refused.\n")
    [doc] = list(read_inputs([path]))
    assert doc.text == "Kenya offered talks.\nSudan refused.\n"
    assert doc.origin == path


def test_ingest_html_keeps_main_text_title_and_date(tmp_path):
    html = (
        "<html><head><title>Talks</title><meta name='date' content='2020-05-01'></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Kenya offers talks</h1>"
        "<p>Kenya offered on Tuesday to host talks between the two sides, officials said in Nairobi.</p>"
        "<p>The army said it would consider the offer after consulting its allies in the region.</p>"
        "</article></body></html>"
    )
    [doc] = list(read_inputs([write(tmp_path, "a.html", html)]))
    assert "Kenya offered on Tuesday" in doc.text
    assert "Home | World" not in doc.text
    assert doc.title == "Kenya offers talks"
    assert doc.date == "2020-05-01"


def test_ingest_jsonl_reads_fields_and_aliases(tmp_path):
    lines = [
        {"id": "x1", "text": "One.", "date": "20130701", "publisher": "P", "url": "u", "title": "t"},
        {"text": "Two.", "published": "2025-03-14 20:30:26Z"},
    ]
    path = write(tmp_path, "a.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    first, second = list(read_inputs([path]))
    assert (first.doc_id, first.date, first.publisher, first.url, first.title) == ("x1", "2013-07-01", "P", "u", "t")
    assert second.doc_id is None and second.date == "2025-03-14"
    assert second.resolved_id().startswith("sha1:")


def test_ingest_csv_with_quoted_newlines(tmp_path):
    path = write(tmp_path, "a.csv", 'id,text,date\n1,"First line\nsecond line",2013-07-01\n2,Other,\n')
    a, b = list(read_inputs([path]))
    assert a.text == "First line\nsecond line" and a.date == "2013-07-01"
    assert b.doc_id == "2" and b.date is None


def test_ingest_directory_is_recursive_and_by_extension(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "b.txt", "Bee.")
    write(tmp_path, "sub/a.txt", "Ay.")
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, ".hidden.txt", "Hidden.")
    items = list(read_inputs([str(tmp_path)]))
    assert [d.text for d in docs(items)] == ["Bee.", "Ay."]
    [skipped] = rejections(items)  # named, never skipped without a word
    assert skipped.origin.endswith("notes.pdf") and "unknown file type '.pdf'" in skipped.reason


@pytest.mark.parametrize(
    "name, data, origin_suffix, reason",
    [
        ("empty.txt", b"", "empty.txt", "empty file"),
        ("blank.txt", b"  \n\n", "blank.txt", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary.txt", "binary"),
        ("latin1.txt", "Caf\u00e9 talks".encode("latin-1"), "latin1.txt", "not UTF-8"),
        ("bad.jsonl", b'{"text": "ok"}\n{not json\n', "bad.jsonl:2", "not JSON"),
        ("notext.jsonl", b'{"text": "ok"}\n{"title": "no text here"}\n', "notext.jsonl:2", "no 'text'"),
        ("array.jsonl", b'"a string"\n', "array.jsonl:1", "not an object"),
        ("emptytext.jsonl", b'{"text": "   "}\n', "emptytext.jsonl:1", "empty"),
        ("latin1.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n', "latin1.jsonl:2", "not UTF-8"),
        ("nocol.csv", b"id,body\n1,hello\n", "nocol.csv:1", "no 'text' column"),
        ("missing.txt", None, "missing.txt", "no such file"),
    ],
)
def test_ingest_bad_input_is_rejected_with_file_and_line(tmp_path, name, data, origin_suffix, reason):
    path = str(tmp_path / name) if data is None else write(tmp_path, name, data)
    items = list(read_inputs([path]))
    [rejection] = rejections(items)
    assert rejection.origin.endswith(origin_suffix)
    assert reason in rejection.reason
    assert rejection.message().startswith(str(tmp_path))


def test_ingest_good_records_survive_beside_bad_ones(tmp_path):
    path = write(tmp_path, "mix.jsonl", b'{"text": "one"}\nnot json\n{"text": "three"}\n')
    items = list(read_inputs([path]))
    assert [type(i).__name__ for i in items] == ["SourceDocument", "Rejection", "SourceDocument"]


def test_ingest_unknown_input_format_is_an_error():
    with pytest.raises(InputError):
        list(read_inputs(["x"], input_format="pdf"))


class CountingStream(io.BytesIO):
    """A stream that records how far it has been read."""

    high_water = 0

    def readline(self, *args):
        line = super().readline(*args)
        self.high_water = max(self.high_water, self.tell())
        return line

    def __next__(self):
        line = super().__next__()
        self.high_water = max(self.high_water, self.tell())
        return line


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_ingest_streams_record_by_record(fmt):
    if fmt == "jsonl":
        body = "".join(json.dumps({"id": str(i), "text": "x" * 100}) + "\n" for i in range(2000))
    else:
        body = "id,text\n" + "".join(f"{i},{'x' * 100}\n" for i in range(2000))
    stream = CountingStream(body.encode())
    items = read_stream(stream, "big." + fmt, fmt)
    first = next(items)
    assert first.doc_id == "0"
    assert stream.high_water < len(body) / 10  # only the start was read


@pytest.mark.parametrize(
    "value, expected",
    [("2013-07-01", "2013-07-01"), ("20130701", "2013-07-01"), ("2025-03-14 20:30:26Z", "2025-03-14"),
     ("2013-07", "2013-07"), ("yesterday", None), ("", None), (None, None)],
)
def test_ingest_normalise_date(value, expected):
    assert normalise_date(value) == expected
