# The house checks (also run by the test suite) and the tests, in the project's own environment.
PY ?= .venv/bin

.PHONY: check test format

check:
	$(PY)/ruff format --check src tests
	$(PY)/ruff check src tests
	$(PY)/mypy src
	$(PY)/pytest -q tests/unit/test_import_contract.py tests/unit/test_core_has_no_textual.py

test:
	$(PY)/pytest

format:
	$(PY)/ruff format src tests
	$(PY)/ruff check --fix src tests
