"""Data for ``site new``'s selector drafting: which hooks a template keeps from page to page."""

from __future__ import annotations

# Tags whose name alone says what they hold: a selector may use them without a class.
SEMANTIC_TAGS = frozenset({"h1", "time", "article", "header", "address", "main", "footer", "figure"})

# Where a page repeats a field's words as links (menus, sidebars): a field's element is looked
# for outside them first.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})

# Class prefixes of CSS-in-JS and build tools (styled-components, emotion, styled-jsx, CSS
# modules, Vue scoped styles): their names are hashes that change with every build.
HASHED_CLASS_PREFIXES = ("sc-", "css-", "jsx-", "emotion-", "svelte-", "tw-", "_", "ng-", "data-v-")

# data-* attributes that carry per-render or per-record values, never a template's name for a part.
UNSTABLE_DATA_ATTRIBUTES = frozenset(
    {"data-reactid", "data-reactroot", "data-id", "data-src", "data-srcset", "data-href", "data-url",
     "data-timestamp", "data-time", "data-datetime", "data-index", "data-key", "data-uuid", "data-guid",
     "data-emotion", "data-styled", "data-ssr", "data-hydrated", "data-lazy-src", "data-original"}
)

# The longest class word or attribute value kept: longer ones are rarely written by hand.
MAX_WORD_LENGTH = 32
# The longest run of a word without a hyphen or underscore: a 20-letter run is a token, not a word.
MAX_PART_LENGTH = 20
VOWELS = frozenset("aeiouyAEIOUY")
# More consonants than this in a row is not a word of any language a class name is written in.
MAX_CONSONANT_RUN = 4
# An all-lowercase part this long without a vowel is a token ("qwrtz"), not an abbreviation ("btn").
MIN_VOWELLESS = 5
