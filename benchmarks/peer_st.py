"""The peer in the cold-start comparison: the obvious script.

It loads the same model (the sentence-transformers folder nordask indexes with)
with sentence-transformers, embeds the question and searches the same FAISS
index, then prints the top 5 passages. It does less than `nordask ask` (no BM25,
no language centering, no answer), so the comparison favours it.

    python benchmarks/peer_st.py INDEX_DIR MODEL_DIR "question"
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main() -> None:
    index_dir, model_dir, question = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import faiss
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(model_dir, device="cpu", local_files_only=True)
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    folder = index_dir / manifest["generation"]
    index = faiss.read_index(str(folder / "dense.faiss"))
    with (folder / "chunks.jsonl").open(encoding="utf-8") as fh:
        chunks = [json.loads(line) for line in fh]
    query = model.encode_query([question], normalize_embeddings=True).astype("float32")
    scores, ids = index.search(query, 5)
    for n, (score, row) in enumerate(zip(scores[0], ids[0], strict=True), start=1):
        chunk = chunks[row]
        print(f"[{n}] {chunk['doc']} · {score:.2f}\n    {chunk['text'][:200]}")


if __name__ == "__main__":
    main()
