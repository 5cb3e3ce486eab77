"""Open a source file in the desktop's viewer, at the cited page where it can.

There is no portable way to ask "open this PDF at page 12": the generic
openers (xdg-open, open, start) take no page, so PDF viewers known to accept
one are tried first. Without a desktop session (a server, an SSH login, the
tests) there is no viewer, and the app shows the document itself instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

#: PDF viewers that can open at a page, with the arguments that do it.
_PAGE_VIEWERS: tuple[tuple[str, str], ...] = (
    ("evince", "--page-index={page}"),
    ("okular", "--page={page}"),
    ("zathura", "--page={page}"),
)


def viewer_command(path: Path, page: int | None) -> list[str] | None:
    """The command that shows `path` (at `page` if the viewer allows), or None."""
    x11_or_wayland = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if os.environ.get("SSH_CONNECTION") and not x11_or_wayland:
        return None  # a viewer would open on a screen the user cannot see
    if sys.platform == "darwin":
        return ["open", str(path)]
    if sys.platform == "win32":
        return ["explorer", str(path)]
    if not x11_or_wayland:
        return None
    if page and path.suffix.lower() == ".pdf":
        for viewer, option in _PAGE_VIEWERS:
            if found := shutil.which(viewer):
                return [found, option.format(page=page), str(path)]
    opener = shutil.which("xdg-open")
    return [opener, str(path)] if opener else None


def launch(command: list[str]) -> bool:
    """Start the viewer detached from the terminal; False if it cannot start."""
    try:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True
