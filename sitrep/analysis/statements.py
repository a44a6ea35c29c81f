"""Which quoted stances a report may put forward as what someone said about a conflict.

The quote coder labels a stance from the cue verb and its words ("condemned", "threatened"). Read in
its sentence, some of those are not a stance the speaker took, and an analyst reading the report would
call them wrong:

- negated or hypothetical: "China has never condemned the invasion", "Kenya could denounce it";
- passive: "Iranian operatives were accused of plotting", "Lai stands accused of collusion": the
  "speaker" is the accused party, not the accuser;
- narration: the speaker is named inside the span taken as quoted ("what officials described as ...");
- a direct quote too short to say anything (a two-word fragment), a speaker who is only "you" in
  an interview question, or a document that says nothing of whose it is ("the statement threatened").
  Reported speech may be short: "denounced Israel" says what it has to;
- a forecast labelled a threat: no verb of threatening, a speaker of no known country, no first person ("the
  possible actions will include target sanctions … they may impose trade sanctions", said by an analyst).

For a pair of countries, a statement also has to concern the pair: what is quoted names one of the two,
or names no country but the speaker's own (then it is read as being about the incident its article
reports). A leader talking about a third country in the same article is left out, and so is a speaker of
no known country unless the words name both of the pair. Words that defend a country's internal affairs
against interference are its own side's, whoever the quote record says spoke them, and are about its
relations abroad, not about its own conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.actors.loading import DATA_DIR, load_countries

# How far between the end of the speaker's name and the cue verb the verb group is read
# ("China has never condemned", "Two soldiers and a mercenary from Belarus stand accused").
MAX_GAP_CHARS = 80
MIN_CONTENT_WORDS = 4
_NEGATION = re.compile(
    r"\b(?:never|not|no longer|refused to|refuses to|declined to|declines to|yet to|seldom|rarely|hardly)\b|n['’]t\b",
    re.IGNORECASE,
)
# "did not hesitate to condemn", "never failed to denounce": a double negative asserts the act.
_DOUBLE_NEGATIVE = re.compile(
    r"\b(?:hesitate[sd]?|fail(?:s|ed)?|shy|shied|shies)\b(?:\s+away\s+from|\s+to)?\s*$", re.IGNORECASE
)
_MODAL = re.compile(r"\b(?:would|could|might|may)\b", re.IGNORECASE)
_PASSIVE_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "stand", "stands", "stood"}
_QUESTION_SPEAKERS = {"you"}
_ACCUSING_CUES = {"accused", "charged", "suspected", "convicted", "indicted"}
# "The statement threatened sanctions": a document with nothing said of whose it is names no speaker ("the
# U.S. statement" and "the BLA's statement" do).
_OWNERLESS_DOCUMENT = re.compile(
    r"(?:the|a|an|this|that|its|their|his|her)\s+(?:joint\s+)?(?:statement|report|letter|communiqu[eé]|document|"
    r"resolution|memo|post|tweet|press\s+release|release|declaration|message)s?",
    re.IGNORECASE,
)


def statement_flaw(
    speaker_text: str | None,
    speaker_name: str | None,
    cue: str | None,
    gap: str | None,
    after_cue: str | None,
    content: str | None,
    reported: bool = False,
    speaker_inside: bool = False,
    before_cue: str | None = None,
) -> str | None:
    """Why a labelled quote is not a stance its speaker took, or None when it reads as one.

    ``gap`` is the text between the speaker's mention and the cue when the speaker comes first and
    close; ``after_cue`` the few characters after the cue; ``reported`` is true for reported speech
    (read after its cue verb), false for a direct quotation; ``speaker_inside`` is true when the
    speaker's mention lies within the quoted span ("sending what officials described as 'high threat
    illegal aliens' to Guantanamo" is the reporter's sentence, not the officials' stance). ``before_cue`` is
    the text just before the cue, read when the speaker is far ("Najib Razak, whose coalition lost …, seldom
    criticized China"): a negation or modal among its last few words still takes the stance away.
    """
    # Only the reporter's distancing "what X described as …" is narration; a mixed quote whose span runs
    # over its own attribution ('That said," he added, "…') is still the speaker's.
    if speaker_inside and (content or "").lstrip().casefold().startswith("what "):
        return "narration"
    words_said = len((content or "").split())
    if words_said == 0 or (not reported and words_said < MIN_CONTENT_WORDS):
        return "fragment"
    if not speaker_name and (speaker_text or "").strip().casefold() in _QUESTION_SPEAKERS | {""}:
        return "no speaker"
    if not speaker_name and _OWNERLESS_DOCUMENT.fullmatch((speaker_text or "").strip()):
        return "no speaker"
    cue_word = (cue or "").strip().casefold()
    # "accused of a crime" straight after the cue: the accuser would have named whom they accuse.
    if cue_word in _ACCUSING_CUES and re.match(r"(?:of|with)\b", (content or "").strip(), re.IGNORECASE):
        return "passive"
    if cue_word in {"stand", "stands", "stood"} and (after_cue or "").strip().casefold().startswith("accused"):
        return "passive"
    if gap is None:
        words = re.findall(r"[\w'’]+", before_cue or "")[-CUE_NEIGHBOUR_WORDS:]
        return _negated_or_modal(" ".join(words))
    words = re.findall(r"[\w'’]+", gap.casefold())
    if words and words[-1] in _PASSIVE_AUXILIARIES and cue_word.endswith("ed"):
        return "passive"
    return _negated_or_modal(gap)


# How many words just before the cue are read for a negation or modal when the speaker is too far from it for
# the whole gap to be read ("Najib Razak, whose coalition lost …, seldom criticized China").
CUE_NEIGHBOUR_WORDS = 3


def _negated_or_modal(text: str) -> str | None:
    """'did not condemn', 'seldom criticized' (negated); 'could denounce' (hypothetical)."""
    if _NEGATION.search(text) and not _DOUBLE_NEGATIVE.search(text):
        return "negated"
    if _MODAL.search(text):
        return "hypothetical"
    return None


@lru_cache(maxsize=1)
def _country_patterns() -> dict[str, re.Pattern[str]]:
    """Each country's names, adjectives and capital as one pattern (from the actor dictionary's facts)."""
    names: dict[str, set[str]] = {}
    for entry in load_countries(DATA_DIR / "countries.tsv"):
        code = entry.roles[0].country
        if code:
            names.setdefault(code, set()).update(alias for alias in entry.aliases if len(alias) > 2)
    return {
        code: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(aliases, key=len, reverse=True))
                         + r")(?!\w)")
        for code, aliases in names.items() if aliases
    }


def countries_named(text: str) -> set[str]:
    """The countries a text names (by name, adjective or capital)."""
    return {code for code, pattern in _country_patterns().items() if pattern.search(text)}


# Blocs that are no country of the actor dictionary: naming one is naming a third party.
_BLOCS = re.compile(
    r"\b(?:European Union|E\.?U\.?|NATO|African Union|ASEAN|Arab League|Gulf Cooperation Council"
    r"|the \d+-(?:nation|member) (?:bloc|alliance))\b"
)

# "relations between the two countries", "our bilateral ties": words about the speaker's own country's pair.
_OWN_PAIR = re.compile(r"\b(?:(?:the|our|both|two)\s+(?:two\s+)?(?:countries|nations|states|sides)|bilateral)\b",
                       re.IGNORECASE)


def about_another_pair(
    country: str, parties: frozenset[str], article_pairs: dict[frozenset[str], int], ties_elsewhere: bool = False
) -> bool:
    """Whether the article a statement comes from reports the speaker's country mostly with a country outside
    the pair: "the Council must be clear in condemning this brazen behavior", said by the U.S. in a story on
    Iran's nuclear programme (three US-Iran incidents) that also reports a US-China one, is about Iran. With
    ``ties_elsewhere`` (a foreign speaker on another country's own conflict), as often is enough."""
    ours = article_pairs.get(parties, 0)
    return any(count > ours or (ties_elsewhere and count == ours)
               for pair, count in article_pairs.items() if country in pair and pair != parties)


def concerns_parties(
    statement: dict, parties: frozenset[str], article_pairs: dict[frozenset[str], int] | None = None
) -> bool:
    """Whether a statement is about the pair: it names one of the two countries, or names no other
    country than its speaker's own ("the Pentagon said the incursion was not escalatory" is about the
    incident its article reports; "Brazil condemned the election in Venezuela" is not). A speaker of a
    third country on "relations between the two countries" speaks of its own country's relations (North
    Korea's envoy on ties with Russia), and one that names its own country beside one of the pair speaks of
    that relation ("Washington wages economic war on Iran", said by Iran), not of the pair's, unless it
    names both of the pair. Words that name no country but the speaker's own are about the incident their
    article reports; given ``article_pairs`` (the article's incidents counted by pair of countries, a country's
    own conflict as a pair of one), not about this pair when the article reports the speaker's country more often
    with another. A foreign speaker's words that name no country are read the same way for a country's own
    conflict (as often with another is enough), and words that name a third country are not about it."""
    text = f"{statement.get('content') or ''} {statement.get('about') or ''}"
    named = countries_named(text)
    defended = country_defended(text)
    if defended and len(parties) < 2:
        # "decrying the congressional move as interference in Pakistan's internal affairs": about a foreign
        # power's dealings with the country, not about the country's own conflict
        return False
    country = statement.get("country") or speaker_country_named(statement) or defended
    if not country:
        # Nobody knows whose words these are (no country in the quote record, none in how the speaker is
        # named): filed under a pair only when the words name both of it ("Najib Razak criticized China" is
        # no statement on China and the United States). Inside one country ("SOM (internal)") the rule is as
        # before: words that name the country, or no country at all, are about its conflict.
        if len(parties) < 2:
            return bool(named & parties) or not named
        return parties <= named
    if country and country not in parties and country in named and not parties <= named:
        # "Washington seeks to escalate economic warfare against Iran", said by Iran: about Iran and the US,
        # not about the pair the article's other incident belongs to (China and the US)
        return False
    if article_pairs and len(parties) == 2 and country in parties and not (named - {country}) and about_another_pair(
        country, parties, article_pairs
    ):
        # words that name nobody else are about what their article reports: the pair it reports most
        return False
    if len(parties) == 1 and country not in parties:
        # A foreign speaker on a country's own conflict: not when the words name a third country ("the United
        # States condemned Thailand for sending Uyghurs back to China" is about Thailand and China), nor, when they
        # name no country, if the article reports the speaker's country as often with another (North Korea's
        # threat in a story on its talks with the US is no word on the US's own affairs)
        if named - parties - {country}:
            return False
        if article_pairs and not (named - {country}) and about_another_pair(
            country, parties, article_pairs, ties_elsewhere=True
        ):
            return False
    if len(parties) == 2 and country in parties and not (named & (parties - {country})) and (
        named - parties or _BLOCS.search(text)
    ):
        # one of the pair naming only itself beside a third country or a bloc ("threatened the European Union with
        # 200% tariffs on … spirits", said by Trump): about that relation, not about the pair's
        return False
    if named & parties:
        return True
    if country and country not in parties and _OWN_PAIR.search(text):
        return False
    return not (named - {country})


# "interference in Pakistan's internal affairs", "meddling in our country's domestic affairs": said in defence of
# the country named, by its own side.
_INTERFERENCE = re.compile(
    r"\b(?:interference|interfering|meddling|meddle|intervention|intervening)[”\"’']?\s+in\s+(?:the\s+)?"
    r"([A-Z][\w.\- ]{1,40}?)['’]s?\s+(?:internal|domestic|sovereign)\s+affairs\b",
)


def country_defended(text: str) -> str | None:
    """The one country whose internal affairs the words defend against interference: the speaker's own, when
    the quote record knows no country for it ("ruling coalition lawmakers decried ... interference in
    Pakistan's internal affairs")."""
    named = {code for match in _INTERFERENCE.finditer(text) for code in countries_named(match.group(1))}
    return next(iter(named)) if len(named) == 1 else None


_THREAT_CUES = re.compile(r"^(?:threat|warn|vow|pledg|promis|ultimat|menac)", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I'll|I've|we|we're|we'll|we've|us|our|my|me)\b|\b(?:I|we)['’]", re.IGNORECASE)


def is_forecast(statement: dict) -> bool:
    """A "threat" that is a commentator's forecast: labelled "threatens" though no verb of threatening introduces it,
    spoken by someone of no known country, and not in the first person ("The possible actions will include target
    sanctions … they may impose trade sanctions on Somalia", said by an analyst). A threat is made by whoever
    would carry it out: "I will not hesitate to shut the electricity off" (Doug Ford) stays."""
    if statement.get("stance") != "threatens" or _THREAT_CUES.match((statement.get("cue") or "").strip()):
        return False
    if statement.get("country") or speaker_country_named(statement):
        return False
    return not _FIRST_PERSON.search(statement.get("content") or "")


def speaker_country_named(statement: dict) -> str | None:
    """The one country the speaker's own mention names ("a Chinese foreign ministry spokesman"), when the quote
    record has none."""
    named = countries_named(f"{statement.get('speaker_text') or ''} {statement.get('speaker') or ''}")
    return next(iter(named)) if len(named) == 1 else None


_STANCE_ORDER = {"threatens": 0, "escalatory": 1, "not_escalatory": 2, "condemns": 3}


def rank_statements(statements: list[dict], parties: frozenset[str]) -> list[dict]:
    """The parties' own words first, then threats and escalation claims before condemnation."""
    return sorted(
        statements,
        key=lambda s: (s.get("country") not in parties, _STANCE_ORDER.get(s.get("stance") or "", 9)),
    )
