"""Companies named in body sentences: found by the words around a name, never by a list of names.

A capitalised run becomes a company when the text says it is one: a kind noun before or after
it ("battery maker X", "X, the Swedish cell maker"), an organisation word in it ("... Energy
Solution", "... Motor Co."), a share held, people working "at" it, or a corporate verb after it
("X announced", "X will build"). People (a title or role next to them), products (followed by
"battery", "pack" ...), places and dates are never companies.

The words and patterns themselves are in `company_cues.py`, the cutting of capitalised runs into
names in `company_names.py`, what a run's own words say in `company_own.py`, whether the words
around it make it a person in `company_persons.py` and what else they make it (a product, a
programme, a place) in `company_vetoes.py`; here they are weighed together on one name (what
makes it a company against what rules it out), which is why `discover` is long.
"""

from __future__ import annotations

from collections.abc import Sequence

from evkb.kb.records import company_cues as cue
from evkb.kb.records import company_ends as ends
from evkb.kb.records import company_relations as rel
from evkb.kb.records.company_exchanges import traded_on
from evkb.kb.records.company_found import Found, settle
from evkb.kb.records.company_held import holds_bare_share
from evkb.kb.records.company_lists import Lists
from evkb.kb.records.company_made import maker_kind
from evkb.kb.records.company_marks import marked, notice, ranking_rows, share_talks
from evkb.kb.records.company_models import model_after
from evkb.kb.records.company_money import body_gives, gives_after, money_role
from evkb.kb.records.company_nameable import is_nameable
from evkb.kb.records.company_names import (
    NATIONALITIES,
    holds_next,
    name_key,
    ordinary,
    plain_words,
    runs,
)
from evkb.kb.records.company_own import PARTICLES, has_org_word, person_of
from evkb.kb.records.company_persons import speaking_person, titled_person
from evkb.kb.records.company_shapes import ACRONYM, CAMEL
from evkb.kb.records.company_taken_up import subject_taken_up, taken_up
from evkb.kb.records.company_units import owner_role, unit_role
from evkb.kb.records.company_vetoes import vetoes
from evkb.kb.records.context import (
    PLACE_WORDS,
    Sentence,
    country_of,
    kind_of_noun,
)
from evkb.kb.records.share_figures import is_share_figure


def discover(
    sentences: Sequence[Sentence],
    known_mentions: list[list[tuple[str, int, int]]],
    plain: set[str] | None = None,
    cells: frozenset[tuple[int, int]] = frozenset(),
) -> dict[str, Found]:
    """Every organisation-like name the document's body gives evidence for, by name key;
    `plain` is `plain_words(sentences)` when the caller has it already, `cells` the spans of
    the table cells a header calls companies."""
    if plain is None:
        plain = plain_words(sentences)
    talks = share_talks(sentences)
    rows = ranking_rows(sentences)  # "2. Acme - 19.8% (17.1%)": a numbered ranking's rows
    described_next = taken_up(sentences)  # "X leads. The Danish group held 28%": X's kind
    found: dict[str, Found] = {}
    persons: set[str] = set()
    lists = Lists()  # "Ostkel, Acme Cells and Borel": names listed with a company
    for sentence, mentions in zip(sentences, known_mentions):
        text = sentence.text
        if notice(text):
            continue  # "Acme Securities does and seeks to do business with companies covered"
        # A ranking goes on over sentences that no longer say "share" (as in shares.py).
        has_share = any(talks[max(0, sentence.index - 4) : sentence.index + 1])
        # The share figures are read only when a name gets as far as asking (most do not).
        percent_starts: list[int] | None = None if has_share else []
        # "Catch all the Business News, Market News, Breaking News ...": a site's sections
        sections = text.count(" News") >= 3
        lists.sentence(text, mentions, sentence.index)
        for start, end, name in runs(sentence, mentions, plain, persons):
            if sections and name.endswith(("News", "Updates", "Events")):
                continue
            if text.startswith("Dear ", max(0, start - 5)):
                continue  # "Dear Partners,": a letter's greeting to its readers
            if text[end : end + 1] == " " and cue.PLAN_AFTER.match(text, end):
                continue
            head = name.rsplit(None, 1)[-1].casefold()
            if head in cue.SITE_HEADS and not cue.GOVERNMENT_AFTER.match(text[end:]):
                continue  # "the Nafomuk Green Energy Park": a site, whatever its other words
            if head in cue.EVENT_HEADS:
                continue  # "At its annual Supplier Day": an event, not who holds it
            organ = (
                cue.ORGAN_OF.match(name) if name.startswith(("Board", "Sup", "Man", "Ex")) else None
            )
            if organ:  # "the Board of Directors of Acme Mobility": only a company has one
                start, name = start + organ.end(), name[organ.end() :]
            if name.endswith(cue.ORGAN_ENDS) and cue.ORGAN.search(name):
                continue  # "the Board of Directors approved": the company's organ
            before, after = text[max(0, start - 90) : start], text[end:]
            # The word before a name decides which of the patterns below can match at all:
            # checking it first keeps the cost per name to a few set lookups.
            tail = before.rsplit(None, 1)[-1] if before.strip() else ""
            last = tail.rstrip(",").casefold()
            if last in ("for", "of", "the") and cue.PORTFOLIO_BEFORE.search(before):
                continue  # "the Minister for Public Works": a portfolio, not a body
            words = name.split()
            org_word = has_org_word(words)
            government = cue.GOVERNMENT_AFTER.match(after)
            public = body_gives(words, after, before)  # "Kelso County has offered": the body acts
            if government and not any(w.casefold() in cue.ORG_WORDS for w in words):
                # "the Anhui provincial government will give": the body, named by its place.
                end += government.end()
                name, words, after = text[start:end], text[start:end].split(), text[end:]
                org_word = public = True
            org_word = (
                org_word
                or public
                or (
                    len(words) > 2
                    and words[0].casefold() in cue.ORG_HEADS
                    # "Ministry of ...", "Confederación de ...", "Instituto Valenciano de Finanzas"
                    and (words[1] in cue.CONNECTORS or words[2] in cue.CONNECTORS - {"and", "&"})
                )
            )
            outlet = cue.dateline_outlet(text, start, name)  # "GENEVA, Dec 2 (X Wire) -"
            if outlet is False:
                continue
            if (
                start == 0
                and sentence.index <= 2
                and name.split()[0].isupper()
                and len(text) > 80
                and cue.DATELINE_DASH.match(text, end)
            ):
                continue  # "ADELAIDE, SA — The state ...": where the story was filed
            at_start = start == 0 or cue.OPENERS.fullmatch(text, 0, start) is not None
            person = titled_person(words, before, after, tail, last, org_word)
            # "backed by the carmaker Falkner Werke, said": the kind before it says what it is.
            described_before = last in cue.KIND_LAST and ends.described_before(before)
            if (
                described_before
                and tail.endswith(",")
                and not after.startswith(",")
                and cue.SPEECH_AFTER.match(after)
            ):
                # "a contract with a European carmaker, Rodakota said": the clause ends at the
                # comma and the name opens the attribution; the noun was someone else ("the cell
                # maker, Acme, said" closes its apposition with a comma, and stays described).
                described_before = None
            # "officials from Zandor" is as often a city as an organisation: one word after
            # "from" or "with" is not enough.
            at_org = (
                last in cue.AT_LAST
                and (len(words) > 1 or last not in ("from", "with"))
                and cue.AT_ORG.search(before)
            ) or (tail.endswith(",") and cue.TITLED_AT.search(before))
            if (
                not person
                and not described_before
                and not at_org
                and speaking_person(words, after, last, org_word)
            ):
                person = True
            if not person and last in PARTICLES and cue.PERSON_WORD.fullmatch(name):
                # "fleet manager Anton van Dijk", "Jan van der Molen": a surname after its
                # particles is a person's when a given name comes before them
                given = [w for w in before.split()[-4:] if w not in PARTICLES][-1:]
                person = bool(given) and cue.PERSON_WORD.fullmatch(given[0]) is not None
                persons.add(last)
            if person:
                persons.update(w.casefold() for w in words)
                continue
            # "Bisusok of Sweden": the place is the country, not part of the name.
            of = cue.OF_PLACE.match(name) if " of " in name else None
            if (
                of
                and (last == "said" or cue.QUESTION_FROM_BEFORE.search(before))
                and person_of(of.group(1), of.group(2))
            ):
                # "said Ahn Sung-jae of Yeonam Securities", "the next question comes from Jo
                # Roe of Acme Partners": a person, then whom they speak for.
                persons.update(w.casefold() for w in of.group(1).split())
                shift = len(name) - len(of.group(2))
                start, name, words = start + shift, of.group(2), of.group(2).split()
                before = text[max(0, start - 90) : start]
                tail, last, of = "of", "of", None
            run_after = after  # the verb follows the whole run: "Bisusok of Sweden raised ..."
            country = ""
            if of and all(
                w.casefold() in PLACE_WORDS or country_of(w) for w in of.group(2).split()
            ):
                country = country_of(of.group(2)) or of.group(2)
                # "Government of Canada", "Bank of Korea": the place belongs to the name.
                if not cue.named_with_place(of.group(1).split()):
                    name, end = of.group(1), start + len(of.group(1))
                    after = text[end:]
            elif of and cue.of_its_town(of.group(1).split(), of.group(2).split(), plain):
                # "Acme Power of Springvale": a town the copy knows no other way.
                name, end = of.group(1), start + len(of.group(1))
                after = text[end:]
            # "Swedish Bisusok": a leading nationality is the country; "Swedish Energy
            # Agency" keeps it, the rest being only words any organisation may carry.
            lead = name.split()
            while (
                len(lead) > 1
                and lead[0].casefold() in NATIONALITIES
                and not all(
                    w.strip(".,").casefold() in cue.ORG_WORDS or w.casefold() in cue.KIND_LAST
                    for w in lead[1:]
                )
                and not cue.public_body(lead[1:], plain)
                and not cue.national_body(lead[1:])
            ):
                country = country or country_of(lead[0])
                lead = lead[1:]
            if len(lead) > 1 and country_of(lead[0]):
                country = country or country_of(lead[0])
            if len(lead) != len(name.split()):
                shift = name.find(lead[0])
                start, name = start + shift, name[shift:]
            if not is_nameable(name, plain) and not (public and name == text[start:end]):
                continue  # ("Kelso County has offered": a place's body, named by the place)
            key = name_key(name)
            entry = found.get(key)
            if entry is None:
                entry = found[key] = Found(name)
            entry.seen(name, at_start, last, after)
            i = sentence.index
            lists.name(start, end, key, i)
            if country:
                entry.countries.append(country)
            described = described_before or cue.DESCRIBED_AFTER.match(after)
            listed = (
                rel.SUCH_AS.search(before)
                if not described and (" as " in before or "includ" in before or " like " in before)
                else None
            )
            if listed:
                entry.strong.append(("descriptor", 0.8, i))
                entry.kinds.append(kind_of_noun(listed.group("noun")))
            elif (
                not described
                and (" as " in before or "includ" in before or " like " in before)
                and rel.LISTED_AS.search(before)
            ):
                entry.strong.append(("listed with companies", 0.75, i))
            if described:
                noun = kind_of_noun(described.group("noun"))
                entry.strong.append(("descriptor", 0.85, i))
                # "rating agency", "news agency": the word before the noun says the kind.
                adjectives = described.group("adj").casefold().split()
                qualified = [
                    cue.QUALIFIED_KINDS[w]
                    for n, w in enumerate(adjectives)
                    if w in cue.QUALIFIED_KINDS
                    # "the export credit agency" lends for the state; it rates no one
                    and adjectives[n - 1 : n] != ["export"]
                ]
                # "the Eastern Cape battery start-up": what it makes says its kind.
                made = described.group("adj").split()[-1:] if noun == "other" else []
                made_kind = kind_of_noun(f"{made[0]} maker") if made else "other"
                # "a Tarnholt pack assembler": what the maker's noun is of says the kind first.
                # ("home-battery maker": the noun may open inside a hyphened word)
                said = described.string[: described.end("noun")][-60:]
                made_kind = (
                    maker_kind(said, described.string[described.end("noun") :], noun) or made_kind
                )
                entry.kinds.append(
                    qualified[-1] if qualified else made_kind if made_kind != "other" else noun
                )
                for word in described.group("adj").split():
                    if country_of(word.strip(",.")):
                        entry.countries.append(country_of(word.strip(",.")))
            if org_word:
                entry.strong.append(("organisation word", 0.8, i))
            elif organ:
                entry.strong.append(("its board", 0.75, i))
            # "The government of Fujian will ...", "sales in Jiangsu fell by 35%": a name after a
            # preposition is not the subject of the verb or the holder of the figure that follow.
            governed = last in cue.PREPOSITIONS
            possessive = (
                last.endswith(("'s", "\u2019s")) and cue.COUNTRY_POSSESSIVE.search(before)
            ) or (last.endswith("-based") and cue.BASED.search(before))
            if possessive:
                entry.countries.append(country_of(possessive.group("c")))
                entry.weak.append(("country possessive", 0.6, i))
            country_apposition = cue.COUNTRY_APPOSITION.match(after)
            if country_apposition and country_of(country_apposition.group("c")):
                entry.countries.append(country_of(country_apposition.group("c")))
            of_country = cue.OF_COUNTRY.match(after)
            if of_country and country_of(of_country.group("c")):
                entry.countries.append(country_of(of_country.group("c")))
            if i in described_next and subject_taken_up(text, start, end, plain):
                entry.strong.append(("taken up as a company", 0.7, i))
            if last == "the" and cue.UNION_AFTER.match(after):
                entry.strong.append(("descriptor", 0.8, i))  # "the IG Metall union welcomed"
            if cue.WHICH_RUNS.match(after) and (len(words) > 1 or not ordinary(name, plain)):
                entry.strong.append(("what it does", 0.7, i))
            if not person and gives_after(run_after):
                entry.strong.append(("gives a sum", 0.7, i))
            # "the chief executive told Anode Metals Daily the ...", "told RouteSmart.": whom a
            # speaker tells is the outlet telling the story, when it is no person.
            if (
                last == "told"
                and cue.TOLD_AFTER.match(after)
                and (org_word or ACRONYM.match(name) or CAMEL.fullmatch(name))
            ):
                entry.strong.append(("outlet told", 0.7, i))
                entry.kinds.append("media")
            if outlet:
                entry.strong.append(("outlet in a dateline", 0.7, i))
                entry.kinds.append("media")
            if at_org:
                entry.strong.append(("people at", 0.75, i))
            money = money_role(name, last, before, after)  # "a €45m grant from X", "lent to X"
            if money:
                entry.strong.append((money, 0.75, i))
            unit = unit_role(name, last, before, after)  # "its battery unit, Acme", "Acme's arm"
            if unit is not None:
                entry.strong.append(("unit of a company", 0.75, i))
                if unit:
                    entry.kinds.append(kind_of_noun(f"{unit} maker"))
            elif (after[:1] in "'’" or last in ("of", "between", "the")) and owner_role(
                name, last, after, before
            ):
                entry.strong.append(("owner of a unit", 0.7, i))  # "Acme's Borel unit"
            if rel.TICKER_AFTER.match(after) or (
                last.endswith("-listed") and rel.LISTED_BEFORE.search(before)
            ):
                entry.strong.append(("listed company", 0.8, i))
            if public or last in ("state-owned", "state-run", "government-owned"):
                entry.kinds.append("government")  # "the state-owned Acme Bank": the state's
            if last == "bank" and rel.BANK_BEFORE.search(before):
                entry.strong.append(("descriptor", 0.8, i))  # "the development bank KfW"
            if (last in ("with", "to", "the") and rel.DEALT_WITH.search(before)) or (
                last in ("be", "is", "was", "are", "were") and rel.CUSTOMER_IS.search(before)
            ):
                if len(words) > 1 or ACRONYM.match(name):
                    entry.strong.append(("dealt with", 0.7, i))
                else:
                    entry.weak.append(("dealt with", 0.55, i))
            if (
                last in ("to", "by")
                and rel.CREDITED_BEFORE.search(before)
                and (
                    (has_share and rel.CREDITED_AFTER.match(after))
                    or rel.CREDITED_FOR_MONEY.match(after)
                )
                and not (country_of(name) or name.casefold() in PLACE_WORDS)
                and not ordinary(name, plain)
            ):
                entry.strong.append(("credited", 0.7, i))  # "the leader thanks to Acme"
            if (
                (start == 0 or (at_start and i in rows))  # "- Acme: 24.5%": a bulleted row
                and (cue.ROW_AFTER.match(after) or i in rows)
                and name.casefold() not in cue.ROW_LABELS
                and (
                    i in rows
                    or any(q.unit == "GWh" for q in sentence.quantities)
                    # "Wirrabee Storage   14.3   13.7" in a table the text around calls one of
                    # shares: only a holder has a row of its own figures there.
                    or (
                        cue.FIGURES_ROW.match(after)
                        and any(talks[max(0, sentence.index - 8) : sentence.index + 9])
                    )
                )
                # "Production Capacity: 40 GWh" is a key figure's label, not a maker
                and not all(ordinary(w, plain) for w in words)
            ):
                entry.strong.append(("table row", 0.65, i))  # only a maker has GWh of its own
            if cells and (sentence.start + start, sentence.start + end) in cells:
                entry.strong.append(("table column", 0.7, i))  # "Rank | Maker | ...": its cell
            near = before[-45:]
            if (
                (" of " in near or " by " in near or " with " in near)
                and rel.PART_OF.search(near)
                # "a spin-off of a Halberg research institute": the name only qualifies the
                # organisation, which goes unnamed.
                and not cue.ATTRIBUTIVE_AFTER.match(after)
            ):
                entry.strong.append(("part of an organisation", 0.7, i))
            if "parent" in near and rel.PARENT_BEFORE.search(near):
                entry.strong.append(("parent company", 0.7, i))
                entry.parent = True
            if rel.FINANCES_AFTER.match(run_after) or (
                last in ("of", "in") and rel.FINANCES_BEFORE.search(before)
            ):
                entry.weak.append(("company finances", 0.6, i))
            if (
                after[:1] in "'’"
                and rel.PEOPLE_AFTER.match(after)
                and not country_of(name)
                and name.casefold() not in PLACE_WORDS
            ):
                entry.weak.append(("its people", 0.6, i))
            if (
                after[:1] in "'’"
                and rel.PROGRAMME_OWNED_AFTER.match(after)
                and not country_of(name)
                and name.casefold() not in PLACE_WORDS
            ):
                entry.strong.append(("owner of a programme", 0.7, i))

            source = ends.source_of(name, last, before, org_word)  # "according to SNE"
            if source:
                (entry.strong if source == "strong" else entry.weak).append(
                    ("source of a statement", 0.6, i)
                )
            if last == "to" and not source and ends.source_of_share(name, before, after):
                if percent_starts is None:
                    percent_starts = _share_starts(sentence)
                if any(p < start for p in percent_starts):  # "held 31%, according to X Y."
                    entry.strong.append(("source of a share", 0.65, i))
                    entry.kinds.append("research firm")
            if not governed:
                if percent_starts is None:
                    percent_starts = _share_starts(sentence)
                # "The Piedmontese company held 12%", "Three Asian cell makers held 70%": the
                # name only qualifies the holder, an organisation it does not name.
                if not cue.ATTRIBUTIVE_AFTER.match(after) and (
                    any(0 <= p - end <= 60 and holds_next(text, end, p) for p in percent_starts)
                    or holds_bare_share(sentence, text, start, end, name)  # "XQV - 36.7%"
                ):
                    entry.strong.append(("share holder", 0.75, i))
            mark = marked(sentence, name, before, after, plain, governed)
            if mark:
                entry.strong.append((mark, 0.75, i))
            if (last in ("on", "the") and traded_on(name, before, after, plain)) or (
                last in ("with", "to", "the") and cue.FILED_BEFORE.search(before)
            ):  # "shares rose 8% on the QXE", "in a filing with Acme Bourse"
                entry.strong.append(("stock exchange", 0.7, i))
            if len(words) == 1 and name.casefold() in cue.LEGISLATURES:
                entry.strong.append(("legislature", 0.7, i))
                entry.kinds.append("government")
            if cue.RATED_AFTER.match(after):
                entry.strong.append(("rated by an analyst", 0.7, i))
            if governed:
                pass
            elif cue.CORPORATE_VERB.match(run_after) and not cue.SPEECH_AFTER.match(run_after):
                entry.weak.append(
                    ("corporate verb", 0.6 if not at_start or len(words) > 1 else 0.55, i)
                )
            elif cue.SPEECH_AFTER.match(after) and (
                (len(words) == 1 and not ordinary(name, plain))  # "the Opposition said"
                or any(w.casefold() in PLACE_WORDS or country_of(w) for w in words)
            ):
                # "Vapag says": a surname is caught as a person
                entry.weak.append(("statement", 0.5, i))
            if cue.MAKER_OF.match(after) or cue.model_maker(sentence, name, before, after):
                entry.weak.append(("maker of a product", 0.6, i))
            elif model_after(text, start, after):  # "my 1998 Acme Tuk": a vehicle's maker
                entry.weak.append(("maker of a vehicle", 0.6, i))
                entry.kinds.append("automaker")
            abbr = cue.ABBREVIATION_AFTER.match(after) or (
                before.endswith("means ") and cue.DEFINED_BEFORE.search(before)
            )
            alias = abbr and (abbr.group("abbr") or abbr.group("defined"))
            # "Acme Metals (Japan)" in a table: the company's country, not a short name
            if (
                alias
                and alias.upper() not in cue.COMMON_ACRONYMS
                and alias != name
                and not country_of(alias)
            ):
                entry.aliases.append(alias)
            entry.vetoes.update(vetoes(name, words, before, after, tail, last, org_word))
    settle(found, sentences, persons)
    lists.spread(found, sentences, plain)
    return found


def _share_starts(sentence: Sentence) -> list[int]:
    """Where the sentence's share figures start, counted from the sentence's start."""
    return [
        q.start - sentence.start
        for q in sentence.quantities
        if q.unit == "percent" and is_share_figure(sentence, *sentence.local(q))
    ]


# The records made from what `discover` finds live beside it; imported here for callers.
from evkb.kb.records.company_records import (  # noqa: E402
    company_records,
    described_by_references,
)

__all__ = ["Found", "company_records", "described_by_references", "discover", "name_key"]
