"""How a sentence speaks again of a product already named: by a reference ("the battery",
"it", "the LFP cells inside"), by its name or its generation's number, by the car the text said
uses it, by its pack ("the 77kWh battery"); and two names a sentence gives one product."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from evkb.kb.extract.gates import finditer_at, folded_pattern, phrase_spans, word_starts
from evkb.kb.records.battery_called import SPEAKER, same_product
from evkb.kb.records.battery_name_checks import _COMPARED
from evkb.kb.records.battery_names import _BY_PACK
from evkb.kb.records.battery_store import also_named, joined_aliases
from evkb.kb.records.battery_words import generation_number, spelling_key
from evkb.kb.records.context import Sentence
from evkb.model import Battery

REFERENCE = re.compile(
    r"^\s*(?:[-•*·–]\s*)?(?:It|They|(?:[Ss]tart\s+of\s+|(?:[Mm]ass|[Ss]eries|[Ss]erial|[Vv]olume|[Cc]ommercial)\s+)?[Pp]roduction|(?:(?:First|Initial)\s+)?(?:[Dd]eliveries|[Ss]hipments)|(?:Its\s+|The\s+)?(?:(?:EPA|WLTP|CLTC|WLTC|NEDC|[Oo]fficial|[Rr]ated)\s+)?(?:[Ee]nergy\s+density|[Rr]ange|[Cc]harging(?:\s+time)?|[Cc]ycle\s+life|[Cc]apacity|[Pp]ack\s+energy))\b"
    # A spec sheet's lines under the product: "• Fast charge 10-80%: 17 min", "• Pack cost: ..."
    r"|^\s*(?:[-•*·–]\s*)?(?:Chemistry|Cathode|Fast[\s-]charg\w*|Start\s+of\s+production|SOP|"
    r"(?:Pack|Cell)\s+cost|Cost)\b[^:]{0,20}:|"
    # Any labelled bullet of the list under it: "- Gravimetric energy density: 310 Wh/kg".
    r"^\s*[-•*·–]\s*[A-Z][\w\s()/,-]{0,40}:\s|\b(?:the|this|that|these|its)\s+(?:new\s+|latest\s+|\d[\d.,]*[\s-]?kWh\s+)?(?:battery|batteries|cell|cells|pack|packs|chemistry|technology|product)\b|\b(?:it|they)(?:\s+(?:will|would|can|could|should|may|might|must|offers?|delivers?|gives?|has|have|is|are|stores?|reach(?:es)?|lasts?|achieves?|enables?|provides?|supports?|allows?|charges?|powers?|weighs?|uses?|keeps?|retains?|promises?|boasts?|accepts?|survives?|withstands?|handles?|takes?|took|needs?|requires?|packs?|runs?|manages?|goes|went)|['’]s\s+(?:rated|good|designed|built|made|able|expected|due|a|an))\b"
    # "the sulfide-based cell", "the prismatic NMC 811 cell": the product in view, described;
    # never "the other cell", "the older pack" or "the current NCM cells".
    r"|\b(?:the|this|these)\s+(?:(?!(?:other|rival|older|previous|existing|current|original|"
    r"competing|first|earlier|same|conventional|standard|of|in|for|from|with|to|on|at|and)\b)"
    r"(?-i:[a-z][\w-]*|[A-Z]{2,5}(?:\s?\d{2,3})?)"
    r"\s+){1,3}(?:battery|batteries|cells?|packs?)\b"
    # "The manufacturer specifies the cycle life at 2,500 full cycles."
    r"|\bthe\s+(?:cycle\s+life|energy\s+density)\b"
    # "A 50 kWh pack of them would give about 350 km": a pack built of the cells just named.
    r"|\b(?:pack|packs|battery|module|modules)\s+(?:of|made\s+(?:of|from)|built\s+from)\s+them\b"
    # "Equipped in a car, the CLTC range can reach 500km": the range a test cycle rates it at.
    r"|\bthe\s+(?:EPA|WLTP|CLTC|WLTC|NEDC)\s+range\b"
    # "A fast charger takes it from 10 to 80 percent in 21 minutes": the product charged.
    r"|\b(?:takes?|took|gets?|got|brings?|brought)\s+(?:it|them)\s+from\b"
    # "Falvik rates it at 360 miles": the maker's figure for the product just named.
    r"|\b(?:rates?|rated|quotes?|puts?|claims?)\s+(?:it|them)\b"
    # A maker speaking of what it just named: "We expect start of production in 2029."
    # In a transcript, after the speaker's label: "Jane Roe -- CEO: We're seeing 3,000 cycles."
    r"|^\s*(?:[A-Z][^:]{0,60}:\s+)?We(?:['’]re|\s+are)?\s+(?:now\s+|also\s+)?"
    r"(?:expect|plan|aim|target|intend|will|seeing|see|getting|get|begin|start)\b"
    # What the writer measured, mid-sentence: "In real life, with two of us aboard, we see 200
    # km in summer", "I get about 95 km", "we managed 410 km": the product in view, tested.
    r"|(?:(?<=\bI\s)|(?<=\bwe\s))(?:get|got|see|saw|managed|averaged?)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|nearer\s+|closer\s+to\s+)?\d"
    # The maker's figure for the product in view: "Wrenfold claim 260 km of range".
    r"|\b(?:claims?|quotes?)\s+(?:about\s+|around\s+|up\s+to\s+)?\d[\d,.]*\s?(?:km|miles)\b"
    # "the 95kWh version", "the 77kWh battery": the product in view, by its pack.
    r"|\bthe\s+\d[\d.,]*[\s-]?kWh\s+(?:version|variant|model|battery|pack)\b"
    # "A 90 kWh reference pack provides a range of 820 km", "In a typical 75kWh pack it gives
    # 480km": the pack a maker builds of the product in view to quote its figures, whatever the
    # determiner and wherever the pack's energy stands.
    r"|\b(?:reference|typical)\s+(?:\d[\d.,]*[\s-]?kWh\s+)?(?:battery\s+)?packs?\b"
    # "The company builds it from LFP cells made by Acme", "assembles them with": the product
    # in view, made of the cells named after.
    r"|\b(?:builds?|built|makes?|assembles?|assembled|manufactures?|manufactured|produces?)\s+"
    r"(?:it|them)\s+(?:from|with|using|out\s+of)\b"
    # "The company quotes a range of 480 km", "The tenderer states an energy density of ...": the
    # maker's figure for the product in view, named by what it measures.
    r"|\b(?:claims?|quotes?|states?|promises?|specifies)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:range|energy\s+density|cycle\s+life|charging\s+time)\s+of\b"
    # "Each carries a 350 kWh pack", "Each container holds 2.5 MWh": one of the units just counted.
    r"|^\s*Each\s+(?:(?:unit|container|cabinet|bus|truck|vehicle|module|system)\s+)?"
    r"(?:carries|holds|has|stores|uses|gets|packs|is|comes)\b",
    re.I,
)


# Where a match of REFERENCE can start: a sentence's start (its openings with "^") or one of
# these words (case aside; "th" for "the", "this", "they"...): tried only there, a third of the
# time the pattern takes tried at every character.
_REFERENCE_WORDS = (
    *("th", "it", "pack", "batter", "module", "rate", "quote", "put", "claim"),
    *("reference", "typical", "build", "built", "mak", "assembl", "manufactur", "produc"),
    *("state", "promis", "specif"),
    *("tak", "took", "get", "got", "bring", "brought", "see", "saw", "manag", "averag"),
)


def _reference(text: str) -> re.Match[str] | None:
    """`REFERENCE.search(text)`, tried at its starts only."""
    return next(finditer_at(REFERENCE, text, [0, *word_starts(text, _REFERENCE_WORDS)]), None)


def referred_at(text: str) -> int:
    """Where a sentence refers to the product in view ("It", "the cell", "Production"), also
    after a transcript's speaker label ("DEV RAMAN: Production starts next year"); else -1."""
    reference = _reference(text)
    if reference:
        return reference.start()
    label = SPEAKER.match(text)
    # Searched in the words after the label, where "^" of the pattern's openings holds.
    reference = _reference(text[label.end() :]) if label else None
    return label.end() + reference.start() if label and reference else -1


# "The truck's 600 kWh battery is said to enable 500 km": the vehicle's pack, not the product.
VEHICLES_OWN = re.compile(
    r"\b(?:truck|car|van|bus|vehicle|SUV|lorry|tractor|crossover|sedan|saloon)['’]s\b", re.I
)
VEHICLES_OWN = folded_pattern(VEHICLES_OWN)


_NUMBERED = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth)[\s-]generation|[Gg]en(?:eration)?\s?\d)"
    r"\s+[A-Z][\w.+-]*"
)


_ITS_SUCCESSOR = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:successor|replacement|predecessor)\b")


def named_again(
    sentence: Sentence, batteries: dict[str, Battery], vehicles: dict[str, str]
) -> list[str]:
    """The products a sentence names again: by name ("The Tifif stores 42 kWh"), by the car
    the text said uses it ("the Nupo charged in 31 minutes", not "quicker than the Lipo"), or
    by its pack ("the 77kWh battery went from 10 to 80 per cent")."""
    text = sentence.text
    # By any of its names; a name inside a longer one is not named ("VoltCore" in
    # "VoltCore 2").
    spans = [
        (start, end, b.id)
        for b in batteries.values()
        if b.rule.endswith(
            (
                "named product",
                "listed product",
                "version product",
                "candidate product",
                "car product",
                "older product",
                "heading product",
            )
        )
        for n in b.names
        if n in text  # the pattern's own text: most names are not in a given sentence
        for start, end in phrase_spans(text, n)
    ]
    # "The second-generation Glint" after "the Glint 2": the same name numbered another way,
    # kept as another name of it.
    for m in _NUMBERED.finditer(text):
        key = spelling_key(m.group())
        same = [b.id for b in batteries.values() if key in map(spelling_key, b.names)]
        if len(same) == 1:
            spans.append((m.start(), m.end(), same[0]))
            also_named(batteries, same[0], m.group())
    again = [
        ident
        for start, end, ident in spans
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
        # "the Warden's successor, which will use a new 88 kWh pack": another product's figures.
        and not _ITS_SUCCESSOR.match(text, end)
    ]
    for car, ident in vehicles.items():
        if ident not in batteries:
            continue  # a product of no maker, since taken in by its maker's (`adopt_unowned`)
        for start, _ in phrase_spans(text, car):
            if not _COMPARED.search(text, max(0, start - 30), start):
                again.append(ident)
    if again:
        return list(dict.fromkeys(again))
    packs = {float(m.group(1).replace(",", "")) for m in _BY_PACK.finditer(text)}
    return [b.id for b in batteries.values() if {f.value for f in b.values("energy")} & packs]


def one_product(
    batteries: dict[str, Battery], placed: list[tuple[int, str]], text: str, known: set[str]
) -> list[tuple[int, str]]:
    """Two names the sentence gives one product ("X, also called Y", "the next-generation X,
    Y,") are one product: the second, new in this sentence, joins the first as its alias;
    a proper name is the name rather than "next-generation X"."""
    at = dict(placed)
    for match in same_product(text):
        first, second = at.get(match.start("name")), at.get(match.start("alias"))
        if not first or not second or first == second or second in known:
            continue
        one, other = batteries[first], batteries.pop(second)
        have = {(f.attribute, f.cite.start) for f in one.facts}
        facts = one.facts + tuple(f for f in other.facts if (f.attribute, f.cite.start) not in have)
        name, aliases = one.name, joined_aliases(one.name, one.aliases, other.names)
        if _GENERATION_WORDS.match(name) and not _GENERATION_WORDS.match(other.name):
            name, aliases = other.name, joined_aliases(other.name, [one.name], one.aliases)
        batteries[first] = dataclasses.replace(one, name=name, facts=facts, aliases=aliases)
        placed = [(p, first if i == second else i) for p, i in placed]
    return placed


_GENERATION_WORDS = re.compile(r"(?:first|second|third|fourth|fifth|next)[\s-]generation\b", re.I)


def generation_of(name: str, batteries: dict[str, Battery]) -> str:
    """The maker of the one product a generation's name numbers ("Vortix 2" of "Vortix"),
    else ""."""
    number, base = generation_number(name)
    if not number or not base:
        return ""
    key = spelling_key(base)
    makers = {b.maker for b in batteries.values() if key in map(spelling_key, b.names)}
    return makers.pop() if len(makers) == 1 else ""


# How a sentence refers to the products just named without naming them: "Both packs", "The
# cell", "Its ...", "the former" and "the latter", a quote, and a lede that introduces a
# product it names only in the next sentence.
_BOTH = re.compile(
    r"^(?:Both|All\s+(?:two|three))\s+(?:(?:[\w-]+\s+)?(?:packs|versions|batteries|cells|models|"
    r"variants|trims)\b|(?:use|have|carry|store|share|charge|run|come|get|rely)\b)"
)
_THE_CELL = re.compile(r"(?:The|This)\s+(?:new\s+)?(?:cell|battery|pack)\b")
_ITS_BEFORE = re.compile(r"\b(?:Its|its|Their|their)\s+(?:\d[\d.,]*[\s-]?kWh\s+)?$")
_ITS = re.compile(r"\s*(?:Its|Their)\s")
_FORMER_LATTER = re.compile(r"\bthe\s+latter\b", re.I)
_FORMER = re.compile(r"\bthe\s+former\b", re.I)
_QUOTE_OPENS = re.compile(r"\s*[\"“‘']")
_INTRODUCES = re.compile(
    r"\b(?:unveil(?:s|ed)?|launch(?:es|ed)?|introduc(?:es|ed)|present(?:s|ed)|show(?:s|ed)|"
    r"reveal(?:s|ed)|develop(?:s|ed)|announc(?:es|ed))\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:battery|cell|pack)\s+(?:that|which)\b",
    re.I,
)
_INTRODUCES = folded_pattern(_INTRODUCES)


# "Tellmark quotes an energy density of 290 Wh/kg": the maker opening the sentence with a verb
# of stating, about what it just named.
_MAKER_STATES = re.compile(
    r"['’]?\s+(?:also\s+)?(?:says?|said|quotes?|quoted|rates?|rated|puts?|gives?|gave|claims?|"
    r"claimed|states?|stated|reports?|reported|promises?|promised|specifies|specified)\b"
)


def maker_states(sentence: Sentence, maker: str) -> bool:
    """Whether the sentence opens with the product's maker, its only company, stating figures."""
    mentions = sentence.mentions
    return (
        bool(mentions)
        and mentions[0][1] == 0
        and all(m[0] == maker for m in mentions)
        and _MAKER_STATES.match(sentence.text, mentions[0][2]) is not None
    )


def maker_next(sentence: Sentence, sentences: Sequence[Sentence]) -> str:
    """The company that opens the paragraph's next sentence stating what the product just
    named does ("Fenwyra says the cell reaches 175 Wh/kg"), or ""."""
    following = sentences[sentence.index + 1 : sentence.index + 2]
    if not following or following[0].passage.id != sentence.passage.id:
        return ""
    after = following[0]
    ident = after.mentions[0][0] if after.mentions else ""
    if not ident or not maker_states(after, ident) or referred_at(after.text) < 0:
        return ""
    return ident
