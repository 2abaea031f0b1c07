"""``extract``: the pipeline, top to bottom.

decode -> parse (then a streamed page's parts put in place, code and media stripped) -> metadata
sources -> site rule -> fields (merge, then the rule's fields) -> body (the rule's containers, or
the generic scoring; for a page whose scripts render the story, the story's HTML in their data;
the generic body's edges then checked against the page's own copy, JSON-LD ``articleBody``)
-> Article.
"""

from __future__ import annotations

from collections.abc import Sequence

from .dom.tree import Element, code_tags, strip_code

from .body import NO_STORY_TEXT, Body, TreeFacts, extract_body, paragraphs_from_text
from .body.declared import trim_to_declared_body
from .body.embeds import mark_embeds
from .body.inline import page_base
from .body.payload import story_from_scripts
from .dom.decode import decode
from .dom.parse import parse
from .dom.streaming import place_streamed_parts
from .errors import ArticleKitError, ExtractionError, InputError
from .fields.merge import merge
from .model import Article, Block
from .fields.language import detect_language
from .options import Options
from .sites.apply import find_rule, overlay, site_source
from .sites.rule import BodyMatch
from .sources import PageIndex, collect

_DEFAULT_OPTIONS = Options()
# The first blocks of a story give its language (the detector reads the first 500 characters).
MAX_LANGUAGE_BLOCKS = 8


def extract(
    html: bytes | str, url: str | None = None, options: Options = _DEFAULT_OPTIONS, *, charset: str | None = None
) -> Article:
    """Extract the article from one page's HTML.

    ``html`` is the page as fetched (bytes in any encoding) or already decoded text; ``url`` is
    where it came from, used as a weak hint and kept in ``Article.url``. Nothing is fetched.
    ``charset`` is the encoding the page was served with, when the caller knows it: the charset of
    the HTTP ``Content-Type`` header (``"Shift_JIS"``, or the whole value
    ``"text/html; charset=Shift_JIS"``). It beats the page's own ``<meta charset>``, as in
    browsers; bytes that are clean UTF-8 are read as UTF-8 whatever it says.

    Raises ``InputError`` (an ``ArticleKitError``) for input that is empty, too large, not
    HTML, or HTML the parser cannot read whole (nested over 2,048 levels deep). A page that is
    HTML but holds no story gives an Article with an empty ``body``.

    >>> page = b"<html><body><article><h1>Rates held again</h1>" \\
    ...        b"<p>The central bank kept its main rate unchanged on Thursday, as expected.</p>" \\
    ...        b"</article></body></html>"
    >>> article = extract(page, url="https://example.com/business/rates")
    >>> article.headline, article.paragraphs
    ('Rates held again', ('The central bank kept its main rate unchanged on Thursday, as expected.',))
    """
    try:
        return _extract(html, url, options, charset)
    except ArticleKitError:
        raise
    except Exception as exc:  # the last line of defence: never an unexpected type for callers
        raise ExtractionError(
            f"articlekit failed on this page ({type(exc).__name__}: {exc}); "
            "this is a bug in articlekit: please report it with the page"
        ) from exc


def _extract(html: bytes | str, url: str | None, options: Options, charset: str | None = None) -> Article:
    _check_size(html, options)
    decoded = decode(html, charset)
    root = parse(decoded.text, decoded.utf8)
    # A streamed page's late parts go where its scripts would put them, while the placeholders
    # (<template>s) are still in the tree.
    place_streamed_parts(root)
    # Code and embedded media go first: every later walk of the tree is a tenth shorter. The
    # frames that show the story's videos and posts leave a marker where they stood.
    base = page_base(root, url)
    present = code_tags(root)
    if "iframe" in present:
        mark_embeds(root, base)
    scripts = strip_code(root, present)
    index = PageIndex.of(root, json_ld=scripts.json_ld)
    candidates = collect(index, url, use_url=options.use_url, max_jsonld_chars=options.max_jsonld_chars)
    rule = find_rule(options.registry, url, candidates, root) if options.site_extractors else None
    fields = merge(candidates, url)
    site_body = BodyMatch()
    if rule is not None:
        fields = overlay(fields, rule, root)
        site_body = rule.body_containers(root)
        rule.clean_body(site_body.containers)
    facts = TreeFacts(index.styled, index.loose_chars)
    body, from_site = _body(root, fields.headline, fields.authors, site_body, options.include_captions, facts, base)
    provenance = dict(fields.provenance)
    if body.blocks:
        provenance["body"] = site_source(rule, site_body.selector) if rule and from_site and site_body.selector else "heuristic"
    else:
        body = _scripted_body(scripts.others, fields.headline, fields.authors, options.include_captions, base) or body
        if body.blocks:
            provenance["body"] = "script"
    blocks = body.blocks
    if not from_site and provenance.get("body") == "heuristic":
        # A site rule says where the story is; the generic body is only the scoring's guess.
        blocks = tuple(trim_to_declared_body(blocks, fields.article_body))
    if _prefer_metadata_body(blocks, fields.article_body):
        blocks = paragraphs_from_text(fields.article_body or "")
        provenance["body"] = provenance.pop("article_body", "jsonld")
    else:
        blocks = body.with_figures(blocks)
    provenance.pop("article_body", None)
    description = fields.description
    if not description and body.lead:
        description = body.lead
        provenance["description"] = "heuristic"
    if url:
        provenance["url"] = "input"
    language = fields.language
    if not language and blocks and options.detect_language:
        language = detect_language(" ".join(b.text for b in blocks[:MAX_LANGUAGE_BLOCKS]))
        if language:
            provenance["language"] = "detected"
    return Article(
        headline=fields.headline,
        section=fields.section,
        byline=fields.byline,
        authors=fields.authors,
        published=fields.published,
        modified=fields.modified,
        body=blocks,
        url=url,
        canonical_url=fields.canonical_url,
        site_name=fields.site_name,
        language=language,
        description=description,
        image=fields.image,
        tags=fields.tags,
        provenance=provenance,
        not_article_reason=None if blocks else (body.reason or NO_STORY_TEXT),
    )


def _body(
    root: Element,
    headline: str | None,
    authors: Sequence[str],
    site: BodyMatch,
    captions: bool,
    facts: TreeFacts,
    base: str | None,
) -> tuple[Body, bool]:
    """The body from the site rule's containers, or the generic one when they gave nothing;
    and whether the site's containers were used."""
    try:
        if site.containers:
            body = extract_body(root, headline, site.containers, captions, facts=facts, authors=authors, base=base)
            if body.blocks:
                return body, True
        return extract_body(root, headline, captions=captions, facts=facts, authors=authors, base=base), False
    except RecursionError:
        raise InputError("the page is nested too deeply to read its body") from None


def _scripted_body(
    scripts: list[Element], headline: str | None, authors: Sequence[str], captions: bool, base: str | None
) -> Body | None:
    """The body of a page whose scripts render its story from data they carry."""
    container = story_from_scripts(scripts, headline)
    if container is None:
        return None
    try:
        return extract_body(container, headline, [container], captions, facts=TreeFacts((), {}), authors=authors, base=base)
    except RecursionError:
        return None  # the data's HTML is nested too deeply to read: the page keeps its empty body


# The page's JSON-LD ``articleBody`` replaces the extracted body when the HTML gave less than
# this share of its length: the story is then rendered by scripts, or hidden from the markup.
METADATA_BODY_SHARE = 0.25


def _prefer_metadata_body(blocks: tuple[Block, ...], article_body: str | None) -> bool:
    if not article_body:
        return False
    extracted = sum(len(b.text) for b in blocks)
    return extracted < METADATA_BODY_SHARE * len(article_body)


def _check_size(html: bytes | str, options: Options) -> None:
    if len(html) > options.max_input_bytes:
        raise InputError(
            f"the page is {len(html):,} bytes, over the limit of {options.max_input_bytes:,}; "
            "raise it with Options(max_input_bytes=...)"
        )


