"""What boilerplate looks like: class/id words and phrases, kept as data apart from the code.

Class and id values are split into words ("article-body__text" -> article, body, text;
"relatedLinks" -> related, links) and the words are compared with these sets, so a hint never
fires on a fragment of an unrelated word ("shareholders" is not "share").
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

# Words that mark the story's own container.
POSITIVE_WORDS = frozenset(
    """
    article articlebody body content story entry post text main prose richtext rte copy
    paragraph paragraphs artikel texto contenido cuerpo corps contenu testo inhalt news
    blog single
    """.split()
)

# Words that mark something other than the story: navigation, promotion, social, furniture.
NEGATIVE_WORDS = frozenset(
    """
    comment comments share sharing sharer social related recommended recommendation
    recommendations newsletter newsletters subscribe subscription signup promo promotion promoted
    advert advertisement advertising ad ads adslot adunit sponsor sponsored outbrain taboola
    trending popular mostread mostpopular readmore more breadcrumb breadcrumbs cookie cookies
    consent modal popup toolbar tags tag taglist keywords bio biography widget widgets sidebar
    footer masthead menu nav navigation caption credit credits byline dateline timestamp meta
    disclaimer copyright teaser teasers rail aside banner skip hidden print pagination pager
    author authors avatar follow login register overlay donate donation gallery slideshow
    video player playlist newsletterbox cta callout testimonial testimonials whatsapp
    """.split()
)

# A few negative words are so unambiguous that a subtree carrying them is dropped even from
# inside the story container, whatever its size.
STRONG_NEGATIVE_WORDS = frozenset(
    """
    comment comments share sharing sharer social related recommended recommendations newsletter
    subscribe subscription signup promo advert advertisement advertising ad ads adslot adunit
    sponsor sponsored outbrain taboola trending popular mostread mostpopular readmore breadcrumb
    breadcrumbs cookie consent modal popup toolbar byline dateline timestamp caption
    credit credits donate donation cta tags taglist author authors avatar bio testimonial
    testimonials whatsapp gallery factbox faktenbox faktaboks faktaruta footnotes saboxplugin
    infobox
    """.split()
)

# Words that mark the standfirst (lead, dek) set under the headline, before the story proper.
LEAD_WORDS = frozenset(
    """
    lead lede leadtext intro introduction teaser standfirst summary subtitle subheadline
    subhead dek deck excerpt abstract description sapo chapo chapeau entradilla vorspann
    ingress ingresso bajada
    """.split()
)

# Containers named for these never hold the story, whatever else their class says
# ("comment-body" is a comment's body; "onetrust-policy-text" is a consent box's): their
# paragraphs do not vote. ("newsletter" is not one:
# a "newsletter-post" is the story on newsletter platforms; signup boxes are dropped as furniture.)
UNLIKELY_WORDS = frozenset(
    """
    comment comments commentlist disqus respond reply replies related recommended
    recommendations outbrain taboola trending mostread mostpopular
    cookie cookies cookiebar cookiebanner cookielaw consent gdpr onetrust optanon cookiebot
    didomi usercentrics truste iubenda borlabs klaro osano termly cookieyes
    outdated browsehappy
    """.split()
)
# Cookie and consent dialogs, a privacy policy in a modal, an "outdated browser" banner: text
# laid over the page, never the story. Besides the words above, the page says so itself with
# an element's role or its aria-modal attribute.
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})

# Class names repeat across elements and pages (templates); splitting each once is enough. The
# memo holds only what a pure function computed from its argument, so sharing it is safe.
HINT_CACHE_SIZE = 8192

_WORD_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")


def leading_word(name: str) -> str:
    """The first word of one class name, lower-cased, cut where ``hint_words`` cuts
    ("newsletter-widget__box" and "newsletterWidget" -> "newsletter"; a random id such as
    "ad6ed79d" stays one word).

    >>> leading_word("newsletter-widget__new-story-page"), leading_word("ad6ed79d-88fd")
    ('newsletter', 'ad6ed79d')
    """
    return next((w for w in _WORD_SPLIT.split(name) if w), "").lower()


@lru_cache(maxsize=HINT_CACHE_SIZE)
def hint_words(value: str) -> frozenset[str]:
    """The words of a class/id value, lower-cased.

    >>> sorted(hint_words("article-body relatedLinks"))
    ['article', 'body', 'links', 'related']
    """
    parts = [w.lower() for w in _WORD_SPLIT.split(without_taxonomy(value)) if w]
    words = frozenset(parts)
    if not words.isdisjoint(_BOX_WORDS):
        # "fact-box" names what "factbox" does: the box is known by its compound
        words |= {first + box for first, box in zip(parts, parts[1:]) if box in _BOX_WORDS}
    if "hidden" in words and not _hides_somewhere(value):
        words -= {"hidden"}  # "overflow-hidden" clips a box's edges: it hides nothing
    if "social" in words and words & _EMBED_WORDS:
        words -= {"social"}  # "social-media-embed": a post the story quotes, not a share bar
    if "widget" in words and _BUILDER_WIDGET.search(value) and not _PLAIN_WIDGET.search(value):
        words -= {"widget"}  # a page builder's building block, not a sidebar widget
    return words


def without_taxonomy(value: str) -> str:
    """A class value without the post's own tags and categories, which WordPress writes into
    the class of every post ("hentry category-hiking tag-gear-recommendations"): they name
    what the story is about, not what the element is."""
    if not any(name in value for name in POST_CLASSES):
        return value
    return " ".join(t for t in value.split() if not t.startswith(_TAXONOMY_PREFIXES))


_TAXONOMY_PREFIXES = ("tag-", "category-")
_BOX_WORDS = frozenset({"box", "boks", "ruta"})
_EMBED_WORDS = frozenset({"embed", "embedded", "embeds"})
# Page builders (Elementor, Divi, Beaver Builder, WPBakery, SiteOrigin) call every block of a
# page a widget ("elementor-widget-container"): there the word says nothing about the content.
_BUILDER_WIDGET = re.compile(r"(?:elementor|et_pb|fl|vc|wpb|so)[-_]widget", re.IGNORECASE)
_PLAIN_WIDGET = re.compile(r"(?:^|\s)widget(?:s|[-_](?!container|wrap)\w*)?(?=\s|$)", re.IGNORECASE)


def _hides_somewhere(value: str) -> bool:
    """Whether a class value hides its element on some screen ("hidden-xs", "md:hidden",
    "is-hidden"): content shown on one kind of screen only is a page's secondary content."""
    for token in value.split():
        token = token.rsplit(":", 1)[-1].lower()
        if "hidden" in token and "overflow" not in token:
            return True
    return False


_PUNCTUATION = str.maketrans("", "", string.punctuation + "«»“”‘’…•·|■□●◆【】")


def fold(text: str) -> str:
    """Text as the phrases below are written: case and punctuation folded, spaces collapsed.

    >>> fold("Read More »")
    'read more'
    """
    return " ".join(text.translate(_PUNCTUATION).casefold().split())


# Whole paragraphs that are page furniture, compared after folding case and punctuation.
BOILERPLATE_PHRASES = frozenset(
    """
    continue reading|read more|read full story|read the full story|trending|related|related
    articles|related stories|related posts|more stories|more from|most read|most popular|recommended|
    recommended for you|you may also like|you might also like|share|share this|share this article|
    share this story|share it|share on facebook|share on twitter|share via email|connect with us|follow us|
    follow us on|sign up|subscribe|subscribe now|advertisement|advertising|sponsored|ad|comments|
    leave a comment|leave a reply|click here|print|email|copy link|link copied|tags|topics|
    weiterlesen|mehr zum thema|anzeige|werbung|das könnte sie auch interessieren|lesen sie auch|
    auch interessant|teilen|lire aussi|lire la suite|publicité|à lire aussi|partager|leer más|
    publicidad|compartir|te puede interesar|leggi anche|pubblicità|condividi|lees ook|advertentie|
    delen|läs också|annons|dela|czytaj też|reklama|udostępnij|leia também|publicidade|
    compartilhar|back to top|skip to content|skip advertisement|listen to this article|
    story continues below advertisement|article continues below|scroll to continue|
    twitter|facebook|whatsapp|linkedin|pinterest|telegram|drucken|imprimer|imprimir|stampa|
    kommentare|commentaires|comentarios|commenti|reacties|feedback|mehr|more|caption|
    toggle caption|hide caption|enlarge this image|close|expand|collapse|don't miss|dont miss|
    explore further|nicht verpassen|like this|like loading|sukai ini|suka memuat|
    gefällt mir wird geladen|jaime chargement|me gusta cargando|sharing is caring|
    table of contents|contents|in this article|inhaltsverzeichnis|sommaire|índice|iklan|annonce|
    anuncio|reklame|mainos|key event|auf dieser seite|already have an account log in|
    already have an account sign in|already a subscriber log in|already a subscriber sign in|
    czytaj więcej|czytaj także|zobacz też|zobacz także|noticia relacionada|noticias relacionadas|
    para saber más|te recomendamos|à découvrir|à lire également|lire également|mehr lesen über|
    weitere themen|reklam|ilginizi çekebilir|реклама|читайте также|читайте також|leia mais|
    saiba mais|lees meer|läs mer|læs også|læs mere|les mer|les også|latest videos|latest videos from|
    jetzt weiterlesen|fehler gefunden jetzt melden|weitere informationen|ende der weiteren informationen|
    bitte beachten|embed|next|previous|next article|previous article|next story|nächster artikel|
    vorheriger artikel|article suivant|article précédent|siguiente|anterior|التالي|السابق|jump to|
    contents hide|contents show|table of contents hide|table of contents show|
    keine kommentare|no comments|no comments yet|aucun commentaire|sin comentarios|nessun commento|
    gefällt mir|war der artikel nützlich|war dieser artikel hilfreich|war dieser artikel nützlich|
    war dieser beitrag hilfreich|was this article helpful|was this helpful|was this page helpful|
    did you find this article helpful|cet article vous a-t-il été utile|cet article vous a t il été utile|
    ¿te ha resultado útil este artículo|te ha resultado útil este artículo|
    sie könnten auch interessiert sein|das könnte sie auch interessieren|
    enjoy the post pin it for later|pin it for later|pin it|article sources|cite as|
    date last reviewed|last modified|last updated|zuletzt aktualisiert|dernière mise à jour
    """.replace("\n", " ").split("|")
)
BOILERPLATE_PHRASES = frozenset(" ".join(p.split()) for p in BOILERPLATE_PHRASES)

# Headings that open what comes after the story ("Related", "You may also like"): the story
# ends there. Compared after folding case and punctuation, as whole text or as its start.
END_OF_STORY_HEADINGS = (
    "related", "related articles", "related stories", "related posts", "related news",
    "related content", "related topics", "read more", "more stories", "more from", "more on",
    "more news", "latest news", "latest stories", "you may also like", "you might also like",
    "recent articles", "recent posts", "recent stories", "latest articles", "latest posts",
    "more articles", "more posts", "more videos", "similar articles", "similar posts",
    "you may be interested", "recommended", "recommended for you", "trending", "trending now",
    "most read", "most popular", "popular", "popular stories", "editors picks", "top stories",
    "comments", "leave a comment", "leave a reply", "join the conversation", "share this",
    "about the author", "der autor", "die autorin", "zum autor", "zur autorin", "über den autor",
    "über die autorin", "l'auteur", "à propos de l'auteur", "sobre el autor", "written by",
    "newsletter", "sign up", "mehr zum thema", "das könnte sie auch", "sie könnten auch",
    "lesen sie auch", "weitere artikel", "meistgelesen", "auch interessant", "ähnliche nachrichten",
    "ähnliche artikel", "das könnte dich auch interessieren", "related article", "lire aussi",
    "à lire aussi", "sur le même sujet", "les plus lus", "te puede interesar", "más noticias",
    "lo más leído", "leggi anche", "più letti", "você pode gostar", "veja também",
    "leia também", "mais lidas", "les også", "läs också", "lees ook", "czytaj też",
    "関連記事", "関連キーワード", "関連ニュース", "人気記事", "おすすめ記事", "アクセスランキング",
    "相关新闻", "相关阅读", "相关文章", "热门推荐", "관련기사", "관련 기사", "많이 본 뉴스",
)

# Words of an end-of-story heading after which the page never goes back to the story (comments,
# the author's box, sign-up and share prompts), compared inside the folded heading.
FINAL_HEADING_WORDS = (
    "comment", "reply", "conversation", "author", "written by", "newsletter", "sign up", "share",
    "kommentar", "commentaire", "comentario", "commento", "reactie", "autor", "auteur", "teilen",
    "partager", "compartir", "condividi",
)

# The classes WordPress gives every post's element ("hentry", "type-post"): a card of one inside
# the story is another post.
POST_CLASSES = ("hentry", "type-post")

# Openings of a paragraph that make it furniture whatever follows.
BOILERPLATE_PREFIXES = (
    "copyright ©", "copyright (c)", "© copyright", "all rights reserved", "read more:",
    "related:", "see also:", "click here to", "sign up for", "subscribe to", "follow us on",
    "follow @", "lesen sie auch:", "mehr zum thema:", "lire aussi :", "lire aussi:", "leer más:",
    "leggi anche:", "this article was originally published", "want more", "also read",
    "read also", "see also", "also see", "more on this", "lesen sie auch", "lees ook",
    "läs också", "leia também", "lee también", "lire aussi", "leggi anche", "read next",
    "related reading", "recommended reading:", "you may also be interested", "you may also like",
    "you might also like", "read more about", "learn more:",
    # consent placeholders of embedded content
    "ich bin damit einverstanden", "an dieser stelle finden sie", "an dieser stelle findest du",
    "personenbezogene daten können an drittplattformen übermittelt werden",
    "empfohlener redaktioneller inhalt", "externer inhalt", "we need your consent",
    "to view this content", "this content is provided by", "you need to enable javascript",
    "j'accepte que", "en cliquant sur", "acepto que",
    # subscription and app promotion
    "unlimited digital access", "unlimited online access", "access articles from across",
    "exclusive articles from", "exclusive articles by", "our website is your destination",
    "stay informed with", "aktuelle nachrichten aufs handy", "abonniere den", "abonnieren sie",
    "get the app", "download the app", "sign up to", "subscribe for", "jetzt abonnieren",
    # broadcast credits, video teasers, contact and donation appeals, form notices
    "sendung:", "watch |", "watch:", "got a story?", "do you have a story", "for more stories like this",
    "have a tip?", "got a tip?", "get the latest updates", "get our newsletter",
    "by signing up you consent", "by signing up, you agree", "by signing up you agree",
    "view this post on instagram", "a post shared by", "follow me on", "dieses thema im programm",
    "mit meiner anmeldung zum newsletter", "auf dieser seite:",
    "this site is protected by recaptcha", "hat ihnen dieser artikel gefallen", "この記事は会員限定です",
    # picture credits
    "photo:", "photos:", "foto:", "fotos:", "bild:", "image:", "credit:", "picture:", "bildrechte:",
    "bildquelle:", "image credit:", "photo credit:", "image credits:", "photo credits:",
    # a forwarded newsletter's sign-up line
    "was this newsletter forwarded",
    # the story's tag line, its label then the tags ("Tags: Employment, Health & Fitness")
    "tags:", "tags :", "tags\n", "topics:", "schlagwörter:", "stichwörter:", "etiquetas:",
    "mots-clés:", "mots-clés :",
)

# Openings of a line that sets the story's metadata apart ("Category : Press Releases", "Last
# Modified: ..."): furniture up to ``MAX_META_LINE_CHARS``; a longer one is a sentence.
META_LINE_PREFIXES = (
    "category:", "category :", "categories:", "kategorie:", "catégorie :", "catégorie:",
    "categoría:", "last modified:", "last modified on", "date last reviewed:", "last reviewed:",
)
MAX_META_LINE_CHARS = 80

# Openings of a short paragraph (a line or two, ``MAX_SHORT_FURNITURE_CHARS``) that make it
# furniture: calls to follow, join, install or give, and teasers' labels, in each language's own
# phrasing. A long paragraph that opens so is the story talking about them.
SHORT_FURNITURE_PREFIXES = (
    "síguenos en", "siguenos en", "síguenos también en", "únete a nuestro canal", "suscríbete a",
    "suivez-nous sur", "abonnez-vous à", "téléchargez l'application", "folgen sie uns auf",
    "folge uns auf", "laden sie die app", "seguici su", "iscriviti alla", "siga-nos no", "siga-nos nas",
    "volg ons op", "följ oss på", "join our telegram", "join our whatsapp", "join our newsletter",
    "support our journalism", "if you liked this post", "if you liked this article",
    "if you liked this blog post", "if you enjoyed this post", "if you enjoyed this article",
    "enjoy the post?", "did you like this article", "sie könnten auch", "à lire aussi", "a lire aussi",
    "à voir aussi", "lisez aussi",
)
MAX_SHORT_FURNITURE_CHARS = 250

# Openings of the credit lines that close a story ("Reporting by ...; Editing by ...", "First
# published in The Conversation"): not the story, when among its last lines. Compared with the
# line's start after folding case and punctuation.
SIGN_OFF_PREFIXES = (
    "reporting by", "additional reporting by", "with reporting by", "writing by", "editing by",
    "compiled by", "with reports from", "with additional reporting", "first published in",
    "first published on", "first published by", "this article first appeared",
    "this story first appeared", "this article originally appeared", "this story originally appeared",
    "this story was originally published", "this article is republished", "mit agenturmaterial",
    "mit material von", "dieser artikel ist zuerst", "dieser beitrag ist zuerst",
    "dieser artikel erschien zuerst", "avec afp", "avec agences", "con información de",
    "aus dem englischen von", "aus dem amerikanischen von", "translated by", "translated from",
)
# Labelled credits, read with their colon: "Redaktion: Ana Lima", "Übersetzung: ...".
SIGN_OFF_LABELS = (
    "redaktion:", "schlussredaktion:", "übersetzung:", "mitarbeit:", "translation:", "traduction :",
    "traduction:",
)
# News agencies whose name alone on a line credits the story ("AFP", "SDA/sep", "(dpa)").
NEWS_AGENCIES = (
    "afp", "dpa", "ap", "reuters", "sda", "apa", "kna", "epd", "ddp", "ansa", "efe", "ats", "belga",
    "anp", "ntb", "ritzau", "ctk", "pap", "dts", "tmn",
)
# What follows an author's name in the note on who wrote the story ("Jane Roe is a senior
# researcher ...", "... ist ZDF-Reporterin", "... has no position in the stocks mentioned").
AUTHOR_NOTE_VERBS = (
    "is", "was", "has", "writes", "covers", "ist", "war", "schreibt", "est", "es", "è", "är", "er",
    "jest", "é",
)
# Endings of a credit line: "... contributed to this report."
SIGN_OFF_SUFFIXES = ("contributed to this report", "contributed to this story", "contributed reporting")

# The template's notices: a paywall's where the free part of the story ends ("Il vous reste 57%
# de cet article à lire", "Subscribe to continue reading", "Für 0,99 € können Sie diesen Artikel
# erwerben"), and a blog post's footer ("This entry was posted in News. Bookmark the permalink.",
# "You can follow any responses to this entry through the RSS 2.0 feed"): matched on the
# lower-cased text of short paragraphs only (a case-blind regex costs three times as much).
NOTICE_LINE = re.compile(
    r"\bsubscribe to (?:continue|keep) reading\b|\bthis (?:article|story|content|post) is (?:only )?"
    r"(?:available|reserved) (?:to|for) (?:subscribers|members)\b|\bfor subscribers only\b"
    r"|\bil vous reste [\d.,]+\s*% de cet article\b|\bréservée? aux abonnés\b"
    r"|\bnur für abonnenten\b|\bsie sind bereits (?:kunde|abonnent(?:in)?)\b"
    r"|\bkönnen sie diesen artikel (?:erwerben|kaufen)\b|\bmit (?:einem|dem) abo weiterlesen\b"
    r"|\b(?:contenido|artículo) (?:exclusivo )?para suscriptores\b|\bs[oó]lo para suscriptores\b"
    r"|\briservato agli abbonati\b|\balleen voor abonnees\b"
    r"|\bfollow any responses to this entry\b|\bantworten zu diesem eintrag\b|\bbookmark the permalink\b"
    r"|\blesezeichen für den permalink\b|\bthis entry was posted (?:in|on)\b"
    r"|\bto read the rest of this (?:story|article)\b|\bread more of this content when you subscribe\b"
    r"|\bunlock this (?:piece|article|story)\b|\bexclusive to [\w+ ]{1,30} subscribers\b"
)

# A paragraph that asks the reader to follow, sign up or write in, in the news sites' phrasing
# ("Follow Metro on Twitter and Facebook", "sign up for our free weekly newsletter", "Follow us
# on Google News"): a promotion set among the paragraphs. Matched on the folded text of short
# paragraphs only; a story sentence that mentions a newsletter does not ask for a sign-up.
PROMOTION_LINE = re.compile(
    r"\bfollow\b.{0,60}\bon (?:twitter|facebook|instagram|google news|x|tiktok|linkedin|whatsapp)\b"
    r"|\bgoogle news\b"
    r"|\bsign(?:ing)? up (?:for|to) (?:our|the) (?:free )?(?:\w+ )?(?:\w+ )?newsletters?\b"
    r"|\bget in touch with our\b|\bour news team\b"
)
