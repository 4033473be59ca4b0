"""An add of a document naming many organisations says so in a line, not a screenful."""

from __future__ import annotations

import itertools
from pathlib import Path

from evkb.cli import main

_SYLLABLES = ("bran", "kel", "mor", "tav", "quen", "sol", "vir", "dask")


def test_an_add_lists_the_first_names_and_counts_the_rest(tmp_path: Path, capsys):
    names = [
        f"{a.capitalize()}{b} Cells Ltd"
        for a, b in itertools.islice(itertools.product(_SYLLABLES, repeat=2), 60)
    ]
    text = "Battery makers report\n\n" + "\n\n".join(
        f"{name}, a battery maker based in Norway, said on Monday it had hired 40 engineers."
        for name in names
    )
    article = tmp_path / "makers.txt"
    article.write_text(text, encoding="utf-8")
    folder = tmp_path / "kb"
    assert main(["init", str(folder)]) == 0
    capsys.readouterr()
    assert main(["add", "--kb", str(folder), str(article)]) == 0
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if x.startswith("companies proposed"))
    listed, _, more = line.partition(" and ")
    assert more.endswith("more (`evkb review` lists all)")
    shown = listed.split(": ", 1)[1].split(", ")
    assert len(shown) == 20 and shown == sorted(shown)
    assert len(shown) + int(more.split()[0]) >= 50  # every proposed company is counted
