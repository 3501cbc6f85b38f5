"""The shipped models: offline loading, the seed's names, and clear errors for missing models."""

from __future__ import annotations

import shutil
import socket

import numpy as np
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


def _same_as_pkusegs_cut(seg, texts):
    from pipeline.components.tokenizer import WIDEN

    for text in texts:
        wide = text.translate(WIDEN)
        # pkuseg's own cut, each piece decoded alone, gives the same words
        assert seg.cut(wide) == type(seg).cut(seg, wide)


def test_a_texts_pieces_decoded_together_give_each_pieces_words(nlp, seed_text):
    seg = nlp.tokenizer.pkuseg_seg
    decoder = seg._cut
    texts = [*seed_text.splitlines(), "**a** b**", "2022年1月10日 ABC公司 召开第9次会议", "卢东亮\n市委书记  主持", " ", ""]
    _same_as_pkusegs_cut(seg, texts)
    pieces = ["中共中央", "", "总书记*", "*江泽民", "１９９８年", "a", "ABC公司", "市人民", "政府召开", "常务", "会议"]
    assert decoder.cut_pieces(pieces) == [decoder(piece) for piece in pieces]
    # no feature crosses from a piece into the next (人民政府, 常务会议 are known words)
    texts = [piece for piece in pieces if piece]
    scores, offsets = decoder.node_scores_of(texts)
    for text, start, end in zip(texts, offsets, offsets[1:], strict=False):
        assert np.allclose(scores[start:end], decoder.node_scores_of([text])[0])


def test_pieces_decoded_together_on_the_corpus(nlp, shared):
    from pipeline.training.evaluate import read_split

    _same_as_pkusegs_cut(nlp.tokenizer.pkuseg_seg, [s.text for s in read_split(shared / "corpora", "pd1998-dev", 300)])


def test_the_decoders_pair_table_forgets_and_refills_without_changing_a_word(nlp, seed_text, monkeypatch):
    from pipeline.components.crf_decoder import CRFDecoder, FeatureRows

    seg = nlp.tokenizer.pkuseg_seg
    monkeypatch.setattr(FeatureRows, "MAX_ROWS", 200)
    decoder = CRFDecoder(seg)
    pieces = _pieces(seed_text.splitlines())
    largest = 0
    for piece in pieces:
        assert decoder(piece) == type(seg)._cut(seg, piece)
        largest = max(largest, len(decoder.pairs.rows), decoder.pairs.used)
    assert 200 < largest <= 200 + max(map(len, pieces))  # bounded: forgotten past 200



def test_a_name_the_segmenter_glued_to_the_word_after_it_is_regrouped(nlp):
    # pkuseg, trained on 1998 text, cuts 黄坤|明率 (neither a word it knows): the tokenizer gives
    # the name its last character back; known words (来到) and an idiom cut in two (胡作|非为) stay
    from pipeline.components.tokenizer import regroup_glued_names

    known = nlp.tokenizer.pkuseg_seg.feature_extractor.unigram
    assert regroup_glued_names(["书记", "黄坤", "明率", "代表团"], known) == ["书记", "黄坤明", "率", "代表团"]
    assert regroup_glued_names(["乔石", "来到", "上海"], known) == ["乔石", "来到", "上海"]
    assert regroup_glued_names(["长期", "胡作", "非为"], known) == ["长期", "胡作", "非为"]
    # the verb glued to a whole name (赵乐际率), or a given name to the verb after a lone surname
    assert regroup_glued_names(["赵乐际率", "代表团"], known) == ["赵乐际", "率", "代表团"]
    assert regroup_glued_names(["王", "小洪率", "代表团"], known) == ["王小洪", "率", "代表团"]
    assert regroup_glued_names(["高", "效率"], known) == ["高", "效率"]
    # 给 after a name (习近|平给…回信): the name and its titles, and the letter's encouragement
    assert regroup_glued_names(["主席", "习近", "平给", "学生", "回信"], known) == ["主席", "习近平", "给", "学生", "回信"]
    doc = nlp("近日，中共中央总书记、国家主席习近平给中国科学技术大学少年班的学生回信，勉励他们珍惜韶华、努力学习。")
    assert ("习近平", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert [(o.name.text, len(o.titles)) for o in doc._.officials] == [("习近平", 2)]
    assert [(e.type, [a.text for a in e.args["speaker"]]) for e in doc._.events] == [("directive", ["习近平"])]
    doc = nlp("3月3日至4日，广东省委书记黄坤明率广东省党政代表团赴广西考察。")
    assert "黄坤明" in [t.text for t in doc] and ("黄坤明", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_surname_the_segmenter_glued_to_the_post_before_it_is_regrouped(nlp):
    # CLUENER: pkuseg cuts 副|总张|智伟 and 分析|师于|丽娟 (no words it knows): the surname goes to
    # its given name; a known word before a name stays (主席|江泽民)
    from pipeline.components.tokenizer import regroup_glued_names

    known = nlp.tokenizer.pkuseg_seg.feature_extractor.unigram
    assert regroup_glued_names(["副", "总张", "智伟", "也"], known) == ["副", "总", "张智伟", "也"]
    assert regroup_glued_names(["分析", "师于", "丽娟", "告诉"], known) == ["分析", "师", "于丽娟", "告诉"]
    assert regroup_glued_names(["国家", "主席", "江泽民"], known) == ["国家", "主席", "江泽民"]
    assert regroup_glued_names(["代表", "理事沈一宝", "、"], known) == ["代表", "理事", "沈一宝", "、"]
    doc = nlp("而云锡地产副总张智伟也曾表示，除了资金，开发商还要考虑成本。")
    assert ("张智伟", "PERSON") in [(e.text, e.label_) for e in doc.ents]
