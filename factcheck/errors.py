"""The one error type users see: a one-line message and exit status 2."""


class InputError(Exception):
    """Bad input (a file, an option value, a configuration): reported in one line, exit 2."""
