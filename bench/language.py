"""Language detectors side by side on the corpus pages whose markup declares their language.

    python bench/language.py [CORPUS ...]     (default: wcxb fundus scrapinghub)

For each page whose ``<html lang>`` (or other markup) gives a language, the story's text as
articlekit extracts it is given to each detector (its first 2,000 characters, as articlekit
does), and the detector is right when its language is the declared one (primary subtag:
"de-CH" is "de"). Prints accuracy and CPU time per page, and the start-up cost (import, model).
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import articlekit

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SAMPLE_CHARS = 2000


def py3langid_detector() -> Callable[[str], str]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    return lambda text: str(identifier.classify(text)[0])


def lingua_detector() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str:
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language is not None else ""

    return detect


def main() -> None:
    corpora = sys.argv[1:] or ["wcxb", "fundus", "scrapinghub"]
    samples: list[tuple[str, str]] = []
    for corpus in corpora:
        root = SHARED / corpus
        for line in (root / "truth.jsonl").open(encoding="utf-8"):
            truth = json.loads(line)
            page = gzip.decompress((root / "pages" / f"{truth['id']}.html.gz").read_bytes())
            article = articlekit.extract(page, url=truth.get("url"))
            if article.language and article.text:
                samples.append((article.language.split("-")[0].lower(), article.text[:SAMPLE_CHARS]))
    print(f"{len(samples)} pages with a declared language, {len({lang for lang, _ in samples})} languages")
    for name, build in (("py3langid", py3langid_detector), ("lingua (all languages, models preloaded)", lingua_detector)):
        started = time.process_time()
        detect = build()
        ready = time.process_time() - started
        right = 0
        started = time.process_time()
        for language, text in samples:
            right += detect(text) == language
        seconds = time.process_time() - started
        print(f"{name}: {right}/{len(samples)} = {right / len(samples):.3f} right, "
              f"{1000 * seconds / len(samples):.2f} ms CPU a page, start-up {ready:.2f} s")


if __name__ == "__main__":
    main()
