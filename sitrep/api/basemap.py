"""The dashboard's country shapes as ready-to-draw GeoJSON, built once from the world-atlas TopoJSON.

The browser used to decode the TopoJSON, split the shapes at the 180° meridian and hand ~10,000
vertices to Leaflet on every page load. Done here once per process: the shapes are decoded, split,
simplified to what a small-scale map shows, and serialised to bytes that every request reuses.

Shapes that cross the 180° meridian (Russia's Chukotka, Fiji) have consecutive vertices at +179 and
-179; drawn as they are, their edges smear across the whole map. Each ring is "unwrapped" so that
longitudes stay continuous (…179, 181…), and a polygon that then reaches past ±180 is drawn twice:
as is and shifted by 360°, so both sides of the map show their part. Antarctica, whose ring goes
round the pole, is left out (no conflict events are placed there).
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

POLAR_IDS = {"010"}  # Antarctica
# Degrees (about 10 km): a third of a screen pixel at the zoom the map opens at (2), so the outline
# drawn there is unchanged; it drops ~18% of the 1:110m source's vertices. Coordinates are rounded
# to 0.01° (about 1 km), finer than the tolerance.
SIMPLIFY_TOLERANCE = 0.1
DECIMALS = 2

Ring = list[tuple[float, float]]


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Absolute [lon, lat] vertices of each arc (TopoJSON stores quantised deltas)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if not transform:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (scale_x, scale_y), (shift_x, shift_y) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_from_arcs(indexes: list[int], arcs: list[Ring]) -> Ring:
    """Join arcs into one ring; a negative index ~i means arc i reversed; shared end points once."""
    ring: Ring = []
    for index in indexes:
        points = arcs[~index][::-1] if index < 0 else arcs[index]
        ring.extend(points[1:] if ring else points)
    return ring


def unwrap_ring(ring: Ring) -> Ring:
    out = [ring[0]]
    offset = 0.0
    for previous, (lon, lat) in pairwise(ring):
        step = lon - previous[0]
        if step > 180:
            offset -= 360
        elif step < -180:
            offset += 360
        out.append((lon + offset, lat))
    return out


def split_at_antimeridian(polygons: list[list[Ring]]) -> list[list[Ring]]:
    out = []
    for polygon in polygons:
        rings = [unwrap_ring(ring) for ring in polygon]
        longitudes = [lon for lon, _ in rings[0]]
        out.append(rings)
        if max(longitudes) > 180:
            out.append([[(lon - 360, lat) for lon, lat in ring] for ring in rings])
        if min(longitudes) < -180:
            out.append([[(lon + 360, lat) for lon, lat in ring] for ring in rings])
    return out


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas–Peucker (iterative, so long coastlines cannot overflow the stack)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        farthest, distance = -1, tolerance
        for index in range(first + 1, last):
            x, y = points[index]
            # Distance to the chord; to the end point when the ring closes on itself (length 0).
            d = abs(dy * (x - x1) - dx * (y - y1)) / length if length else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > distance:
                farthest, distance = index, d
        if farthest >= 0:
            keep[farthest] = True
            stack.extend([(first, farthest), (farthest, last)])
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def ring(indexes: list[int], simplified: list[Ring], arcs: list[Ring]) -> Ring:
    """A ring of simplified arcs; a small island keeps its vertices rather than collapse to a line."""
    joined = ring_from_arcs(indexes, simplified)
    return joined if len(joined) >= 4 else ring_from_arcs(indexes, arcs)


def geometry_polygons(geometry: dict[str, Any], simplified: list[Ring], arcs: list[Ring]) -> list[list[Ring]]:
    if geometry.get("type") == "Polygon":
        return [[ring(indexes, simplified, arcs) for indexes in geometry["arcs"]]]
    if geometry.get("type") == "MultiPolygon":
        return [[ring(indexes, simplified, arcs) for indexes in polygon] for polygon in geometry["arcs"]]
    return []


def countries_geojson(topology: dict[str, Any], tolerance: float = SIMPLIFY_TOLERANCE) -> dict[str, Any]:
    """A FeatureCollection of MultiPolygons, one feature per country, ready for L.geoJSON."""
    arcs = decode_arcs(topology)
    # Arcs are simplified, not rings: a border shared by two countries is one arc, so both sides
    # keep the same vertices and no sliver opens between neighbours.
    simplified = [simplify(arc, tolerance) for arc in arcs]
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        identifier = str(geometry.get("id", ""))
        polygons = geometry_polygons(geometry, simplified, arcs)
        if identifier in POLAR_IDS or not polygons:
            continue
        coordinates = [
            [[[round(lon, DECIMALS), round(lat, DECIMALS)] for lon, lat in points] for points in polygon]
            for polygon in split_at_antimeridian(polygons)
        ]
        features.append({
            "type": "Feature", "id": identifier,
            "properties": {"name": (geometry.get("properties") or {}).get("name", "")},
            "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
        })
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=2)
def _cached(path: Path, modified_ns: int) -> bytes:
    topology = json.loads(path.read_text(encoding="utf-8"))
    return json.dumps(countries_geojson(topology), separators=(",", ":")).encode()


def countries_bytes(topojson_path: Path) -> bytes:
    """The serialised GeoJSON of the shapes in this TopoJSON file, built once per file version."""
    return _cached(topojson_path, topojson_path.stat().st_mtime_ns)
