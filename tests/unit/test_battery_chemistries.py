"""The chemistries' table: every family as copy writes it, read as one label."""

from __future__ import annotations

import pytest

from evkb.kb.records.battery_chemistries import SPEC_CHEMISTRY, chemistry_label
from evkb.kb.records.battery_words import spec_chemistries


def _labels(text: str) -> list[str]:
    return [
        chemistry_label(m.group("chem") or m.group("grade").upper())
        for m in SPEC_CHEMISTRY.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("a lithium manganese iron phosphate cathode", "LMFP"),
        ("lithium iron manganese phosphate", "LMFP"),
        ("lithium ferro-phosphate cells", "LFP"),
        ("LiFePO4 cells", "LFP"),
        ("nickel-cobalt-manganese cells", "NMC"),
        ("it sticks with nickel 811", "NMC"),
        ("an NCM811 cathode", "NCM"),
        ("a high-nickel NMC cathode", "NMC"),
        ("nickel-rich NCA cells", "NCA"),
        ("high-nickel cells", "high-nickel"),
        ("nickel-cobalt-manganese-aluminium cathodes", "NCMA"),
        ("a lithium nickel manganese oxide cathode", "LNMO"),
        ("lithium manganese oxide", "LMO"),
        ("lithium titanate cells", "LTO"),
        ("a lithium-rich manganese-based cathode", "LMR"),
        ("a silicon-carbon anode", "silicon-anode"),
        ("Na-ion packs", "sodium-ion"),
        ("a lithium-sulfur cell", "lithium-sulfur"),
        ("a sulphide-based solid electrolyte", "sulfide solid-state"),
        ("a semi-solid electrolyte", "semi-solid-state"),
        ("all-solid-state batteries", "all-solid-state"),
        ("a LiFeMnPO4 cathode", "LMFP"),
        ("lithium-ion phosphate batteries", "LFP"),
        ("an ultra-high-nickel NCM cathode", "NCM"),
        ("Ni-rich cathodes", "nickel-rich"),
        ("a LiMn2O4 cathode", "LMO"),
        ("a Li4Ti5O12 anode", "LTO"),
        ("an anode-free cell", "lithium-metal"),
        ("a quasi-solid-state cell", "semi-solid-state"),
        ("lithium-air cells", "lithium-air"),
    ],
)
def test_each_written_form_reads_as_its_family(text: str, label: str) -> None:
    assert _labels(text) == [label]


def test_silicon_named_without_its_electrode_is_no_chemistry() -> None:
    # "silicon-carbon composite cathode", "silicon carbide" inverters: not an anode's family.
    assert _labels("a silicon-carbon composite cathode and silicon carbide inverters") == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The cell uses a high-nickel NMC cathode.", "NMC"),
        ("Rival Kaiyang is sticking with nickel 811 for its cells.", "NMC"),
        ("Its cathode is LiMn2O4.", "LMO"),
        ("An anode-free cell stores 400 Wh/kg.", "lithium-metal"),
        ("It uses LFP cells.", "LFP"),
    ],
)
def test_a_spec_sentence_reads_every_form_of_the_table(text: str, label: str) -> None:
    # The narrower pattern of names serves a sentence only where it reads the same.
    found = [m.group("chem") or m.group("grade").upper() for m in spec_chemistries(text)]
    assert [chemistry_label(f) for f in found] == [label]
