"""Named and ad-hoc configurations for `nordask eval --compare A B`.

A configuration is a name (`default`, `dense-only`, `lexical-only`) or a
comma-separated list of settings, e.g. `fusion=rrf,lexical_weight=1,rrf_k=20`,
`chunk_chars=600` or `model=/path/to/model`, applied on top of the defaults.
"""

from __future__ import annotations

from dataclasses import fields, replace

from nordask.errors import InputError
from nordask.settings import ChunkSettings, RetrievalSettings, Settings

NAMED = {
    "default": "",
    "dense-only": "lexical_weight=0",
    "lexical-only": "dense_weight=0",
}
_RETRIEVAL = {f.name: f.type for f in fields(RetrievalSettings)}
_CHUNKING = {f.name: f.type for f in fields(ChunkSettings)}


def describe_configs() -> str:
    keys = ", ".join([*_RETRIEVAL, *_CHUNKING, "centering", "model"])
    named = "\n".join(f"  {name:<13} {spec or '(the defaults)'}" for name, spec in NAMED.items())
    return f"Named configurations:\n{named}\nOr key=value[,key=value...] with keys: {keys}"


def parse_config(spec: str, base: Settings) -> Settings:
    text = NAMED.get(spec, spec)
    retrieval: dict[str, object] = {}
    chunking: dict[str, object] = {}
    model = base.model
    centering = base.centering
    for item in filter(None, (part.strip() for part in text.split(","))):
        key, sep, value = item.partition("=")
        key = key.strip().replace("-", "_")
        if not sep:
            raise InputError(
                f"configuration '{spec}' is not a known name or key=value list.\n"
                + describe_configs()
            )
        if key == "model":
            model = value.strip()
        elif key == "fusion":
            retrieval[key] = value.strip()
        elif key == "centering":
            centering = float(_number(value, spec))
        elif key in _RETRIEVAL:
            retrieval[key] = _number(value, spec)
        elif key in _CHUNKING:
            chunking[key] = int(_number(value, spec))
        else:
            raise InputError(f"unknown setting '{key}' in '{spec}'.\n" + describe_configs())
    return Settings(
        model=model,
        centering=centering,
        chunking=replace(base.chunking, **chunking),
        retrieval=replace(base.retrieval, **retrieval),
    )


def _number(value: str, spec: str) -> float | int:
    try:
        number = float(value)
    except ValueError as exc:
        raise InputError(f"'{value}' in '{spec}' is not a number.") from exc
    return int(number) if number.is_integer() and "." not in value else number
