"""One date string -> one value, as news pages in many languages print them.

Written for this project. Each row: the text, the value expected (a ``datetime`` with offset, a
naive ``datetime``, or a ``date`` when the text names only a day) and the page's region hint
where it matters. A second table lists strings that name no single plausible day.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest

from articlekit.fields import date_tables
from articlekit.fields.dates import MAX_DATE_CHARS, parse_date

NOW = datetime(2025, 12, 31, 12, 0, tzinfo=timezone.utc)
UTC = timezone.utc


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


D = date
T = datetime

# (text, expected, region)
STRINGS: list[tuple[str, datetime | date, str | None]] = [
    # ---- machine formats
    ("2019-08-21", D(2019, 8, 21), None),
    ("2019-08-21T06:30:00+02:00", T(2019, 8, 21, 6, 30, tzinfo=tz(2)), None),
    ("2019-08-21T04:30:00Z", T(2019, 8, 21, 4, 30, tzinfo=UTC), None),
    ("2019-08-21T04:30:00.512Z", T(2019, 8, 21, 4, 30, 0, 512000, tzinfo=UTC), None),
    ("2019-08-21T00:00:00+02:00", T(2019, 8, 21, 0, 0, tzinfo=tz(2)), None),
    ("2019-08-21T12:05:09-0700", T(2019, 8, 21, 12, 5, 9, tzinfo=tz(-7)), None),
    ("2022-02-13 20:04:17", T(2022, 2, 13, 20, 4, 17), None),
    ("2022-02-13 20:04", T(2022, 2, 13, 20, 4), None),
    ("Sun, 13 Feb 2022 20:04:17 +0100", T(2022, 2, 13, 20, 4, 17, tzinfo=tz(1)), None),
    ("Sun, 13 Feb 2022 19:04:17 GMT", T(2022, 2, 13, 19, 4, 17, tzinfo=UTC), None),
    ("1644779057", T(2022, 2, 13, 19, 4, 17, tzinfo=UTC), None),
    ("1644779057000", T(2022, 2, 13, 19, 4, 17, tzinfo=UTC), None),
    # ---- English
    ("March 3, 2024", D(2024, 3, 3), None),
    ("Mar 3, 2024", D(2024, 3, 3), None),
    ("3 mar 2024", D(2024, 3, 3), "es"),
    ("Dec. 5, 2025", D(2025, 12, 5), None),
    ("Sept. 12, 2023", D(2023, 9, 12), None),
    ("December 15th 2025", D(2025, 12, 15), None),
    ("Jan 7th, 2023", D(2023, 1, 7), None),
    ("7 Jan 2023", D(2023, 1, 7), None),
    ("2023 Jan 7", D(2023, 1, 7), None),
    ("1st of May 2021", D(2021, 5, 1), None),
    ("Tuesday, 7 January 2023 at 10:15", T(2023, 1, 7, 10, 15), None),
    ("Friday 22 November 2024 06.00 GMT", T(2024, 11, 22, 6, 0, tzinfo=UTC), None),
    ("Nov 22, 2024 9:46 pm", T(2024, 11, 22, 21, 46), None),
    ("Nov 22, 2024, 09:10AM", T(2024, 11, 22, 9, 10), None),
    ("Nov 22, 2024 12:30 a.m.", T(2024, 11, 22, 0, 30), None),
    ("Nov 22, 2024 12:30 p.m.", T(2024, 11, 22, 12, 30), None),
    ("Updated 4:05 PM EST, Fri November 22, 2024", T(2024, 11, 22, 16, 5, tzinfo=tz(-5)), None),
    ("May 3, 2024 10:00 AM ET", T(2024, 5, 3, 10, 0, tzinfo=tz(-4)), None),
    ("January 3, 2024 10:00 AM ET", T(2024, 1, 3, 10, 0, tzinfo=tz(-5)), None),
    ("July 9, 2024 6:15 a.m. PT", T(2024, 7, 9, 6, 15, tzinfo=tz(-7)), None),
    ("February 9, 2024 6:15 a.m. PT", T(2024, 2, 9, 6, 15, tzinfo=tz(-8)), None),
    ("July 9, 2024 6:15 a.m. PST", T(2024, 7, 9, 6, 15, tzinfo=tz(-8)), None),
    ("July 9, 2024 2 p.m. Eastern", T(2024, 7, 9, 14, 0, tzinfo=tz(-4)), None),
    ("Oct 30, 2024 11:00 CT", T(2024, 10, 30, 11, 0, tzinfo=tz(-5)), None),
    ("Dec 30, 2024 11:00 MT", T(2024, 12, 30, 11, 0, tzinfo=tz(-7)), None),
    ("14 August 2024, 08:00 BST", T(2024, 8, 14, 8, 0, tzinfo=tz(1)), None),
    ("14 August 2024 08:00 UK time", T(2024, 8, 14, 8, 0, tzinfo=tz(1)), None),
    ("14 December 2024 08:00 UK time", T(2024, 12, 14, 8, 0, tzinfo=UTC), None),
    ("14 August 2024 17:30 IST", T(2024, 8, 14, 17, 30, tzinfo=tz(5.5)), "en-IN"),
    ("14 August 2024 09:30 AEST", T(2024, 8, 14, 9, 30, tzinfo=tz(10)), "en-AU"),
    ("14 August 2024 09:30 GMT+8", T(2024, 8, 14, 9, 30, tzinfo=tz(8)), None),
    ("25/10/2020", D(2020, 10, 25), None),
    ("10/25/2020", D(2020, 10, 25), None),
    ("02/10/2020", D(2020, 2, 10), "en-US"),
    ("02/10/2020", D(2020, 10, 2), "en-GB"),
    ("02/10/2020", D(2020, 10, 2), "en_GB"),
    ("02/10/2020", D(2020, 2, 10), "us"),
    ("02/10/2020", D(2020, 10, 2), "gb"),
    ("02/10/2020 14:30", T(2020, 10, 2, 14, 30), "en-IN"),
    ("07/07/2020", D(2020, 7, 7), None),
    ("12-25-2023", D(2023, 12, 25), None),
    # ---- German, Austrian
    ("23.01.2019", D(2019, 1, 23), None),
    ("23.01.2019, 17:45 Uhr", T(2019, 1, 23, 17, 45), None),
    ("23.01.19", D(2019, 1, 23), None),
    ("3. Juli 2018", D(2018, 7, 3), None),
    ("Dienstag, 3. Juli 2018", D(2018, 7, 3), None),
    ("3. Juli 2018, 14:12 Uhr", T(2018, 7, 3, 14, 12), None),
    ("3. Juli 2018 um 14:12 Uhr", T(2018, 7, 3, 14, 12), None),
    ("Veröffentlicht am 3. Juli 2018", D(2018, 7, 3), None),
    ("3. Juli 2018, 14:12 MESZ", T(2018, 7, 3, 14, 12, tzinfo=tz(2)), None),
    ("12. Jänner 2021", D(2021, 1, 12), "de-AT"),
    ("12. Feber 2021", D(2021, 2, 12), "de-AT"),
    ("12. Maerz 2021", D(2021, 3, 12), None),
    ("12. Okt. 2021", D(2021, 10, 12), None),
    ("02/10/2020", D(2020, 10, 2), "de"),
    # ---- French
    ("29 juin 2019", D(2019, 6, 29), None),
    ("1er juin 2019", D(2019, 6, 1), None),
    ("samedi 29 juin 2019 à 08h12", T(2019, 6, 29, 8, 12), None),
    ("Publié le 29 juin 2019 à 08:12", T(2019, 6, 29, 8, 12), None),
    ("29 juin 2019 à 8h12", T(2019, 6, 29, 8, 12), None),
    ("29 aout 2019", D(2019, 8, 29), None),
    ("29 août 2019", D(2019, 8, 29), None),
    ("12 févr. 2021", D(2021, 2, 12), None),
    ("12 décembre 2021", D(2021, 12, 12), None),
    ("12 decembre 2021", D(2021, 12, 12), None),
    ("02/10/2020", D(2020, 10, 2), "fr-CA"),
    # ---- Spanish, Catalan
    ("3 de mayo de 2024", D(2024, 5, 3), None),
    ("3 de mayo del 2024", D(2024, 5, 3), None),
    ("viernes, 3 de mayo de 2024", D(2024, 5, 3), None),
    ("3 de mayo de 2024 a las 10:15", T(2024, 5, 3, 10, 15), None),
    ("3 de mayo de 2024, 10:15 h", T(2024, 5, 3, 10, 15), None),
    ("1º de mayo de 2024", D(2024, 5, 1), None),
    ("15 set. 2024", None, None),  # "set" is left out of the table: this one is not read
    ("15 de septiembre de 2024", D(2024, 9, 15), None),
    ("15 de setiembre de 2024", D(2024, 9, 15), None),
    ("3 d'abril de 2024", D(2024, 4, 3), "ca"),
    ("3 de març de 2024", D(2024, 3, 3), "ca"),
    ("3 de juliol de 2024", D(2024, 7, 3), "ca"),
    # ---- Portuguese
    ("3 de Maio de 2024", D(2024, 5, 3), None),
    ("3 de março de 2024", D(2024, 3, 3), None),
    ("3 de marco de 2024", D(2024, 3, 3), None),
    ("03/05/2024 às 10h15", T(2024, 5, 3, 10, 15), "pt-BR"),
    ("sexta-feira, 3 de maio de 2024", D(2024, 5, 3), None),
    ("3 dezembro 2024", D(2024, 12, 3), None),
    # ---- Italian
    ("3 maggio 2024", D(2024, 5, 3), None),
    ("3 maggio 2024 alle 10:15", T(2024, 5, 3, 10, 15), None),
    ("venerdì 3 maggio 2024", D(2024, 5, 3), None),
    ("3 settembre 2024", D(2024, 9, 3), None),
    ("3 lug 2024", D(2024, 7, 3), None),
    # ---- Dutch
    ("3 mei 2024", D(2024, 5, 3), None),
    ("vrijdag 3 mei 2024, 10:15", T(2024, 5, 3, 10, 15), None),
    ("3 mrt 2024", D(2024, 3, 3), None),
    ("3 oktober 2024", D(2024, 10, 3), None),
    # ---- Swedish, Danish, Norwegian, Finnish
    ("3 maj 2024", D(2024, 5, 3), None),
    ("3 augusti 2024 kl. 10.15", T(2024, 8, 3, 10, 15), None),
    ("3. marts 2024", D(2024, 3, 3), None),
    ("3. desember 2024 kl. 10.15", T(2024, 12, 3, 10, 15), None),
    ("15. maaliskuuta 2024", D(2024, 3, 15), None),
    ("15.3.2024 klo 10.15", T(2024, 3, 15, 10, 15), None),
    ("3. joulukuuta 2024", D(2024, 12, 3), None),
    # ---- Polish
    ("15 marca 2024", D(2024, 3, 15), None),
    ("15 marca 2024 r.", D(2024, 3, 15), None),
    ("15 października 2024", D(2024, 10, 15), None),
    ("15 pazdziernika 2024", D(2024, 10, 15), None),
    ("3 listopada 2024, 10:15", T(2024, 11, 3, 10, 15), "pl"),
    ("15 lutego 2024", D(2024, 2, 15), None),
    # ---- Czech, Slovak
    ("15. března 2024", D(2024, 3, 15), None),
    ("15. brezna 2024", D(2024, 3, 15), None),
    ("dne 15. března 2024", D(2024, 3, 15), None),
    ("15. 3. 2024 10:15", T(2024, 3, 15, 10, 15), None),
    ("23. 1. 2019", D(2019, 1, 23), None),
    ("3. listopadu 2024", D(2024, 11, 3), None),
    ("3. září 2024", D(2024, 9, 3), None),
    ("3. července 2024", D(2024, 7, 3), None),
    ("3. júla 2024", D(2024, 7, 3), "sk"),
    ("3. decembra 2024", D(2024, 12, 3), "sk"),
    # ---- Hungarian, Romanian
    ("2024. március 15.", D(2024, 3, 15), None),
    ("2024. március 15. 10:15", T(2024, 3, 15, 10, 15), None),
    ("2024. 03. 15.", D(2024, 3, 15), "hu"),
    ("15 martie 2024", D(2024, 3, 15), None),
    ("15 decembrie 2024, 10:15", T(2024, 12, 15, 10, 15), None),
    # ---- Croatian, Serbian, Slovenian
    ("15. ožujka 2024.", D(2024, 3, 15), "hr"),
    ("3. listopada 2024.", D(2024, 10, 3), "hr"),
    ("3. listopad 2024.", D(2024, 10, 3), "hr-HR"),
    ("15. mart 2024.", D(2024, 3, 15), "sr-Latn"),
    ("15. marec 2024", D(2024, 3, 15), "sl"),
    # ---- Turkish
    ("15 Mart 2024 Cuma", D(2024, 3, 15), None),
    ("15 Mart 2024 14:30", T(2024, 3, 15, 14, 30), None),
    ("15 Ağustos 2024", D(2024, 8, 15), None),
    ("15 Agustos 2024", D(2024, 8, 15), None),
    ("15 Kasım 2024", D(2024, 11, 15), None),
    ("15 KASIM 2024", D(2024, 11, 15), None),
    ("15 Aralık 2024 saat 10:15", T(2024, 12, 15, 10, 15), None),
    # ---- Greek
    ("15 Μαρτίου 2024", D(2024, 3, 15), None),
    ("15 Μαρτιου 2024", D(2024, 3, 15), None),
    ("15 ΜΑΡΤΙΟΥ 2024", D(2024, 3, 15), None),
    ("15 Μαΐου 2024", D(2024, 5, 15), None),
    ("15 ΜΑΪΟΥ 2024", D(2024, 5, 15), None),
    ("Παρασκευή 15 Μαρτίου 2024, 10:15", T(2024, 3, 15, 10, 15), None),
    # ---- Russian, Ukrainian, Bulgarian
    ("15 марта 2024 г.", D(2024, 3, 15), None),
    ("15 марта 2024 года", D(2024, 3, 15), None),
    ("15 марта 2024, 10:15", T(2024, 3, 15, 10, 15), None),
    ("15 мая 2024 в 10:15 MSK", T(2024, 5, 15, 10, 15, tzinfo=tz(3)), None),
    ("15 березня 2024", D(2024, 3, 15), "uk"),
    ("15 травня 2024 року", D(2024, 5, 15), "uk"),
    ("15 листопада 2024", D(2024, 11, 15), "uk"),
    ("15 септември 2024", D(2024, 9, 15), "bg"),
    ("15 декември 2024 г.", D(2024, 12, 15), "bg"),
    # ---- Indonesian, Malay
    ("15 Maret 2024", D(2024, 3, 15), "id"),
    ("Jumat, 15 Maret 2024 10:15 WIB", T(2024, 3, 15, 10, 15, tzinfo=tz(7)), "id"),
    ("15 Agustus 2024", D(2024, 8, 15), "id"),
    ("15 Ogos 2024", D(2024, 8, 15), "ms"),
    ("15 Disember 2024", D(2024, 12, 15), "ms"),
    # ---- Chinese, Japanese, Korean
    ("2005年03月21日 11:21", T(2005, 3, 21, 11, 21), None),
    ("2005年3月21日", D(2005, 3, 21), None),
    ("2024年5月3日 星期五", D(2024, 5, 3), "zh-CN"),
    ("2024年5月3日(金) 10時15分", T(2024, 5, 3, 10, 15), "ja"),
    ("2024年5月3日 下午3:15", T(2024, 5, 3, 15, 15), "zh-TW"),
    ("２０２４年５月３日", D(2024, 5, 3), "ja"),
    ("2024-05-03 10:15 CST", T(2024, 5, 3, 10, 15, tzinfo=tz(8)), "zh-CN"),
    ("2024. 5. 3.", D(2024, 5, 3), "ko"),
    ("2024.05.03 14:22", T(2024, 5, 3, 14, 22), "ko"),
    ("2024년 5월 3일", D(2024, 5, 3), "ko"),
    ("2024년 5월 3일 오후 3시 15분", T(2024, 5, 3, 15, 15), "ko"),
    ("2024.05.03. 오전 9:05", T(2024, 5, 3, 9, 5), "ko"),
    # ---- year-first numeric
    ("2025.12.17", D(2025, 12, 17), None),
    ("2024/05/03", D(2024, 5, 3), None),
    ("2024/5/3 10:15", T(2024, 5, 3, 10, 15), None),
    ("10:15 15.03.2024", T(2024, 3, 15, 10, 15), None),
    ("Do 25.04.24 | 14:07 Uhr", T(2024, 4, 25, 14, 7), None),
    # ---- Hebrew, Irish zone hints
    ("14 August 2024 09:30 IST", T(2024, 8, 14, 9, 30, tzinfo=tz(3)), "he"),
    ("14 August 2024 09:30 IST", T(2024, 8, 14, 9, 30, tzinfo=tz(1)), "ga"),
]

NOT_DATES: list[tuple[str, str | None]] = [
    ("3 hours ago", None),
    ("vor 3 Stunden", "de"),
    ("il y a 2 jours", "fr"),
    ("hace 5 minutos", "es"),
    ("2 дня назад", "ru"),
    ("3 saat önce", "tr"),
    ("gestern, 10:15", "de"),
    ("Yesterday at 10:15", None),
    ("March 2024", None),
    ("März 2024", None),
    ("2024", None),
    ("15 March", None),
    ("10:15", None),
    ("02/10/2020", None),
    ("02/10/2020", "en"),
    ("02/10/2020", "en-CA"),
    ("02/10/2020 14:30", None),
    ("1989-12-31", None),
    ("12 March 1975", None),
    ("01.01.1970", None),
    ("31 December 2099", None),
    ("2024-02-30", None),
    ("31.02.2024", None),
    ("2024.13.01", None),
    ("45/13/2024", None),
    ("set up on 2024", None),
    ("Page 3 of 2024 results", None),
    ("Vista al mar 2024", "es"),  # "mar" (March, and Spanish for sea) with no day
    ("mar. 2024", "es"),
    ("lorem ipsum dolor", None),
    ("@@@ ### !!!", None),
    ("Published " + "on a day that the writer does not want to name in this sentence " * 2 + "3 May 2024", None),
]


def _id(row: tuple[object, ...]) -> str:
    text, *rest = row
    hint = rest[-1]
    return f"{text}[{hint}]" if hint else str(text)


@pytest.mark.parametrize(("text", "expected", "region"), STRINGS, ids=[_id(r) for r in STRINGS])
def test_date_strings(text: str, expected: datetime | date | None, region: str | None) -> None:
    value = parse_date(text, now=NOW, region=region)
    assert value == expected, f"{text!r} ({region}) read as {value!r}"
    assert type(value) is type(expected)
    if isinstance(expected, datetime):
        assert isinstance(value, datetime) and value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "region"), NOT_DATES, ids=[_id(r) for r in NOT_DATES])
def test_not_a_single_plausible_day(text: str, region: str | None) -> None:
    value = parse_date(text, now=NOW, region=region)
    assert value is None, f"{text!r} ({region}) read as {value!r}"


def test_the_tables_are_large_and_many_languages() -> None:
    assert len(STRINGS) >= 150
    assert len(NOT_DATES) >= 20
    assert any(len(text) > MAX_DATE_CHARS for text, _ in NOT_DATES)


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def test_no_month_name_means_two_months() -> None:
    seen: dict[str, int] = {}
    for number, names in enumerate(date_tables.MONTHS, start=1):
        for name in names:
            assert seen.setdefault(_folded(name), number) == number, f"{name!r} names two months"


def test_no_weekday_or_joining_word_is_a_month_name() -> None:
    months = {_folded(n) for names in date_tables.MONTHS for n in names}
    for word in date_tables.WEEKDAYS + date_tables.DATE_PART_WORDS:
        assert _folded(word) not in months, word


@pytest.mark.parametrize("word", ["ago", "out", "set", "des", "gen", "mag", "the", "and", "sun"])
def test_common_words_are_not_month_names(word: str) -> None:
    months = {_folded(n) for names in date_tables.MONTHS for n in names}
    assert word not in months
