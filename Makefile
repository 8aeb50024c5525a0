# Two entry points (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_VAULT ?= demo.casebook
DEMO_PASSPHRASE ?= demo passphrase
# Run the suite without network where the kernel allows a private network namespace.
NONET  := $(shell unshare -rn true 2>/dev/null && echo "unshare -rn")

.PHONY: install install-test demo test lint package smoke

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

# The build that runs without Python (README: "Install without Python"): build/dist/casebook/,
# build/casebook-VERSION-linux-ARCH.tar.gz and its .sha256; prints the unpacked size.
package: $(BIN)/python
	$(BIN)/pip install --quiet ".[package]"
	$(BIN)/python packaging/build.py

# The built artefact itself on a demo vault under Xvfb: unlock, search, lock, quit.
smoke:
	$(BIN)/python packaging/smoke_test.py build/dist/casebook
