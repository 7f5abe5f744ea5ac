# LoyaltyDesk. `make run` launches the app on a demo club (--demo); `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test dist lint check-translations translations bench format clean sysdeps-run sysdeps-test sysdeps-dist screenshots samples

run: sysdeps-run $(STAMP) $(QM)
	$(PY) -m loyaltydesk --demo

# Both cores: each test file runs whole in one of the worker processes, each worker with its
# own PostgreSQL cluster (PYTEST_WORKERS=0 runs the suite in this one process).
PYTEST_WORKERS ?= 2

test: sysdeps-test $(STAMP) $(QM) lint
	$(PY) -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile

# The installed program (installer/): dist/LoyaltyDesk/ and its tarball, then the built
# program's own --self-check. The Windows installer is built by .github/workflows/dist.yml.
dist: sysdeps-dist $(STAMP) $(QM)
	PY=$(PY) installer/build-linux.sh

sysdeps-run:
	@scripts/system-packages.sh run

sysdeps-test:
	@scripts/system-packages.sh test

sysdeps-dist:
	@scripts/system-packages.sh dist

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -extensions py $$(git ls-files 'loyaltydesk/*.py') -ts $(TS)

check-translations: $(STAMP)
	$(PY) scripts/check_translations.py $(TS)

lint: $(STAMP) check-translations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The load of 10 counters on one club runs this long on each database, and the load of 8 POS
# on the HTTP API as long (BENCH_LOAD_SECONDS=10 make bench for a quicker look).
BENCH_LOAD_SECONDS ?= 60

bench: $(STAMP) $(QM)
	$(PY) -m bench.core
	$(PY) -m bench.contention --load-seconds $(BENCH_LOAD_SECONDS)
	$(PY) -m bench.api --seconds $(BENCH_LOAD_SECONDS)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.ui
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.printing
	$(PY) -m bench.cli
	$(PY) -m bench.reports
	$(PY) -m bench.imports
	$(PY) -m bench.duplicates
	$(PY) -m bench.offline_sync
	$(PY) -m bench.receipts_folder

clean:
	rm -rf build dist
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache resources/translations/*.qm

screenshots: $(STAMP) $(QM) samples
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

samples: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/samples.py
