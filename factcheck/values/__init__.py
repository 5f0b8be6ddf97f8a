"""Normalized values and what can be said of them: TIMEX3 dates and their day ranges, read out in words.

Below the extractors, the checks and the reports alike: extraction produces these values,
checks compare them, reports print them.
"""
