/* global L, topojson */
// An offline basemap: Natural Earth country shapes from the world-atlas package, drawn by Leaflet.
//
// Shapes that cross the 180° meridian (Russia's Chukotka, Fiji) have consecutive vertices at
// +179 and -179; drawn as they are, their edges smear across the whole map. Each ring is
// "unwrapped" so that longitudes stay continuous (…179, 181…), and a polygon that then reaches
// past ±180 is drawn twice: as is and shifted by 360°, so both sides of the map show their part.
// Antarctica, whose ring goes round the pole, is left out (no conflict events are placed there).

const POLAR = new Set(["010"]);

function unwrapRing(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  let offset = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) offset -= 360;
    else if (step < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  return out;
}

function shifted(polygon, by) {
  return polygon.map((ring) => ring.map(([lon, lat]) => [lon + by, lat]));
}

export function splitAtAntimeridian(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const out = [];
  for (const polygon of polygons) {
    const rings = polygon.map(unwrapRing);
    const lons = rings[0].map((point) => point[0]);
    const min = Math.min(...lons);
    const max = Math.max(...lons);
    out.push(rings);
    if (max > 180) out.push(shifted(rings, -360));
    if (min < -180) out.push(shifted(rings, 360));
  }
  return { type: "MultiPolygon", coordinates: out };
}

export async function addBasemap(map, renderer) {
  const response = await fetch("/vendor/world-atlas/countries-110m.json");
  if (!response.ok) throw new Error("country shapes not found: run `make setup` (npm ci)");
  const topology = await response.json();
  const countries = topojson.feature(topology, topology.objects.countries);
  const features = countries.features
    .filter((feature) => !POLAR.has(String(feature.id)) && feature.geometry)
    .map((feature) => ({ ...feature, geometry: splitAtAntimeridian(feature.geometry) }));
  return L.geoJSON({ type: "FeatureCollection", features }, {
    interactive: false,
    pane: "countries",
    renderer,
    style: { color: "#8a96a8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
  }).addTo(map);
}
