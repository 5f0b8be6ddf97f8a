"""The tagger model's inflated copy in the cache folder: written once, read back, never trusted when unsound."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from factcheck.lang import data, modelcache, modelfile

BODY = b"a model's inflated bytes " * 100


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_the_copy_is_written_once_and_read_back(cache: Path) -> None:
    raw = gzip.compress(BODY)
    assert modelcache.inflated(raw) == BODY
    (copy,) = cache.glob("model-*.bin")
    assert copy.read_bytes() == BODY
    copy.write_bytes(b"x" * len(BODY))  # what is read back is the copy, not a new inflation
    assert modelcache.inflated(raw) == b"x" * len(BODY)


def test_a_copy_of_the_wrong_length_is_replaced(cache: Path) -> None:
    raw = gzip.compress(BODY)
    modelcache.inflated(raw)
    (copy,) = cache.glob("model-*.bin")
    copy.write_bytes(BODY[:10])  # cut short
    assert modelcache.inflated(raw) == BODY
    assert copy.read_bytes() == BODY


def test_a_new_model_replaces_the_old_copy(cache: Path) -> None:
    modelcache.inflated(gzip.compress(BODY))
    modelcache.inflated(gzip.compress(BODY + b"retrained"))
    (copy,) = cache.glob("model-*")
    assert copy.read_bytes() == BODY + b"retrained"


def test_an_unwritable_folder_or_no_cache_inflates_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocked / "cache"))
    raw = gzip.compress(BODY)
    assert modelcache.inflated(raw) == BODY
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    assert modelcache.inflated(raw) == BODY
    assert not list(tmp_path.glob("model-*"))


def test_the_shipped_model_parses_the_same_from_the_copy(cache: Path) -> None:
    raw = data.read_bytes(modelfile.NAME)
    modelcache.inflated(raw)  # writes the copy
    assert modelfile.parse(modelcache.inflated(raw)) == modelfile.read(raw)
