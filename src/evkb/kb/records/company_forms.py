"""The words organisations' names are made of, in the languages news copy quotes them in.

Legal forms as written and as keys ("Acme A/S", "Acme S.A.S."), the words that make a run an
organisation's name ("... Energía", "Ministry of ..."), the words that join a name's words, and
the acronyms of the trade that name no organisation. World facts, read by `company_cues`.
"""

from __future__ import annotations

import re

# Corporate suffixes and generic words a name may carry or drop ("Acme Motor Co." is Acme).
SUFFIXES = frozenset(
    """co co. corp corp. corporation inc inc. ltd ltd. limited llc plc ag sa se nv gmbh group
    holdings holding company motor motors sas spa s.a. s.p.a. ab asa oy oyj kk bv pty as a/s aps
    llp lp sdn
    sf pvt pte bhd berhad tbk srl sarl kgaa kg ohg & s.l. s.a.u. s.l.u. s.r.l. s.a.s. b.v. n.v. k.k.
    ltda sl slu jsc pjsc ojsc cjsc zrt kft a.s. s.r.o. d.o.o. d.d. o.o. nyrt uab sia ad ead ood
    eood oü ou hf ehf lda lda. ooo pao zao tov sac saa private sp z w.l.l. wll s.a.o.g. saog
    s.a.o.c. saoc q.p.s.c. qpsc q.s.c. qsc b.s.c. bsc p.j.s.c. k.s.c.p. kscp l.l.c. sh.p.k. sh.a.
    sh.pk. a.ş.""".split()
)

# Words that make a capitalised run an organisation's name after its first word ("Acme
# Energy", "Vereda Baterías", "Shiomi Denchi"), in the languages copy quotes names in.
ORG_WORDS = frozenset(
    """association ministry agency authority bank board commission committee council department
    energy fund foundation group holdings industries institute labs laboratories partners
    research solution solutions systems technologies technology tech university ventures capital
    lithium cells energie energia
    electric electronics chemical chemicals materials battery batteries automotive power
    federation office services trust alliance consortium exchange insights analytics consulting
    organisation organization
    manufacturing mobility motor motors amperex corp corporation inc ltd limited llc plc ag se gmbh
    co intelligence auto cars trucks sas spa automobiles automobile service data news media press
    journal times sa nv ab asa oy oyj kk bv pty securities mining metals minerals resources
    university government insight ratings treasury institution chamber union commerce
    brothers energi kraft batteri gruppen industrier parliament directorate senate congress
    secretariat inspectorate tribunal bureau administration coalition cooperative confederación
    asociación federación cámara ministerio gobierno junta consejo instituto fundación sociedad
    compañía grupo associação confederação associazione confederazione ministero groupe société
    compagnie fédération banco banque banca caja caixa cabinet chem logistics freight anode
    cathode college polytechnic shire company
    works werke werk gesellschaft stiftung verband fonden invest kemi química quimica mineração
    mineracao minería mineria baterias baterías batterie batterien materiali materiais materiales
    industrie industria industrias indústria kogyo denki denko shoji seisakusho kenkyujo
    kenkyusho sangyo jidosha kagaku keji nengyuan dianchi jituan gongsi denchi batarya enerji
    sanayi teknoloji otomotiv kimya baterai nikel tambang vervoer energetika elektro akku baterie
    electrolyte electrolytes separator separators graphite recycling storage energía energética
    eléctrica electrica movilidad mobilidade tecnología tecnologia tecnologías soluciones
    soluções sistemas servicios serviços companies moto buses insurance consultants
    assurances""".split()
)

# Endings of abstract nouns of English ("Innovation", "Development", "Security"): a name's
# word that ends so is as often an ordinary word in a title-cased name.
NOUN_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "ance", "ence", "ship")

# Words that end a carmaker's name, after which a capitalised word is a model.
MAKER_WORDS = frozenset("motor motors moto cars auto automotive automobiles".split())

# Words that head an organisation's name before "of" or "for" ("Ministry of Trade",
# "Government of Canada", "Department for Business and Trade"): the rest is not a place.
ORG_HEADS = frozenset(
    """ministry department government university bank office agency commission council institute
    federation association bureau administration authority board secretariat cabinet confederación
    asociación federación cámara ministerio gobierno junta consejo instituto fundación banco
    associação confederação associazione confederazione ministero fédération banque
    shire directorate union fondo fonds fundo chamber""".split()
)

# Acronyms of the trade and everyday English that name no organisation.
COMMON_ACRONYMS = frozenset(
    """EV EVS BEV BEVS PHEV PHEVS HEV HEVS FCEV ICE SUV SUVS IPO AI CEO CFO CTO COO GDP LFP LMFP NMC
    NCM NCA NCMA LMO LCO LTO WLTP EPA CLTC NEDC OEM OEMS API IT TV PC FY YOY ESG CO2 ID OK PM AM
    GMT UTC DC AC HQ VAT ETF R&D PR UN US USA UK EU USD EUR JPY GBP CNY KRW GWH MWH TWH KWH GW MW KW
    KM MPH LLC PLC LTD INC CO Q1 Q2 Q3 Q4 H1 H2 FAQ PDF TBA SSB BMS CTP CTB NEV NEVS ZEV ADAS OTA
    MOU RMB WH KG GST CBD EBITDA EBIT EPS CAGR ROE ROI ROCE CAPEX OPEX""".split()
)

# Dotted legal forms are one word: "Celdas Andinas S.L.", "Vereda S.A.", "Acme B.V.".
# Capitals as well: "S.R.L." (Romanian, Italian), "S.A.E." (Egyptian), "S.A.R.L." (French).
# The Gulf's: "W.L.L." (with limited liability), "S.A.O.G." (Omani public), "Q.P.S.C.", "B.S.C.".
DOTTED_FORM = (
    r"(?:S\.A\.O\.G|S\.A\.O\.C|S\.A\.R\.L|S\.A\.U|S\.A\.S|S\.A\.E|S\.A|S\.R\.L|S\.L\.U|S\.L|S\.r\.l|S\.p\.A|B\.V|N\.V|K\.K|"
    r"W\.L\.L|Q\.P\.S\.C|Q\.S\.C|B\.S\.C|P\.J\.S\.C|K\.S\.C\.P|L\.L\.C|Sh\.p\.k|Sh\.[Aa]|SH\.PK|A\.Ş)\.(?!\w)"
)

# Legal forms, as written: after a name they make it a company ("Acme AB", "Acme Pvt"); each
# with and without its closing stop, which a sentence's own stop may have taken.
LEGAL_WORDS = frozenset(
    form
    for written in """AS A/S ASA AB SF Oy Oyj Pvt Pte Bhd Sdn Tbk KGaA SRL SARL SpA SAS GmbH AG SE
    NV BV KK Plc PLC S.A. S.A.U. S.L. S.L.U. S.r.l. S.p.A. B.V. N.V. K.K. Ltda. LLP LP JSC PJSC
    OJSC CJSC Zrt. Kft. Berhad a.s. s.r.o. d.o.o. d.d. o.o. Nyrt. UAB SIA AD EAD OOD EOOD OÜ ApS
    hf. ehf. Lda. OOO PAO ZAO TOV S.A.C. S.A.A. W.L.L. WLL S.A.O.G. SAOG S.A.O.C. SAOC Q.P.S.C.
    QPSC Q.S.C. QSC B.S.C. BSC P.J.S.C. K.S.C.P. KSCP L.L.C. Sh.p.k. Sh.a. Sh.A. SH.PK.
    A.Ş. S.R.L. S.A.E. S.A.R.L.""".split()
    for form in (written, written.rstrip("."))
)

# Words that join the words of one name ("Ministry of Trade", "Energía del Arlán").
CONNECTORS = frozenset("of for and & de del della des da do di du der von y e et und".split())

# Legal forms a display name leaves out ("Ampelis SAS" is shown as Ampelis).
LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Co|Inc|Corp|Corporation|Ltd|Limited|Plc|PLC|LLC|LLP|AG|SE|SA|S\.A|NV|GmbH|SAS|SpA|S\.p\.A|AB|ASA|AS|A/S|SF|Oy|Oyj|KK|BV|Pty|\(Pty\)|\(Pvt\)|Pvt|Pte|Sdn|Bhd|KGaA|KG|OHG|&|S\.A\.U|S\.A\.S|"
    r"S\.L\.U|S\.L|S\.r\.l|S\.R\.L|S\.A\.E|S\.A\.R\.L|B\.V|N\.V|K\.K|Ltda|JSC|PJSC|OJSC|CJSC|Tbk|Berhad|Zrt|Kft|AD|EAD|OOD|"
    r"EOOD|OÜ|ApS|Lda|OOO|PAO|ZAO|S\.A\.C|S\.A\.A|Private(?=\s+Limited)|sp\.\s+z\s+o\.\s?o)\.?)+$"
)
# Legal forms written before the name in the Baltics, Eastern Europe and Indonesia ("SIA
# Rapebamo Dedumazudes", "UAB Acme", "PT Acme Tbk"): the same company as the name alone.
LEADING_FORMS = frozenset("sia uab pt ooo oao pao zao tov as ab".split())
# As a name's first word they are written in capitals ("AS Lemadudi"); "As" opens a clause.
LEADING_FORMS_WRITTEN = frozenset(form.upper() for form in LEADING_FORMS)
# A company's organs, named in its filings as if they were bodies of their own ("the Board of
# Directors approved", "the Annual General Meeting"): a part of the company, never one.
ORGAN_ENDS = ("Directors", "Board", "Meeting", "Committee", "Management")
ORGAN = re.compile(
    r"(?:\bBoard\s+of\s+(?:Directors|Management)|\b(?:Supervisory|Management|Executive)\s+Board|"
    r"\bGeneral\s+Meeting|\bAudit\s+Committee)$"
)
# "the Board of Directors of Acme Mobility, S.A.": an organ named before the company it is of.
ORGAN_OF = re.compile(
    r"(?:Board\s+of\s+(?:Directors|Management)|(?:Supervisory|Management|Executive)\s+Board)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
