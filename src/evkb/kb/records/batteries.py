"""Battery generations and products with their specs, from the sentences that name them.

A product is what `battery_names` finds in a sentence; its specs (`battery_specs`) are the
figures of that sentence and of the following sentences that refer to it ("the battery", "it",
"the 77kWh battery", the car said to use it) while no other product is named. A product named
again ("the Gen 2 cell" after "our second-generation Fjell cell") is the one named before.
Products merge with a generation of the same maker whose name matches up to British and
American spelling; two makers' products never merge; one whose maker stays unknown is dropped.

Following a product through the sentences that refer to it is one pass over one article's
sentences; how names, chemistries and generations are written (`battery_names`,
`battery_words`), specs, makers, tables, versions, figures shared among products, a plant's
start and capacity (`battery_plants`) and the products found so far (`battery_store`) live in
their own modules.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from evkb.kb.records.battery_figures import (
    RESPECTIVELY,
    figures_for,
    older_generation,
    respectively,
)
from evkb.kb.records.battery_lines import _anaphors, _other_line
from evkb.kb.records.battery_makers import (
    able_maker,
    maker_fact,
    maker_of,
    principal,
    referred_maker,
    short_named,
    trim_maker,
    version_maker,
)
from evkb.kb.records.battery_names import (
    _BY_PACK,
    _COMPARED,
    _products,
    same_product,
    vehicle,
)
from evkb.kb.records.battery_plants import (
    COMPANY_SAYS,
    DEDICATED,
    PLANT_WORDS,
    WILL_MAKE,
    maker_launch,
    plant_facts,
    plant_start,
)
from evkb.kb.records.battery_specs import _fact, specs
from evkb.kb.records.battery_store import (
    add_facts,
    adopt_unowned,
    also_named,
    joined_aliases,
    named_before,
    without_chemistry,
)
from evkb.kb.records.battery_tables import ROW_UNITS, table_cells, table_row
from evkb.kb.records.battery_versions import trim_version
from evkb.kb.records.battery_words import (
    _CHEMISTRY,
    chemistry_label,
    generation_number,
    spelling_key,
)
from evkb.kb.records.context import Resolver, Sentence, slug
from evkb.kb.records.periods import UNDATED, Dateline
from evkb.model import Battery, Fact

__all__ = ["chemistry_label", "extract_batteries", "joined_aliases", "spelling_key"]

_REFERENCE = re.compile(
    r"^\s*(?:[-•*·–]\s*)?(?:It|They|(?:[Ss]tart\s+of\s+|[Mm]ass\s+)?[Pp]roduction|Deliveries|Shipments|(?:Its\s+|The\s+)?(?:[Ee]nergy\s+density|[Rr]ange|[Cc]harging(?:\s+time)?|[Cc]ycle\s+life|[Cc]apacity|[Pp]ack\s+energy))\b"
    # A spec sheet's lines under the product: "• Fast charge 10-80%: 17 min", "• Pack cost: ..."
    r"|^\s*(?:[-•*·–]\s*)?(?:Chemistry|Cathode|Fast[\s-]charg\w*|Start\s+of\s+production|SOP|"
    r"(?:Pack|Cell)\s+cost|Cost)\b[^:]{0,20}:|"
    # Any labelled bullet of the list under it: "- Gravimetric energy density: 310 Wh/kg".
    r"^\s*[-•*·–]\s*[A-Z][\w\s()/,-]{0,40}:\s|\b(?:the|this|that|these|its)\s+(?:new\s+|latest\s+|\d[\d.,]*[\s-]?kWh\s+)?(?:battery|batteries|cell|cells|pack|packs|chemistry|technology|product)\b|\b(?:it|they)\s+(?:will|would|can|could|offers?|delivers?|gives?|has|have|is|are|stores?|reach(?:es)?|lasts?|achieves?)\b"
    # "the sulfide-based cell", "the prismatic NMC 811 cell": the product in view, described;
    # never "the other cell", "the older pack" or "the current NCM cells".
    r"|\b(?:the|this|these)\s+(?:(?!(?:other|rival|older|previous|existing|current|original|"
    r"competing|first|earlier|same|conventional|standard)\b)(?-i:[a-z][\w-]*|[A-Z]{2,5}(?:\s?\d{2,3})?)"
    r"\s+){1,3}(?:battery|cell|pack)\b"
    # "The manufacturer specifies the cycle life at 2,500 full cycles."
    r"|\bthe\s+(?:cycle\s+life|energy\s+density)\b"
    # "A 50 kWh pack of them would give about 350 km": a pack built of the cells just named.
    r"|\b(?:pack|packs|battery|module|modules)\s+(?:of|made\s+(?:of|from)|built\s+from)\s+them\b"
    # "Kestrel rates it at 360 miles": the maker's figure for the product just named.
    r"|\b(?:rates?|rated|quotes?|puts?|claims?)\s+(?:it|them)\b"
    # A maker speaking of what it just named: "We expect start of production in 2029."
    # In a transcript, after the speaker's label: "Jane Roe -- CEO: We're seeing 3,000 cycles."
    r"|^\s*(?:[A-Z][^:]{0,60}:\s+)?We(?:['’]re|\s+are)?\s+(?:now\s+|also\s+)?"
    r"(?:expect|plan|aim|target|intend|will|seeing|see|getting|get)\b"
    # "the 95kWh version", "the 77kWh battery": the product in view, by its pack.
    r"|\bthe\s+\d[\d.,]*[\s-]?kWh\s+(?:version|variant|model|battery|pack)\b",
    re.I,
)


# "The truck's 600 kWh battery is said to enable 500 km": the vehicle's pack, not the product.
_VEHICLES_OWN = re.compile(
    r"\b(?:truck|car|van|bus|vehicle|SUV|lorry|tractor|crossover|sedan|saloon)['’]s\b", re.I
)


_DEFINITE = re.compile(r"\b(?i:the|this|that)\s+(?:new\s+)?$")
_FIRST_PERSON = re.compile(r"\b(?i:our\s+(?:[\w-]+\s+){0,3}|we\s+call\s+)$")


_NUMBERED = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth)[\s-]generation|[Gg]en(?:eration)?\s?\d)"
    r"\s+[A-Z][\w.+-]*"
)


def _named_again(
    sentence: Sentence, batteries: dict[str, Battery], vehicles: dict[str, str]
) -> list[str]:
    """The products a sentence names again: by name ("The Brisa stores 42 kWh"), by the car
    the text said uses it ("the Vela charged in 31 minutes", not "quicker than the Arlo"), or
    by its pack ("the 77kWh battery went from 10 to 80 per cent")."""
    text = sentence.text
    # By any of its names; a name inside a longer one is not named ("PowerCore" in
    # "PowerCore 2").
    spans = [
        (m.start(), m.end(), b.id)
        for b in batteries.values()
        if b.rule.endswith(("named product", "listed product", "version product"))
        for n in b.names
        if n in text  # the pattern's own text: most names are not in a given sentence
        for m in re.finditer(rf"\b{re.escape(n)}\b", text)
    ]
    # "The second-generation Lumen" after "the Lumen 2": the same name numbered another way,
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
    ]
    for car, ident in vehicles.items():
        if ident not in batteries:
            continue  # a product of no maker, since taken in by its maker's (`adopt_unowned`)
        for match in re.finditer(rf"\b{re.escape(car)}\b", text):
            if not _COMPARED.search(text, max(0, match.start() - 30), match.start()):
                again.append(ident)
    if again:
        return list(dict.fromkeys(again))
    packs = {float(m.group(1).replace(",", "")) for m in _BY_PACK.finditer(text)}
    return [b.id for b in batteries.values() if {f.value for f in b.values("energy")} & packs]


def _one_product(
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


def _generation_of(name: str, batteries: dict[str, Battery]) -> str:
    """The maker of the one product a generation's name numbers ("Helix 2" of "Helix"), else ""."""
    number, base = generation_number(name)
    if not number or not base:
        return ""
    key = spelling_key(base)
    makers = {b.maker for b in batteries.values() if key in map(spelling_key, b.names)}
    return makers.pop() if len(makers) == 1 else ""


_ITS_BEFORE = re.compile(r"\b(?:Its|its|Their|their)\s+(?:\d[\d.,]*[\s-]?kWh\s+)?$")
_ITS = re.compile(r"\s*(?:Its|Their)\s")
_FORMER_LATTER = re.compile(r"\bthe\s+latter\b", re.I)
_FORMER = re.compile(r"\bthe\s+former\b", re.I)


def extract_batteries(
    source: str,
    sentences: Sequence[Sentence],
    resolver: Resolver,
    names: dict[str, str],
    written: Dateline = UNDATED,
) -> list[Battery]:
    """The products and generations of the body sentences, each with the specs stated for it;
    `written` (when the article was written) dates a launch "next year"."""
    batteries: dict[str, Battery] = {}
    active: str | None = None
    pair: list[str] = []  # the products of the last sentence naming two: "the former", "the latter"
    header = ""  # the column names of the table being read, as one line of words
    # The last sentence about one company that names no product, and its one chemistry.
    stance: tuple[int, str, list[Fact]] = (-2, "", [])
    vehicles: dict[str, str] = {}  # a car's name -> the product the text says it uses
    # A sentence introducing a product it does not name, its maker ("" when unnamed) and figures.
    teaser: tuple[int, str, list[Fact]] = (-2, "", [])
    # When and at what capacity the plant the article is about starts, before it names what
    # the plant makes: the companies the sentences name ("" for none) and the figures.
    plant: tuple[set[str], list[Fact]] = (set(), [])
    for sentence in sentences:
        cells = table_cells(sentence.text)
        if cells and not any(q.unit in ROW_UNITS for q in sentence.quantities):
            header = " ".join(cells)  # "| Cell | Chemistry | Fast charge (10-80%) |"
            continue
        header = header if cells else ""
        row_words = header
        if cells and not header:
            # A row under a header the body does not hold (a heading): its first cell may
            # only name a product named before ("Urban" for the "Vale Urban"), and a battery
            # table's minutes are its charging time.
            named = [n for n in table_row(cells, sentence) if named_before(n[0], "", batteries)]
            row_words = "charging" if named else ""
        else:
            named = table_row(cells, sentence) if cells else _products(sentence)
        if (
            not named
            and len({m[0] for m in sentence.mentions}) == 1
            and _CHEMISTRY.search(sentence.text)
        ):
            chosen = [f for _, f in specs(sentence, source) if f.attribute == "chemistry"]
            stance = (
                sentence.index,
                sentence.mentions[0][0],
                chosen[:1] if len(chosen) == 1 else [],
            )
        if (
            not named
            and (" that " in sentence.text or " which " in sentence.text)
            and (_INTRODUCES.search(sentence.text))
        ):
            # "A start-up has unveiled a cell that can be recharged ... in 12 minutes": a lede
            # whose product the next sentence names.
            owners = {m[0] for m in sentence.mentions}
            teaser = (
                sentence.index,
                owners.pop() if len(owners) == 1 else "?" if owners else "",
                [f for _, f in specs(sentence, source, "", written)],
            )
        if not named and plant_start(sentence):
            owners = {m[0] for m in sentence.mentions}
            plant = (
                owners | plant[0],
                plant[1]
                + [
                    f
                    for _, f in specs(sentence, source, "", written)
                    if f.attribute in ("launch", "production")
                ],
            )
        idle = not named and active is None and len(pair) != 2 and not maker_launch(sentence)
        # "the Long Range went from 10 to 80 percent in 27 minutes" after a sentence about
        # another company: a product named again may still take figures.
        again = (
            _named_again(sentence, batteries, vehicles)
            if not named and (not idle or (batteries and sentence.quantities))
            else []
        )
        if idle and len(again) != 1:
            continue  # nothing to attach specs to: spare reading them
        older: list[tuple[int, Fact]] = []
        facts = specs(sentence, source, row_words, written, older)
        if batteries and (shared := figures_for(sentence, facts, batteries)):
            for ident, given in shared.items():
                add_facts(batteries, ident, given)
            active, pair = None, []
            continue
        if len(again) == 1:
            active, pair = again[0], []
            if version := trim_version(sentence.text, batteries[active]):
                # "The standard-range Tern is a 64 kWh pack": that version's figures.
                active = version.id
                batteries.setdefault(active, version)
            add_facts(batteries, active, [f for _, f in facts])
            continue
        if named:
            placed = []
            known = set(batteries)  # products named before this sentence
            for name, at, _end, kind in named:
                if (
                    kind == "line"
                    and active is not None
                    and batteries[active].rule == "battery: version product"
                    and _ITS_BEFORE.search(sentence.text, max(0, at - 30), at)
                ):
                    # "The Vela also comes as a Long Range model. Its 92 kWh NMC battery ...":
                    # the battery of the version in view, not a line of its maker's.
                    placed.append((at, active))
                    continue
                maker = (
                    version_maker(sentence, _end - len(name), sentences, _end, names, resolver)
                    if kind == "version"
                    else maker_of(sentence, at, resolver)
                    or referred_maker(sentence, at, resolver, sentences)
                    or short_named(sentence.text[:at], names)
                )
                if not sentence.mentions and (owner := _generation_of(name, batteries)):
                    # "The second-generation PowerCore" is a generation of the PowerCore's
                    # maker, whichever company the text named last.
                    maker = owner
                if _FIRST_PERSON.search(sentence.text, max(0, at - 60), at):
                    # "our second-generation Fjell cell": the company the article speaks for,
                    # which a release or a call names first.
                    maker = next((s.mentions[0][0] for s in sentences if s.mentions), maker)
                if kind == "listed" and not maker:
                    # A spec list names the products the article presented: one of them by
                    # name, else a new one of the article's only maker.
                    makers = {b.maker for b in batteries.values() if b.name == name}
                    makers = makers or {b.maker for b in batteries.values()}
                    maker = makers.pop() if len(makers) == 1 else principal(sentences)
                if kind == "made":
                    # The maker is the company doing the making, named or referred to ("The
                    # company said it would start ..."), and a year must date the line.
                    by = [m for m in sentence.mentions if m[2] <= at]
                    referred = [m.end() for m in _anaphors(sentence) if m.end() <= at]
                    if referred and (not by or referred[-1] > by[-1][2]):
                        maker = referred_maker(sentence, at, resolver, sentences)
                    elif by:
                        maker = by[-1][0]
                    # else: a plant makes them, and the maker is the company in view
                    # ... or a spec of the cells themselves: "supplies NCMA pouch cells rated
                    # at 300 Wh/kg". A supply deal's date is the deal's, not the line's launch.
                    of_cells = any(f.attribute in _CELL_SPECS for _, f in facts)
                    dated = any(f.attribute == "launch" and f.value for _, f in facts)
                    supplied = "suppl" in sentence.text[max(0, at - 40) : at].lower()
                    if not of_cells and (supplied or not dated):
                        continue
                maker = able_maker(maker, sentence, resolver, sentences)
                if kind != "version":  # a version's maker was sought as a car's already
                    maker = trim_maker(name, maker, sentence, at, sentences, names, resolver)
                if kind == "line" and (
                    not maker
                    or not any(f.attribute not in ("chemistry", "launch") for _, f in facts)
                ):
                    continue
                ident = f"{slug(maker) if maker else slug(source)}-{slug(name)}"
                if ident not in batteries:
                    # "The Gen 2 cell" is the one product the article named so before,
                    # whoever is in view; "Its Long Range model" is the company in view's.
                    definite = _DEFINITE.search(sentence.text, max(0, at - 20), at)
                    inferred = "" if definite else maker
                    ident = named_before(name, inferred, batteries) or ident
                if ident in batteries and (
                    version := trim_version(sentence.text, batteries[ident])
                ):
                    ident = version.id
                    batteries.setdefault(ident, version)
                elif ident in batteries:
                    also_named(batteries, ident, name)
                if ident not in batteries:
                    batteries[ident] = Battery(
                        id=ident,
                        name=name,
                        maker=maker,
                        facts=maker_fact(maker, sentence, sentences, source),
                        origin="extracted",
                        confidence={"named": 0.7, "listed": 0.65, "version": 0.65, "made": 0.5}.get(
                            kind, 0.55
                        ),
                        rule=f"battery: {kind} product",
                    )
                    if maker:
                        adopt_unowned(batteries, ident)
                chem = _CHEMISTRY.search(name)
                if kind in ("line", "made") and chem:
                    label = chem.group()
                    # The line's chemistry is its name's; one written after an earlier product
                    # of the sentence stays that product's.
                    earlier = [a for _, a, _, _ in named if a < at]
                    facts = [
                        (p, f)
                        for p, f in facts
                        if f.attribute != "chemistry" or (earlier and earlier[0] <= p < at)
                    ] + [
                        (
                            at,
                            _fact("chemistry", label, sentence, source, text=label, confidence=0.6),
                        )
                    ]
                if (
                    stance[0] == sentence.index - 1
                    and stance[1] == maker
                    and _ITS.match(sentence.text)
                    and not any(f.attribute == "chemistry" for _, f in facts)
                ):
                    # "X has doubled down on LFP. Its Terrace cell ...": the chemistry the
                    # maker was just said to choose is its new product's.
                    facts = facts + [(at, f) for f in stance[2]]
                placed.append((at, ident))
            placed = _one_product(batteries, placed, sentence.text, known)
            # The rules find names in turn, not in reading order: each name takes the figures
            # after it only when the names are in the order the sentence gives them.
            placed.sort()
            idents = list(dict.fromkeys(i for _, i in placed))
            if len(idents) == 1:
                active, pair = idents[0], []
                if plant[1] and WILL_MAKE.search(sentence.text, 0, placed[0][0]):
                    # "The plant will begin production in 2029 ... The company will make its
                    # Kestrel cell": the plant's start and capacity are its one product's.
                    facts = facts + plant_facts(plant, batteries[active], facts)
                    plant = (set(), [])
                if car := vehicle(sentence):
                    vehicles[car] = active
                add_facts(batteries, active, [f for _, f in facts])
                if (
                    teaser[0] == sentence.index - 1
                    and active not in known
                    and teaser[1] in ("", batteries[active].maker)
                ):
                    add_facts(batteries, active, teaser[2])
            elif idents:
                # Several products in one sentence: each takes the figures that follow it.
                active, pair = None, idents
                if RESPECTIVELY.search(sentence.text) and len(placed) == len(idents):
                    facts = respectively(placed, facts)
                for n, (at, ident) in enumerate(placed):
                    upto = placed[n + 1][0] if n + 1 < len(placed) else len(sentence.text)
                    start = at if n else 0
                    add_facts(batteries, ident, [f for p, f in facts if start <= p < upto])
        elif len(pair) == 2 and _FORMER.search(sentence.text):
            latter = _FORMER_LATTER.search(sentence.text)
            cut = latter.start() if latter else len(sentence.text)
            add_facts(batteries, pair[0], [f for p, f in facts if p < cut])
            add_facts(batteries, pair[1], [f for p, f in facts if p >= cut])
        elif (
            active is not None
            and not _other_line(sentence)
            and not _VEHICLES_OWN.search(sentence.text)
            and (reference := _REFERENCE.search(sentence.text))
        ):
            others = sentence.mentions and batteries[active].maker not in {
                m[0] for m in sentence.mentions
            }
            if not others or reference.start() < sentence.mentions[0][1]:
                add_facts(batteries, active, [f for _, f in facts])
        elif (
            active is not None
            and DEDICATED.search(sentence.text)
            and batteries[active].maker
            in {m[0] for m in sentence.mentions} | {batteries[active].maker}
            and len({m[0] for m in sentence.mentions}) <= 1
        ):
            # "The company plans a dedicated line with an annual capacity of 12 GWh": a line
            # built for the product in view is that product's production capacity.
            add_facts(batteries, active, [f for _, f in facts if f.attribute == "production"])
        elif (
            active is not None
            and COMPANY_SAYS.match(sentence.text)
            and not sentence.mentions
            and not PLANT_WORDS.search(sentence.text)
        ):
            # "The company announced that mass delivery will begin in the fourth quarter of
            # this year", right after it named the product: when the product starts.
            add_facts(batteries, active, [f for _, f in facts if f.attribute == "launch"])
        elif maker_launch(sentence):
            # "Corvik expects to start volume production in 2027": when a maker the article
            # credits with one product says when production starts, the date is that product's.
            own = [b.id for b in batteries.values() if b.maker == sentence.mentions[0][0]]
            if len(own) == 1:
                add_facts(batteries, own[0], [f for _, f in facts if f.attribute == "launch"])
        if older and active is not None:
            older_generation(batteries, active, sentence, older, sentences, source)
        if (
            active is not None
            and sentence.mentions
            and not named
            and not _other_line(sentence)
            and batteries[active].maker not in {m[0] for m in sentence.mentions}
        ):
            active = None  # the text has moved on to another company
    # A product whose maker the article never makes clear can be neither merged nor compared:
    # it would only ever be a stray.
    return [
        b
        for b in without_chemistry(batteries)
        if b.maker
        and (any(f.attribute != "maker" for f in b.facts) or b.rule.endswith("named product"))
    ]


_CELL_SPECS = frozenset(["energy_density", "energy", "range", "charging", "cycles", "cost_change"])
_INTRODUCES = re.compile(
    r"\b(?:unveil(?:s|ed)?|launch(?:es|ed)?|introduc(?:es|ed)|present(?:s|ed)|show(?:s|ed)|"
    r"reveal(?:s|ed)|develop(?:s|ed)|announc(?:es|ed))\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:battery|cell|pack)\s+(?:that|which)\b",
    re.I,
)
