"""Evaluation of place resolution on GeoWebNews (GWN) and LGL, with gold spans and end to end.

With gold toponym spans given (as Mordecai3 is scored): the share resolved to the exact GeoNames
id, within 161 km (100 miles) of the gold point, and to the right country. End to end (sitrep's
own recognition): toponym precision and recall by span overlap, and the share of matched toponyms
resolved within 161 km. Only toponyms whose gold annotation has a point (GeoNames id or
coordinates) are scored.
"""

from __future__ import annotations

import json
import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "geo"
FILES = {"gwn": "GWN.xml", "lgl": "lgl.xml"}
WITHIN_KM = 161.0
NOT_PLACES = frozenset({"Demonym", "Language"})
PUBLISHED = {  # Mordecai3 with gold spans (Halterman 2023): exact id, within 161 km
    "gwn": {"exact": 0.901, "within_161km": 0.941},
    "lgl": {"exact": 0.794, "within_161km": 0.827},
}


@dataclass(slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country_geonameid: int | None = None
    kind: str | None = None  # GeoWebNews' type: Literal, Metonymic, Demonym, ...
    fcode: str | None = None  # LGL's GeoNames feature code of the gold entry (PPL, ADM1, PCLI, ...)


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(node: ET.Element | None) -> float | None:
    if node is None or not (node.text or "").strip():
        return None
    return float(node.text)  # type: ignore[arg-type]


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def read_gwn(path: Path) -> list[GoldArticle]:
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        article = GoldArticle(node.get("file") or str(len(articles)), node.findtext("text") or "")
        for top in node.iter("toponym"):
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            lat, lon = _float(top.find("latitude")), _float(top.find("longitude"))
            geonameid = _int(top.findtext("geonamesID"))
            if lat is None and geonameid is None:
                continue
            article.toponyms.append(
                GoldToponym(
                    start,
                    end,
                    top.findtext("extractedName") or "",
                    geonameid,
                    lat,
                    lon,
                    # "Russian troops": GWN's adjectival modifiers are demonyms, actors by sitrep's design.
                    kind="Demonym" if top.findtext("modifierType") == "Adjective" else top.findtext("type"),
                )
            )
        articles.append(article)
    return articles


def read_lgl(path: Path) -> list[GoldArticle]:
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        article = GoldArticle(node.get("docid") or str(len(articles)), node.findtext("text") or "")
        for top in node.iter("toponym"):
            tag = top.find("gaztag")
            if tag is None:
                continue
            country = tag.find("country")
            article.toponyms.append(
                GoldToponym(
                    int(top.findtext("start") or 0),
                    int(top.findtext("end") or 0),
                    top.findtext("phrase") or "",
                    _int(tag.get("geonameid")),
                    _float(tag.find("lat")),
                    _float(tag.find("lon")),
                    _int(country.get("geonameid")) if country is not None else None,
                    fcode=(tag.findtext("fcode") or "").strip() or None,
                )
            )
        articles.append(article)
    return articles


def read_dataset(name: str, directory: Path = DEFAULT_DIR) -> list[GoldArticle]:
    path = directory / FILES[name]
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found")
    return read_gwn(path) if name == "gwn" else read_lgl(path)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _near(place: Any, gold: GoldToponym) -> bool:
    """Right when it is the gold entry itself, or its point is within 161 km of the gold point."""
    if gold.geonameid is not None and place.geonameid == gold.geonameid:
        return True
    if place.lat is None or gold.lat is None or gold.lon is None:
        return False
    return distance_km(place.lat, place.lon, gold.lat, gold.lon) <= WITHIN_KM


def score_gold_spans(articles: list[GoldArticle], resolver: Any, gazetteer: Any) -> dict[str, Any]:
    """Resolve the gold spans; exact id, within 161 km and country shares, and where the errors lie."""
    total = exact = near = resolved = 0
    country_total = country_right = 0
    country_of_geonameid = _country_ids(gazetteer)
    breakdown = ErrorBreakdown()
    started = time.perf_counter()
    for article in articles:
        # Scored as Mordecai3 was: the toponyms annotated with a GeoNames id.
        golds = [t for t in article.toponyms if t.geonameid is not None]
        if not golds:
            continue
        spans = [(t.start, t.end) for t in golds]
        places = resolver.resolve(article.text, spans)
        evidence = resolver.evidence(article.text, spans)
        for gold, place, mention in zip(golds, places, evidence, strict=True):
            total += 1
            resolved += place.lat is not None
            exact += gold.geonameid is not None and place.geonameid == gold.geonameid
            right = _near(place, gold)
            near += right
            breakdown.add(gold, place, right, mention.candidates, gazetteer)
            if gold.country_geonameid is not None:
                country_total += 1
                country_right += country_of_geonameid.get(gold.country_geonameid) == place.country
    return {
        "toponyms": total,
        "resolved": _share(resolved, total),
        "exact": _share(exact, total),
        "within_161km": _share(near, total),
        "country": _share(country_right, country_total) if country_total else None,
        "seconds": round(time.perf_counter() - started, 2),
        "breakdown": breakdown.report(),
    }


# GeoNames feature codes grouped as sitrep's features; other codes fall back to their class letter.
_FCODE_GROUPS = {"ADM1": "admin1", "ADM2": "admin2", "CONT": "continent", "RGN": "region"}
_FCLASS_GROUPS = {
    "P": "city",
    "A": "admin (other)",
    "H": "water",
    "L": "area",
    "S": "spot",
    "T": "terrain",
    "R": "road",
    "V": "vegetation",
    "U": "undersea",
}


def gold_class(gold: GoldToponym, indexed: Any) -> str:
    """What kind of place the gold entry is: LGL's GeoNames code where given, else the index's feature."""
    code = gold.fcode
    if code:
        if code.startswith("PCL"):
            return "country"
        return _FCODE_GROUPS.get(code) or _FCLASS_GROUPS.get(_FCLASS_OF.get(code, code[:1]), "other")
    return indexed.feature if indexed is not None else "unknown (not in index)"


# The class letter of the codes whose first letter is not their class.
_FCLASS_OF = {
    "ADM1": "A",
    "ADM2": "A",
    "ADM3": "A",
    "ADMD": "A",
    "PRSH": "A",
    "TERR": "A",
    "ZN": "A",
    "CONT": "L",
    "RGN": "L",
    "AREA": "L",
    "PRK": "L",
    "ISL": "T",
    "ISLS": "T",
    "MT": "T",
    "VAL": "T",
    "STM": "H",
    "LK": "H",
    "BAY": "H",
    "SEA": "H",
    "OCN": "H",
    "GULF": "H",
    "STRT": "H",
    "BLDG": "S",
    "SCH": "S",
    "UNIV": "S",
    "AIRP": "S",
    "HSP": "S",
    "MUS": "S",
    "CH": "S",
    "PPLX": "P",
    "PPLA": "P",
    "PPLC": "P",
    "PPL": "P",
}


@dataclass(slots=True)
class ErrorBreakdown:
    """Aggregate error classes of gold-span resolution: what users and developers need to see where
    accuracy is lost, without looking at single items."""

    by_class: dict[str, list[int]] = field(default_factory=dict)  # class -> [toponyms, right]
    in_index: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # in n, right; not in n, right
    reachable: int = 0  # a candidate of the span is the gold entry or within 161 km of it
    total: int = 0
    errors_by_distance: dict[str, int] = field(default_factory=dict)
    confusions: dict[str, int] = field(default_factory=dict)  # "chosen feature -> gold class"
    in_index_not_candidate: int = 0  # the gold entry is indexed, but not under the span's name
    wrong_country: list[int] = field(default_factory=lambda: [0, 0])  # errors: same country, other country

    def add(self, gold: GoldToponym, place: Any, right: bool, candidates: Any, gazetteer: Any) -> None:
        indexed = gazetteer.place(gold.geonameid) if gold.geonameid is not None else None
        kind = gold_class(gold, indexed)
        counts = self.by_class.setdefault(kind, [0, 0])
        counts[0] += 1
        counts[1] += right
        slot = 0 if indexed is not None else 2
        self.in_index[slot] += 1
        self.in_index[slot + 1] += right
        self.total += 1
        reachable = any(_candidate_near(c, gold) for c in candidates)
        self.reachable += reachable
        self.in_index_not_candidate += indexed is not None and not any(c.id == indexed.id for c in candidates)
        if right:
            return
        if place.country is not None and indexed is not None and indexed.country3 is not None:
            self.wrong_country[place.country != indexed.country3] += 1
        if place.lat is None:
            bucket = "unresolved"
        else:
            km = distance_km(place.lat, place.lon, gold.lat, gold.lon) if gold.lat is not None else None
            bucket = "no gold point" if km is None else next(label for limit, label in _DISTANCE_BUCKETS if km <= limit)
            confusion = f"{place.feature} -> {kind}"
            self.confusions[confusion] = self.confusions.get(confusion, 0) + 1
        self.errors_by_distance[bucket] = self.errors_by_distance.get(bucket, 0) + 1

    def report(self) -> dict[str, Any]:
        errors = self.total - sum(right for _, right in self.by_class.values())
        return {
            "by_gold_class": {
                kind: {"toponyms": n, "within_161km": _share(right, n)}
                for kind, (n, right) in sorted(self.by_class.items(), key=lambda item: -item[1][0])
            },
            "gold_id_in_index": {
                "toponyms": self.in_index[0],
                "within_161km": _share(self.in_index[1], self.in_index[0]),
            },
            "gold_id_not_in_index": {
                "toponyms": self.in_index[2],
                "within_161km": _share(self.in_index[3], self.in_index[2]),
            },
            "reachable": _share(self.reachable, self.total),
            "gold_id_in_index_not_a_candidate": self.in_index_not_candidate,
            "errors_in_gold_country": self.wrong_country[0],
            "errors_in_another_country": self.wrong_country[1],
            "errors": errors,
            "errors_by_distance": dict(sorted(self.errors_by_distance.items(), key=lambda item: -item[1])),
            "errors_chosen_vs_gold": dict(sorted(self.confusions.items(), key=lambda item: -item[1])[:12]),
        }


_DISTANCE_BUCKETS = ((500.0, "161-500 km"), (2000.0, "500-2,000 km"), (math.inf, "over 2,000 km"))


def _candidate_near(candidate: Any, gold: GoldToponym) -> bool:
    if gold.geonameid is not None and candidate.geonameid == gold.geonameid:
        return True
    if gold.lat is None or gold.lon is None:
        return False
    return distance_km(candidate.lat, candidate.lon, gold.lat, gold.lon) <= WITHIN_KM


def _country_ids(gazetteer: Any) -> dict[int, str]:
    from sitrep.geo.sources import country_codes

    result = {}
    for iso2, (iso3, _) in country_codes().items():
        candidate = gazetteer.country(iso2)
        if candidate is not None and candidate.geonameid is not None:
            result[candidate.geonameid] = iso3
    return result


def score_end_to_end(articles: list[GoldArticle], stage: Any, nlp: Any) -> dict[str, Any]:
    """Own recognition and resolution: span-overlap precision/recall, accuracy of the matched."""
    predicted = matched_pred = gold_total = gold_found = near = 0
    started = time.perf_counter()
    texts = [a.text for a in articles]
    descriptive = 0
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
        places = stage.places(doc)
        # "the Ukrainian capital" is a place but no toponym (no name) in GWN's and LGL's scheme: not scored.
        descriptive += sum(_is_descriptive(place) for place in places)
        places = [place for place in places if not _is_descriptive(place)]
        predicted += len(places)
        # Demonyms and language names ("Russian") are actors by design: not counted as missed places.
        wanted = [g for g in article.toponyms if g.kind not in NOT_PLACES]
        gold_total += len(wanted)
        for place in places:
            if any(place.start < g.end and g.start < place.end for g in article.toponyms):
                matched_pred += 1
        for gold in wanted:
            overlapping = [p for p in places if p.start < gold.end and gold.start < p.end]
            if overlapping:
                gold_found += 1
                near += _near(overlapping[0], gold)
    precision = _share(matched_pred, predicted)
    recall = _share(gold_found, gold_total)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {
        "gold_toponyms": gold_total,
        "predicted": predicted,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "within_161km_of_found": _share(near, gold_found),
        "within_161km_of_all": _share(near, gold_total),
        "descriptive_places_not_scored": descriptive,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _is_descriptive(place: Any) -> bool:
    """A place named by description ("the Ukrainian capital", "the capital"), not by a name."""
    words = place.text.split()
    return bool(words) and words[-1].lower() == "capital"


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def evaluate(dataset: str, limit: int | None = None, end_to_end: bool = True, directory: Path = DEFAULT_DIR) -> dict:
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.resolve import Resolver

    gazetteer = get_gazetteer()
    articles = read_dataset(dataset, directory)[:limit] if limit else read_dataset(dataset, directory)
    report: dict[str, Any] = {
        "dataset": dataset,
        "articles": len(articles),
        "gold_spans": score_gold_spans(articles, Resolver(gazetteer), gazetteer),
        "published_mordecai3": PUBLISHED[dataset],
    }
    if end_to_end:
        from sitrep.geo.stage import PlaceStage
        from sitrep.nlp import get_nlp

        report["end_to_end"] = score_end_to_end(articles, PlaceStage(gazetteer), get_nlp())
    return report


def register(eval_app: typer.Typer) -> None:
    """Add this capability's ``sitrep eval`` subcommand."""

    @eval_app.command("geo")
    def geo_command(
        dataset: str = typer.Option(
            "all", "--dataset", help="gwn, lgl or all; plover: event locations on PLOVER gold records."
        ),
        limit: int = typer.Option(None, "--limit", help="Score only the first N articles of each dataset."),
        gold_only: bool = typer.Option(False, "--gold-only", help="Skip end-to-end recognition (faster)."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        data_dir: Path = typer.Option(
            DEFAULT_DIR, "--data-dir", help="Folder holding GWN.xml and lgl.xml (plover: ../events beside it)."
        ),
    ) -> None:
        """Place resolution on GeoWebNews and LGL: gold spans (exact id, 161 km, country) and end to end."""
        if dataset == "plover":
            _plover_command(limit, as_json, data_dir)
            return
        names = list(FILES) if dataset == "all" else [dataset]
        if any(name not in FILES for name in names):
            typer.echo(f"error: unknown dataset {dataset!r}; use gwn, lgl, all or plover", err=True)
            raise typer.Exit(2)
        reports = []
        for name in names:
            try:
                reports.append(evaluate(name, limit, not gold_only, data_dir))
            except FileNotFoundError as error:
                typer.echo(f"error: {error}", err=True)
                raise typer.Exit(2) from error
        if as_json:
            typer.echo(json.dumps(reports, indent=2))
            return
        for report in reports:
            gold = report["gold_spans"]
            typer.echo(
                f"{report['dataset']}: {report['articles']} articles, {gold['toponyms']} gold toponyms; "
                f"gold spans: exact {gold['exact']:.1%}, within 161 km {gold['within_161km']:.1%}, "
                f"country {gold['country'] if gold['country'] is None else format(gold['country'], '.1%')} "
                f"(Mordecai3: {report['published_mordecai3']['exact']:.1%} / "
                f"{report['published_mordecai3']['within_161km']:.1%})"
            )
            typer.echo(format_breakdown(gold["breakdown"]))
            if "end_to_end" in report:
                e2e = report["end_to_end"]
                typer.echo(
                    f"  end to end: precision {e2e['precision']:.1%}, recall {e2e['recall']:.1%}, "
                    f"F1 {e2e['f1']:.1%}, within 161 km of found {e2e['within_161km_of_found']:.1%}"
                )


def format_breakdown(breakdown: dict[str, Any]) -> str:
    """The error classes as a few indented lines of text."""
    classes = ", ".join(
        f"{kind} {row['toponyms']} ({row['within_161km']:.0%})" for kind, row in breakdown["by_gold_class"].items()
    )
    inside, outside = breakdown["gold_id_in_index"], breakdown["gold_id_not_in_index"]
    distance = ", ".join(f"{bucket} {n}" for bucket, n in breakdown["errors_by_distance"].items())
    confused = ", ".join(f"{pair} {n}" for pair, n in list(breakdown["errors_chosen_vs_gold"].items())[:8])
    return (
        f"  by gold class (n, within 161 km): {classes}\n"
        f"  gold id in index {inside['toponyms']} ({inside['within_161km']:.1%}), not in index "
        f"{outside['toponyms']} ({outside['within_161km']:.1%}); a right candidate exists for "
        f"{breakdown['reachable']:.1%}; gold indexed but not under the span's name: "
        f"{breakdown['gold_id_in_index_not_a_candidate']}\n"
        f"  {breakdown['errors']} errors by distance: {distance}; chosen in the gold's country "
        f"{breakdown['errors_in_gold_country']}, in another {breakdown['errors_in_another_country']}\n"
        f"  errors, chosen feature -> gold class: {confused}"
    )


def read_plover_locations(path: Path) -> list[dict[str, Any]]:
    """PLOVER gold records that state where the event happened (``eventLoc``)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if isinstance(r, dict) and r.get("eventLoc") and r.get("text")]


def score_event_locations(records: list[dict[str, Any]], coder: Any) -> dict[str, Any]:
    """Location of each record's main event vs the gold ``eventLoc`` phrase.

    A location is right when the text of the place chosen, or the name it resolved to, and the gold
    phrase contain one another after normalisation ("Herat" in "province of Herat"; "the Ukrainian
    capital" resolved to Kyiv for "Kyiv"). Until 27 Nov 2026 only the text was compared; that figure
    is reported beside it. Needs the events stage: records where it
    finds no event are counted apart.
    """
    from sitrep.geo.names import normalise_name
    from sitrep.model import Article

    with_event = right = right_by_text = 0
    for record in records:
        coded = coder.code(Article(id=str(record.get("id")), text=record["text"]))
        factual = [e for e in coded.events if e.modality.factual] or coded.events
        if not factual:
            continue
        with_event += 1
        location = max(factual, key=lambda e: e.confidence).location
        gold = normalise_name(record["eventLoc"].get("name") or "")
        if location is not None and gold:
            # The words of the place, or the name it resolved to ("the Ukrainian capital" is Kyiv).
            said = normalise_name(location.text)
            named = normalise_name(location.name or "")
            by_text = bool(said) and (said in gold or gold in said)
            right_by_text += by_text
            right += by_text or (bool(named) and (named in gold or gold in named))
    return {
        "records": len(records),
        "with_event": with_event,
        "location_right_of_all": _share(right, len(records)),
        "location_right_of_with_event": _share(right, with_event),
        "location_right_by_text_only_of_all": _share(right_by_text, len(records)),
    }


def _plover_command(limit: int | None, as_json: bool, data_dir: Path) -> None:
    from sitrep.pipeline import Coder

    path = data_dir.parent / "events" / "plover_gsr_dev.json"
    if not path.is_file():
        typer.echo(f"error: {path} not found", err=True)
        raise typer.Exit(2)
    records = read_plover_locations(path)[:limit] if limit else read_plover_locations(path)
    report = score_event_locations(records, Coder(["places", "events", "event_locations"]))
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return
    typer.echo(
        f"plover event locations: {report['records']} records with eventLoc, {report['with_event']} with an "
        f"event found; location right {report['location_right_of_all']:.1%} of all, "
        f"{report['location_right_of_with_event']:.1%} of those with an event (by the place's words only: "
        f"{report['location_right_by_text_only_of_all']:.1%} of all)"
    )
