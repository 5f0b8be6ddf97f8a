"""Universal POS tags for tokenized sentences: a two-pass averaged perceptron.

The first pass tags left to right; the second sees the first pass's tags of the
next two words as well. Both are linear models, and most features look at one word
only, so each word type's share of the score is summed once and cached (the few
that pair a word with the next are kept with the first word's entry, keyed by the
second). Scores of all 17 tags travel together as one integer of 32-bit fields
(weights stored with a common offset keep every field non-negative), so summing
features is a single addition and the tag with the largest field wins.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from factcheck.lang import data, features as F, modelcache, modelfile, wordcache
from factcheck.lang.features import TAGS  # noqa: F401 - the tag names, read as tagger.TAGS

_NTAGS = len(F.TAGS)
_WIDTH = 4 * _NTAGS
_FIELDS = struct.Struct(f"<{_NTAGS}I").unpack
_CACHE_LIMIT = 400_000
_FLIP_HIGH = bytes(b ^ 0x80 for b in range(256))
# Case classes by position in an entry: the word's own case, as read from the word after it
# (0 for the left edge), and as read from the word before it (0 for the right edge). Three
# neighbours' codes index one table of their "cc=" feature, with no name to build and hash.
_CASES_LEFT = "<UTLO"
_CASES_RIGHT = ">UTLO"
_NCASES = len(_CASES_LEFT)
_NO_PAIR = (0, 0, 0, 0)
PARTS_AT_ONCE = 2000  # filled pair parts kept in one write (``Tagger.keep``)
# The neighbours of the many words no pair feature names: one dict for all of them, never written.
_NO_NEIGHBOURS: dict[str, tuple[int, int, int, int]] = {}
# The prefix of a pair part's feature names, by pass slot (1: first pass, the tag before; 2: second
# pass, the tag before; 3: second pass, the tag after) and tag.
_PAIR_HEADS = {which: tuple(f"{'R' if which == 3 else 'P'}{tag}|" for tag in range(_NTAGS + 2)) for which in (1, 2, 3)}


class _Pass:
    """One pass's weights: feature name -> packed integer, made on first use."""

    def __init__(self, weights: modelfile.Weights) -> None:
        self.names = weights.names  # sorted, as the model file keeps them
        self.index = dict(zip(weights.names, range(len(weights.names))))
        raw = weights.weights
        # every row widened at once into 32-bit fields (int16 + 32768, unsigned): a few
        # milliseconds in bulk, where widening each feature's row on first use cost most of a
        # short run's tagging
        wide = bytearray(2 * len(raw))
        wide[0::4] = raw[0::2]
        wide[1::4] = raw[1::2].translate(_FLIP_HIGH)
        self.wide = memoryview(wide)
        self.packed: dict[str, int] = {}

    def _pack(self, name: str) -> int:
        row = self.index.get(name)
        value = 0
        if row is not None:
            at = row * _WIDTH
            value = int.from_bytes(self.wide[at:at + _WIDTH], "little")
        if len(self.packed) > _CACHE_LIMIT:
            self.packed.clear()
        self.packed[name] = value
        return value

    def row(self, name: str) -> int:
        """One feature's packed weights read straight from the table, uncached (0 when the model
        lacks it): for names seldom met twice, such as two neighbouring words."""
        at = self.index.get(name)
        if at is None:
            return 0
        at *= _WIDTH
        return int.from_bytes(self.wide[at:at + _WIDTH], "little")

    def starting(self, prefix: str) -> list[tuple[str, int]]:
        """(the rest of the name, packed weights) of every feature whose name starts with ``prefix``:
        one bisection into the sorted names, then a walk over the few that match."""
        names, wide, at = self.names, self.wide, bisect_left(self.names, prefix)
        out = []
        while at < len(names) and names[at].startswith(prefix):
            out.append((names[at][len(prefix):], int.from_bytes(wide[at * _WIDTH:(at + 1) * _WIDTH], "little")))
            at += 1
        return out

    def vector(self, names: Sequence[str]) -> int:
        """The packed sum of the named features' weights (absent features add nothing)."""
        total = 0
        packed = self.packed
        for name in names:
            value = packed.get(name)
            total += value if value is not None else self._pack(name)
        return total


class Tagger:
    """The loaded model and its per-word-type caches."""

    def __init__(self, model: modelfile.ModelFile, store: wordcache.WordStore | None = None) -> None:
        self.store = store
        self._fresh: dict[str, tuple] = {}  # entries made this run, for the store
        self.classes = model.classes
        self.fixed = model.fixed
        self.one = _Pass(model.passes["first"])
        self.two = _Pass(model.passes["second"])
        self._entries: dict[str, tuple] = {}
        self._bigram: dict[str, tuple[int, int]] = {}
        self._cases: list[tuple[int, int] | None] = [None] * _NCASES ** 3
        # Pair parts by key, three slot lists (one per pass slot) of per-tag sums, filled when first
        # needed and kept in the store: under a word's shared keys, the sums of their weights, which
        # are the slots of every word the weights know only by those keys (filled for one, filled
        # for all); under (own key, *shared keys), the slots of a word with pairs of its own.
        self._parts: dict[tuple[str, ...], tuple[list, list, list]] = {}
        self._looked_up: set[tuple[str, ...]] = set()  # part keys already asked of the store
        self._filled: set[tuple[str, ...]] = set()  # part keys with slots filled since the last keep
        self._tags1 = self._tag_table(self.one)
        self._tags2 = self._tag_table(self.two)
        self._right: list[int | None] = [None] * (_NTAGS + 2) ** 3
        self._left_edge = self._right_edge = self._edge()

    # -- cached parts ------------------------------------------------------------------------

    def _both(self, names: Sequence[str]) -> tuple[int, int]:
        return self.one.vector(names), self.two.vector(names)

    @staticmethod
    def _tag_table(p: _Pass) -> tuple[int, ...]:
        n = _NTAGS + 2
        return tuple(p.vector(F.tag_features(prev, prev2)) for prev in range(n) for prev2 in range(n))

    def _contexts(self, form: str | None) -> list[tuple[int, int]]:
        return [self._both(F.context_features(form, off, self.classes)) for off in F.OFFSETS]

    def _edge(self) -> tuple:
        """The entry standing for "no word" past either end of a sentence (case code 0 on either side)."""
        m2, m1, p1, p2 = self._contexts(None)
        neighbours = self._neighbours("<>") or _NO_NEIGHBOURS
        return (None, "<>", 0, 0, None, None, m2, m1, p1, p2, None, False, False, neighbours)

    def _entry(self, form: str) -> tuple:
        """Everything about one word type that does not depend on its neighbours' identity.

        A plain tuple, read by position in ``tag_indices``: fixed tag, folded form, case
        (seen from the left, from the right), own features (inside, first in sentence),
        what it adds as the word two before, one before, one after, two after the one
        tagged, its pair keys with per-tag vectors made on demand, whether it is
        adverb-like and verb-like (for ``features.reach_features``), and its neighbours
        (``_neighbours``).
        """
        if len(self._entries) > _CACHE_LIMIT:
            self._entries.clear()
            self._bigram.clear()
            self._parts.clear()
            self._looked_up.clear()
            self._filled.clear()
        m2, m1, p1, p2 = self._contexts(form)
        sums = (self._both(F.word_features(form, False, self.classes)),
                self._both(F.word_features(form, True, self.classes)), m2, m1, p1, p2)
        keys = tuple(F.pair_keys(form, self.classes))
        stored = (self.fixed.get(form), F.fold(form), F.case(form), sums, keys, F.adverb_like(form, self.classes),
                  F.verb_like(form, self.classes), self._own_pairs(keys[0]), self._neighbours(F.fold(form)))
        if self.store is not None:
            self._fresh[form] = stored
        entry = self._entries[form] = self._unstored(stored)
        return entry

    def _neighbours(self, fold: str) -> dict[str, tuple[int, int, int, int]]:
        """The folded words the weights pair with this one when they follow it, each with the rows of
        the "bl=this|next" feature (of the next word, both passes) and of "br=this|next" (of this
        word): the only neighbours whose pair adds anything, found once per word type."""
        rows: dict[str, list[int]] = {}
        slots = ((self.one, "bl="), (self.two, "bl="), (self.one, "br="), (self.two, "br="))
        for slot, (p, prefix) in enumerate(slots):
            for after, value in p.starting(prefix + fold + "|"):
                rows.setdefault(after, [0, 0, 0, 0])[slot] = value
        return {after: tuple(r) for after, r in rows.items()}

    def _own_pairs(self, word: str) -> bool:
        """Whether the weights pair this word's own key with any tag, in either pass."""
        one, two = self.one.index, self.two.index
        return (any(h + word in one for h in _PAIR_HEADS[1])
                or any(h + word in two for which in (2, 3) for h in _PAIR_HEADS[which]))

    def _unstored(self, stored: tuple) -> tuple:
        """The entry ``tag_indices`` reads, from its stored form (the six pairs of packed sums kept as
        they are, which the store reads back faster than any packing of them): the case as two codes
        (seen from either side, ``_CASES_LEFT`` and ``_CASES_RIGHT``), and the slots of its pair parts
        (``_parts``), shared by the words the weights know only by their shared keys."""
        fixed, fold, case, sums, keys, adverb, verb, own, neighbours = stored
        shared = keys[1:]
        parts = self._part(shared)
        slots = self._part(keys) if own else parts
        return (fixed, fold, _CASES_LEFT.index(case), _CASES_RIGHT.index(case), *sums,
                ((keys[0], shared, parts), *slots), adverb, verb, neighbours or _NO_NEIGHBOURS)

    def _part(self, key: tuple[str, ...]) -> tuple[list, list, list]:
        """The slot lists kept under ``key`` (see ``_parts``), empty ones when there are none yet."""
        part = self._parts.get(key)
        if part is None:
            n = _NTAGS + 2
            part = self._parts[key] = ([None] * n, [None] * n, [None] * n)
        return part

    def warm(self, forms: Iterable[str]) -> None:
        """Take the entries of ``forms`` the store holds, and the pair parts they read (for a word
        the store lacks, those of its shared keys), before a text is tagged."""
        if self.store is None:
            return
        entries = self._entries
        missing = {f for f in forms if f not in entries}
        if not missing:
            return
        found = self.store.get_many(missing)
        keys: set[tuple[str, ...]] = set()
        for form in missing:
            stored = found.get(form)
            if stored is None:
                keys.add(tuple(F.pair_keys(form, self.classes))[1:])
                continue
            entries[form] = self._unstored(stored)
            _, _, _, _, pair_keys, _, _, own, _ = stored
            keys.add(pair_keys[1:])
            if own:
                keys.add(pair_keys)
        self._take_parts(keys - self._looked_up)

    def _take_parts(self, keys: set[tuple[str, ...]]) -> None:
        """Fill the slots of the parts under ``keys`` with what the store holds for them."""
        self._looked_up |= keys
        if self.store is None or not keys:
            return
        for key, stored in self.store.get_parts(keys).items():
            for slots, kept in zip(self._part(key), stored):
                if slots.count(None) == len(slots):
                    slots[:] = kept  # nothing filled here yet: the stored slots as they are
                    continue
                for tag, value in enumerate(kept):
                    if value is not None and slots[tag] is None:
                        slots[tag] = value

    def keep(self, everything: bool = False) -> None:
        """Give the store the entries made since the last call, and the pair parts filled since then
        once there are ``PARTS_AT_ONCE`` of them (or with ``everything``): a part is written whole, and
        the common ones are filled a little more by every article, so writing them article by article
        would write them over and over. A part the store was not asked for first is merged with what
        it holds, never written over it."""
        if self.store is None:
            return
        if self._fresh:
            self.store.put_many(self._fresh)
            self._fresh = {}
        if self._filled and (everything or len(self._filled) >= PARTS_AT_ONCE):
            self._take_parts(self._filled - self._looked_up)
            self.store.put_parts({key: self._parts[key] for key in self._filled if key in self._parts})
            self._filled = set()

    def _fill(self, pair: tuple, which: int, tag: int) -> int:
        """A pair part's vector for one tag, made when first needed: the sum of the keys the word
        shares with others, kept for all of them, plus its own key's row when the weights have one."""
        word, shared, parts = pair[0]
        p = self.one if which == 1 else self.two
        head = _PAIR_HEADS[which][tag]
        base = parts[which - 1]
        part = base[tag]
        if part is None:
            part = base[tag] = p.vector([head + k for k in shared])
            self._filled.add(shared)
        if pair[which] is base:
            return part  # a word known only by its shared keys: its slots are the class's
        value = pair[which][tag] = p.row(head + word) + part
        self._filled.add((word, *shared))
        return value

    def _fill_right(self, prev: int, right: int, right2: int) -> int:
        value = self.two.vector(F.right_features(prev, right, right2))
        self._right[(prev * (_NTAGS + 2) + right) * (_NTAGS + 2) + right2] = value
        return value

    def _fill_bigram(self, name: str) -> tuple[int, int]:
        value = self._bigram[name] = (self.one.row(name), self.two.row(name))
        return value

    def _fill_cases(self, at: int) -> tuple[int, int]:
        left, rest = divmod(at, _NCASES * _NCASES)
        own, right = divmod(rest, _NCASES)
        name = "cc=" + _CASES_LEFT[left] + _CASES_LEFT[own] + _CASES_RIGHT[right]
        value = self._cases[at] = (self.one.row(name), self.two.row(name))
        return value

    # -- decoding ----------------------------------------------------------------------------

    def tag_indices(self, forms: Sequence[str]) -> list[int]:
        """Tag indices (into ``features.TAGS``) of one sentence's tokens."""
        n = len(forms)
        if not n:
            return []
        entries = self._entries
        make = self._entry
        edge_l, edge_r = self._left_edge, self._right_edge
        row = [edge_l, edge_l]
        for form in forms:
            e = entries.get(form)
            row.append(e if e is not None else make(form))
        row.append(edge_r)
        row.append(edge_r)
        bigram = self._bigram
        fill_bigram = self._fill_bigram
        cases = self._cases
        fill_cases = self._fill_cases
        fill = self._fill
        stride = _NTAGS + 2
        tags1, tags2 = self._tags1, self._tags2
        unpack = _FIELDS
        width = _WIDTH
        static2: list[int] = [0] * n
        first: list[int] = [0] * (n + 2)
        first[n] = first[n + 1] = F.END
        prev = prev2 = F.START
        last_verb = -9
        h = None  # the "bl=" and "br=" rows of the word before and this one, when read for the word before
        for i in range(n):
            e = row[i + 2]
            if i >= 2 and row[i][12]:
                last_verb = i - 2
            fix = e[0]
            if fix is not None:
                first[i] = fix
                prev2, prev = prev, fix
                h = None
                continue
            left = row[i + 1]
            right = row[i + 3]
            a1, a2 = e[5] if i == 0 else e[4]
            b1, b2 = row[i][6]
            c1, c2 = left[7]
            d1, d2 = right[8]
            g1, g2 = row[i + 4][9]
            f0 = e[1]
            if h is None:
                h = left[13].get(f0, _NO_PAIR)
            k = e[13].get(right[1], _NO_PAIR)
            at = (left[2] * _NCASES + e[2]) * _NCASES + right[3]
            m = cases[at]
            if m is None:
                m = fill_cases(at)
            static2[i] = a2 + b2 + c2 + d2 + g2 + h[1] + k[3] + m[1]
            # features.reach_features: past a run of adverbs, and back to a verb-like word.
            if right[11]:
                j = i + 2
                while j < n and j <= i + 3 and row[j + 2][11]:
                    j += 1
                if j < n:
                    f = row[j + 2][1]
                    for name in ("nx=" + f, "nxs=" + f[-2:]):
                        r = bigram.get(name)
                        if r is None:
                            r = fill_bigram(name)
                        a1 += r[0]
                        static2[i] += r[1]
            if last_verb >= i - 5:
                name = "pv=" + row[last_verb + 2][1]
                r = bigram.get(name)
                if r is None:
                    r = fill_bigram(name)
                a1 += r[0]
                static2[i] += r[1]
            pair = e[10]
            p = pair[1][prev]
            if p is None:
                p = fill(pair, 1, prev)
            fields = unpack((a1 + b1 + c1 + d1 + g1 + h[0] + k[2] + m[0] + p + tags1[prev * stride + prev2]).to_bytes(width, "little"))
            h = k
            best = fields.index(max(fields))
            first[i] = best
            prev2, prev = prev, best
        out: list[int] = [0] * n
        right_table = self._right
        fill_right = self._fill_right
        prev = prev2 = F.START
        for i in range(n):
            e = row[i + 2]
            if e[0] is not None:
                best = first[i]
            else:
                pair = e[10]
                r1 = first[i + 1]
                p = pair[2][prev]
                if p is None:
                    p = fill(pair, 2, prev)
                q = pair[3][r1]
                if q is None:
                    q = fill(pair, 3, r1)
                r = right_table[(prev * stride + r1) * stride + first[i + 2]]
                if r is None:
                    r = fill_right(prev, r1, first[i + 2])
                fields = unpack((static2[i] + p + q + r + tags2[prev * stride + prev2]).to_bytes(width, "little"))
                best = fields.index(max(fields))
            out[i] = best
            prev2, prev = prev, best
        return out

    def tag(self, forms: Sequence[str]) -> list[str]:
        """UPOS tags of one sentence's tokens."""
        tags = F.TAGS
        return [tags[t] for t in self.tag_indices(forms)]


@cache
def load() -> Tagger:
    """The shipped tagger, read once on first use, with the word store of its model if caching is on."""
    raw = data.read_bytes(modelfile.NAME)
    try:
        templates = Path(F.__file__).read_bytes()
    except OSError:
        templates = b""
    return Tagger(modelfile.parse(modelcache.inflated(raw)), wordcache.open_store(raw, templates))


def keep_everything() -> None:
    """Give the store what the shipped tagger made and has not kept, if it was loaded at all: at the
    end of a run's analysis, so that a short run's pair parts are kept too."""
    if load.cache_info().currsize:
        load().keep(everything=True)


def tag(forms: Sequence[str]) -> list[str]:
    """UPOS tags of one sentence's tokens with the shipped model."""
    return load().tag(forms)
