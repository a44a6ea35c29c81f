"""The dashboard's files, and the npm packages it uses, served from disk (no CDN, works offline)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI, HTTPException, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers
from starlette.types import Scope

from sitrep.api.basemap import countries_bytes

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
# Folder of each package that the browser needs; nothing else of node_modules is exposed.
VENDOR_PACKAGES = {
    "leaflet": "leaflet/dist",
    "chart.js": "chart.js/dist",
    "world-atlas": "world-atlas",
    "swagger-ui": "swagger-ui-dist",
}


# Files up to this size are answered from memory; larger ones (none of the dashboard's) are streamed.
MEMORY_LIMIT_BYTES = 1_000_000


@lru_cache(maxsize=256)
def _file_bytes(path: str, modified_ns: int, size: int) -> bytes:
    """A file's bytes, kept while its version (mtime, size) stays the same."""
    return Path(path).read_bytes()


class MemoryStaticFiles(StaticFiles):
    """StaticFiles that answers small files from memory in one piece.

    Starlette's FileResponse reads a file in 64 kB chunks, each on a worker thread; on a busy
    server every hop waits for the interpreter, and the first page's 350 kB of scripts arrived
    ~100 ms later than its API answers. Headers (ETag, Last-Modified, type) and 304s are Starlette's.
    """

    def file_response(self, full_path: os.PathLike[str] | str, stat_result: os.stat_result, scope: Scope,
                      status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        if (response.status_code != status_code or stat_result.st_size > MEMORY_LIMIT_BYTES
                or "range" in Headers(scope=scope)):
            return response  # a 304, a large file, or a byte range: Starlette's own answer
        body = _file_bytes(str(full_path), stat_result.st_mtime_ns, stat_result.st_size)
        return Response(body, status_code, headers=dict(response.headers))


def node_modules_dir() -> Path:
    configured = os.environ.get("SITREP_NODE_MODULES")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "node_modules"


def mount_dashboard(app: FastAPI) -> list[str]:
    """Mount /vendor/<package>/ and the dashboard at /; returns the packages that are missing."""
    modules = node_modules_dir()
    missing = []
    for name, folder in VENDOR_PACKAGES.items():
        directory = modules / folder
        if directory.is_dir():
            app.mount(f"/vendor/{name}", MemoryStaticFiles(directory=directory), name=f"vendor-{name}")
        else:
            missing.append(name)
    _mount_basemap(app, modules / VENDOR_PACKAGES["world-atlas"] / "countries-110m.json")
    _mount_docs(app, offline="swagger-ui" not in missing)
    app.mount("/", MemoryStaticFiles(directory=WEB_DIR, html=True), name="dashboard")
    return missing


def _mount_basemap(app: FastAPI, topojson_path: Path) -> None:
    """GET /api/basemap: the map's country shapes as GeoJSON, converted once and then cached."""

    @app.get("/api/basemap", tags=["dashboard"], summary="Country shapes of the dashboard map (GeoJSON)")
    def basemap() -> Response:
        if not topojson_path.is_file():
            raise HTTPException(404, "country shapes not found: run `make setup` (npm ci)")
        # The shapes change only with the world-atlas package: browsers may keep them for a day.
        return Response(countries_bytes(topojson_path), media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})


def _mount_docs(app: FastAPI, offline: bool) -> None:
    """Swagger UI at /docs from the local swagger-ui-dist (FastAPI's default loads it from a CDN)."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if not offline:
            return HTMLResponse(
                "<p>The API documentation needs the swagger-ui-dist package: run <code>make setup</code>. "
                "The OpenAPI document itself is at <a href='/openapi.json'>/openapi.json</a>.</p>"
            )
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="sitrep API",
            swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="data:,",
        )
