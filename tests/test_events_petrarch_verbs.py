"""PETRARCH verb dictionaries: reading the format, matching patterns, coding through the events stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.actors import ActorDictionary, ActorResolver
from sitrep.events.petrarch_verbs import PetrarchVerbsError, load_petrarch_verbs, parse_petrarch_verbs
from sitrep.events.stage import UNMAPPED, EventStage
from sitrep.model import Article
from sitrep.pipeline import Coder

# A small dictionary in PETRARCH's format, written for these tests (codes chosen to be recognisable).
VERBS = """<!-- a tiny test dictionary -->
&TIES  # a synset
+MILITARY
+ECONOMIC TRADE
+&EXTRA

&EXTRA
+CULTURAL

--- RESTORE  [064]  ---
RESTORE {RESTORED RESTORES}
- * &TIES RELATIONS  [904]
- * DIPLOMATIC_TIES [901]
- SAID * HOPE [---]   # no event

--- ABANDON  [---] ---
ABANDON
- * PLAN  [987]

--- SHOOT [223] ---
SHOOT {SHOT SHOOTING}
+SHOOT_DOWN {+SHOT_DOWN +SHOOTING_DOWN} [345]
- + WAS * BY $  [224]

--- RETIRE  [---] # NOUN ---
RETIRE
"""


@pytest.fixture()
def verbs_file(tmp_path: Path) -> Path:
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def _coded(nlp, verbs_file: Path, text: str) -> list[tuple[str, str | None, list, list]]:
    coder = Coder(stages=[], nlp=nlp)
    coder.stages.append(("events", EventStage(extra_verbs=verbs_file)))
    coder.stage_names = (*coder.stage_names, "events")
    document = coder.code(Article(id="t", text=text))
    assert document.error is None
    return [
        (event.trigger, event.cameo_code, [a.code for a in event.source], [a.code for a in event.target])
        for event in document.events
    ]


def test_reads_blocks_synsets_forms_and_null_codes(verbs_file: Path) -> None:
    verbs = load_petrarch_verbs(verbs_file)
    assert {"restore", "abandon", "shoot", "retire"} <= set(verbs.by_lemma)
    restore = verbs.by_lemma["restore"][0]
    assert restore.code == "064"
    assert [p.code for p in restore.patterns] == ["904", "901", None]
    # the synset holds its nested synset and its multi-word member
    slots = restore.patterns[0].after[0].slots[0]
    assert ("CULTURAL",) in slots and ("ECONOMIC", "TRADE") in slots
    assert verbs.by_lemma["abandon"][0].code is None
    down = [verb for verb in verbs.by_lemma["shoot"] if verb.after == ("down",)]
    assert down and down[0].code == "345"
    assert verbs.forms["shot"] == "shoot"
    assert verbs.by_lemma["retire"][0].code is None  # "[---] # NOUN" header
    assert verbs.skipped == []


def test_bad_lines_are_reported_not_fatal() -> None:
    verbs = parse_petrarch_verbs(["--- HIT [190] ---", "HIT", "- * &NOSUCH [195]", "- NOVERB [200]", "- * [abc"])
    assert verbs.by_lemma["hit"][0].patterns == ()
    assert len(verbs.skipped) == 3
    assert any("NOSUCH" in problem for problem in verbs.skipped)


def test_unreadable_or_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PetrarchVerbsError, match="cannot read"):
        load_petrarch_verbs(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(PetrarchVerbsError, match="no verb blocks"):
        load_petrarch_verbs(empty)


def test_patterns_choose_the_code(nlp, verbs_file: Path) -> None:
    cultural = _coded(nlp, verbs_file, "France restored cultural relations with Germany.")
    assert ("restored", "904", ["FRA"], ["DEU"]) in cultural
    diplomatic = _coded(nlp, verbs_file, "France restored diplomatic ties with Germany.")
    assert ("restored", "901", ["FRA"], ["DEU"]) in diplomatic
    # no pattern matches: the verb's own code
    plain = _coded(nlp, verbs_file, "France restored order in Germany.")
    assert [coding[1] for coding in plain if coding[0] == "restored"] == ["064"]


def test_null_codes_stop_the_verb(nlp, verbs_file: Path) -> None:
    assert not [c for c in _coded(nlp, verbs_file, "France abandoned Germany.") if c[0] == "abandoned"]
    assert [c[1] for c in _coded(nlp, verbs_file, "France abandoned the plan.") if c[0] == "abandoned"] == ["987"]
    assert not [c for c in _coded(nlp, verbs_file, "France said it restored hope.") if c[0] == "restored"]


def test_multiword_verb_and_non_cameo_code(nlp, verbs_file: Path) -> None:
    coder = Coder(stages=[], nlp=nlp)
    coder.stages.append(("events", EventStage(extra_verbs=load_petrarch_verbs(verbs_file))))
    events = coder.code(Article(id="t", text="Syrian forces shot down a Turkish jet.")).events
    shot = [event for event in events if event.trigger.startswith("shot")]
    assert [event.cameo_code for event in shot] == ["345"]
    assert shot[0].plover_type == UNMAPPED and shot[0].quad_class is None  # 345 is no CAMEO code
    plain = _coded(nlp, verbs_file, "Syrian forces shot a Turkish soldier.")
    assert [c[1] for c in plain if c[0] == "shot"] == ["223"]  # a WEIS code, kept as the user's


def test_pattern_sides_orient_source_and_target(nlp, verbs_file: Path) -> None:
    coded = _coded(nlp, verbs_file, "A Turkish soldier was shot by Syrian troops.")
    shot = [c for c in coded if c[0] == "shot"]
    assert shot and shot[0][1] == "224"
    assert shot[0][2] and shot[0][2][0].startswith("SYR")
    assert shot[0][3] and shot[0][3][0].startswith("TUR")


def test_without_extra_verbs_the_lexicon_codes(nlp) -> None:
    coder = Coder(stages=["events"], nlp=nlp)
    events = coder.code(Article(id="t", text="Syrian forces shot a Turkish soldier.")).events
    assert all(event.cameo_code != "223" for event in events)


def test_stage_accepts_a_petrarch_actor_dictionary_too(tmp_path: Path, verbs_file: Path, nlp) -> None:
    actors = tmp_path / "actors.txt"
    actors.write_text("ARNOR [ARN]\nGONDOR [GON]\n", encoding="utf-8")
    agents = tmp_path / "agents.txt"
    agents.write_text("", encoding="utf-8")
    stage = EventStage(resolver=ActorResolver(ActorDictionary.from_petrarch(actors, agents)), extra_verbs=verbs_file)
    coder = Coder(stages=[], nlp=nlp)
    coder.stages.append(("events", stage))
    events = coder.code(Article(id="t", text="Arnor restored military relations with Gondor.")).events
    assert [(e.cameo_code, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("904", ["ARN"], ["GON"])
    ]


@pytest.mark.slow
def test_petrarch2_suite_uses_its_verb_dictionary(shared_data: Path) -> None:
    from sitrep.eval import event_harness

    suite = shared_data / "events" / "petrarch2_unittest"
    verbs = load_petrarch_verbs(suite / "PETR.Validate.verbs.txt")
    assert len(verbs) > 200
    result = event_harness.evaluate("petrarch2", shared_data)
    # 0.081 with sitrep's own lexicon, 0.169 with the suite's verbs in sitrep's events stage, 0.859
    # coded the PETRARCH way (sitrep.events.petrarch_coding; measured 27 Nov 2026); a floor a bit below
    assert result.figures["exact_record_accuracy"] >= 0.80
    assert result.per_category["SYNSET"]["accuracy"] >= 0.9


# --- coding the PETRARCH way (sitrep.events.petrarch_coding) -----------------------------------

# Dictionaries in PETRARCH's formats, written for these tests (fictional names, recognisable codes).
SUITE_VERBS = """
&PLACES
+AT
+IN

--- MEET  [031:032]  ---
MEET {MET}

--- RESTORE  [064]  ---
RESTORE
- * DIPLOMATIC_TIES [065]

--- WELCOME  [041]  ---
WELCOME

--- SHOOT  [223]  ---
SHOOT {SHOT}
- + WAS * DEAD &PLACES $ [224]

--- DELAY  [120]  ---
DELAY
- % HAVE * [191]

--- WARN  [160]  ---
WARN
- * AT ^ + [162]
"""
SUITE_ACTORS = """ARNOR [ARN]
GONDOR [GON]
+MINAS_TIRITH
OSGILIATH [OSG]
ERIADOR [ERI]
+ERIADORIAN
SAM_GAMGEE [HOB]
    [HOBCIV <20080120]
    [HOBMIL 20080120-20121109]
"""
SUITE_AGENTS = """GOVERNMENT [~GOV]
LAWMAKER [~LEG]
DIPLOMAT [~GOV]
PROSECUTOR [~JUD]
MSF {} [NGO~]
"""
SUITE_DISCARDS = """BASEBALL
+TYPHOON   # a story-level discard
"""


@pytest.fixture()
def petrarch_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "dictionaries"
    folder.mkdir()
    for name, text in (
        ("test.verbs.txt", SUITE_VERBS),
        ("test.actors.txt", SUITE_ACTORS),
        ("test.agents.txt", SUITE_AGENTS),
        ("test.discards.txt", SUITE_DISCARDS),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _petrarch_coded(nlp, folder: Path, text: str, published: str | None = None) -> set[tuple[str, str, str]]:
    from datetime import datetime

    from sitrep.eval.event_views import petrarch_codings
    from sitrep.events.petrarch_coding import PetrarchEventStage

    coder = Coder(stages=[], nlp=nlp)
    coder.stages.append(("events", PetrarchEventStage.from_directory(folder)))
    when = datetime.fromisoformat(published) if published else None
    document = coder.code(Article(id="t", text=text, published=when))
    assert document.error is None
    return {coding for event in document.events for coding in petrarch_codings(event)}


def test_reader_keeps_reverse_codes_written_forms_and_marker_skips() -> None:
    verbs = parse_petrarch_verbs(SUITE_VERBS.splitlines())
    meet = verbs.by_lemma["meet"][0]
    assert (meet.code, meet.reverse_code) == ("031", "032")
    assert {"meets", "met", "meeting"} <= {form for form, lemma in verbs.surface.items() if lemma == "meet"}
    assert verbs.surface["delays"] == "delay" and verbs.surface["restoring"] == "restore"
    warn = verbs.by_lemma["warn"][0].patterns[0]
    assert warn.skips == {"+": 1} and warn.target_after is True


def test_petrarch_coding_subjects_targets_and_reversed_pairs(nlp, petrarch_dir: Path) -> None:
    # the future and an infinitive verb are coded, as PETRARCH does; the target sits in a prepositional phrase
    assert _petrarch_coded(nlp, petrarch_dir, "Arnor is about to restore full diplomatic ties with Gondor.") == {
        ("ARN", "GON", "065")
    }
    # "[031:032]": the reversed pair gets the second code
    assert _petrarch_coded(nlp, petrarch_dir, "Arnor met Gondor on Monday.") == {
        ("ARN", "GON", "031"),
        ("GON", "ARN", "032"),
    }
    # PETRARCH matches words as written: "restores" is a form, the misspelt "restorse" is not
    assert not _petrarch_coded(nlp, petrarch_dir, "Arnor restorse ties with Gondor.")


def test_petrarch_coding_compounds_and_agents(nlp, petrarch_dir: Path) -> None:
    assert _petrarch_coded(nlp, petrarch_dir, "Arnor and Gondor welcomed the resumption of ties with Osgiliath.") == {
        ("ARN", "OSG", "041"),
        ("GON", "OSG", "041"),
    }
    # the agent of a phrase goes to each country named in it
    assert _petrarch_coded(nlp, petrarch_dir, "Lawmakers in Arnor and Gondor welcomed talks with Eriador.") == {
        ("ARNLEG", "ERI", "041"),
        ("GONLEG", "ERI", "041"),
    }
    # "% HAVE *": the members of a compound actor did it to each other
    assert _petrarch_coded(nlp, petrarch_dir, "Gondor and Osgiliath have delayed their meeting.") == {
        ("GON", "OSG", "191"),
        ("OSG", "GON", "191"),
    }
    assert ("ARNGOV", "GON", "041") in _petrarch_coded(
        nlp, petrarch_dir, "The Arnor government welcomed the visit of Gondor's envoy."
    )


def test_petrarch_coding_pattern_markers(nlp, petrarch_dir: Path) -> None:
    # "+ WAS * DEAD &PLACES $": the target stands before the verb, the source after "in"
    assert _petrarch_coded(nlp, petrarch_dir, "An Eriadorian was shot dead in Osgiliath.") == {("OSG", "ERI", "224")}
    # "* AT ^ +": one noun phrase is skipped after "at"
    assert ("ARN", "OSG", "162") in _petrarch_coded(nlp, petrarch_dir, "Arnor warned at the Gondor of Osgiliath.")


def test_petrarch_coding_dated_actors_and_discards(nlp, petrarch_dir: Path) -> None:
    text = "Sam Gamgee met Gondor."
    assert ("HOBCIV", "GON", "031") in _petrarch_coded(nlp, petrarch_dir, text, "2005-03-01")
    assert ("HOBMIL", "GON", "031") in _petrarch_coded(nlp, petrarch_dir, text, "2010-03-01")
    assert not _petrarch_coded(nlp, petrarch_dir, "Arnor met Gondor at a baseball game.")
    story = "Arnor met Gondor. The typhoon season began."
    assert not _petrarch_coded(nlp, petrarch_dir, story)


def test_code_command_takes_petrarch_dictionaries(petrarch_dir: Path) -> None:
    import json

    from typer.testing import CliRunner

    from sitrep.cli import app

    runner = CliRunner()
    line = json.dumps({"id": "x", "text": "Arnor met Gondor on Monday."})
    result = runner.invoke(app, ["code", "--petrarch-dir", str(petrarch_dir)], input=line + "\n")
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout.strip().splitlines()[-1])["events"]
    assert {(e["cameo"]["code"], e["source"][0]["code"], e["target"][0]["code"]) for e in events} == {
        ("031", "ARN", "GON"),
        ("032", "GON", "ARN"),
    }
    missing = runner.invoke(app, ["code", "--verbs", str(petrarch_dir / "nothing.txt")], input=line + "\n")
    assert missing.exit_code == 2 and "not found" in missing.output


def test_discard_list_matches_whole_words_at_sentence_and_story_level() -> None:
    from sitrep.events.petrarch_discards import parse_petrarch_discards

    discards = parse_petrarch_discards(["# comment", "MONTHS LATER", "+WORLD_GOLF  # story", "BASEBALL", ""])
    assert discards.sentence_phrases == ("MONTHS LATER", "BASEBALL")
    assert discards.story_phrases == ("WORLD GOLF",)
    assert discards.discards_sentence("Two months\\nlater the talks resumed.".replace("\\n", "\n"))
    assert discards.discards_sentence("a Baseball match") and not discards.discards_sentence("baseballs")
    assert discards.discards_story("at the World Golf event") and not discards.discards_sentence("World Golf")


def test_regular_forms_follow_english_spelling() -> None:
    from sitrep.events.petrarch_verbs import regular_forms

    assert regular_forms("restore") == ("restore", "restores", "restored", "restoring")
    assert regular_forms("deny") == ("deny", "denies", "denied", "denying")
    assert regular_forms("clash") == ("clash", "clashes", "clashed", "clashing")
    assert regular_forms("agree") == ("agree", "agrees", "agreed", "agreeing")
    assert "stabbed" not in regular_forms("stab")  # a dictionary lists doubled consonants in braces


def test_a_verb_listed_twice_keeps_the_first_code_and_both_patterns(nlp) -> None:
    verbs = parse_petrarch_verbs(
        ["--- SHOT [---] ---", "SHOT", "- *_AND_WOUNDED [223]", "--- SHOT [190] ---", "SHOT", "- * DEAD [224]"]
    )
    doc = nlp("Gunmen shot dead a farmer. Gunmen shot at a farmer. Gunmen shot and wounded a farmer.")
    shots = [token for token in doc if token.lower_ == "shot"]
    codes = [verbs.code(token, written_forms=True) for token in shots]
    assert [coding.code if coding else None for coding in codes] == ["224", None, "223"]


def test_petrarch_coding_composes_agent_codes(nlp, petrarch_dir: Path) -> None:
    # a prefix agent, the country, a suffix agent
    assert ("NGOARNGOV", "GON", "031") in _petrarch_coded(nlp, petrarch_dir, "An MSF Arnor diplomat met Gondor.")
    # a former holder: ELI in place of the agent
    assert ("ARNELI", "GON", "031") in _petrarch_coded(nlp, petrarch_dir, "Former Arnor prosecutors met Gondor.")
