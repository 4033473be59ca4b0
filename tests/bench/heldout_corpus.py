"""The held-out corpus: its articles, their truth files, and how names and figures compare.

Used by heldout_quality.py; the truth format is in tests/fixtures/heldout/README.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import tomli

# Words that say what kind of organisation a name is, not which one ("Redfern Cells Inc.").
SUFFIXES = {
    "inc",
    "incorporated",
    "co",
    "corp",
    "corporation",
    "ltd",
    "limited",
    "plc",
    "llc",
    "ag",
    "se",
    "gmbh",
    "sa",
    "nv",
    "bv",
    "spa",
    "kk",
    "holdings",
    "group",
    # the legal forms of other countries, as they read once stops and slashes are gone
    # ("S.A.S." is "sas", "A/S" is "as", "sp. z o.o." is "sp z oo")
    *"""sas sarl srl sl slu sau ltda llp lp as asa aps oy oyj ab pty pvt pte sdn bhd berhad
    tbk kgaa kg ohg jsc pjsc ojsc cjsc zrt kft nyrt uab sia sro doo dd sp z oo ad ead ood eood oü
    ehf hf lda ooo pao zao tov sac saa""".split(),
}
# Legal forms written before the name ("PT Acme", "SIA Acme", "UAB Acme").
LEADING_FORMS = {"pt", "sia", "uab", "ooo", "oao", "pao", "zao", "tov"}
CHEMISTRIES = (  # longest first: "lithium manganese iron phosphate" before "lithium iron phosphate"
    ("lithium manganese iron phosphate", "lmfp"),
    ("lithium iron phosphate", "lfp"),
    ("nickel manganese cobalt", "nmc"),
    ("ncm", "nmc"),
    ("nickel cobalt aluminium", "nca"),
    ("nickel cobalt aluminum", "nca"),
    ("na ion", "sodium ion"),
)
CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "yuan": "CNY",
    "rmb": "CNY",
    "won": "KRW",
    "euro": "EUR",
    "euros": "EUR",
}

SPECS = (
    "chemistry",
    "range_km",
    "range_mi",
    "charging_min",
    "energy_density_wh_kg",
    "energy_density_wh_l",
    "capacity_kwh",
    "capacity_gwh",
    "cycles",
    "launch",
)

# Words a battery name may carry or drop without naming another product.
BATTERY_WORDS = {"the", "its", "new", "battery", "batteries", "cell", "cells", "pack", "packs"}


# -- reading -----------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case-folded, NFKC, typographic quotes and dashes made plain, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = text.translate(
        str.maketrans(
            {
                "\u2019": "'",
                "\u2018": "'",
                "\u201c": '"',
                "\u201d": '"',
                "\u2013": "-",
                "\u2014": "-",
            }
        )
    )
    return " ".join(text.split())


def name_key(name: str) -> str:
    """A name as matched: case-folded, no possessive, no punctuation, no corporate suffix."""
    text = re.sub(r"'s\b", "", fold(name))
    text = re.sub(r"^the\s+", "", text)
    words = re.sub(r"[^\w]+", " ", text.replace(".", "").replace("/", "")).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    if len(words) > 1 and words[0] in LEADING_FORMS:
        del words[0]
    return " ".join(words)


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def dicts(value) -> list[dict]:
    return [item for item in as_list(value) if isinstance(item, dict)]


def number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    match = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(value or ""))
    return float(match.group().replace(",", "")) if match else None


def same_number(a, b) -> bool:
    x, y = number(a), number(b)
    return x is not None and y is not None and abs(x - y) <= max(0.051, abs(y) * 0.005)


def period(value) -> str:
    """An as-of date as YYYY or YYYY-MM; quarters and halves end in their last month."""
    text = str(value or "").strip().upper()
    if match := re.fullmatch(r"(\d{4})-?Q([1-4])", text):
        return f"{match[1]}-{int(match[2]) * 3:02d}"
    if match := re.fullmatch(r"(\d{4})-?H([12])", text):
        return f"{match[1]}-{int(match[2]) * 6:02d}"
    return text[:7]


def currency(value) -> str:
    text = str(value or "").strip()
    return CURRENCIES.get(text.casefold(), text.upper())


def chemistry_key(value) -> str:
    text = " ".join(re.sub(r"[^\w]+", " ", fold(value)).split())
    for long, short in CHEMISTRIES:
        text = text.replace(long, short)
    return text


def same_chemistry(a, b) -> bool:
    x, y = chemistry_key(a), chemistry_key(b)
    return bool(x and y) and (x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} ")


@dataclass
class Article:
    id: str
    text: str
    truth: dict
    problems: list[str] = field(default_factory=list)
    lines: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, furniture

    def __post_init__(self) -> None:
        furniture = {fold(line) for line in as_list(self.truth.get("furniture"))}
        seen, offset = set(), 0
        for line in self.text.split("\n"):
            key = fold(line)
            if key:
                self.lines.append((offset, offset + len(line), key in furniture))
                seen.add(key)
            offset += len(line) + 1
        for line in sorted(furniture - seen):
            self.problems.append(f"furniture line not found as a whole line: {line!r}")

    def span_in_furniture(self, start, end, quote: str = "") -> bool:
        """Whether [start, end) lies in furniture lines; failing that, every place of `quote`."""
        spans = isinstance(start, int) and isinstance(end, int) and 0 <= start < end
        here = fold(self.text[start:end]) if spans and end <= len(self.text) else ""
        if here and (not quote or fold(quote) in here or here in fold(quote)):
            hit = [f for s, e, f in self.lines if s < end and e > start]
            return bool(hit) and all(hit)
        if not quote:
            return False
        key = fold(quote)
        places = [f for s, e, f in self.lines if key in fold(self.text[s:e])]
        return bool(places) and all(places)


def load_corpus(corpus: Path, only: set[str] | None = None) -> list[Article]:
    articles = []
    for path in sorted((corpus / "articles").glob("*.txt")):
        if only and path.stem not in only:
            continue
        truth_path = corpus / "truth" / f"{path.stem}.toml"
        problems = []
        try:
            truth = tomli.loads(truth_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            truth, problems = {}, ["no truth file"]
        except tomli.TOMLDecodeError as error:
            truth, problems = {}, [f"{error.lineno}:{error.colno}: {error.msg}"]
        article = Article(path.stem, path.read_text(encoding="utf-8"), truth)
        article.problems[:0] = problems
        articles.append(article)
    return articles


# -- comparing records ---------------------------------------------------------------------------


def company_keys(company: dict) -> set[str]:
    names = [company.get("name") or str(company.get("id") or "").replace("-", " ")]
    keys = {name_key(n) for n in names + as_list(company.get("aliases")) if isinstance(n, str)}
    keys.discard("")
    return keys


# A chemistry's group share, however a label writes it: "LFP", "LFP cells", "Lithium iron
# phosphate cells", "lithium iron phosphate (LFP) cells" are one holder, as are "Lead-acid" and
# "Lead-acid batteries" (the truth files write either, the text's noun phrase or the chemistry).
_CHEMISTRY_NAMES = {
    "lithium iron phosphate": "lfp",
    "lithium iron phosphate lfp": "lfp",
    "lithium iron manganese phosphate": "lmfp",
    "lithium manganese iron phosphate": "lmfp",
    "nickel manganese cobalt": "nmc",
    "ncm": "nmc",
    "li ion": "lithium ion",
    "lithium ion": "lithium ion",
    "sodium ion": "sodium ion",
    "na ion": "sodium ion",
    "lead acid": "lead acid",
    "solid state": "solid state",
    "semi solid state": "semi solid state",
}
_CHEMISTRY_SHORT = {"lfp", "lmfp", "nmc", "nca", "lto", "lco", "ternary"}
_PRODUCT_HEADS = {"cell", "cells", "battery", "batteries", "pack", "packs", "chemistry"}


def chemistry_keys(keys: set[str]) -> set[str]:
    """The chemistry each name key labels, as "chemistry:<name>", when it is one and no more
    than its product noun: "lfp cells" and "lithium iron phosphate" both "chemistry:lfp"."""
    found = set()
    for key in keys:
        words = key.split()
        while len(words) > 1 and words[-1] in _PRODUCT_HEADS:
            words.pop()
        text = " ".join(words)
        chemistry = _CHEMISTRY_NAMES.get(text) or (text if text in _CHEMISTRY_SHORT else "")
        if chemistry:
            found.add(f"chemistry:{chemistry}")
    return found


def truth_company_keys(truth: dict, ref: str) -> set[str]:
    """A truth record's company reference, widened to that company's name and aliases."""
    key = name_key(ref)
    for company in dicts(truth.get("company")):
        keys = company_keys(company)
        if key in keys:
            return keys
    return {key} if key else set()


def battery_name_keys(names: list, maker_keys: set[str]) -> set[str]:
    keys = set()
    for name in names:
        if not isinstance(name, str):
            continue
        whole = re.sub(r"[^\w]+", " ", re.sub(r"'s\b", "", fold(name))).strip()
        # The name as written and without its maker's name: a maker known by a short form on
        # one side only ("Vale" of "Vale Energy") still matches "Vale Home 9" to itself.
        texts = {whole}
        for maker in sorted(maker_keys, key=len, reverse=True):
            if whole.startswith(maker + " "):
                texts.add(whole[len(maker) + 1 :])
                break
        for text in texts:
            words = [
                re.sub(r"(is)(e|ation)$", r"iz\2", re.sub(r"our$", "or", w))
                for w in text.split()
                if w not in BATTERY_WORDS
            ]
            keys.add(" ".join(words) or text)
    keys.discard("")
    return keys


def spec_values(battery: dict) -> dict[str, list]:
    """A proposed battery's facts sorted under the truth's spec names, by unit or attribute."""
    values: dict[str, list] = {}
    for fact in dicts(battery.get("facts")):
        attribute = str(fact.get("attribute") or "").casefold()
        unit = re.sub(r"[^a-z0-9]", "", str(fact.get("unit") or "").casefold())
        value = fact.get("value")
        spec = {
            "km": "range_km",
            "mi": "range_mi",
            "miles": "range_mi",
            "min": "charging_min",
            "minutes": "charging_min",
            "whkg": "energy_density_wh_kg",
            "whl": "energy_density_wh_l",
            "kwh": "capacity_kwh",
            "gwh": "capacity_gwh",
            "cycles": "cycles",
        }.get(unit)
        if attribute == "chemistry":
            spec = "chemistry"
        elif "cycle" in attribute:
            spec = "cycles"
        elif spec is None and (unit == "year" or attribute in ("launch", "production start")):
            spec = "launch"
        if spec:
            values.setdefault(spec, []).append(value)
    return values


def spec_matches(spec: str, truth_value, value) -> bool:
    return (
        same_chemistry(truth_value, value)
        if spec == "chemistry"
        else same_number(value, truth_value)
    )


def describe(item) -> str:
    """A record in a few words for --details; `item` is a record or a tuple ending in one."""
    record = item[-1] if isinstance(item, tuple) else item
    words = [
        f"{record[key]}"
        for key in ("maker", "company", "holder", "label", "name", "by", "to")
        if record.get(key) and isinstance(record[key], (str, list))
    ]
    words = list(dict.fromkeys(str(w) for w in words))
    if "percent" in record:
        words.append(f"{record['percent']}% as of {record.get('as_of') or '?'}")
    amounts = [(a.get("value"), a.get("unit")) for a in dicts(record.get("amounts"))]
    if "amount" in record:
        amounts.append((record["amount"], record.get("currency")))
    words += [
        f"{value:,.0f} {unit or ''}".strip()
        for value, unit in amounts
        if number(value) is not None
        for value in [number(value)]
    ]
    if record.get("place"):
        words.append(f"at {record['place']}")
    return " ".join(words) or "?"
