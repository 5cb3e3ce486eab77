# nordask developer tasks. `make demo` and `make test` are the README's two commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SOURCES := src tests benchmarks

.PHONY: setup demo index test test-fast check format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# Pinned on its own first: any other torch spec pulls gigabytes of CUDA wheels.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	# The tests run both backends, Ray builds and the HTML report, so they install the extras too.
	$(BIN)/python -m pip install --quiet -e ".[dev,postgres,ray,report]"
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/nordask ask "Which committees work on electric aviation?"

index: setup
	$(BIN)/nordask index

test: setup
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not model"

check: setup
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

format: setup
	$(BIN)/ruff check --fix $(SOURCES)
	$(BIN)/ruff format $(SOURCES)

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) index/gen-* index/manifest.json .pytest_cache .ruff_cache
