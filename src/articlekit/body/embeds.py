"""Embedded posts and players as ``Embed`` blocks.

An ``<iframe>`` is code and goes with the page's other code before any walk (``dom.tree.
strip_code``); one that shows a video, a post, a podcast or a chart is first left in the tree as
a text-less marker element (``mark_embeds``), which the body's walk turns into an ``Embed``
where it stood. A post the page quotes in HTML (a tweet's ``<blockquote class="twitter-tweet">``)
is an ``Embed`` with the quoted text, which stays part of the body's text.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree

from ..dom.tree import Element
from ..model import Embed
from .inline import link_target

# The marker an embedded frame leaves in the tree: no text, and a tag no page uses.
EMBED_TAG = "articlekit-embed"

# Host (without "www.") -> provider, for the frames and links of the services pages embed.
PROVIDERS = {
    "youtube.com": "youtube",
    "youtube-nocookie.com": "youtube",
    "youtu.be": "youtube",
    "player.vimeo.com": "vimeo",
    "vimeo.com": "vimeo",
    "dailymotion.com": "dailymotion",
    "platform.twitter.com": "twitter",
    "twitter.com": "twitter",
    "x.com": "twitter",
    "instagram.com": "instagram",
    "tiktok.com": "tiktok",
    "facebook.com": "facebook",
    "open.spotify.com": "spotify",
    "w.soundcloud.com": "soundcloud",
    "embed.podcasts.apple.com": "apple-podcasts",
    "podcasts.apple.com": "apple-podcasts",
    "datawrapper.dwcdn.net": "datawrapper",
    "flo.uri.sh": "flourish",
    "public.flourish.studio": "flourish",
    "google.com": "google",
    "bandcamp.com": "bandcamp",
}
# Hosts whose frames are advertising or tracking, never part of a story.
AD_HOSTS = frozenset({
    "googlesyndication.com", "doubleclick.net", "googleadservices.com", "amazon-adsystem.com",
    "adnxs.com", "taboola.com", "outbrain.com", "criteo.com", "facebook.net",
})
# Class names of the quoted posts social networks' embed scripts turn into players.
QUOTED_POSTS = {"twitter-tweet": "twitter", "instagram-media": "instagram", "tiktok-embed": "tiktok"}
# The attributes a frame keeps its address in (lazy loaders move ``src`` aside).
_FRAME_SOURCES = ("src", "data-src", "data-lazy-src")


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def provider_of(url: str) -> str | None:
    """The service an embedded address belongs to ("youtube"), "iframe" for another page,
    or None for an advertising or tracking frame."""
    host = _host(url)
    if not host or any(host == ad or host.endswith("." + ad) for ad in AD_HOSTS):
        return None
    found = PROVIDERS.get(host)
    if found is None and host.count(".") > 1:
        found = PROVIDERS.get(host.split(".", 1)[1])  # "m.youtube.com", "de.tiktok.com"
    return found or "iframe"


def mark_embeds(root: Element, base: str | None) -> None:
    """Leave a marker (``EMBED_TAG``, with the frame's address and provider) in place of each
    ``<iframe>`` that embeds something a reader sees; ``strip_code`` then takes the frames."""
    for frame in list(root.iter("iframe")):
        address = next((value for name in _FRAME_SOURCES if (value := frame.get(name))), None)
        url = link_target(address, base) if address else None
        if url is None or not url.startswith(("http://", "https://")):
            continue
        provider = provider_of(url)
        if provider is None:
            continue
        marker = etree.Element(EMBED_TAG, {"data-url": url, "data-provider": provider})
        marker.tail = frame.tail
        parent = frame.getparent()
        if parent is not None:
            parent.replace(frame, marker)


def embed_of(marker: Element) -> Embed | None:
    url, provider = marker.get("data-url"), marker.get("data-provider")
    return Embed(url, provider) if url and provider else None


def quoted_post(quote: Element, text: str, base: str | None) -> Embed | None:
    """The ``Embed`` of a post a page quotes in HTML (a tweet's ``<blockquote
    class="twitter-tweet">``), with its text; None for any other quotation."""
    classes = (quote.get("class") or "").split()
    provider = next((QUOTED_POSTS[c] for c in classes if c in QUOTED_POSTS), None)
    if provider is None:
        return None
    url = quote.get("data-instgrm-permalink") or quote.get("cite")
    if not url:
        # A tweet's address is its last link (the date under the text).
        links = [a.get("href") for a in quote.iter("a") if a.get("href")]
        url = links[-1] if links else None
    target = link_target(url, base) if url else None
    return Embed(target, provider, text) if target else None
