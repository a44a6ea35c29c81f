"""How fast the dashboard's first page loads on a store of 10,000 events.

Builds a store of synthetic coded articles (N events, 4 per article) through the Store API in a
temporary folder, clusters incidents, starts the app with uvicorn on 127.0.0.1 in a thread, then
times (1) each API call the first page makes, and (2) when /usr/bin/chromium is present, a headless
page load with Playwright, from navigation until the page marks itself ready (country shapes and
map points drawn, chart drawn, top incidents listed), and where that time goes: the page's own
performance marks (main.js) and when its largest downloads and API answers arrived.

    .venv/bin/python benchmarks/bench_dashboard.py --events 10000 --db /tmp/bench10k.duckdb
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from sitrep.analysis.update import update_incidents
from sitrep.api import create_app
from sitrep.api.server import running
from sitrep.model import ActorRef, Article, CodedDocument, Event, EventDate, Modality, Place, Size, article_id
from sitrep.store import Store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TYPES = [("ASSAULT", "195", -10.0, 4), ("COERCE", "170", -7.0, 4), ("THREATEN", "138", -7.0, 3),
         ("PROTEST", "141", -6.5, 3), ("CONSULT", "040", 1.0, 1), ("AID", "070", 7.0, 2), ("ACCUSE", "112", -2.0, 3)]
DYADS = [("RUS", "UKR"), ("UKR", "RUS"), ("ISR", "PSE"), ("ISR", "LBN"), ("SDN", "SDN"), ("MMR", "MMR"),
         ("USA", "IRN"), ("CHN", "TWN"), ("MLI", "MLI"), ("ETH", "ERI")]
CITIES = [("Kharkiv", "UKR", "Kharkiv", 49.98, 36.25), ("Kursk", "RUS", "Kursk", 51.73, 36.19),
          ("Gaza", "PSE", "Gaza Strip", 31.5, 34.47), ("Beirut", "LBN", "Beyrouth", 33.89, 35.5),
          ("Khartoum", "SDN", "Khartoum", 15.55, 32.53), ("Lashio", "MMR", "Shan", 22.93, 97.75),
          ("Tehran", "IRN", "Tehran", 35.69, 51.39), ("Taipei", "TWN", "Taipei", 25.03, 121.56),
          ("Bamako", "MLI", "Bamako", 12.65, -8.0), ("Anadyr", "RUS", "Chukotka", 64.73, 177.5)]


def synthetic_docs(n_events: int, seed: int = 7) -> list[CodedDocument]:
    rng = random.Random(seed)
    start_day = datetime(2024, 1, 1, tzinfo=UTC)
    docs = []
    for number in range(n_events // 4):
        text = f"Synthetic report {number}. " + " ".join(
            f"Sentence {k} of report {number} says forces struck a target." for k in range(4))
        published = start_day + timedelta(days=rng.randrange(365), hours=rng.randrange(24))
        article = Article(article_id(text), text, f"Report {number}", f"https://example.org/{number}",
                          f"outlet-{number % 25}", published, language="en")
        events = []
        for k in range(4):
            plover, cameo, goldstein, quad = rng.choice(TYPES)
            source, target = rng.choice(DYADS)
            city, country, admin1, lat, lon = rng.choice(CITIES)
            sentence = f"Sentence {k} of report {number} says forces struck a target."
            offset = text.index(sentence)
            day = (published - timedelta(days=rng.randrange(3))).date().isoformat()
            events.append(Event(
                f"e{k}", article.id, sentence, offset, offset + len(sentence), "struck", plover, None, cameo,
                quad, goldstein, source=[ActorRef("forces", None, f"{source}MIL", source, "MIL")],
                target=[ActorRef("a target", None, target, target, None)], modality=Modality(),
                date=EventDate(day, "day", None),
                location=Place(city, -1, -1, city, None, lat + rng.uniform(-.3, .3), lon + rng.uniform(-.3, .3),
                               country, admin1, "city", 0.9),
                size=Size(), confidence=rng.random()))
        docs.append(CodedDocument(article, events))
    return docs


def build(path: Path, n_events: int) -> dict[str, float]:
    started = time.perf_counter()
    docs = synthetic_docs(n_events)
    with Store.open(path) as store:
        for index in range(0, len(docs), 500):
            store.add_coded(docs[index:index + 500], "synthetic")
        written = time.perf_counter()
        update_incidents(store)
        incidents = store.connection.execute("SELECT count(*) FROM incidents").fetchone()[0]
    return {"write_s": written - started, "incidents_s": time.perf_counter() - written, "incidents": incidents}


def first_page_calls() -> list[tuple[str, dict]]:
    return [
        ("/", {}), ("/js/main.js", {}), ("/vendor/leaflet/leaflet.js", {}), ("/vendor/chart.js/chart.umd.js", {}),
        ("/api/basemap", {}),
        ("/api/stats", {}), ("/api/plover-types", {}), ("/api/map", {"kind": "incidents"}),
        ("/api/dyads", {"limit": 20}), ("/api/series", {"scope": "pair", "period": "week", "top": 1}),
        ("/api/incidents", {"sort": "-sources", "limit": 10}),
        ("/api/map", {"kind": "events"}), ("/api/events", {"limit": 50}),
    ]


def time_api(base: str, repeats: int) -> list[tuple[str, float, float, int]]:
    """(call, first time, median of the repeats after it, bytes) per call of the first page."""
    results = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for path, params in first_page_calls():
            times = []
            size = 0
            for _ in range(repeats + 1):
                started = time.perf_counter()
                response = client.get(path, params=params)
                times.append(time.perf_counter() - started)
                response.raise_for_status()
                size = len(response.content)
            label = path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
            results.append((label, times[0], statistics.median(times[1:]), size))
    return results


# Milliseconds since navigation of each step the page marks (main.js) and of the largest downloads.
BREAKDOWN_JS = """() => {
  const out = {};
  for (const m of performance.getEntriesByType("mark")) {
    if (m.name.startsWith("sitrep:")) out[m.name.slice(7)] = m.startTime;
  }
  const nav = performance.getEntriesByType("navigation")[0];
  if (nav) {
    out.domInteractive = nav.domInteractive; out.domContentLoaded = nav.domContentLoadedEventEnd;
    out.loadEvent = nav.loadEventEnd; out.now = performance.now();
  }
  for (const r of performance.getEntriesByType("resource")) {
    const name = r.name.replace(location.origin, "");
    if (r.transferSize > 20000 || name.startsWith("/api/")) out["fetched " + name] = r.responseEnd;
  }
  return out;
}"""


def time_browser(base: str, repeats: int, screenshot: Path | None,
                 breakdowns: list[dict[str, float]] | None = None) -> list[float]:
    from playwright.sync_api import sync_playwright

    loads = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # The browser's own start-up (its first renderer process) is not the dashboard's cost.
        warm_up = browser.new_context()
        warm_up.new_page().goto("about:blank")
        warm_up.close()
        for attempt in range(repeats):
            context = browser.new_context(viewport={"width": 1366, "height": 800})  # a cold cache each time
            page = context.new_page()
            started = time.perf_counter()
            page.goto(f"{base}/")
            page.wait_for_selector("body[data-ready=true]", timeout=60_000)
            loads.append(time.perf_counter() - started)
            if breakdowns is not None:
                breakdowns.append(page.evaluate(BREAKDOWN_JS))
            if screenshot and attempt == 0:
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshot))
            context.close()
        browser.close()
    return loads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None,
                        help="Keep the synthetic store here and reuse it when it exists (skips building it).")
    parser.add_argument("--screenshot", type=Path, default=Path("artifacts/screenshots/bench_overview.png"))
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.duckdb"
        if path.exists():
            print(f"store: reusing {path}")
        else:
            built = build(path, args.events)
            print(f"store: {args.events} events written in {built['write_s']:.1f} s; "
                  f"{built['incidents']} incidents clustered in {built['incidents_s']:.1f} s")
        browser = Path(CHROMIUM).exists()
        if browser:
            # A server just started (series cache empty) and a browser with an empty cache.
            with running(create_app(path)) as base:
                cold = time_browser(base, 1, None)[0]
            print(f"first page load on a freshly started server: {cold * 1000:.0f} ms")
        with running(create_app(path)) as base:
            print(f"\nAPI calls of the first page (first call on a fresh server; median of {args.repeats} more):")
            print("| call | first ms | median ms | bytes |\n|---|---|---|---|")
            for label, first, median, size in time_api(base, args.repeats):
                print(f"| `{label}` | {first * 1000:.0f} | {median * 1000:.0f} | {size:,} |")
            if browser:
                breakdowns: list[dict[str, float]] = []
                loads = time_browser(base, args.repeats, args.screenshot, breakdowns)
                print("\nwhere the page load goes (ms since navigation, median of the loads; `now` is when the "
                      "benchmark, having seen ready, asked):")
                steps = {step: statistics.median(b[step] for b in breakdowns if step in b) for step in breakdowns[0]}
                for step, median in sorted(steps.items(), key=lambda item: item[1]):
                    print(f"  {median:7.0f}  {step}")
                print(f"\nheadless Chromium page load to ready (empty browser cache each time, server warm): "
                      f"median {statistics.median(loads) * 1000:.0f} ms, "
                      f"min {min(loads) * 1000:.0f} ms, max {max(loads) * 1000:.0f} ms "
                      f"({', '.join(f'{t * 1000:.0f}' for t in loads)})")
            else:
                print(f"\n{CHROMIUM} absent: no browser measurement")
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
