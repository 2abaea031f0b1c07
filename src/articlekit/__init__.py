"""articlekit: news-article HTML in, typed ``Article`` out.

>>> import articlekit
>>> article = articlekit.extract(b"<html><body><h1>Headline of the story</h1></body></html>")
>>> article.headline
'Headline of the story'
"""

from .errors import (
    ArticleKitError,
    EmptyInputError,
    ExtractionError,
    InputError,
    NotHTMLError,
    SerializationError,
    UnknownFormatError,
)
from .model import (
    Article,
    Block,
    Caption,
    Embed,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Provenance,
    Quote,
    Span,
    Standfirst,
    Table,
)
from .options import Options
from .pipeline import extract
from .serialize import from_json, serialize

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleKitError",
    "Block",
    "Caption",
    "Embed",
    "EmptyInputError",
    "ExtractionError",
    "Figure",
    "Heading",
    "InputError",
    "ListBlock",
    "NotHTMLError",
    "Options",
    "Paragraph",
    "Provenance",
    "Quote",
    "Standfirst",
    "SerializationError",
    "Span",
    "Table",
    "UnknownFormatError",
    "extract",
    "from_json",
    "serialize",
]
