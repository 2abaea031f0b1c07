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
from .model import Article, Block, Caption, Heading, ListBlock, Paragraph, Provenance, Quote, Standfirst, Table
from .options import Options
from .pipeline import extract
from .serialize import from_json, serialize

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleKitError",
    "Block",
    "Caption",
    "EmptyInputError",
    "ExtractionError",
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
    "Table",
    "UnknownFormatError",
    "extract",
    "from_json",
    "serialize",
]
