# Sevenfold — the README's two commands stand on these targets.
#   make serve   install everything, then run Sevenfold (API + web form + LanguageTool) on http://127.0.0.1:8000
#   make test    install everything, then run the whole test suite (what .ci/run calls)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.sevenfold-installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install python-deps languagetool browser node-deps serve test bench bench-start lint typecheck rules-docs clean

install: python-deps languagetool browser node-deps

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Re-installs only when pyproject.toml or the constraints change.
$(STAMP): pyproject.toml constraints.txt | $(PY)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev,cluster]'
	@touch $(STAMP)

python-deps: $(STAMP)

languagetool: python-deps
	$(PY) -m app.languagetool.provision

browser:
	@bash scripts/install-browser.sh

# The official client libraries the network counters are checked against (tests/node, npm).
node-deps:
	@bash scripts/install-node-deps.sh

serve: install
	$(VENV)/bin/sevenfold serve --host $(HOST) --port $(PORT)

test: install
	$(VENV)/bin/pytest -q

bench: install
	$(PY) -m bench

# The start of a CLI check against a bare Python process (bench/bench_start.py; also part of `make bench`).
bench-start: python-deps
	$(PY) -m bench start

# Learned models: fit on ../shared/data/train/*-train (DATA=… to change), write models/<lang>.sfm.
DATA ?= ../shared/data/train
TRAIN_STAMP := $(VENV)/.sevenfold-train-installed

$(TRAIN_STAMP): pyproject.toml constraints.txt | $(STAMP)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev,cluster,train]'
	@touch $(TRAIN_STAMP)

train-deps: $(TRAIN_STAMP)

train: train-deps
	$(PY) -m training.train --data $(DATA)

# Precision, recall and F1 per model and per rule family on the dev files and the functional cases.
eval: train-deps
	$(PY) -m training.evaluate --data $(DATA)

lint: python-deps
	$(VENV)/bin/ruff check app tests bench training
	$(VENV)/bin/ruff format --check app tests bench training

typecheck: python-deps
	$(VENV)/bin/mypy

rules-docs: python-deps  # docs/RULES.md from the rule files (tests/test_rule_docs.py checks it is in step)
	$(PY) -m app.rule_docs

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
