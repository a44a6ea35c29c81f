"""The dashboard's files, and the npm packages it uses, served from disk (no CDN, works offline)."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
# Folder of each package that the browser needs; nothing else of node_modules is exposed.
VENDOR_PACKAGES = {
    "leaflet": "leaflet/dist",
    "chart.js": "chart.js/dist",
    "topojson-client": "topojson-client/dist",
    "world-atlas": "world-atlas",
}


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
            app.mount(f"/vendor/{name}", StaticFiles(directory=directory), name=f"vendor-{name}")
        else:
            missing.append(name)
    app.mount("/", StaticFiles(directory=WEB_DIR, html=True), name="dashboard")
    return missing
