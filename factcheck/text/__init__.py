"""Text utilities that keep offsets: sentence splitting and normalization for matching."""
