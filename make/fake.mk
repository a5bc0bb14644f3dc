# The fake Tavus API (issue 5): tavus.testing served over HTTP for manual exploration and demos.

FAKE_HOST ?= 127.0.0.1
FAKE_PORT ?= 8765
FAKE_TIME_SCALE ?= 1
FAKE_API_KEY ?= tavus-fake-key

.PHONY: serve-fake test-fake

serve-fake: $(STAMP)  ## Serve the fake Tavus API on 127.0.0.1:8765 (FAKE_PORT, FAKE_TIME_SCALE, FAKE_API_KEY; Ctrl-C stops).
	$(PY) -m tavus.testing serve --host $(FAKE_HOST) --port $(FAKE_PORT) --api-key $(FAKE_API_KEY) --time-scale $(FAKE_TIME_SCALE)

test-fake: $(STAMP)  ## The fake's own tests (tests/testing).
	$(BIN)/pytest -q tests/testing
