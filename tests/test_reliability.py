"""Hostile input loses nothing: every bad page is a clear error and the rest completes."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest.page import split_page, split_sentences
from pipeline.output import read_jsonl

from .conftest import analyse

runner = CliRunner()
GOOD = "## 市人大常委会召开主任会议\n\n本报讯（记者 潘红）1月10日，市十五届人大常委会召开第九十二次会议。市人大常委会主任谷明主持会议。\n"


def build_hostile_folder(root):
    day = root / "2022-01-11"
    day.mkdir(parents=True)
    (day / "01.txt").write_text(GOOD, encoding="utf-8")
    (day / "02.txt").write_bytes(GOOD.encode("gb18030"))
    (day / "03.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode())
    (day / "04.txt").write_bytes(GOOD.encode("utf-16"))
    (day / "05.html").write_text(f"<html><script>alert(1)</script><style>p{{}}</style><body><p>{GOOD}&amp;&lt;</p></body></html>", encoding="utf-8")
    (day / "06.txt").write_bytes(b"")
    (day / "07.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    (day / "08.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (day / "09.txt").write_text("会议召开，" * 700_000, encoding="utf-8")  # one 10 MB line
    (day / "12.txt").write_text("市委书记卢东亮主持会议，" * 1_000, encoding="utf-8")  # a 12,000-character article
    (day / "10.txt").write_bytes("\u00e9t\u00e9 caf\u00e9".encode("latin-1") * 10)
    undated = root / "misc"
    undated.mkdir()
    (undated / "a.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(root, day / "loop")  # a symlink loop
    (day / "11.txt").symlink_to(root / "nowhere.txt")  # a dangling link
    os.mkfifo(day / "13.txt")  # a pipe: reading it would block for ever


def test_hostile_folder_completes_with_clear_errors(tmp_path):
    build_hostile_folder(tmp_path / "in")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 2, result.output
    errors = {e["source"]: e["error"] for e in read_jsonl(out / "errors.jsonl")}
    assert "PDF" in errors["2022-01-11/07.txt"]
    assert "JPEG" in errors["2022-01-11/08.txt"]
    assert "GB18030" in errors["2022-01-11/10.txt"]
    assert "2022-01-11/11.txt" in errors
    assert "not a newspaper page" in errors["2022-01-11/09.txt"]
    assert "not a regular file" in errors["2022-01-11/13.txt"]
    documents = list(read_jsonl(out / "documents.jsonl"))
    sources = {d["source"] for d in documents}
    assert {"2022-01-11/01.txt", "2022-01-11/02.txt", "2022-01-11/03.txt", "2022-01-11/04.txt", "2022-01-11/05.html",
            "2022-01-11/12.txt", "misc/a.txt"} <= sources
    texts = {d["source"]: d["text"] for d in documents if d["index"] == 0}
    assert texts["2022-01-11/02.txt"] == texts["2022-01-11/01.txt"] == texts["2022-01-11/03.txt"] == texts["2022-01-11/04.txt"]
    # the good pages give what they give without the bad ones around them
    clean = tmp_path / "clean"
    (clean / "2022-01-11").mkdir(parents=True)
    (clean / "2022-01-11" / "01.txt").write_text(GOOD, encoding="utf-8")
    assert runner.invoke(app, ["extract", str(clean), "-o", str(tmp_path / "clean-out"), "-j", "1"]).exit_code == 0
    good = [m for m in read_jsonl(out / "mentions.jsonl") if m["doc"] in {d["id"] for d in documents if d["source"] == "2022-01-11/01.txt"}]
    assert good == list(read_jsonl(tmp_path / "clean-out" / "mentions.jsonl"))


def test_two_runs_are_byte_identical(tmp_path):
    build_hostile_folder(tmp_path / "in")
    for name in ("a", "b"):
        runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / name), "-j", "1"])
    for name in ("documents.jsonl", "mentions.jsonl", "relations.jsonl", "events.jsonl", "errors.jsonl", "edges.jsonl", "graph.gexf"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_page(tmp_path):
    day = tmp_path / "in" / "2022-01-11"
    day.mkdir(parents=True)
    (day / "01.txt").write_text(GOOD, encoding="utf-8")
    (day / "02.txt").write_text(GOOD, encoding="utf-8")
    (day / "02.txt").chmod(0)
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 2
    assert [e["source"] for e in read_jsonl(tmp_path / "out" / "errors.jsonl")] == ["2022-01-11/02.txt"]


def test_read_only_output_stops_cleanly(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes everywhere")
    day = tmp_path / "in" / "2022-01-11"
    day.mkdir(parents=True)
    (day / "01.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1 and "run the same command again" in result.output


CJK_TEXT = st.text(alphabet=st.sampled_from(list("市委书记卢东亮主持召开会议，。、“”（）\n 1月10日省人大常委会副主任张王李出席强调要求调研会见")), max_size=300)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_ingest_never_crashes_and_offsets_hold(text):
    page = split_page(text)
    for article in page.articles:
        for start, end in split_sentences(article.text):
            assert 0 <= start < end <= len(article.text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(CJK_TEXT, st.text(max_size=200)))
def test_pipeline_never_crashes_and_mentions_index_the_text(nlp, text):
    doc = analyse(nlp, text)
    for mention in doc._.mentions:
        assert text[mention.start : mention.end] == mention.text
    for event in doc._.events:
        for fillers in event.args.values():
            assert all(text[a.start : a.end] == a.text for a in fillers)


def test_disk_full_stops_cleanly_and_resumes(tmp_path, monkeypatch):
    import errno

    import pipeline.runner.local as local

    for day in ("2022-01-11", "2022-01-12", "2022-01-13"):
        (tmp_path / "in" / day).mkdir(parents=True)
        (tmp_path / "in" / day / "01.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    real_write, calls = local.write_jsonl, {"n": 0}

    def full_disk(path, records):
        calls["n"] += 1
        if calls["n"] > 5:  # the first issue's five files fit, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_write(path, records)

    monkeypatch.setattr(local, "write_jsonl", full_disk)
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1
    assert "No space left on device" in result.output and "run the same command again" in result.output
    assert len(list((out / ".newsgraph" / "parts").glob("*/done.json"))) == 1
    monkeypatch.setattr(local, "write_jsonl", real_write)
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0 and "1 already done" in result.output
    assert {d["source"] for d in read_jsonl(out / "documents.jsonl")} == {f"{d}/01.txt" for d in ("2022-01-11", "2022-01-12", "2022-01-13")}


def test_part_folders_never_leave_the_output_folder(tmp_path):
    from pipeline.runner.local import part_dir

    for key in ("../../etc", "/etc/passwd", "2022-01-11/../../x", "..", "报纸/2022年/1月"):
        path = part_dir(tmp_path, key).resolve()
        assert path.parent == (tmp_path / ".newsgraph" / "parts").resolve()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(CJK_TEXT, st.text(alphabet=" \n\t\u3000,.()卢东亮市委书记主持会议1２a", max_size=120)))
def test_tokens_and_spaces_are_spacys_for_any_white_space(nlp, text):
    from spacy import util

    from pipeline.components.tokenizer import WIDEN, regroup_glued_names, words_and_spaces

    wide = text.translate(WIDEN)
    # the tokenizer's words: pkuseg's, with the names it glued regrouped (常|委任|东东 → 常|委|任东东)
    words = regroup_glued_names(nlp.tokenizer.pkuseg_seg.cut(wide), nlp.tokenizer.pkuseg_seg.feature_extractor.unigram)
    tokens, spaces, originals = words_and_spaces(words, wide, text)
    assert (tokens, spaces) == util.get_words_and_spaces(words, wide)
    assert "".join(o + " " * s for o, s in zip(originals, spaces, strict=True)) == text
    doc = nlp.make_doc(text)
    assert doc.text == text and [t.text for t in doc] == originals
