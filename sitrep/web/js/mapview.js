/* global L */
import { addBasemap, mercatorX, mercatorY } from "./basemap.js";
import { PLOVER_COLORS, ploverColor } from "./colors.js";
import { el, clear } from "./dom.js";

const CELL_PX = 44; // points closer than this on screen are drawn as one cluster

// A Leaflet map over the offline basemap, with markers coloured by PLOVER type, sized by the
// number of sources, and grouped by a simple screen-grid clustering when dense.
export function createMap(container, { onPoint, small = false } = {}) {
  const map = L.map(container, {
    preferCanvas: true, worldCopyJump: false, minZoom: 1, maxZoom: 10,
    maxBounds: [[-85, -200], [85, 200]], keyboard: true,
  }).setView([30, 20], small ? 4 : 2);
  map.attributionControl.addAttribution("Natural Earth via world-atlas");
  // Countries and markers in panes of their own: the shapes arrive asynchronously and must never
  // be drawn over markers that were placed before them.
  map.createPane("countries").style.zIndex = 250;
  map.createPane("points").style.zIndex = 450;
  const pointRenderer = L.canvas({ pane: "points" });
  const basemap = addBasemap(map, L.canvas({ pane: "countries" }));
  const layer = L.layerGroup().addTo(map);
  let points = [];
  let kind = "incidents";

  function draw() {
    layer.clearLayers();
    const zoom = map.getZoom();
    const bounds = map.getBounds().pad(0.2);
    const [south, west, north, east] = [bounds.getSouth(), bounds.getWest(), bounds.getNorth(), bounds.getEast()];
    // Leaflet's map.project, as plain arithmetic: thousands of points, no LatLng/Point objects.
    const scale = map.getZoomScale(zoom, 0);
    const cells = new Map();
    for (const point of points) {
      const [lat, lon] = point;
      if (lat < south || lat > north || lon < west || lon > east) continue;
      const key = `${Math.floor((mercatorX(lon) * scale) / CELL_PX)}:${Math.floor((mercatorY(lat) * scale) / CELL_PX)}`;
      const cell = cells.get(key);
      if (cell) cell.push(point); else cells.set(key, [point]);
    }
    for (const members of cells.values()) {
      if (members.length === 1) {
        const [lat, lon, type, sources, id, precision] = members[0];
        const radius = 4 + Math.min(10, 2.5 * Math.log2(1 + (sources || 1)));
        // An incident placed only to a region or country sits at the area's centre: a hollow ring, so it
        // does not read as an exact spot.
        const area = precision && precision !== "point";
        const marker = L.circleMarker([lat, lon], area
          ? { radius, color: ploverColor(type), weight: 2, fillOpacity: 0, renderer: pointRenderer }
          : { radius, color: "#fff", weight: 1, fillColor: ploverColor(type), fillOpacity: 0.9, renderer: pointRenderer });
        marker.bindTooltip(`${type || "?"} · ${sources || 1} source(s)${area ? ` · centre of the ${precision}` : ""}`);
        marker.on("click", () => onPoint && onPoint(kind, id));
        layer.addLayer(marker);
      } else {
        const lat = members.reduce((sum, p) => sum + p[0], 0) / members.length;
        const lon = members.reduce((sum, p) => sum + p[1], 0) / members.length;
        const size = 22 + Math.min(22, 4 * Math.log2(members.length));
        const icon = L.divIcon({
          className: "cluster-icon", iconSize: [size, size],
          html: `<span style="line-height:${size - 4}px">${members.length}</span>`, // a number, not user text
        });
        const marker = L.marker([lat, lon], { icon, keyboard: true, title: `${members.length} ${kind}; zoom in` });
        marker.on("click", () => map.setView([lat, lon], Math.min(map.getMaxZoom(), zoom + 2)));
        layer.addLayer(marker);
      }
    }
  }

  map.on("zoomend moveend", draw);
  return {
    map,
    basemap,
    setPoints(newPoints, newKind) {
      points = newPoints;
      kind = newKind || kind;
      draw();
    },
  };
}

export function renderLegend(container) {
  clear(container);
  for (const [type, colour] of Object.entries(PLOVER_COLORS)) {
    container.append(el("span", {}, el("span", { class: "swatch", style: `background:${colour}` }), type));
  }
}
