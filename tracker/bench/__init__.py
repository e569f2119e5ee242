"""The performance benchmark: ``python -m tracker.bench`` (see bench/RESULTS.md)."""
