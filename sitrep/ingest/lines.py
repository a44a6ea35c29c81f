"""Line-oriented files (JSON Lines, CSV) read as a stream, one line at a time.

A whole-file size cap suits one-document formats, but a JSONL export of a news
archive can hold gigabytes of independent records. These files are therefore
read a line at a time, in memory bounded by the longest record allowed, and the
cap applies to each line (record) rather than to the file: one oversized line
is refused on its own and the rest are read.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sitrep.ingest import files
from sitrep.ingest.files import InputProblem, check_head

# Streaming reads UTF-8 only; a UTF-16/32 file (rare, and signalled by its BOM) is read whole instead.
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_ARRAY_SNIFF_BYTES = 4096
_SKIP_CHUNK = 1 << 20  # how much of an oversized line is read at a time while skipping it


class TooLong:
    """A line longer than the cap, skipped without being held in memory."""

    __slots__ = ("length",)

    def __init__(self, length: int) -> None:
        self.length = length


def is_streamable(path: Path, fmt: str) -> bool:
    """Whether a JSONL or CSV file can be read line by line: not when its byte-order mark says
    UTF-16/32, nor when a ``.jsonl`` file holds a JSON array; those are read whole, under the file cap."""
    with files.open_checked(path) as stream:
        head = stream.read(_ARRAY_SNIFF_BYTES)
    if head.startswith(_WIDE_BOMS):
        return False
    return not (fmt == "jsonl" and head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"["))


@contextmanager
def open_lines(path: Path) -> Iterator[BinaryIO]:
    """The file opened for reading, positioned after a UTF-8 byte-order mark; InputProblem when it
    cannot be opened, is empty, or its start shows it is binary."""
    with files.open_checked(path) as stream:
        head = stream.read(files.SNIFF_BYTES)
        check_head(head, whole=len(head) < files.SNIFF_BYTES)
        stream.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
        yield stream


def raw_lines(stream: BinaryIO, max_line_bytes: int) -> Iterator[bytes | TooLong]:
    """Each line's bytes (with its end of line), or ``TooLong`` for a line over ``max_line_bytes``."""
    while True:
        line = stream.readline(max_line_bytes + 1)
        if not line:
            return
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            length = len(line)
            while not line.endswith(b"\n"):
                line = stream.readline(_SKIP_CHUNK)
                if not line:
                    break
                length += len(line)
            yield TooLong(length)
        else:
            yield line


def too_long_detail(line: TooLong, max_line_bytes: int) -> str:
    return f"a record of {line.length:,} bytes; the limit per record is {max_line_bytes:,} (raise it with --max-mb)"


def decode_line(line: bytes) -> str:
    """A line as text; InputProblem("invalid UTF-8") names the offending byte."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputProblem(
            "invalid UTF-8", f"byte 0x{line[error.start]:02x} at column {error.start + 1}; convert the file to UTF-8"
        ) from None
