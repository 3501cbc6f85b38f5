"""The shipped models: offline loading, the seed's names, and clear errors for missing models."""

from __future__ import annotations

import shutil
import socket

import pytest

import pipeline
from pipeline.language import MODELS_DIR, ModelError

from .conftest import analyse


def test_pipeline_loads_with_the_network_disabled(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    nlp = pipeline.load()
    assert {"ner", "entity_rules", "officials", "events"} <= set(nlp.pipe_names)


def test_seed_sentences(nlp):
    doc = analyse(nlp, "本报讯（记者 潘红）1月10日，市十五届人大常委会召开第九十二次会议。省委常委、市委书记卢东亮出席。")
    assert "卢东亮" in [t.text for t in doc]  # one token
    labels = {(m.text, m.label) for m in doc._.mentions}
    assert {("卢东亮", "PERSON"), ("市十五届人大常委会", "ORG"), ("潘红", "PERSON")} <= labels
    doc = analyse(nlp, "市人大常委会主任谷明主持会议。国家主席习近平同白俄罗斯总统卢卡申科通电话。")
    labels = {(m.text, m.label) for m in doc._.mentions}
    assert {("市人大常委会", "ORG"), ("白俄罗斯", "PLACE"), ("谷明", "PERSON"), ("卢卡申科", "PERSON")} <= labels


def test_ner_finds_names_without_titles(nlp):
    doc = analyse(nlp, "其中，大同市公安局民警田爱雨、李兴旺分别入选。")
    persons = {m.text for m in doc._.mentions if m.label == "PERSON"}
    assert {"李兴旺", "田爱雨"} <= persons


def test_missing_model_names_the_path_and_the_fix(tmp_path):
    shutil.copytree(MODELS_DIR / "segmenter", tmp_path / "segmenter")
    with pytest.raises(ModelError, match=r"crf_ner.*newsgraph train ner"):
        pipeline.load(models=tmp_path)
    with pytest.raises(ModelError, match=r"ner.*newsgraph train ner-cnn"):
        pipeline.load("cnn", models=tmp_path)
    shutil.copytree(MODELS_DIR / "crf_ner", tmp_path / "crf_ner")
    shutil.rmtree(tmp_path / "segmenter")
    with pytest.raises(ModelError, match=r"segmenter.*newsgraph train segmenter"):
        pipeline.load(models=tmp_path)


def test_corrupt_segmenter_is_a_clear_error(tmp_path):
    shutil.copytree(MODELS_DIR / "crf_ner", tmp_path / "crf_ner")
    (tmp_path / "segmenter" / "pkuseg_model").mkdir(parents=True)
    (tmp_path / "segmenter" / "pkuseg_model" / "weights.npz").write_bytes(b"not numpy")
    with pytest.raises(ModelError, match="segmenter"):
        pipeline.load(models=tmp_path)


def _pieces(texts):
    from pipeline.components.tokenizer import WIDEN

    return [piece for text in texts for piece in text.translate(WIDEN).split()]


def test_fast_decoder_gives_pkusegs_words_on_the_seed(nlp, seed_text):
    seg = nlp.tokenizer.pkuseg_seg
    assert type(seg._cut).__name__ == "CRFDecoder"  # the pipeline decodes through it
    pieces = _pieces(seed_text.splitlines())
    assert len(pieces) > 30
    # pkuseg's own decoding (the class method, not the instance's replacement) gives the same words
    assert [seg._cut(p) for p in pieces] == [type(seg)._cut(seg, p) for p in pieces]
    # half-width digits and letters (normalised to **Num/**Letter, several characters a node)
    assert seg._cut("2022年1月10日ABC公司召开第9次会议") == type(seg)._cut(seg, "2022年1月10日ABC公司召开第9次会议")


def test_fast_decoder_gives_pkusegs_words_on_the_corpus(nlp, shared):
    from pipeline.training.evaluate import read_split

    seg = nlp.tokenizer.pkuseg_seg
    pieces = _pieces(s.text for s in read_split(shared / "corpora", "pd1998-dev", 400))
    assert [seg._cut(p) for p in pieces] == [type(seg)._cut(seg, p) for p in pieces]
