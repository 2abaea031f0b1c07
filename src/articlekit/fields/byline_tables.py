"""What bylines are made of, kept as data apart from the code that reads them.

Words are compared case-folded and without the dots and commas around them. Each table says
what one kind of word does in a byline; ``byline.py`` and ``names.py`` decide with them.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that join two people in one byline ("Ana Lima and Tom Berg"), by language. A word of
# one letter joins only written in lower case and without a dot after it: "Sarah E. Needleman"
# and "Bruce Y. Lee" carry initials, "Ana Lima y Tom Berg" a conjunction.
CONJUNCTIONS = _words(
    """
    and und et og och en oraz ve és ja
    и та і
    """
)
SHORT_CONJUNCTIONS = _words("y e i и і")

# Job titles and desk words: a part made only of these is a role, not a name.
ROLE_WORDS = _words(
    """
    staff writer writers reporter reporters correspondent correspondents editor editors senior
    chief political business sports science health foreign national deputy managing contributing
    contributor columnist columnists analyst producer photographer photographers photo photos
    video news desk bureau team journalist journalists author authors special to the in of for
    redakteur redakteurin redaktion korrespondent korrespondentin reporterin autorin autor
    journaliste rédaction correspondant correspondante envoyé envoyée spécial spéciale redactor redactora corresponsal
    periodista enviado especial giornalista inviato editorial staff wire services agency
    agencies nachrichtenagentur agentur agence agencia associated press by von par por di door from and und et y with mit avec con
    기자 特派員 記者
    autoren autorinnen auteurs autores twitter facebook instagram linkedin whatsapp youtube
    tiktok threads bluesky mastodon telegram email e-mail mail
    tech technology culture travel food style fashion entertainment economics economy finance
    markets climate environment education legal crime investigations investigative data digital
    politics world lead founder co-founder cofounder ceo reviewer expert specialist attorney
    lawyer md phd dvm rn former consultant director manager marketing officer president vice
    head strategist coach nutritionist dietitian therapist physician nurse trainer instructor
    professor scientist engineer developer designer researcher advisor adviser planner
    auto autos motoring wine medical correspondants corresponsales redakteure korrespondenten
    coordinator content winemaker educators horticulture security privacy gardener astrologer co-founder
    marketer hardware software
    корреспондент корреспондентка обозреватель обозревательница редактор журналист журналистка
    спецкор кореспондент кореспондентка оглядач журналіст журналістка редакторка
    """
)
# A person's job title, written before or after the name in one part: "Senior Correspondent
# Jane Doe", "신현주 기자". Desk words (team, staff, desk, editors) are not here: in "Podium
# Staff" or "TOI Lifestyle Desk" they belong to the desk's name.
TITLE_WORDS = _words(
    """
    reporter correspondent writer editor columnist contributor journalist senior chief deputy
    managing contributing political foreign special redakteur redakteurin korrespondent
    korrespondentin reporterin journaliste correspondant correspondante envoyé spécial redactor
    redactora corresponsal periodista enviado giornalista inviato 기자 특파원 記者 特派員 记者
    founder co-founder cofounder ceo reviewer attorney lawyer consultant
    correspondants corresponsales redakteure korrespondenten
    coordinator manager director specialist expert strategist educator educators winemaker marketer
    """
)
# Words glued to the end of a name by markup that sets the title in its own element with no
# space before it: "Howard BlumeStaff Writer", "Mateusz HabernyFounder at Oakywood".
GLUED_TITLE_WORDS = TITLE_WORDS | _words("staff head co director manager")

# Share buttons, social links and form labels that sit in byline boxes; never a name.
NOT_NAMES = _words(
    """
    twitter facebook linkedin instagram whatsapp telegram threads bluesky youtube tiktok pinterest
    reddit flipboard rss email e-mail mail share teilen partager compartir print drucken copy
    comments kommentare x says authorization anonymous anonym admin administrator guest
    name website webseite
    """
) | frozenset(
    {
        "full bio", "view all posts", "view more posts", "more posts", "view profile", "more articles",
        "all articles", "read bio", "all stories", "more by this author", "written by", "posted by",
        "more posts from this author", "more from this author", "more articles by this author",
        "see all", "see more", "view all", "all posts", "more", "about the author", "著者一覧",
        "last update", "last updated", "updated", "sponsored", "sponsored by", "sponsored content",
        "partner content", "insights from", "min read", "mins read", "minute read", "minutes read",
        "sign in", "sign up", "log in", "login", "log out", "register", "subscribe", "your name",
        "view author archive", "author archive", "get author rss feed", "author rss feed",
        "author profile", "author page", "author bio", "follow author", "follow", "contact",
        "contact author", "about", "about us", "anmelden", "abmelden", "registrieren",
        "se connecter", "iniciar sesión", "accedi", "comment", "leave a comment", "reply",
        "view comments", "add comment",
    }
)
# Openings of a link's label in an author box ("Learn more about our contributors", "Articles
# by Juliette": the link to an author's page, not the byline).
LINK_LABELS = (
    "learn more", "read more", "see more", "see all", "view all", "view more", "more from", "more by",
    "articles by", "posts by", "stories by", "more articles", "all articles", "alle artikel",
    "weitere artikel", "mehr von", "plus d'articles", "tous les articles", "más de", "name (",
    "name*", "name *", "e-mail (", "email (", "your ",
)
# Words that open a byline, alone in a part: "capital, von, Jemima Kelly" (a kicker, then the
# byline): what stands before it is not a name.
BARE_LEADS = _words("by von vom par por door av af di de przez")

# What a comment's author line ends with: "Aylin sagt:", "Art Edwards, says:". A byline that
# reads so names a commenter, not the story's writer.
COMMENT_VERBS = _words(
    """
    says said sagt schreibt meint dit écrit dice escribe comentó dice: zegt schreef skriver
    sier säger scrive disse diz kommentiert replied wrote antwortet
    """
)

# What opens a byline: an optional verb or genre ("written", "reported", "ein Kommentar"), then
# the word that introduces the names ("by", "von", "oleh", "Autor:"). ``byline.py`` builds its
# opening pattern from these three tables (phrases of several words are matched with any spaces
# between their words).
LEAD_VERBS: tuple[str, ...] = (
    "this post was written", "this article was written", "this story was written", "this piece was written",
    "this post was authored", "this article was authored", "this story was authored", "this piece was authored",
    "written", "authored", "reported", "posted", "published", "text", "story", "article", "words",
    "photo", "photos", "video", "post author", "erstellt", "geschrieben", "verfasst", "beitrag",
    "blog beitrag", "blogbeitrag", "escrito", "publié", "écrit", "geschreven", "skrevet", "skrivet",
    "interview", "analysis", "opinion", "commentary", "recipe", "reviewed", "medically reviewed",
    "fact checked", "fact-checked", "factchecked", "edited",
    # a genre with its article: "Ein Kommentar von", "A commentary by", "Une analyse de"
    "ein kommentar", "eine analyse", "ein gastbeitrag", "eine kolumne", "ein essay", "ein interview",
    "a commentary", "an analysis", "an opinion", "a column", "an essay", "a guest post",
    "une analyse", "un éditorial", "une tribune", "un análisis", "una columna", "un commento",
)
LEAD_WORDS: tuple[str, ...] = (
    "by", "from", "von", "vom", "par", "por", "di", "de", "door", "av", "af", "przez", "od",
    "autor", "autorin", "author", "authors", "author(s)", "contributor", "contributors", "auteur",
    "autore", "redacción", "texto", "text", "reporter", "scritto da", "a cura di",
    # Indonesian, Malay ("Oleh", their "by", is left out: it is also a Ukrainian first name)
    "penulis", "pewarta", "wartawan",
    "yazan", "yazar",  # Turkish
    "автор", "текст", "авторка",  # Russian, Ukrainian
)

# Courtesy titles kept with a name ("Dr. Ana Lima"): never a person on their own.
HONORIFICS = _words(
    "dr dr. prof prof. mr mr. mrs mrs. ms ms. mx sir dame rev fr. pr. ing mag dipl herr frau sr sra"
)
# Lower-case words inside a name: "Ludwig van Beethoven", "Ana de la Cruz", "Omar bin Laden".
PARTICLES = _words(
    """
    van von der den de del della di da das dos du la le lo los las bin ibn binti bint al el ter
    ten zu zur y e af av vom dal degli dei
    """
)

# Lines that label a byline in languages written without spaces: what follows is the name.
CJK_LABELS = ("责编：", "作者：", "作者:", "记者：", "记者:", "記者：", "記者:", "责任编辑：", "责任编辑:", "責任編輯：", "文：", "文/", "撰文：")
# Words around a CJK name that are its role: "人民网记者 张三", "张三 摄".
CJK_ROLE_WORDS = ("记者", "記者", "责任编辑", "責任編輯", "编辑", "編輯", "特派员", "通讯员", "实习生", "作者", "来源")
