"""Errors that name what is wrong and how to fix it."""


class ModelError(RuntimeError):
    """A model that is missing or cannot be read."""
