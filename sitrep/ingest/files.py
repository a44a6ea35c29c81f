"""Reading bytes from a file or stream safely, and decoding them without guessing.

A file becomes text only when it is UTF-8 (with or without a BOM), carries a
UTF-16/32 byte-order mark, or declares its encoding (an HTML ``<meta charset>``,
an XML declaration, an HTTP header). Anything else is refused with the reason,
because silently decoding the wrong way would store mojibake as if it were news.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sitrep.model import Rejected

DEFAULT_MAX_BYTES = 50_000_000
SNIFF_BYTES = 8192
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# C0 controls other than tab, newline, carriage return and form feed do not occur in text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class InputProblem(Exception):
    """An input that cannot be read; ``reason`` is short and stable, ``detail`` says more."""

    def __init__(self, reason: str, detail: str | None = None, excerpt: str | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.excerpt = excerpt

    def rejected(self, source_ref: str) -> Rejected:
        return Rejected(source_ref=source_ref, reason=self.reason, detail=self.detail, excerpt=self.excerpt)


def _open(path: Path) -> BinaryIO:
    return path.open("rb")


def read_file_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes; its size is checked before a byte is read, so a huge file costs nothing."""
    with open_checked(path, max_bytes) as stream:
        return read_capped(stream, max_bytes)


@contextmanager
def open_checked(path: Path, max_bytes: int | None = None) -> Iterator[BinaryIO]:
    """The file opened for reading once it is known to be a non-empty regular file (no larger than
    ``max_bytes`` when given); failures to open or read it become InputProblem."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputProblem("not a regular file", str(path))
        if max_bytes is not None and size > max_bytes:
            raise InputProblem("too large", f"{size:,} bytes; the limit is {max_bytes:,} (raise it with --max-mb)")
        if size == 0:
            raise InputProblem("empty file")
        with _open(path) as stream:
            yield stream
    except FileNotFoundError as error:
        raise InputProblem("not found", error.strerror) from None
    except PermissionError as error:
        raise InputProblem("unreadable", error.strerror or "permission denied") from None
    except IsADirectoryError as error:
        raise InputProblem("unreadable", error.strerror) from None
    except OSError as error:
        raise InputProblem("unreadable", error.strerror or str(error)) from None


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read at most ``max_bytes``; a stream that holds more is refused rather than cut."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputProblem("too large", f"more than {max_bytes:,} bytes (raise the limit with --max-mb)")
    return data


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML or XML document declares near its start, if any."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return _codec_name((match.group(1) or match.group(2)).decode("ascii"))


def _codec_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text from bytes, or InputProblem: empty, binary, or not UTF-8 and not declared otherwise."""
    if not data.strip():
        raise InputProblem("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputProblem("invalid encoding", f"{encoding} byte-order mark but {error.reason}") from None
            # Bytes that merely start like a BOM decode as UTF-16 into unassigned code points.
            unit = 4 if encoding == "utf-32" else 2 if encoding == "utf-16" else 1
            if (len(data) - len(bom)) % unit or _has_unassigned(text):
                raise InputProblem(
                    "invalid encoding", f"starts with a {encoding} byte-order mark but is not {encoding}"
                )
            return _check_text(text)
    if b"\x00" in data[:SNIFF_BYTES]:
        raise InputProblem("binary content", "NUL bytes: not a text file")
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        failure = error
    encoding = _codec_name(declared) or declared_encoding(data)
    if encoding and encoding != "utf-8":
        try:
            return _check_text(data.decode(encoding))
        except UnicodeDecodeError:
            raise InputProblem("invalid encoding", f"not valid {encoding}, as the document declares") from None
    raise InputProblem(
        "invalid UTF-8",
        f"byte 0x{data[failure.start]:02x} at offset {failure.start}; convert the file to UTF-8 "
        "or declare its encoding",
    )


def check_head(head: bytes, *, whole: bool) -> None:
    """The checks ``decode_bytes`` makes, on the first bytes of a file that is read as a stream
    (``whole``: they are the entire file): InputProblem when it is empty or binary."""
    if whole and not head.strip():
        raise InputProblem("empty file")
    if b"\x00" in head:
        raise InputProblem("binary content", "NUL bytes: not a text file")
    # The head may end inside a character: that one is dropped, not an error.
    sample = head.decode("utf-8", errors="ignore")
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise InputProblem("binary content", "control characters: not a text file")


def _has_unassigned(text: str) -> bool:
    return any(unicodedata.category(char) in ("Cn", "Co", "Cs") for char in text[:SNIFF_BYTES])


def _check_text(text: str) -> str:
    sample = text[:SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise InputProblem("binary content", "control characters: not a text file")
    if not text.strip():
        raise InputProblem("empty file")
    return text
