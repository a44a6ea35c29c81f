// Starts the first view's API requests while the libraries and modules are still loading, so the
// server works while the browser parses; api.js takes each response once (same URL), or fetches
// anew when there is none. A classic script, not a module: it runs as soon as it is parsed.
(function prefetch() {
  const early = {};
  const get = (url) => { early[url] = fetch(url, { headers: { Accept: "application/json" } }); };
  get("/api/stats");
  get("/api/plover-types");
  const hash = window.location.hash;
  if (!hash || hash === "#" || hash === "#/") {
    get("/api/map?kind=incidents");
    get("/api/series?scope=pair&period=week&top=1");
    get("/api/incidents?sort=-sources&limit=10");
  }
  window.sitrepEarly = early;
}());
