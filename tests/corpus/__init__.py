"""Corpus runs: the DuckDB store, exports, queries, multi-process and Ray engines."""
