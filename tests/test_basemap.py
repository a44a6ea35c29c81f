"""The map's country shapes: TopoJSON decoding, the 180° split, simplification and GET /api/basemap."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_api_support import build_store

from sitrep.api import create_app
from sitrep.api.basemap import countries_geojson, decode_arcs, simplify
from sitrep.api.static import node_modules_dir

ATLAS = node_modules_dir() / "world-atlas" / "countries-110m.json"

# Two squares that share the border x = 1 (arc 1), the right one drawn with that arc reversed, and
# a third shape that straddles 180°: from 179 to -179 and back.
TOPOLOGY = {
    "type": "Topology",
    "arcs": [
        [[1, 0], [0, 0], [0, 1], [1, 1]],
        [[1, 1], [1, 0.5], [1, 0]],
        [[1, 0], [2, 0], [2, 1], [1, 1]],
        [[179, 60], [-179, 60], [-179, 61], [179, 61], [179, 60]],
    ],
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": "001", "properties": {"name": "Left"}, "arcs": [[0, 1]]},
        {"type": "Polygon", "id": "002", "properties": {"name": "Right"}, "arcs": [[2, ~1]]},
        {"type": "MultiPolygon", "id": "003", "properties": {"name": "Straddling"}, "arcs": [[[3]]]},
        {"type": "Polygon", "id": "010", "properties": {"name": "Antarctica"}, "arcs": [[0, 1]]},
    ]}},
}


def test_quantised_arcs_are_decoded_from_deltas() -> None:
    topology = {"arcs": [[[0, 0], [10, 5], [-5, 5]]], "transform": {"scale": [0.5, 2.0], "translate": [-180, -90]}}
    assert decode_arcs(topology) == [[(-180.0, -90.0), (-175.0, -80.0), (-177.5, -70.0)]]


def test_simplify_drops_only_vertices_within_the_tolerance() -> None:
    line = [(0.0, 0.0), (1.0, 0.01), (2.0, 0.0), (3.0, 1.0)]
    assert simplify(line, 0.1) == [(0.0, 0.0), (2.0, 0.0), (3.0, 1.0)]
    assert simplify(line, 0.001) == line


def test_shapes_share_borders_split_at_180_and_leave_out_antarctica() -> None:
    features = {f["properties"]["name"]: f for f in countries_geojson(TOPOLOGY, tolerance=0.6)["features"]}
    assert set(features) == {"Left", "Right", "Straddling"}
    # The shared border's middle vertex (1, 0.5) is within the tolerance: both sides drop it.
    left = features["Left"]["geometry"]["coordinates"][0][0]
    right = features["Right"]["geometry"]["coordinates"][0][0]
    assert [1, 0.5] not in left and [1, 0.5] not in right
    # Unwrapped (no edge jumps across the map), and drawn again shifted by 360° for the other side.
    copies = features["Straddling"]["geometry"]["coordinates"]
    assert len(copies) == 2
    for polygon in copies:
        lons = [lon for lon, _ in polygon[0]]
        assert all(abs(b - a) < 180 for a, b in pairwise(lons))
    assert {round(min(lon for lon, _ in p[0])) for p in copies} == {179, -181}


@pytest.mark.skipif(not ATLAS.is_file(), reason="world-atlas is not installed (make setup)")
def test_basemap_endpoint_serves_the_atlas_as_cached_geojson(tmp_path: Path) -> None:
    client = TestClient(create_app(build_store(tmp_path / "basemap.duckdb")))
    response = client.get("/api/basemap")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/geo+json"
    assert "max-age" in response.headers["cache-control"]
    features = response.json()["features"]
    names = {feature["properties"]["name"] for feature in features}
    assert "Russia" in names and "Antarctica" not in names and len(features) > 150
    russia = next(f for f in features if f["properties"]["name"] == "Russia")["geometry"]["coordinates"]
    # Chukotka reaches past 180° and has a copy on the western edge of the map.
    assert any(max(lon for lon, _ in polygon[0]) > 180 for polygon in russia)
    assert any(min(lon for lon, _ in polygon[0]) < -180 for polygon in russia)
