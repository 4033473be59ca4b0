"""A build of many new products keeps their cache entries in packs, found as their own files."""

from __future__ import annotations

import shutil

import pytest
from helpers.folders import built_files

from evkb.kb import build as build_module
from evkb.kb import packs, product_reading
from evkb.kb.build import build
from evkb.kb.cache import ENTRY_LIMIT

CACHE = ".evkb-cache"


def _names(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_a_pack_gives_back_each_member_whole(tmp_path):
    packer = packs.Packer()
    members = {f"product-{n}.json": [b"mac\n", bytes([n]) * (n * 97 + 1)] for n in range(70)}
    for name, sealed in members.items():
        packer.add(tmp_path, name, sealed)
    packer.flush()
    assert len(_names(tmp_path)) == 2  # 64 members, then 6
    for name, sealed in members.items():
        assert packs.find(tmp_path, name, ENTRY_LIMIT) == b"".join(sealed)
    assert packs.find(tmp_path, "product-none.json", ENTRY_LIMIT) is None
    packs.tidy(tmp_path, {"product-69.json"})
    assert len(_names(tmp_path)) == 1 and packs.find(tmp_path, "product-69.json", ENTRY_LIMIT)


@pytest.fixture
def packed(bundled_copy, monkeypatch):
    """The bundled folder built from scratch with its products' entries packed."""
    monkeypatch.setattr(build_module, "PACK_FROM", 1)
    shutil.rmtree(bundled_copy / "built")
    build(bundled_copy, jobs=1)
    return bundled_copy


def test_entries_in_packs_serve_a_build_that_lost_its_own(packed, monkeypatch):
    entries = packed / "built" / CACHE
    assert [n for n in _names(entries) if n.startswith(packs.PACK)]
    assert not [n for n in _names(entries) if n.startswith("product")]
    before = built_files(packed)
    shutil.rmtree(packed / CACHE)  # the build's own entries: each product is read again

    def parsed(*args, **kwargs):
        raise AssertionError("a product parsed while its entry is in a pack")

    monkeypatch.setattr(product_reading, "product_rows", parsed)
    build(packed, jobs=1)
    assert built_files(packed) == before


def test_a_damaged_pack_is_made_again_and_a_pack_no_product_wants_goes(packed):
    entries = packed / "built" / CACHE
    before = built_files(packed)
    (pack,) = [entries / n for n in _names(entries) if n.startswith(packs.PACK)]
    data = bytearray(pack.read_bytes())
    data[-10] ^= 1  # the last member's bytes
    pack.write_bytes(bytes(data))
    shutil.rmtree(packed / CACHE)
    build(packed, jobs=1)  # the damaged member fails its seal: that product is parsed
    assert built_files(packed) == before
    assert [n for n in _names(entries) if n.startswith("product")]
    for source in (packed / "sources").glob("*.txt"):
        source.write_text(source.read_text(encoding="utf-8") + "\n\nEdited.\n", "utf-8")
    build(packed, jobs=1)  # every product made again: the old pack names none of them
    assert [entries / n for n in _names(entries) if n.startswith(packs.PACK)] not in ([], [pack])
    assert len([n for n in _names(entries) if n.startswith(packs.PACK)]) == 1


@pytest.mark.parametrize(
    "head",
    [
        b'[["product-1.json",-5,10]]',
        b'[["product-1.json",40,-1]]',
        b'[["product-1.json",0,10]]',
        b'[["product-1.json",99999999999999999999999,10]]',
        b'[["product-1.json"]]',
        b"{not json",
    ],
)
def test_a_planted_pack_head_is_no_pack(tmp_path, head):
    (tmp_path / f"{packs.PACK}-planted.json").write_bytes(head + b"\n" + b"x" * 64)
    assert packs.find(tmp_path, "product-1.json", ENTRY_LIMIT) is None
    packs.tidy(tmp_path, set())
    assert _names(tmp_path) == []
