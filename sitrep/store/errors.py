"""The errors a store reports, in words a user can act on."""

from __future__ import annotations

import re
from pathlib import Path

from sitrep.store.migrations import SchemaError

_LOCK_MESSAGE = re.compile(r"Could not set lock on file")
_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")


class StoreError(RuntimeError):
    """A store that cannot be used as asked; the message says why and what to do."""


class StoreNotFoundError(StoreError, FileNotFoundError):
    """Reading a store that does not exist (reading never creates one)."""


class StoreSchemaError(StoreError, SchemaError):
    """A store written by an older or newer sitrep than this one."""


class StoreLockedError(StoreError):
    """Another process holds the database: DuckDB lets only one process open a file while anyone writes."""

    def __init__(self, path: Path, pid: int | None, command: str | None) -> None:
        self.path = path
        self.pid = pid
        self.command = command
        super().__init__(_locked_message(path, pid, command))


def is_lock_error(error: BaseException) -> bool:
    return _LOCK_MESSAGE.search(str(error)) is not None


def locked_error_from(error: BaseException, path: Path) -> StoreLockedError:
    """Turn DuckDB's lock IOException into a StoreLockedError naming the process that holds the file."""
    match = _HOLDER.search(str(error))
    pid = int(match.group("pid")) if match else None
    command = _command_line(pid) if pid is not None else None
    if command is None and match:
        command = match.group("program")
    return StoreLockedError(path, pid, command)


def _command_line(pid: int) -> str | None:
    try:
        import psutil  # optional: it gives the full command line, DuckDB only the program
    except ImportError:
        return None
    try:
        return " ".join(psutil.Process(pid).cmdline()) or None
    except (psutil.Error, OSError):
        return None


def _locked_message(path: Path, pid: int | None, command: str | None) -> str:
    holder = "another process"
    if pid is not None:
        holder = f"process {pid}" + (f" ({command})" if command else "")
    stop = f"stop it (kill {pid})" if pid is not None else "stop it"
    return (
        f"The store {path} is in use by {holder}. "
        "DuckDB lets only one process open a database file while it is being written, "
        "so it cannot be opened here, not even to read. "
        f"Wait until that process has finished, {stop}, "
        "or, if it is `sitrep serve`, query the store through its HTTP API instead."
    )
