"""Short lines of a page told by their form: a chart's text for readers who cannot see it, a
byline or dateline written in the page's own language, a bar of share buttons with icons or
other messengers, and a label that the article is for subscribers. The article's own sentences
of the same words stay."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_forms import form_kind, is_dateline
from evkb.model import BOILERPLATE, CAPTION, FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "[Chart] Alt text: Bar chart of cell makers' shares, 2026. Tervane 31%, Delmere 22%.",
        "[Chart: Output of the Kelvale line by month, 2025-2026. Source: Ostvald Data]",
        # forms no corpus has: another kind, a number, a label alone, a list of figures
        "[Map 2] Where the Delmere plants stand, with their capacity in GWh",
        "[Infographic] Three packs compared: 52 kWh, 64 kWh, 77 kWh",
        "Alt text: a line chart rising from 1.2 GWh in 2024 to 6.8 GWh in 2026.",
        "[Graph]: Quillmere's share, 18% / 21% / 24% over three years " + "and more " * 20,
    ],
)
def test_a_chart_s_text_is_a_caption(line: str):
    assert form_kind(line) == CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "[Image description] The drawing shows a white car under a tree and a thermometer.",
        "[Charts are updated every Monday.]",
        "Chart 1: Who supplies the Delmere cells",
        "The chart shows Tervane at 31% and Delmere at 22%.",
        "Alternative texts matter: the Kelvale line makes 2 GWh.",
    ],
)
def test_the_article_s_own_lines_about_charts_stay(line: str):
    assert form_kind(line) != CAPTION


def test_a_chart_s_figures_make_no_body_beside_the_prose():
    text = (
        "Delmere cells are winning\n\n"
        "Tervane supplied 31% of the cells this year, and Delmere 22%, up from 18%.\n\n"
        "[Chart] Alt text: Bar chart of suppliers' shares, 2026. Tervane 31%, Delmere 22%.\n\n"
        "Both makers plan new lines at Kelvale next year.\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    chart = next(line for line in kinds if line.startswith("[Chart]"))
    assert kinds[chart] in FURNITURE_KINDS
    assert kinds["Both makers plan new lines at Kelvale next year."] not in FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Door Mirte Valkhof · 1 december 2026 · Leestijd 4 minuten",
        "Đăng bởi Nguyễn Văn Hòa - 01/12/2026",
        "Publié le 23/11/2026 à 18h05 - Mis à jour le 24/11/2026 à 07h12",
        "Unternehmen | 1. Dezember 2026",
        # forms no corpus has: other months and orders, a date with spaces, "a. m."
        "Von Mirte Brandwijk | 3. März 2026, 14:20 Uhr",
        "Wirtschaft · 14 février 2026",
        "Por Ana Vaszary | diciembre 2, 2026",
        "Mirte Brandwijk | 2. 12. 2026 | Delmere",
        "Economía | 2 de octubre de 2025 - 6:15 a. m.",
    ],
)
def test_a_byline_or_dateline_in_the_page_s_language_is_one(line: str):
    assert is_dateline(line)
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "The Kelvale line opens on 5 mai 2026 in Delmere.",
        "Tervane will report on 3 March 2026 and expects a loss.",
        "5 mai",
        "Mars 2026 plan for Delmere cells",
        "The plant was opened by the mayor on 2. 12. 2026 after two years of work.",
    ],
)
def test_sentences_with_dates_are_no_datelines(line: str):
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Chia sẻ: Facebook Zalo Copy link",
        "[Facebook] [X] [KakaoTalk] [Copy URL] [Print]",
        "\U0001f50a Listen · \u2709 Email · \U0001f517 Copy link",
        # forms no corpus has
        "WeChat | Weibo | Copy URL",
        "\u2709 Email  \U0001f5a8 Print  \U0001f517 Copy link",
    ],
)
def test_a_bar_of_share_buttons_is_boilerplate(line: str):
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line", ["\U0001f50b Line 2 at Kelvale", "Viber", "Copy of the Tervane filing", "URL"]
)
def test_a_line_with_one_share_word_or_an_icon_is_no_bar(line: str):
    assert form_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Article reserved for subscribers",
        "\U0001f512 Subscriber exclusive",
        "Réservé aux abonnés",
        # forms no corpus has
        "This story is available to paying subscribers",
        "Nur für Abonnenten",
        "Subscribers only.",
    ],
)
def test_a_label_for_subscribers_is_boilerplate(line: str):
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers",
        "Subscribers rose 20% at Tervane's home battery service.",
        "The fund is available to subscribers of the Delmere bond.",
    ],
)
def test_the_article_s_own_lines_about_subscribers_stay(line: str):
    assert form_kind(line) is None
