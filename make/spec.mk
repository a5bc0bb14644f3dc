# Living with spec changes (issue 9): fetch the published contract, diff it, regenerate, review.
# Walkthrough and classification rules: docs/spec-changes.md.

SPEC_URL ?= https://docs.tavus.io/openapi.yaml
SPEC_FILE ?=
OLD ?= HEAD:openapi/tavus-openapi.yaml
NEW ?= openapi/tavus-openapi.yaml
SPEC_DIFF_FORMAT ?= text
API_DIFF_AGAINST ?=
FORCE ?=
AGAINST ?=

.PHONY: fetch-spec spec-diff api-diff regenerate

fetch-spec: $(STAMP)  ## Replace openapi/tavus-openapi.yaml by the published spec if valid [SPEC_URL=... | SPEC_FILE=...].
	$(PY) -m tools.fetch_spec $(if $(SPEC_FILE),--file "$(SPEC_FILE)",--url "$(SPEC_URL)") \
	  --normalised-out build/tavus-openapi.normalised.yaml

spec-diff: $(STAMP)  ## Classified spec differences, exit 1 if breaking [OLD=HEAD:openapi/... NEW=openapi/...].
	$(PY) -m tools.spec_diff "$(OLD)" "$(NEW)" --format $(SPEC_DIFF_FORMAT)

api-diff: $(STAMP)  ## Breaking changes of the tavus_api/tavus Python API (griffe) [API_DIFF_AGAINST=ref].
	$(PY) -m tools.api_diff $(if $(API_DIFF_AGAINST),--against "$(API_DIFF_AGAINST)")

regenerate: $(STAMP)  ## fetch-spec + spec-diff + generate + api-diff + tests; prints a PR summary [SPEC_FILE|SPEC_URL, FORCE=1, AGAINST=rev].
	$(PY) -m tools.regenerate $(if $(FORCE),--force) $(if $(AGAINST),--against "$(AGAINST)") \
	  $(if $(SPEC_FILE),--spec-file "$(SPEC_FILE)",--spec-url "$(SPEC_URL)")
