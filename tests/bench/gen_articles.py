"""Writes a knowledge-base folder of realistic synthetic EV-battery news articles for benchmarks.

Each article reads like the real ones: a standfirst, headings mixed into the body, paragraphs
with companies, chemistries, places, figures and years, an image caption, a newsletter footer
and a trailing list of unrelated headlines with their own figures. 2,500 articles give about
100,000 passages. The output is deterministic for a given seed.

    python tests/bench/gen_articles.py OUT_DIR [--articles 2500] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

AUTOMAKERS = [
    "Toyota",
    "Nissan",
    "Honda",
    "Mazda",
    "Subaru",
    "Hyundai",
    "Kia",
    "Volkswagen",
    "BMW",
    "Mercedes-Benz",
    "Stellantis",
    "Renault",
    "Ford",
    "General Motors",
    "Tesla",
    "Rivian",
    "Lucid",
    "Volvo Cars",
    "Polestar",
    "Geely",
    "NIO",
    "XPeng",
    "Li Auto",
    "Tata Motors",
    "Mahindra",
    "VinFast",
    "Suzuki",
    "Mitsubishi Motors",
    "Lexus",
    "Audi",
    "Porsche",
    "Skoda",
]
CELL_MAKERS = [
    "CATL",
    "BYD",
    "LG Energy Solution",
    "SK On",
    "Samsung SDI",
    "Panasonic",
    "CALB",
    "Gotion",
    "EVE Energy",
    "Sunwoda",
    "Envision AESC",
    "Northvolt",
    "SVOLT",
    "Farasis",
    "Prime Planet Energy",
    "QuantumScape",
    "Solid Power",
    "Factorial Energy",
    "ProLogium",
    "Microvast",
    "Freyr",
]
RESEARCH = [
    "SNE Research",
    "BloombergNEF",
    "Benchmark Mineral Intelligence",
    "Rho Motion",
    "Wood Mackenzie",
]
MEDIA = ["Nikkei", "Reuters", "Electrek", "Bloomberg", "Argus", "Automotive News", "InsideEVs"]
CHEMISTRIES = [
    "lithium iron phosphate",
    "LFP",
    "nickel manganese cobalt",
    "NMC",
    "sodium-ion",
    "all-solid-state",
    "solid-state",
    "semi-solid-state",
    "lithium manganese iron phosphate",
    "LMFP",
    "nickel cobalt aluminium",
    "bipolar LFP",
    "silicon anode",
    "lithium-sulphur",
    "4680 cylindrical",
    "blade",
    "cell-to-pack",
    "high-nickel",
]
PLACES = [
    "Japan",
    "China",
    "South Korea",
    "the United States",
    "Germany",
    "France",
    "Hungary",
    "Poland",
    "Spain",
    "Sweden",
    "India",
    "Indonesia",
    "Thailand",
    "Mexico",
    "Canada",
    "Kentucky",
    "North Carolina",
    "Georgia",
    "Tennessee",
    "Ohio",
    "Michigan",
    "Ontario",
    "Bavaria",
    "Aichi",
    "Osaka",
    "Guangdong",
    "Fujian",
    "Jiangsu",
    "Chungcheong",
    "Catalonia",
    "Lower Saxony",
]
PRODUCTS = [
    "Performance",
    "Popularisation",
    "High Performance",
    "Next-Gen",
    "Ultium",
    "Qilin",
    "Shenxing",
    "Blade 2.0",
    "Gen 5",
    "PowerCo unified cell",
    "e-GMP",
    "Neue Klasse",
]
VERBS_INVEST = [
    "will invest",
    "plans to spend",
    "has committed",
    "is set to pour",
    "earmarked",
    "will allocate",
]
PURPOSES = [
    "a new cell plant",
    "a cathode materials factory",
    "expanding domestic battery output",
    "research into solid-state cells",
    "a recycling facility",
    "a gigafactory",
    "a pilot line",
    "separator production",
    "a joint venture battery plant",
    "anode material supply",
]
CURRENCIES = [("$", "billion"), ("$", "million"), ("€", "billion"), ("¥", "billion yen")]
TRENDS = ["rose", "fell", "dropped", "climbed", "jumped", "slipped", "grew", "declined"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
HEADLINE_WORDS = [
    "Outage",
    "Shares",
    "Valuation",
    "Funding Round",
    "IPO",
    "Probe",
    "Ban",
    "Deal",
    "Strategy",
    "Bankruptcy",
    "Tariffs",
    "Earnings",
    "Data Centre",
    "Chipmaker",
    "Regulator",
    "Startup",
    "Merger",
    "Lawsuit",
    "Stock",
    "Wildfire",
    "Election",
    "Central Bank",
    "Airline",
    "Retailer",
]
HEADLINE_NAMES = [
    "Atlassian",
    "SoftBank",
    "Oracle",
    "Blackstone",
    "Amazon",
    "OpenAI",
    "Intel",
    "Nvidia",
    "Alphabet",
    "Delta Air Lines",
    "Sanofi",
    "Microsoft",
    "Meta",
    "IKEA",
    "ExxonMobil",
    "Uber",
    "Airbnb",
    "Netflix",
    "Spotify",
    "Shopify",
    "Unilever",
    "Nestle",
    "Siemens",
    "Airbus",
]


def _money(rng: random.Random) -> str:
    symbol, scale = rng.choice(CURRENCIES)
    if scale == "million":
        return f"{symbol}{rng.randint(50, 950)} million"
    if scale == "billion yen":
        return f"{rng.randint(10, 900)} billion yen"
    return f"{symbol}{rng.randint(1, 20)}.{rng.randint(1, 9)} billion"


def _range(rng: random.Random) -> str:
    miles = rng.randrange(250, 950, 10)
    km = round(miles * 1.609)
    if rng.random() < 0.5:
        return f"{miles} miles ({km:,} km)"
    return f"{km:,} kilometres ({miles} miles)" if rng.random() < 0.5 else f"{km:,} kilometers"


def _sentence(rng: random.Random, maker: str, cell: str) -> str:
    year = rng.randint(2024, 2032)
    chem = rng.choice(CHEMISTRIES)
    place = rng.choice(PLACES)
    kind = rng.randrange(12)
    if kind == 0:
        return (
            f"{maker} {rng.choice(VERBS_INVEST)} {_money(rng)} in {rng.choice(PURPOSES)} in {place}, "
            f"with production expected to start by {year}, according to {rng.choice(MEDIA)}."
        )
    if kind == 1:
        return (
            f"The {rng.choice(PRODUCTS)} {chem} battery is expected to offer a WLTP driving range of "
            f"about {_range(rng)} and fast charging in {rng.choice([10, 15, 18, 20, 25, 30])} minutes."
        )
    if kind == 2:
        share = rng.randint(20, 400) / 10
        return (
            f"As of {rng.choice(MONTHS)} {year}, {cell} held a {share}% share of the global EV battery "
            f"market, according to {rng.choice(RESEARCH)}, ahead of {rng.choice(CELL_MAKERS)}."
        )
    if kind == 3:
        return (
            f"{cell} will supply {chem} cells to {maker} from a plant in {place} with an annual "
            f"capacity of {rng.randrange(5, 120, 5)} GWh once it reaches full output in {year}."
        )
    if kind == 4:
        a, b = rng.randint(1, 90) / 10, rng.randint(1, 90) / 10
        return (
            f"Sales of electric vehicles in {place} {rng.choice(TRENDS)} by {rng.randint(2, 60)}% "
            f"year on year, while their share of new car sales moved from {a}% to {b}%."
        )
    if kind == 5:
        return (
            f"{maker} said the new {chem} packs would cost around {rng.randint(10, 50)} percent less "
            f"than the current generation and deliver {rng.randint(5, 30)} percent more range."
        )
    if kind == 6:
        return (
            f"The government of {place} will provide a subsidy of up to {_money(rng)} to support "
            f"{maker} and {cell} as they localise the battery supply chain by {year}."
        )
    if kind == 7:
        return (
            f"{maker} and {cell} formed a joint venture to build {chem} batteries in {place}, "
            f"aiming for {rng.randint(100, 900) * 1000:,} packs a year by {year}."
        )
    if kind == 8:
        return (
            f"Analysts at {rng.choice(RESEARCH)} expect {chem} cells to account for more than half "
            f"of installations in {place} by {year}, up from {rng.randint(5, 40)}% today."
        )
    if kind == 9:
        return (
            f"{maker} plans to launch {rng.randint(2, 30)} new battery electric models by {year} and "
            f"will use giga casting methods to cut manufacturing costs at its {place} plant."
        )
    if kind == 10:
        return (
            f"Executives at {cell} told {rng.choice(MEDIA)} that prices for {chem} packs fell to "
            f"${rng.randint(55, 140)} per kilowatt-hour in {year}, the lowest level on record."
        )
    return (
        f"{maker} recalled {rng.randint(1, 99) * 1000:,} vehicles in {place} over a defect in "
        f"{chem} modules supplied by {cell}, the company said in a statement in {year}."
    )


def _heading(rng: random.Random, maker: str, cell: str) -> str:
    forms = [
        f"{maker} Bets on {rng.choice(CHEMISTRIES).title()} Batteries",
        f"{cell} Expands Capacity in {rng.choice(PLACES)}",
        f"{rng.choice(PLACES)} Targets {rng.randrange(50, 300, 10)} GWh by {rng.randint(2027, 2035)}",
        f"Why {maker} Is Rethinking Its Battery Strategy",
        f"{maker} and {cell} Deepen Partnership",
    ]
    return rng.choice(forms)


def _headline(rng: random.Random) -> str:
    return (
        f"{rng.choice(HEADLINE_NAMES)} {rng.choice(['Faces', 'Announces', 'Eyes', 'Weighs', 'Unveils'])} "
        f"{rng.choice(HEADLINE_WORDS)} {rng.choice(['Amid', 'After', 'as', 'Ahead of'])} "
        f"${rng.randint(1, 900)} {rng.choice(['Million', 'Billion'])} {rng.choice(HEADLINE_WORDS)}"
    )


def article(rng: random.Random) -> str:
    maker = rng.choice(AUTOMAKERS)
    cell = rng.choice(CELL_MAKERS)
    lines = [_sentence(rng, maker, cell), _heading(rng, maker, cell)]
    body_count = rng.randint(20, 26)
    caption_at = rng.randint(3, body_count - 3)
    for i in range(body_count):
        if i and i % rng.randint(5, 7) == 0:
            lines.append(_heading(rng, maker, cell))
        if i == caption_at:
            lines.append(f"Gallery: {maker} {rng.choice(PRODUCTS)} Concept")
        # Paragraphs of one or two sentences, like the real copy (~180 characters).
        text = _sentence(rng, maker, cell)
        if rng.random() < 0.3:
            text += " " + _sentence(rng, rng.choice(AUTOMAKERS), rng.choice(CELL_MAKERS))
        lines.append(text)
    lines.append("Got a tip for us? Email: tips@example.com")
    lines.append("")
    lines.append("")
    lines += [_headline(rng) for _ in range(rng.randint(10, 14))]
    return "\n".join(lines) + "\n"


def write_kb(out: Path, articles: int = 2500, seed: int = 7) -> Path:
    """Write a knowledge-base folder with `articles` synthetic articles; return `out`."""
    rng = random.Random(seed)
    sources = out / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for src in (REPO / "data" / "sources").glob("*.txt"):
        shutil.copy(src, sources / src.name)
    manifest = REPO / "data" / "sources" / "sources.toml"
    if manifest.exists():
        shutil.copy(manifest, sources / "sources.toml")
    if (REPO / "data" / "curated").is_dir():
        shutil.copytree(REPO / "data" / "curated", out / "curated", dirs_exist_ok=True)
    else:
        (out / "curated").mkdir(exist_ok=True)
    for i in range(articles):
        (sources / f"synthetic-{i:05d}.txt").write_text(article(rng), encoding="utf-8")
    return out


def write_articles(out: Path, articles: int = 2500, seed: int = 7) -> list[Path]:
    """Only the article files (for timing `evkb add`), the same ones `write_kb` writes."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(articles):
        path = out / f"synthetic-{i:05d}.txt"
        path.write_text(article(rng), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_kb(args.out, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
