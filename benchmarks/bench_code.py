"""`sitrep code` speed against spaCy's parse alone, on the same texts, in the same process.

    .venv/bin/python benchmarks/bench_code.py [--repeat 2]

Reads ../shared/data/corpus/voa_stories.jsonl (86 VOA stories). For each repeat it times
`nlp.pipe` over the texts (the parse alone, the floor every coder pays) and then the whole
coding pipeline (`Coder.code_many`: the same parse plus every stage), alternating the two so
that load on the machine hits both alike. It reports articles/s for each, the ratio
sitrep/parse, and the share of coding time each stage takes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "voa_stories.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} is not here (it lives in ../shared/data); nothing to measure")

    from sitrep.ingest.records import article_from_record
    from sitrep.nlp import get_nlp
    from sitrep.pipeline import Coder

    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [article_from_record(record) for record in records]
    nlp = get_nlp()
    coder = Coder(nlp=nlp)
    stage_seconds: dict[str, float] = defaultdict(float)
    for index, (name, stage) in enumerate(coder.stages):

        def timed(doc, coded, _stage=stage, _name=name):
            started = time.perf_counter()
            _stage(doc, coded)
            stage_seconds[_name] += time.perf_counter() - started

        coder.stages[index] = (name, timed)

    list(coder.code_many(articles[:5]))  # load lexicons, dictionaries and the gazetteer outside the timing
    stage_seconds.clear()
    parse_times, code_times = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for _doc in nlp.pipe(article.text for article in articles):
            pass
        parse_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        coded = list(coder.code_many(articles))
        code_times.append(time.perf_counter() - started)
    parse, code = min(parse_times), min(code_times)
    # Shares are of all the repeats' coding time together: a stage's time summed over every repeat divided by
    # the best repeat alone would overstate it whenever the machine's load changes between repeats.
    all_code = sum(code_times)
    total_stage = sum(stage_seconds.values())
    print(f"articles: {len(articles)}; load average {os.getloadavg()[0]:.1f}")
    print(f"spaCy parse alone: {len(articles) / parse:.1f} articles/s ({parse:.1f} s)")
    print(f"sitrep code:       {len(articles) / code:.1f} articles/s ({code:.1f} s)")
    print(f"ratio sitrep / parse: {parse / code:.2f}")
    print(f"events {sum(len(d.events) for d in coded)}, quotes {sum(len(d.quotes) for d in coded)}, "
          f"places {sum(len(d.places) for d in coded)}, errors {sum(1 for d in coded if d.error)}")
    print("share of coding time by stage (the rest is the parse):")
    for name, seconds in stage_seconds.items():
        print(f"  {name:16s} {seconds / all_code:6.1%}")
    print(f"  {'all stages':16s} {total_stage / all_code:6.1%}")


if __name__ == "__main__":
    main()
