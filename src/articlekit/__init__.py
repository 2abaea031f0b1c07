"""articlekit: news-article HTML in, typed ``Article`` out.

>>> import articlekit
>>> article = articlekit.extract(b"<html><body><h1>Headline of the story</h1></body></html>")
>>> article.headline
'Headline of the story'
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_exports
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
from .serialize import serialize

if TYPE_CHECKING:
    from .pipeline import extract
    from .serialize.json import from_json

# The extraction machinery and the serializers are imported on first use: see ``_lazy``.
# (``serialize`` is imported here: the function shares its name with the subpackage, whose
# import would replace it.)
__getattr__, __dir__ = lazy_exports(__name__, globals(), {"extract": ".pipeline", "from_json": ".serialize.json"})

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
