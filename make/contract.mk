# Contract tests (issue 6): the wrapper's requests and responses, the fake and Prism against
# generated/tavus_api/openapi.json; an opt-in drift report against the live API. See contract_tests/.

CONTRACT_NPM_STAMP := contract_tests/node_modules/.installed
TAVUS_BASE_URL ?= https://tavusapi.com
LIVE_WRITE ?=

.PHONY: contract contract-deps contract-deep contract-live

$(CONTRACT_NPM_STAMP): contract_tests/package.json contract_tests/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  cd contract_tests && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else \
	  echo "contract-deps: npm not found: the Prism tests will skip (and fail under CI=true)" >&2; \
	fi

contract-deps: $(CONTRACT_NPM_STAMP)  ## Install Prism (pinned in contract_tests/package.json) into contract_tests/node_modules.

contract: $(STAMP) contract-deps  ## Contract tests only: requests, responses, the fake, Prism; prints the coverage table.
	$(BIN)/pytest -q contract_tests

contract-deep: $(STAMP) contract-deps  ## The contract tests with many more generated examples (slow).
	CONTRACT_DEEP=1 $(BIN)/pytest -q contract_tests

contract-live: $(STAMP)  ## Drift report against the live API (TAVUS_API_KEY; GETs only, LIVE_WRITE=1 adds a test-mode conversation).
	TAVUS_BASE_URL="$(TAVUS_BASE_URL)" LIVE_WRITE="$(LIVE_WRITE)" $(PY) -m contract_tests.live
