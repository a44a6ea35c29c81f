"""Ingest throughput and memory: sitrep ingest of a JSONL corpus against a floor.

The floor is the least any JSONL-to-DuckDB loader must do: ``json.loads`` per line
and a bulk insert of the same fields, in batches of the same size, into a table
keyed by id like the store's. sitrep does more per article (text normalisation,
content-hash ids, language identification, date parsing, rejection of bad
records); the goal is at least half the floor's speed.

sitrep's store is opened as ``sitrep ingest`` opens it (DuckDB memory_limit
``ingest_memory_limit()``, 400MB for the default record cap). Importing sitrep is a
one-off start-up cost and is timed apart, like the floor's imports of duckdb and pyarrow.

Memory: sitrep ingest runs in a child process for each corpus size and reports
its peak RSS, to show whether memory grows with the corpus.

usage: .venv/bin/python benchmarks/bench_ingest.py [--n 10000] [--batch-size 500] [--memory-sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa

_IMPORT_START = time.perf_counter()
from sitrep.ingest import ingest  # noqa: E402
from sitrep.ingest.run import ingest_memory_limit  # noqa: E402
from sitrep.store import Store  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _IMPORT_START
INGEST_MEMORY_LIMIT = ingest_memory_limit()  # as `sitrep ingest` opens the store, by default

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"
FLOOR_FIELDS = ("id", "text", "title", "url", "section", "author", "published")

# The child reads its own high-water mark from /proc (VmHWM): ru_maxrss would also count the
# memory of the forked parent before exec, which is the benchmark's, not ingest's.
_CHILD = """
import json, resource, sys
from pathlib import Path
from sitrep.ingest import ingest
from sitrep.store import Store
source, db, batch_size = sys.argv[1], sys.argv[2], int(sys.argv[3])
memory_limit = sys.argv[4] or None
with Store.open(db, memory_limit=memory_limit) as store:
    new = ingest([source], store, batch_size=batch_size, progress=False).new if source != "-" else 0
status = Path("/proc/self/status")
if status.exists():
    line = next(line for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
    peak_kib = int(line.split()[1])
else:
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (1024 if sys.platform == "darwin" else 1)
print(json.dumps({"new": new, "peak_kib": peak_kib}))
"""


def replicate(corpus: Path, n: int, output: Path) -> int:
    """Write ``n`` records, cycling through the corpus; each replica's text and id are made distinct."""
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with output.open("w", encoding="utf-8") as sink:
        for index in range(n):
            record = dict(records[index % len(records)])
            copy = index // len(records)
            if copy:
                record["text"] = f"{record['text']} (copy {copy})"
                record["id"] = f"{record.get('id')}-{copy}"
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    return output.stat().st_size


def floor_load(source: Path, db: Path, batch_size: int) -> int:
    connection = duckdb.connect(str(db))
    columns = ", ".join(f"{name} VARCHAR" + (" PRIMARY KEY" if name == "id" else "") for name in FLOOR_FIELDS)
    connection.execute(f"CREATE TABLE articles ({columns})")
    schema = pa.schema([(name, pa.string()) for name in FLOOR_FIELDS])
    batch: list[dict] = []

    def flush() -> None:
        table = pa.Table.from_pylist(batch, schema=schema)
        connection.register("batch", table)
        connection.execute("BEGIN TRANSACTION")
        connection.execute("INSERT INTO articles SELECT * FROM batch ON CONFLICT DO NOTHING")
        connection.execute("COMMIT")
        connection.unregister("batch")
        batch.clear()

    with source.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            batch.append({name: record.get(name) for name in FLOOR_FIELDS})
            if len(batch) >= batch_size:
                flush()
    if batch:
        flush()
    count = connection.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    connection.close()
    return int(count)


def sitrep_load(source: Path, db: Path, batch_size: int) -> int:
    with Store.open(db, memory_limit=INGEST_MEMORY_LIMIT) as store:
        report = ingest([str(source)], store, batch_size=batch_size, progress=False)
    return report.new


def timed(function, *args) -> tuple[float, int]:
    start = time.perf_counter()
    count = function(*args)
    return time.perf_counter() - start, count


def peak_rss(source: str, db: Path, batch_size: int, memory_limit: str | None) -> tuple[int, int]:
    """(articles stored, peak RSS in MiB) of a child process that runs sitrep ingest."""
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, source, str(db), str(batch_size), memory_limit or ""],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if result.returncode != 0:
        sys.exit(f"the sitrep ingest child process failed:\n{result.stderr}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return int(report["new"]), round(report["peak_kib"] / 1024)


def compare(source: Path, work: Path, n: int, batch_size: int, repeat: int) -> None:
    """Articles per second of the floor and of sitrep ingest, best of ``repeat`` runs each. The runs
    alternate, so that a change in the machine's load falls on both loaders alike."""
    best: dict[str, float] = {}
    loaders = (("floor", floor_load), ("sitrep", sitrep_load))
    for attempt in range(repeat):
        for name, loader in loaders:
            seconds, count = timed(loader, source, work / f"{name}-{attempt}.duckdb", batch_size)
            if count != n:
                sys.exit(f"{name} stored {count} articles, expected {n}")
            best[name] = min(seconds, best.get(name, seconds))
    for name, _ in loaders:
        print(f"{name:>7}: {n / best[name]:8.0f} articles/s ({best[name]:.2f} s)")
    print(f"  ratio sitrep/floor: {best['floor'] / best['sitrep']:.2f} (goal >= 0.5)")
    print(f"  (importing sitrep.ingest and sitrep.store, once per process, not timed above: {IMPORT_SECONDS:.2f} s)")


def profile(source: Path, db: Path, batch_size: int) -> None:
    """Where sitrep ingest spends its time: the functions with the most cumulative time."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(sitrep_load, source, db, batch_size)
    print("profile of sitrep ingest (cumulative seconds; profiling slows it down):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(r"sitrep|langid|duckdb", 20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the replicated corpus")
    parser.add_argument("--batch-size", type=int, default=500, help="articles per transaction")
    parser.add_argument("--memory-sizes", default="1000,10000", help="corpus sizes for the peak-RSS runs ('' skips)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of each loader; the best is reported")
    parser.add_argument(
        "--memory-limit",
        default=INGEST_MEMORY_LIMIT,
        help=f"DuckDB memory_limit for the peak-RSS runs (default {INGEST_MEMORY_LIMIT}, as `sitrep ingest`; "
        "'' for DuckDB's own default, 80%% of RAM)",
    )
    parser.add_argument("--memory-only", action="store_true", help="skip the throughput comparison")
    parser.add_argument("--profile", action="store_true", help="also profile sitrep ingest and print where time goes")
    args = parser.parse_args()
    if not CORPUS.is_file():
        sys.exit(f"corpus not found: {CORPUS} (the benchmark needs ../shared/data next to the repository)")

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as folder:
        work = Path(folder)
        source = work / f"corpus-{args.n}.jsonl"
        size = replicate(CORPUS, args.n, source)
        print(f"corpus: {args.n} articles, {size / 1e6:.1f} MB ({CORPUS.name} replicated), batch {args.batch_size}")
        print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f} on {} CPUs".format(*os.getloadavg(), os.cpu_count()))
        if not args.memory_only:
            compare(source, work, args.n, args.batch_size, args.repeat)
        if args.profile:
            profile(source, work / "profiled.duckdb", args.batch_size)

        sizes = [int(value) for value in args.memory_sizes.split(",") if value.strip()]
        if sizes:
            _, baseline = peak_rss("-", work / "baseline.duckdb", args.batch_size, args.memory_limit)
            limit = f", DuckDB memory_limit {args.memory_limit}" if args.memory_limit else ""
            print(f"peak RSS, sitrep ingest in a child process{limit} (import + open store alone: {baseline} MiB)")
            for n in sizes:
                corpus = work / f"memory-{n}.jsonl"
                megabytes = replicate(CORPUS, n, corpus) / 1e6
                stored, rss = peak_rss(str(corpus), work / f"memory-{n}.duckdb", args.batch_size, args.memory_limit)
                print(f"  N={n:>6} ({megabytes:5.1f} MB of JSONL): {rss} MiB ({stored} stored)")


if __name__ == "__main__":
    main()
