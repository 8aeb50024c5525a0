# Two entry points (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_VAULT ?= demo.casebook
DEMO_PASSPHRASE ?= demo passphrase
# Run the suite without network where the kernel allows a private network namespace.
NONET  := $(shell unshare -rn true 2>/dev/null && echo "unshare -rn")

.PHONY: install install-test demo test lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet ".[test]"

demo: install
	@if [ ! -d "$(DEMO_VAULT)" ]; then \
	  CASEBOOK_PASSPHRASE="$(DEMO_PASSPHRASE)" $(BIN)/casebook demo "$(DEMO_VAULT)" --people 500 --no-keyring; \
	fi
	@echo "Demo vault: $(DEMO_VAULT)   passphrase: $(DEMO_PASSPHRASE)   (synthetic data, passphrase-only mode)"
	$(BIN)/casebook --vault "$(DEMO_VAULT)"

lint: install-test
	$(BIN)/ruff check app crypto ui tests
	$(BIN)/mypy

test: lint
	CASEBOOK_INSTALLED_TESTS=1 $(NONET) $(BIN)/pytest $(PYTEST_ARGS)
