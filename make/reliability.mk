# Reliability and security suites (issue 7): fault matrix, response fuzzing, bad input, path/header
# safety, secrets, concurrency and memory. `make test` runs them all (a 1,620-case fuzz slice: 30 per operation).

FUZZ_EXAMPLES ?= 300

.PHONY: test-reliability fuzz fault-matrix

test-reliability: $(STAMP)  ## The reliability suite alone (tests/reliability), with its tables.
	$(BIN)/pytest -q tests/reliability

fuzz: $(STAMP)  ## Response fuzzing at depth: FUZZ_EXAMPLES (300) cases per operation, 16,200 in all.
	TAVUS_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q -p no:randomly tests/reliability/test_fuzz_responses.py

fault-matrix: $(STAMP)  ## Print the fault matrix (every fault x six calls against the fake).
	$(PY) -m tests.reliability._matrix
