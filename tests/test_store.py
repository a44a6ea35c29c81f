"""The store's public API: schema, idempotent writes, coding queue, stats and exports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from store_samples import make_article, make_doc

from sitrep.model import Article, Rejected
from sitrep.store import Store, StoreError, StoreNotFoundError, StoreSchemaError
from sitrep.store import migrations as migrations_module
from sitrep.store.migrations import LATEST_VERSION, Migration, migrate

TABLES = ("articles", "events", "quotes", "places", "rejected")


def table_rows(store: Store, table: str, exclude: tuple[str, ...] = ()) -> list[tuple]:
    columns = [
        name
        for (name,) in store.connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
        if name not in exclude
    ]
    selected = ", ".join(f'"{name}"' for name in columns)
    return store.connection.execute(f"SELECT {selected} FROM {table} ORDER BY ALL").fetchall()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "dir" / "sitrep.duckdb"


def test_open_creates_parent_dirs_and_schema(db: Path) -> None:
    with Store.open(db) as store:
        assert store.schema_version == LATEST_VERSION
        tables = {
            name for (name,) in store.connection.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
    assert db.exists()
    assert set(TABLES) | {"schema_migrations"} <= tables


def test_migrations_are_applied_once_and_in_order(db: Path) -> None:
    Store.open(db).close()
    Store.open(db).close()  # reopening applies nothing again
    connection = duckdb.connect(str(db))
    try:
        versions = connection.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        assert versions == [(step.version,) for step in migrations_module.MIGRATIONS]
        extra = (
            *migrations_module.MIGRATIONS,
            Migration(LATEST_VERSION + 1, "test column", "ALTER TABLE articles ADD COLUMN x INTEGER"),
        )
        assert migrate(connection, extra) == [LATEST_VERSION + 1]
        assert migrate(connection, extra) == []
    finally:
        connection.close()
    # The store now has a schema newer than this code knows: it says so instead of guessing.
    with pytest.raises(StoreSchemaError, match="newer"):
        Store.open(db)
    with pytest.raises(StoreSchemaError, match="newer"):
        Store.open(db, read_only=True)


def test_failed_migration_leaves_no_trace(db: Path) -> None:
    Store.open(db).close()
    connection = duckdb.connect(str(db))
    try:
        broken = (
            *migrations_module.MIGRATIONS,
            Migration(LATEST_VERSION + 1, "broken", "CREATE TABLE t (a INT); SELECT * FROM missing_table"),
        )
        with pytest.raises(duckdb.Error):
            migrate(connection, broken)
        assert migrations_module.current_version(connection) == LATEST_VERSION
        assert connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 't'"
        ).fetchone() == (0,)
    finally:
        connection.close()


def test_read_only_open_of_missing_store_does_not_create_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duckdb"
    with pytest.raises(StoreNotFoundError):
        Store.open(missing, read_only=True)
    assert not missing.exists()


def test_read_only_store_refuses_writes(db: Path) -> None:
    Store.open(db).close()
    with Store.open(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_articles([make_article(1)])


def test_add_articles_skips_known_ids_and_round_trips(db: Path) -> None:
    articles = [make_article(number) for number in range(5)]
    with Store.open(db) as store:
        assert store.add_articles(articles[:3]) == 3
        assert store.add_articles(articles) == 2
        assert store.add_articles(articles) == 0
        assert store.add_articles([articles[0], articles[0]]) == 0
        assert store.add_articles([]) == 0
        assert store.connection.execute("SELECT count(*) FROM articles").fetchone() == (5,)
        assert store.get_article(articles[4].id) == articles[4]


def test_add_rejected_keeps_one_row_per_source_and_reason(db: Path) -> None:
    with Store.open(db) as store:
        store.add_rejected([Rejected("a.jsonl:3", "invalid JSON", "Expecting value", "{oops")])
        store.add_rejected(
            [
                Rejected("a.jsonl:3", "invalid JSON", "Expecting value again", "{oops"),
                Rejected("a.jsonl:3", "empty text"),
            ]
        )
        rows = store.connection.execute("SELECT source_ref, reason, detail FROM rejected ORDER BY reason").fetchall()
    assert rows == [("a.jsonl:3", "empty text", None), ("a.jsonl:3", "invalid JSON", "Expecting value again")]


def test_add_coded_replaces_an_articles_records(db: Path) -> None:
    article = make_article(1)
    with Store.open(db) as store:
        store.add_coded([make_doc(article, variant=2)], "v1")
        assert store.connection.execute("SELECT count(*) FROM events").fetchone() == (3,)
        store.add_coded([make_doc(article, variant=0)], "v2")
        first = {table: table_rows(store, table) for table in ("events", "quotes", "places")}
        store.add_coded([make_doc(article, variant=0)], "v2")
        second = {table: table_rows(store, table) for table in ("events", "quotes", "places")}
        assert first == second
        assert len(first["events"]) == 1 and len(first["places"]) == 1 and len(first["quotes"]) == 1
        coded = store.connection.execute(
            "SELECT coded_version, code_error, coded_at IS NOT NULL FROM articles"
        ).fetchall()
        assert coded == [("v2", None, True)]


def test_add_coded_records_errors_and_leaves_other_articles_alone(db: Path) -> None:
    kept, failed = make_article(1), make_article(2)
    with Store.open(db) as store:
        store.add_coded([make_doc(kept), make_doc(failed)], "v1")
        broken = make_doc(failed)
        broken.events, broken.error = [], "stage events failed: ValueError: boom"
        store.add_coded([broken], "v1")
        events = store.connection.execute("SELECT article_id, count(*) FROM events GROUP BY ALL").fetchall()
        errors = dict(store.connection.execute("SELECT id, code_error FROM articles").fetchall())
    assert events == [(kept.id, 1)]
    assert errors == {kept.id: None, failed.id: "stage events failed: ValueError: boom"}


def test_add_coded_rejects_repeated_event_ids_without_writing(db: Path) -> None:
    doc = make_doc(make_article(1), variant=1)
    doc.events[1].event_id = doc.events[0].event_id
    with Store.open(db) as store:
        with pytest.raises(ValueError, match="occurs twice"):
            store.add_coded([doc], "v1")
        assert store.connection.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_failed_batch_is_rolled_back(db: Path) -> None:
    with Store.open(db) as store:
        store.add_articles([make_article(1)])
        bad = make_article(2)
        bad.text = None  # type: ignore[assignment]  # violates NOT NULL inside the transaction
        with pytest.raises(duckdb.Error):
            store.add_articles([make_article(3), bad])
        assert store.connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        assert store.add_articles([make_article(3)]) == 1  # the store is usable after the rollback


def test_articles_to_code_pages_through_uncoded_english_articles(db: Path) -> None:
    articles = [make_article(number) for number in range(7)]
    french = make_article(100, language="fr")
    unknown = make_article(101, language=None)
    with Store.open(db) as store:
        store.add_articles([*articles, french, unknown])
        store.add_coded([make_doc(articles[0])], "v1")
        seen: list[Article] = []
        for batch in store.articles_to_code("v1", batch_size=3):
            assert len(batch) <= 3
            seen.extend(batch)
            store.add_coded([make_doc(article) for article in batch], "v1")  # writing while paging is fine
        assert [a.id for a in seen] == sorted(a.id for a in [*articles[1:], unknown])
        assert all(isinstance(a, Article) for a in seen)
        assert list(store.articles_to_code("v1")) == []
        assert sum(len(batch) for batch in store.articles_to_code("v2")) == 8  # a new version recodes


def test_stats_counts_what_the_store_holds(db: Path) -> None:
    with Store.open(db) as store:
        store.add_articles([make_article(1), make_article(2, language="fr")])
        store.add_coded([make_doc(make_article(1), variant=1)], "v1")
        store.add_rejected([Rejected("x", "invalid JSON"), Rejected("y", "invalid JSON"), Rejected("z", "empty text")])
        stats = store.stats()
    assert stats["articles"] == {
        "total": 2,
        "coded": 1,
        "not_coded": 1,
        "coded_with_error": 0,
        "by_language": {"en": 1, "fr": 1},
        "by_coded_version": {"v1": 1},
    }
    assert stats["events"] == {"total": 2, "by_plover_type": {"ASSAULT": 1, "COERCE": 1}}
    assert stats["quotes"] == 1 and stats["places"] == 2
    # e1 is hypothetical; the one quote takes a side.
    assert stats["factual_events"] == 1 and stats["quotes_with_stance"] == 1
    assert stats["incident_breakdown"] == {
        "reported_by_several_articles": 0, "between_two_countries": 0, "within_one_country": 0, "placed_at_a_point": 0
    }
    assert stats["rejected"] == {"total": 3, "by_reason": {"invalid JSON": 2, "empty text": 1}}
    assert stats["published"]["first"].startswith("2024-08-01T13:00")


@pytest.fixture
def filled(db: Path) -> Path:
    with Store.open(db) as store:
        docs = [make_doc(make_article(number), variant=number % 3) for number in range(4)]
        store.add_coded(docs, "v1")
        store.add_rejected([Rejected("bad.jsonl:2", "invalid JSON", "Expecting value", "{,")])
    return db


@pytest.mark.parametrize("kind", ["articles", "events", "quotes", "places", "rejected"])
def test_export_jsonl_csv_and_parquet_have_one_record_per_row(filled: Path, tmp_path: Path, kind: str) -> None:
    with Store.open(filled, read_only=True) as store:
        expected = store.connection.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]
        stream = io.StringIO()
        assert store.export(kind, "jsonl", stream=stream) == expected
        records = [json.loads(line) for line in stream.getvalue().splitlines()]
        assert store.export(kind, "csv", tmp_path / f"{kind}.csv") == expected
        with (tmp_path / f"{kind}.csv").open(encoding="utf-8", newline="") as handle:
            csv_rows = list(csv.DictReader(handle))
        assert store.export(kind, "parquet", tmp_path / f"{kind}.parquet") == expected
    parquet = duckdb.sql(f"SELECT * FROM read_parquet('{tmp_path / f'{kind}.parquet'}')").fetchall()
    assert len(records) == len(csv_rows) == len(parquet) == expected > 0


def test_event_export_has_the_contract_shape(filled: Path) -> None:
    with Store.open(filled, read_only=True) as store:
        stream = io.StringIO()
        store.export("events", "jsonl", stream=stream)
        exported = [json.loads(line) for line in stream.getvalue().splitlines()]
    article = make_article(2)
    doc = make_doc(article, variant=2)
    by_id = {(record["article_id"], record["event_id"]): record for record in exported}
    for event in doc.events:
        assert by_id[(article.id, event.event_id)] == {"article_id": article.id, **event.to_dict()}


def test_quote_place_and_article_exports_round_trip(filled: Path, tmp_path: Path) -> None:
    article = make_article(1)
    doc = make_doc(article, variant=1)
    with Store.open(filled, read_only=True) as store:
        exports = {}
        for kind in ("quotes", "places", "articles"):
            stream = io.StringIO()
            store.export(kind, "jsonl", stream=stream)
            exports[kind] = [json.loads(line) for line in stream.getvalue().splitlines()]
    quotes = [q for q in exports["quotes"] if q["article_id"] == article.id]
    assert quotes == [{"article_id": article.id, **quote.to_dict()} for quote in doc.quotes]
    places = [p for p in exports["places"] if p["article_id"] == article.id]
    assert places == [{"article_id": article.id, **place.to_dict()} for place in doc.places]
    (stored,) = [a for a in exports["articles"] if a["id"] == article.id]
    assert {key: stored[key] for key in article.to_dict()} == article.to_dict()
    assert stored["coded_version"] == "v1"


def test_event_csv_and_parquet_are_flat(filled: Path, tmp_path: Path) -> None:
    with Store.open(filled, read_only=True) as store:
        store.export("events", "csv", tmp_path / "events.csv")
        store.export("events", "parquet", tmp_path / "events.parquet")
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["plover_type"] in {"ASSAULT", "COERCE"}
    assert first["location_country"] == "UKR" and first["source_country"] == "RUS"
    assert json.loads(first["source"])[0]["code"] == "RUSMIL"
    assert first["negated"] == "false"
    table = duckdb.sql(f"SELECT goldstein, dead, location_lat FROM read_parquet('{tmp_path / 'events.parquet'}')")
    assert {row[0] for row in table.fetchall()} == {-10.0}


def test_parquet_export_needs_a_file(filled: Path) -> None:
    with Store.open(filled, read_only=True) as store, pytest.raises(StoreError, match="output file"):
        store.export("events", "parquet", None)


def test_export_rejects_unknown_kind(filled: Path) -> None:
    with Store.open(filled, read_only=True) as store, pytest.raises(ValueError, match="unknown export kind"):
        store.export("incidents", "jsonl", stream=io.StringIO())


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are notes, not a database\n" * 100, encoding="utf-8")
    for read_only in (True, False):
        with pytest.raises(StoreError, match=r"cannot open .*notes\.duckdb"):
            Store.open(path, read_only=read_only)


def test_a_floating_quotation_keeps_the_statement_it_continues(db: Path) -> None:
    article = make_article(1)
    doc = make_doc(article, variant=1)
    statement = doc.quotes[0]
    floating = replace(statement, quote_id="q1", start=48, end=60, cue=None, cue_start=None, cue_end=None,
                       continues=statement.quote_id)  # fmt: skip
    doc = replace(doc, quotes=[statement, floating])
    with Store.open(db) as store:
        store.add_coded([doc], "v1")
        stream = io.StringIO()
        store.export("quotes", "jsonl", stream=stream)
    exported = {record["quote_id"]: record for record in map(json.loads, stream.getvalue().splitlines())}
    assert exported["q1"]["continues"] == "q0" and exported["q0"]["continues"] is None
