"""The dashboard in headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Screenshots of the main pages go to artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_api_support import XSS, build_store

from sitrep.api import create_app
from sitrep.api.server import running

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
TOKEN = "dashboard-token"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (install Debian's chromium; CI does, via .ci/run)"
)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("dashboard") / "dash.duckdb")
    with running(create_app(db, token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, base_url: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1366, "height": 820}, base_url=base_url)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, errors


def open_view(page, hash_path: str) -> None:
    page.goto(f"/{hash_path}")
    page.wait_for_selector("body[data-ready=true]")


def shoot(page, name: str, full_page: bool = False) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def test_overview_shows_counts_map_chart_and_incidents(page) -> None:
    open_view(page, "")
    assert "4 articles" in page.locator("#stats").inner_text()
    assert page.locator("#overview-incidents li").count() == 3
    # Ranked as the report ranks them, each with its rung, sides and how widely it was reported.
    first = page.locator("#overview-incidents li").first.inner_text()
    assert "rung " in first and "→" in first and " article" in first and " outlet" in first and "(s)" not in first
    assert page.locator("#map .leaflet-countries-pane canvas").count() == 1
    assert page.locator("#map .leaflet-points-pane canvas").count() == 1
    assert page.locator("#series-key").input_value() in ("RUS-UKR", "ISR-PSE")
    markers = page.evaluate(
        "() => { let n = 0; window.sitrepOverviewMap.eachLayer((l) => { if (l instanceof L.CircleMarker) n += 1; });"
        " return n; }"
    )
    assert markers == 3  # one per incident: Kharkiv, Moscow and Gaza are far enough apart at this zoom
    shoot(page, "overview")


def test_clicking_a_chart_point_lists_the_incidents_behind_it(page) -> None:
    open_view(page, "")
    page.fill("#series-key", "RUS-UKR")
    page.click("#series-go")
    page.wait_for_selector("#chart[data-key='RUS-UKR']")
    x, y = page.evaluate(
        "() => { const chart = Chart.getChart(document.getElementById('chart'));"
        " const point = chart.getDatasetMeta(0).data.find((p, i) => chart.data.datasets[0].data[i] > 0);"
        " const box = chart.canvas.getBoundingClientRect(); return [box.left + point.x, box.top + point.y]; }"
    )
    page.mouse.click(x, y)
    link = page.locator("#chart-detail a", has_text="Kharkiv")
    link.wait_for()
    assert "Week of 2024-08-05" in page.locator("#chart-detail h3").inner_text()
    link.click()
    page.wait_for_selector("#view-incident table")


def test_filters_narrow_the_event_table(page) -> None:
    open_view(page, "#/events")
    assert page.locator("#events-table tbody tr").count() == 4
    page.fill("input[name=country]", "PSE")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("body[data-ready=true]")
    rows = page.locator("#events-table tbody tr")
    rows.first.wait_for()
    assert rows.count() == 1 and "Israeli aircraft" in rows.first.inner_text()
    download = page.locator("#events-table a", has_text="CSV").get_attribute("href")
    assert "country=PSE" in download and "format=csv" in download
    shoot(page, "events_filtered")


def test_the_situation_report_links_follow_the_filters(page) -> None:
    open_view(page, "")
    page.fill("input[name=dyad]", "UKR-RUS")
    page.fill("input[name=from]", "2024-08-01")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("body[data-ready=true]")
    href = page.locator("#report-pdf").get_attribute("href")
    assert "format=pdf" in href and "dyad=UKR-RUS" in href and "from=2024-08-01" in href
    response = page.request.get(href)
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")
    html = page.request.get(page.locator("#report-html").get_attribute("href")).text()
    assert "Situation report: 2024-08-01" in html and "RUS-UKR" in html


def test_incident_page_lists_every_mention(page) -> None:
    open_view(page, "")
    page.locator("#overview-incidents a", has_text="Kharkiv").first.click()
    page.wait_for_selector("#view-incident table")
    text = page.locator("#view-incident").inner_text()
    assert "Kyiv Daily" in text and "Wire Service" in text
    assert page.locator("#view-incident tbody tr").count() == 2
    assert "Verdict" in text
    shoot(page, "incident", full_page=True)


def test_article_reader_highlights_every_kind(page) -> None:
    open_view(page, "#/articles")
    page.locator("#articles-table tbody tr", has_text="Russian shelling kills three").click()
    page.wait_for_selector("#article-text")
    for kind in ("event", "trigger", "actor", "place", "date", "quote", "speaker", "cue"):
        assert page.locator(f"#article-text .hl-{kind}").count() >= 1, kind
    assert page.locator("#article-text .hl-trigger").first.inner_text() == "shelled"
    assert "ASSAULT" in page.locator("#record-panel").inner_text()
    page.locator("#article-text .hl-quote").first.click()
    assert "condemns" in page.locator("#record-panel").inner_text()
    shoot(page, "article_reader", full_page=True)


def test_article_text_with_a_script_tag_shows_as_text(page) -> None:
    open_view(page, "#/articles")
    page.locator("#articles-table tbody tr", has_text="Strikes in Gaza").click()
    page.wait_for_selector("#article-text")
    assert XSS in page.locator("#article-text").inner_text()
    assert XSS in page.locator("#view-article h2").inner_text()
    assert page.locator("#view-article script").count() == 0
    assert page.evaluate("() => window.__xss") is None
    shoot(page, "article_with_script_tag")


def test_a_correction_needs_the_token_and_then_shows(page) -> None:
    open_view(page, "#/events?")
    page.locator("#events-table tbody tr", has_text="protested").click()
    page.wait_for_selector("form.review")
    page.fill("#rv-reviewer", "Ana Analyst")
    page.select_option("#rv-plover_type", "MOBILIZE")
    page.click("form.review button[type=submit]")
    status = page.locator("form.review [role=status]")
    status.filter(has_text="Not saved").wait_for()
    assert "401" in status.inner_text()
    page.fill("#rv-token", TOKEN)
    page.click("form.review button[type=submit]")
    page.locator(".compare").wait_for()
    compare = page.locator(".compare").inner_text()
    assert "Ana Analyst" in compare and "MOBILIZE" in compare and "PROTEST" in compare
    shoot(page, "review_saved", full_page=True)
    open_view(page, "#/events")
    row = page.locator("#events-table tbody tr", has_text="protested")
    assert "reviewed" in row.inner_text() and "MOBILIZE" in row.inner_text()


def test_missing_vendor_assets_are_reported(tmp_path: Path, browser, monkeypatch: pytest.MonkeyPatch) -> None:
    db = build_store(tmp_path / "plain.duckdb")
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("SITREP_NODE_MODULES", str(tmp_path / "empty"))
    app = create_app(db)
    assert set(app.state.missing_vendor) == {"leaflet", "chart.js", "world-atlas", "swagger-ui"}
    with running(app) as url:
        context = browser.new_context(base_url=url)
        tab = context.new_page()
        tab.goto("/")
        tab.locator("#error").filter(has_text="make setup").wait_for()
        tab.wait_for_selector("body[data-ready=true]")
        assert tab.locator("#overview-incidents li").count() == 3  # the lists still work without the map
        context.close()


def test_api_docs_render_offline(page) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/docs")
    page.locator(".swagger-ui .opblock-summary-path", has_text="/api/events").first.wait_for()
    base = page.evaluate("() => location.origin")
    assert all(url.startswith((base, "data:")) for url in requested), requested  # nothing from a CDN
