"""The actor dictionary: entries plus the lookup table compiled from them once."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path

from sitrep.actors.entries import COUNTRY, PERSON, ActorEntry
from sitrep.actors.loading import DATA_DIR, load_project_entries
from sitrep.actors.matching import AliasIndex
from sitrep.actors.petrarch import read_actors, read_agents


class ActorDictionary:
    """Countries, organisations, metonyms, sector nouns and people, with their aliases and roles.

    ``ActorDictionary.default()`` is the dictionary shipped in ``sitrep/data/actors`` (loaded and
    compiled once per process). ``from_petrarch`` reads PETRARCH/TABARI ``.actors``/``.agents`` files.
    ``merged_with`` combines two; entries of the other dictionary replace same-keyed ones.
    """

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        by_key: dict[str, ActorEntry] = {}
        for entry in entries:
            by_key[entry.key] = entry
        self._entries = by_key

    @classmethod
    def default(cls) -> ActorDictionary:
        return _default_dictionary()

    @classmethod
    def from_directory(cls, data_dir: Path) -> ActorDictionary:
        """A dictionary in the project's own format (countries.tsv, metonyms.tsv, sectors.tsv, ...)."""
        return cls(load_project_entries(data_dir))

    @classmethod
    def from_petrarch(cls, actors_path: str | Path | None, agents_path: str | Path | None = None) -> ActorDictionary:
        entries: list[ActorEntry] = []
        if actors_path is not None:
            entries += read_actors(Path(actors_path))
        if agents_path is not None:
            entries += read_agents(Path(agents_path))
        return cls(entries)

    def merged_with(self, other: ActorDictionary) -> ActorDictionary:
        return ActorDictionary([*self._entries.values(), *other._entries.values()])

    @property
    def entries(self) -> list[ActorEntry]:
        return list(self._entries.values())

    def get(self, key: str) -> ActorEntry | None:
        return self._entries.get(key)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    @property
    def people(self) -> list[ActorEntry]:
        return [entry for entry in self._entries.values() if entry.type == PERSON]

    @property
    def countries(self) -> list[ActorEntry]:
        return [entry for entry in self._entries.values() if entry.type == COUNTRY]

    @cached_property
    def index(self) -> AliasIndex:
        """The n-gram lookup table, compiled on first use."""
        return AliasIndex(self._entries.values())

    def lookup(self, phrase: str) -> list[ActorEntry]:
        """Entries a whole phrase names exactly ("Kremlin" -> the Kremlin metonym)."""
        return [hit.entry for hit in self.index.lookup_text(phrase)]


@lru_cache(maxsize=1)
def _default_dictionary() -> ActorDictionary:
    dictionary = ActorDictionary(load_project_entries(DATA_DIR))
    _ = dictionary.index  # compile once, here, rather than inside the first resolution
    return dictionary
