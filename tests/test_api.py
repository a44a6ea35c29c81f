"""The HTTP API through FastAPI's TestClient, on a small store built in the test."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import duckdb
import httpx
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from test_api_support import XSS, build_store

from sitrep.api import create_app
from sitrep.api.safe_fetch import FetchRefused, check_url, fetch

TOKEN = "s3cret-token"
LISTS = ("articles", "events", "incidents", "quotes", "places", "actors")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "template.duckdb")


@pytest.fixture()
def db(template: Path, tmp_path: Path) -> Path:
    # A fresh copy per test: writes in one test never leak into another, and building costs once.
    return Path(shutil.copy(template, tmp_path / "api.duckdb"))


@pytest.fixture(scope="module")
def client(template: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """One app for the tests that do not write (opening an app per test costs half a second)."""
    copy = Path(shutil.copy(template, tmp_path_factory.mktemp("reads") / "api.duckdb"))
    with TestClient(create_app(copy, token=TOKEN, max_upload_bytes=4000)) as test_client:
        yield test_client


@pytest.fixture()
def fresh(db: Path) -> TestClient:
    """An app over a store of its own, for tests that write."""
    with TestClient(create_app(db, token=TOKEN, max_upload_bytes=4000)) as test_client:
        yield test_client


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def counts(client: TestClient) -> dict[str, int]:
    with client.app.state.handle.connection() as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "events", "quotes", "places", "incidents", "event_reviews")}


# --- reads ----------------------------------------------------------------------------------------


def test_stats_counts_the_store(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"]["total"] == 4
    assert stats["events"]["total"] == 4
    assert stats["incidents"] == 3
    from sitrep.store.migrations import LATEST_VERSION

    assert stats["schema_version"] == LATEST_VERSION


@pytest.mark.parametrize("name", LISTS)
def test_every_list_endpoint_returns_a_page(client: TestClient, name: str) -> None:
    response = client.get(f"/api/{name}")
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["items"] and page["total"] == len(page["items"]) and page["next_cursor"] is None


def test_actors_are_distinct_with_role_counts(client: TestClient) -> None:
    actors = {item["code"]: item for item in client.get("/api/actors", params={"limit": 100}).json()["items"]}
    assert actors["RUSMIL"]["as_source"] == 2
    assert actors["UKRCVL"]["as_target"] == 2
    assert actors["UKRGOV"]["as_speaker"] == 1


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "UKR"}, 2),
        ({"country": "pse"}, 1),
        ({"dyad": "UKR-RUS"}, 2),
        ({"dyad": "RUS-UKR"}, 2),
        ({"plover": "PROTEST"}, 1),
        ({"acled": "Protests"}, 1),
        ({"region": "Kharkiv"}, 2),
        ({"region": "RUS/Moscow"}, 1),
        ({"q": "aircraft"}, 1),
        ({"from": "2024-08-06"}, 3),
        ({"from": "2024-08-06", "to": "2024-08-06"}, 2),
        ({"min_sources": 2}, 2),
    ],
)
def test_event_filters(client: TestClient, params: dict, expected: int) -> None:
    page = client.get("/api/events", params=params).json()
    assert page["total"] == expected, page


def test_incident_filters_and_sort(client: TestClient) -> None:
    assert client.get("/api/incidents", params={"min_sources": 2}).json()["total"] == 1
    dates = [item["date"] for item in client.get("/api/incidents", params={"sort": "date"}).json()["items"]]
    assert dates == sorted(dates)
    dates = [item["date"] for item in client.get("/api/incidents", params={"sort": "-date"}).json()["items"]]
    assert dates == sorted(dates, reverse=True)
    # The ranking of `sitrep incidents` and the report: the best-sourced incident first.
    ranked = client.get("/api/incidents", params={"sort": "-priority"}).json()["items"]
    assert ranked[0]["num_sources"] == max(item["num_sources"] for item in ranked)


def test_a_filter_that_does_not_apply_or_a_bad_sort_is_a_400(client: TestClient) -> None:
    assert client.get("/api/quotes", params={"dyad": "RUS-UKR"}).status_code == 400
    assert client.get("/api/events", params={"sort": "sentence; DROP TABLE events"}).status_code == 400
    assert client.get("/api/events", params={"dyad": "not a dyad"}).status_code == 422


def test_cursor_pagination_walks_every_row_once(client: TestClient) -> None:
    seen, cursor = [], None
    for _ in range(10):
        params = {"limit": 1, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/events", params=params).json()
        seen.extend((item["article_id"], item["event_id"]) for item in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 4 == len(set(seen))


def test_a_forged_or_foreign_cursor_is_refused(client: TestClient) -> None:
    cursor = client.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    assert client.get("/api/events", params={"cursor": "!!nonsense"}).status_code == 400
    assert client.get("/api/events", params={"cursor": cursor, "country": "UKR"}).status_code == 400


def test_article_detail_has_every_kind_of_span_at_its_offsets(client: TestClient) -> None:
    article_id = client.get("/api/articles", params={"q": "terror"}).json()["items"][0]["id"]
    detail = client.get(f"/api/articles/{article_id}").json()
    text = detail["article"]["text"]
    kinds = {span["kind"] for span in detail["spans"]}
    assert {"event", "trigger", "actor", "place", "date", "quote", "speaker", "cue"} <= kinds
    by_kind = {span["kind"]: text[span["start"]:span["end"]] for span in detail["spans"]}
    assert by_kind["trigger"] == "shelled"
    assert by_kind["place"] == "Kharkiv"
    assert by_kind["date"] == "on Tuesday"
    assert by_kind["speaker"] == "President Zelensky"
    assert detail["events"][0]["incident_id"]
    assert client.get("/api/articles/nope").status_code == 404


def test_incident_detail_lists_mentions_across_outlets_and_an_assessment(client: TestClient) -> None:
    incident = client.get("/api/incidents", params={"min_sources": 2}).json()["items"][0]
    detail = client.get(f"/api/incidents/{incident['incident_id']}").json()
    assert {mention["outlet"] for mention in detail["mentions"]} == {"Kyiv Daily", "Wire Service"}
    for mention in detail["mentions"]:
        assert mention["trigger"] in mention["sentence"]
    assert detail["assessment"]["key"] == "RUS->UKR"
    assert client.get("/api/incidents/nope").status_code == 404


def test_series_and_assessments(client: TestClient) -> None:
    series = client.get("/api/series", params={"scope": "pair", "key": "UKR-RUS", "period": "week"}).json()
    points = series["series"]["RUS-UKR"]
    assert sum(point["incidents"] for point in points) == 1
    assert all("signals" in point for point in points)
    dyad = client.get("/api/assess", params={"dyad": "RUS-UKR", "since": "7d"}).json()
    assert dyad["key"] == "RUS->UKR" and dyad["incidents"] == 1
    incident_id = client.get("/api/incidents", params={"country": "PSE"}).json()["items"][0]["incident_id"]
    assert client.get("/api/assess", params={"incident": incident_id}).json()["incidents"] == 1
    assert client.get("/api/assess", params={"incident": "nope"}).status_code == 404
    assert client.get("/api/assess").status_code == 422
    assert client.get("/api/assess", params={"dyad": "RUS-UKR", "since": "forever"}).status_code == 422


def test_the_situation_report_comes_in_four_formats(client: TestClient) -> None:
    report = client.get("/api/report", params={"since": "30d"}).json()
    assert set(report) == {"start", "end", "focus", "escalation", "incidents", "statements"}
    assert report["incidents"] and all(item["links"] for item in report["incidents"])
    assert {entry["assessment"]["key"] for entry in report["escalation"]} == {"ISR-PSE", "RUS-UKR"}
    pair = client.get("/api/report", params={"since": "30d", "dyad": "UKR-RUS"}).json()
    assert pair["focus"] == "RUS-UKR" and all(item["dyad"] == "RUS→UKR" for item in pair["incidents"])
    markdown = client.get("/api/report", params={"since": "30d", "format": "md"})
    assert markdown.headers["content-type"].startswith("text/markdown") and "## Top incidents" in markdown.text
    page = client.get("/api/report", params={"since": "30d", "format": "html"})
    assert page.headers["content-type"].startswith("text/html") and "<h2>Top incidents</h2>" in page.text
    pdf = client.get("/api/report", params={"since": "30d", "format": "pdf"})
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
    assert client.get("/api/report", params={"format": "docx"}).status_code == 422
    assert client.get("/api/report", params={"since": "forever"}).status_code == 422


def test_map_points_follow_the_filters(client: TestClient) -> None:
    points = client.get("/api/map", params={"kind": "events", "country": "UKR"}).json()["points"]
    assert len(points) == 2 and all(point[2] == "ASSAULT" for point in points)
    incidents = client.get("/api/map").json()
    assert len(incidents["points"]) == 3
    # Each point says whether it is a place or an area's centre, so the map can draw areas apart.
    assert incidents["columns"][-1] == "precision"
    assert all(point[5] in {"point", "admin2", "admin1", "region", "water", "country"} for point in incidents["points"])


# --- downloads ------------------------------------------------------------------------------------


def test_downloads_in_three_formats_hold_every_filtered_row(client: TestClient) -> None:
    params = {"country": "UKR", "limit": 1}
    text = client.get("/api/events", params={**params, "format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2 and "review_plover_type" in rows[0]
    lines = client.get("/api/events", params={**params, "format": "jsonl"}).text.splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["location_country"] == "UKR"
    response = client.get("/api/incidents", params={"format": "parquet"})
    assert response.headers["content-type"].startswith("application/vnd.apache.parquet")
    assert pq.read_table(io.BytesIO(response.content)).num_rows == 3


# --- auth and reviews -----------------------------------------------------------------------------


def _event(client: TestClient, **params: str) -> dict:
    return client.get("/api/events", params=params).json()["items"][0]


def test_writes_need_the_token(fresh: TestClient) -> None:
    event = _event(fresh, plover="PROTEST")
    url = f"/api/events/{event['article_id']}/{event['event_id']}/review"
    body = {"reviewer": "ana", "plover_type": "MOBILIZE"}
    assert fresh.post(url, json=body).status_code == 401
    assert fresh.post(url, json=body, headers=auth("wrong")).status_code == 401
    assert fresh.post("/api/ingest", json={"text": "x"}, headers={"Authorization": "Basic abc"}).status_code == 401
    assert fresh.post(url, json=body, headers=auth()).status_code == 200


def test_without_a_configured_token_writes_are_refused_plainly(db: Path) -> None:
    with TestClient(create_app(db)) as no_token:
        response = no_token.post("/api/ingest", json={"text": "Troops shelled the town."}, headers=auth())
    assert response.status_code == 403
    assert "no token is configured" in response.json()["detail"]


def test_a_review_is_kept_beside_the_machine_coding(fresh: TestClient) -> None:
    event = _event(fresh, plover="PROTEST")
    url = f"/api/events/{event['article_id']}/{event['event_id']}/review"
    response = fresh.post(url, headers=auth(), json={
        "reviewer": "ana", "plover_type": "mobilize", "source_code": "RUSOPP", "note": "a rally, not a protest"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["machine"]["plover"]["type"] == "PROTEST"
    assert result["review"]["plover_type"] == "MOBILIZE" and result["review"]["reviewer"] == "ana"
    listed = _event(fresh, plover="MOBILIZE")  # filters see the reviewed type
    assert listed["plover_type"] == "PROTEST" and listed["review"]["plover_type"] == "MOBILIZE"
    detail = fresh.get(f"/api/articles/{event['article_id']}").json()
    assert detail["events"][0]["review"]["source_code"] == "RUSOPP"
    fresh.post(url, headers=auth(), json={"reviewer": "bo", "false_positive": True})
    assert len(fresh.get(f"{url}s").json()) == 2
    rows = list(csv.DictReader(io.StringIO(fresh.get("/api/events", params={"format": "csv"}).text)))
    key = (event["article_id"], event["event_id"])
    reviewed = [row for row in rows if (row["article_id"], row["event_id"]) == key]
    assert reviewed[0]["review_false_positive"] == "true" and reviewed[0]["plover_type"] == "PROTEST"
    with fresh.app.state.handle.connection() as connection:
        machine = connection.execute("SELECT plover_type FROM events WHERE article_id = ?",
                                     [event["article_id"]]).fetchone()[0]
    assert machine == "PROTEST"


def test_review_validation(fresh: TestClient) -> None:
    event = _event(fresh, plover="PROTEST")
    url = f"/api/events/{event['article_id']}/{event['event_id']}/review"
    assert fresh.post(url, headers=auth(), json={"reviewer": "ana", "plover_type": "PARTY"}).status_code == 422
    assert fresh.post(url, headers=auth(), json={"reviewer": "ana", "cameo_code": "999"}).status_code == 422
    assert fresh.post(url, headers=auth(), json={"reviewer": "ana"}).status_code == 422
    assert fresh.post(url, headers=auth(), json={"plover_type": "AID"}).status_code == 422
    missing = f"/api/events/{event['article_id']}/nope/review"
    assert fresh.post(missing, headers=auth(), json={"reviewer": "a", "false_positive": True}).status_code == 404


# --- ingest ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/", "http://10.1.2.3/x", "http://169.254.169.254/latest/meta-data/", "http://localhost:8000/",
     "http://[::1]/", "http://192.168.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/", "file:///etc/passwd"],
)
def test_fetching_private_addresses_is_refused(client: TestClient, url: str) -> None:
    before = counts(client)
    response = client.post("/api/ingest", headers=auth(), json={"fetch": url})
    assert response.status_code == 400, response.text
    assert "refusing" in response.json()["detail"] or "only http" in response.json()["detail"]
    assert counts(client) == before


def test_a_redirect_to_a_private_address_is_refused() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://127.0.0.1/admin"})

    with pytest.raises(FetchRefused):
        fetch("http://93.184.215.14/", 1000, transport=httpx.MockTransport(answer))
    check_url("http://93.184.215.14/")  # a public address passes


def test_oversized_bodies_get_413(client: TestClient) -> None:
    big = "Troops shelled the town. " * 400
    response = client.post("/api/ingest", headers=auth(), files={"file": ("big.txt", big.encode(), "text/plain")})
    assert response.status_code == 413 and "limit" in response.json()["detail"]
    response = client.post("/api/ingest", headers=auth(), json={"text": big * 20})
    assert response.status_code == 413


def test_ingest_rejects_bad_input_clearly(client: TestClient) -> None:
    assert client.post("/api/ingest", headers=auth(), content=b"{not json",
                       ).status_code == 422
    assert client.post("/api/ingest", headers=auth(), json={"title": "no text"}).status_code == 422
    assert client.post("/api/ingest", headers={**auth(), "Content-Type": "text/csv"}, content=b"a,b").status_code == 415


def test_ingest_codes_and_stores_json_and_uploads(db: Path, nlp) -> None:
    from sitrep.pipeline import Coder

    app = create_app(db, token=TOKEN, coder_factory=lambda: Coder(nlp=nlp))
    with TestClient(app) as client:
        text = "Russian forces shelled Kharkiv on Tuesday, killing two civilians, the regional governor said."
        response = client.post("/api/ingest", headers=auth(), json={
            "text": text, "title": "Shelling", "published": "2024-08-13", "url": "https://example.org/a"})
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["new"] and result["events"] >= 1
        stored = client.get(f"/api/articles/{result['article_id']}").json()
        assert stored["article"]["title"] == "Shelling" and stored["events"]
        again = client.post("/api/ingest", headers=auth(), json={"text": text}).json()
        assert again["article_id"] == result["article_id"] and not again["new"]
        upload = f"Unrest\n\nProtesters gathered in Moscow on Friday. {XSS}".encode()
        response = client.post("/api/ingest", headers=auth(), files={"file": ("note.txt", upload, "text/plain")},
                               data={"published": "2024-08-16"})
        assert response.status_code == 200, response.text
        article = client.get(f"/api/articles/{response.json()['article_id']}").json()["article"]
        assert XSS in article["text"] and article["published"].startswith("2024-08-16")


# --- hostile input --------------------------------------------------------------------------------

INJECTIONS = ["' OR '1'='1", "1; DROP TABLE events; --", "\") UNION SELECT * FROM articles --", "%_%", "\\",
              "RUS'--", "ASSAULT' OR 1=1 --"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_sql_injection_strings_are_just_values(client: TestClient, value: str) -> None:
    before = counts(client)
    for name in LISTS:
        for parameter in ("q", "country", "plover", "region", "acled", "sort", "cursor", "dyad"):
            response = client.get(f"/api/{name}", params={parameter: value})
            assert response.status_code < 500, (name, parameter, response.text)
            if response.status_code == 200 and parameter == "q":
                assert response.json()["total"] == 0
    for path in ("/api/series?key=", "/api/assess?dyad=", "/api/assess?region=", "/api/incidents/",
                 "/api/articles/"):
        assert client.get(path + value).status_code < 500
    assert counts(client) == before


@pytest.mark.parametrize(
    "path",
    ["/../pyproject.toml", "/%2e%2e/pyproject.toml", "/..%2f..%2fpyproject.toml", "/js/..%2f..%2fapi%2fapp.py",
     "/vendor/leaflet/../../package.json", "/vendor/leaflet/..%2f..%2f..%2fpackage.json",
     "/vendor/world-atlas/..%2fleaflet%2fpackage.json", "/%2fetc%2fpasswd", "/web/../../etc/passwd"],
)
def test_path_traversal_on_static_files_is_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "[build-system]" not in response.text and "root:" not in response.text


def test_the_dashboard_and_openapi_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "sitrep" in page.text
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text
    schema = client.get("/openapi.json").json()
    assert "/api/events" in schema["paths"] and "EventItem" in str(schema["components"])


def test_the_store_stays_usable_by_duckdb_after_the_app_closes(db: Path) -> None:
    with TestClient(create_app(db)) as client:
        client.get("/api/stats")
    connection = duckdb.connect(str(db), read_only=True)
    assert connection.execute("SELECT count(*) FROM event_reviews").fetchone()[0] == 0
    connection.close()


def test_incident_detail_lists_articles_linked_by_headline_and_lead(db: Path) -> None:
    from datetime import UTC, datetime

    from sitrep.analysis.update import update_incidents
    from sitrep.model import Article, CodedDocument
    from sitrep.store import Store

    # A follow-up the coder found no event in: linked to the shelling as a whole, not through an event.
    text = "Residents of Kharkiv mourned the three civilians killed when Russian forces shelled the city on Tuesday."
    follow_up = Article(id="follow-up", text=text, title="Kharkiv mourns three killed in Russian shelling",
                        url="https://daily.example/5", outlet="Kharkiv Daily",
                        published=datetime(2024, 8, 7, 9, tzinfo=UTC), language="en", source_ref="test")
    with Store.open(db) as store:
        store.add_coded([CodedDocument(follow_up)], "test-coder")
        update_incidents(store)
    with TestClient(create_app(db, token=TOKEN)) as test_client:
        incident = test_client.get("/api/incidents", params={"min_sources": 2}).json()["items"][0]
        detail = test_client.get(f"/api/incidents/{incident['incident_id']}").json()
        gaza = test_client.get("/api/incidents", params={"country": "PSE"}).json()["items"][0]
        unlinked = test_client.get(f"/api/incidents/{gaza['incident_id']}").json()
    assert [(a["article_id"], a["outlet"], a["linked_by"]) for a in detail["linked_articles"]] == [
        ("follow-up", "Kharkiv Daily", "headline and lead")
    ]
    assert detail["linked_articles"][0]["title"] == follow_up.title
    assert detail["linked_articles"][0]["published"].startswith("2024-08-07")
    assert "follow-up" not in {mention["article_id"] for mention in detail["mentions"]}  # no event of its own
    assert incident["num_sources"] == 3  # counted among the incident's outlets
    assert unlinked["linked_articles"] == []
