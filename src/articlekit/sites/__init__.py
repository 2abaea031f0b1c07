"""Site extractors: declarative rules per publisher or template, and the registry finding them.

See ``docs/sites.md`` ("Writing a site extractor").
"""

from __future__ import annotations

from .errors import SiteRuleError
from .loader import load_rule, rule_from_dict
from .registry import DEFAULT_REGISTRY, ENTRY_POINT_GROUP, Registry, host_of
from .rule import BodyMatch, BodyRule, Detection, SiteFields, SiteRule
from .selector import Selector
from .transform import FIELDS, FieldRule

__all__ = [
    "DEFAULT_REGISTRY",
    "ENTRY_POINT_GROUP",
    "FIELDS",
    "BodyMatch",
    "BodyRule",
    "Detection",
    "FieldRule",
    "Registry",
    "Selector",
    "SiteFields",
    "SiteRule",
    "SiteRuleError",
    "host_of",
    "load_rule",
    "rule_from_dict",
]
