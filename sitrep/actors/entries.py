"""The entries of the actor dictionary: who or what a phrase can name, and in which role when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# What an entry is; the resolver and the tracker treat each differently.
COUNTRY = "country"  # a state: "Russia", "Russian", "Russians"
ORGANISATION = "organisation"  # a named body or group: "NATO", "Hamas"
METONYM = "metonym"  # a place or institution standing for a part of a state: "the Kremlin"
REGION = "region"  # a region that places an actor in a country: "Darfur", "Donetsk"
SECTOR = "sector"  # a noun naming a part of a state or society: "troops", "foreign ministry"
PERSON = "person"  # a named person with roles

# How a phrase refers, for pronouns: "he"/"she" take persons, "it" bodies, "they" groups and bodies.
KIND_PERSON = "person"
KIND_PEOPLE = "people"
KIND_ORG = "org"


@dataclass(frozen=True, slots=True)
class Role:
    """One role of an actor over a period (both ends inclusive; None = open)."""

    country: str | None
    sector: str | None
    office: str | None = None
    start: date | None = None
    end: date | None = None
    code: str | None = None  # an explicit code; otherwise country + sector

    def valid_on(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    @property
    def actor_code(self) -> str | None:
        if self.code:
            return self.code
        joined = (self.country or "") + (self.sector or "")
        return joined or None


@dataclass(slots=True)
class ActorEntry:
    """One thing the dictionary knows, with every surface form that names it."""

    key: str  # unique within a dictionary, e.g. "person:sergei shoigu"
    name: str
    type: str  # COUNTRY, ORGANISATION, METONYM, SECTOR or PERSON
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    kind: str = KIND_ORG  # KIND_PERSON, KIND_PEOPLE or KIND_ORG
    gender: str | None = None  # "m" / "f" for people where known
    weight: int = 2  # sector nouns: 1 = generic ("official"), overridden by a specific one
    agent_affix: str | None = None  # PETRARCH agents: "suffix" (~GOV) or "prefix" (NGO~)
    surname_aliases: tuple[str, ...] = field(default=())  # person aliases that are a surname alone
    demonyms: tuple[str, ...] = ()  # countries: the aliases that name people ("Ukrainians")
    cased: bool = True  # False for dictionaries written in capitals (PETRARCH): match any case

    def role_on(self, when: date | None) -> Role | None:
        """The role valid on ``when``; without a date, the current (open-ended, latest) role."""
        if not self.roles:
            return None
        if when is None:
            open_roles = [role for role in self.roles if role.end is None]
            candidates = open_roles or list(self.roles)
            return max(candidates, key=lambda role: role.start or date.min)
        valid = [role for role in self.roles if role.valid_on(when)]
        if valid:
            # The most specific period wins (PETRARCH: a short restriction overrides a long one).
            return min(valid, key=_role_span_days)
        undated = [role for role in self.roles if role.start is None and role.end is None]
        return undated[0] if undated else None

    def has_role_on(self, when: date | None) -> bool:
        if when is None:
            return True
        return any(role.valid_on(when) for role in self.roles)

    @property
    def default_role(self) -> Role | None:
        return self.roles[0] if self.roles else None


def _role_span_days(role: Role) -> int:
    start = role.start or date(1, 1, 1)
    end = role.end or date(9999, 12, 31)
    return (end - start).days
