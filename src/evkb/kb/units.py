"""The one unit table: canonical units, their surface words, conversions, and figure formatting.

Every figure that reaches people (CLI, app, exports) is formatted by `format_value`, and every
unit name the knowledge base stores is one of the canonical units below.
"""

from __future__ import annotations

import math

from evkb.kb.currencies import WORD_CODES, WORLD_CURRENCIES

# Canonical money units are ISO 4217 codes: the main ones first, then every other currency of
# ISO 4217's list (`kb/currencies.py`), each once.
CURRENCIES: tuple[str, ...] = (
    "USD", "JPY", "EUR", "GBP", "CNY", "KRW", "INR", "AUD", "CAD", "CHF", "HKD", "SGD",
    "SEK", "NOK", "DKK", "ZAR", "NGN",
    # the world's other currencies copy writes about plants in (see extract/numbers.py)
    "BRL", "MXN", "CLP", "ARS", "PHP", "MYR", "IDR", "VND", "THB", "TWD", "NZD", "PLN", "HUF",
    "CZK", "TRY", "KES", "GHS", "EGP", "MAD", "AED", "SAR", "RUB", "QAR", "RON", "UAH", "RSD",
    "BGN", "KZT", "BDT", "PKR", "LKR", "ILS", "COP", "PEN",
    "OMR", "ISK", "ETB", "UZS", "MNT", "UYU", "BOB", "JOD", "TND", "KWD", "BHD", "DZD", "NPR",
    "GEL", "AZN", "TZS", "UGX", "ZMW", "NAD", "BWP", "PYG", "MZN",
    "AOA", "GTQ", "BAM", "TTD", "FJD", "MUR", "JMD", "HNL", "AMD", "RWF", "XOF", "TJS", "KGS",
    "LAK", "DOP", "MWK", "MGA", "MKD", "BYN",
    "LYD", "IQD", "XAF", "GYD", "BBD", "SRD", "MVR",
)  # fmt: skip
_SPELLED_HERE = frozenset(CURRENCIES)
CURRENCIES += tuple(code for code, _, _ in WORLD_CURRENCIES if code not in CURRENCIES)
# The same codes to ask whether a unit is one: a set answers in one step, the tuple
# compares with each code in turn (asked of every figure and capitalised run).
CURRENCY_CODES = frozenset(CURRENCIES)

# Canonical unit -> kind. Only units of the same kind convert into each other.
UNIT_KINDS: dict[str, str] = {
    **{code: "money" for code in CURRENCIES},
    "percent": "percent",
    "GWh": "energy",
    "km": "distance",
    "mi": "distance",
    "min": "duration",
    "count": "count",
    "year": "time",
    "month": "time",
    # Battery specs: energy density by mass and by volume, pack energy, charge rate, temperature.
    "Wh/kg": "energy density",
    "Wh/L": "volumetric energy density",
    "kWh": "energy",
    "C": "c-rate",
    "°C": "temperature",
}

# Non-canonical units that convert into a canonical one: unit -> (canonical unit, factor).
# Values are normalised on extraction (MWh/TWh -> GWh, hours -> minutes).
SCALED_UNITS: dict[str, tuple[str, float]] = {
    "Wh": ("GWh", 1e-9),
    "kWh": ("GWh", 1e-6),
    "MWh": ("GWh", 1e-3),
    "GWh": ("GWh", 1.0),
    "TWh": ("GWh", 1e3),
    "m": ("km", 1e-3),
    "km": ("km", 1.0),
    "mi": ("mi", 1.0),
    "s": ("min", 1 / 60),
    "min": ("min", 1.0),
    "h": ("min", 60.0),
}

KM_PER_MILE = 1.609344

# The words documents use for each canonical unit; search uses them as synonyms, the
# extractor as its vocabulary (lower case unless the case is part of the unit).
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "USD": ("$", "US$", "dollar", "dollars", "usd", "us dollars"),
    "JPY": ("¥", "yen", "jpy"),
    "EUR": ("€", "euro", "euros", "eur"),
    "GBP": ("£", "pound", "pounds", "sterling", "gbp"),
    "CNY": ("yuan", "renminbi", "rmb", "cny"),
    "KRW": ("₩", "won", "krw"),
    "INR": ("₹", "rupee", "rupees", "rs", "inr", "crore", "lakh"),
    "SEK": ("sek", "kronor", "krona"),
    "NOK": ("nok",),
    "DKK": ("dkk",),
    "ZAR": ("rand", "zar"),
    "NGN": ("\u20a6", "naira", "ngn"),
    "BRL": ("R$", "reais", "brl"),
    "MXN": ("MX$", "pesos", "mxn"),
    "CLP": ("clp",),
    "ARS": ("ars",),
    "PHP": ("\u20b1", "php"),
    "MYR": ("RM", "ringgit", "myr"),
    "IDR": ("Rp", "rupiah", "idr"),
    "VND": ("dong", "vnd"),
    "THB": ("\u0e3f", "baht", "thb"),
    "TWD": ("NT$", "twd"),
    "NZD": ("NZ$", "nzd"),
    "PLN": ("zloty", "pln"),
    "HUF": ("forint", "huf"),
    "CZK": ("koruna", "czk"),
    "TRY": ("lira",),
    "KES": ("KSh", "kes"),
    "GHS": ("GH\u00a2", "GH\u20b5", "cedis", "ghs"),
    "EGP": ("egp",),
    "MAD": ("dirhams",),
    "AED": ("aed",),
    "SAR": ("riyals",),
    "RUB": ("roubles", "rubles", "rub"),
    "QAR": ("qar",),
    "RON": ("lei", "ron"),
    "UAH": ("\u20b4", "hryvnias", "uah"),
    "RSD": ("rsd",),
    "BGN": ("leva", "bgn"),
    "KZT": ("\u20b8", "tenge", "kzt"),
    "BDT": ("\u09f3", "taka", "bdt"),
    "PKR": ("pkr",),
    "LKR": ("lkr",),
    "ILS": ("\u20aa", "shekels", "ils", "nis"),
    "COP": ("cop",),
    "PEN": ("soles", "pen"),
    "OMR": ("omr",),
    "ISK": ("isk",),
    "ETB": ("birr", "etb"),
    "UZS": ("soum", "uzs"),
    "MNT": ("\u20ae", "tugrik", "mnt"),
    "UYU": ("uyu",),
    "BOB": ("bolivianos",),
    "JOD": ("jod",),
    "TND": ("tnd",),
    "KWD": ("kwd",),
    "BHD": ("bhd",),
    "DZD": ("dzd",),
    "NPR": ("npr",),
    "GEL": ("\u20be", "gel"),
    "AZN": ("\u20bc", "azn"),
    "TZS": ("TSh", "tzs"),
    "UGX": ("USh", "ugx"),
    "ZMW": ("zmw",),
    "NAD": ("N$", "nad"),
    "BWP": ("pula", "bwp"),
    "PYG": ("pyg",),
    "MZN": ("mzn",),
    "AOA": ("kwanzas", "aoa"),
    "GTQ": ("quetzales", "gtq"),
    "BAM": ("convertible marks", "bam"),
    "TTD": ("TT$", "ttd"),
    "FJD": ("FJ$", "fjd"),
    "MUR": ("mur",),
    "JMD": ("J$", "jmd"),
    "HNL": ("lempiras", "hnl"),
    "AMD": ("amd",),
    "RWF": ("FRw", "rwf"),
    "XOF": ("FCFA", "xof"),
    "TJS": ("somoni", "tjs"),
    "KGS": ("kgs",),
    "LAK": ("kip", "lak"),
    "DOP": ("RD$", "dop"),
    "MWK": ("mwk",),
    "MGA": ("ariary", "mga"),
    "MKD": ("denars", "mkd"),
    "BYN": ("belarusian rubles", "byn"),
    "percent": ("%", "percent", "per cent", "pc", "percentage", "percentage points"),
    "GWh": ("GWh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours", "MWh", "TWh"),
    "kWh": ("kWh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours"),
    "Wh/kg": ("Wh/kg", "watt-hours per kilogram"),
    "Wh/L": ("Wh/L", "watt-hours per litre", "watt-hours per liter"),
    "C": ("C-rate",),
    "°C": ("°C", "degrees Celsius"),
    "km": ("km", "kilometre", "kilometres", "kilometer", "kilometers"),
    "mi": ("mi", "mile", "miles"),
    "min": ("min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs"),
    "count": ("units",),
    "year": ("year", "years"),
    "month": ("month", "months"),
    "LYD": ("lyd", "libyan dinars"),
    "IQD": ("iqd", "dinars", "iraqi dinars"),
    "XAF": ("xaf", "central african cfa francs"),
    "GYD": ("G$", "gyd", "guyanese dollars"),
    "BBD": ("Bds$", "bbd", "barbados dollars"),
    "SRD": ("srd", "surinamese dollars"),
    "MVR": ("mvr", "rufiyaa"),
}

# The currencies the table above does not spell: their code (lower case unless it is also a word,
# "all", "top") and their names, as search and the knowledge base's fields read them.
for _code, _marks, _words in WORLD_CURRENCIES:
    if _code not in _SPELLED_HERE:
        _lower = () if _code in WORD_CODES else (_code.lower(),)
        UNIT_WORDS[_code] = (*_lower, *_words)

_SYMBOLS = {"USD": "$", "JPY": "¥", "EUR": "€", "GBP": "£", "INR": "₹", "KRW": "₩"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def unit_kind(unit: str) -> str:
    """The kind of a canonical unit ("money", "distance" ...); "" for an unknown unit."""
    return UNIT_KINDS.get(unit, "")


def _canonical(unit: str) -> tuple[str, float]:
    if unit in SCALED_UNITS:
        return SCALED_UNITS[unit]
    if unit in UNIT_KINDS:
        return unit, 1.0
    raise ValueError(f"unknown unit {unit!r}")


def convert(value: float, unit: str, to: str) -> float:
    """`value` in `unit` expressed in `to`; raises ValueError across kinds (km -> USD)."""
    source, factor = _canonical(unit)
    target, target_factor = _canonical(to)
    if source == target:
        return value * factor / target_factor
    if {source, target} == {"km", "mi"}:
        km = value * factor * (KM_PER_MILE if source == "mi" else 1.0)
        return km / (KM_PER_MILE if target == "mi" else 1.0) / target_factor
    raise ValueError(f"cannot convert {unit} to {to}")


def format_number(value: float, *, grouping: bool = True) -> str:
    """A number as people write it: no float noise, no trailing ".0", thousands grouped."""
    if not math.isfinite(value):
        return str(value)
    # 12 significant digits hide binary noise (0.1 + 0.2) but keep every written digit.
    rounded = float(f"{value:.12g}")
    if rounded == int(rounded) and abs(rounded) < 1e15:
        return f"{int(rounded):,}" if grouping else str(int(rounded))
    text = f"{rounded:,.12f}" if grouping else f"{rounded:.12f}"
    return text.rstrip("0").rstrip(".")


def _money(value: float, unit: str) -> str:
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    amount = format_number(magnitude)
    for scale, word in _SCALES:
        if magnitude >= scale:
            amount = f"{format_number(magnitude / scale)} {word}"
            break
    symbol = _SYMBOLS.get(unit)
    return f"{sign}{symbol}{amount}" if symbol else f"{sign}{amount} {unit}"


def _display_distance(value: float, unit: str, system: str | None) -> tuple[float, str]:
    target = {"metric": "km", "imperial": "mi"}.get(system or "", unit)
    if target == unit:
        return value, unit
    converted = convert(value, unit, target)
    # A converted distance is an estimate: whole units are as precise as the original.
    return (round(converted) if abs(converted) >= 10 else round(converted, 1)), target


def _bare(value: float, unit: str, iso: str = "") -> str:
    if unit in UNIT_KINDS and UNIT_KINDS[unit] == "money":
        return _money(value, unit)
    if unit == "percent":
        return f"{format_number(value)}%"
    if unit == "year":
        return format_number(value, grouping=False)
    if unit == "month":
        if len(iso) >= 7 and iso[5:7].isdigit() and 1 <= int(iso[5:7]) <= 12:
            return f"{_MONTHS[int(iso[5:7]) - 1]} {iso[:4]}"
        return format_number(value, grouping=False)
    if unit in ("count", ""):
        return format_number(value)
    return f"{format_number(value)} {unit}"


def format_value(
    value: float | str,
    unit: str,
    *,
    qualifier: str = "",
    value_to: float | None = None,
    system: str | None = None,
    iso: str = "",
) -> str:
    """THE text of a figure: "$853 million", "37.6%", "about 600 mi", "2026–2027".

    `system` ("metric" or "imperial") shows distances in km or miles. A range is written
    "80–120 GWh" when both ends share the unit's words, else "a – b". The qualifier goes in
    front as written ("less than 10%"). A text value is returned as it is, after its qualifier.
    `iso` ("2024-06") lets a month figure read "June 2024".
    """
    prefix = f"{qualifier} " if qualifier else ""
    if isinstance(value, str):
        return f"{prefix}{value}"
    if unit_kind(unit) == "distance":
        original = unit
        value, unit = _display_distance(value, original, system)
        if value_to is not None:
            value_to, _ = _display_distance(value_to, original, system)
    low = _bare(value, unit, iso)
    if value_to is None or value_to == value:
        return f"{prefix}{low}"
    high = _bare(value_to, unit)
    # "80 GWh" and "120 GWh" share " GWh": write "80–120 GWh".
    number_low, number_high = format_number(value), format_number(value_to)
    if unit == "year":
        return f"{prefix}{low}\u2013{high}"
    if low.startswith(number_low) and high.startswith(number_high):
        suffix = low[len(number_low) :]
        if suffix == high[len(number_high) :]:
            return f"{prefix}{number_low}\u2013{number_high}{suffix}"
    return f"{prefix}{low} \u2013 {high}"


# A share's bound: a sign in tables and lists, words in running text.
_BOUND_SIGNS = {"<": "<", ">": ">"}
_BOUND_WORDS = {"<": "less than", ">": "more than"}


def format_bound(percent: float, bound: str, *, words: bool = False) -> str:
    """A share's percent as its bound says it: "< 10%" ("less than 10%" with `words`).

    A bound never reads as a plain number; "=" (or no bound) gives just the figure.
    """
    qualifier = (_BOUND_WORDS if words else _BOUND_SIGNS).get(bound, "")
    return format_value(percent, "percent", qualifier=qualifier)
