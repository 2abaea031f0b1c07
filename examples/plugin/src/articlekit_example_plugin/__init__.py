"""An example articlekit plugin: a site rule and a serializer, found through entry points.

``site_rules`` (entry-point group ``articlekit.sites``) returns the rules shipped as package data
in ``sites/<name>/rule.toml``; ``to_bullets`` (group ``articlekit.serializers``, format
``bullets``) writes an Article as a headline and one bullet per body block.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from articlekit import Article
from articlekit.sites import SiteRule, load_rule

__all__ = ["site_rules", "to_bullets"]


def site_rules() -> list[SiteRule]:
    """Every ``sites/<name>/rule.toml`` of this package, read when articlekit first needs rules."""
    root = files(__name__) / "sites"
    return [load_rule(Path(str(d / "rule.toml"))) for d in sorted(root.iterdir(), key=str) if d.is_dir()]


def to_bullets(article: Article) -> str:
    """The headline, a byline line when there is one, then each body block as a bullet.

    >>> print(to_bullets(Article(headline="Rates held")), end="")
    Rates held
    """
    lines = [article.headline or ""]
    if article.byline:
        lines.append(f"by {article.byline}")
    for block in article.body:
        # Every block has ``text``; a list's items each get their own bullet.
        items = getattr(block, "items", None) or (block.text,)
        lines.extend(f"- {item}" for item in items if item)
    return "\n".join(lines) + "\n"
