"""One small family of errors a user can act on.

Every `NordaskError` message is a complete sentence that says what went wrong
and what to do; the CLI prints it to stderr with exit code 2 and the TUI shows
it as a notification. Anything else is a bug and keeps its traceback.
"""


class NordaskError(Exception):
    """Base class: a problem the user can fix."""


class InputError(NordaskError):
    """A bad question, option or batch file."""


class CorpusError(NordaskError):
    """The corpus folder is missing or holds nothing that can be indexed."""


class ModelError(NordaskError):
    """The embedding model cannot be found or loaded offline."""


class InstallError(NordaskError):
    """A package nordask needs is missing or incomplete: reinstalling it fixes this."""


class IndexStateError(NordaskError):
    """The index is missing, broken or was built with other settings."""


class UnreadableManifest(IndexStateError):
    """The index's manifest cannot be read or is of another format: `nordask index`
    rebuilds the index rather than stopping."""


class IndexWriteError(IndexStateError):
    """The index folder cannot be written (full disk, read-only, not a folder)."""
