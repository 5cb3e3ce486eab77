"""The package version, in a module of its own: pyproject.toml reads it from here, and
modules that record it (the manifest, `nordask --version`) import it without going
through the package's lazy `__init__`."""

__version__ = "0.1.0"
