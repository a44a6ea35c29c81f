"""The HTTP API (FastAPI, OpenAPI at /docs) and the dashboard it serves at /."""

from sitrep.api.app import create_app

__all__ = ["create_app"]
