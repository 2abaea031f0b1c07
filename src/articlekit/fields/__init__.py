"""Choosing each field's value from the sources' candidates (precedence lives in ``merge``)."""
