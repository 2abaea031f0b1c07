"""Class/id words: what a template's class names say about the content they hold."""

from __future__ import annotations

import pytest

from articlekit.body.hints import hint_words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("article-body relatedLinks", {"article", "body", "related", "links"}),
        # Page builders name every block a widget: the word says nothing there.
        ("elementor-widget-container", {"elementor", "container"}),
        ("elementor-widget-wrap elementor-element-populated", {"elementor", "wrap", "element", "populated"}),
        # A sidebar's widgets still are widgets.
        ("widget widget_recent_entries", {"widget", "recent", "entries"}),
        ("sidebar-widget", {"sidebar", "widget"}),
        # "overflow-hidden" clips a box; "hidden-xs" hides it on phones.
        ("overflow-hidden rounded", {"overflow", "rounded"}),
        ("well hidden-xs hidden-sm", {"well", "hidden", "xs", "sm"}),
        # An embedded post the story quotes is not a share bar.
        ("social-media-embed", {"media", "embed"}),
        ("social-share", {"social", "share"}),
        # WordPress writes the post's own tags and categories into its class.
        ("post hentry category-reviews tag-related-gear", {"post", "hentry"}),
        ("tag-cloud widget", {"tag", "cloud", "widget"}),
    ],
)
def test_hint_words(value: str, words: set[str]) -> None:
    assert hint_words(value) == words
