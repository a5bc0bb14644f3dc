# The documentation site (issue 10): mkdocs + Material + mkdocstrings, config in mkdocs.yml, pages in docs/.
# `make docs` is part of `make test`; `make docs-check` (not in `make test`: CI has no browser) also
# checks the built site in Debian's chromium. Both are offline: no fonts, scripts or browsers downloaded.

DOCS_SITE := site
DOCS_SCREENSHOT := build/docs-check/quickstart.png
CHROMIUM ?= /usr/bin/chromium
BROWSER_STAMP := $(VENV)/.browser-installed
# Material for MkDocs >= 9.7 prints an end-of-life notice to stderr on every build; this is the
# variable it documents to turn that off (it is a print, not a warning, so --strict is unaffected).
DOCS_ENV := NO_MKDOCS_2_WARNING=1

.PHONY: docs docs-check docs-serve

docs: $(STAMP)  ## Build the documentation site into site/ (mkdocs --strict: a broken link or reference fails).
	$(DOCS_ENV) $(BIN)/mkdocs build --strict --site-dir $(DOCS_SITE)

docs-serve: $(STAMP)  ## Serve the documentation with live reload on 127.0.0.1:8000.
	$(DOCS_ENV) $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

# Playwright's Python package only: the browser is Debian's chromium, never `playwright install`.
$(BROWSER_STAMP): requirements/browser.txt $(STAMP)
	$(BIN)/pip install -q -r requirements/browser.txt
	touch $@

docs-check: $(BROWSER_STAMP)  ## make docs, then check the site in /usr/bin/chromium: rendering, console errors, links.
	@test -x "$(CHROMIUM)" || { echo "docs-check: $(CHROMIUM) not found; install it with: apt-get install chromium" >&2; exit 1; }
	@$(MAKE) --no-print-directory docs
	$(PY) -m tools.docs_check --site $(DOCS_SITE) --chromium "$(CHROMIUM)" --screenshot $(DOCS_SCREENSHOT)
