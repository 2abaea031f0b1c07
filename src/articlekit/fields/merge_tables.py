"""Words the author merge reads in printed bylines, kept as data apart from the merge."""

from __future__ import annotations

# Labels that open a printed line naming the story's editor, not its writer ("Editor: Ana
# Lima", "Redaktur: ..."). Compared case-folded with the text that opens the line; the names
# follow after optional spaces, a colon or a dash.
EDITOR_LABELS: tuple[str, ...] = (
    "editor",
    "edited by",
    "editing by",
    "editora",
    "editado por",
    "edición",
    "redaktur",
    "penyunting",
    "penyelaras",
    "redigiert von",
    "bearbeitet von",
    "redaktion",
    "édité par",
    "édition",
    "a cura di",
    "redactie",
    "redigert av",
    "redigerad av",
    "biên tập",
    "editör",
)
