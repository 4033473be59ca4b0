"""The chemistries' table: every family as copy writes it, read as one label."""

from __future__ import annotations

import pytest

from evkb.kb.records.battery_chemistries import SPEC_CHEMISTRY, chemistry_label


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
    ],
)
def test_each_written_form_reads_as_its_family(text: str, label: str) -> None:
    assert _labels(text) == [label]


def test_silicon_named_without_its_electrode_is_no_chemistry() -> None:
    # "silicon-carbon composite cathode", "silicon carbide" inverters: not an anode's family.
    assert _labels("a silicon-carbon composite cathode and silicon carbide inverters") == []
