"""Bearer-token protection of the write endpoints."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request, status

NO_TOKEN_MESSAGE = (
    "writes are disabled on this server: no token is configured "
    "(start it with `sitrep serve --token-env SITREP_TOKEN` and SITREP_TOKEN set)"
)


def require_token(request: Request) -> None:
    """403 when the server has no token; 401 when the request's bearer token is missing or wrong."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(status.HTTP_403_FORBIDDEN, NO_TOKEN_MESSAGE)
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    # compare_digest: the time taken does not reveal how much of the token was right.
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "a valid token is needed: send `Authorization: Bearer <token>`",
            headers={"WWW-Authenticate": "Bearer"},
        )
