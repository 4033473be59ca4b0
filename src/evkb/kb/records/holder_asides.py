"""Which names before a share figure stand aside from the clause that holds it: in the
apposition of the name before them ("X, a supplier to Y, had 27.4%"), in a relative clause
about it ("X, which supplies Y, held 37%"), in parentheses, between dashes or in a comma aside
("Chinese suppliers, led by X and Y, control ..."). `holders` takes the holder from the rest."""

from __future__ import annotations

import re

RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")
# X's apposition up to a name in it: a phrase opening with a lower-case word (not a conjunction
# joining a second holder), and names it lists ("a supplier to Y, Z and "), after the short
# form X may give in brackets ("Acme Cells (ACL), the venture of Y and Z, had 3.4%").
_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,12}\)|\))?,\s+(?!(?:and|or|but|nor|while|whereas|although|though)\s)[a-z][\w'’-]*\s[^,]*"
    r"(?:,\s+[A-Z][^,]*)*(?:,\s+)?"
)


def outside_appositions(
    text: str, before: list[tuple[str, int, int]], at: int
) -> list[tuple[str, int, int]]:
    """The names of `before` (in the text's order) outside the apposition of a name before
    them that a comma closes before the figure at `at`: "X, the Japanese supplier to Y, was
    fourth with 5.2 percent", "X, once the leader thanks to Y, is down to 3.1%", "X, a
    supplier to Y, Z and W, had 27.4%"."""
    kept: list[tuple[str, int, int]] = []
    for mention in before:
        if (
            kept
            and _APPOSITION.fullmatch(text, kept[-1][2], mention[1])
            and "," in text[mention[2] : at]
        ):
            continue
        kept.append(mention)
    return kept


def in_relative_clause(text: str, mention: tuple[str, int, int], at: int) -> bool:
    """ "X, which supplies 30% of Y's cells, held 37%": Y sits in a clause about X that
    closes before the figure."""
    opened = [m.end() for m in RELATIVE.finditer(text, 0, mention[1])]
    return (
        bool(opened) and "," not in text[opened[-1] : mention[1]] and "," in text[mention[2] : at]
    )


_COMMA_ASIDE = re.compile(
    r",\s+(?:led\s+by|including|such\s+as|mainly|chiefly|notably|especially|like|among\s+them)\s"
)


def in_aside(text: str, start: int, at: int) -> bool:
    """A name in parentheses, between dashes or in a comma aside ("Chinese suppliers, led by
    X and Y, control ...") that closes before the figure at `at`."""
    if text[start - 1 : start] == "(" and re.match(r"\w+\)", text[start:]):
        return False  # "Acme Energy Co. Limited (AET)": the parentheses give a short form
    between = text[start:at]
    opened = text[:start]
    comma = _COMMA_ASIDE.search(opened)
    if comma is not None and "," not in opened[comma.end() :] and "," in between:
        return True
    for left, right in (("(", ")"), ("\u2013", "\u2013"), ("\u2014", "\u2014"), (" - ", " - ")):
        if left == right:
            if opened.count(left) % 2 == 1 and right in between:
                return True
        elif opened.count(left) > opened.count(right) and right in between:
            return True
    return False
