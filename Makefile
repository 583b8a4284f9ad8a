# Two commands on a fresh clone: `make demo` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BENCH_DATA ?= ../shared/bench

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/newsdesk demo

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

# Every benchmark that exists (those whose inputs are missing are skipped with a message),
# then the README's performance table is rewritten from their JSON last lines.
bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/report.py --data $(BENCH_DATA)

clean:
	rm -rf $(VENV) output/*.db output/*.db-* output/*.jsonl
