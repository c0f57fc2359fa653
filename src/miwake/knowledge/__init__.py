"""Loaders for the data files in `miwake/data/`: brands, the finding catalogue, word lists.

Everything the product knows about the world is a data file with a header saying where
it came from; this package only reads and indexes them.
"""
