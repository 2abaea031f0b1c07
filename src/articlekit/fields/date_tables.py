"""Words that dates are written with, by language: data only, for ``dates.py`` to read.

Extend a list here to teach the date parser a new spelling; no regex needs to change. Names are
written as pages print them; the parser also accepts every name without its diacritics
("Marz", "brezna", "Μαρτιου") and in any letter case, so those forms need no entry.

The rule for month abbreviations: leave out those that are common words in some language, since
a fuzzy reading would find a date in ordinary text ("ago", "out", "set", "des", "gen", "mag").
"mar" (also Spanish/Italian for "sea") is kept: it is tested not to make a date of a sentence.
"""

from __future__ import annotations

# One tuple per month, January first. Within a tuple the order does not matter.
MONTHS: tuple[tuple[str, ...], ...] = (
    (
        # en, de (+ Austrian), fr, es, it, pt, nl, sv, da/no, fi, pl, cs, sk, hu, ro, hr, sl/sr, tr
        "January", "Jan", "Januar", "Jänner", "Jän", "janvier", "janv", "enero", "ene", "gennaio",
        "janeiro", "januari", "tammikuu", "tammikuuta", "styczeń", "stycznia", "leden", "ledna",
        "január", "januára", "ianuarie", "siječanj", "siječnja", "januar", "ocak",
        # el, ru, uk, bg, id/ms, ca
        "Ιανουάριος", "Ιανουαρίου", "Ιαν", "январь", "января", "янв", "січень", "січня",
        "януари", "Januari", "gener",
    ),
    (
        "February", "Feb", "Februar", "Feber", "février", "févr", "febrero", "febbraio",
        "fevereiro", "fev", "februari", "helmikuu", "helmikuuta", "luty", "lutego", "únor",
        "února", "február", "februára", "febr", "februarie", "veljača", "veljače", "şubat",
        "Φεβρουάριος", "Φεβρουαρίου", "Φεβ", "февраль", "февраля", "фев", "лютий", "лютого",
        "февруари", "febrer",
    ),
    (
        "March", "Mar", "März", "Mär", "Maerz", "mars", "marzo", "março", "maart", "mrt", "marts",
        "maaliskuu", "maaliskuuta", "marzec", "marca", "březen", "března", "marec", "március",
        "márc", "martie", "ožujak", "ožujka", "mart", "Μάρτιος", "Μαρτίου", "Μαρ", "март",
        "марта", "березень", "березня", "Maret", "Mac", "març",
    ),
    (
        "April", "Apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuu", "huhtikuuta",
        "kwiecień", "kwietnia", "duben", "dubna", "apríl", "apríla", "április", "ápr", "aprilie",
        "travanj", "travnja", "nisan", "Απρίλιος", "Απριλίου", "Απρ", "апрель", "апреля", "апр",
        "квітень", "квітня", "април",
    ),
    (
        "May", "Mai", "mayo", "maggio", "maio", "mei", "maj", "toukokuu", "toukokuuta", "maja",
        "květen", "května", "máj", "mája", "május", "svibanj", "svibnja", "mayıs", "Μάιος",
        "Μαΐου", "Μάη", "май", "мая", "травень", "травня", "maig",
    ),
    (
        "June", "Jun", "Juni", "juin", "junio", "giugno", "giu", "junho", "kesäkuu", "kesäkuuta",
        "czerwiec", "czerwca", "červen", "června", "jún", "júna", "június", "iunie", "iun",
        "lipanj", "lipnja", "junij", "haziran", "Ιούνιος", "Ιουνίου", "Ιουν", "июнь", "июня",
        "червень", "червня", "юни", "juny",
    ),
    (
        "July", "Jul", "Juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "heinäkuu",
        "heinäkuuta", "lipiec", "lipca", "červenec", "července", "júl", "júla", "július", "iulie",
        "iul", "srpanj", "srpnja", "julij", "temmuz", "Ιούλιος", "Ιουλίου", "Ιουλ", "июль",
        "июля", "липень", "липня", "юли", "Julai", "juliol",
    ),
    (
        "August", "Aug", "août", "agosto", "augustus", "augusti", "elokuu", "elokuuta",
        "sierpień", "sierpnia", "srpen", "srpna", "augusta", "augusztus", "kolovoz", "kolovoza",
        "avgust", "ağustos", "Αύγουστος", "Αυγούστου", "Αυγ", "август", "августа", "авг",
        "серпень", "серпня", "Agustus", "Ogos", "agost",
    ),
    (
        "September", "Sep", "Sept", "septembre", "septiembre", "setiembre", "settembre",
        "setembro", "syyskuu", "syyskuuta", "wrzesień", "września", "září", "septembra",
        "szeptember", "szept", "septembrie", "rujan", "rujna", "septembar", "eylül",
        "Σεπτέμβριος", "Σεπτεμβρίου", "Σεπ", "сентябрь", "сентября", "сен", "сент", "вересень",
        "вересня", "септември", "setembre",
    ),
    (
        "October", "Oct", "Oktober", "Okt", "octobre", "octubre", "ottobre", "ott", "outubro",
        "lokakuu", "lokakuuta", "październik", "października", "říjen", "října", "október",
        "októbra", "octombrie", "oktobar", "ekim", "Οκτώβριος", "Οκτωβρίου", "Οκτ", "октябрь",
        "октября", "окт", "жовтень", "жовтня", "октомври",
    ),
    (
        "November", "Nov", "novembre", "noviembre", "novembro", "marraskuu", "marraskuuta",
        "listopad", "listopada", "listopadu", "novembra", "noiembrie", "studeni", "studenoga",
        "novembar", "kasım", "Νοέμβριος", "Νοεμβρίου", "Νοε", "ноябрь", "ноября", "ноя",
        "листопад", "листопада", "ноември",
    ),
    (
        "December", "Dec", "Dezember", "Dez", "décembre", "déc", "diciembre", "dic", "dicembre",
        "dezembro", "desember", "joulukuu", "joulukuuta", "grudzień", "grudnia", "prosinec",
        "prosince", "decembra", "decembrie", "prosinac", "prosinca", "decembar", "aralık",
        "Δεκέμβριος", "Δεκεμβρίου", "Δεκ", "декабрь", "декабря", "дек", "грудень", "грудня",
        "декември", "Disember", "desembre",
    ),
)

# Names that mean another month in one language than in the default table: read so only when
# the page's language says so. Croatian "listopad" is October; Polish and Czech, November.
MONTHS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "hr": {"listopad": 10, "listopada": 10, "listopadu": 10},
    "bs": {"listopad": 10, "listopada": 10},
}

# Weekday names, skipped wherever they stand ("Montag, 4. März 2024", "15 Mart 2024 Cuma").
# Abbreviations that are month names or common words elsewhere ("mar", "do", "so") are left out.
WEEKDAYS: tuple[str, ...] = (
    # en
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    # de
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
    # fr
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    # es, pt, it, ca
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "dilluns", "dimarts", "dimecres",
    "dijous", "divendres", "dissabte", "diumenge",
    # nl, sv, da/no, fi
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "mandag", "tirsdag", "lørdag", "søndag",
    "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
    # pl, cs, sk, hu, ro, hr/sr/sl
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle", "pondelok", "utorok",
    "streda", "štvrtok", "piatok", "nedeľa",
    "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
    "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
    "ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja",
    "ponedeljek", "torek", "četrtek", "nedelja",
    # tr, el, ru, uk, bg, id/ms
    "Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar",
    "Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя",
    "понеделник", "сряда", "петък", "събота", "неделя",
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Isnin", "Khamis", "Ahad",
)

# Words that join the parts of a date and say nothing themselves: "3 de mayo de 2024",
# "15 марта 2024 г.", "dne 15. března", "15 marca 2024 r.", "3. svibnja 2024. godine".
DATE_PART_WORDS: tuple[str, ...] = (
    "de", "del", "of", "the", "le", "la", "den", "dem", "dne", "dnia", "r", "roku",
    "г", "го", "года", "року", "godine", "godina", "tarihinde", "ημερομηνία", "tanggal", "on",
    "em", "el", "il", "ngày",
)

# Suffixes of ordinal day numbers: "7th", "1er", "1º", "1.", "3-го".
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th", "er", "re", "e", "ème", "º", "ª", "°", "-го", "-е")

# 12-hour clock markers as pages print them, besides "am"/"pm"/"a.m."/"p.m." (which the parser
# knows): East Asian ones stand before the time.
MORNING_BEFORE: tuple[str, ...] = ("午前", "上午", "오전")
AFTERNOON_BEFORE: tuple[str, ...] = ("午後", "下午", "오후")

# Words that stand before a time of day ("à 10h15", "a las 10:15", "alle 10:15", "um 10:15"):
# skipped there only ("a" is also the "a" of "a.m.").
TIME_LEAD_WORDS: tuple[str, ...] = (
    "à", "a", "às", "as", "a las", "a la", "las", "alle", "ore", "um", "at", "o", "om", "saat",
    "v", "ve", "в", "о", "στις", "pukul", "jam", "às",
)

# Clock words that may stand before a time: "kl. 10.15", "klo 10.15", where the dot is the clock
# separator rather than a decimal point.
CLOCK_WORDS: tuple[str, ...] = ("kl", "klockan", "klokka", "klo", "kello")
