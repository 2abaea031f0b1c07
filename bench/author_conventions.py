"""How many author misses on a corpus come from its truth's conventions rather than from us.

    python bench/author_conventions.py CORPUS_DIR PREDICTIONS.jsonl

PREDICTIONS is what ``bench/run.py --keep DIR`` (or any run) wrote for the corpus: one JSON
object per page with ``id`` and ``authors``. A page whose author set misses (exact set, as
``score.py`` compares it) is put in one class, checked in this order:

- ``credentials split``: the truth lists the names we give plus pieces that are credentials or
  roles ("Tracy Parker, Dietitian" -> ["Tracy Parker", "Dietitian"]; "MD", "DVM", "CEPF®",
  "Shipping Expert"): the byline was split at every comma. The project's rule (issue 22) keeps
  roles out of names ("By TOM KRISHER, AP Auto Writer" must not keep "AP Auto").
- ``kept verbatim``: each truth name is one of ours with a note kept around it ("Jean-Luc
  Aufranc (CNXSoft)", "Laura / House Plant House", "Sergio Martínez-Beltrán | The Texas
  Newsroom", "Dr. Andrew Huberman") or two of ours joined by "&" ("Maria & Katerina").
- ``handle for a display name``: the truth gives a user name ("srauturier") where we give the
  name the page prints ("Solene Rauturier"), which issue 22 asks for.
- ``other``: a real miss.

The adjusted figure counts the convention classes as right; it is what the corpus would say if
its truth followed the rules the project was asked to follow.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

# Words of a role or credential (any case), beyond all-capital letter groups ("MD", "FACLM").
ROLE_WORDS = frozenset(
    """
    expert editor writer director operations dietitian nutritionist columnist contributor
    representative committee liaison candidate ceo founder manager head marketing security digital
    home master horticulturalist garden educator reporter correspondent staff senior sr sr. of the
    and in to for years industry moving lines behavior behaviour md dvm rn phd vmd lvt ba bs ms
    mph facp facs cepf® cfp® cfa e-ryt edited shipping travel
    """.split()
)
_CREDENTIAL = re.compile(r"^[A-Z][A-Z.®\-]{1,8}(?:\s+\d+)?$")
_NOTE = re.compile(r"\s*\([^)]*\)|\s*[|/].*$")
_HONORIFIC = re.compile(r"^(?:dr\.?|prof\.?)\s+", re.IGNORECASE)


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def is_role(piece: str) -> bool:
    """Whether a piece of a byline is a role or credential: it holds a role word or is made of
    capital-letter credentials ("Shipping Expert", "Sr. Director of Operations", "M.D. FACLM")."""
    words = [w for w in re.split(r"[\s,;&]+", piece) if w]
    return bool(words) and (
        any(w.casefold() in ROLE_WORDS for w in words) or all(_CREDENTIAL.match(w) or w.isdigit() for w in words)
    )


def classify(truth: list[str], ours: list[str]) -> str:
    t, o = {fold(a) for a in truth if fold(a)}, {fold(a) for a in ours if fold(a)}
    if o and o < t and all(is_role(a) for a in truth if fold(a) not in o):
        return "credentials split"
    bare = {fold(_HONORIFIC.sub("", _NOTE.sub("", a))) for a in truth}
    joined = {fold(p) for a in truth for p in re.split(r"\s+&\s+", a)}
    reversed_name = {fold(" ".join(reversed(truth)))} if len(truth) == 2 else set()  # "Kaufman, Jeff T."
    if o and (bare == o or joined == o or reversed_name == o):
        return "kept verbatim"
    if len(t) == 1 and len(o) == 1:
        (handle,) = t
        (name,) = o
        words = name.split()
        if " " not in handle and handle not in words and any(len(w) >= 3 and w in handle for w in words):
            return "handle for a display name"
    return "other"


def main() -> None:
    corpus, predictions = Path(sys.argv[1]), Path(sys.argv[2])
    truth = {json.loads(line)["id"]: json.loads(line) for line in (corpus / "truth.jsonl").open(encoding="utf-8")}
    ours = {json.loads(line)["id"]: json.loads(line) for line in predictions.open(encoding="utf-8")}
    classes: dict[str, list[str]] = defaultdict(list)
    scored = right = 0
    for page_id, page in truth.items():
        if not page.get("authors"):
            continue
        scored += 1
        given = ours.get(page_id, {}).get("authors") or []
        if {fold(a) for a in page["authors"] if fold(a)} == {fold(a) for a in given if fold(a)}:
            right += 1
        else:
            classes[classify(page["authors"], given)].append(page_id)
    conventions = sum(len(ids) for name, ids in classes.items() if name != "other")
    print(f"{corpus.name}: author exact set {right}/{scored} = {right / scored:.3f}")
    for name in ("credentials split", "kept verbatim", "handle for a display name", "other"):
        ids = classes.get(name, [])
        print(f"  {name}: {len(ids)}" + (f"  ({', '.join(ids)})" if name != "other" else ""))
    print(f"  counting the conventions as right: {right + conventions}/{scored} = {(right + conventions) / scored:.3f}")


if __name__ == "__main__":
    main()
