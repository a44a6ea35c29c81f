"""JSONL and CSV are read as streams (a cap per record, not per file), and ingest stores them in
bounded batches while it reads."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import pytest

from sitrep.ingest import files, read_sources, store_items
from sitrep.model import Article, Rejected

STORY = (
    "Israeli strikes hit southern Lebanon overnight, the Lebanese army said, after rockets were fired at "
    "the north of Israel from across the border."
)


def read(path: Path, **options: object) -> list[Article | Rejected]:
    return list(read_sources([str(path)], **options))  # type: ignore[arg-type]


def kinds(items: Sequence[Article | Rejected]) -> list[str]:
    return [type(item).__name__ for item in items]


def write_jsonl(path: Path, texts: Sequence[str]) -> Path:
    path.write_text("".join(json.dumps({"id": str(i), "text": text}) + "\n" for i, text in enumerate(texts)))
    return path


class WatchedStream(io.BytesIO):
    """A file that remembers the largest read asked of it."""

    largest_read = 0

    def read(self, size: int | None = -1) -> bytes:
        WatchedStream.largest_read = max(WatchedStream.largest_read, 1 << 62 if size is None or size < 0 else size)
        return super().read(size)

    def readline(self, size: int | None = -1) -> bytes:
        WatchedStream.largest_read = max(WatchedStream.largest_read, 1 << 62 if size is None or size < 0 else size)
        return super().readline(size)


def test_jsonl_larger_than_the_cap_is_read_a_line_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_jsonl(tmp_path / "big.jsonl", [f"{STORY} ({i})" for i in range(50)])
    cap = 1000
    assert path.stat().st_size > 5 * cap  # over the cap as a file, every record under it

    def watched_open(target: Path) -> BinaryIO:
        return WatchedStream(target.read_bytes())

    WatchedStream.largest_read = 0
    monkeypatch.setattr(files, "_open", watched_open)
    items = read(path, max_bytes=cap)
    assert kinds(items) == ["Article"] * 50
    assert [item.source_ref for item in items][-1] == f"{path}:50"
    assert 0 < WatchedStream.largest_read <= max(cap + 1, files.SNIFF_BYTES)  # never the whole file


def test_a_record_over_the_cap_is_rejected_alone(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mixed.jsonl", [STORY, STORY + " More." * 400, STORY + " Later."])
    items = read(path, max_bytes=1000)
    assert kinds(items) == ["Article", "Rejected", "Article"]
    assert items[1].source_ref == f"{path}:2" and items[1].reason == "too large"
    assert "1,000" in (items[1].detail or "")
    assert items[2].source_ref == f"{path}:3"


def test_jsonl_line_not_in_utf8_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    bad = '{"text": "Kyïv was shelled."}\n'.encode("latin-1")
    path.write_bytes(json.dumps({"text": STORY}).encode() + b"\n" + bad + json.dumps({"text": STORY + "!"}).encode())
    items = read(path)
    assert kinds(items) == ["Article", "Rejected", "Article"]
    assert items[1].reason == "invalid UTF-8" and items[1].source_ref == f"{path}:2"


def test_jsonl_with_byte_order_marks_and_arrays(tmp_path: Path) -> None:
    utf8 = tmp_path / "bom.jsonl"
    utf8.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": STORY}).encode() + b"\r\n")
    utf16 = tmp_path / "wide.jsonl"
    utf16.write_text(json.dumps({"text": STORY + " Wide."}) + "\n", encoding="utf-16")
    array = tmp_path / "array.jsonl"
    array.write_text("\n" + json.dumps([{"text": STORY + " One."}, {"text": STORY + " Two."}]))
    assert [item.text for item in read(utf8)] == [STORY]  # type: ignore[union-attr]
    assert [item.text for item in read(utf16)] == [STORY + " Wide."]  # type: ignore[union-attr]
    assert [item.source_ref for item in read(array)] == [f"{array}[0]", f"{array}[1]"]


def test_binary_jsonl_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b'{"text": "x"}\n' + bytes(range(32)) * 20)
    items = read(path)
    assert kinds(items) == ["Rejected"] and items[0].reason == "binary content"


def test_csv_larger_than_the_cap_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:  # with a BOM, as Excel writes
        writer = csv.writer(stream)
        writer.writerow(["id", "text"])
        for i in range(40):
            writer.writerow([str(i), f"{STORY}\n\nParagraph two of story {i}."])
    items = read(path, max_bytes=500)
    assert kinds(items) == ["Article"] * 40
    assert items[1].source_ref == f"{path}:5"  # a row is named by its first line; each row spans 3
    assert items[0].text.endswith("story 0.")  # type: ignore[union-attr]


def test_csv_with_a_runaway_quote_stops_at_the_cap_keeping_earlier_rows(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    rows = [f'{i},"{STORY}"\n' for i in range(3)]
    path.write_text("id,text\n" + "".join(rows) + '3,"unterminated ' + "words and more\n" * 200)
    items = read(path, max_bytes=1000)
    assert kinds(items) == ["Article"] * 3 + ["Rejected"]
    assert items[-1].reason == "too large" and items[-1].source_ref == str(path)


def test_csv_with_old_mac_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(f"id,text\r1,{STORY}\r2,{STORY} Again.\r".encode())
    assert [item.source_ref for item in read(path)] == [f"{path}:2", f"{path}:3"]


class RecordingSink:
    def __init__(self) -> None:
        self.batches: list[int] = []
        self.produced_at_flush: list[int] = []
        self.ids: set[str] = set()

    def add_articles(self, articles: Sequence[Article]) -> int:
        self.batches.append(len(articles))
        self.produced_at_flush.append(produced)
        new = {article.id for article in articles} - self.ids
        self.ids |= new
        return len(new)

    def add_rejected(self, items: Sequence[Rejected]) -> None:
        pass


produced = 0


def counted(items: Iterator[Article | Rejected]) -> Iterator[Article | Rejected]:
    global produced
    produced = 0
    for item in items:
        produced += 1
        yield item


def test_ingest_consumes_the_readers_lazily_in_batches(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wire.jsonl", [f"{STORY} ({i})" for i in range(25)] + [STORY + " (0)"])
    sink = RecordingSink()
    report = store_items(counted(read_sources([str(path)])), sink, batch_size=10, progress=False)
    assert sink.batches == [10, 10, 6]
    assert sink.produced_at_flush == [10, 20, 26]  # each batch written before the next is read
    assert (report.read, report.new, report.duplicates) == (26, 25, 1)  # a repeat in a later batch


def test_a_batch_is_also_bounded_by_its_text(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "long.jsonl", [f"{STORY} ({i}) " + "More words. " * 100 for i in range(9)])
    sink = RecordingSink()
    report = store_items(read_sources([str(path)]), sink, batch_size=500, batch_chars=3000, progress=False)
    assert sink.batches == [3, 3, 3] and report.new == 9
