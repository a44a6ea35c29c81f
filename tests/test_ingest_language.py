"""Language identification at ingest: the cheap English test, and py3langid for everything else."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.ingest import language
from sitrep.ingest.language import detect_language, english_share, is_clearly_english

ENGLISH = (
    "Russian drones struck the Ukrainian capital overnight, officials said on Wednesday, damaging several "
    "residential buildings in the Solomianskyi district. The city's military administration said air defence "
    "units shot down most of the drones, but debris fell in at least three districts, injuring four people. "
    "The president called on Western allies to deliver more air defence systems before the winter, as strikes "
    "on the energy grid have become more frequent, and said that the attacks would not break the country."
)
SAMPLES = {
    "fr": (
        "L'armée ukrainienne a annoncé mercredi avoir abattu pendant la nuit la plupart des drones lancés par la "
        "Russie contre la capitale. Des débris sont tombés dans au moins trois quartiers de Kiev, blessant quatre "
        "personnes, selon l'administration militaire de la ville. Le président a appelé les alliés occidentaux à "
        "livrer davantage de systèmes de défense aérienne avant l'hiver, alors que les frappes contre les "
        "infrastructures énergétiques se multiplient."
    ),
    "es": (
        "El ejército ucraniano afirmó el miércoles que derribó durante la noche la mayoría de los drones lanzados "
        "por Rusia contra la capital. Los restos cayeron en al menos tres distritos de Kiev y hirieron a cuatro "
        "personas, según la administración militar de la ciudad. El presidente pidió a los aliados occidentales "
        "que entreguen más sistemas de defensa antiaérea antes del invierno."
    ),
    "de": (
        "Die ukrainische Armee hat nach eigenen Angaben in der Nacht die meisten der von Russland auf die "
        "Hauptstadt abgefeuerten Drohnen abgeschossen. Trümmerteile fielen in mindestens drei Bezirken von Kiew "
        "herab, vier Menschen wurden verletzt, teilte die Militärverwaltung der Stadt am Mittwoch mit. Was das "
        "für die Lage an der Front bedeutet, ist offen, sagte ein Sprecher in Berlin."
    ),
    "ru": (
        "Украинская армия сообщила в среду, что ночью сбила большую часть беспилотников, запущенных Россией по "
        "столице. Обломки упали как минимум в трёх районах Киева, ранены четыре человека, сообщила военная "
        "администрация города. Президент призвал западных союзников поставить больше систем противовоздушной "
        "обороны до наступления зимы."
    ),
    "ar": (
        "أعلن الجيش الأوكراني يوم الأربعاء أنه أسقط خلال الليل معظم الطائرات المسيرة التي أطلقتها روسيا على "
        "العاصمة. وسقط الحطام في ثلاث مناطق على الأقل من كييف، ما أدى إلى إصابة أربعة أشخاص، وفقا للإدارة "
        "العسكرية للمدينة. ودعا الرئيس الحلفاء الغربيين إلى تسليم المزيد من أنظمة الدفاع الجوي قبل الشتاء."
    ),
    "nl": (
        "Het Oekraïense leger heeft woensdag gemeld dat het 's nachts de meeste drones heeft neergeschoten die "
        "Rusland op de hoofdstad had afgevuurd. Brokstukken vielen in ten minste drie wijken van Kiev, waarbij vier "
        "mensen gewond raakten. Wat dat betekent is nog niet duidelijk, of er een akkoord komt was gisteren onzeker."
    ),
}


def _no_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("py3langid was consulted")

    monkeypatch.setattr(language, "_identifier", refuse)


def test_english_prose_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_detector(monkeypatch)
    assert is_clearly_english(ENGLISH)
    assert detect_language(ENGLISH) == "en"


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_other_languages_go_to_the_detector(code: str) -> None:
    text = SAMPLES[code]
    share, words = english_share(text)
    assert words >= 40 and share < 0.05  # long enough to judge, and clearly not English
    assert not is_clearly_english(text)
    assert detect_language(text) == code


def test_a_short_english_headline_is_left_to_the_detector_rules() -> None:
    headline = "Zelensky meets Biden in Washington"
    assert not is_clearly_english(headline)  # too few words to judge
    assert detect_language(headline) in (None, "en")


def test_empty_text_has_no_language() -> None:
    assert detect_language("  \n ") is None


def test_every_voa_story_is_english_by_the_fast_path(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_detector(monkeypatch)
    lines = (shared_data / "corpus" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    assert len(texts) == 86
    assert all(detect_language(text) == "en" for text in texts)


def test_ingesting_english_never_loads_py3langid(tmp_path: Path) -> None:
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": f"{ENGLISH} ({i})"}) + "\n" for i in range(3)))
    script = (
        "import sys\n"
        "from sitrep.ingest import read_sources\n"
        f"items = list(read_sources([{str(source)!r}]))\n"
        "assert [item.language for item in items] == ['en'] * 3, items\n"
        "print('py3langid' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
