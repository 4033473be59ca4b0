"""Tables of scale words and currencies, and the number patterns built from them."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import fold

# "18,4 percent", "NOK 3,4 billion", "1,2 GWh": a comma before one or two digits is a decimal
# comma (a thousands separator never is) where a percent, a scale word or an energy unit
# follows, as copy translated from German, French or Spanish keeps it.
_NUM = (
    r"\d{1,2},\d{1,2}(?=\s?(?:%|(?i:percent|per\s?cent|trillion|billion|million|bn|mn|mln|bln)"
    r"(?![\w])|[kMGT]Wh\b))|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
# A number is not part of a word or code ("H200", "bZ4X", "Under-16") or of a bigger number;
# "c.400 Wh/kg" is "circa 400", as analysts abbreviate it.
_NUM_START = r"(?:(?<![\w.,\u2013-])|(?<=(?<!\w)c\.))"
_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozen)"
)
_SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "million": 1e6, "mn": 1e6,
    "m": 1e6, "mln": 1e6, "crore": 1e7, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "lakh crore": 1e12, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tln": 1e12, "tril.": 1e12,
}  # fmt: skip
_SCALE = (
    # "$1.4-billion" as Canadian copy hyphenates it; "Rs 4 lakh crore" is 4 x 10^12.
    # "1.2 tln won", "1.2 tril. won": a Korean wire's abbreviations of trillion; "$48M", "$2.4B"
    # in American headlines.
    r"(?:[\s-]?(?i:trillion|billion|million|thousand|lakh\s+crore|crore|lakh|trn|tn|tln|tril\.|bn|"
    r"bln|mn|mln)|(?:m|b|k|M|B))(?![\w])"
)
_RANGE = rf"(?P<to>\s?[-\u2013]\s?(?:{_NUM})|\s+to\s+(?:{_NUM}))?"

_CURRENCY_PREFIX = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "\u20ac": "EUR", "eur": "EUR",
    "\u00a3": "GBP", "gbp": "GBP", "\u00a5": "JPY", "jpy": "JPY", "\u20b9": "INR", "rs": "INR",
    "rs.": "INR", "inr": "INR", "\u20a9": "KRW", "krw": "KRW", "cny": "CNY", "rmb": "CNY",
    "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "r": "ZAR", "zar": "ZAR",
    "n": "NGN", "\u20a6": "NGN", "ngn": "NGN",
}  # fmt: skip
_CURRENCY_WORD = {
    "yen": "JPY", "euro": "EUR", "euros": "EUR", "dollars": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rupees": "INR", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "krw": "KRW", "inr": "INR",
    "kronor": "SEK", "krona": "SEK", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "rand": "ZAR",
    "zar": "ZAR", "naira": "NGN", "ngn": "NGN",
}  # fmt: skip


# Currencies beyond the main ones, as copy from their countries (or translated from their
# languages) writes them: the ISO code, the marks written glued or spaced before a figure
# ("R$ 2.6 billion", "RM3.2 billion", "Rp 11 trillion", "VND6 trillion") and the words after
# it ("7,800 million pesos", "17 billion baht"). A word several countries share ("crowns",
# "kroner", "francs", "shillings") counts only with its country's adjective.
_WORLD_CURRENCIES = (
    ("BRL", ("R$", "BRL"), ("reais", "brazilian reais")),
    ("MXN", ("MX$", "MXN"), ("pesos", "mexican pesos")),
    ("CLP", ("CLP",), ("chilean pesos",)),
    ("ARS", ("ARS",), ("argentine pesos", "argentinian pesos")),
    ("PHP", ("\u20b1", "PHP"), ("philippine pesos",)),
    ("MYR", ("RM", "MYR"), ("ringgit",)),
    ("IDR", ("Rp", "IDR"), ("rupiah",)),
    ("VND", ("VND",), ("dong", "vietnamese dong")),
    ("THB", ("\u0e3f", "THB"), ("baht",)),
    ("TWD", ("NT$", "TWD"), ("new taiwan dollars", "taiwan dollars")),
    ("NZD", ("NZ$", "NZD"), ("new zealand dollars",)),
    ("AUD", ("AUD",), ("australian dollars",)),
    ("CAD", ("CAD",), ("canadian dollars",)),
    ("HKD", ("HKD",), ("hong kong dollars",)),
    ("SGD", ("SGD",), ("singapore dollars",)),
    ("PLN", ("PLN",), ("zloty", "zlotys", "zlotych")),
    ("HUF", ("HUF",), ("forint", "forints")),
    ("CZK", ("CZK",), ("koruna", "korunas", "czech crowns", "czech korunas")),
    ("SEK", (), ("swedish crowns", "swedish kronor")),
    ("NOK", (), ("norwegian crowns", "norwegian kroner")),
    # A bare "kroner" is read as Denmark's and set by the copy's country (a Norwegian copy's is
    # Norway's; see records/investment_money.py), as a bare "pesos" is.
    ("DKK", (), ("danish crowns", "danish kroner", "kroner")),
    ("CHF", (), ("swiss francs",)),
    ("TRY", ("TRY",), ("lira", "liras", "turkish lira")),
    ("KES", ("KSh", "Sh", "KES"), ("kenyan shillings",)),
    ("GHS", ("GHS", "GH\u00a2", "GH\u20b5"), ("cedis",)),
    ("EGP", ("EGP",), ("egyptian pounds",)),
    ("MAD", ("MAD",), ("dirhams", "moroccan dirhams")),
    # Gulf copy writes "Dh4.4 billion" and "SR 7.5 billion" before the figure.
    ("AED", ("AED", "Dh", "Dhs"), ("uae dirhams", "emirati dirhams")),
    ("SAR", ("SAR", "SR"), ("riyals", "saudi riyals")),
    ("QAR", ("QAR", "QR"), ("qatari riyals",)),
    ("RUB", ("RUB",), ("roubles", "rubles")),
    ("RON", ("RON",), ("lei", "romanian lei")),
    ("UAH", ("\u20b4", "UAH"), ("hryvnias", "hryvnia", "ukrainian hryvnias")),
    ("RSD", ("RSD",), ("serbian dinars",)),
    ("BGN", ("BGN",), ("leva", "bulgarian leva")),
    ("KZT", ("\u20b8", "KZT"), ("tenge", "kazakh tenge")),
    ("BDT", ("\u09f3", "Tk", "BDT"), ("taka", "bangladeshi taka")),
    # Pakistan's and Sri Lanka's "Rs" is read as India's and set by the copy's country (see
    # records/investment_places.py); their codes and names are their own.
    ("PKR", ("PKR",), ("pakistani rupees",)),
    ("LKR", ("LKR",), ("sri lankan rupees",)),
    ("ILS", ("\u20aa", "ILS", "NIS"), ("shekels", "new shekels", "israeli shekels")),
    # "COP" before a figure is as often a climate summit ("COP 28"): the name only, and a bare
    # "pesos" set by the copy's country
    ("COP", (), ("colombian pesos",)),
    ("PEN", ("PEN",), ("soles", "peruvian soles")),
    # The currencies of the other countries copy reports plants and loans from, by their codes
    # and the names no other country shares ("birr", "soum"); a name several share ("dinars",
    # "shillings", "rials") only with its country's adjective. Letter marks that are also
    # common initials ("KD", "JD", "RO", "Br") are left out.
    ("OMR", ("OMR",), ("omani rials",)),
    ("ISK", ("ISK",), ("icelandic kronur", "icelandic krónur", "icelandic crowns")),
    ("ETB", ("ETB",), ("birr", "ethiopian birr")),
    ("UZS", ("UZS",), ("soum", "soums", "uzbek som", "uzbek soum")),
    ("MNT", ("\u20ae", "MNT"), ("tugrik", "tugriks", "mongolian tugrik")),
    ("UYU", ("UYU",), ("uruguayan pesos",)),
    ("BOB", (), ("bolivianos",)),
    ("JOD", ("JOD",), ("jordanian dinars",)),
    ("TND", ("TND",), ("tunisian dinars",)),
    ("KWD", ("KWD",), ("kuwaiti dinars",)),
    ("BHD", ("BHD",), ("bahraini dinars",)),
    ("DZD", ("DZD",), ("algerian dinars",)),
    ("NPR", ("NPR",), ("nepalese rupees", "nepali rupees")),
    ("GEL", ("\u20be", "GEL"), ("georgian lari",)),
    ("AZN", ("\u20bc", "AZN"), ("azerbaijani manat",)),
    ("TZS", ("TZS", "TSh"), ("tanzanian shillings",)),
    ("UGX", ("UGX", "USh"), ("ugandan shillings",)),
    ("ZMW", ("ZMW",), ("zambian kwacha",)),
    ("NAD", ("NAD", "N$"), ("namibian dollars",)),
    ("BWP", ("BWP",), ("pula",)),
    ("PYG", ("PYG",), ("guaranies", "guaraníes")),
    ("MZN", ("MZN",), ("meticais", "meticals")),
    # The Caribbean's, Central America's, the Balkans', Africa's and Central Asia's, by their
    # codes and names (Bosnia's "KM" and Angola's "Kz" are left out: "KM" is kilometres too).
    ("AOA", ("AOA",), ("kwanzas", "kwanza", "angolan kwanzas")),
    ("GTQ", ("GTQ",), ("quetzales", "quetzals", "guatemalan quetzales")),
    ("BAM", ("BAM",), ("convertible marks",)),
    ("TTD", ("TT$", "TTD"), ("trinidad and tobago dollars",)),
    ("FJD", ("FJ$", "F$", "FJD"), ("fiji dollars", "fijian dollars")),
    ("MUR", ("MUR",), ("mauritian rupees",)),
    ("JMD", ("J$", "JMD"), ("jamaican dollars",)),
    ("HNL", ("HNL",), ("lempiras", "honduran lempiras")),
    ("AMD", ("AMD",), ("armenian drams",)),
    ("RWF", ("RWF", "FRw"), ("rwandan francs",)),
    ("XOF", ("XOF", "FCFA"), ("cfa francs", "west african cfa francs")),
    ("TJS", ("TJS",), ("somoni", "tajik somoni")),
    ("KGS", ("KGS",), ("kyrgyz som", "kyrgyz soms")),
    ("LAK", ("LAK",), ("kip", "lao kip")),
    ("DOP", ("RD$", "DOP"), ("dominican pesos",)),
    ("MWK", ("MWK",), ("malawian kwacha",)),
    ("MGA", ("MGA",), ("ariary", "malagasy ariary")),
    ("MKD", ("MKD",), ("denars", "macedonian denars")),
    ("BYN", ("BYN",), ("belarusian rubles", "belarusian roubles")),
    # A bare "dinars" reads as Iraq's, a bare "CFA francs" as West Africa's, until the copy's
    # country says otherwise (`records/investment_money.py`).
    ("LYD", ("LYD",), ("libyan dinars",)),
    ("IQD", ("IQD",), ("dinars", "iraqi dinars")),
    ("XAF", ("XAF",), ("central african cfa francs",)),
    ("GYD", ("GYD", "G$"), ("guyanese dollars", "guyana dollars")),
    ("BBD", ("BBD", "Bds$"), ("barbados dollars", "barbadian dollars")),
    ("SRD", ("SRD",), ("surinamese dollars",)),
    ("MVR", ("MVR",), ("rufiyaa",)),
)
for _code, _marks, _words in _WORLD_CURRENCIES:
    _CURRENCY_PREFIX.update({mark.lower(): _code for mark in _marks})
    _CURRENCY_WORD.update({word: _code for word in _words})
    _CURRENCY_WORD[_code.lower()] = _code
# The codes and letter marks written before a figure, longest first ("MX$" before "MX"): the
# readers build their patterns from these, so a currency added above is read everywhere.
CODES_BEFORE = sorted(
    {m for _, marks, _ in _WORLD_CURRENCIES for m in marks if m[0].isalpha() and "$" not in m}
    | {"INR", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "CHF", "SEK", "NOK", "DKK"}
    | {"ZAR", "NGN", "Rs"},  # "Rs28 billion": a rupee glued to its figure
    key=lambda m: (-len(m), m),
)
DOLLAR_MARKS = sorted(
    {m[:-1] for _, marks, _ in _WORLD_CURRENCIES for m in marks if m.endswith("$")},
    key=lambda m: (-len(m), m),
)
SYMBOLS_BEFORE = "".join(m for _, marks, _ in _WORLD_CURRENCIES for m in marks if len(m) == 1)
# The words after a figure, and their first words ("mexican" of "mexican pesos").
WORDS_AFTER = sorted(
    {w for _, _, words in _WORLD_CURRENCIES for w in words}, key=lambda w: (-len(w), w)
)
CODES_AFTER = sorted({code for code, _, _ in _WORLD_CURRENCIES})


# "VND6 trillion", "RM3.2 billion": a currency's code may be glued to its figure (one look-behind
# a code length, as look-behinds are of fixed width).
GLUED_CODES = (
    "|(?<=[A-Za-z][0-9])(?:"
    + "|".join(
        f"(?<=(?<![\\w&])(?:{'|'.join(re.escape(c) for c in CODES_BEFORE if len(c) == n)})[0-9])"
        for n in sorted({len(c) for c in CODES_BEFORE})
    )
    + ")"
)
# A currency's mark that ends right before a figure (searched in the few characters before it).
CURRENCY_BEFORE = re.compile(
    r"(?:(?<![\w$])(?P<cur>(?i:US|U\.S\.|A|AU|C|CA|HK|S)?\$|(?:"
    + "|".join(map(re.escape, DOLLAR_MARKS))
    # "€ 30 million": Dutch and Baltic copy spaces the symbol from its figure
    + r")\$\s?|[\u20ac\u00a3\u00a5\u20b9\u20a9\u20a6"
    + SYMBOLS_BEFORE
    + r"]\s?|R|N)|(?<![\w])(?P<code>Rs\.?|"
    + "|".join(map(re.escape, CODES_BEFORE))
    + r")\s?)$"
)
# The last character of a currency's mark, before a figure or the space before it: a number
# after anything else ("of 5", "in 2024") has no currency in front and skips the pattern.
CURRENCY_CHARS = frozenset(
    "$\u20ac\u00a3\u00a5\u20b9\u20a9\u20a6.RNs"
    + SYMBOLS_BEFORE
    + "".join(c[-1] for c in CODES_BEFORE)
)

# "$1.2-1.5 billion", "€300–400m": a range whose one scale word follows its second figure.
_SHARED_SCALE = re.compile(
    rf"(?P<num>{_NUM})\s?[-\u2013]\s?(?:[A-Z]{{0,2}}\$|[\u20ac\u00a3\u00a5\u20b9\u20a9])?(?P<to>{_NUM})(?P<scale>{_SCALE})"
)


def shared_scale(text: str, start: int) -> tuple[float, float, int] | None:
    """The two ends of a range of money written at `start` with one scale word after both
    ("1.2-1.5 billion"), and where it ends; None if none is written there."""
    m = _SHARED_SCALE.match(text, start)
    if m is None:
        return None
    factor = _SCALE_WORDS[" ".join(m.group("scale").strip(" -").lower().split())]
    low, high = (float(m.group(g).replace(",", "")) for g in ("num", "to"))
    return low * factor, high * factor, m.end()


# German copy, translated or not: "EUR 1,2 Mrd.", "120 Mio. Euro", "3,5 Mrd. €", "240 Mio.
# Franken" (a decimal comma, a stop between thousands, "Mrd." a billion and "Mio." a million).
_CONTINENTAL_MONEY = re.compile(
    r"(?<![\w.,])(?:(?P<pre>EUR|€|CHF)\s?)?(?P<num>\d{1,3}(?:\.\d{3})*(?:,\d{1,3})?)\s?"
    r"(?P<scale>Mrd|Mio)\.?(?:\s?(?P<post>Euro|EUR|€|Franken|CHF)(?![\w]))?"
)
_CONTINENTAL_CURRENCY = {"Franken": "CHF", "CHF": "CHF"}


def continental_money(text: str) -> list[tuple[int, int, float, str, None, str]]:
    """Euros and Swiss francs written the German way, as readings (start, end, value, unit,
    None, ""); the longer reading wins over "EUR 1" read before."""
    found = []
    for m in _CONTINENTAL_MONEY.finditer(text):
        if not (m.group("pre") or m.group("post")):
            continue
        value = float(m.group("num").replace(".", "").replace(",", "."))
        scale = 1e9 if m.group("scale") == "Mrd" else 1e6
        currency = _CONTINENTAL_CURRENCY.get(m.group("pre") or m.group("post"), "EUR")
        found.append((m.start(), m.end(), value * scale, currency, None, ""))
    return found


def _variants(template: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pattern compiled twice: numbers in digits only, and digits or words ("two").

    Most sentences have no number word; the digits-only pattern scans them much faster.
    """
    digits = re.compile(template.replace("@NUM@", _NUM))
    words = re.compile(template.replace("@NUM@", f"{_NUM}|(?i:{_NUMWORD})"))
    return digits, words


# The words a number in words can start with ("a dozen" aside: found by its "dozen"); a word
# that starts with another ("eighteen", "eight") is found where that one is.
_NUMWORD_HEADS = tuple(
    word
    for word in sorted(set(re.findall(r"[a-z]{3,}", _NUMWORD)))
    if not any(
        word != head and word.startswith(head) for head in re.findall(r"[a-z]{3,}", _NUMWORD)
    )
)
_DIGITS = re.compile(r"\d+")


def number_starts(text: str) -> list[int]:
    """Every place a pattern of `_variants` could match: the first digit of a run of digits
    and every place a number word's first word is written (case aside), in order.

    Such a pattern tried at these places only (`gates.finditer_at`) finds what it finds tried at
    every character, many times faster: most of a text is neither."""
    starts = [m.start() for m in _DIGITS.finditer(text)]
    low = fold(text)  # one character for one: its places are the text's
    for word in _NUMWORD_HEADS:
        at = low.find(word)
        while at >= 0:
            starts.append(at)
            if word == "dozen":  # "a dozen": the "a" before the spaces
                spaced = low[:at].rstrip()
                if len(spaced) < at and spaced.endswith("a"):
                    starts.append(len(spaced) - 1)
            at = low.find(word, at + 1)
    return sorted(set(starts))
