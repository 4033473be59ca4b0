"""The fixture knowledge-base folders of tests/data/: each passes `evkb check` once built, and
tests/data/ holds only what people write (the builds happen in temporary copies)."""

from __future__ import annotations

import pytest
from helpers.folders import DATA

FOLDERS = sorted(p.name for p in DATA.iterdir() if p.is_dir())


def test_tests_data_holds_only_sources_and_curated_files():
    assert FOLDERS
    for folder in FOLDERS:
        made = {p.relative_to(DATA).as_posix() for p in (DATA / folder).rglob("*")}
        assert all(name.startswith((f"{folder}/sources", f"{folder}/curated")) for name in made), (
            made
        )


@pytest.mark.parametrize("name", FOLDERS)
def test_each_fixture_folder_builds_and_checks(kb_folders, tmp_path, cli, name):
    folder = kb_folders.copy(name, tmp_path / name)
    code, _out, err = cli("check", "--kb", str(folder))
    assert code == 0 and err.endswith(": ok\n"), err
    assert kb_folders.kb(name).passages
