"""The one place for tunable settings and their defaults.

Index settings (model, chunking) are written to the index manifest: changing
them means re-embedding. Retrieval settings apply per query and can change
freely. The defaults were chosen on `evals/dev.jsonl`; see `evals/README.md`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from nordask.errors import InputError

DEFAULT_MODEL = "intfloat/multilingual-e5-small"

#: Languages the tool is built for: stemming, stopwords and language tags.
LANGUAGES = ("en", "sv", "da", "no")


@dataclass(frozen=True)
class ChunkSettings:
    """How documents are cut into passages.

    Sizes are in characters: about 3.5-4 characters make one e5 token in these
    languages, so the largest allowed chunk stays well under the 512-token limit.
    """

    chunk_chars: int = 900
    overlap_chars: int = 150
    #: Version of the structure rules (headings, owners, table rows, furniture removal):
    #: an index built with other rules is rebuilt, since its passages differ.
    structure: int = 21

    def __post_init__(self) -> None:
        if not 200 <= self.chunk_chars <= 1500:
            raise InputError(
                f"chunk size {self.chunk_chars} is out of range: use 200-1500 characters "
                "(larger chunks would be truncated by the model)."
            )
        if not 0 <= self.overlap_chars < self.chunk_chars // 2:
            raise InputError(
                f"chunk overlap {self.overlap_chars} must be between 0 and half the chunk size."
            )

    def to_manifest(self) -> dict[str, int]:
        """What the index manifest records: an index with other values is rebuilt."""
        return {
            "chunk_chars": self.chunk_chars,
            "overlap_chars": self.overlap_chars,
            "structure": self.structure,
        }


#: Files larger than this are skipped unless a limit is set.
DEFAULT_MAX_FILE_MB = 100.0


@dataclass(frozen=True)
class IngestSettings:
    """Which files of the corpus folder are read.

    A file over `max_file_mb` is skipped with a reason: 8 MB of text is about 10,000
    passages and a quarter of an hour of embedding on two cores. Links that lead out
    of the corpus folder are skipped unless `follow_symlinks` (a link to /etc/passwd
    would otherwise be quoted in answers). None means "as the index was last built"
    (the manifest records both), else the default: a limit given to `nordask index`
    then holds for the `ask` that updates the index later.
    """

    max_file_mb: float | None = None
    follow_symlinks: bool | None = None

    def __post_init__(self) -> None:
        if self.max_file_mb is not None and not self.max_file_mb > 0:
            raise InputError(f"the file size limit must be above 0 MB (got {self.max_file_mb}).")

    @classmethod
    def from_env(cls) -> IngestSettings:
        """`NORDASK_MAX_FILE_MB` and `NORDASK_FOLLOW_SYMLINKS` (1/yes/true or 0/no/false)."""
        limit = os.environ.get("NORDASK_MAX_FILE_MB")
        follow = os.environ.get("NORDASK_FOLLOW_SYMLINKS", "").strip().lower()
        try:
            max_file_mb = float(limit) if limit else None
        except ValueError as exc:
            raise InputError(f"NORDASK_MAX_FILE_MB must be a number of MB, not '{limit}'.") from exc
        flags = {"1": True, "yes": True, "true": True, "0": False, "no": False, "false": False}
        return cls(max_file_mb=max_file_mb, follow_symlinks=flags.get(follow))

    def resolved(self, stored: dict[str, object] | None = None) -> IngestSettings:
        """Every value set: this one's, else the one `stored` in a manifest, else the default."""
        stored = stored or {}
        limit = stored.get("max_file_mb")
        return IngestSettings(
            max_file_mb=self.max_file_mb
            if self.max_file_mb is not None
            else float(limit)
            if isinstance(limit, int | float) and limit > 0
            else DEFAULT_MAX_FILE_MB,
            follow_symlinks=self.follow_symlinks
            if self.follow_symlinks is not None
            else stored.get("follow_symlinks") is True,
        )


@dataclass(frozen=True)
class RetrievalSettings:
    """How dense and lexical results are combined and cut.

    `fusion="score"` ranks by `dense_weight * dense + lexical_weight * bm25`,
    where `dense` is the language-centered similarity of passage and question
    and `bm25` is divided by the question's best BM25 score (0-1).
    `fusion="rrf"` is weighted reciprocal rank fusion, sum of w / (rrf_k + rank).
    A weight of 0 turns a retriever off (dense-only or lexical-only runs).
    The dense similarity mixes the passage's own with that of its best sentence,
    `(1 - sentence_weight) * passage + sentence_weight * best sentence`, so a
    passage that answers in one sentence among unrelated ones still ranks.
    Defaults come from the ablations in evals/README.md.
    """

    fusion: str = "score"
    dense_weight: float = 1.0
    lexical_weight: float = 0.03
    sentence_weight: float = 0.4
    #: Added to passages that state an amount when the question asks about money.
    amount_weight: float = 0.04
    rrf_k: int = 60
    candidates: int = 50
    k: int = 5
    #: Passages whose vectors are this similar to a better one are not cited again.
    duplicate_cosine: float = 0.95
    #: Abstain when the best passage's dense similarity is below this (policy.py).
    min_dense: float = 0.2
    #: Abstain as off-topic when dense + coverage_weight * (share of the question's topic
    #: words the corpus has; words.topic_words) is below this.
    min_relevance: float = 0.345
    coverage_weight: float = 0.25
    #: Abstain on a question about money when none of this many top passages states an amount.
    amount_depth: int = 3
    #: Names the corpus never mentions refuse a question only when its best match is weaker
    #: than this: a translated name ("Mellansverige" for "North Middle Sweden") is unknown
    #: as a word but still finds its passage.
    name_check_below: float = 0.40
    #: Abstain as everyday matters when, with a match weaker than `name_check_below` and a
    #: topic word the corpus never uses, the question is closer to the everyday background
    #: (background.py) than to the cited passages by more than this: a near tie (an e-mail
    #: question 0.002 closer to an everyday sentence about e-mail) is no evidence.
    everyday_margin: float = 0.005

    def __post_init__(self) -> None:
        if self.fusion not in ("score", "rrf"):
            raise InputError(f"fusion must be 'score' or 'rrf', not '{self.fusion}'.")
        if not 0 <= self.sentence_weight <= 1:
            raise InputError("the sentence weight must be between 0 and 1.")
        if self.dense_weight < 0 or self.lexical_weight < 0:
            raise InputError("fusion weights must not be negative.")
        if self.dense_weight == 0 and self.lexical_weight == 0:
            raise InputError("at least one of the dense and lexical weights must be above 0.")
        if self.k < 1:
            raise InputError(f"k must be at least 1 (got {self.k}).")


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    #: Share of each language's mean vector removed from embeddings (see centering.py).
    centering: float = 0.75
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)

    @classmethod
    def from_env(cls) -> Settings:
        """Defaults, with `NORDASK_MODEL` choosing the embedding model and the
        `IngestSettings` variables which files are read."""
        return cls(
            model=os.environ.get("NORDASK_MODEL") or DEFAULT_MODEL,
            ingest=IngestSettings.from_env(),
        )

    def __post_init__(self) -> None:
        if not 0 <= self.centering <= 1:
            raise InputError("the centering share must be between 0 and 1.")

    def with_chunking(self, **changes: object) -> Settings:
        return replace(self, chunking=replace(self.chunking, **changes))

    def with_ingest(self, **changes: object) -> Settings:
        return replace(self, ingest=replace(self.ingest, **changes))
