"""The shapes a name is written in, before any word around it is read: a run of capitalised
words with the joins a name holds ("of the", "für", "Committee on", a body's possessive
holder, a legal form after a comma), where such a run can start, and the shapes of one word of
it (initials, initials run into a word, a capital inside a word). `company_names.py` cuts the
runs into names."""

from __future__ import annotations

import re

from evkb.kb.records.company_forms import (
    DOTTED_FORM,
)

# "People's" is a word of official names ("the Hefei Municipal People's Government").
# A country's initials open the names of its bodies: "U.S. Department of Energy", "U.K. Export
# Finance".
# A state's or province's initials open its bodies' names the same way ("N.D. Department of
# Revenue", "B.C. Ministry of Mines"): two capitals with their stops, before a body's head.
COUNTRY_INITIALS = (
    r"(?:(?:U\.S|U\.K|E\.U|U\.N)\.(?=\s+[A-Z])|[A-Z]\.[A-Z]\.(?=\s+(?:Department|Ministry|"
    r"Office|Agency|Commission|Authority|Bureau|Board|Administration|Division)\b))"
)
# "Ravnholt Battery A/S": the Nordic legal form is one word, slash and all.
# Capitals with a diacritic open names too ("Élan Stockage", "Østvolt").
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
CAP = (
    rf"(?:A/S(?![\w/])|{DOTTED_FORM}|{COUNTRY_INITIALS}|People['’]s(?=\s+[A-Z])|[{UPPER}][\w&+\-]*|"
    r"[0-9][\w-]*[A-Z][\w-]*)"
)


# One space (or a line break) between a name's words: a tab or a run of spaces parts the cells
# of a table written as text ("Ampelis Energy<TAB>France").
GAP = r"(?:[ \u00a0]|\r?\n)"
RUN = re.compile(
    rf"(?<![\w'’\-.]){CAP}(?:{GAP}(?:(?:of(?:{GAP}the)?|de|del|della|des|da|do|di|du|der|von|y|e|et|und|&|and){GAP})?{CAP}|"
    # "Fonds Cassiope pour l'Industrie", "Agentur für Arbeit", "Fundación para la Energía": a
    # body's remit after "for" in its own language, an article elided onto the noun.
    rf"{GAP}(?:pour|para|für|voor|för)(?:{GAP}(?:la|le|les|el|los|las|die|der|das|het|de))?{GAP}(?:[ld]['’])?{CAP}|"
    rf"{GAP}(?:de|du|des|della|di|et)(?:{GAP}la)?{GAP}[ld]['’]{CAP}|"
    # (the word after the body's noun is read first: the nouns, each a look-behind tried at the
    # end of every word of every run, are read only before "for")
    rf"(?={GAP}for)(?:(?<=Department)|(?<=Ministry)|(?<=Office)|(?<=Agency)|(?<=Secretary)|(?<=Institute)|"
    rf"(?<=Council)|(?<=Commission)|(?<=Centre)|(?<=Center)|(?<=Foundation)|(?<=Association)|"
    rf"(?<=Society)|(?<=Federation)|(?<=Fund)|(?<=Authority)|(?<=Cabinet)|(?<=Directorate)|"
    rf"(?<=Directorate-General)|(?<=Bank)|(?<=Secretariat)|(?<=Bureau)|(?<=Administration)|"
    rf"(?<=Board)|(?<=Alliance)|(?<=Coalition)|(?<=Corporation)|(?<=Organisation)|"
    rf"(?<=Organization)){GAP}for(?:{GAP}the)?{GAP}{CAP}|"
    # "Senate Committee on Energy and Natural Resources": a committee is "on" its subject.
    rf"(?<=Committee){GAP}on{GAP}{CAP}|"
    # "the Governor's Office of ...", "Dealers' Associations": an office's holder or a body's
    # members in the possessive are part of its name.
    rf"(?=['’]s{GAP})(?:(?<=Governor)|(?<=Mayor)|(?<=President)|(?<=Premier)|(?<=Minister)|(?<=Chancellor))"
    rf"['’]s{GAP}(?=(?:Office|Council|Department|Cabinet|Bureau)\b){CAP}|"
    rf"(?<=[a-z]s)['’]{GAP}(?=(?:[A-Z][a-z]+{GAP})?(?:Associations?|Federation|Union|Council|Party|"
    rf"Forum|Chamber)\b)"
    rf"{CAP})*"
    # ("Co Westmeath", "Co Durham": a county, written so in Ireland and Britain, not a suffix)
    rf"(?:,?{GAP}(?:\((?:Pty|Pvt|Pte)\){GAP})?(?:Co(?!{GAP}(?!Ltd|Limited|Inc)[A-Z][a-z])|Inc|Corp|Ltd|Plc|LLC|LLP|AG|SE|SA|NV|SAS|SpA|AB|ASA|"
    rf"AS|A/S|SF|Pvt|Pte|Bhd|JSC|PJSC|Tbk|{DOTTED_FORM})\.?(?![\w]))?"
)


# Where a match of RUN can start: a capital or a digit (each of CAP's forms opens with one)
# with no word character, apostrophe, hyphen or stop before it, RUN's look-behind read after
# the character. Opening with the character, it lets `re` skip from one capital to the next,
# where RUN, opening with its look-behind, is tried at every character.
RUN_START = re.compile(rf"[{UPPER}0-9](?<![\w'’\-.].)")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
# Initials with a word run into them ("EVTank", "KfW"): capitals at both ends or twice at the start.
MIXED_ACRONYM = re.compile(r"^(?:[A-Z]{2,}[a-z]+|[A-Z][a-z]{1,2}[A-Z]+)$")
# "RouteSmart", "GrowNorland": one word with a capital inside, a coined name and never a person's.
CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
