"""What a title's furniture looks like: the separators, labels and name shapes a CMS adds around a
headline ("Headline | Site", "Headline - Opinion", "## Headline"), kept as data apart from the
code in ``headline.py``.
"""

from __future__ import annotations

import re

# Characters that join a title's parts: "Headline | Site", "Site » Headline", "Headline · Site".
# "ㅣ" (a Hangul vowel) is set as a bar in Korean titles: "제목-정치ㅣ한국일보".
PART_SEPARATORS = "|-–—:·•»ㅣ"

# Separators that set off a site's brand or a section, and never a part of a headline's own
# sentence (a dash or a colon may be either: "Rates held - analysts expected a cut"; "»" closes
# a French quotation: "la « gravité » de la situation").
BRAND_SEPARATORS = frozenset("|·•ㅣ")

# A brand after a bar is a name: a few words ("Harvard Health", "Rust Blog", "Booking.com for
# Business"). A longer part is a second headline or a strapline, and stays.
MAX_BRAND_WORDS = 5

# Section and format labels a CMS sets after the headline ("Headline | Opinion",
# "Headline - Video", "Headline - News - SRF"), compared after case folding. Format words in
# the major languages of the web, and the sections every newspaper has.
SECTION_LABELS = frozenset(
    """
    opinion opinions op-ed editorial editorials commentary analysis explainer column columns
    review reviews interview interviews feature features video videos podcast podcasts photos
    gallery infographic live news blog sport sports politics business local world
    meinung kommentar kolumne analyse politik sport wirtschaft kultur panorama nachrichten
    opinión opinion vidéo vídeo noticias actualité actualités opinione notizie
    """.split()
)

# Section labels that Korean titles glue on with a bare dash ("제목-정치ㅣ한국일보"). A Latin
# word after a bare dash is part of a compound ("pro-business"), so only these are taken off.
GLUED_SECTION_LABELS = frozenset("정치 경제 사회 국제 문화 스포츠 연예 오피니언 사설 칼럼".split())

# Top-level domains of the host names sites put in their titles ("Move.org", "Tageblatt.lu").
# A name with another ending is a product ("Node.js", "ASP.NET").
_TLDS = (
    "com org net edu gov io co info biz news blog tv fm me app dev ai us uk de fr es it nl be ch at "
    "lu se no dk fi pl cz pt ie ca au nz in jp kr cn ru br mx ar za ng ke tr gr hu ro"
).split()

# A host name standing as a site's name: "Newegg.com", "Tageblatt.lu", "ncsc.gov.uk".
_HOST = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:" + "|".join(_TLDS) + r")"
HOST_NAME = re.compile(_HOST, re.IGNORECASE)

# A source credited after an aggregated headline: "Grads find degrees no guarantee (latimes.com)".
# An aggregator may show the story's comment count after it: "(latimes.com) 87".
SOURCE_CREDIT = re.compile(r"\s*\(" + _HOST + r"\)(?:\s+\d+)?\s*$", re.IGNORECASE)

# A Markdown heading mark left in a title by a template that fed it the raw source ("## Title").
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")

