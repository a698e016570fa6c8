"""Extractors: plain functions from an annotated spaCy `Doc` to typed records (one module per table)."""
