"""Project settings: ``[factcheck]`` in setup.cfg or ``[tool.factcheck]`` in pyproject.toml.

The nearest file that has the section, from the current directory upwards, wins; in one
directory pyproject.toml is read before setup.cfg. Command-line options win over both.

Keys (a list is a TOML array, or a string split on commas and newlines):

=================  ==========================================================================
``fail-on``        ``error`` (default), ``warning``, ``info`` or ``never``
``min-confidence`` a number from 0 to 1; findings below it are dropped
``enable``         kinds to run (default: every kind)
``disable``        kinds not to run
``sources``        files, directories or globs, relative to the configuration file, used
                   when ``--against`` is not given
``antonyms``       extra opposed predicates, one pair per item: ``approved / rejected``
``titles``         extra role nouns that head a title: ``chief whip``
``aliases``        extra names for one entity: ``Kremlin = Russia``
=================  ==========================================================================

The word-list keys are exposed as data for the checks and extractors to read:
``Config.extra_antonyms`` (pairs), ``Config.extra_titles`` (lower-cased role nouns) and
``Config.aliases`` (``(alias, canonical)`` pairs, or ``Config.alias_map`` keyed by lower-cased alias).
"""

from __future__ import annotations

import configparser
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.errors import InputError


def known_kinds() -> tuple[str, ...]:
    """The kinds the registry of checks holds, in its order."""
    from factcheck.checks import kinds

    return kinds()

FAIL_LEVELS: tuple[str, ...] = ("never", "error", "warning", "info")


@dataclass(frozen=True)
class Config:
    """Settings read from a configuration file; ``None`` means "not set here"."""

    path: str | None = None
    fail_on: str | None = None
    min_confidence: float | None = None
    enable: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    extra_antonyms: tuple[tuple[str, str], ...] = ()
    extra_titles: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()

    @property
    def root(self) -> str:
        """The directory that relative ``sources`` are resolved against."""
        return os.path.dirname(self.path) if self.path else os.getcwd()

    @property
    def alias_map(self) -> dict[str, str]:
        """Lower-cased alias -> canonical name."""
        return {alias.lower(): canonical for alias, canonical in self.aliases}

    def kinds(self, enable: tuple[str, ...] | None = None, disable: tuple[str, ...] = ()) -> frozenset[str] | None:
        """The kinds to run: command-line ``enable`` wins over the file's; both ``disable`` lists apply."""
        chosen = enable if enable else self.enable
        dropped = set(disable) | set(self.disable)
        if chosen is None and not dropped:
            return None
        return frozenset(k for k in (chosen or known_kinds()) if k not in dropped)


def apply_word_lists(config: Config) -> None:
    """Add the configuration's antonym pairs, titles and aliases to the shipped word lists."""
    from factcheck import lexicon

    if config.extra_antonyms:
        lexicon.extend("claims_frames.txt", [f"config-{i}: {a} | {b}" for i, (a, b) in
                                             enumerate(config.extra_antonyms)])
    if config.extra_titles:
        lexicon.extend("titles.txt", list(config.extra_titles))
    if config.aliases:
        lexicon.extend("places_aliases.txt", [f"{alias} = {canonical}" for alias, canonical in config.aliases])


def split_list(value: Any) -> tuple[str, ...]:
    """A TOML array, or a string split on commas and newlines; blanks dropped."""
    if isinstance(value, list):
        items: list[str] = []
        for item in value:
            if not isinstance(item, str):
                raise ValueError("expected a list of strings")
            items.append(item.strip())
        return tuple(i for i in items if i)
    if not isinstance(value, str):
        raise ValueError("expected a string or a list of strings")
    return tuple(p.strip() for line in value.splitlines() for p in line.split(",") if p.strip())


def check_kinds(values: tuple[str, ...]) -> tuple[str, ...]:
    known = known_kinds()
    unknown = [v for v in values if v not in known]
    if unknown:
        raise ValueError(f"unknown kind {unknown[0]!r} (kinds: {', '.join(known)})")
    return values


def _fail_on(value: Any) -> str:
    if not isinstance(value, str) or value.strip() not in FAIL_LEVELS:
        raise ValueError(f"expected one of {', '.join(FAIL_LEVELS)}")
    return value.strip()


def _confidence(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError("expected a number from 0 to 1")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError("expected a number from 0 to 1") from None
    if not 0.0 <= number <= 1.0:
        raise ValueError("expected a number from 0 to 1")
    return number


def _pairs(sep: str, example: str) -> Callable[[Any], tuple[tuple[str, str], ...]]:
    def parse(value: Any) -> tuple[tuple[str, str], ...]:
        out = []
        for item in split_list(value):
            left, found, right = item.partition(sep)
            if not found or not left.strip() or not right.strip() or sep in right:
                raise ValueError(f"expected items such as {example!r}, got {item!r}")
            out.append((left.strip(), right.strip()))
        return tuple(out)

    return parse


def _titles(value: Any) -> tuple[str, ...]:
    return tuple(t.lower() for t in split_list(value))


PARSERS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "fail-on": ("fail_on", _fail_on),
    "min-confidence": ("min_confidence", _confidence),
    "enable": ("enable", lambda v: check_kinds(split_list(v))),
    "disable": ("disable", lambda v: check_kinds(split_list(v))),
    "sources": ("sources", split_list),
    "antonyms": ("extra_antonyms", _pairs("/", "approved / rejected")),
    "titles": ("extra_titles", _titles),
    "aliases": ("aliases", _pairs("=", "Kremlin = Russia")),
}


def parse_settings(values: Mapping[str, Any], path: str, section: str) -> Config:
    """Check every key and value; an error names the file, the section and the key."""
    fields: dict[str, Any] = {}
    for raw_key, value in values.items():
        key = raw_key.strip().lower().replace("_", "-")
        if key not in PARSERS:
            raise InputError(f"{path}: [{section}] unknown key {raw_key!r} (keys: {', '.join(PARSERS)})")
        name, parse = PARSERS[key]
        try:
            fields[name] = parse(value)
        except ValueError as exc:
            raise InputError(f"{path}: [{section}] {raw_key}: {exc}") from None
    return Config(path=path, **fields)


def read_pyproject(path: str) -> Config | None:
    """``[tool.factcheck]`` of a pyproject.toml, or None when it has none."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    tool = data.get("tool")
    section = tool.get("factcheck") if isinstance(tool, dict) else None
    if section is None:
        return None
    if not isinstance(section, dict):
        raise InputError(f"{path}: [tool.factcheck] must be a table")
    return parse_settings(section, path, "tool.factcheck")


def read_setup_cfg(path: str) -> Config | None:
    """``[factcheck]`` of a setup.cfg, or None when it has none."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8") as fh:
            parser.read_file(fh, source=path)
    except configparser.Error as exc:
        raise InputError(f"{path}: not a valid setup.cfg: {' '.join(str(exc).split())}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    if not parser.has_section("factcheck"):
        return None
    return parse_settings(dict(parser.items("factcheck")), path, "factcheck")


def find_config(start_dir: str | None = None) -> Config:
    """The settings of the nearest configuration file from ``start_dir`` upwards, or the defaults."""
    here = os.path.abspath(start_dir or os.getcwd())
    while True:
        for name, reader in (("pyproject.toml", read_pyproject), ("setup.cfg", read_setup_cfg)):
            candidate = os.path.join(here, name)
            if os.path.isfile(candidate):
                found = reader(candidate)
                if found is not None:
                    return found
        parent = os.path.dirname(here)
        if parent == here:
            return Config()
        here = parent
