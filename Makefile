# Two commands for a newcomer: `make site` and `make test`. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DOCS   := build/docs
# MkDocs prints a banner about its successor on every run; Zensical is measured separately.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test check build serve clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

## check: check every record under content/ and print all problems
check: $(STAMP)
	$(BIN)/python -m generator check

## build: check, then write the Markdown pages into build/docs
build: $(STAMP)
	$(BIN)/python -m generator build

## site: set up, check, generate and build the static site into site/ (swapped in only on success)
site: build
	rm -rf .site.tmp
	$(BIN)/mkdocs build --strict --quiet --site-dir .site.tmp
	rm -rf site && mv .site.tmp site
	@echo "site built in site/"

## serve: live preview on http://127.0.0.1:8000, regenerated when content/ or templates/ change
serve: $(STAMP)
	$(BIN)/python -m generator serve --addr 127.0.0.1:8000

## test: set up and run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf build site .site.tmp
