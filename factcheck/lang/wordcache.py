"""A persistent store of the tagger's per-word-type entries, so a run starts with the words earlier runs saw.

Building a word type's entry (its feature sums for every position around it) is most of
what tagging a new article costs; the entry is a pure function of the model and the
word, so it can be kept between runs, and so are the pair parts (per-tag sums of the
features a word shares with others, ``parts``), filled as tagging needs them. The
store is one SQLite file under the user's
cache folder (``$FACTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/factcheck``, else
``~/.cache/factcheck``), named for a digest of the model and of the feature templates:
a new model or new templates start a new file and the old ones are deleted. Deleting
the folder is always safe; ``FACTCHECK_NO_CACHE=1`` turns the store off. Every failure
(a read-only folder, a locked or damaged file) turns it off for the run and tagging goes
on without it: the entries and parts, and so the tags, are the same either way.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LAYOUT = 6  # bump when the stored entry's layout changes
MAX_WORDS = 50_000  # about 2 KB a word with its share of the pair parts: the store stays near 100 MB at most
BATCH = 500  # forms asked for in one query (SQLite's limit on parameters is higher)


def cache_dir() -> Path | None:
    """Where the store lives, or None when it is turned off."""
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    root = os.environ.get("FACTCHECK_CACHE_DIR")
    if root:
        return Path(root)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "factcheck"


def store_key(model: bytes, templates: bytes) -> str:
    """A short digest naming the store: the model's bytes, the feature templates' source and the layout."""
    h = hashlib.blake2b(digest_size=10)
    h.update(model)
    h.update(templates)
    h.update(str(LAYOUT).encode())
    return h.hexdigest()


class WordStore:
    """Stored entries by word form; every method is a no-op once anything has gone wrong.

    A forked process opens a connection of its own on first use: SQLite's connections must
    not cross a fork, and the children that tag part of a run keep the entries they make too.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._pid = os.getpid()
        self._inherited: list[sqlite3.Connection] = []
        self._count = self._parts = 0  # rows of words and of pair parts
        fresh = not path.exists()
        self._db = self._open(count=True)
        if self._db is not None and fresh:
            remove_others(path, "words-*.sqlite*")

    def _open(self, count: bool = False) -> sqlite3.Connection | None:
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self._path, timeout=0.2, isolation_level=None)
            db.execute("CREATE TABLE IF NOT EXISTS words (form TEXT PRIMARY KEY, entry BLOB)")
            db.execute("CREATE TABLE IF NOT EXISTS parts (key TEXT PRIMARY KEY, slots BLOB)")
            if count:
                self._count = db.execute("SELECT count(*) FROM words").fetchone()[0]
                self._parts = db.execute("SELECT count(*) FROM parts").fetchone()[0]
            return db
        except (sqlite3.Error, OSError):
            return None

    def _connection(self) -> sqlite3.Connection | None:
        """This process's connection: in a forked child, a new one (the parent's is kept, never
        closed here, for closing it could release the locks SQLite holds for the parent)."""
        if self._pid != os.getpid():
            self._pid = os.getpid()
            if self._db is not None:
                self._inherited.append(self._db)
                self._db = self._open()
        return self._db

    def get_many(self, forms: Iterable[str]) -> dict[str, tuple]:
        """The stored entries of those of ``forms`` the store holds."""
        return self._get("SELECT form, entry FROM words WHERE form IN", list(forms))

    def get_parts(self, keys: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], tuple]:
        """The stored pair parts (the tagger's per-tag sums) of those of ``keys`` the store holds."""
        named = {_name(k): k for k in keys}
        found = self._get("SELECT key, slots FROM parts WHERE key IN", list(named))
        return {named[name]: v for name, v in found.items()}

    def _get(self, query: str, wanted: list[Any]) -> dict[Any, tuple]:
        db = self._connection()
        if db is None or not wanted:
            return {}
        out: dict[Any, tuple] = {}
        try:
            for at in range(0, len(wanted), BATCH):
                part = wanted[at : at + BATCH]
                for key, blob in db.execute(f"{query} ({','.join('?' * len(part))})", part):
                    out[key] = marshal.loads(blob)
        except (sqlite3.Error, ValueError, EOFError, TypeError):
            self._db = None
            return {}
        return out

    def put_many(self, entries: dict[str, tuple]) -> None:
        """Keep ``entries`` (form -> stored entry) while the store has room; a busy store is skipped."""
        if self._count < MAX_WORDS:
            rows = [(form, marshal.dumps(entry)) for form, entry in entries.items()][: MAX_WORDS - self._count]
            if self._put("INSERT OR IGNORE INTO words VALUES (?, ?)", rows):
                self._count += len(rows)

    def put_parts(self, parts: dict[tuple[str, ...], tuple]) -> None:
        """Keep ``parts`` (key -> slot lists), each in place of what the store held under its key, while
        the store has room for them; a busy store is skipped."""
        if self._parts < MAX_WORDS:
            rows = [(_name(k), marshal.dumps(v)) for k, v in parts.items()][: MAX_WORDS - self._parts]
            if self._put("INSERT OR REPLACE INTO parts VALUES (?, ?)", rows):
                self._parts += len(rows)  # an upper bound: some replaced what was there

    def _put(self, statement: str, rows: list[tuple[Any, bytes]]) -> bool:
        db = self._connection()
        if db is None or not rows:
            return False
        try:
            db.execute("BEGIN")
            db.executemany(statement, rows)
            db.execute("COMMIT")
            return True
        except sqlite3.Error as err:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if not isinstance(err, sqlite3.OperationalError):
                self._db = None  # a damaged store; a busy one is only skipped this time
            return False


def _name(key: tuple[str, ...]) -> str:
    """A pair part's key as the store names it: one text for one tuple, whatever its words hold."""
    return repr(key)


def remove_others(path: Path, pattern: str) -> None:
    """Delete the files of ``pattern`` beside ``path`` made for other models or templates (``path``'s
    own, and what SQLite keeps beside it, stay)."""
    for old in path.parent.glob(pattern):
        if not old.name.startswith(path.name):
            try:
                old.unlink()
            except OSError:
                pass


def open_store(model: bytes, templates: bytes) -> WordStore | None:
    """The store for this model and these templates, or None when caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    return WordStore(folder / f"words-{store_key(model, templates)}.sqlite")
