"""URLs and feeds over HTTP, from a server on 127.0.0.1 run by the test (loopback only)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import read_sources
from sitrep.ingest.fetch import Fetcher
from sitrep.ingest.files import InputProblem
from sitrep.model import Article, Rejected

STORIES = {
    "a": "Ukrainian troops crossed into Russia's Kursk region on Tuesday, the Russian defence ministry said, "
    "and fighting continued near the town of Sudzha.",
    "b": "The Pentagon said the incursion was not escalatory and that Washington had not been told in advance "
    "of the operation.",
    "c": "President Putin called the attack a major provocation and ordered the armed forces to drive the "
    "Ukrainian units out of the region.",
}
FULL_TEXT = {
    key: f"{text}\n\nA second paragraph that only the full page has, with more detail about the events of the day."
    for key, text in STORIES.items()
}


class Site:
    """What the test server answers: path → (status, content type, body); requests are counted."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.hits: dict[str, int] = {}
        self.user_agents: list[str] = []
        self.base = ""

    def put(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200):
        self.pages[path] = (status, content_type, body.encode() if isinstance(body, str) else body)

    def url(self, path: str) -> str:
        return self.base + path

    def feed(self, keys: list[str]) -> str:
        items = "".join(
            f"<item><title>Story {key}</title><link>{self.url('/story/' + key)}</link><guid>guid-{key}</guid>"
            f"<pubDate>{format_datetime(datetime(2024, 8, 6, 12, tzinfo=UTC), usegmt=True)}</pubDate>"
            f"<description>{STORIES[key]}</description></item>"
            for key in keys
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>{items}</channel></rss>'

    def page(self, key: str) -> str:
        paragraphs = "".join(f"<p>{p}</p>" for p in FULL_TEXT[key].split("\n\n"))
        return (
            f'<html><head><meta property="og:site_name" content="Test Wire"><title>Story {key}</title></head>'
            f"<body><article><h1>Story {key}</h1>{paragraphs}</article></body></html>"
        )


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            state.user_agents.append(self.headers.get("User-Agent", ""))
            status, content_type, body = state.pages.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def read(*sources: str, **options: object) -> list[Article | Rejected]:
    return list(read_sources(list(sources), **options))  # type: ignore[arg-type]


def test_feed_url_entries_and_user_agent(site: Site) -> None:
    site.put("/feed", site.feed(["a", "b"]), "application/rss+xml")
    items = read(site.url("/feed"))
    assert all(isinstance(item, Article) for item in items)
    assert [item.text for item in items] == [STORIES["a"], STORIES["b"]]
    first = items[0]
    assert isinstance(first, Article)
    assert first.url == site.url("/story/a") and first.external_id == "guid-a"
    assert first.source_ref == site.url("/feed")
    assert first.published == datetime(2024, 8, 6, 12, tzinfo=UTC)
    assert site.user_agents == ["sitrep/0.1"]
    assert "/story/a" not in site.hits  # without --follow, pages are not fetched


def test_feed_served_as_text_xml_is_sniffed(site: Site) -> None:
    site.put("/rss", site.feed(["c"]), "text/xml")
    (item,) = read(site.url("/rss"))
    assert isinstance(item, Article) and item.text == STORIES["c"]


def test_follow_fetches_each_entry_page(site: Site) -> None:
    site.put("/feed", site.feed(["a", "b"]), "application/rss+xml")
    site.put("/story/a", site.page("a"))  # /story/b is missing: a 404 for that entry only
    article, missing = read(site.url("/feed"), follow=True)
    assert isinstance(article, Article) and isinstance(missing, Rejected)
    assert article.text == FULL_TEXT["a"]
    assert article.title == "Story a" and article.outlet == "Test Wire"
    assert article.published == datetime(2024, 8, 6, 12, tzinfo=UTC)  # the feed's date is kept
    assert missing.source_ref == site.url("/story/b") and missing.reason == "HTTP 404"


def test_html_url(site: Site) -> None:
    site.put("/story/c", site.page("c"))
    (article,) = read(site.url("/story/c"))
    assert isinstance(article, Article)
    assert article.text == FULL_TEXT["c"] and article.url == site.url("/story/c")


def test_http_errors_are_rejections(site: Site) -> None:
    site.put("/gone", "gone", status=410)
    with Fetcher(max_bytes=100) as fetcher:
        site.put("/big", "x" * 500)
        with pytest.raises(InputProblem, match="too large"):
            fetcher.get(site.url("/big"))
    missing, gone = read(site.url("/feed-404"), site.url("/gone"))
    assert isinstance(missing, Rejected) and (missing.source_ref, missing.reason) == (site.url("/feed-404"), "HTTP 404")
    assert isinstance(gone, Rejected) and gone.reason == "HTTP 410"


def test_connection_refused_is_a_rejection() -> None:
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (item,) = read(f"http://127.0.0.1:{port}/feed")
    assert isinstance(item, Rejected) and item.reason == "connection failed"


def test_timeout_is_a_rejection() -> None:
    import socket

    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        with Fetcher(max_bytes=1000, timeout_s=0.3) as fetcher, pytest.raises(InputProblem) as problem:
            fetcher.get(f"http://127.0.0.1:{silent.getsockname()[1]}/slow")
    assert problem.value.reason == "timeout"


# --- sitrep watch -------------------------------------------------------------------------------


def test_watch_once_then_a_second_poll_adds_only_the_new_entry(site: Site, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "watch.duckdb")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{site.url('/feed')}\n\n{site.url('/down')}  # a feed that is down\n")
    site.put("/feed", site.feed(["a", "b"]), "application/rss+xml")
    site.put("/story/a", site.page("a"))
    site.put("/story/b", site.page("b"))

    first = runner.invoke(app, ["watch", str(feeds), "--once", "--follow", "--db", db])
    assert first.exit_code == 0, first.output
    assert "2 new" in first.output and "HTTP 404" in first.output

    site.put("/feed", site.feed(["a", "b", "c"]), "application/rss+xml")
    site.put("/story/c", site.page("c"))
    second = runner.invoke(app, ["watch", str(feeds), "--once", "--follow", "--db", db])
    assert second.exit_code == 0, second.output
    assert "read 1 article(s): 1 new" in second.output
    # Entries stored by the first poll were not fetched again, even by a new process.
    assert site.hits["/story/a"] == 1 and site.hits["/story/b"] == 1 and site.hits["/story/c"] == 1

    from sitrep.store import Store

    with Store.open(db) as store:
        count = store.connection.execute("SELECT count(*) FROM articles").fetchone()
    assert count == (3,)


def test_watch_max_polls_sleeps_between_polls(site: Site, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(site.url("/feed") + "\n")
    site.put("/feed", site.feed(["a"]), "application/rss+xml")
    result = CliRunner().invoke(
        app, ["watch", str(feeds), "--every", "0.1s", "--max-polls", "2", "--db", str(tmp_path / "w.duckdb")]
    )
    assert result.exit_code == 0, result.output
    assert "poll 1" in result.output and "poll 2" in result.output
    assert site.hits["/feed"] == 2
    assert "read 0 article(s)" in result.output.split("poll 2")[1]  # the second poll skipped the seen entry


def test_watch_rejects_a_bad_interval(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("x\n")
    result = CliRunner().invoke(app, ["watch", str(feeds), "--every", "soon"])
    assert result.exit_code == 2 and "--every" in result.output and "soon" in result.output
