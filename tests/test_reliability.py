"""Issue 15: bad input gets a clear error, nothing is lost, nothing crashes.

Each test reproduces one input that used to crash, lose records or be accepted silently.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsdyad.cli import app
from newsdyad.model import SourceDocument

runner = CliRunner()

PARAGRAPH = "Kenya offered to host talks with Sudan on Tuesday. The army accused the rebels of shelling the city."


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def jsonl(tmp_path, name, records):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- 1. long documents


@pytest.fixture
def small_parser_limit(monkeypatch):
    """spaCy's E088 limit, shrunk so that a short test text is 'overlong'."""
    from newsdyad.pipeline import Options, load_pipeline

    nlp = load_pipeline(Options()).nlp
    monkeypatch.setattr(nlp, "max_length", 2_000)
    return nlp


def test_reliability_overlong_document_is_coded_in_parts(small_parser_limit):
    from newsdyad.pipeline import Options, load_pipeline

    one = load_pipeline(Options()).code_one(SourceDocument(text=PARAGRAPH, doc_id="one"))
    text = "\n\n".join([PARAGRAPH] * 60)  # 6,000 characters: three times the limit
    doc = load_pipeline(Options()).code_one(SourceDocument(text=text, doc_id="long"))
    assert doc.text == text and doc.doc_id == "long"
    assert len(doc.events) == 60 * len(one.events) > 0
    assert len({e.id for e in doc.events}) == len(doc.events)
    for ev in doc.events:
        assert doc.span_text(ev.trigger) in PARAGRAPH
        assert ev.sentence[0] <= ev.trigger[0] < ev.trigger[1] <= ev.sentence[1] <= len(text)
    kenya = [a for a in doc.actors if a.name == one.actor(one.events[0].source.actor).name]
    assert len(kenya) == 1 and len(kenya[0].mentions) == 60  # one actor across the parts
    assert all(doc.actor(e.source.actor) is not None for e in doc.events if e.source.actor)


def test_reliability_overlong_record_does_not_lose_its_neighbours(small_parser_limit, tmp_path):
    path = jsonl(tmp_path, "mixed.jsonl", [
        {"id": "a", "text": PARAGRAPH},
        {"id": "long", "text": "\n\n".join([PARAGRAPH] * 40)},
        {"id": "c", "text": PARAGRAPH},
    ])
    out = tmp_path / "out.jsonl"
    result = run("code", path, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(x)["doc_id"] for x in out.read_text().splitlines()] == ["a", "long", "c"]
    db = tmp_path / "c.duckdb"
    result = run("ingest", path, "--db", db, "--jobs", "1", "--no-progress")
    assert result.exit_code == 0, result.stderr
    assert "3 read, 3 coded" in result.stderr


# --------------------------------------------------------------------------- 4. silent loss in ingest


def _ingest(tmp_path, records, db_name="c.duckdb"):
    path = jsonl(tmp_path, f"in{len(list(tmp_path.glob('in*.jsonl')))}.jsonl", records)
    db = tmp_path / db_name
    return run("ingest", path, "--db", db, "--jobs", "1", "--no-progress"), db, path


def _rows(db, sql):
    from newsdyad import store

    con = store.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_reliability_same_id_different_text_is_an_error_naming_both(tmp_path):
    result, db, path = _ingest(tmp_path, [{"id": "x", "text": PARAGRAPH},
                                          {"id": "x", "text": "Sudan rejected the offer."}])
    assert result.exit_code == 1
    assert f"{path}:2" in result.stderr and f"{path}:1" in result.stderr
    assert "different text" in result.stderr
    assert "2 read, 1 coded, 0 already present, 1 rejected" in result.stderr
    # and against the database: a later run with the same id and another text
    again, _, path2 = _ingest(tmp_path, [{"id": "x", "text": "Chad closed its border."}])
    assert again.exit_code == 1 and f"{path2}:1" in again.stderr and "different text" in again.stderr
    assert _rows(db, "SELECT text FROM documents") == [(PARAGRAPH,)]


def test_reliability_syndicated_copies_are_kept_with_each_publisher(tmp_path):
    records = [{"text": PARAGRAPH, "publisher": "Wire A", "date": "2020-01-02"},
               {"text": PARAGRAPH, "publisher": "Paper B", "date": "2020-01-03"},
               {"text": PARAGRAPH, "publisher": "Wire A", "date": "2020-01-02"},
               {"text": PARAGRAPH, "url": "https://radio-c.example.org/1"}]
    result, db, _ = _ingest(tmp_path, records)
    assert result.exit_code == 0, result.stderr
    assert "4 read, 1 coded, 1 already present, 2 copies of stored articles, 0 rejected" in result.stderr
    assert _rows(db, "SELECT count(*) FROM documents") == [(1,)]
    publishers = _rows(db, "SELECT publisher FROM documents UNION ALL SELECT publisher FROM copies")
    assert sorted(p for (p,) in publishers) == ["Paper B", "Wire A", "radio-c.example.org"]
    rerun, _, _ = _ingest(tmp_path, records)  # idempotent: nothing new
    assert "4 read, 0 coded, 4 already present, 0 rejected" in rerun.stderr
    assert _rows(db, "SELECT count(*) FROM copies") == [(2,)]


# --------------------------------------------------------------------------- 6. messages, not tracebacks


@pytest.fixture
def one_doc(tmp_path):
    return jsonl(tmp_path, "one.jsonl", [{"id": "k1", "text": PARAGRAPH}])


@pytest.mark.parametrize("command, args, message", [
    ("code", ["--actors", "/nonexistent.txt"], "does not exist"),
    ("code", ["--agents", "/nonexistent.txt"], "does not exist"),
    ("code", ["-o", "/nonexistent/dir/out.json"], "directory /nonexistent/dir does not exist"),
    ("ingest", ["--db", "/nonexistent/dir/x.duckdb"], "directory /nonexistent/dir does not exist"),
    ("ingest", ["--actors", "/nonexistent.txt"], "does not exist"),
])
def test_reliability_bad_paths_are_usage_errors(one_doc, command, args, message):
    result = runner.invoke(app, [command, str(one_doc), *args])
    assert result.exit_code == 2, result.output
    assert message in result.output.replace("\n", " ") or message in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_reliability_export_to_missing_directory_is_an_error(tmp_path, one_doc):
    db = tmp_path / "c.duckdb"
    assert run("ingest", one_doc, "--db", db, "--jobs", "1", "--no-progress").exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "-o", "/nonexistent/dir/x.csv"])
    assert result.exit_code == 2 and "directory /nonexistent/dir does not exist" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_reliability_ray_engine_missing_is_a_usage_error(one_doc, tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "ray" else real(name, *a))
    result = runner.invoke(app, ["ingest", str(one_doc), "--engine", "ray", "--db", str(tmp_path / "pq")])
    assert result.exit_code == 2 and "pip install 'newsdyad[ray]'" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("title", ["Talks [/i] resume", "[red]Alert[/red] in Nairobi", "a [bold] b \\"])
def test_reliability_table_prints_markup_in_titles_as_text(tmp_path, title):
    path = jsonl(tmp_path, "t.jsonl", [{"id": "a", "title": title, "text": PARAGRAPH},
                                       {"id": "b", "title": "Second", "text": PARAGRAPH + " Again."}])
    result = run("code", path, "-f", "table")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert title.replace("\\", "").strip() in flat.replace("\\", "")
    assert "Second" in result.stdout  # the next document was not lost


# --------------------------------------------------------------------------- 7. output safety


def test_reliability_failed_run_leaves_the_output_file_alone(one_doc, tmp_path):
    keep = tmp_path / "keep.json"
    keep.write_text("precious\n")
    result = runner.invoke(app, ["code", str(one_doc), "--model", "nope", "-o", str(keep)])
    assert result.exit_code == 2 and "is not installed" in result.stderr
    assert keep.read_text() == "precious\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep")] == []  # no temp file left
    ok = run("code", one_doc, "-o", keep, "-f", "json")
    assert ok.exit_code == 0 and json.loads(keep.read_text())["doc_id"] == "k1"


# --------------------------------------------------------------------------- 10. interrupts and scripts

_SCRIPT = """
from newsdyad import SourceDocument, code_documents
from newsdyad.pipeline import Options

docs = [SourceDocument(text="Kenya offered to host talks with Sudan.", doc_id=str(i)) for i in range(4)]
out = list(code_documents(docs, options=Options(jobs=2)))
print("coded", [d.doc_id for d in out])
"""


def test_reliability_jobs_in_a_script_without_main_guard_works(tmp_path):
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(_SCRIPT)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "coded ['0', '1', '2', '3']" in proc.stdout
    assert "BrokenProcessPool" not in proc.stderr


def test_reliability_ctrl_c_during_ingest_says_what_was_stored(tmp_path):
    import os
    import re
    import signal
    import subprocess
    import sys
    import threading
    import time

    records = [{"id": str(i), "text": f"{PARAGRAPH} Item {i}."} for i in range(2000)]
    path = jsonl(tmp_path, "many.jsonl", records)
    db = tmp_path / "c.duckdb"
    cmd = [sys.executable, "-c", "from newsdyad.cli import main; main()", "ingest", str(path), "--db", str(db),
           "--jobs", "2", "--progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "COLUMNS": "200"})
    wal = tmp_path / "c.duckdb.wal"
    err_parts: list[str] = []
    reader = threading.Thread(target=lambda: err_parts.extend(iter(lambda: proc.stderr.read(256), "")), daemon=True)
    reader.start()

    def stored_some():
        """Some batches are committed: the progress bar has passed 400 of 2000 documents, or
        the log holds more than the tables (~12 KB; DuckDB 1.x), or the file has outgrown its
        empty tables (~0.3 MB; DuckDB 2.x checkpoints at each commit)."""
        done = [int(n) for n in re.findall(r"(\d+)/2000", "".join(err_parts[-8:]))]
        return ((done and max(done) >= 400) or (wal.exists() and wal.stat().st_size > 14_000)
                or (db.exists() and db.stat().st_size > 1_000_000))

    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None and not stored_some():
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
    proc.wait(timeout=300)
    reader.join(timeout=60)
    err = "".join(err_parts)
    assert proc.returncode == 130, err[-2000:]
    assert "interrupted:" in err and "run the same command again" in err
    assert "Traceback" not in err
    resumed = subprocess.run(cmd[:-1] + ["--no-progress"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert _rows(db, "SELECT count(*) FROM documents") == [(2000,)]
    assert "already present" in resumed.stderr and "2000 read, 2000 coded" not in resumed.stderr


# --------------------------------------------------------------------------- 2. dates


@pytest.mark.parametrize("value, dayfirst, expected", [
    (1372636800, False, "2013-07-01"),  # epoch seconds as a JSON number
    ("1372636800", False, "2013-07-01"),
    ("July 1, 2013", False, "2013-07-01"),
    ("01/07/2013", False, "2013-01-07"),
    ("01/07/2013", True, "2013-07-01"),
    ("Mon, 01 Jul 2013 09:30:00 +0000", False, "2013-07-01"),
    ("2013-07-01T23:10:00Z", False, "2013-07-01"),
    ("July 2013", False, "2013-07"),
])
def test_reliability_dates_common_forms_are_read(tmp_path, value, dayfirst, expected):
    from newsdyad.ingest import read_inputs

    path = jsonl(tmp_path, "d.jsonl", [{"text": PARAGRAPH, "published": value}])
    [doc] = list(read_inputs([str(path)], dayfirst=dayfirst))
    assert isinstance(doc, SourceDocument), doc
    assert doc.date == expected


@pytest.mark.parametrize("value", ["2013-02-30", "2013-13-45", "yesterday", "soon", 12, True])
def test_reliability_dates_impossible_dates_reject_the_record_by_name(tmp_path, value):
    path = jsonl(tmp_path, "d.jsonl", [{"id": "ok", "text": PARAGRAPH, "date": "2013-07-01"},
                                       {"id": "bad", "text": PARAGRAPH, "date": value}])
    result = run("code", path)
    assert result.exit_code == 1
    assert f"{path}:2: 'date' {value!r} is not a date" in result.stderr
    assert [json.loads(x)["doc_id"] for x in result.stdout.splitlines()] == ["ok"]


@pytest.mark.parametrize("value", ["2013-13-45", "2013-02-30", "last tuesday"])
def test_reliability_dates_bad_date_option_is_a_usage_error(tmp_path, value):
    path = jsonl(tmp_path, "d.jsonl", [{"text": PARAGRAPH}])
    for command in (["code"], ["ingest", "--db", str(tmp_path / "x.duckdb")]):
        result = runner.invoke(app, [*command, str(path), "--date", value])
        assert result.exit_code == 2 and "is not a date" in result.stderr


def test_reliability_dates_code_text_normalises_its_date():
    from newsdyad.pipeline import code_text

    assert code_text(PARAGRAPH, date="March 3, 2014").date == "2014-03-03"
    with pytest.raises(ValueError, match="not a date"):
        code_text(PARAGRAPH, date="2014-02-30")


# --------------------------------------------------------------------------- 3. week dates


def test_reliability_week_dates_are_calendar_dates_with_precision(tmp_path):
    from newsdyad import store
    from newsdyad.pipeline import code_text

    doc = code_text("Israel bombed Gaza last week.", date="2013-07-03")
    [ev] = doc.events
    assert (ev.date, ev.date_precision) == ("2013-06-24", "week")
    db = tmp_path / "c.duckdb"
    with store.Writer(db) as w:
        w.add([doc])
    con = store.connect(db)
    assert con.execute("SELECT event_date, event_date_precision, day FROM event_mentions").fetchall() == [
        ("2013-06-24", "week", 20130624)]
    assert store.stats(con)["events_by_month"] == [{"month": "2013-06", "events": 1}]


def test_reliability_deadlines_and_decades_are_not_event_dates():
    from newsdyad.pipeline import code_text

    for text in ("Germany will cut its coal imports from Russia by 2050.",
                 "Britain bombed Germany in the 1940s."):
        for ev in code_text(text, date="2013-07-03").events:
            assert ev.date in ("2013-07-03", None), (text, ev.date)


# --------------------------------------------------------------------------- 5. input formats


def test_reliability_csv_on_stdin_is_read_as_csv():
    result = run("code", "-", input=f'id,text\nc1,"{PARAGRAPH}"\nc2,Sudan refused the offer on Monday.\n')
    assert [json.loads(x)["doc_id"] for x in result.stdout.splitlines()] == ["c1", "c2"]


def test_reliability_json_array_and_own_json_output_are_read(tmp_path):
    array = tmp_path / "a.json"
    array.write_text(json.dumps([{"id": "a1", "text": PARAGRAPH}, {"id": "a2", "text": "Chad closed its border."}],
                                indent=2))
    result = run("code", array, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [d["doc_id"] for d in json.loads(result.stdout)] == ["a1", "a2"]
    again = tmp_path / "again.json"  # newsdyad's own -f json output, fed back in
    again.write_text(result.stdout)
    second = run("code", again, "-f", "jsonl")
    assert second.exit_code == 0 and "2 read, 2 coded, 0 rejected" in second.stderr
    one = tmp_path / "one.json"  # one document: a pretty-printed object over many lines
    one.write_text(run("code", array, "-f", "json", "--date", "2013-07-01").stdout.split("\n  },\n  {")[0])
    pretty = tmp_path / "p.json"
    pretty.write_text(json.dumps({"id": "p1", "text": PARAGRAPH}, indent=2))
    assert "1 read, 1 coded, 0 rejected" in run("code", pretty).stderr


def test_reliability_html_without_main_text_is_rejected(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav><div>Home </div></body></html>")
    result = run("code", page)
    assert result.exit_code == 1 and "no main text found in the HTML" in result.stderr
    assert result.stdout == ""


def test_reliability_directory_reads_or_names_every_file(tmp_path):
    (tmp_path / "README").write_text(PARAGRAPH)
    (tmp_path / "notes.md").write_text(PARAGRAPH + " Notes.")
    (tmp_path / "a.xml").write_text(f"<doc><title>T</title><text><p>{PARAGRAPH} Xml.</p></text></doc>")
    (tmp_path / "a.txt").write_text(PARAGRAPH + " Text.")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("code", tmp_path)
    assert "5 read" in result.stderr
    assert "logo.png: not read: unknown file type '.png'" in result.stderr
    assert len(result.stdout.splitlines()) == 4


def test_reliability_crlf_headline_is_its_own_sentence():
    from newsdyad.pipeline import code_text

    for text in ("Police arrest protesters in Lagos\r\n\r\nPolice in Lagos arrested dozens, witnesses said.",
                 "Police arrest protesters in Lagos\r\rPolice in Lagos arrested dozens, witnesses said."):
        doc = code_text(text)
        starts = [doc.text[s:e].strip()[:16] for s, e in doc.sentences]
        assert starts == ["Police arrest pr", "Police in Lagos "]


def test_reliability_latin1_needs_and_accepts_encoding(tmp_path):
    path = tmp_path / "l.txt"
    path.write_bytes("Le Caf\u00e9 Kenya offered to host talks with Sudan.".encode("latin-1"))
    plain = run("code", path, "--any-language")
    assert plain.exit_code == 1 and "--encoding" in plain.stderr
    decoded = run("code", path, "--encoding", "latin-1", "--any-language")
    assert decoded.exit_code == 0 and "Caf\u00e9" in json.loads(decoded.stdout)["text"]
    bad = runner.invoke(app, ["code", str(path), "--encoding", "klingon"])
    assert bad.exit_code == 2 and "unknown encoding" in bad.stderr


# --------------------------------------------------------------------------- 9. language


FRENCH = "Le président a déclaré mardi que la France ne céderait pas aux pressions de ses voisins."
RUSSIAN = "Президент России заявил во вторник, что переговоры с соседями будут продолжены."


def test_reliability_non_english_is_skipped_and_counted(tmp_path):
    path = jsonl(tmp_path, "l.jsonl", [{"id": "en", "text": PARAGRAPH}, {"id": "fr", "text": FRENCH},
                                       {"id": "ru", "text": RUSSIAN}])
    result = run("code", path)
    assert result.exit_code == 1
    assert [json.loads(x)["doc_id"] for x in result.stdout.splitlines()] == ["en"]
    assert f"{path}:2: skipped: the text is in French (fr), not English" in result.stderr
    assert "Russian (ru)" in result.stderr and "3 read, 1 coded, 2 rejected" in result.stderr
    forced = run("code", path, "--any-language")
    assert forced.exit_code == 0 and len(forced.stdout.splitlines()) == 3
    db = tmp_path / "c.duckdb"
    stored = run("ingest", path, "--db", db, "--jobs", "1", "--no-progress")
    assert "3 read, 1 coded, 0 already present, 2 rejected" in stored.stderr


# --------------------------------------------------------------------------- 8, 11. filters and exports


@pytest.fixture
def corpus(tmp_path):
    from newsdyad import store
    from newsdyad.model import Actor, Document, Event, Participant

    def doc(doc_id, src_name, src_code, modality, date):
        text = f"{src_name} condemned Russia."
        a = Actor(id="A1", name=src_name, code=src_code, mentions=[(0, len(src_name))])
        r = Actor(id="A2", name="Russia", code="RUS", country="RUS", mentions=[(len(src_name) + 11, len(text) - 1)])
        ev = Event(id="E1", sentence=(0, len(text)), trigger=(len(src_name) + 1, len(src_name) + 10),
                   source=Participant("A1", src_code, a.mentions[0]), target=Participant("A2", "RUS", r.mentions[0]),
                   code="111", root_code="11", quad_class=3, goldstein=-2.0, modality=modality, date=date,
                   rule="test")
        return Document(doc_id=doc_id, text=text, date="2013-07-01", actors=[a, r], events=[ev],
                        sentences=[(0, len(text))])

    db = tmp_path / "f.duckdb"
    with store.Writer(db) as w:
        w.add([doc("ice", "ICE", "USAGOV", "asserted", "2013-06"),
               doc("police", "The police", "USACOP", "asserted", "2013-06-15"),
               doc("voa", "Voice of America", "USAMED", "asserted", "2012"),
               doc("china", "China", "CHN", "negated", "2013-07-01")])
    return db


def _events(db, *args):
    result = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl", *args])
    return result, [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]


@pytest.mark.parametrize("args, message", [
    (["--modality", "wished"], "asserted, intended, requested, hypothetical, negated"),
    (["--since", "yesterday"], "YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--until", "2013-02-30"], "YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--code", "abc"], "CAMEO code"),
])
def test_reliability_filters_reject_values_that_cannot_match(corpus, args, message):
    result, _ = _events(corpus, *args)
    assert result.exit_code == 2 and message in result.stderr
    exported = runner.invoke(app, ["export", "--db", str(corpus), "-f", "gdelt", *args])
    assert exported.exit_code == 2 and message in exported.stderr


@pytest.mark.parametrize("args, names", [
    (["--source", "ICE"], ["ICE"]),
    (["--source", "USA"], ["ICE", "The police", "Voice of America"]),  # code prefix
    (["--source", "usagov"], ["ICE"]),
    (["--source", "police"], ["The police"]),
    (["--since", "2013-06-20"], ["ICE", "China"]),  # June 2013 overlaps; 15 June does not
    (["--until", "2012-12"], ["Voice of America"]),
    (["--since", "2012-06", "--until", "2012-06"], ["Voice of America"]),  # the year 2012 overlaps
    (["--modality", "negated"], ["China"]),
    (["--modality", "asserted,negated", "--source", "CHN"], ["China"]),
])
def test_reliability_filters_match_codes_by_prefix_names_by_word_dates_by_date(corpus, args, names):
    result, rows = _events(corpus, *args)
    assert result.exit_code == 0, result.stderr
    assert sorted(r["source_name"] for r in rows) == sorted(names)


def test_reliability_gdelt_export_carries_only_asserted_events_by_default(corpus, tmp_path):
    out = tmp_path / "g.tsv"
    result = runner.invoke(app, ["export", "--db", str(corpus), "-f", "gdelt", "-o", str(out)])
    assert result.exit_code == 0
    rows = out.read_text().splitlines()[1:]
    assert len(rows) == 3 and not any("China" in r for r in rows)
    negated = runner.invoke(app, ["export", "--db", str(corpus), "-f", "gdelt", "--modality", "negated"])
    assert len(negated.stdout.splitlines()) == 2 and "China" in negated.stdout
    some = runner.invoke(app, ["export", "--db", str(corpus), "-f", "csv", "--table", "event_mentions",
                               "--source", "ICE"])
    assert len(some.stdout.splitlines()) == 2
    assert "only asserted events" in runner.invoke(app, ["export", "--help"]).stdout.replace("\n  ", " ").replace("  ", " ") \
        or "asserted for gdelt" in " ".join(runner.invoke(app, ["export", "--help"]).stdout.split())


# --------------------------------------------------------------------------- 12. smaller items


def test_reliability_json_error_says_at_once(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "tab\x01here"}\n{"text": "Kenya offered talks."}\n')
    result = run("code", path)
    assert "at at" not in result.stderr and "Invalid control character at column" in result.stderr


@pytest.mark.parametrize("query", [
    "COPY (SELECT 1) TO '{tmp}/leak.csv'",
    "ATTACH '{tmp}/other.duckdb' AS o",
    "INSTALL httpfs",
    "LOAD httpfs",
    "EXPORT DATABASE '{tmp}/dump'",
    "SELECT * FROM read_csv('{tmp}/secret.csv')",
    "SET enable_external_access = true",
])
def test_reliability_sql_is_truly_read_only(corpus, tmp_path, query):
    (tmp_path / "secret.csv").write_text("a\n1\n")
    result = runner.invoke(app, ["sql", "--db", str(corpus), query.format(tmp=tmp_path)])
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "leak.csv").exists() and not (tmp_path / "dump").exists()
    assert not (tmp_path / "other.duckdb").exists()


def test_reliability_version_and_plain_help():
    from newsdyad import __version__

    assert run("--version").stdout.strip() == f"newsdyad {__version__}"
    help_text = run("ingest", "--help").stdout
    assert "newsdyad[ray]" in " ".join(help_text.split()).replace("' ", "'")
    assert "<bool>" not in help_text and "<bool>" not in run("code", "--help").stdout


def test_reliability_ingest_takes_date_and_publisher_and_reads_publisher_from_url(tmp_path):
    path = jsonl(tmp_path, "p.jsonl", [{"id": "a", "text": PARAGRAPH},
                                       {"id": "b", "text": PARAGRAPH + " B.", "url": "https://www.example.com/x/1"}])
    db = tmp_path / "c.duckdb"
    result = run("ingest", path, "--db", db, "--jobs", "1", "--no-progress", "--date", "July 1, 2013")
    assert result.exit_code == 0, result.stderr
    assert _rows(db, "SELECT doc_id, date, publisher FROM documents ORDER BY doc_id") == [
        ("a", "2013-07-01", None), ("b", "2013-07-01", "example.com")]
    db2 = tmp_path / "d.duckdb"
    run("ingest", path, "--db", db2, "--jobs", "1", "--no-progress", "--publisher", "Wire")
    assert _rows(db2, "SELECT publisher FROM documents ORDER BY doc_id") == [("Wire",), ("example.com",)]


def test_reliability_zero_documents_give_valid_empty_outputs(tmp_path):
    empty = tmp_path / "e.jsonl"
    empty.write_text("\n")
    as_json = run("code", empty, "-f", "json")
    assert json.loads(as_json.stdout) == []
    as_csv = run("code", empty, "-f", "csv")
    assert as_csv.stdout.splitlines()[0].startswith("doc_id,date,publisher")


def test_reliability_a_stage_failing_on_one_text_does_not_stop_the_run(monkeypatch):
    from newsdyad import Options, code_documents, pipeline

    real = pipeline.code_parsed

    def flaky(doc, source, *args, **kwargs):
        if "boom" in source.text:
            raise IndexError("a stage met something odd")
        return real(doc, source, *args, **kwargs)

    monkeypatch.setattr(pipeline, "code_parsed", flaky)
    sources = [SourceDocument(text=PARAGRAPH, doc_id="a"), SourceDocument(text="boom " + PARAGRAPH, doc_id="b"),
               SourceDocument(text=PARAGRAPH + " Again.", doc_id="c")]
    docs = list(code_documents(sources, options=Options()))
    assert [d.doc_id for d in docs] == ["a", "b", "c"]
    assert docs[1].events == [] and "coding failed: IndexError" in docs[1].notes[0]
    assert docs[0].events and docs[2].events


@pytest.mark.parametrize("first_line", [
    b'{"text": "Kenya offered talks."\xff\xfe}\n',  # broken UTF-8
    b'{"text": "Kenya offered talks.", "id": "x"\n',  # cut short
    b'{"text":\x00"Kenya"}\n',  # a NUL byte
])
def test_reliability_broken_first_jsonl_line_loses_only_itself(tmp_path, first_line):
    from newsdyad.ingest import Rejection, read_inputs

    path = tmp_path / "b.jsonl"
    path.write_bytes(first_line + b'{"id": "2", "text": "Sudan refused."}\n{"id": "3", "text": "Chad\x00 agreed."}\n'
                     + b'{"id": "4", "text": "Chad closed its border."}\n')
    items = list(read_inputs([str(path)]))
    assert len(items) == 4
    assert [getattr(i, "doc_id", None) for i in items if not isinstance(i, Rejection)] == ["2", "4"]
    assert [i.origin for i in items if isinstance(i, Rejection)] == [f"{path}:1", f"{path}:3"]
