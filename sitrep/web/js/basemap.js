/* global L */
// An offline basemap: Natural Earth country shapes (world-atlas), drawn on the map's canvas.
//
// The server sends them as GeoJSON already split at the 180° meridian and simplified
// (sitrep/api/basemap.py, GET /api/basemap). They are drawn as one canvas path: the vertices are
// projected once, to zoom-0 Web Mercator pixels in typed arrays, and each redraw only scales and
// shifts them. Leaflet's L.geoJSON would make a polygon with a LatLng object per vertex (~8,500),
// re-project them at every zoom and clip each polygon: most of the first page's map time.

const MAX_LATITUDE = 85.0511287798; // where Leaflet's Web Mercator stops
const TILE = 256; // Leaflet's pixels per world width at zoom 0

export function mercatorX(lon) { return TILE * (0.5 + lon / 360); }

export function mercatorY(lat) {
  const sin = Math.sin((Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180);
  return TILE * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
}

// Every ring of every country as [x0, y0, x1, y1, …] in zoom-0 pixels.
export function projectRings(collection) {
  const rings = [];
  for (const feature of collection.features) {
    const geometry = feature.geometry || {};
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
      : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const flat = new Float64Array(ring.length * 2);
        ring.forEach(([lon, lat], i) => { flat[2 * i] = mercatorX(lon); flat[2 * i + 1] = mercatorY(lat); });
        rings.push(flat);
      }
    }
  }
  return rings;
}

// A non-interactive path for L.Canvas: the renderer calls _project at each zoom, _update after
// each move, and _updatePath when it (re)draws the area of _pxBounds. Defined on first use: this
// module is imported even when Leaflet is missing (the page then reports it and shows the lists).
let CountryShapes = null;

const countryShapesMethods = {
  options: { interactive: false, fill: true },

  initialize(rings, options) {
    L.setOptions(this, options);
    this._rings = rings;
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i += 2) {
        box[0] = Math.min(box[0], ring[i]); box[2] = Math.max(box[2], ring[i]);
        box[1] = Math.min(box[1], ring[i + 1]); box[3] = Math.max(box[3], ring[i + 1]);
      }
    }
    this._worldBox = box;
  },

  _project() {
    const map = this._map;
    this._scale = map.getZoomScale(map.getZoom(), 0);
    this._origin = map.getPixelOrigin();
    const [minX, minY, maxX, maxY] = this._worldBox;
    const s = this._scale;
    this._pxBounds = L.bounds([minX * s - this._origin.x, minY * s - this._origin.y],
      [maxX * s - this._origin.x, maxY * s - this._origin.y]);
  },

  _update() {}, // nothing to clip: the canvas clips, and drawing every vertex costs ~1 ms

  _empty() { return !this._rings.length; },

  _containsPoint() { return false; },

  _updatePath() {
    const renderer = this._renderer;
    if (!renderer._drawing || !this._rings.length) return;
    const ctx = renderer._ctx;
    const s = this._scale;
    const { x: ox, y: oy } = this._origin;
    ctx.beginPath();
    for (const ring of this._rings) {
      ctx.moveTo(ring[0] * s - ox, ring[1] * s - oy);
      for (let i = 2; i < ring.length; i += 2) ctx.lineTo(ring[i] * s - ox, ring[i + 1] * s - oy);
      ctx.closePath();
    }
    renderer._fillStroke(ctx, this); // evenodd: a hole (Lesotho in South Africa) stays a hole
  },
};

export async function addBasemap(map, renderer) {
  const response = await fetch("/api/basemap");
  if (!response.ok) throw new Error("country shapes not found: run `make setup` (npm ci)");
  const collection = await response.json();
  performance.mark("sitrep:basemap-data");
  CountryShapes = CountryShapes || L.Path.extend(countryShapesMethods);
  const shapes = new CountryShapes(projectRings(collection), {
    pane: "countries", renderer, color: "#8a96a8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1,
  }).addTo(map);
  performance.mark("sitrep:basemap-drawn");
  return shapes;
}
