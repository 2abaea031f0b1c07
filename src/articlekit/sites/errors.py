"""The error a site rule raises when it cannot be read or compiled."""

from __future__ import annotations

from ..errors import ArticleKitError


class SiteRuleError(ArticleKitError, ValueError):
    """A site rule is malformed: a bad selector, an unknown field or transform, a bad TOML file.

    The message names the rule (or file) and the offending value, so it can be fixed in place.

    >>> from articlekit.sites import SiteRule
    >>> SiteRule("bad:name", ("example.com",))
    Traceback (most recent call last):
      ...
    articlekit.sites.errors.SiteRuleError: site rule name 'bad:name' must be non-empty and without ':'
    """
