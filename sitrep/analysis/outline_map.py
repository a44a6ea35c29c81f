"""Country outlines for the map of a self-contained HTML report, drawn as one SVG path.

The shapes are the dashboard's (world-atlas 1:110m, installed by ``make setup``), simplified further
for a 720-pixel map so that the report stays small (about 40 kB of path). Without the package the map
falls back to a latitude/longitude grid, and says so.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

# Degrees: half a degree is under a pixel at 720 px for 360°, so the outline looks the same.
REPORT_TOLERANCE = 0.5
TOPOLOGY_FILE = "world-atlas/countries-110m.json"


def _topology_path() -> Path:
    from sitrep.api.static import node_modules_dir

    return node_modules_dir() / TOPOLOGY_FILE


@lru_cache(maxsize=4)
def outline_path(width: int, height: int) -> str | None:
    """The SVG path data ("M…L…Z") of every country at this size, equirectangular; None without shapes."""
    path = _topology_path()
    if not path.is_file():
        return None
    from sitrep.api.basemap import countries_geojson

    shapes = countries_geojson(json.loads(path.read_text(encoding="utf-8")), tolerance=REPORT_TOLERANCE)
    commands = []
    for feature in shapes["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                points = [f"{(lon + 180) / 360 * width:.0f},{(90 - lat) / 180 * height:.0f}" for lon, lat in ring]
                # Consecutive vertices that fall on the same pixel add bytes and nothing else.
                points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
                if len(points) >= 3:
                    commands.append("M" + "L".join(points) + "Z")
    return "".join(commands)
