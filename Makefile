# Two entry points for a fresh machine (Python 3.11 and make):
#   make demo   installs newsdyad into .venv and codes a sample article (table view)
#   make test   installs newsdyad with its test extra into .venv (and Debian's chromium, for the
#               browser tests, when /usr/bin/chromium is missing) and runs the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PIP     = $(BIN)/python -m pip

.PHONY: demo test install install-test chromium bench clean lint-imports

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/newsdyad code examples/sample-article.txt --date 2024-05-14 --publisher "newsdyad examples" --format table

# The browser tests drive Debian's chromium package (never a downloaded browser).
CHROMIUM ?= /usr/bin/chromium
chromium:
	@test -x $(CHROMIUM) || { \
	  echo "installing Debian's chromium for the browser tests (apt-get)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: install-test chromium
	$(BIN)/python -m pytest -q

# The import contracts of pyproject.toml ([tool.importlinter]); tests/test_layers.py runs them too.
lint-imports: install-test
	$(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
