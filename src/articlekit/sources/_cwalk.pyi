from .index import PageIndex

def walk(index: PageIndex) -> None: ...

WIDE_SPACES: tuple[int, ...]
LOWERING_TO_ASCII: tuple[int, ...]

def classify(value: str) -> tuple[bool, bool, bool] | None: ...
