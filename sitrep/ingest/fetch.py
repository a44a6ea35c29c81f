"""Fetching a URL with limits: a timeout, a size cap, and an honest User-Agent."""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

import httpx

from sitrep import __version__
from sitrep.ingest.files import InputProblem

USER_AGENT = "sitrep/" + ".".join(__version__.split(".")[:2])
DEFAULT_TIMEOUT_S = 20.0


@dataclass(slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # media type only, lower case
    charset: str | None
    body: bytes


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


class Fetcher:
    """One HTTP client for a run; created on first use, closed with the run."""

    def __init__(self, max_bytes: int, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self._client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout_s,
                follow_redirects=True,
                headers={"User-Agent": USER_AGENT},
            )
        return self._client

    def get(self, url: str) -> Fetched:
        """The response body, or InputProblem with the HTTP status or network failure."""
        try:
            with self._http().stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputProblem(f"HTTP {response.status_code}", response.reason_phrase or None)
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputProblem(
                        "too large", f"{int(declared):,} bytes; the limit is {self.max_bytes:,} (--max-mb)"
                    )
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        raise InputProblem("too large", f"more than {self.max_bytes:,} bytes (--max-mb)")
                content_type = response.headers.get("content-type", "")
                final_url = str(response.url)
        except httpx.TimeoutException:
            raise InputProblem("timeout", f"no complete answer within {self.timeout_s:g} s") from None
        except httpx.ConnectError as error:
            raise InputProblem("connection failed", str(error) or type(error).__name__) from None
        except httpx.TooManyRedirects:
            raise InputProblem("too many redirects") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise InputProblem("invalid URL", str(error)) from None
        except httpx.HTTPError as error:
            raise InputProblem("fetch failed", str(error) or type(error).__name__) from None
        media_type, _, parameters = content_type.partition(";")
        charset = None
        for parameter in parameters.split(";"):
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip("\"'").lower()
        return Fetched(url=final_url, content_type=media_type.strip().lower(), charset=charset, body=bytes(body))
