"""Benchmarks: the scorer (score.py) and the side-by-side runner (run.py)."""
