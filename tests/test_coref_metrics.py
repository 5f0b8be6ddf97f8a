"""The coreference metrics of benchmarks/coref_metrics.py against values worked out by hand.

The event benchmark's figures are only as good as these scorers, and a slip in one of
them (a wrong denominator, a greedy instead of optimal CEAF alignment) still yields
plausible-looking numbers, so each metric is pinned to examples computed on paper.
"""

from __future__ import annotations

import itertools
import json
import random
import sys
import types
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import eval_events  # noqa: E402
from coref_metrics import (  # noqa: E402
    b_cubed,
    ceaf_e,
    clusters_from_labels,
    hungarian,
    match_spans,
    max_weight_matching,
    muc,
    phi4,
    score,
)

KEY = [{"a", "b", "c"}, {"d", "e"}]
ALL_SINGLETONS = [{"a"}, {"b"}, {"c"}, {"d"}, {"e"}]
ALL_IN_ONE = [{"a", "b", "c", "d", "e"}]


def close(x: float, y: float) -> bool:
    return x == pytest.approx(y, abs=1e-9)


def test_perfect_response_scores_one():
    s = score(KEY, KEY)
    assert close(s.muc.f1, 1) and close(s.b3.f1, 1) and close(s.ceaf_e.f1, 1)
    assert close(s.conll, 1)


def test_all_singletons():
    # Key {a,b,c} {d,e}; response: five singletons.
    # MUC: no response link keeps a key link -> R = 0/(2+1) = 0; the response has no
    #   links to judge (denominator 0) -> P = 0 by convention; F1 = 0.
    # B³: R = (3 * 1/3 + 2 * 1/2) / 5 = 2/5; P = 1 (each singleton is pure); F1 = 4/7.
    # CEAF-e: best alignment {a,b,c}-{a}: 2*1/(3+1) = 1/2, {d,e}-{d}: 2*1/(2+1) = 2/3;
    #   total 7/6; R = (7/6)/2 = 7/12; P = (7/6)/5 = 7/30; F1 = 2*(7/12)*(7/30)/(7/12+7/30) = 1/3.
    s = score(KEY, ALL_SINGLETONS)
    assert close(s.muc.recall, 0) and close(s.muc.precision, 0) and close(s.muc.f1, 0)
    assert close(s.b3.recall, 2 / 5) and close(s.b3.precision, 1) and close(s.b3.f1, 4 / 7)
    assert close(s.ceaf_e.recall, 7 / 12) and close(s.ceaf_e.precision, 7 / 30)
    assert close(s.ceaf_e.f1, 1 / 3)
    assert close(s.conll, (0 + 4 / 7 + 1 / 3) / 3)


def test_all_in_one():
    # Key {a,b,c} {d,e}; response: one cluster of all five.
    # MUC: R = ((3-1) + (2-1)) / 3 = 1; P = (5 - 2 key parts) / (5 - 1) = 3/4; F1 = 6/7.
    # B³: R = 1; P = (3 * 3/5 + 2 * 2/5) / 5 = 13/25; F1 = 2*(13/25)/(1+13/25) = 13/19.
    # CEAF-e: φ4({a,b,c}, all) = 6/8 = 3/4 beats φ4({d,e}, all) = 4/7; one response
    #   cluster, so total 3/4; R = 3/8; P = 3/4; F1 = 2*(3/8)*(3/4)/(9/8) = 1/2.
    s = score(KEY, ALL_IN_ONE)
    assert close(s.muc.recall, 1) and close(s.muc.precision, 3 / 4) and close(s.muc.f1, 6 / 7)
    assert close(s.b3.recall, 1) and close(s.b3.precision, 13 / 25) and close(s.b3.f1, 13 / 19)
    assert close(s.ceaf_e.recall, 3 / 8) and close(s.ceaf_e.precision, 3 / 4) and close(s.ceaf_e.f1, 1 / 2)


def test_pradhan_example_with_twinless_mentions():
    # The example of Pradhan et al. (2014): key {a,b,c} {d,e,f,g};
    # response {a,b} {c,d} {f,g,h,i} (e is missed; h, i are not in the key).
    # MUC R: {a,b,c} splits into {a,b},{c} -> 3-2 = 1; {d,e,f,g} into {d},{e},{f,g} -> 4-3 = 1;
    #   R = 2/(2+3) = 2/5.  P: {a,b} -> 1; {c,d} -> {c},{d} -> 0; {f,g,h,i} -> {f,g},{h},{i} -> 1;
    #   P = 2/(1+1+3) = 2/5; F1 = 2/5.
    # B³ R: a 2/3, b 2/3, c 1/3, d 1/4, e 0, f 2/4, g 2/4 -> 35/12 over 7 mentions = 35/84.
    #   P: a 1, b 1, c 1/2, d 1/2, f 2/4, g 2/4, h 0, i 0 -> 4 over 8 mentions = 1/2.
    #   F1 = 2*(35/84)*(1/2)/(35/84+1/2) = 5/11.
    # CEAF-e: φ4 K1-R1 = 4/5, K1-R2 = 2/5, K2-R2 = 1/3, K2-R3 = 1/2, others 0;
    #   best: K1-R1 + K2-R3 = 13/10 (K1-R1 + K2-R2 = 17/15 and K1-R2 + K2-R3 = 9/10 are worse);
    #   R = 13/20, P = 13/30, F1 = 2*(13/20)*(13/30)/(13/20+13/30) = 13/25.
    key = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
    response = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]
    m, b, c = muc(key, response), b_cubed(key, response), ceaf_e(key, response)
    assert close(m.recall, 2 / 5) and close(m.precision, 2 / 5) and close(m.f1, 2 / 5)
    assert close(b.recall, 35 / 84) and close(b.precision, 1 / 2) and close(b.f1, 5 / 11)
    assert close(c.recall, 13 / 20) and close(c.precision, 13 / 30) and close(c.f1, 13 / 25)


def test_singleton_key_gives_zero_muc_not_an_error():
    s = score([{"a"}, {"b"}], [{"a"}, {"b"}])
    assert close(s.muc.f1, 0) and close(s.b3.f1, 1) and close(s.ceaf_e.f1, 1)


def test_a_mention_in_two_clusters_is_rejected():
    with pytest.raises(ValueError):
        muc([{"a", "b"}, {"b"}], [{"a"}])


def test_hungarian_finds_the_minimum_not_the_greedy_choice():
    # Greedy by cheapest cell takes (1,1)=0 first and ends at 0+3+3 = 6 or worse;
    # the optimum is row0->col1 (1), row1->col0 (2), row2->col2 (2) = 5.
    cost = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
    assignment = hungarian(cost)
    assert sorted(assignment) == [0, 1, 2]
    assert sum(cost[i][j] for i, j in enumerate(assignment)) == 5


def test_hungarian_rectangular_and_matching_any_shape():
    cost = [[7, 2, 9, 4], [3, 8, 1, 6]]
    assignment = hungarian(cost)
    assert assignment == [1, 2]
    # More rows than columns: the matching transposes.
    assert close(max_weight_matching([[1.0], [5.0], [2.0]]), 5.0)
    assert close(max_weight_matching([]), 0.0)


def _brute_ceaf_total(key: list[frozenset[str]], response: list[frozenset[str]]) -> float:
    small, large = (key, response) if len(key) <= len(response) else (response, key)
    best = 0.0
    for perm in itertools.permutations(range(len(large)), len(small)):
        best = max(best, sum(phi4(small[i], large[j]) for i, j in enumerate(perm)))
    return best


def _random_partition(rng: random.Random, mentions: list[str]) -> list[frozenset[str]]:
    labels = [(m, rng.randrange(4)) for m in mentions]
    return clusters_from_labels(labels)


def test_ceaf_alignment_equals_brute_force_on_random_partitions():
    rng = random.Random(7)
    letters = list("abcdefgh")
    for _ in range(200):
        key = _random_partition(rng, letters)
        response = _random_partition(rng, rng.sample(letters, rng.randrange(1, len(letters) + 1)))
        total = _brute_ceaf_total(key, response)
        c = ceaf_e(key, response)
        assert close(c.recall, total / len(key))
        assert close(c.precision, total / len(response))


def test_union_of_topics_is_scored_as_one_clustering():
    # Two topics scored together: B³ sums over every mention, MUC over every link.
    key = [{"a", "b"}, {"x", "y", "z"}]
    response = [{"a"}, {"b"}, {"x", "y", "z"}]
    s = score(key, response)
    assert close(s.muc.recall, 2 / 3) and close(s.muc.precision, 1)
    assert close(s.b3.recall, (1 / 2 + 1 / 2 + 3) / 5) and close(s.b3.precision, 1)


def test_clusters_from_labels_keeps_first_seen_order():
    assert clusters_from_labels([(1, "x"), (2, "y"), (3, "x")]) == [frozenset({1, 3}), frozenset({2})]


def test_match_spans_one_to_one_best_overlap_first():
    gold = [("d1", 0, 10), ("d1", 20, 25), ("d2", 0, 5)]
    system = [
        ("d1", 5, 22),  # overlaps gold 0 by 5 and gold 1 by 2
        ("d1", 2, 9),  # overlaps gold 0 by 7: wins it
        ("d1", 30, 40),  # overlaps nothing
        ("d3", 0, 5),  # another document
    ]
    assert match_spans(gold, system) == {0: 1, 1: 0}


def test_match_spans_prefers_the_tighter_span_on_equal_overlap():
    gold = [("d", 10, 15)]
    system = [("d", 0, 30), ("d", 10, 15)]
    assert match_spans(gold, system) == {0: 1}


# --- the event benchmark's plumbing: lemma adapter, system hook, offsets, exit codes --------

def _ecb_folder(tmp_path: Path) -> Path:
    """Two tiny articles of one topic: one ecb, one ecbplus whose URL line is dropped."""
    a = "A quake struck.\nPeople fled."
    b = "http://example.org/x\nThe quake struck again."
    docs = [
        {"doc_id": "1_1ecb", "topic": 1, "subtopic": "1_ecb", "split": "dev", "text": a,
         "sentences": [{"sent_id": 0, "start": 0, "end": 15, "annotated": True, "is_url": False},
                       {"sent_id": 1, "start": 16, "end": 28, "annotated": True, "is_url": False}]},
        {"doc_id": "1_1ecbplus", "topic": 1, "subtopic": "1_ecbplus", "split": "dev", "text": b,
         "sentences": [{"sent_id": 0, "start": 0, "end": 20, "annotated": False, "is_url": True},
                       {"sent_id": 1, "start": 21, "end": 44, "annotated": True, "is_url": False}]},
    ]
    def mention(doc: str, text: str, sent: int, word: str, cluster: str) -> dict[str, object]:
        start = text.index(word)
        return {"doc_id": doc, "sentence": sent, "start": start, "end": start + len(word), "text": word,
                "cluster": cluster, "tokens": [word], "annotated_sentence": True}
    mentions = [
        mention("1_1ecb", a, 0, "struck", "ACT1"),
        mention("1_1ecb", a, 1, "fled", "SINGLETON_1_1ecb_2"),
        mention("1_1ecbplus", b, 1, "struck", "ACT1"),
    ]
    for name, rows in (("docs.jsonl", docs), ("mentions.jsonl", mentions), ("entities.jsonl", [])):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def _fake_events(words: tuple[str, ...]) -> types.ModuleType:
    module = types.ModuleType("factcheck.pipeline")

    def system_mentions(docs):  # the contract eval_events.system_mentions documents
        out = []
        for d in docs:
            for w in words:
                at = d.text.find(w)
                if at >= 0:
                    out.append((d.path, at, at + len(w), w))
        return out

    module.system_mentions = system_mentions  # type: ignore[attr-defined]
    return module


def test_event_benchmark_without_a_system_reports_the_baseline_only(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "factcheck.pipeline", None)  # import fails
    monkeypatch.setitem(sys.modules, "factcheck.events", None)
    assert eval_events.main([str(_ecb_folder(tmp_path)), "--split", "dev"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == "events: mention recall n/a, CoNLL F1 n/a (same-lemma baseline 100.0)"


def test_event_benchmark_maps_system_offsets_past_the_dropped_url(tmp_path, monkeypatch, capsys):
    folder = _ecb_folder(tmp_path)
    monkeypatch.setitem(sys.modules, "factcheck.pipeline", _fake_events(("struck", "fled")))
    assert eval_events.main([str(folder), "--split", "dev"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == "events: mention recall 1.00, CoNLL F1 100.0 (same-lemma baseline 100.0)"
    # A system that misses "fled" recalls 2 of 3 gold mentions; the miss is a singleton,
    # which is also what the key says, so the clustering is still perfect.
    monkeypatch.setitem(sys.modules, "factcheck.pipeline", _fake_events(("struck",)))
    assert eval_events.main([str(folder), "--split", "dev"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("events: mention recall 0.67, CoNLL F1 100.0")


def test_event_benchmark_exits_2_on_an_empty_split(tmp_path, capsys):
    assert eval_events.main([str(_ecb_folder(tmp_path)), "--split", "test"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "test" in err


def test_lemma_adapter_prefers_the_project_lemmatizer(monkeypatch):
    fake = types.ModuleType("factcheck.lang.lemma")
    fake.lemma = lambda word: "LEMMA-" + word  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.lang.lemma", fake)
    eval_events._project_lemmatizer.cache_clear()
    eval_events._lemma.cache_clear()
    try:
        assert eval_events._lemma("fled") == "lemma-fled"
        assert eval_events.lemma_source() == "factcheck.lang.lemma.lemma"
    finally:
        eval_events._project_lemmatizer.cache_clear()
        eval_events._lemma.cache_clear()


def test_fallback_lemma_and_head_word():
    forms = ("killed", "killing", "kills", "kill")
    assert len({eval_events.fallback_lemma(w) for w in forms}) == 1
    assert len({eval_events.fallback_lemma(w) for w in ("stopped", "stopping", "stop")}) == 1
    assert len({eval_events.fallback_lemma(w) for w in ("moved", "moving", "moves", "move")}) == 1
    assert eval_events.fallback_lemma("died") == eval_events.fallback_lemma("dies") == eval_events.fallback_lemma("die")
    assert eval_events.head_word(["checked", "into"]) == "checked"
    assert eval_events.head_word(["tour", "of", "duty"]) == "tour"
    assert eval_events.head_word(["Academy", "Awards", "ceremony"]) == "ceremony"
    assert eval_events.head_word(["made", "the", "rounds"]) == "made"
    assert eval_events.head_word(["to", "do"]) == "do"
    assert eval_events.head_word(["co", "-", "hosting"]) == "hosting"
