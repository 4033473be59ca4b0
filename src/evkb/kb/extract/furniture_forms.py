"""Page furniture told by its form: bylines, datelines, credits, prompts, sponsor lines, share
bars, list labels, links and a comments header (the marks of a comment itself are read in
`furniture_comments`, the forms of the article's own lists in `furniture_rows`).

These lines are too short to measure against the article's body, so their form tells what they
are; each test is for a whole short line, never for a phrase inside a paragraph.
"""

from __future__ import annotations

import re

from evkb.kb.extract.gates import gated, holds
from evkb.model import BOILERPLATE, CAPTION

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ZONE = r"(?:gmt|bst|utc|cet|cest|est|edt|pst|pdt|et|pt|jst|ist|aest)"
# Dates, times and ages of a page ("3 March 2025", "Mar 3, 2025", "2025-03-03", "10:14 GMT",
# "06:45 h. CET", "07h15", "2 hours ago", "5 min read"): the figures of a dateline, not of
# the article.
_DATE_PART = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|"
    rf"\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?|\s*h\b\.?)?(?:\s*{_ZONE})?|\d{{1,2}}h\d{{2}}|"
    rf"\d{{1,2}}\.\d{{2}}\s*(?:[ap]\.?m\.?|{_ZONE})|"
    rf"\d+\s*(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|"
    rf"\d+\s*min(?:ute)?s?\s+read)\b"
)
# The months as other languages write them, in a date with its year ("1. Dezember 2026",
# "2 décembre 2026", "diciembre 1, 2026"), and a day with a point before an English month
# ("1. December 2026"). Without the year "mai" or "mars" is a word of a sentence.
_OTHER_MONTH = (
    r"(?:j(?:\u00e4|a)nner|januar[iy]?|janvier|enero|gennaio|janeiro|februari?|f(?:\u00e9|e)vrier|"
    r"febrero|febbraio|fevereiro|m(?:\u00e4|ae?)rz|maart|mars|marzo|mar(?:\u00e7|c)o|avril|abril|"
    r"aprile|mai|mayo|maggio|maio|mei|juni|juin|junio|giugno|junho|juli|juillet|julio|luglio|julho|"
    r"august(?:us)?|ao(?:\u00fb|u)t|agosto|septembre|septiembre|settembre|setembro|oktober|"
    r"octobre|octubre|ottobre|outubro|novembre|noviembre|novembro|dezember|d(?:\u00e9|e)cembre|"
    r"diciembre|dicembre|dezembro)\.?"
)
_OTHER_DATE = (
    rf"\b(?:\d{{1,2}}\.?\s+(?:de\s+)?(?:{_OTHER_MONTH}|{_MONTH})(?:\s+de)?\s+\d{{4}}|"
    rf"{_OTHER_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|"
    # a day and a month in figures with a space after each point ("2. 12. 2026"), a time
    # written "6:15 a. m."
    rf"\d{{1,2}}\.\s\d{{1,2}}\.\s\d{{4}}|\d{{1,2}}:\d{{2}}\s*[ap]\.\s?m\.)(?!\w)"
)
_DATE_PART = re.compile(f"{_OTHER_DATE}|{_DATE_PART.pattern}", re.I)
_DATE_PART = gated(_DATE_PART, "0 1 2 3 4 5 6 7 8 9")
# Words a dateline or byline may carry besides a date and a name.
_DATELINE_WORDS = frozenset(
    """published updated posted last modified on at by in and first written words story text
    author reporter correspondent editor writer contributor columnist journalist staff senior
    chief deputy associate energy business technology motoring science climate news desk
    read min mins minute minutes ago am pm reading time filed under comments comment source
    from""".split()
) | frozenset(
    # the same words in the languages a page keeps its byline and dateline in ("Door ... ·
    # Leestijd 4 minuten", "Publié le ... - Mis à jour le ...", "Đăng bởi ...")
    """door leestijd gepubliceerd bijgewerkt op om von lesezeit aktualisiert ver\u00f6ffentlicht
    am um uhr par publi\u00e9 mis \u00e0 jour lecture por publicado actualizado el
    pubblicato aggiornato il alle em \u00e0s \u0111\u0103ng b\u1edfi ng\u00e0y minuten minuti
    minutos minuter minutter""".split()
)
_ROLE = re.compile(
    r"(?i)\b(?:correspondent|reporter|editor|writer|contributor|columnist|journalist|"
    r"staff|newsdesk|news\s+desk)s?\b"
)
_BYLINE_START = re.compile(
    r"(?i)^(?:(?:written|words|posted|story|text|photos?|reported)\s+by\b|"
    r"(?:words|author|by)\s*:|(?-i:By\s+[A-Z])|\(?\s*(?:additional\s+)?reporting\s+by\b|"
    r"reporting\s+from\s+(?-i:[A-Z])|with\s+(?:material|reporting)\s+from\b)"
)
# "Jane Smith in Tokyo": a byline only beside another byline or a dateline (else a headline).
BYLINE_PLACE = re.compile(
    r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s+in\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?$"
)
# "Crispin Awdry Industry editor": a name, then a role, nothing between.
_NAME_ROLE = re.compile(
    r"^[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){1,2}\s+(?:[A-Za-z]+\s+){0,2}"
    r"(?:editor|correspondent|reporter|writer|columnist)$"
)
_SEPARATOR = re.compile(r"[|\u00b7\u2022,\u2013\u2014/-]+")
_TOKEN = re.compile(r"[^\s|\u00b7\u2022,\u2013\u2014/]+")

_SHARE_WORDS = (
    frozenset(
        """share shares sharing tweet facebook twitter x linkedin whatsapp email e-mail mail print
    copy link reddit pinterest telegram flipboard messenger bluesky threads mastodon save this
    article story on via gift full listen sms font size""".split()
    )
    | frozenset(
        # the same buttons in the languages a page keeps them in ("Merken | Teilen | Drucken",
        # "Artikel teilen", "Partager | Imprimer", "Compartir", "Condividi | Stampa")
        """teilen drucken merken artikel partager imprimer compartir imprimir condividi stampa
    delen printen dela udskriv tulosta chia s\u1ebb""".split()
    )
    | frozenset(
        # the messengers a page offers besides the usual ones, and the address it copies
        """zalo kakaotalk kakao wechat weibo vk viber url""".split()
    )
)
_SPONSOR = re.compile(
    r"(?i)^(?:\(?sponsored\)?(?:\s+(?:by|content|post|feature))?\b|paid\s+(?:content|post|"
    r"partnership|for\s+by)\b|partner\s+content\b|promoted(?:\s+by|\s+content)?\b|"
    r"advertis(?:ement|ing\s+feature)\b|this\s+(?:content|article|story|feature)\s+(?:is|was)\s+"
    r"(?:sponsored|paid\s+for|funded|produced\s+in\s+partnership)\b|"
    # an advert's label alone on its line in the languages a page keeps it in
    r"(?:publicidad|publicidade|publicit(?:\u00e9|e)|pubblicit(?:\u00e0|a)|reklama|reklame|"
    r"werbung|anzeige|anuncio|mainos|annons|advertentie|hirdet(?:\u00e9|e)s|oglas)\s*$)"
)
# Sponsor openings that also start ordinary sentences: only a short unterminated line is one.
_SPONSOR_SOFT = re.compile(
    r"(?i)^(?:presented\s+by|in\s+(?:association|partnership)\s+with|brought\s+to\s+you\s+by|"
    r"supported\s+by|powered\s+by|with\s+thanks\s+to)\b"
)
# "will subscribe for a 40% stake", "subscribe to the rights issue": the word's financial
# sense, which filings and business pages use, is no prompt to subscribe to a newsletter.
_INVESTOR_SUBSCRIBES = (
    r"(?!\s+(?:for|to)\s+(?:(?:a|an|the|its|their|new|all|up\s+to|about|some|[\d.,]+\s*(?:%|per\s*cent|"
    r"percent|million|billion|m|bn)?)\s+){0,4}(?:stakes?|shares?|units|bonds?|notes|rights|"
    r"placements?|equity|capital|convertibles?|debentures|ipo|offering|issue)\b)"
)
_PROMPT = re.compile(
    r"(?i)\bnewsletters?\b|\bsubscribe\b"
    + _INVESTOR_SUBSCRIBES
    + r"|\bsign\s+up\s+(?:to|for|here|now|today|free)\b|"
    r"^sign\s+up\b|\benter\s+your\s+e-?mail\b|\byour\s+inbox\b|\bapp\s+store\b|\bgoogle\s+play\b|"
    r"\b(?:download|get|install)\s+(?:the|our)\b.{0,40}\bapp\b|\bfollow\s+us\b|"
    r"^follow\s+our\b.{0,40}\bon\s+(?:the|our)\s+app\b|\bscan\s+the\s+qr\s+code\b|"
    r"\b(?:push\s+)?notifications?\s+(?:on|for)\b|\bturn\s+on\s+(?:notifications|alerts)\b|"
    r"^(?:never|don['\u2019]t)\s+miss\b"
)
# Words without one of which no prompt matches: a cheap test before the pattern.
_PROMPT_WORDS = (
    "newsletter",
    "subscribe",
    "sign up",
    "e-mail",
    "email",
    "inbox",
    "app",
    "follow us",
    "notification",
    "alert",
    "miss",
    "qr code",
)
_CREDIT = re.compile(
    r"(?i)^\(?\s*(?:(?:lead|top|main|header|hero|featured)\s+)?(?:photo(?:graph)?s?|images?|"
    r"pictures?|pic|video|footage|illustrations?|graphics?|credits?|courtesy|source)"
    r"(?:\s+(?:credit|courtesy))?\s*(?:[:|\u2013\u2014]|by\b)|^\(?courtesy\s+of\b|"
    r"\((?:photo|image|picture|credit|video)[^)]*\)\s*$|^(?:\u25b6|\u25ba)\s*\w|"
    # A caption that ends with its credit: "... in Ashcombe. Photograph: Jane Doe/PA".
    r"[.!?]\s+(?:photo(?:graph)?|image|picture)(?:\s+credit)?\s*:\s*[^.]{2,60}$"
)
_CREDIT = gated(
    _CREDIT,
    "photo image pic video footage illustration graphic credit courtesy source \u25b6 \u25ba",
)
# A chart's or a graphic's text for readers who cannot see it, by its label: a bracketed kind
# opening the line ("[Chart] ...", "[Chart: Share of ... Source: ...]", "[Map] ...") or an "Alt
# text:" label at its start. Its figures repeat the article's; a described image ("[Image
# description] ...") is the article telling what a picture shows.
_CHART_TEXT = re.compile(
    r"(?i)^\[\s*(?:bar\s+|line\s+|pie\s+)?(?:chart|graph|graphic|infographic|map|diagram)s?"
    r"\s*(?:\d{1,2}\s*)?[\]:.\u2013\u2014-]|"
    r"^(?:\[[^\]]{1,40}\]\s*)?alt(?:ernative)?[\s-]?text\s*:"
)
# A credit on its own: "Jane Doe/PA", "STR/AFP via Getty Images", "Bloomberg Photos".
_AGENCY_CREDIT = re.compile(
    r"^[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}\s*/\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?"
    r"(?:\svia\s[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)?$|"
    r"^[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}\s(?:Images|Photos?|Pictures|Photography)$"
)
_URL = re.compile(r"(?i)\bhttps?://\S+|\bwww\.\S+|\]\(\S+\)")
_ARROW = re.compile(r"^(?:\u2192|\u00bb|\u203a|\u25b8|>>|->)\s*\S")
# Labels that open a list of other stories or links ("More from ...", "You may also like").
LIST_LABEL = re.compile(
    r"(?i)^(?:more\s+(?:from|on|in|news|stories|like\s+this|to\s+read|reading|coverage)\b.*|"
    r"more\s+(?:\w+\s+){1,2}(?:news|stories|coverage|reading)|"
    # the page's other pieces of a kind ("More reviews", "More X analysis")
    r"more\s+(?:\w+\s+){0,2}(?:reviews|analysis|features|interviews|explainers|columns|guides|"
    r"videos|podcasts|opinion|articles|posts)|"
    r"(?:related\s+)?(?:topics|tags)|filed\s+under|categories|"
    r"(?:you\s+)?(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|"
    r"(?:most|recently)\s+(?:read|popular|viewed|shared|watched)(?:\s+\w+){0,3}|"
    r"(?:top|latest|related|trending|recommended|popular|other|featured|breaking)(?:\s+\w+){0,2}\s+"
    r"(?:stories|news|articles|reads|headlines|posts|links|videos)(?:\s+\w+){0,3}|"
    r"related(?:\s+\w+)?|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|popular(?:\s+now)?|"
    r"read\s+(?:more|next|also)|also\s+read|see\s+also|further\s+reading|don['\u2019]t\s+miss|"
    r"in\s+other\s+news|elsewhere(?:\s+on\s+.*)?|around\s+the\s+web|from\s+(?:our|the)\s+"
    r"(?:partners|network|archive|web)|editor['\u2019]?s\s+picks?|what\s+to\s+read\s+next|"
    r"up\s+next|latest|headlines|useful\s+links|links)\s*[:.\u2026]?$"
)
# A share-price widget: "MNTC (NYSE) $38.42 ▲ 2.31 (6.40%)".
_TICKER = re.compile(
    r"^[A-Z][A-Z.]{0,5}\s*\([A-Z]{2,8}(?::[A-Z.]+)?\)\s*[$\u20ac\u00a3\u00a5]?\s?\d[\d.,]*"
    r"\s*(?:[\u25b2\u25bc\u25b3\u25bd\u2191\u2193+\u2212-]|$)"
)
# The page's own controls and labels ("Listen to this article", "Tags: batteries, ...").
_PAGE_CONTROL = re.compile(
    r"(?i)^(?:listen\s+to\s+(?:this\s+)?(?:article|story)|continue\s+reading|click\s+to\b|"
    r"tap\s+to\b|scroll\s+(?:down|to)\b|skip\s+(?:to\b|advert|ad\b)|"
    r"font(?:\s+size)?\s*:\s*(?:(?:extra\s+)?(?:large|medium|small|normal|big|A[-+]?)\s*[|/]?\s*)+$|"
    r"font\s+size\b|read\s+the\s+full\b|"
    r"(?:[\u2190\u00ab\u2039<]\s*)?(?:previous|next|older|newer)\s+(?:post|article|story|page)\b|"
    r"enlarge\s+(?:image|photo)|show\s+more|load\s+more|back\s+to\s+top|jump\s+to\b|"
    r"print\s+this\s+(?:article|page)|[*_]{0,2}(?:tags?|topics?|filed\s+under|posted\s+in|"
    r"categor(?:y|ies)|keywords?|"
    # the same labels in the languages a page keeps them in
    r"etiquetas|schlagw(?:\u00f6|oe)rter|stichw(?:\u00f6|oe)rter|mots[-\s]cl(?:\u00e9|e)s|"
    r"(?:\u00e9|e)tiquettes|argomenti|palavras[-\s]chave|trefwoorden|emneord|nyckelord|"
    r"avainsanat)\s*[*_]{0,2}\s*[:|])"
)
# How long the page takes to read or to hear, alone on its line and labelled so, in the
# languages a page may keep it in ("Reading time: 5 min", "Listen 7 min", "Lesezeit: 3 Min.",
# "Tempo di lettura: 4 minuti"). A length with another label ("Charging time: 22 min") is a
# figure of the article.
_READING_TIME = re.compile(
    r"(?i)^(?:(?:estimated\s+)?(?:reading|listening|read|listen)(?:\s+time)?|lesezeit|lesedauer|"
    r"tempo\s+di\s+lettura|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|"
    r"leestijd|l[\u00e4a]stid|l[\u00e6a]setid|lesetid|czas\s+czytania)\s*:?\s*\d{1,3}\s*"
    r"(?:min(?:ute)?s?|minuti|minutos|minuten|minuter|minutter|minut)\.?$"
)
# A label that the article is for subscribers, alone on its line and perhaps after a lock's
# icon, in the languages a page keeps it in ("Article reserved for subscribers", "Subscriber
# exclusive", "Réservé aux abonnés", "Nur für Abonnenten").
_PAYWALL = re.compile(
    r"(?i)^[^\w]{0,3}(?:(?:this\s+)?(?:article|story|content)\s+(?:is\s+)?)?(?:(?:reserved|available|"
    r"exclusive)\s+(?:for|to)\s+(?:our\s+)?(?:paying\s+)?(?:subscribers|members)|for\s+subscribers"
    r"(?:\s+only)?|subscribers\s+only|subscriber[-\s](?:only|exclusive)|exclusive\s+(?:for|to)\s+subscribers|"
    r"(?:article\s+)?r(?:\u00e9|e)serv(?:\u00e9|e)e?\s+aux\s+abonn(?:\u00e9|e)s|nur\s+f(?:\u00fc|ue?)r\s+"
    r"abonnenten|(?:exclusivo|s(?:\u00f3|o)lo)\s+para\s+(?:suscriptores|assinantes)|riservato\s+agli\s+"
    r"abbonati)\s*[.!]?$"
)
_PAYWALL_CHARS = 60
# A printed page's number, alone or among the parts of a running head ("Page 2 of 6 | ...").
_PAGE_NUMBER = re.compile(r"(?i)(?:^|\|\s*)page\s+\d+\s*(?:of|/)\s*\d+\s*(?:\||$)")
# A page's text-size control: letters A in a row, each perhaps with a plus or a minus ("Text
# size: A A A", "Reading mode | A- A+").
_TEXT_SIZE = re.compile(r"(?:^|\s)A[-+]?(?:\s+A[-+]?)+(?:\s|$)")
_TEXT_SIZE_CHARS = 60
_MENU_PARTS = 4
_MENU_PART_WORDS = 3
# A link to a file, named by its format in brackets or after the verb, perhaps with its size
# ("Download datasheet (PDF, 1.2 MB)", "Download the data (CSV)", "Download PDF (2 MB)"),
# alone or among a bar's parts ("Methodology | Download the slides (PDF, 14 MB)").
_FILE_FORMAT = r"(?:pdf|csv|xlsx?|docx?|pptx?|zip|epub)\b"
_DOWNLOAD = re.compile(
    rf"(?i)^download\s+(?:(?:the\s+)?{_FILE_FORMAT}[^()|.]{{0,20}}(?:\([^()]{{0,30}}\))?|[^()|.:]{{1,60}}\s*"
    rf"\(\s*{_FILE_FORMAT}[^()]{{0,30}}\))\s*$"
)
_BAR_PART_WORDS = 8


def _is_download(line: str) -> bool:
    """A link to a file (see `_DOWNLOAD`), alone on its line or one of a bar's parts, the
    others short and no sentence."""
    if len(line) > LIST_LINE_MAX_CHARS or ends_sentence(line):
        return False
    parts = [part.strip() for part in line.split("|")]
    return any(_DOWNLOAD.match(part) for part in parts) and all(
        0 < len(part.split()) <= _BAR_PART_WORDS for part in parts
    )


def _is_menu(line: str) -> bool:
    """A site's menu or a document's running head: four or more parts of a few words between
    bars and no figure ("Home | About | Products | Contact"). A header row of a table reads the
    same; the article's own tables are told apart after this and stay body."""
    parts = line.split("|")
    return (
        len(parts) >= _MENU_PARTS
        and all(0 < len(part.split()) <= _MENU_PART_WORDS for part in parts)
        and not _DIGIT.search(line)
        and not ends_sentence(line)
    )


COMMENT_HEADER = re.compile(
    r"(?i)^(?:\d[\d,]*\s+)?(?:reader\s+)?comments?(?:\s*\(\d[\d,]*\))?\s*:?$|"
    r"^(?:show|view|see|read|load)\s+(?:all\s+)?(?:\d[\d,]*\s+)?(?:comments?|replies)\b|"
    r"^join\s+the\s+(?:conversation|discussion)|^(?:leave|add|post)\s+a\s+(?:comment|reply)|"
    r"^have\s+your\s+say|^comments\s+are\s+closed|^\d[\d,]*\s+(?:responses?|replies)$|"
    r"^what\s+do\s+you\s+think\??$|"
    # a blog's count over its thread, naming the post in quotes: '11 thoughts on "Title"'
    r"^(?:\d[\d,]*|one)\s+(?:thoughts?|responses?|comments?|replies|reply)\s+(?:on|to)\s+"
    r"[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u201e\u00ab\u00bb]{1,160}[\"\u201d\u00bb]$"
)

FULL_STOP = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_STOPS = frozenset(".!?\u2026")
_CLOSERS = "\"'\u201d\u2019)]"


def ends_sentence(line: str) -> bool:
    """Whether `FULL_STOP.search(line)` matches: a stop, then closing quotes or brackets, end
    the line (or stand before its last line break). Read from the end: the pattern tries
    every stop of a paragraph, and the lines of a page are asked it again and again."""
    if line.endswith("\n"):
        line = line[:-1]
    return line.rstrip(_CLOSERS)[-1:] in _STOPS


SENTENCE_BREAK = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?[A-Z0-9]")
SENTENCE_BREAK = gated(SENTENCE_BREAK, ". ! ? \u2026")
_QUOTE = re.compile(r"[\"\u201c\u201d]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")

_LABEL_MAX_CHARS = 160
_BYLINE_MAX_CHARS = 100
# Lower-case words a name may hold, and the word joining two names.
NAME_PARTICLES = frozenset("and van von de der den da di du dos le la al bin ibn".split())
LIST_LINE_MAX_CHARS = 200
_NAME_MAX_WORDS = 4


def is_dateline(line: str) -> bool:
    """A line that is a date or time of the page, perhaps with a name or a role beside it."""
    if len(line) > _BYLINE_MAX_CHARS or not _DIGIT.search(line) or not _DATE_PART.search(line):
        return False
    names = 0
    for token in _TOKEN.findall(_DATE_PART.sub(" ", line)):
        word = token.strip(".:;()[]")
        low = word.lower()
        if not word or low in _DATELINE_WORDS or low in NAME_PARTICLES or not _LETTER.search(word):
            continue
        if not word[0].isupper():
            return False  # a lower-case word that is not a dateline's: a sentence
        names += 1
    return names <= _NAME_MAX_WORDS  # a name, an outlet or a place; more is a headline


def holds_date(text: str) -> bool:
    """Whether the text holds a date or a time of the page ("3 March 2025", "10:14 GMT")."""
    return bool(_DATE_PART.search(text))


def without_dates(text: str) -> str:
    """The text with its dates and times of the page blanked out."""
    return _DATE_PART.sub(" ", text)


def is_byline(line: str) -> bool:
    """A byline: "By Jane Smith", "Words: Jane Smith", "Jane Smith, Energy Correspondent"."""
    ends = ends_sentence(line)
    if len(line) > _BYLINE_MAX_CHARS or (
        ends and (not line.endswith(".") or len(line.split()) > 6)
    ):
        return False  # a question, an exclamation or a sentence
    if _BYLINE_START.match(line):
        return True
    if _NAME_ROLE.match(line):
        return True
    parts = [p.strip() for p in _SEPARATOR.split(line) if p.strip()]
    if len(parts) < 2 or not _ROLE.search(line):
        return False
    name = parts[0].split()
    return 2 <= len(name) <= 4 and all(w[0].isupper() for w in name)


_FIGURE_TOKEN = re.compile(r"[\d.,]+k?")


def _share_tokens(line: str) -> list[str] | None:
    """The words of a line (figures aside) if every one is a share word, else None."""
    tokens = []
    for token in _TOKEN.findall(line):
        token = token.strip(".:()[]").lower()
        if not _LETTER.search(token):
            continue  # an icon before a button ("\U0001f517 Copy link")
        if not token.isdigit() and not _FIGURE_TOKEN.fullmatch(token):
            if token not in _SHARE_WORDS:
                return None  # the first other word answers (most lines)
            tokens.append(token)
    return tokens


def _is_share_bar(line: str) -> bool:
    if len(line) > 80:
        return False
    tokens = _share_tokens(line) or []
    return bool(tokens) and (len(tokens) >= 2 or tokens[0] == "share")


def is_share_part(text: str) -> bool:
    """One part of a bar of controls made of share words and counts only ("Share on
    WhatsApp", "Print", "Email"); alone on its line, one such word may be anything."""
    return len(text) <= 80 and bool(_share_tokens(text))


def _is_sponsor(line: str) -> bool:
    if len(line) > _LABEL_MAX_CHARS:
        return False
    if _SPONSOR.match(line):
        return True
    return len(line) <= 80 and not ends_sentence(line) and bool(_SPONSOR_SOFT.match(line))


def is_sponsor_label(line: str) -> bool:
    """An advert's or a sponsor's label alone on its line ("Advertisement", "SPONSORED")."""
    return len(line.split()) <= 2 and bool(_SPONSOR.match(line.strip(" :-")))


def _is_prompt(line: str) -> bool:
    if not holds(line.lower(), _PROMPT_WORDS):
        return False
    return (
        len(line) <= LIST_LINE_MAX_CHARS
        and len(SENTENCE_BREAK.findall(line)) <= 2
        and bool(_PROMPT.search(line))
    )


def is_link(line: str) -> bool:
    """A line that is a link: a bare address, a titled one, or an arrowed "read this" line."""
    if _ARROW.match(line):
        return True
    if "http" not in line and "www." not in line and "](" not in line:
        return False
    found = _URL.search(line)
    return bool(found) and len(line.split()) <= 16


# A note on how the text was made, wherever it stands: the text named by its kind, and how it
# was produced ("Transcript generated automatically and lightly edited.", "Summary written
# with the help of AI tools and reviewed by our editors.", "This translation was machine-made
# and checked by ..."); a kind of text and a participle first, then the means, and no figure.
_MADE_NOTE = re.compile(
    r"(?i)^(?:(?:this|the)\s+)?(?:[\w-]+\s+)?(?:transcript|summary|translation|captions?|subtitles)"
    r"\s+(?:(?:was|were|is|has\s+been)\s+)?(?:[\w-]+-)?(?:generated|transcribed|translated|"
    r"written|produced|prepared|created|made)\s+(?:automatically|with|by|using|from|and)\b"
)


def form_kind(line: str) -> str | None:
    """The furniture kind of a line told by its form alone, or None."""
    if _CHART_TEXT.match(line):
        return CAPTION  # however long the chart's description runs
    if len(line) > LIST_LINE_MAX_CHARS:
        return None  # every form here is a short line
    # A credit anywhere in the line (at its start, as most are, too) makes it a caption.
    if _CREDIT.search(line) or _AGENCY_CREDIT.match(line):
        return CAPTION
    if (
        _is_share_bar(line)
        or _is_sponsor(line)
        or _is_prompt(line)
        or is_byline(line)
        or is_dateline(line)
        or COMMENT_HEADER.match(line)
        or LIST_LABEL.match(line)
        or _PAGE_CONTROL.match(line)
        or _TICKER.match(line)
        or (len(line) <= _TEXT_SIZE_CHARS and bool(_READING_TIME.match(line)))
        or (len(line) <= _PAYWALL_CHARS and bool(_PAYWALL.match(line)))
        or (ends_sentence(line) and not _DIGIT.search(line) and bool(_MADE_NOTE.match(line)))
        or (("age " in line or "AGE " in line) and bool(_PAGE_NUMBER.search(line)))
        or (line.count("|") >= _MENU_PARTS - 1 and _is_menu(line))
        or (len(line) <= _TEXT_SIZE_CHARS and "A" in line and bool(_TEXT_SIZE.search(line)))
        or (("ownload" in line or "OWNLOAD" in line) and _is_download(line))
    ):
        return BOILERPLATE
    return None
