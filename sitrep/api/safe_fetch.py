"""Fetching a URL on a user's behalf without letting them reach the server's own network (SSRF).

Every address the host name resolves to must be public; redirects are followed one
by one and each new location is checked the same way. Known limit: the HTTP client
resolves the name again when it connects, so a DNS server that answers differently
within the same second (DNS rebinding) is not defended against.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from sitrep.ingest.fetch import USER_AGENT

MAX_REDIRECTS = 5
TIMEOUT_S = 15.0


class FetchRefused(ValueError):
    """The URL points somewhere the server may not go (or is not a web URL)."""


class FetchTooLarge(ValueError):
    """The page is larger than the limit."""


class FetchFailed(RuntimeError):
    """The page could not be fetched (network error, HTTP error)."""


@dataclass(slots=True)
class Page:
    url: str
    content_type: str
    charset: str | None
    body: bytes


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not (
        address.is_private or address.is_loopback or address.is_link_local or address.is_reserved
        or address.is_multicast or address.is_unspecified or not address.is_global
    )


def check_url(url: str) -> None:
    """Refuse URLs that are not http(s) or whose host resolves to any non-public address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"only http and https URLs with a host can be fetched, not {url!r}")
    host = parts.hostname
    try:
        literal = ipaddress.ip_address(host)
        addresses = {literal}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                       type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as error:
            raise FetchRefused(f"cannot resolve host {host!r}: {error}") from None
        addresses = {ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos}
    blocked = sorted(str(address) for address in addresses if not _is_public(address))
    if blocked or not addresses:
        raise FetchRefused(
            f"refusing to fetch {host!r}: it resolves to a private, loopback, link-local or reserved "
            f"address ({', '.join(blocked) or 'none'})"
        )


def fetch(url: str, max_bytes: int, allow_private: bool = False, transport: httpx.BaseTransport | None = None) -> Page:
    """GET the URL, following at most MAX_REDIRECTS redirects, each one checked; body capped at max_bytes.

    ``transport`` replaces the network (tests)."""
    client = httpx.Client(timeout=TIMEOUT_S, follow_redirects=False, headers={"User-Agent": USER_AGENT},
                          transport=transport)
    with client:
        for _ in range(MAX_REDIRECTS + 1):
            if not allow_private:
                check_url(url)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise FetchFailed(f"{url}: HTTP {response.status_code}")
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FetchTooLarge(f"{url}: {int(declared):,} bytes; the limit is {max_bytes:,}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise FetchTooLarge(f"{url}: more than {max_bytes:,} bytes")
                    media = response.headers.get("content-type", "")
                    content_type, _, params = media.partition(";")
                    charset = params.split("=", 1)[1].strip() if "charset=" in params else None
                    return Page(str(response.url), content_type.strip().lower(), charset, bytes(body))
            except httpx.HTTPError as error:
                raise FetchFailed(f"{url}: {type(error).__name__}: {error}") from None
    raise FetchFailed(f"more than {MAX_REDIRECTS} redirects")
