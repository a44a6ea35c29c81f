"""Opaque cursors for list endpoints.

A cursor encodes the position after the last row returned, bound to the query it
came from (a hash of the filters and sort), so a cursor reused with other filters
is refused instead of silently skipping rows.
"""

from __future__ import annotations

import base64
import hashlib
import json

from fastapi import HTTPException, status


def query_fingerprint(parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:12]


def encode_cursor(offset: int, fingerprint: str) -> str:
    raw = json.dumps({"o": offset, "q": fingerprint}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, fingerprint: str) -> int:
    """The offset a cursor stands for; 400 for one that is malformed or from another query."""
    if not cursor:
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        offset = data["o"]
        if not isinstance(offset, int) or offset < 0:
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid cursor") from None
    if data.get("q") != fingerprint:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "this cursor belongs to a query with other filters or sort")
    return offset
