"""What a build records of the files it read: the next run reads only what changed since, and a
file changed by hand (same size and mtime included) is always read again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import evkb.kb.inputs as inputs_module
from evkb.kb.check import out_of_date
from evkb.kb.inputs import Inputs, recorded_digest
from evkb.kb.load import inputs_digest

ROOT = Path(__file__).resolve().parents[2]
FOURTH = ROOT / "tests" / "fixtures" / "fourth" / "uk-gigafactory.txt"


@pytest.fixture
def trusted(monkeypatch):
    """Files written a moment ago are trusted as older ones are (the tests make them now)."""
    monkeypatch.setattr(inputs_module, "_RACY_NS", 0)


def _counting(kb: Path) -> tuple[Inputs, list[str]]:
    from evkb.kb.files import read_regular

    read: list[str] = []

    def reader(path: Path) -> bytes:
        read.append(Path(path).name)
        return read_regular(path, root=kb)

    return Inputs(kb, reader), read


def test_after_a_build_no_input_is_read_again(cli, bundled_copy, trusted):
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    inputs, read = _counting(bundled_copy)
    assert inputs.digest() == inputs_digest(bundled_copy) and read == []
    assert not out_of_date(bundled_copy, inputs=inputs)
    documents = inputs.trusted_documents()
    assert sorted(documents) == sorted(p.name for p in (bundled_copy / "sources").glob("*.txt"))


def test_an_input_edited_to_the_same_size_and_mtime_is_read_again(cli, bundled_copy, trusted):
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    source = next((bundled_copy / "sources").glob("*.txt"))
    info = os.stat(source)
    data = source.read_bytes()
    source.write_bytes(data.replace(b"e", b"a", 1))
    os.utime(source, ns=(info.st_atime_ns, info.st_mtime_ns))  # only its ctime tells
    inputs, read = _counting(bundled_copy)
    assert inputs.digest() != recorded_digest(bundled_copy) and read == [source.name]
    assert out_of_date(bundled_copy, inputs=inputs)


def test_a_recent_file_is_not_trusted_by_its_lstat(cli, bundled_copy):
    # Written within the file system clock's tick of being read, it could change unseen.
    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    inputs, read = _counting(bundled_copy)
    inputs.digest()
    assert set(read) >= {p.name for p in (bundled_copy / "sources").glob("*.txt")}


def test_a_duplicate_is_refused_from_what_the_build_recorded(cli, bundled_copy, tmp_path, trusted):
    assert cli("add", "--kb", str(bundled_copy), str(FOURTH))[0] == 0
    again = tmp_path / "again.txt"
    again.write_bytes(b"\xef\xbb\xbf" + FOURTH.read_bytes().replace(b"\n", b"\r\n"))
    code, _, err = cli("add", "--kb", str(bundled_copy), str(again))
    assert code == 1 and "already in the knowledge base as 'uk-gigafactory'" in err


def test_a_kb_toml_built_with_the_earlier_digest_is_not_out_of_date(cli, bundled_copy):
    from evkb.kb.files import read_regular
    from evkb.kb.inputs import _earlier_digest

    assert cli("build", "--kb", str(bundled_copy))[0] == 0
    kb_toml = bundled_copy / "kb.toml"
    text = kb_toml.read_text(encoding="utf-8")
    now = inputs_digest(bundled_copy)
    earlier = _earlier_digest(bundled_copy, lambda p: read_regular(p, root=bundled_copy))
    assert now != earlier and f'inputs_sha256 = "{now}"' in text
    kb_toml.write_text(text.replace(now, earlier), encoding="utf-8")
    assert not out_of_date(bundled_copy)
    kb_toml.write_text(text.replace(now, "0" * 64), encoding="utf-8")
    assert out_of_date(bundled_copy)
