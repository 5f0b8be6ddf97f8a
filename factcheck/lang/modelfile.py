"""The tagger's shipped weights: one gzip file, written deterministically, read in a few milliseconds.

Layout after decompression: a JSON header line, then per pass the feature names
(newline-separated UTF-8) and their weights as little-endian int16, 17 per feature.
Weights are averaged-perceptron floats scaled to integers; features whose every
weight is below ``PRUNE`` in size are dropped (they barely move a decision).
"""

from __future__ import annotations

import gzip
import json
import sys
from array import array
from dataclasses import dataclass
from pathlib import Path

from factcheck.lang.features import TAGS

DEFAULT_PATH = Path(__file__).resolve().parent / "en" / "tagger.bin.gz"
NAME = "tagger.bin.gz"
PASSES = ("first", "second")
LIMIT = 32767
PRUNE = 1.0
FORMAT = 1


@dataclass(frozen=True)
class Weights:
    """One pass's features: ``names[i]`` owns ``weights[17 * i : 17 * i + 17]`` (bytes of int16)."""

    names: tuple[str, ...]
    weights: bytes


@dataclass(frozen=True)
class ModelFile:
    """Everything the tagger needs, as stored."""

    classes: dict[str, str]
    fixed: dict[str, int]
    passes: dict[str, Weights]


def _quantize(weights: dict[str, dict[int, float]], scale: float, prune: float) -> Weights:
    names: list[str] = []
    values = array("h")
    ntags = len(TAGS)
    for name in sorted(weights):
        if max(abs(v) for v in weights[name].values()) < prune:
            continue
        row = [0] * ntags
        for tag, value in weights[name].items():
            row[tag] = max(-LIMIT, min(LIMIT, round(value * scale)))
        if any(row):
            names.append(name)
            values.extend(row)
    if values.itemsize != 2:
        raise RuntimeError("int16 arrays are needed")
    if sys.byteorder != "little":
        values.byteswap()
    return Weights(tuple(names), values.tobytes())


def scale_for(passes: dict[str, dict[str, dict[int, float]]]) -> float:
    """One scale for all passes, so the largest weight still fits an int16."""
    top = max((abs(v) for w in passes.values() for row in w.values() for v in row.values()), default=1.0)
    return LIMIT / top


def write(model: dict, path: Path, prune: float = PRUNE) -> None:
    """Write a trained model (as ``train.train`` returns it) to ``path``."""
    raw = {name: model[name] for name in PASSES}
    scale = scale_for(raw)
    quantized = {name: _quantize(raw[name], scale, prune) for name in PASSES}
    blobs: list[bytes] = []
    sections = []
    for name in PASSES:
        names = "\n".join(quantized[name].names).encode("utf-8")
        sections.append({"pass": name, "features": len(quantized[name].names), "names": len(names), "weights": len(quantized[name].weights)})
        blobs.extend((names, quantized[name].weights))
    header = {
        "format": FORMAT,
        "tags": list(TAGS),
        "scale": scale,
        "sections": sections,
        "classes": model["classes"],
        "fixed": model["fixed"],
    }
    body = json.dumps(header, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n" + b"".join(blobs)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))


def read(raw: bytes) -> ModelFile:
    """Parse a model file's (compressed) bytes."""
    return parse(gzip.decompress(raw))


def parse(body: bytes) -> ModelFile:
    """Parse a model file's inflated bytes."""
    cut = body.index(b"\n")
    header = json.loads(body[:cut])
    if header.get("format") != FORMAT or tuple(header["tags"]) != TAGS:
        raise ValueError("tagger model file of another format")
    at = cut + 1
    passes: dict[str, Weights] = {}
    for section in header["sections"]:
        names = body[at:at + section["names"]].decode("utf-8")
        at += section["names"]
        weights = body[at:at + section["weights"]]
        at += section["weights"]
        passes[section["pass"]] = Weights(tuple(names.split("\n")) if names else (), weights)
    return ModelFile(header["classes"], header["fixed"], passes)
