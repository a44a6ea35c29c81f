/* global Chart */
// The escalation chart of one series: conflict intensity and cooperation per period, with the
// periods that carry escalation signals marked by triangles. Clicking a point reports its index.
let chart = null;

// Tick labels without Intl.NumberFormat: its first use loads the locale data (tens of ms on the
// first page); the values are small counts and scores, shown with at most two decimals.
const plainNumber = (value) => String(Math.round(value * 100) / 100);

export function renderChart(canvas, points, onPick) {
  const labels = points.map((point) => point.period_start);
  const intensity = points.map((point) => point.conflict_intensity);
  const cooperation = points.map((point) => point.cooperation);
  const signals = points.map((point) => (point.signals && point.signals.length ? point.conflict_intensity : null));
  if (chart) chart.destroy();
  // The page's own font: already resolved for the page, so measuring the labels finds it at once.
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  chart = new Chart(canvas, {
    type: "line",
    data: {
      labels,
      datasets: [
        { label: "Conflict intensity", data: intensity, borderColor: "#c92a2a", backgroundColor: "#c92a2a",
          pointRadius: 2, tension: 0.2 },
        { label: "Cooperation", data: cooperation, borderColor: "#1c7ed6", backgroundColor: "#1c7ed6",
          pointRadius: 2, tension: 0.2 },
        { label: "Escalation signal", data: signals, showLine: false, pointStyle: "triangle", pointRadius: 8,
          pointHoverRadius: 10, borderColor: "#000", backgroundColor: "#f08c00" },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      // Horizontal week labels, sized from a sample of them: Chart.js otherwise measures every label
      // at several rotations before it draws.
      scales: {
        x: { ticks: { maxTicksLimit: 10, maxRotation: 0, sampleSize: 12 } },
        y: { beginAtZero: true, ticks: { callback: plainNumber } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            afterBody(items) {
              const point = points[items[0].dataIndex];
              const lines = [`${point.incidents} incident(s), highest rung ${point.max_rung}`];
              for (const signal of point.signals || []) lines.push(`▲ ${signal.kind}: ${signal.explanation}`);
              return lines;
            },
          },
        },
      },
      onClick(_event, elements) {
        if (elements.length && onPick) onPick(elements[0].index);
      },
    },
  });
  return chart;
}
