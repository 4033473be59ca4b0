"""Every currency of ISO 4217, as English copy writes it beside a figure.

The codes are ISO 4217's list one (the currencies in circulation, as published by its maintenance
agency, SIX, for ISO); the names are those the list gives in English, in the plural copy writes
("Brunei dollars", "gourdes", "emalangeni"); the marks before a figure are the signs and letters
each country's own press prints ("BZ$", "EC$", "RM", "Tk"). The list's fund and metal codes
(gold, testing, units of account) are left out: no copy prices a plant in them.

Each row is (code, marks written before the figure, words written after it). A name several
countries share ("dollars", "pesos", "kroner", "dinars", "crowns") reads as one country's and is
set by the copy's country (`records/investment_money.py`). A code that is also a word or an
acronym of this field (`WORD_CODES`) counts only in capitals right beside a figure with a scale
word or four digits or more ("IRR 4.5 trillion", "TOP 45,000"), never "TOP 10" or an "IRR of 12%".
"""

from __future__ import annotations

import re

# The currencies beyond the main ones (USD, EUR, GBP, JPY, CNY, KRW, INR read in
# `extract/numbers.py`), as copy from their countries (or translated from their
# languages) writes them: the ISO code, the marks written glued or spaced before a figure
# ("R$ 2.6 billion", "RM3.2 billion", "Rp 11 trillion", "VND6 trillion") and the words after
# it ("7,800 million pesos", "17 billion baht"). A word several countries share ("crowns",
# "kroner", "francs", "shillings") counts only with its country's adjective.
WORLD_CURRENCIES = (
    ("BRL", ("R$", "BRL"), ("reais", "brazilian reais")),
    ("MXN", ("MX$", "MXN"), ("pesos", "mexican pesos")),
    ("CLP", ("CLP",), ("chilean pesos",)),
    ("ARS", ("ARS",), ("argentine pesos", "argentinian pesos")),
    ("PHP", ("\u20b1", "PHP"), ("philippine pesos",)),
    ("MYR", ("RM", "MYR"), ("ringgit", "malaysian ringgit")),
    ("IDR", ("Rp", "IDR"), ("rupiah",)),
    ("VND", ("VND",), ("dong", "vietnamese dong")),
    ("THB", ("\u0e3f", "THB"), ("baht",)),
    ("TWD", ("NT$", "TWD"), ("new taiwan dollars", "taiwan dollars")),
    ("NZD", ("NZ$", "NZD"), ("new zealand dollars",)),
    ("AUD", ("AUD",), ("australian dollars",)),
    ("CAD", ("CAD",), ("canadian dollars",)),
    ("HKD", ("HKD",), ("hong kong dollars",)),
    ("SGD", ("SGD",), ("singapore dollars",)),
    # Polish copy, and its translations, print the złoty's own mark before or after the figure
    # ("zł 410 mn", "600 mln zł").
    (
        "PLN",
        ("PLN", "z\u0142"),
        ("zloty", "zlotys", "zlotych", "z\u0142oty", "z\u0142otych", "z\u0142"),
    ),
    ("HUF", ("HUF",), ("forint", "forints")),
    ("CZK", ("CZK",), ("koruna", "korunas", "czech crowns", "czech korunas")),
    # A bare "crowns" reads as Sweden's, set by the copy's country as "kroner" is.
    ("SEK", (), ("swedish crowns", "swedish kronor", "crowns")),
    ("NOK", (), ("norwegian crowns", "norwegian kroner")),
    # A bare "kroner" is read as Denmark's and set by the copy's country (a Norwegian copy's is
    # Norway's; see records/investment_money.py), as a bare "pesos" is.
    ("DKK", (), ("danish crowns", "danish kroner", "kroner")),
    ("CHF", (), ("swiss francs",)),
    # Turkish copy and its English editions print "TL 12 billion" as often as the code.
    ("TRY", ("TRY", "TL"), ("lira", "liras", "turkish lira")),
    ("KES", ("KSh", "Sh", "KES"), ("kenyan shillings", "kenya shillings")),
    ("GHS", ("GHS", "GH\u00a2", "GH\u20b5"), ("cedis", "ghana cedis")),
    ("EGP", ("EGP",), ("egyptian pounds",)),
    ("MAD", ("MAD",), ("dirhams", "moroccan dirhams")),
    # Gulf copy writes "Dh4.4 billion" and "SR 7.5 billion" before the figure.
    ("AED", ("AED", "Dh", "Dhs"), ("uae dirhams", "emirati dirhams")),
    ("SAR", ("SAR", "SR"), ("riyals", "saudi riyals")),
    ("QAR", ("QAR", "QR"), ("qatari riyals",)),
    ("RUB", ("RUB",), ("roubles", "rubles", "russian rubles", "russian roubles")),
    ("RON", ("RON",), ("lei", "romanian lei")),
    ("UAH", ("\u20b4", "UAH"), ("hryvnias", "hryvnia", "ukrainian hryvnias")),
    ("RSD", ("RSD",), ("serbian dinars",)),
    ("BGN", ("BGN",), ("leva", "bulgarian leva")),
    ("KZT", ("\u20b8", "KZT"), ("tenge", "kazakh tenge")),
    ("BDT", ("\u09f3", "Tk", "BDT"), ("taka", "bangladeshi taka")),
    # Pakistan's and Sri Lanka's "Rs" is read as India's and set by the copy's country (see
    # records/investment_places.py); their codes and names are their own.
    ("PKR", ("PKR",), ("pakistani rupees", "pakistan rupees")),
    ("LKR", ("LKR",), ("sri lankan rupees", "sri lanka rupees")),
    ("ILS", ("\u20aa", "ILS", "NIS"), ("shekels", "new shekels", "israeli shekels")),
    # "COP" before a figure is as often a climate summit ("COP 28"): the name only, and a bare
    # "pesos" set by the copy's country
    ("COP", (), ("colombian pesos",)),
    ("PEN", ("PEN",), ("soles", "peruvian soles")),
    # The currencies of the other countries copy reports plants and loans from, by their codes
    # and the names no other country shares ("birr", "soum"); a name several share ("dinars",
    # "shillings", "rials") only with its country's adjective. Letter marks that are also
    # common initials ("KD", "JD", "RO", "Br") are left out.
    ("OMR", ("OMR",), ("omani rials", "rial omani")),
    ("ISK", ("ISK",), ("icelandic kronur", "icelandic krónur", "icelandic crowns")),
    ("ETB", ("ETB",), ("birr", "ethiopian birr")),
    ("UZS", ("UZS",), ("soum", "soums", "uzbek som", "uzbek soum", "uzbekistan sum")),
    ("MNT", ("\u20ae", "MNT"), ("tugrik", "tugriks", "mongolian tugrik")),
    ("UYU", ("UYU",), ("uruguayan pesos",)),
    ("BOB", (), ("bolivianos", "boliviano")),
    ("JOD", ("JOD",), ("jordanian dinars",)),
    ("TND", ("TND",), ("tunisian dinars",)),
    ("KWD", ("KWD",), ("kuwaiti dinars",)),
    ("BHD", ("BHD",), ("bahraini dinars",)),
    ("DZD", ("DZD",), ("algerian dinars",)),
    ("NPR", ("NPR",), ("nepalese rupees", "nepali rupees")),
    ("GEL", ("\u20be", "GEL"), ("georgian lari", "lari")),
    ("AZN", ("\u20bc", "AZN"), ("azerbaijani manat", "azerbaijan manat")),
    ("TZS", ("TZS", "TSh"), ("tanzanian shillings",)),
    ("UGX", ("UGX", "USh"), ("ugandan shillings", "uganda shillings")),
    ("ZMW", ("ZMW",), ("zambian kwacha",)),
    ("NAD", ("NAD", "N$"), ("namibian dollars", "namibia dollars")),
    ("BWP", ("BWP",), ("pula",)),
    ("PYG", ("PYG",), ("guaranies", "guaraníes")),
    ("MZN", ("MZN",), ("meticais", "meticals", "mozambique meticais")),
    # The Caribbean's, Central America's, the Balkans', Africa's and Central Asia's, by their
    # codes and names (Bosnia's "KM" and Angola's "Kz" are left out: "KM" is kilometres too).
    ("AOA", ("AOA",), ("kwanzas", "kwanza", "angolan kwanzas")),
    ("GTQ", ("GTQ",), ("quetzales", "quetzals", "guatemalan quetzales")),
    ("BAM", ("BAM",), ("convertible marks",)),
    ("TTD", ("TT$", "TTD"), ("trinidad and tobago dollars",)),
    ("FJD", ("FJ$", "F$", "FJD"), ("fiji dollars", "fijian dollars")),
    ("MUR", ("MUR",), ("mauritian rupees", "mauritius rupees")),
    ("JMD", ("J$", "JMD"), ("jamaican dollars",)),
    ("HNL", ("HNL",), ("lempiras", "honduran lempiras")),
    ("AMD", ("AMD",), ("armenian drams", "drams")),
    ("RWF", ("RWF", "FRw"), ("rwandan francs", "rwanda francs")),
    ("XOF", ("XOF", "FCFA"), ("cfa francs", "west african cfa francs")),
    ("TJS", ("TJS",), ("somoni", "tajik somoni")),
    ("KGS", ("KGS",), ("kyrgyz som", "kyrgyz soms")),
    ("LAK", ("LAK",), ("kip", "lao kip")),
    ("DOP", ("RD$", "DOP"), ("dominican pesos",)),
    ("MWK", ("MWK",), ("malawian kwacha", "malawi kwacha")),
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
    ("SRD", ("SRD",), ("surinamese dollars", "surinam dollars")),
    ("MVR", ("MVR",), ("rufiyaa",)),
    # The rest of ISO 4217's list: every other currency in circulation, by its code and the
    # English names of its list (plural as copy writes them); a mark written before the figure
    # only where it carries its country's letters ("BZ$", "EC$", "B$", "CI$", "SI$").
    ("AFN", ("AFN",), ("afghanis", "afghan afghanis")),
    ("ALL", ("ALL",), ("leke", "albanian lek", "albanian leke")),
    ("ANG", ("ANG",), ("antillean guilders", "netherlands antillean guilders")),
    ("AWG", ("AWG",), ("aruban florins",)),
    ("BIF", ("BIF",), ("burundian francs", "burundi francs")),
    ("BMD", ("BMD",), ("bermudian dollars", "bermuda dollars")),
    ("BND", ("BND", "B$"), ("brunei dollars",)),
    ("BSD", ("BSD",), ("bahamian dollars",)),
    ("BTN", ("BTN",), ("ngultrum", "bhutanese ngultrum")),
    ("BZD", ("BZD", "BZ$"), ("belize dollars", "belizean dollars")),
    ("CDF", ("CDF",), ("congolese francs",)),
    ("CRC", ("CRC", "\u20a1"), ("colones", "costa rican colones")),
    ("CUP", ("CUP",), ("cuban pesos",)),
    ("CVE", ("CVE",), ("cape verdean escudos", "escudos")),
    ("DJF", ("DJF",), ("djiboutian francs", "djibouti francs")),
    ("ERN", ("ERN",), ("nakfa", "eritrean nakfa")),
    ("FKP", ("FKP",), ("falkland islands pounds",)),
    ("GIP", ("GIP",), ("gibraltar pounds",)),
    ("GMD", ("GMD",), ("dalasi", "gambian dalasi")),
    ("GNF", ("GNF",), ("guinean francs",)),
    ("HTG", ("HTG",), ("gourdes", "haitian gourdes")),
    # A bare "rials" reads as Iran's (Saudi copy writes "riyals"; Oman's and Yemen's carry
    # their adjective).
    ("IRR", ("IRR",), ("rials", "iranian rials")),
    ("KHR", ("KHR",), ("riels", "cambodian riels")),
    ("KMF", ("KMF",), ("comorian francs",)),
    ("KPW", ("KPW",), ("north korean won",)),
    ("KYD", ("KYD", "CI$"), ("cayman islands dollars",)),
    ("LBP", ("LBP",), ("lebanese pounds",)),
    ("LRD", ("LRD",), ("liberian dollars",)),
    ("LSL", ("LSL",), ("maloti", "lesotho loti")),
    ("MDL", ("MDL",), ("moldovan lei",)),
    ("MMK", ("MMK",), ("kyats", "myanmar kyats")),
    ("MOP", ("MOP", "MOP$"), ("patacas", "macau patacas", "macanese patacas")),
    ("MRU", ("MRU",), ("ouguiyas", "mauritanian ouguiyas")),
    # Nicaragua's code before a figure is as often a carmaker's name in capitals, with its
    # deliveries after it: read after the figure only
    ("NIO", (), ("c\u00f3rdobas", "cordobas")),
    ("PAB", ("PAB",), ("balboas",)),
    ("PGK", ("PGK",), ("papua new guinean kina",)),
    ("SBD", ("SBD", "SI$"), ("solomon islands dollars",)),
    ("SCR", ("SCR",), ("seychelles rupees", "seychellois rupees")),
    ("SDG", ("SDG",), ("sudanese pounds",)),
    ("SHP", ("SHP",), ("saint helena pounds",)),
    ("SLE", ("SLE",), ("leones", "sierra leonean leones")),
    ("SOS", ("SOS",), ("somali shillings",)),
    ("SSP", ("SSP",), ("south sudanese pounds",)),
    ("STN", ("STN",), ("dobras",)),
    ("SVC", ("SVC",), ("salvadoran colones", "el salvador colones")),
    ("SYP", ("SYP",), ("syrian pounds",)),
    ("SZL", ("SZL",), ("emalangeni", "lilangeni", "swazi emalangeni")),
    ("TMT", ("TMT",), ("turkmen manat", "turkmenistan manat")),
    ("TOP", ("TOP",), ("pa\u02bbanga", "pa'anga", "tongan pa'anga")),
    (
        "VES",
        ("VES",),
        ("bol\u00edvares", "bolivares", "venezuelan bol\u00edvares", "bolivars", "bol\u00edvars"),
    ),
    ("VUV", ("VUV",), ("vatu",)),
    ("WST", ("WST",), ("samoan tala",)),
    ("XCD", ("XCD", "EC$"), ("east caribbean dollars", "eastern caribbean dollars")),
    ("XPF", ("XPF",), ("cfp francs",)),
    ("YER", ("YER",), ("yemeni rials",)),
    # The dollar's own name in the list, "United States dollars", read with the main currencies.
    ("USD", (), ("united states dollars",)),
    ("ZWG", ("ZWG", "ZiG"), ("zimbabwe gold", "zimbabwe golds")),
)

# Codes that are also words or acronyms of this field ("ALL", "TOP", an internal rate of return's
# "IRR", a selective catalytic reduction's "SCR", the wire gauge's "AWG"), or a ticker or a brand
# in capitals; and the lira's two-letter mark "TL", which is also a model's or a trim's letters.
WORD_CODES = frozenset(
    "ALL AMD BAM BOB BSD BTN CDF COP CRC CUP CVE DOP ERN GEL IRR LAK MAD MOP NIO PEN SCR SDG SOS "
    "SVC TMT TOP TRY AWG TL".split()
)


def figure_beside_word_code(number: str, scaled: bool) -> bool:
    """Whether a figure written beside a word-like code is big enough to be money in it: a scale
    word after it, or four digits or more that are not a year ("45,000", "1500000")."""
    digits = number.split(".")[0].replace(",", "")
    if scaled:
        return True
    if not digits.isdigit() or len(digits) < 4:
        return False
    return "," in number or len(digits) > 4 or not digits.startswith(("19", "20"))


_FIGURE_AT = re.compile(r"(?P<num>[\d.,]*\d)(?P<scale>\s?(?:trillion|billion|million|bn|mn|m)\b)?")


def big_figure_at(text: str, start: int) -> bool:
    """Whether the figure written at `start` is big enough for a word-like code before it to be
    its currency ("TOP 45,000", not the "TOP 10" of a ranking)."""
    m = _FIGURE_AT.match(text, start)
    if m is None:
        return False
    return figure_beside_word_code(m.group("num"), bool(m.group("scale")))
