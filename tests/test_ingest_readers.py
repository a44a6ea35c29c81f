"""Every source format and every kind of bad input, read through ``sitrep.ingest.read_sources``."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from sitrep.ingest import read_sources
from sitrep.ingest.plain import split_title
from sitrep.model import Article, Rejected, article_id, normalise_text

PARAGRAPHS = [
    "Russian drones struck the Ukrainian capital overnight, officials said on Wednesday, damaging several "
    "residential buildings in the Solomianskyi district.",
    "The city's military administration said air defence units shot down most of the drones, but debris fell "
    "in at least three districts, injuring four people.",
    '"The enemy again attacked Kyiv with attack drones," the head of the administration wrote on Telegram.',
]
STORY = "\n\n".join(PARAGRAPHS)
TITLE = "Drones hit Kyiv overnight"
GERMAN = (
    "Die ukrainische Armee hat nach eigenen Angaben in der Nacht mehrere Drohnen über der Hauptstadt "
    "abgeschossen. Trümmerteile fielen in drei Bezirken herab, vier Menschen wurden verletzt, teilte die "
    "Militärverwaltung der Stadt am Mittwoch mit."
)

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-08-06T21:30:00+03:00">
<meta property="article:section" content="World">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article><footer>Copyright 2024 Example News.</footer></body></html>"""


def read(*sources: Path | str, **options: object) -> list[Article | Rejected]:
    return list(read_sources([str(source) for source in sources], **options))  # type: ignore[arg-type]


def only(items: list[Article | Rejected]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def rejected(items: list[Article | Rejected]) -> Rejected:
    assert len(items) == 1, items
    assert isinstance(items[0], Rejected), items[0]
    return items[0]


# --- plain text -------------------------------------------------------------------------------


def test_text_file_title_line_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"{TITLE}\n\n{STORY}\n", encoding="utf-8")
    article = only(read(path))
    assert article.title == TITLE
    assert article.text == STORY
    assert article.text.count("\n\n") == 2  # paragraphs kept
    assert article.id == article_id(normalise_text(STORY))
    assert article.source_ref == str(path)
    assert article.published is None  # never "now"
    assert article.language == "en"
    assert article.ingested_at is not None and article.ingested_at.tzinfo is not None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"{TITLE}\n{PARAGRAPHS[0]}", TITLE),  # headline directly followed by text
        (f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}", None),  # a long first line is a paragraph
        ("Officials said on Wednesday.\n\nMore text follows here.", None),  # ends with a period
        ("Russian drones struck the Ukrainian capital\novernight, officials said.", None),  # hard-wrapped
        ("Only one line here", None),
    ],
)
def test_title_heuristic(text: str, title: str | None) -> None:
    assert split_title(text)[0] == title


def test_whitespace_and_unicode_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    # CRLF line ends, a decomposed "é" (e + combining accent), runs of spaces and tabs.
    path.write_bytes("Le  Monde  e\u0301crit\r\nune   ligne\tcoupée.\r\n\r\n\r\nSecond paragraph.".encode())
    article = only(read(path))
    assert article.text == "Le Monde \u00e9crit une ligne coupée.\n\nSecond paragraph."


# --- HTML -------------------------------------------------------------------------------------


def test_html_page_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = only(read(path))
    assert article.title == TITLE
    assert article.text == STORY  # no navigation, no footer, no repeated headline
    assert article.outlet == "Example News"
    assert article.author == "Jane Doe"
    assert article.section == "World"
    assert article.published == datetime(2024, 8, 6, 18, 30, tzinfo=UTC)
    assert article.published.utcoffset() == timedelta(hours=3)


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "menu.htm"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    assert rejected(read(path)).reason == "no text"


def test_html_in_declared_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.html"
    html = PAGE.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').replace("Kyiv", "Kyïv")
    path.write_bytes(html.encode("iso-8859-1"))
    article = only(read(path))
    assert "Kyïv" in article.text  # decoded as declared, not mojibake


# --- JSON, JSONL, CSV -------------------------------------------------------------------------


def test_jsonl_with_a_truncated_line_rejects_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "a1", "url": "https://www.example.org/a1", "title": "T", "published": "2024-08-06", "text": STORY}
    other = {"id": "a2", "text": PARAGRAPHS[0], "author": ["A. Writer", "B. Writer"], "section": "World"}
    path.write_text(json.dumps(good) + "\n" + '{"id": "a3", "text": "cut off' + "\n\n" + json.dumps(other) + "\n")
    items = read(path)
    assert [type(item).__name__ for item in items] == ["Article", "Rejected", "Article"]
    first, bad, second = items
    assert isinstance(first, Article) and isinstance(bad, Rejected) and isinstance(second, Article)
    assert bad.source_ref == f"{path}:2" and bad.reason == "invalid JSON line"
    assert first.source_ref == f"{path}:1" and second.source_ref == f"{path}:4"
    assert first.external_id == "a1"
    assert first.outlet == "example.org"  # the URL's host, without www.
    assert first.published == datetime(2024, 8, 6, tzinfo=UTC)
    assert second.author == "A. Writer, B. Writer"


def test_json_array_single_object_and_field_mapping(tmp_path: Path) -> None:
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"id": 1, "body": PARAGRAPHS[0]}, {"id": 2, "body": PARAGRAPHS[1]}]))
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"story": {"body": PARAGRAPHS[2]}, "head": "Headline"}, indent=2))
    items = read(array, fields={"text": "body"})
    assert [item.text for item in items if isinstance(item, Article)] == PARAGRAPHS[:2]
    assert [item.source_ref for item in items] == [f"{array}[0]", f"{array}[1]"]
    article = only(read(one, fields={"text": "story.body", "title": "head"}))
    assert article.text == PARAGRAPHS[2] and article.title == "Headline"


def test_record_without_text_names_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "notext.jsonl"
    path.write_text(json.dumps({"id": "1", "message": "x"}) + "\n")
    item = rejected(read(path))
    assert item.reason == "no text"
    assert "message" in (item.detail or "") and "--field" in (item.detail or "")


def test_invalid_json_document_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "1",\n  "text": "unfinished\n')
    item = rejected(read(path))
    assert item.reason == "invalid JSON" and "line" in (item.detail or "")


def test_csv_rows_with_mapping(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["guid", "headline", "body", "published", "site"])
        writer.writerow(["7", "First", PARAGRAPHS[0], "2024-08-06T10:00:00Z", "Example Wire"])
        writer.writerow(["8", "Empty", "", "2024-08-07", "Example Wire"])
        writer.writerow(["9", "Second", f"{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}", "", ""])
    items = read(path, fields={"text": "body", "id": "guid"})
    assert [type(item).__name__ for item in items] == ["Article", "Rejected", "Article"]
    first, empty, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.external_id, first.title, first.outlet) == ("7", "First", "Example Wire")
    assert first.published == datetime(2024, 8, 6, 10, tzinfo=UTC)
    assert isinstance(empty, Rejected) and empty.source_ref == f"{path}:3" and empty.reason == "no text"
    assert second.text == f"{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}" and second.source_ref == f"{path}:4"


def test_csv_without_a_text_column(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("a,b\n1,2\n")
    item = rejected(read(path))
    assert item.reason == "no text column" and "a, b" in (item.detail or "")


# --- feeds from files -------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example World</title><link>https://example.com/</link>
<item><title>Drones hit Kyiv</title><link>https://example.com/a</link><guid>tag:example.com,2024:a</guid>
<pubDate>Tue, 06 Aug 2024 18:30:00 GMT</pubDate><category>Europe</category>
<description>&lt;p&gt;{p0}&lt;/p&gt;&lt;p&gt;{p1}&lt;/p&gt;</description></item>
<item><title>No body</title><link>https://example.com/b</link></item>
</channel></rss>"""


def test_rss_file_one_article_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "world.xml"
    path.write_text(RSS.format(p0=PARAGRAPHS[0], p1=PARAGRAPHS[1]), encoding="utf-8")
    items = read(path)
    article, empty = items
    assert isinstance(article, Article) and isinstance(empty, Rejected)
    assert article.title == "Drones hit Kyiv"
    assert article.url == "https://example.com/a" and article.outlet == "example.com"
    assert article.external_id == "tag:example.com,2024:a"
    assert article.published == datetime(2024, 8, 6, 18, 30, tzinfo=UTC)
    assert article.section == "Europe"
    assert article.text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}"
    assert article.source_ref == str(path)
    assert empty.reason == "no text" and empty.source_ref == "https://example.com/b"


def test_atom_detected_by_content_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "feed"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>X</title>'
        "<entry><title>Talks resume</title><id>urn:1</id><link href='https://news.example.net/1'/>"
        f"<updated>2024-08-07T09:00:00+02:00</updated><content type='html'>&lt;p&gt;{PARAGRAPHS[2]}&lt;/p&gt;"
        "</content></entry></feed>"
    )
    article = only(read(path))
    assert article.text == PARAGRAPHS[2]
    assert article.published == datetime(2024, 8, 7, 7, tzinfo=UTC)
    assert article.outlet == "news.example.net"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><catalog><book>x</book></catalog>')
    assert rejected(read(path)).reason == "unsupported XML"


# --- folders, duplicates, stdin -----------------------------------------------------------------


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(PARAGRAPHS[1])
    (tmp_path / "a.txt").write_text(PARAGRAPHS[0])
    (tmp_path / ".hidden.txt").write_text(PARAGRAPHS[2])
    (tmp_path / ".git" / "x.txt").write_text(PARAGRAPHS[2])
    refs = [item.source_ref for item in read(tmp_path)]
    assert refs == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]


def test_same_story_in_two_formats_has_one_id(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(f"{TITLE}\n\n{STORY}")
    (tmp_path / "two.html").write_text(PAGE)
    first, second = read(tmp_path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id
    assert first.source_ref != second.source_ref


def test_stdin_jsonl_or_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    lines = "\n".join(json.dumps({"id": str(n), "text": p}) for n, p in enumerate(PARAGRAPHS)) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert [item.source_ref for item in read("-")] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{TITLE}\n\n{STORY}".encode())))
    article = only(read("-"))
    assert article.title == TITLE and article.source_ref == "<stdin>"


# --- bad inputs ---------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    item = rejected(read(tmp_path / "nope.txt"))
    assert item.reason == "not found" and item.source_ref == str(tmp_path / "nope.txt")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, for whom chmod 000 does not stop reading: fail the open the way the OS would.
    from sitrep.ingest import files

    path = tmp_path / "secret.txt"
    path.write_text(STORY)

    def refuse(_path: Path) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "_open", refuse)
    item = rejected(read(path))
    assert (item.reason, item.detail) == ("unreadable", "Permission denied")


def test_invalid_utf8_is_rejected_not_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Kyïv was shelled again on Tuesday night.".encode("latin-1"))
    item = rejected(read(path))
    assert item.reason == "invalid UTF-8" and "byte 0xef at offset 2" in (item.detail or "")


def test_utf8_bom_and_utf16_bom_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("\ufeff".encode() + PARAGRAPHS[0].encode())
    (tmp_path / "b.txt").write_text(PARAGRAPHS[1], encoding="utf-16")
    texts = [item.text for item in read(tmp_path) if isinstance(item, Article)]
    assert texts == PARAGRAPHS[:2]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("nul.txt", b"some text\x00\x01\x02 more", "binary content"),
        ("blob.dat", bytes(range(256)) * 4, "binary content"),
        ("empty.txt", b"", "empty file"),
        ("blank.jsonl", b"  \n\n ", "empty file"),
        ("report.pdf", b"%PDF-1.7\n", "unsupported file type"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert rejected(read(path)).reason == reason


def test_size_cap_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.ingest import files

    path = tmp_path / "big.txt"
    path.write_text(STORY * 10)

    def must_not_open(_path: Path) -> object:
        raise AssertionError("a file over the cap was opened")

    monkeypatch.setattr(files, "_open", must_not_open)
    item = rejected(read(path, max_bytes=1000))
    assert item.reason == "too large" and "1,000" in (item.detail or "")


def test_a_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_bytes(b"\xff\xfe\xfa broken")  # a UTF-16 BOM, then not UTF-16
    (tmp_path / "2.txt").write_text(PARAGRAPHS[0])
    items = read(tmp_path, tmp_path / "missing.txt", tmp_path / "2.txt")
    assert [type(item).__name__ for item in items] == ["Rejected", "Article", "Rejected", "Article"]


# --- language -----------------------------------------------------------------------------------


def test_non_english_is_kept_and_not_codable(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN)
    article = only(read(path))
    assert article.language == "de" and not article.codable


@pytest.mark.parametrize("headline", ["Zelensky meets Biden in Washington", "NATO summit opens in Vilnius"])
def test_short_english_is_not_labelled_foreign(tmp_path: Path, headline: str) -> None:
    path = tmp_path / "short.txt"
    path.write_text(headline)
    article = only(read(path))
    assert article.language in (None, "en") and article.codable


def test_unknown_field_in_mapping() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        read_sources(["x.txt"], fields={"body": "text"})  # raised at the call, before any reading


def test_published_keeps_offset() -> None:
    from sitrep.ingest.records import parse_published

    value = parse_published("2024-08-06T21:30:00+03:00")
    assert value is not None and value.utcoffset() == timezone(timedelta(hours=3)).utcoffset(None)


def test_voa_corpus_reads_whole_and_english(shared_data: Path) -> None:
    """86 real Voice of America stories: all read, all dated with a zone, none labelled foreign."""
    items = read(shared_data / "corpus" / "voa_stories.jsonl")
    articles = [item for item in items if isinstance(item, Article)]
    assert len(articles) == len(items) == 86
    assert all(article.codable for article in articles)
    assert all(article.published is not None and article.published.tzinfo is not None for article in articles)
    assert all(article.outlet == "voanews.com" and article.external_id for article in articles)
    assert len({article.id for article in articles}) == 86


def test_voa_headlines_are_not_labelled_foreign(shared_data: Path) -> None:
    """The raw detector calls 9 of these 86 English headlines Pidgin, Bikol or Indonesian; the
    confidence rule must keep every one codable."""
    from sitrep.ingest.language import detect_language

    lines = (shared_data / "corpus" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    titles = [json.loads(line)["title"] for line in lines if line.strip()]
    assert len(titles) == 86
    labels = [detect_language(title) for title in titles]
    assert all(label in (None, "en") for label in labels), labels


def test_rss_extension_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text("this is not xml at all")
    assert rejected(read(path)).reason == "not a feed"


def test_folder_documentation_is_not_news_but_a_named_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("Sample corpus\n\nThese files are summaries written for the project.")
    (tmp_path / "2024-08-07_kursk.txt").write_text("Kursk\n\nUkrainian troops crossed into Russia on Tuesday.")
    articles = [item for item in read_sources([str(tmp_path)]) if isinstance(item, Article)]
    assert [a.source_ref.rsplit("/", 1)[-1] for a in articles] == ["2024-08-07_kursk.txt"]
    named = [item for item in read_sources([str(tmp_path / "README.md")]) if isinstance(item, Article)]
    assert len(named) == 1


def test_plain_text_takes_its_date_from_the_dateline_or_the_file_name(tmp_path: Path) -> None:
    dated_name = tmp_path / "2024-08-07_kursk.txt"
    dated_name.write_text("Kursk\n\nUkrainian troops crossed into Russia on Tuesday.")
    dateline = tmp_path / "report.txt"
    dateline.write_text("Dnipro strike\n\nDNIPRO, Nov. 21, 2024 — Russia fired a new missile at Dnipro.")
    undated = tmp_path / "notes.txt"
    undated.write_text("Talks\n\nEnvoys met in Doha on Monday.")
    published = {
        Path(item.source_ref).name: item.published.date().isoformat() if item.published else None
        for item in read_sources([str(dated_name), str(dateline), str(undated)])
    }
    assert published == {"2024-08-07_kursk.txt": "2024-08-07", "report.txt": "2024-11-21", "notes.txt": None}
