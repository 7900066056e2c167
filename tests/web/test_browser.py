"""The pages in a real browser: Playwright driving Debian's chromium package.

Serves the app on a free loopback port (uvicorn in a thread) with a small database made by
ingesting the seed article, opens every page and saves a screenshot of each into
$NEWSDYAD_ARTIFACTS (default tests/artifacts/, ignored by git).  Fails, never skips, when
chromium is missing on CI (CI=true); .ci/run installs it with apt.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from newsdyad import runner
from newsdyad.model import SourceDocument

from .conftest import HOSTILE_TEXT, HOSTILE_TITLE

CHROMIUM = os.environ.get("NEWSDYAD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parents[2]


def artifacts() -> Path:
    path = Path(os.environ.get("NEWSDYAD_ARTIFACTS", REPO / "tests" / "artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _chromium() -> str:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    # Never a skip, on CI (CI=true) or anywhere: a missing browser is a broken setup.
    pytest.fail(f"chromium is missing at {CHROMIUM}: install Debian's package "
                "(apt-get install chromium; `make chromium` and .ci/run do this)")


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory, seed_article, nlp):
    import uvicorn

    from newsdyad.api import create_app

    db = tmp_path_factory.mktemp("browser") / "seed.duckdb"
    sources = [SourceDocument(text=seed_article, doc_id="seed", date="2013-07-01",
                              title="The seed article"),
               SourceDocument(text=HOSTILE_TEXT, doc_id="hostile", date="2013-07-02",
                              title=HOSTILE_TITLE),
               # our own example story: the README's screenshot shows it, never the seed's text
               SourceDocument(text=(REPO / "examples" / "sample-article.txt").read_text(encoding="utf-8"),
                              doc_id="sample", date="2024-05-14", title="newsdyad example story")]
    runner.ingest(sources, db, jobs=1)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    exe = _chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


def expected_chains(gold_path: Path) -> list[list[str]]:
    """The seed's chains of two sources: required attributions reported via another source."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in gold["attributions"]}
    chains = []
    for a in gold["attributions"]:
        if not a.get("required"):
            continue
        if a.get("via"):
            chains.append([a["source"], a["via"][0]["source"]])
        elif a.get("nested_in"):
            chains.append([a["source"], by_id[a["nested_in"]]["source"]])
    return chains


def test_browser_article_shows_the_seed_chains(browser, seed_server, seed_gold_path):
    chains = expected_chains(seed_gold_path)
    assert len(chains) == 3
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(seed_server + "/articles/seed")
    shown = page.eval_on_selector_all(
        "li.attribution", "els => els.map(e => [JSON.parse(e.dataset.chainTexts), e.dataset.attribution,"
        " e.querySelector('.chain').innerText])")
    for chain in chains:
        found = [(ids, label) for texts, ids, label in shown
                 if [t.casefold() for t in texts[:2]] == [c.casefold() for c in chain]]
        assert found, f"chain {chain} not shown; shown: {[s[0] for s in shown]}"
        att, label = found[0]
        assert chain[0] in label and chain[1] in label and "←" in label  # visible text
        # hovering its source in the text shows the chain
        source = page.locator(f'#article-text mark[data-role="source"][data-attribution="{att}"]').first
        source.hover()
        tip = page.locator("#chain-tip")
        assert tip.is_visible() and chain[1] in tip.inner_text()
    # keyboard: focusing a source shows its chain too
    page.locator('#article-text mark[data-role="source"]').first.focus()
    assert page.locator("#chain-tip").inner_text()
    # an event button highlights its trigger
    page.locator("button.event").first.click()
    assert page.locator("#article-text .trigger.active-event").count() >= 1
    assert page.locator("#article-text .mention.active-event").count() >= 1
    # the screenshot for the README: the first chain shown on hover
    first = [att for texts, att, _ in shown
             if [t.casefold() for t in texts[:2]] == [c.casefold() for c in chains[0]]][0]
    page.locator(f'#article-text mark[data-role="source"][data-attribution="{first}"]').first.hover()
    page.screenshot(path=str(artifacts() / "article.png"), full_page=False)
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    page.screenshot(path=str(artifacts() / "article-390.png"))
    assert not errors, errors
    page.close()


def test_browser_script_in_a_story_is_text(browser, seed_server):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(seed_server + "/articles/hostile")
    body = page.locator("#article-text").inner_text()
    assert '<script>alert("x")</script>' in body and "<img src=x onerror=alert(1)>" in body
    assert page.locator("#article-text script, #article-text img, #article-text a").count() == 0
    assert HOSTILE_TITLE in page.locator("h1").inner_text()
    page.goto(seed_server + "/")
    page.wait_for_timeout(200)
    assert dialogs == []
    page.screenshot(path=str(artifacts() / "hostile.png"))
    page.close()


@pytest.mark.parametrize("name, path", [
    ("corpus", "/"), ("paste", "/paste"), ("dyad", "/dyads/AFG/USA"), ("network", "/network"),
    ("claims", "/claims?about=Karzai"), ("actor", "/actors/AFGGOV?name=Hamid%20Karzai"),
    ("docs", "/docs"),
])
def test_browser_pages_render(browser, seed_server, name, path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(seed_server + path)
    if name in ("dyad", "network"):
        page.wait_for_selector("#chart[data-ready]", timeout=15000)
        assert page.get_attribute("#chart", "data-ready") == "1"
        assert page.locator("#chart svg").count() >= 1
    if name == "docs":
        page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    page.screenshot(path=str(artifacts() / f"{name}.png"))
    if name != "docs":  # readable on a phone: nothing wider than the screen
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(300)  # charts redraw on resize
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
        page.screenshot(path=str(artifacts() / f"{name}-390.png"))
    assert not errors, errors
    page.close()


def test_browser_paste_codes_an_article(browser, seed_server):
    page = browser.new_page()
    page.goto(seed_server + "/paste")
    page.fill("#text", "The foreign minister of Kenya said on Tuesday that Ethiopia must reopen the border.")
    page.click("button[type=submit]")
    page.wait_for_selector("#article-text")
    assert page.locator('#article-text mark[data-role="source"]').count() >= 1
    page.screenshot(path=str(artifacts() / "paste-result.png"))
    page.close()


def test_browser_keyboard_reaches_every_nav_link(browser, seed_server):
    page = browser.new_page()
    page.goto(seed_server + "/")
    seen = []
    for _ in range(10):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.getAttribute('href')"))
    assert {"/", "/paste", "/dyads", "/network", "/claims"} <= set(seen)
    page.close()


def test_browser_screenshot_for_docs(browser, seed_server):
    """docs/img/article.png is this test's screenshot of our own example story (see README): a
    chain shown on hover, events beside the text.  NEWSDYAD_UPDATE_DOCS_IMG=1 copies it to docs/."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(seed_server + "/articles/sample")
    sources = page.locator('#article-text mark[data-role="source"]')
    assert sources.count() >= 1
    sources.first.hover()
    assert page.locator("#chain-tip").is_visible()
    assert page.locator("button.event").count() >= 1
    shot = artifacts() / "docs-article.png"
    page.screenshot(path=str(shot), full_page=False)
    page.close()
    assert shot.exists() and shot.stat().st_size > 10_000
    if os.environ.get("NEWSDYAD_UPDATE_DOCS_IMG"):
        shutil.copy(shot, REPO / "docs" / "img" / "article.png")
