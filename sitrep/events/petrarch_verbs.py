"""Read a PETRARCH (TABARI-style) verb dictionary so that the events stage can code with it.

``load_petrarch_verbs(path)`` returns a ``PetrarchVerbs``: for each verb, its code and its patterns.
The file format, as PETRARCH documents it:

* ``--- NAME [code] ---`` opens a verb block; ``[---]`` means the bare verb codes nothing and only
  its patterns do. A code ``a:b`` names a second code for the reversed pair; the first is used.
* Lines of the block that do not start with ``-`` are the verb's forms: ``STOP {STOPS STOPPED}``
  (irregular forms in braces); ``+BREAK_DOWN`` or ``WIRE_+TAP`` are multi-word verbs whose ``+`` word
  is the verb and whose other words must stand right before or after it. A form may carry its own code.
* ``- words [code]`` is a pattern: ``*`` is the verb, ``$`` the source, ``+`` the target, ``%`` a
  compound actor, ``^`` a skipped phrase; ``_`` joins words that must be adjacent, a space lets other
  words come between. ``&NAME`` is a synset.
* ``&NAME`` on its own line, followed by ``+word`` lines, defines a synset (members may be several
  words or other synsets).
* ``#`` starts a comment, and so do ``<!-- ... -->`` lines.

The stage tries a verb's patterns against the words around it (longest match wins), and falls back
to the verb's own code; a pattern's ``$``/``+`` sides say which of the clause's subject and object is
the source when the parse and the pattern disagree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

MARKERS = frozenset({"$", "+", "%", "^"})
_CODE = re.compile(r"\[([^\]]*)\]")
_HEADER = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]")  # a second [code] or a "# NOUN" may follow


class PetrarchVerbsError(ValueError):
    """The verb dictionary cannot be read."""


# A slot matches one of several word sequences; a marker slot ("$", "+", ...) matches nothing.
Slot = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Chunk:
    """Words joined by ``_``: they must stand next to each other (and next to the verb if ``anchored``)."""

    slots: tuple[Slot, ...]
    anchored: bool = False
    markers: tuple[str | None, ...] = ()  # per slot: the marker ("$", "+", ...) of an empty slot


@dataclass(frozen=True, slots=True)
class VerbPattern:
    text: str
    code: str | None
    before: tuple[Chunk, ...]  # left to right, the last one nearest the verb
    after: tuple[Chunk, ...]  # left to right, the first one nearest the verb
    source_after: bool | None  # where "$" stands relative to the verb (None: not given)
    target_after: bool | None
    reverse_code: str | None = None  # "[032:033]": the code of the reversed pair (target -> source)
    # "* AT ^ +": noun phrases skipped ("^") between a marker's place and its actor
    skips: dict[str, int] = field(default_factory=dict)

    @property
    def weight(self) -> int:
        return sum(len(words) for chunk in (*self.before, *self.after) for slot in chunk.slots for words in slot[:1])


@dataclass(frozen=True, slots=True)
class PetrarchVerb:
    name: str
    lemma: str  # the verb word, lower case
    code: str | None
    before: tuple[str, ...] = ()  # words of a multi-word verb before the verb word ("wire" in WIRE_+TAP)
    after: tuple[str, ...] = ()  # and after it ("down" in +BREAK_DOWN)
    patterns: tuple[VerbPattern, ...] = ()
    reverse_code: str | None = None


@dataclass(frozen=True, slots=True)
class VerbCoding:
    """What the dictionary says about one verb in its sentence."""

    code: str | None
    verb: PetrarchVerb
    pattern: VerbPattern | None
    source_after: bool | None = None
    target_after: bool | None = None
    reverse_code: str | None = None
    # where the pattern's "$" and "+" matched: token positions in the sentence (from its start)
    marks: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class PetrarchVerbs:
    path: Path | None = None
    by_lemma: dict[str, list[PetrarchVerb]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)  # inflected form -> lemma, from the braces
    skipped: list[str] = field(default_factory=list)  # lines that could not be used, with the reason
    # every written form of each verb (regular inflections of the dictionary word and the braces):
    # PETRARCH matches the words as written, so "departes" is no form of DEPART
    surface: dict[str, str] = field(default_factory=dict)

    def surface_lemma(self, token: Token) -> str | None:
        """The dictionary verb ``token`` is written as (no lemmatiser involved), or ``None``."""
        return self.surface.get(token.lower_)

    def lemma_of(self, token: Token) -> str | None:
        """The dictionary's verb this token is a form of, or ``None``."""
        lemma = token.lemma_.casefold()
        if lemma in self.by_lemma:
            return lemma
        return self.forms.get(token.lower_)

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.by_lemma or lemma in self.forms

    def __len__(self) -> int:
        return sum(len(verbs) for verbs in self.by_lemma.values())

    def code(self, verb: Token, written_forms: bool = False) -> VerbCoding | None:
        """The most specific coding of ``verb`` in its sentence, or ``None`` if the dictionary has none.

        ``written_forms``: recognise the verb only by the forms the dictionary implies (PETRARCH's
        way), not by the parser's lemma."""
        lemma = self.surface_lemma(verb) if written_forms else self.lemma_of(verb)
        if lemma is None:
            return None
        sentence = verb.sent
        # PETRARCH compares the words as written ("EFFORT" is not "efforts"); sitrep's lexicon path
        # also accepts the lemma
        words = [_written(token) if written_forms else _forms(token) for token in sentence]
        position = verb.i - sentence.start
        best: VerbCoding | None = None
        best_weight = -1
        listed: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        for entry in self.by_lemma[lemma]:
            span = _multiword_span(entry, words, position)
            if span is None:
                continue
            start, end = span
            # a verb listed by two blocks ("--- SHOT [---] ---" then "--- SHOT [223] ---") has the first
            # block's own code; the patterns of both apply
            first_listing = (entry.before, entry.after) not in listed
            listed.add((entry.before, entry.after))
            # more words matched is more specific; on a tie a pattern beats a bare verb
            weight = 2 * (len(entry.before) + len(entry.after))
            if first_listing and entry.code is not None and weight > best_weight:
                best_weight = weight
                best = VerbCoding(entry.code, entry, None, reverse_code=entry.reverse_code)
            for pattern in entry.patterns:
                weight = 2 * pattern.weight + 1
                if weight <= best_weight:
                    continue
                marks = _matches(pattern, words, start, end)
                if marks is not None:
                    best_weight = weight
                    best = VerbCoding(
                        pattern.code,
                        entry,
                        pattern,
                        pattern.source_after,
                        pattern.target_after,
                        pattern.reverse_code,
                        marks,
                    )
        return best if best is not None and best.code is not None else None


def _written(token: Token) -> frozenset[str]:
    return frozenset({token.lower_.upper()})


def _forms(token: Token) -> frozenset[str]:
    return frozenset({token.lower_.upper(), token.lemma_.upper()})


def _multiword_span(entry: PetrarchVerb, words: list[frozenset[str]], position: int) -> tuple[int, int] | None:
    """Where a (possibly multi-word) verb stands: its first and one-past-last word, or ``None``."""
    start = position - len(entry.before)
    end = position + 1 + len(entry.after)
    if start < 0 or end > len(words):
        return None
    for offset, word in enumerate(entry.before):
        if word.upper() not in words[start + offset]:
            return None
    for offset, word in enumerate(entry.after):
        if word.upper() not in words[position + 1 + offset]:
            return None
    return start, end


def _chunk_at(chunk: Chunk, words: list[frozenset[str]], start: int, marks: dict[str, int] | None = None) -> int | None:
    """End of ``chunk`` matched from ``start``, or ``None``; ``marks`` gets where its markers stand."""
    position = start
    for slot, marker in zip(chunk.slots, chunk.markers or (None,) * len(chunk.slots), strict=True):
        if not slot:  # a marker: the actor phrase itself is not matched word by word
            if marks is not None and marker is not None:
                marks.setdefault(marker, position)
            continue
        for sequence in slot:
            end = position + len(sequence)
            if end <= len(words) and all(word in words[position + k] for k, word in enumerate(sequence)):
                position = end
                break
        else:
            return None
    return position


def _length(chunk: Chunk) -> set[int]:
    lengths = {0}
    for slot in chunk.slots:
        if slot:
            lengths = {total + len(sequence) for total in lengths for sequence in slot}
    return lengths


def _matches(pattern: VerbPattern, words: list[frozenset[str]], start: int, end: int) -> dict[str, int] | None:
    """Where the pattern's markers stand if it matches around the verb at ``start:end``, else ``None``."""
    marks: dict[str, int] = {}
    position = end
    for chunk in pattern.after:  # earliest match of each chunk, in order
        candidates = [position] if chunk.anchored else range(position, len(words) + 1)
        for begin in candidates:
            found = _chunk_at(chunk, words, begin, marks)
            if found is not None:
                position = found
                break
        else:
            return None
    limit = start
    for chunk in reversed(pattern.before):  # latest match of each chunk, nearest the verb first
        matched = False
        for size in sorted(_length(chunk)):
            starts = [limit - size] if chunk.anchored else range(limit - size, -1, -1)
            for begin in starts:
                if begin >= 0 and _chunk_at(chunk, words, begin) == begin + size:
                    _chunk_at(chunk, words, begin, marks)
                    limit = begin
                    matched = True
                    break
            if matched:
                break
        if not matched:
            return None
    return marks


# --- reading the file -------------------------------------------------------------------------


def load_petrarch_verbs(path: Path | str) -> PetrarchVerbs:
    """Read a PETRARCH verb dictionary (e.g. ``CAMEO.2.0.txt`` or the suite's ``PETR.Validate.verbs.txt``)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise PetrarchVerbsError(f"cannot read the PETRARCH verb dictionary {path}: {error}") from error
    verbs = parse_petrarch_verbs(text.splitlines())
    verbs.path = path
    if not verbs.by_lemma:
        raise PetrarchVerbsError(f"{path}: no verb blocks ('--- VERB [code] ---') found")
    return verbs


def parse_petrarch_verbs(lines: Sequence[str]) -> PetrarchVerbs:
    """The dictionary from its lines (two passes: synsets may be used before they are defined)."""
    cleaned = [(number, _strip_comment(line)) for number, line in enumerate(lines, start=1)]
    synsets = _read_synsets(cleaned)
    result = PetrarchVerbs()
    block: dict | None = None
    in_synset = False
    for number, line in cleaned:
        if not line:
            continue
        header = _HEADER.match(line)
        if header:
            _finish(block, result)
            code, reverse = _codes(header.group(2))
            block = {"name": header.group(1), "code": code, "reverse": reverse, "forms": [], "patterns": []}
            in_synset = False
            continue
        if line.startswith("&"):
            in_synset = True
            continue
        if in_synset and line.startswith("+"):
            continue
        if block is None:
            result.skipped.append(f"line {number}: outside any verb block: {line!r}")
            continue
        if line.startswith("-"):
            try:
                block["patterns"].append(_pattern(line[1:], synsets))
            except PetrarchVerbsError as error:
                result.skipped.append(f"line {number}: {error}")
        else:
            block["forms"].append(line)
    _finish(block, result)
    return result


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!--"):
        return ""
    return line.split("#", 1)[0].strip()


def _code(text: str) -> str | None:
    return _codes(text)[0]


def _codes(text: str) -> tuple[str | None, str | None]:
    """``[064]`` -> ("064", None); ``[032:033]`` -> ("032", "033"); ``[---]`` -> (None, None)."""
    first, _, second = text.partition(":")

    def one(code: str) -> str | None:
        code = code.strip()
        return None if not code or set(code) == {"-"} else code

    return one(first), one(second)


def _read_synsets(lines: list[tuple[int, str]]) -> dict[str, list[tuple[str, ...]]]:
    raw: dict[str, list[str]] = {}
    current: str | None = None
    for _, line in lines:
        if not line:
            continue
        if line.startswith("&"):
            current = _synset_name(line.split()[0])
            raw.setdefault(current, [])
        elif current is not None and line.startswith("+"):
            raw[current].append(line[1:].strip())
        else:
            current = None
    expanded: dict[str, list[tuple[str, ...]]] = {}

    def expand(name: str, seen: frozenset[str]) -> list[tuple[str, ...]]:
        if name in expanded:
            return expanded[name]
        members: list[tuple[str, ...]] = []
        for member in raw.get(name, []):
            if member.startswith("&"):
                inner = _synset_name(member)
                if inner not in seen and inner in raw:
                    members.extend(expand(inner, seen | {inner}))
            else:
                words = tuple(word.upper() for word in re.split(r"[\s_]+", member) if word)
                if words:
                    members.append(words)
        expanded[name] = members
        return members

    for name in raw:
        expand(name, frozenset({name}))
    return expanded


def _synset_name(text: str) -> str:
    return text.lstrip("&").rstrip("_").upper()


def _finish(block: dict | None, result: PetrarchVerbs) -> None:
    if block is None:
        return
    patterns = tuple(block["patterns"])
    forms = block["forms"] or [block["name"]]
    for line in forms:
        own_code = _CODE.search(line)
        code, reverse = _codes(own_code.group(1)) if own_code else (block["code"], block["reverse"])
        body = _CODE.sub(" ", line)
        irregular = re.findall(r"\{([^}]*)\}", body)
        words = re.sub(r"\{[^}]*\}", " ", body).split()
        if not words:
            continue
        parts = [part for part in words[0].split("_") if part]
        if not parts:
            continue
        marked = next((k for k, part in enumerate(parts) if part.startswith("+")), 0)
        parts = [part.lstrip("+") for part in parts]
        lemma = parts[marked].casefold()
        verb = PetrarchVerb(
            name=block["name"].rstrip("_"),
            lemma=lemma,
            code=code,
            before=tuple(part.casefold() for part in parts[:marked]),
            after=tuple(part.casefold() for part in parts[marked + 1 :]),
            patterns=patterns,  # a block's patterns serve every verb of it, multi-word ones too
            reverse_code=reverse,
        )
        result.by_lemma.setdefault(lemma, []).append(verb)
        for form in regular_forms(lemma):
            result.surface.setdefault(form, lemma)
        for group in irregular:
            for form in group.split():
                form_parts = [part.lstrip("+") for part in form.split("_") if part]
                if len(form_parts) > marked:
                    result.forms.setdefault(form_parts[marked].casefold(), lemma)
                    result.surface.setdefault(form_parts[marked].casefold(), lemma)


def regular_forms(word: str) -> tuple[str, ...]:
    """The regular English forms of a verb: base, -s, -ed, -ing (no doubled consonants: a
    dictionary lists "stabbed" in braces)."""
    word = word.casefold()
    if word.endswith("e"):
        return word, word + "s", word + "d", (word if word.endswith(("ee", "ye", "oe")) else word[:-1]) + "ing"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word, word[:-1] + "ies", word[:-1] + "ied", word + "ing"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word, word + "es", word + "ed", word + "ing"
    return word, word + "s", word + "ed", word + "ing"


def _pattern(body: str, synsets: dict[str, list[tuple[str, ...]]]) -> VerbPattern:
    found = _CODE.search(body)
    if found is None:
        raise PetrarchVerbsError(f"pattern without a [code]: {body.strip()!r}")
    code, reverse = _codes(found.group(1))  # None ("[---]"): the pattern says the verb is no event here
    text = body[: found.start()].strip()
    tokens = text.split()
    if not any("*" in token for token in tokens):
        raise PetrarchVerbsError(f"pattern without the verb '*': {text!r}")
    before: list[Chunk] = []
    after: list[Chunk] = []
    side: dict[str, bool] = {}
    seen_verb = False
    for token in tokens:
        if "*" in token:
            left, _, right = token.partition("*")
            if left.strip("_"):
                before.append(_chunk(left.strip("_"), synsets, side, False, anchored=left.endswith("_")))
            seen_verb = True
            if right.strip("_"):
                after.append(_chunk(right.strip("_"), synsets, side, True, anchored=right.startswith("_")))
            continue
        chunk = _chunk(token.strip("_"), synsets, side, seen_verb)
        (after if seen_verb else before).append(chunk)
    return VerbPattern(
        text=text,
        code=code,
        before=tuple(chunk for chunk in before if chunk.slots),
        after=tuple(chunk for chunk in after if chunk.slots),
        source_after=side.get("$"),
        target_after=side.get("+"),
        reverse_code=reverse,
        skips=_skips(tokens),
    )


def _skips(tokens: list[str]) -> dict[str, int]:
    """How many "^" phrases stand right before each of "$" and "+" ("* IFTAR AT ^ ^ +" -> {"+": 2})."""
    parts = [part for token in tokens for part in token.replace("*", "_*_").split("_") if part]
    skips: dict[str, int] = {}
    for index, part in enumerate(parts):
        if part in {"$", "+"}:
            count = 0
            while index - count - 1 >= 0 and parts[index - count - 1] == "^":
                count += 1
            if count:
                skips.setdefault(part, count)
    return skips


def _chunk(
    text: str,
    synsets: dict[str, list[tuple[str, ...]]],
    side: dict[str, bool],
    after_verb: bool,
    anchored: bool = False,
) -> Chunk:
    markers = tuple(part if part in MARKERS else None for part in text.split("_") if part)
    return Chunk(_slots(text, synsets, side, after_verb), anchored=anchored, markers=markers)


def _slots(
    text: str, synsets: dict[str, list[tuple[str, ...]]], side: dict[str, bool], after_verb: bool
) -> tuple[Slot, ...]:
    slots: list[Slot] = []
    for part in text.split("_"):
        if not part:
            continue
        if part in MARKERS:
            side.setdefault(part, after_verb)
            slots.append(())
        elif part.startswith("&"):
            name = _synset_name(part)
            if name not in synsets:
                raise PetrarchVerbsError(f"unknown synset &{name}")
            slots.append(tuple(synsets[name]))
        else:
            slots.append(((part.upper(),),))
    return tuple(slots)
