"""Benchmarks of the Tavus SDK (`make bench`); see benchmarks/README.md. Not part of `make test`."""
