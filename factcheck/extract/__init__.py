"""Extractors: each turns a document's text into facts that keep their spans."""
