"""`nordask` with the fake embedder, for tests that must run the CLI in a process of
its own: as another user (root reads every file, so permissions are tested as
`nobody`), or to see the exact bytes written to the terminal.

    python tests/fake_cli.py ask "question" --corpus C --index I
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import FakeEmbedder, FakeModel
from nordask.cli import main
from nordask.models import REGISTRY

REGISTRY[FakeModel.model_id] = FakeModel(FakeEmbedder())

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
