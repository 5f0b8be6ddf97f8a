"""The tagger's persistent word store: the same tags with it, without it, and with a broken one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.lang import data, modelfile, tagger, wordcache

SENTENCES = [
    "The Harwick council approved the ferry terminal on Tuesday , officials said .".split(),
    "Rescuers pulled 11 miners from the flooded Tarnbeck pit late on Monday .".split(),
    "\u201cWe will rebuild ,\u201d said Mayor Ilse Marchetti , whose office was shut .".split(),
]


def _tagger(store: wordcache.WordStore | None) -> tagger.Tagger:
    return tagger.Tagger(modelfile.read(data.read_bytes(modelfile.NAME)), store)


def _tags(t: tagger.Tagger) -> list[list[str]]:
    out = []
    for forms in SENTENCES:
        t.warm(forms)
        out.append(t.tag(forms))
        t.keep(everything=True)
    return out


def test_tags_are_the_same_from_a_fresh_store_a_warm_one_and_none(tmp_path: Path) -> None:
    plain = _tags(_tagger(None))
    path = tmp_path / "words-test.sqlite"
    assert _tags(_tagger(wordcache.WordStore(path))) == plain  # entries made and kept
    warm = _tagger(wordcache.WordStore(path))
    warm.warm([f for s in SENTENCES for f in s])
    assert set(warm._entries) >= {f for s in SENTENCES for f in s}  # every entry read back from the store
    assert _tags(warm) == plain


def test_a_damaged_store_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "words-test.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    assert _tags(_tagger(wordcache.WordStore(path))) == _tags(_tagger(None))
    assert path.read_bytes().startswith(b"not a database")  # left as it was, not rewritten


def test_a_store_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    store = wordcache.WordStore(blocked / "words-test.sqlite")
    assert store.get_many(["the"]) == {}
    store.put_many({"the": (None, "the", "L", b"", (), False, False)})  # no error either


def test_a_new_model_starts_a_new_store_and_deletes_the_old(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    wordcache.open_store(b"model one", b"templates")
    first = sorted(p.name for p in tmp_path.iterdir())
    wordcache.open_store(b"model two", b"templates")
    second = sorted(p.name for p in tmp_path.iterdir())
    assert len(first) == len(second) == 1 and first != second
    assert wordcache.store_key(b"model one", b"templates") != wordcache.store_key(b"model one", b"other templates")


def test_caching_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert wordcache.open_store(b"model", b"templates") is None
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forking platforms only")
def test_a_forked_process_uses_a_connection_of_its_own_and_keeps_its_entries(tmp_path: Path) -> None:
    store = wordcache.WordStore(tmp_path / "words-test.sqlite")
    store.put_many({"ferry": (None, "ferry", "L", (), ("w=ferry",), False, False, True)})
    parent_connection = store._connection()
    pid = os.fork()
    if pid == 0:  # the child: reads what the parent kept, keeps an entry of its own, on a new connection
        ok = store._connection() is not parent_connection and "ferry" in store.get_many(["ferry"])
        store.put_many({"pit": (None, "pit", "L", (), ("w=pit",), False, False, False)})
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert store._connection() is parent_connection
    assert set(store.get_many(["ferry", "pit", "tunnel"])) == {"ferry", "pit"}


def test_pair_parts_filled_in_one_run_are_read_back_in_the_next(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-tag sums a run fills are kept, so a later run tags the same sentences without making
    any again, and gets the same tags."""
    plain = _tags(_tagger(None))
    path = tmp_path / "words-test.sqlite"
    first = _tagger(wordcache.WordStore(path))
    assert _tags(first) == plain and first._parts
    fills: list[int] = []
    real = tagger.Tagger._fill
    monkeypatch.setattr(tagger.Tagger, "_fill", lambda self, *a: fills.append(1) or real(self, *a))
    again = _tagger(wordcache.WordStore(path))
    assert _tags(again) == plain and not fills


def test_a_run_that_was_not_warmed_merges_its_parts_with_the_stored_ones(tmp_path: Path) -> None:
    """Two rare words of one shape share a part: what a second run (never warmed from the store)
    fills for the second word is added to what the first kept for the first, not written over it."""
    path = tmp_path / "words-test.sqlite"
    first = _tagger(wordcache.WordStore(path))
    one = "The council approved the zembrication plan .".split()
    first.warm(one)
    first.tag(one)
    first.keep(everything=True)
    key = first._entries["zembrication"][10][0][1]  # its shared keys
    kept = [list(s) for s in wordcache.WordStore(path).get_parts([key])[key]]
    assert any(v is not None for s in kept for v in s)
    second = _tagger(wordcache.WordStore(path))
    second.tag("Officials said a quorbrication had failed before .".split())
    second.keep(everything=True)
    merged = wordcache.WordStore(path).get_parts([key])[key]
    assert all(merged[w][t] == v for w in range(3) for t, v in enumerate(kept[w]) if v is not None)
    assert sum(v is not None for s in merged for v in s) > sum(v is not None for s in kept for v in s)


def test_pair_parts_are_kept_a_batch_at_a_time_unless_everything_is_asked_for(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """An article's few parts wait for the next ones (each write rewrites whole parts); the end of a
    run keeps what is left."""
    path = tmp_path / "words-test.sqlite"
    t = _tagger(wordcache.WordStore(path))
    forms = SENTENCES[0]
    t.warm(forms)
    t.tag(forms)
    t.keep()
    filled = set(t._filled)
    assert 0 < len(filled) < tagger.PARTS_AT_ONCE and not wordcache.WordStore(path).get_parts(filled)
    assert set(wordcache.WordStore(path).get_many(forms)) == set(forms)  # the entries are kept at once
    t.keep(everything=True)
    assert set(wordcache.WordStore(path).get_parts(filled)) == filled and not t._filled
    monkeypatch.setattr(tagger, "PARTS_AT_ONCE", 1)
    t.tag(SENTENCES[1])
    t.keep()
    assert not t._filled
