"""`sitrep eval events --confusion-limit`: how many (gold, predicted) confusions the table shows."""

from __future__ import annotations

from rich.console import Console

from sitrep.eval.event_harness import DatasetResult
from sitrep.eval.events import confusion_table
from sitrep.eval.scoring import classification_report


def _rendered(table: object) -> str:
    console = Console(width=120, record=True)
    console.print(table)
    return console.export_text()


def test_most_confused_lists_every_cell_when_asked() -> None:
    gold = ["A"] * 3 + ["B"] * 2 + ["C"] * 12
    predicted = ["B", "B", "C", "NONE", "A"] + [f"X{i}" for i in range(12)]
    report = classification_report(gold, predicted)
    assert report.most_confused()[0] == ("A", "B", 2)
    assert len(report.most_confused()) == 10
    everything = report.most_confused(top=None)
    assert len(everything) == 16
    assert sum(count for _, _, count in everything) == 17


def test_the_table_shows_the_limit_or_all_rows() -> None:
    cells = [("G", f"P{i:02d}", 20 - i) for i in range(14)]
    result = DatasetResult(dataset="case", items=30, seconds=1.0, confusion=cells)
    top = _rendered(confusion_table(result))
    assert "top 10 of 14" in top and "P09" in top and "P10" not in top
    three = _rendered(confusion_table(result, 3))
    assert "P02" in three and "P03" not in three
    everything = _rendered(confusion_table(result, 0))
    assert "(all)" in everything and "P13" in everything
