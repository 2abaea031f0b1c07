"""Site extractors: declarative rules per publisher or template, and the registry finding them.

See ``docs/sites.md`` ("Writing a site extractor").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports
from .errors import SiteRuleError
from .registry import DEFAULT_REGISTRY, ENTRY_POINT_GROUP, Registry, host_of

if TYPE_CHECKING:
    from .loader import load_rule, rule_from_dict
    from .rule import BodyMatch, BodyRule, Detection, SiteFields, SiteRule
    from .selector import Selector
    from .transform import FIELDS, FieldRule

# ``Options`` needs the registry; the rules, their loader and their field readers (which import
# the whole extraction machinery) are imported on first use: see ``articlekit._lazy``.
__getattr__, __dir__ = lazy_exports(
    __name__,
    globals(),
    {
        "load_rule": ".loader",
        "rule_from_dict": ".loader",
        "BodyMatch": ".rule",
        "BodyRule": ".rule",
        "Detection": ".rule",
        "SiteFields": ".rule",
        "SiteRule": ".rule",
        "Selector": ".selector",
        "FIELDS": ".transform",
        "FieldRule": ".transform",
    },
)

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
