"""Checks on the corpora the project ships: the sample corpus and the two evaluation sets.

They guard the shape other code relies on (fields, formats, sizes, date ranges), so that an edit
to a corpus cannot silently break the demo, the ingest tests or an evaluation.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
EVALSETS = REPO / "sitrep" / "data" / "evalsets"
FIRST_DAY, LAST_DAY = date(2021, 1, 1), date(2025, 12, 31)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def in_range(day: date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def word_count(text: str) -> int:
    return len(text.split())


class _HtmlFacts(HTMLParser):
    """Collects the few things a sample page must have: meta tags, headline and article paragraphs."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.h1 = ""
        self.article_text: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta":
            key = found.get("property") or found.get("name")
            if key and found.get("content"):
                self.meta[key] = found["content"] or ""
        else:
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._stack:
            del self._stack[len(self._stack) - 1 - self._stack[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if "h1" in self._stack:
            self.h1 += data
        elif "article" in self._stack and self._stack[-1] == "p":
            self.article_text.append(data)


# --- samples/ ---------------------------------------------------------------------------------


def _sample_txt() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def _sample_html() -> list[Path]:
    return sorted(SAMPLES.glob("*.html"))


def _feed_items() -> list[ET.Element]:
    return ET.parse(SAMPLES / "feed.xml").getroot().findall("./channel/item")


def test_sample_corpus_has_at_least_30_articles_across_formats() -> None:
    counts = {
        "txt": len(_sample_txt()),
        "html": len(_sample_html()),
        "jsonl": len(read_jsonl(SAMPLES / "reports.jsonl")),
        "rss": len(_feed_items()),
    }
    assert counts["txt"] >= 10 and counts["html"] >= 8 and counts["jsonl"] >= 10 and counts["rss"] == 4, counts
    assert sum(counts.values()) >= 30, counts


@pytest.mark.parametrize("path", _sample_txt(), ids=lambda p: p.name)
def test_sample_txt_is_headline_blank_line_body(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].strip() and not lines[1].strip(), "first line is the headline, then a blank line"
    assert 80 <= word_count(" ".join(lines[2:])) <= 300
    # The publication date lives in the file name only (plain text carries no metadata).
    assert in_range(date.fromisoformat(path.name[:10]))


def test_samples_include_a_non_english_report() -> None:
    french_words = re.compile(r"\b(le|la|les|des|du|a été|ont|avoir)\b")
    assert any(len(french_words.findall(p.read_text(encoding="utf-8"))) > 20 for p in _sample_txt())


@pytest.mark.parametrize("path", _sample_html(), ids=lambda p: p.name)
def test_sample_html_has_metadata_and_article(path: Path) -> None:
    facts = _HtmlFacts()
    facts.feed(path.read_text(encoding="utf-8"))
    assert facts.meta.get("og:site_name")
    assert facts.meta.get("author")
    published = datetime.fromisoformat(facts.meta["article:published_time"].replace("Z", "+00:00"))
    assert in_range(published.date())
    assert published.date().isoformat() == path.name[:10]
    assert facts.h1.strip()
    assert 80 <= word_count(" ".join(facts.article_text)) <= 300


def test_sample_jsonl_records_are_complete() -> None:
    records = read_jsonl(SAMPLES / "reports.jsonl")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for record in records:
        assert set(record) == {"id", "url", "title", "published", "outlet", "section", "text"}
        assert record["url"].startswith("https://example.org/")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record["published"])
        assert in_range(datetime.fromisoformat(record["published"].replace("Z", "+00:00")).date())
        assert 80 <= word_count(record["text"]) <= 300


def test_sample_feed_items_are_complete() -> None:
    for item in _feed_items():
        assert (item.findtext("title") or "").strip()
        assert (item.findtext("link") or "").startswith("https://example.org/")
        assert in_range(parsedate_to_datetime(item.findtext("pubDate") or "").date())
        assert word_count(item.findtext("description") or "") >= 30


# --- timeline_ukr_rus.jsonl -----------------------------------------------------------------------


def _turning_points() -> list[dict]:
    readme = (EVALSETS / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(\{\"turning_points\".*?)```", readme, re.S)
    assert block, "README.md must hold the turning_points JSON block"
    return json.loads(block.group(1))["turning_points"]


def test_timeline_shape_size_and_dates() -> None:
    items = read_jsonl(EVALSETS / "timeline_ukr_rus.jsonl")
    assert len(items) >= 150
    assert len({i["id"] for i in items}) == len(items)
    assert len({i["outlet"] for i in items}) == 6
    days = [date.fromisoformat(i["published"]) for i in items]
    assert all(in_range(d) for d in days)
    assert {d.year for d in days} == {2021, 2022, 2023, 2024, 2025}
    for item in items:
        assert set(item) == {"id", "published", "title", "text", "outlet"}
        assert item["title"].strip() and 10 <= word_count(item["text"]) <= 90


def test_each_turning_point_week_is_reported_by_several_outlets() -> None:
    items = read_jsonl(EVALSETS / "timeline_ukr_rus.jsonl")
    outlets_by_week: dict[date, set[str]] = defaultdict(set)
    for item in items:
        day = date.fromisoformat(item["published"])
        outlets_by_week[day - timedelta(days=day.weekday())].add(item["outlet"])
    points = _turning_points()
    assert len(points) >= 5
    for point in points:
        week = date.fromisoformat(point["week_start"])
        assert week.weekday() == 0, f"{point['name']}: week_start must be a Monday"
        assert len(outlets_by_week[week]) >= 3, point["name"]


# --- incidents.jsonl --------------------------------------------------------------------------------


def test_incidents_shape_and_gold_clusters() -> None:
    articles = read_jsonl(EVALSETS / "incidents.jsonl")
    assert len(articles) >= 45
    assert len({a["id"] for a in articles}) == len(articles)
    for article in articles:
        assert set(article) == {"id", "outlet", "published", "title", "text", "incident"}
        assert in_range(date.fromisoformat(article["published"]))
    sizes = Counter(a["incident"] for a in articles)
    assert sum(1 for n in sizes.values() if n >= 3) >= 12
    assert sum(1 for n in sizes.values() if n == 1) >= 6, "distractors carry labels of their own"
    by_incident: dict[str, list[dict]] = defaultdict(list)
    for article in articles:
        by_incident[article["incident"]].append(article)
    for label, group in by_incident.items():
        if len(group) > 1:
            assert len({a["outlet"] for a in group}) == len(group), f"{label}: one article per outlet"
            assert len({a["text"] for a in group}) == len(group)
            spread = max(date.fromisoformat(a["published"]) for a in group) - min(
                date.fromisoformat(a["published"]) for a in group
            )
            assert spread <= timedelta(days=3), label
