"""Read PETRARCH / TABARI actor and agent dictionaries into dictionary entries.

Actors file::

    UNITED_STATES  [USA]          # a name (words joined by _ or spaces) and its code
    +U.S.                         # a synonym of the actor above
    GOLLUM
        [HOB < 950601]            # code restricted to dates before / after (> ) / between (a - b)
        [HOBGOV 19950601 - 19990815]

Agents file::

    !PERSON! = MAN, MEN, WOMAN    # a substitution set used as !PERSON! in names
    FOREIGN_MINISTER [~GOVFRM]    # ~CODE: appended to the country code (USA + GOVFRM)
    HUMAN_RIGHTS_BODY [NGO~]      # CODE~: put before the country code
    TROOPS {} [~MIL]              # {} = no plural; {PLURAL} = an irregular plural; else a regular one

Comments start with # or sit in <!-- ... --> blocks. Codes ``---``, ``+++`` and ``###`` mean "no code".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from sitrep.actors.entries import COUNTRY, KIND_PERSON, ORGANISATION, SECTOR, ActorEntry, Role

_HTML_COMMENT = re.compile(r"<!.*?>", re.DOTALL)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_NULL_CODES = {"---", "+++", "###", ""}
_NON_STATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "ISM", "UNO", "EUR")


class PetrarchFormatError(ValueError):
    """A line of a PETRARCH dictionary that cannot be read."""


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _display_name(name: str) -> str:
    """PETRARCH writes names in capitals; show "Sam Gamgee", keep acronyms ("IMF") as they are."""
    return name.title() if name.isupper() and len(name) > 5 else name


def _phrase(name: str) -> str:
    return " ".join(name.replace("_", " ").split())


def _petrarch_date(text: str, where: str) -> date:
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise PetrarchFormatError(f"{where}: bad date {text!r} (YYMMDD or YYYYMMDD)")
    if len(digits) == 6:
        year = int(digits[:2])
        year += 1900 if year >= 30 else 2000
        return date(year, int(digits[2:4]), int(digits[4:6]))
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _split_code(code: str) -> tuple[str | None, str | None]:
    """Country and sector of a CAMEO-style code: PSEREBHMS -> (PSE, REB); IGOEEU -> (None, IGO)."""
    if code.startswith(_NON_STATE_PREFIXES):
        return None, code[:3]
    return code[:3], (code[3:6] or None)


def parse_code_block(block: str, where: str) -> Role:
    """``CODE``, ``CODE <YYMMDD``, ``CODE >YYMMDD`` or ``CODE YYYYMMDD-YYYYMMDD`` -> a Role."""
    text = block.strip()
    code, _, restriction = text.partition(" ")
    code = code.strip().upper()
    restriction = restriction.strip()
    if not code or not re.fullmatch(r"[A-Z0-9/+#~-]+", code) or code[0].isdigit():
        raise PetrarchFormatError(f"{where}: bad code block [{block}]")
    code = code.split("/")[0]  # several codes: the first is the primary one
    start = end = None
    if restriction.startswith("<"):
        end = _petrarch_date(restriction[1:], where) - timedelta(days=1)
    elif restriction.startswith(">"):
        start = _petrarch_date(restriction[1:], where)
    elif restriction:
        first, dash, second = restriction.partition("-")
        if not dash:
            raise PetrarchFormatError(f"{where}: bad date restriction {restriction!r}")
        start, end = _petrarch_date(first, where), _petrarch_date(second, where)
    if code in _NULL_CODES:
        return Role(country=None, sector=None, start=start, end=end, code=None)
    country, sector = _split_code(code)
    return Role(country=country, sector=sector, start=start, end=end, code=code)


def read_actors(path: Path) -> list[ActorEntry]:
    text = _HTML_COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), path.read_text(encoding="utf-8"))
    entries: list[ActorEntry] = []
    current: dict | None = None

    def finish() -> None:
        if current and current["roles"]:
            name = current["names"][0]
            roles = current["roles"]
            # A bare three-letter code names a state ("GONDOR [GON]"); anything longer, a part of one.
            is_state = all(role.code and len(role.code) == 3 and role.sector is None for role in roles)
            entries.append(
                ActorEntry(
                    key=f"petrarch:{name.casefold()}",
                    name=_display_name(name),
                    type=COUNTRY if is_state else ORGANISATION,
                    aliases=tuple(dict.fromkeys(current["names"])),
                    roles=tuple(current["roles"]),
                    cased=False,
                )
            )

    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{path.name}:{number}"
        line = _strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise PetrarchFormatError(f"{where}: synonym {stripped!r} before any actor")
            synonym = _CODE_BLOCK.sub("", stripped[1:]).strip()
            if synonym:
                current["names"].append(_phrase(synonym))
            continue
        if stripped.startswith("["):
            if current is None:
                raise PetrarchFormatError(f"{where}: code {stripped!r} before any actor")
            current["roles"].extend(parse_code_block(block, where) for block in _CODE_BLOCK.findall(stripped))
            continue
        finish()
        name = _CODE_BLOCK.sub("", stripped).strip().rstrip("_")
        current = {"names": [_phrase(name)], "roles": []}
        current["roles"].extend(parse_code_block(block, where) for block in _CODE_BLOCK.findall(stripped))
    finish()
    return entries


def _regular_plural(word: str) -> str:
    upper = word.upper()
    if upper.endswith("Y") and len(upper) > 1 and upper[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if upper.endswith(("S", "X", "CH", "SH", "Z")):
        return word + "ES"
    return word + "S"


def read_agents(path: Path) -> list[ActorEntry]:
    text = _HTML_COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), path.read_text(encoding="utf-8"))
    substitutions: dict[str, list[str]] = {}
    entries: list[ActorEntry] = []
    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{path.name}:{number}"
        line = _strip_comment(raw).strip()
        if not line:
            continue
        set_match = re.fullmatch(r"(![A-Z0-9_]+!)\s*=\s*(.+)", line)
        if set_match:
            substitutions[set_match.group(1)] = [item.strip() for item in set_match.group(2).split(",") if item.strip()]
            continue
        blocks = _CODE_BLOCK.findall(line)
        if not blocks:
            raise PetrarchFormatError(f"{where}: agent {line!r} has no [~CODE]")
        template = "".join(blocks[0].split()).upper()
        if "~" not in template:
            raise PetrarchFormatError(f"{where}: agent code {template!r} lacks the ~ that places it")
        affix = "prefix" if template.endswith("~") else "suffix"
        agent_code = template.replace("~", "")
        head = _CODE_BLOCK.sub("", line)
        plural_match = re.search(r"\{([^}]*)\}", head)
        name = re.sub(r"\{[^}]*\}", "", head).strip()
        names = _expand(name, substitutions)
        forms = list(names)
        if plural_match is None:
            forms += [_regular_plural(form) for form in names]
        elif plural_match.group(1).strip():
            forms += _expand(plural_match.group(1).strip(), substitutions)
        phrases = [_phrase(form) for form in forms]
        entries.append(
            ActorEntry(
                key=f"agent:{phrases[0].casefold()}",
                name=phrases[0],
                type=SECTOR,
                aliases=tuple(dict.fromkeys(phrases)),
                roles=(Role(country=None, sector=agent_code[:3] or None, code=agent_code or None),),
                kind=KIND_PERSON,
                agent_affix=affix,
                cased=False,
            )
        )
    return entries


def _expand(name: str, substitutions: dict[str, list[str]]) -> list[str]:
    """Names with !SET! markers -> one name per member of the set."""
    found = re.search(r"![A-Z0-9_]+!", name)
    if not found:
        return [name]
    members = substitutions.get(found.group(0))
    if not members:
        return [name.replace(found.group(0), "")]
    expanded = []
    for member in members:
        expanded.extend(_expand(name[: found.start()] + member + name[found.end() :], substitutions))
    return expanded


def read_joint_codes(path: Path) -> dict[str, tuple[str, ...]]:
    """Actors whose code block names several codes ("THE_SHIRE [FRO/BIL/SAM]"): PETRARCH codes such an
    actor as all of them (a compound actor). Keyed by the entry key ``read_actors`` gives the actor."""
    text = _HTML_COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), path.read_text(encoding="utf-8"))
    joint: dict[str, tuple[str, ...]] = {}
    name: str | None = None
    for raw in text.splitlines():
        line = _strip_comment(raw).strip()
        if not line or line.startswith("+"):
            continue
        if not line.startswith("["):
            name = _phrase(_CODE_BLOCK.sub("", line).strip().rstrip("_"))
        for block in _CODE_BLOCK.findall(line):
            code = block.strip().split(" ")[0].strip().upper()
            parts = tuple(part for part in code.split("/") if part and part not in _NULL_CODES)
            if name is not None and len(parts) > 1:
                joint[f"petrarch:{name.casefold()}"] = parts
    return joint
