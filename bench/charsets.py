"""Encoding detectors side by side: which reads undeclared legacy-encoded pages right, how fast.

    python bench/charsets.py [--corpus ../shared/corpus/fundus]

Each article text of the corpus (its truth ``body``) in a language with a legacy encoding is
written as a page in that encoding with no ``<meta charset>``, and each detector is given the
sample articlekit gives it (4,096 bytes from the first non-ASCII byte). A detector is right when
decoding the whole page with its guess gives the text back exactly. Also: the same detectors on
the corpus's own pages that are not UTF-8 (none in the shared corpora today).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

# Encodings a page may be in without saying so, by the language of its text (fundus ids start
# with the country code).
ENCODINGS = {
    "ru": ["windows-1251", "koi8-r"], "ua": ["windows-1251"], "jp": ["shift_jis", "euc_jp", "iso2022_jp"],
    "tw": ["big5"], "kr": ["euc_kr"], "de": ["windows-1252"], "fr": ["windows-1252"],
    "es": ["windows-1252"], "cz": ["windows-1250", "iso-8859-2"], "pl": ["windows-1250", "iso-8859-2"],
    "tr": ["windows-1254"], "il": ["windows-1255"], "lb": ["windows-1256"], "gr": ["iso-8859-7"],
    "vn": ["windows-1258"],
}
CHINESE = "新华社北京电 国家统计局今天发布数据显示，前三季度国内生产总值同比增长百分之五，经济运行总体平稳。"
TRADITIONAL = "中央社台北電 行政院今天通過明年度總預算案，經濟部表示出口訂單連續三個月成長，產業景氣逐步回溫。"
SAMPLE_BYTES = 4096


def page(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line.strip())
    return f"<!DOCTYPE html><html><head><title>t</title></head><body><article>{paragraphs}</article></body></html>"


def sample(data: bytes) -> bytes:
    first = next((i for i, b in enumerate(data) if b >= 0x80), 0)
    return data[first : first + SAMPLE_BYTES]


def detect_chardet(data: bytes) -> str | None:
    import chardet

    return chardet.detect(data)["encoding"]


def detect_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus" / "fundus"))
    args = parser.parse_args()
    corpus = Path(args.corpus)
    cases: list[tuple[str, bytes, str]] = []  # (encoding, page bytes, text)
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        for encoding in ENCODINGS.get(truth["id"].split("_")[0], []):
            html = page(truth.get("body") or "")
            try:
                cases.append((encoding, html.encode(encoding), html))
            except UnicodeEncodeError:
                html = html.encode(encoding, errors="ignore").decode(encoding)
                cases.append((encoding, html.encode(encoding), html))
    for encoding in ("gb18030", "gbk", "big5"):
        html = page("\n".join([CHINESE if encoding != "big5" else TRADITIONAL] * 20))
        cases.append((encoding, html.encode(encoding), html))
    detectors = {"chardet": detect_chardet, "charset-normalizer": detect_normalizer}
    for name, detect in detectors.items():
        report(name + " alone", cases, lambda data, detect=detect: detect(sample(data)))
    from articlekit.dom import decode as module

    for name, propose in (("chardet", lambda s: [detect_chardet(s) or "windows-1252"]), ("charset-normalizer", None)):
        if propose is not None:
            saved, module.detector_proposals = module.detector_proposals, propose  # type: ignore[assignment]
        try:
            report(f"articlekit's decode, {name} proposing", cases, lambda data: module.decode(data).encoding)
        finally:
            if propose is not None:
                module.detector_proposals = saved
    legacy: defaultdict[str, int] = defaultdict(int)
    for path in sorted(corpus.parent.glob("*/pages/*.html.gz")):
        try:
            gzip.decompress(path.read_bytes()).decode("utf-8")
        except UnicodeDecodeError:
            legacy[path.name] += 1
    print(f"pages of {corpus.parent} that are not UTF-8: {len(legacy)}")


def report(name: str, cases: list[tuple[str, bytes, str]], guess_of: Callable[[bytes], str | None]) -> None:
    """Print how many pages ``guess_of`` reads back exactly, per encoding, and its CPU time."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    seconds = 0.0
    for encoding, data, text in cases:
        total[encoding] += 1
        started = time.process_time()
        guess = guess_of(data)
        seconds += time.process_time() - started
        try:
            ok = guess is not None and data.decode(guess) == text
        except (LookupError, UnicodeDecodeError):
            ok = False
        right[encoding] += ok
    share = sum(right.values()) / sum(total.values())
    print(f"{name}: {sum(right.values())}/{sum(total.values())} right ({share:.3f}), "
          f"{1000 * seconds / len(cases):.2f} ms CPU a page")
    print("   " + ", ".join(f"{enc} {right[enc]}/{total[enc]}" for enc in sorted(total)))


if __name__ == "__main__":
    main()
