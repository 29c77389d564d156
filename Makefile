# Two commands for a newcomer: `make site` and `make test`. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DOCS   := build/docs
# MkDocs prints a banner about its successor on every run; Zensical is measured separately.
export NO_MKDOCS_2_WARNING := 1

# Reproducible builds: every date the engine writes (sitemap lastmod, the gzip header of sitemap.xml.gz)
# comes from SOURCE_DATE_EPOCH. For a clean git checkout it is the time of the last commit, so two builds
# of one commit are byte-identical; outside git, the newest `last_updated` of the force records. With
# uncommitted changes it stays unset and the clock is used: an edit made today is not "in the future".
# Set it yourself to override all of this.
ifeq ($(origin SOURCE_DATE_EPOCH), undefined)
ifeq ($(shell git status --porcelain 2>/dev/null | head -1),)
export SOURCE_DATE_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null || \
	date -u -d "$$(grep -h '^last_updated:' content/forces/*.yml | awk '{print $$2}' | sort | tail -1)" +%s)
endif
endif

.PHONY: site site-zensical test check build serve bench clean

$(STAMP): requirements.txt requirements-dev.txt requirements-zensical.txt
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

## site-zensical: build the same generated pages with Zensical into site-zensical/ (a measurement; see docs/engines.md)
site-zensical: build
	rm -rf site-zensical
	$(BIN)/zensical build --strict -f mkdocs-zensical.yml
	@echo "site built with Zensical in site-zensical/"

## serve: live preview on http://127.0.0.1:8000 (ADDR=host:port for another), updated on every save; Ctrl-C stops it
ADDR ?= 127.0.0.1:8000
serve: $(STAMP)
	$(BIN)/python -m generator serve --addr $(ADDR)

## bench: time make site (real content and 43 full records) and an edit under make serve, measure the pages; check the budgets
## (sees to Chromium as `make test` does; without it, the figures that need a browser are reported as not measured)
bench: $(STAMP)
	@sh scripts/need-chromium.sh "make bench" || true
	$(BIN)/python scripts/bench.py

## test: set up, lint (ruff), see to Debian's Chromium (installed if this user may, else one line saying how), run the whole test suite
test: $(STAMP)
	$(BIN)/ruff check --quiet .
	$(BIN)/ruff format --check --quiet .
	@sh scripts/need-chromium.sh
	$(BIN)/python -m pytest

clean:
	rm -rf build site .site.tmp site-zensical .cache
