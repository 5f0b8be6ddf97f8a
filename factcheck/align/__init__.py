"""Candidate pairs of facts that talk about the same thing, found by blocking, never by all pairs."""
