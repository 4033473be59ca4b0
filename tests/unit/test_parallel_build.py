"""The build extracts documents in worker processes and still writes the same bytes."""

from __future__ import annotations

import shutil

import pytest
from helpers.folders import built_files

from evkb.kb.build import build, build_kb
from evkb.kb.pool import extract_documents


@pytest.fixture
def many(bundled_copy):
    """The bundled folder with two variants of each plain-text document: enough for a pool."""
    sources = bundled_copy / "sources"
    for path in sorted(sources.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for n in (2, 3):
            variant = sources / f"{path.stem}-variant-{n}.txt"
            variant.write_text(f"{text}\n\nVariant {n}.\n", encoding="utf-8")
    return bundled_copy


def test_parallel_build_writes_the_same_bytes_as_one_process(many):
    build(many, jobs=1)
    one = built_files(many)
    shutil.rmtree(many / "built")  # else the second build reuses every product
    seen: list[tuple[int, int]] = []
    build(many, jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert built_files(many) == one
    assert seen[-1] == (len(seen), len(seen)) and len(seen) >= 8  # a pool, not one process
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_products_come_back_in_the_order_given(many):
    kb = build_kb(many, jobs=1)
    folder = many / "sources"
    documents = [(s.id, (folder / s.file).read_text(encoding="utf-8")) for s in kb.sources]
    products = extract_documents(kb.companies[:0], documents[::-1], jobs=2)
    assert [p.passages[0].source for p in products] == [d[0] for d in documents[::-1]]


def test_jobs_must_be_a_positive_count(cli, bundled_copy, capsys):
    with pytest.raises(SystemExit) as exit:
        cli("build", "--kb", str(bundled_copy), "--jobs", "0")
    err = capsys.readouterr().err
    assert exit.value.code == 2 and "'0' is not a number of processes" in err
    assert "Traceback" not in err


def test_piped_build_prints_no_progress(cli, bundled_copy):
    code, _, err = cli("build", "--kb", str(bundled_copy), "--jobs", "2")
    assert code == 0 and err.startswith("built ") and err.count("\n") == 1


def _collector_in_worker(_source: str, _products) -> bool:
    import gc

    return gc.isenabled()


def test_a_build_pauses_the_collector_and_gives_it_back_as_it_was(many):
    import gc

    from evkb.kb.pool import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        # Forked workers inherit the paused collector; each turns it on for its own heap.
        kb = build_kb(many, jobs=1)
        folder = many / "sources"
        documents = [(s.id, (folder / s.file).read_text(encoding="utf-8")) for s in kb.sources]
        found = extract_documents(kb.companies, documents, jobs=2, finish=_collector_in_worker)
        assert found == [True] * len(documents)
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # not turned on behind the caller's back
    finally:
        gc.enable()
    build(many, jobs=1)
    assert gc.isenabled()


def test_a_build_opens_each_source_once(bundled_copy, monkeypatch):
    """The inputs' digest and the build share one reader: a source read for its digest is
    not opened again for its text, whether or not its file is old enough to be trusted."""
    from evkb.kb import files

    opened: list[str] = []
    real = files.read_regular

    def counting(path, *args, **kwargs):
        opened.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(files, "read_regular", counting)
    build(bundled_copy, jobs=1)
    sources = [name for name in opened if "/sources/" in name and name.endswith((".txt", ".md"))]
    assert sources and len(sources) == len(set(sources))
