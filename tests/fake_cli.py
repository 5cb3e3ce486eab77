"""`nordask` with the fake embedder, for tests that must run the CLI in a process of
its own: as another user (root reads every file, so permissions are tested as
`nobody`), or to see the exact bytes written to the terminal.

    python tests/fake_cli.py ask "question" --corpus C --index I
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import nordask.assistant
import nordask.indexing
from conftest import FakeEmbedder
from nordask.cli import main

_FAKE = FakeEmbedder()
nordask.indexing.passage_embedder = lambda *args, **kwargs: _FAKE
nordask.assistant.query_embedder = lambda *args, **kwargs: _FAKE

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
