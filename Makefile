# kzrel: `make run` serves the admin with the seeds imported; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test install migrate seed eval bench clean-db

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py import_texts seeds/

run: seed
	$(PY) manage.py bootstrap --host $(HOST)
	$(PY) manage.py runserver $(HOST)

test: install
	$(PY) -m pytest

eval: install
	$(PY) scripts/evaluate.py

bench: install
	$(PY) bench/run.py

clean-db:
	-$(PY) -c "import kzrel.embedded as e; e.stop()"
	rm -rf var/pgdata
