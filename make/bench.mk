# Benchmarks (issue 8): per-call overhead, import time, loopback concurrency, pagination memory.
# Not part of `make test`; no test asserts wall-clock time. Method and caveats: benchmarks/README.md.

BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: bench bench-quick lock-bench

# Bench-only packages (tavus-cli, Tavus's official client) go into .venv next to the dev pins; never runtime deps.
$(BENCH_STAMP): requirements/bench.txt $(STAMP)
	@if $(PY) -m pip install --quiet --disable-pip-version-check -r requirements/bench.txt; then touch $@; \
	else echo "bench: could not install requirements/bench.txt; the official client will be reported missing" >&2; fi

bench: $(BENCH_STAMP)  ## Run the benchmarks (~3 min), print the tables, write benchmarks/results.md.
	$(PY) -m benchmarks.report

bench-quick: $(BENCH_STAMP)  ## The same pipeline with few rounds (~1 min), to try changes; figures are rough.
	$(PY) -m benchmarks.report --quick

lock-bench: $(STAMP)  ## Re-pin requirements/bench.txt from requirements/bench.in (constrained by dev.txt).
	$(BIN)/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links --output-file requirements/bench.txt requirements/bench.in
