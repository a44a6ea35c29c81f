"""Writes many batches of articles and coded documents to a store, printing after each commit.

Run by tests/test_store_crash.py as a separate process, which it kills with SIGKILL
part-way and then runs again to completion.
usage: python tests/store_writer.py DB_PATH BATCHES BATCH_SIZE [PAUSE_SECONDS]
"""

from __future__ import annotations

import sys
import time

from store_samples import make_article, make_doc

from sitrep.store import Store


def main(path: str, batches: int, batch_size: int, pause: float) -> None:
    with Store.open(path) as store:
        for batch in range(batches):
            articles = [make_article(batch * batch_size + offset) for offset in range(batch_size)]
            store.add_articles(articles)
            store.add_coded(
                [
                    make_doc(article, variant=article_number % 3)
                    for article_number, article in enumerate(articles, start=batch * batch_size)
                ],
                "v1",
            )
            print(f"committed {batch}", flush=True)
            time.sleep(pause)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else 0.0)
