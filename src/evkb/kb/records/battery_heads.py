"""Products named by grammar in a sentence that states a battery's spec (energy density, pack
energy, cycles, charging time, chemistry): the capitalised name that heads the subject with a
product noun ("Its Triton MX system uses LTO cells", "The new Fozukologe 2 container stores
5 MWh"), that is apposed to a product noun ("the previous model, the WR-280, which was rated for
8,000 cycles", "a sodium-ion cell for two-wheelers, Vortix Na, with 145 Wh/kg") or that a verb of
naming gives one ("A heavy-duty version, called TP46 HD, is rated for 5,000 cycles"). A noun
such as "system" or "model" says product only where the sentence states a battery's spec."""

from __future__ import annotations

import re

from evkb.kb.extract.gates import holds_any
from evkb.kb.records.battery_lines import LINE_CHEMISTRIES, bought_here
from evkb.kb.records.battery_name_checks import _COMPARED, _NOT_NAMES, _name_ok, without_maker
from evkb.kb.records.battery_words import _CHEMISTRY
from evkb.kb.records.context import Sentence

# What a product is called in copy about batteries, besides the battery nouns themselves.
_HEAD = (
    r"(?:batter(?:y|ies)|cells?|packs?|modules?|systems?|containers?|units?|models?|versions?|"
    r"variants?|successors?|predecessors?|products?|designs?|rival|(?:best[\s-]?)?sellers?|flagship)"
)
_CAPITAL_NAME = r"[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2}"
# Verbs whose subject a product's spec is predicated of.
_VERBS = (
    r"(?:uses|stores|holds|has|is|was|offers|reaches|delivers|can|will|provides|gives|achieves|"
    r"lasts|charges|packs|keeps|carries|gets|manages|targets|used|stored|reached)"
)
_DETERMINER = r"(?:(?:The|Its|Their|Our)\s+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s+)"
_OWNER_OPENS = re.compile(r"(?:The|Its|Their|Our)\s|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s")
_SUBJECT = re.compile(
    rf"^{_DETERMINER}(?:(?:new|latest|previous|current|upgraded|next)\s+)?"
    rf"(?P<name>{_CAPITAL_NAME})\s+(?:[a-z][\w-]*\s+)?{_HEAD}\s+{_VERBS}\b"
)
# "Zekofuduk will supply its HullCore 2 system, which uses lithium titanate (LTO) cells."
_RELATIVE = re.compile(
    r"(?:\b(?:the|its|their|our)\s+|['’]s\s+)(?:(?:new|latest|previous|current|upgraded|next)\s+)?"
    rf"(?P<name>{_CAPITAL_NAME})\s+(?:[a-z][\w-]*\s+)?{_HEAD},?\s+(?:which|that)\s+{_VERBS}\b"
)
_APPOSED = re.compile(
    rf"\b{_HEAD}(?:\s+(?:for|of)\s+(?:[\w-]+\s+)?[\w-]+)?,\s+(?:the\s+)?(?P<name>{_CAPITAL_NAME})"
    r"(?=\s*,|\s+(?:from|with|which|that)\b)"
)
_NAMED = re.compile(
    r",\s+(?:called|named|dubbed|branded|christened|code-?named)\s+(?P<name>"
    rf"{_CAPITAL_NAME})\s*,"
)
_HEAD_WORDS = (
    *("batter", "cell", "pack", "module", "system", "container", "unit", "model", "version"),
    *("variant", "successor", "predecessor", "product", "design", "rival", "seller", "flagship"),
)
_NAMING_WORDS = ("called", "named", "dubbed", "branded", "christened")
_SPEC_UNITS = frozenset(["Wh/kg", "Wh/L", "kWh"])


def _states_spec(sentence: Sentence) -> bool:
    """Whether the sentence states a battery's spec: a density, a pack's energy, cycles, a
    charging time or a chemistry."""
    text = sentence.text
    for q in sentence.quantities:
        if q.unit in _SPEC_UNITS or (q.unit == "GWh" and q.value < 0.1):
            return True  # "stores 5 MWh": a container's energy, read in GWh
        if q.unit == "count" and "cycle" in text:
            return True
        if q.unit == "min" and "charg" in text:
            return True
    return holds_any(text, LINE_CHEMISTRIES) and _CHEMISTRY.search(text) is not None


def headed_products(
    sentence: Sentence, found: list[tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """(name, start, end, "named") of the products the sentence names by the grammar above,
    besides those in `found`."""
    text = sentence.text
    # Each pattern holds a comma but the subject's, which opens the sentence with an owner.
    if not ("," in text or _OWNER_OPENS.match(text)) or not holds_any(text, _HEAD_WORDS):
        return []
    matches = [m for m in (_SUBJECT.match(text),) if m]
    if "," in text:
        matches += list(_APPOSED.finditer(text))
        if holds_any(text, _NAMING_WORDS):
            matches += list(_NAMED.finditer(text))
    if "which" in text or "that" in text:
        matches += list(_RELATIVE.finditer(text))
    # The sentence's figures last: most sentences have no name so placed.
    if not matches or not _states_spec(sentence) or bought_here(text):
        return []  # "the Hikari, carries a 66 kWh pack bought from a Chinese supplier": not its own
    new: list[tuple[str, int, int, str]] = []
    for match in matches:
        name, start, end = match.group("name"), match.start("name"), match.end("name")
        # "the Solmyra Brick 13 from Solmyra Energy": the maker's name, then the product's.
        name = without_maker(name, start, sentence)
        start = end - len(name)
        if any(s <= start < e or start <= s < end for _, s, e, _ in (*found, *new)):
            continue
        if name.split()[0] in _NOT_NAMES or _CHEMISTRY.search(name) or not _name_ok(name, sentence):
            continue
        if _COMPARED.search(text, max(0, start - 30), start):
            continue  # "about 25 per cent more than the previous model": the one compared with
        new.append((name, start, end, "named"))
    return new
