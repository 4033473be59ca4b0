"""The built knowledge base split per source: the same bytes whatever the order of adds, a build
that extracts only what changed, and damaged or missing product files told and made again."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from helpers.folders import built_files
from helpers.modules import modules_run

from evkb.kb.built import load_kb, read_kb
from evkb.kb.check import check_kb

ROOT = Path(__file__).resolve().parents[2]
FOURTH = ROOT / "tests" / "fixtures" / "fourth" / "uk-gigafactory.txt"


def inputs(folder: Path) -> dict[str, str]:
    """What the user wrote: every source and curated file, by content hash."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for name in ("sources", "curated")
        for p in sorted((folder / name).rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def documents(tmp_path: Path) -> list[Path]:
    """Two documents to add: the fourth article and a short one of another style."""
    short = tmp_path / "cell-news.txt"
    short.write_text(
        "Cell News\n\nNorthvolt said its Skelleftea plant will reach 60 GWh by 2030, "
        "up from 16 GWh today.\n",
        encoding="utf-8",
    )
    return [FOURTH, short]


def _copy(folder: Path, to: Path) -> Path:
    shutil.copytree(folder, to, ignore=shutil.ignore_patterns(".evkb-cache", ".evkb.lock"))
    return to


def test_the_same_bytes_whatever_the_order_of_adds(cli, bundled_copy, documents, tmp_path):
    first, second = documents
    ab = _copy(bundled_copy, tmp_path / "ab")
    ba = _copy(bundled_copy, tmp_path / "ba")
    assert cli("add", "--kb", str(ab), str(first))[0] == 0
    assert cli("add", "--kb", str(ab), str(second))[0] == 0
    assert cli("add", "--kb", str(ba), str(second))[0] == 0
    assert cli("add", "--kb", str(ba), str(first))[0] == 0
    assert built_files(ab) == built_files(ba)
    scratch = _copy(ab, tmp_path / "scratch")
    shutil.rmtree(scratch / "built")
    (scratch / "kb.toml").unlink()
    assert cli("build", "--kb", str(scratch))[0] == 0
    assert built_files(scratch) == built_files(ab)


def test_an_add_extracts_only_the_new_document(cli, bundled_copy, documents, extracted):
    before = built_files(bundled_copy)
    code, _, err = cli("add", "--kb", str(bundled_copy), str(documents[1]))
    assert code == 0, err
    assert extracted == ["cell-news"]
    after = built_files(bundled_copy)

    # The other products are left as they were; the manifest names one more.
    def products(files: dict[str, bytes]) -> dict[str, bytes]:
        return {k: v for k, v in files.items() if k.count("/") == 1 and k.startswith("built/")}

    assert products(after) == {
        **products(before),
        "built/cell-news.toml": after["built/cell-news.toml"],
    }
    assert len(load_kb(bundled_copy).sources) == 4
    assert check_kb(bundled_copy) == []


def test_a_build_removes_the_products_of_sources_that_are_gone(cli, bundled_copy, extracted):
    extra = bundled_copy / "sources" / "extra.txt"
    extra.write_text("Extra\n\nCellCo will build 40 GWh by 2030.\n", encoding="utf-8")
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    assert (bundled_copy / "built" / "extra.toml").is_file()
    extra.unlink()
    extracted.clear()
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0, err
    assert extracted == []  # nothing changed for the others
    assert not (bundled_copy / "built" / "extra.toml").exists()
    assert built_files(bundled_copy) == built_files(ROOT / "data")


def test_the_split_form_reads_back_as_the_build_made_it(cli, bundled_copy):
    from evkb.kb.build import build_kb
    from evkb.kb.store import TABLES

    built = build_kb(bundled_copy)
    for kb in (read_kb(bundled_copy / "kb.toml"), load_kb(bundled_copy), load_kb(bundled_copy)):
        for attr, _cls in TABLES.values():
            assert list(getattr(kb, attr)) == list(getattr(built, attr)), attr


def _damage_cut(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # what a kill -9 mid-write of a plain write leaves


def _damage_edit(path: Path) -> None:
    """A careful edit by hand: whole and well-formed, even its own digest made to match."""
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    body = "\n" + body.replace('kind = "body"', 'kind = "boilerplate"', 1)
    old = hashlib.sha256(("\n" + path.read_text(encoding="utf-8").split("\n\n", 1)[1]).encode())
    new = hashlib.sha256(body.encode()).hexdigest()
    path.write_text(head.replace(old.hexdigest(), new) + "\n" + body, encoding="utf-8")


def _damage_remove(path: Path) -> None:
    path.unlink()


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (_damage_cut, "damaged or cut short"),
        (_damage_edit, "changed since the build"),
        (_damage_remove, "missing"),
    ],
    ids=["cut", "edited", "missing"],
)
def test_a_damaged_product_is_one_line_and_the_next_build_makes_it_again(
    cli, bundled_copy, extracted, damage, said
):
    assert cli("search", "--kb", str(bundled_copy), "battery")[0] == 0  # the cache is warm
    kept = inputs(bundled_copy)
    product = bundled_copy / "built" / "toyota-subsidy.toml"
    good = product.read_bytes()
    damage(product)

    code, out, err = cli("search", "--kb", str(bundled_copy), "battery")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"{product}:1:1: ")
    assert "run `evkb build`" in err and "Traceback" not in err

    code, _, err = cli("check", "--kb", str(bundled_copy))
    assert code == 1 and f"{product}:1:1: " in err and said in err

    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0 and "Traceback" not in err, err
    assert f"{product}:1:1: warning: " in err and "made again" in err
    assert extracted == ["toyota-subsidy"]
    assert product.read_bytes() == good
    assert check_kb(bundled_copy) == []
    assert inputs(bundled_copy) == kept  # no source or curated file lost or touched


def test_a_manifest_changed_by_hand_is_one_line_and_the_build_makes_it_again(cli, bundled_copy):
    manifest = bundled_copy / "kb.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('source = "toyota-subsidy"', 'source = "../x"'), "utf-8")
    code, _, err = cli("export", "--kb", str(bundled_copy))
    assert code == 1 and err.count("\n") == 1 and f"{manifest}:1:1: " in err
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    assert check_kb(bundled_copy) == []


def test_a_built_folder_that_is_a_link_is_refused_and_nothing_is_written_through_it(
    cli, bundled_copy, tmp_path
):
    # A folder from someone else may carry `built` as a link to anywhere: a build would write
    # products there (and replace files named like them), a reader would read them from there.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "toyota-subsidy.toml").write_text("theirs\n", "utf-8")
    shutil.rmtree(bundled_copy / "built")
    (bundled_copy / "built").symlink_to(elsewhere)
    kept = inputs(bundled_copy)
    said = f"{bundled_copy / 'built'}:1:1: not a folder (a symbolic link?)"
    for command in ("build", "search"):
        args = (command, "--kb", str(bundled_copy)) + (("battery",) if command == "search" else ())
        code, out, err = cli(*args)
        assert code == 1 and out == "" and err.count("\n") == 1, err
        assert err.startswith(said) and "Traceback" not in err
    code, _, err = cli("check", "--kb", str(bundled_copy))
    assert code == 1 and err.startswith(said) and "leads outside" not in err
    assert sorted(p.name for p in elsewhere.iterdir()) == ["toyota-subsidy.toml"]
    assert (elsewhere / "toyota-subsidy.toml").read_text("utf-8") == "theirs\n"
    assert inputs(bundled_copy) == kept


def test_the_extractor_digest_covers_the_code_extraction_runs():
    ran = modules_run(
        "from evkb.kb.documents import DocumentExtractor\n"
        "from evkb.kb.load import load_curated\n"
        "from pathlib import Path\n"
        f"folder = Path({str(ROOT / 'data')!r})\n"
        "curated, _ = load_curated(folder, ['toyota-subsidy'])\n"
        "text = (folder / 'sources' / 'toyota-subsidy.txt').read_text(encoding='utf-8')\n"
        "DocumentExtractor(curated.companies)('toyota-subsidy', text)\n"
    )
    from evkb.kb.products import extractor_files

    hashed = {str(p) for p in extractor_files()}
    # Reading curated files and locking folders are not extraction.
    others = ("evkb.kb.load", "evkb.kb.files", "evkb.errors", "evkb.kb.cite", "evkb.paths")
    assert {
        name for name, file in ran.items() if file not in hashed and not name.startswith(others)
    } == set()


def _damage_part_edit(path: Path) -> None:
    """An edit by hand that keeps the part whole and well-formed, its own digest made to match."""
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    old = hashlib.sha256(("\n" + body).encode()).hexdigest()
    body = "\n" + body.replace('name = "', 'name = "Not ', 1)
    new = hashlib.sha256(body.encode()).hexdigest()
    path.write_text(head.replace(old, new) + "\n" + body, encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "said", "told"),
    [
        (_damage_cut, "damaged or cut short", "changed since the build"),
        (_damage_part_edit, "changed since the build", "changed since the build"),
        (_damage_remove, "missing", "missing since the build"),
    ],
    ids=["cut", "edited", "missing"],
)
def test_a_damaged_part_is_one_line_and_the_next_build_makes_it_again(
    cli, bundled_copy, extracted, damage, said, told
):
    assert cli("search", "--kb", str(bundled_copy), "battery")[0] == 0  # the cache is warm
    kept = inputs(bundled_copy)
    part = sorted((bundled_copy / "built" / "merged").glob("company-*.toml"))[0]
    good = part.read_bytes()
    damage(part)

    code, out, err = cli("search", "--kb", str(bundled_copy), "battery")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"{part}:1:1: ")
    assert "run `evkb build`" in err and "Traceback" not in err

    code, _, err = cli("check", "--kb", str(bundled_copy))
    assert code == 1 and f"{part}:1:1: " in err and said in err and "Traceback" not in err

    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0 and "Traceback" not in err, err
    assert err.count(f"{part}:1:1: warning: {told}") == 1 and "made again" in err
    assert extracted == []  # a part is made from the products: no document extracted again
    assert part.read_bytes() == good
    assert check_kb(bundled_copy) == []
    assert inputs(bundled_copy) == kept


def test_the_parts_lost_are_one_notice_and_made_again(cli, bundled_copy, extracted):
    parts = bundled_copy / "built" / "merged"
    good = {p.name: p.read_bytes() for p in parts.iterdir()}
    shutil.rmtree(parts)
    code, _, err = cli("export", "--kb", str(bundled_copy))
    assert code == 1 and err.count("\n") == 1 and "missing" in err and "Traceback" not in err
    code, _, err = cli("build", "--kb", str(bundled_copy))
    assert code == 0 and "Traceback" not in err, err
    assert err.count(f"{parts}:1:1: warning: {len(good)} parts kb.toml names") == 1
    assert extracted == []
    assert {p.name: p.read_bytes() for p in parts.iterdir()} == good
    assert check_kb(bundled_copy) == []


def test_a_parts_folder_that_is_a_link_is_refused_and_nothing_is_written_through_it(
    cli, bundled_copy, tmp_path
):
    parts = bundled_copy / "built" / "merged"
    elsewhere = tmp_path / "elsewhere"
    parts.rename(elsewhere)
    parts.symlink_to(elsewhere)
    before = {p.name: p.read_bytes() for p in elsewhere.iterdir()}
    (bundled_copy / "sources" / "extra.txt").write_text("CellCo will build 40 GWh.\n", "utf-8")
    for command in ("search", "check", "export", "build"):
        args = [command, "--kb", str(bundled_copy)] + (["battery"] if command == "search" else [])
        code, _, err = cli(*args)
        assert code == 1 and f"{parts}:1:1: not a folder" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in elsewhere.iterdir()} == before


def test_a_name_known_from_a_later_document_gives_the_same_records_whatever_the_order(
    cli, tmp_path
):
    """A company named bare in one document and with a cue in another is cited in both, and
    the records are the same added in either order and built from scratch."""
    bare = tmp_path / "bare-news.txt"
    bare.write_text(
        "Storage Market Shifts\n\nThe storage market grew again this year, with Ostrelo and"
        " Vendrick in front of the rest of the field.\n",
        encoding="utf-8",
    )
    cued = tmp_path / "cued-news.txt"
    cued.write_text(
        "Cell Plant Opens\n\nThe Chinese cell maker Ostrelo opened a 20 GWh plant this week,"
        " its third.\n\nThe carmaker Vendrick will take most of its cells.\n",
        encoding="utf-8",
    )
    folders = {}
    for name, order in (("ab", (bare, cued)), ("ba", (cued, bare))):
        folder = folders[name] = tmp_path / name
        folder.mkdir()
        for document in order:
            code, _, err = cli("add", "--kb", str(folder), str(document))
            assert code == 0, err
    assert built_files(folders["ab"]) == built_files(folders["ba"])
    scratch = _copy(folders["ab"], tmp_path / "scratch")
    shutil.rmtree(scratch / "built")
    (scratch / "kb.toml").unlink()
    assert cli("build", "--kb", str(scratch))[0] == 0
    assert built_files(scratch) == built_files(folders["ab"])
    kb = load_kb(scratch)
    cites = {c.name: sorted({x.source for x in c.cites}) for c in kb.companies}
    assert cites["Ostrelo"] == ["bare-news", "cued-news"]
    assert cites["Vendrick"] == ["bare-news", "cued-news"]
