"""Benchmarks of the geo stage: gazetteer build and size, lookups/s, resolution speed, load of a
GeoNames dump, memory, and geo's share of coding time.

    .venv/bin/python benchmarks/bench_geo.py                 # everything except the full build
    .venv/bin/python benchmarks/bench_geo.py --build         # also time a full build into a temp dir
    .venv/bin/python benchmarks/bench_geo.py --dump-rows 100000   # size of the synthetic dump to load

The dump loaded is synthetic (made-up names in the GeoNames column layout, written by this script):
it measures how the index grows and how fast loading is, not what a real dump contains.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import string
import tempfile
import time
from pathlib import Path

import psutil

from sitrep.geo.dump import load_dump
from sitrep.geo.gazetteer import Gazetteer, build, get_gazetteer
from sitrep.geo.resolve import Resolver
from sitrep.geo.stage import EventLocationStage, PlaceStage

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1e6


def bench_build() -> dict:
    directory = Path(tempfile.mkdtemp())
    try:
        return build(directory / "g.sqlite")
    finally:
        shutil.rmtree(directory)


def bench_lookups(gazetteer: Gazetteer, n: int = 20_000) -> dict:
    connection = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    names = [row[0] for row in connection.execute("SELECT norm FROM names ORDER BY random() LIMIT ?", (n,))]
    misses = ["".join(random.choices(string.ascii_lowercase, k=8)) for _ in range(n)]
    fresh = Gazetteer(gazetteer.path)
    started = time.perf_counter()
    for name in names:
        fresh.lookup(name)
    cold = n / (time.perf_counter() - started)
    started = time.perf_counter()
    for name in names:
        fresh.lookup(name)
    cached = n / (time.perf_counter() - started)
    started = time.perf_counter()
    for name in misses:
        fresh.lookup(name)
    missing = n / (time.perf_counter() - started)
    return {
        "lookups_per_s_uncached": round(cold),
        "lookups_per_s_cached": round(cached),
        "misses_per_s_uncached": round(missing),
    }


def bench_name_set_memory(gazetteer: Gazetteer) -> dict:
    """What holding every normalised name in memory would cost (the alternative to cached SQL)."""
    before = rss_mb()
    connection = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    names = {row[0] for row in connection.execute("SELECT DISTINCT norm FROM names")}
    return {"distinct_names": len(names), "name_set_mb": round(rss_mb() - before, 1)}


def bench_resolution(gazetteer: Gazetteer) -> dict | None:
    path = SHARED / "geo" / "lgl.xml"
    if not path.is_file():
        return None
    from sitrep.eval.geo import read_lgl

    articles = read_lgl(path)
    resolver = Resolver(gazetteer)
    count = sum(len(a.toponyms) for a in articles)
    started = time.perf_counter()
    for article in articles:
        resolver.resolve(article.text, [(t.start, t.end) for t in article.toponyms])
    return {"toponyms": count, "toponyms_per_s": round(count / (time.perf_counter() - started))}


def bench_share(gazetteer: Gazetteer) -> dict | None:
    """Time of the spaCy parse vs the places + event_locations stages on the VOA corpus."""
    path = SHARED / "corpus" / "voa_stories.jsonl"
    if not path.is_file():
        return None
    from sitrep.model import Article, CodedDocument
    from sitrep.nlp import get_nlp

    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    nlp = get_nlp()
    places, locations = PlaceStage(gazetteer), EventLocationStage()
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - started
    found = 0
    started = time.perf_counter()
    for text, doc in zip(texts, docs, strict=True):
        coded = CodedDocument(Article(id="x", text=text))
        places(doc, coded)
        locations(doc, coded)
        found += len(coded.places)
    geo = time.perf_counter() - started
    return {
        "articles": len(texts),
        "places": found,
        "parse_s": round(parse, 2),
        "geo_s": round(geo, 2),
        "geo_share_of_parse_plus_geo": round(geo / (parse + geo), 3),
    }


def bench_pipeline_share() -> dict | None:
    """Each stage's share of ``sitrep code`` time with every registered stage, on the VOA corpus."""
    path = SHARED / "corpus" / "voa_stories.jsonl"
    if not path.is_file():
        return None
    from sitrep.model import Article
    from sitrep.pipeline import Coder
    from sitrep.pipeline.stages import STAGE_FACTORIES

    articles = [
        Article(id=str(i), text=json.loads(line)["text"])
        for i, line in enumerate(path.open(encoding="utf-8"))
        if line.strip()
    ]
    coder = Coder(list(STAGE_FACTORIES))
    spent = {name: 0.0 for name, _ in coder.stages}

    def timed(name, stage):
        def run(doc, coded):
            started = time.perf_counter()
            try:
                stage(doc, coded)
            finally:
                spent[name] += time.perf_counter() - started

        return run

    coder.stages = [(name, timed(name, stage)) for name, stage in coder.stages]
    started = time.perf_counter()
    errors = sum(1 for coded in coder.code_many(articles) if coded.error)
    total = time.perf_counter() - started
    geo = spent.get("places", 0.0) + spent.get("event_locations", 0.0)
    return {
        "articles": len(articles),
        "errors": errors,
        "total_s": round(total, 2),
        "stage_s": {name: round(value, 2) for name, value in spent.items()},
        "geo_share_of_code": round(geo / total, 3),
    }


def synthetic_dump(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(rows):
            name = "".join(rng.choices(string.ascii_lowercase, k=9)).capitalize()
            alternates = ",".join(name + suffix for suffix in ("ka", "ovo"))
            handle.write(
                f"{8_000_000 + i}\t{name}\t{name}\t{alternates}\t{rng.uniform(44, 52):.5f}\t{rng.uniform(22, 40):.5f}"
                f"\tP\tPPL\tUA\t\t{rng.randint(1, 27):02d}\t\t\t\t{rng.randint(0, 2000)}\t\t\tEurope/Kyiv\t2024-01-01\n"
            )


def bench_load(gazetteer: Gazetteer, rows: int) -> dict:
    directory = Path(tempfile.mkdtemp())
    try:
        index = directory / "g.sqlite"
        shutil.copy(gazetteer.path, index)
        dump = directory / "UA.txt"
        synthetic_dump(dump, rows)
        figures = load_dump(index, dump)
        loaded = Gazetteer(index)
        name_lookups = bench_lookups(loaded, 5_000)
        return {
            "rows": rows,
            "seconds": figures["seconds"],
            "bytes_before": figures["bytes_before"],
            "bytes_after": figures["bytes_after"],
            "bytes_per_row": round((figures["bytes_after"] - figures["bytes_before"]) / rows),
            "after_load": name_lookups,
        }
    finally:
        shutil.rmtree(directory)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="store_true", help="also time a full build")
    parser.add_argument("--dump-rows", type=int, default=50_000)
    args = parser.parse_args()
    report: dict = {"load_average": os.getloadavg()[0]}
    if args.build:
        report["build"] = bench_build()
    before = rss_mb()
    started = time.perf_counter()
    gazetteer = get_gazetteer()
    report["open"] = {
        "seconds": round(time.perf_counter() - started, 3),
        "rss_mb": round(rss_mb() - before, 1),
        **gazetteer.stats(),
    }
    report["lookups"] = bench_lookups(gazetteer)
    report["resolution_lgl_gold_spans"] = bench_resolution(gazetteer)
    report["share_voa"] = bench_share(gazetteer)
    report["pipeline_share_voa"] = bench_pipeline_share()
    report["load_synthetic_dump"] = bench_load(gazetteer, args.dump_rows)
    report["name_set_memory"] = bench_name_set_memory(gazetteer)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
