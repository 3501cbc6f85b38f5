"""Corpus readers on the real corpora, and training runs on tiny slices, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.training.corpora import parse_pku_line, read_cluener, read_msra, read_resume, to_halfwidth


def test_pku_names_and_compounds():
    line = "19980101-01-001-002/m  [中共/j  中央/n]nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr  在/p  [香港/ns  特别/a  行政区/n]ns"
    sentence = parse_pku_line(line)
    assert sentence.words == ["中共", "中央", "总书记", "、", "国家", "主席", "江泽民", "在", "香港", "特别", "行政区"]
    spans = {(sentence.text[s:e], label) for s, e, label in sentence.entities}
    assert spans == {("中共中央", "ORG"), ("江泽民", "PERSON"), ("香港特别行政区", "PLACE")}


def test_adjacent_names_split_correctly():
    sentence = parse_pku_line("19980101-01-001-010/m  江/nr  泽民/nr  李/nr  鹏/nr  欧阳/nr  海/nr")
    assert sentence.words == ["江泽民", "李鹏", "欧阳海"]
    assert [label for _, _, label in sentence.entities] == ["PERSON"] * 3


def test_halfwidth_keeps_offsets_and_punctuation():
    assert to_halfwidth("１９９８年，ＣＰＵ") == "1998年，CPU"


def test_real_corpora_readers(shared):
    corpora = shared / "corpora"
    msra = next(iter(read_msra(corpora / "msra-ner" / "msra_test_bio.txt")))
    assert msra.text and all(0 <= s < e <= len(msra.text) for s, e, _ in msra.entities)
    resume = next(iter(read_resume(corpora / "resume-ner" / "dev.char.bmes.txt")))
    assert any(label == "PERSON" for _, _, label in resume.entities)
    cluener = next(iter(read_cluener(corpora / "cluener" / "dev.jsonl")))
    assert all(cluener.text[s:e] for s, e, _ in cluener.entities)


def test_the_modern_news_split_reads_clueners_end_inclusive_spans(shared):
    from pipeline.training.evaluate import read_split

    first = read_split(shared / "corpora", "cluener-dev", limit=1)[0]
    assert first.text.startswith("彭小军认为")
    assert sorted((first.text[s:e], label) for s, e, label in first.entities) == [("台湾", "PLACE"), ("彭小军", "PERSON")]


@pytest.mark.slow
def test_tiny_training_runs_end_to_end(shared, tmp_path: Path):
    from pipeline.language import load
    from pipeline.training.crf_ner import train_crf_ner
    from pipeline.training.evaluate import evaluate_entities, read_split
    from pipeline.training.ner import train_ner
    from pipeline.training.segmenter import train_segmenter

    corpora = shared / "corpora"
    models = tmp_path / "models"
    configs = Path(__file__).resolve().parent.parent / "configs"
    train_segmenter(corpora, models / "segmenter", iterations=1, limit=200)
    assert (models / "segmenter" / "pkuseg_model" / "weights.npz").exists()
    train_crf_ner(corpora, models / "crf_ner", configs / "crf_ner.cfg", models / "segmenter", limit=200,
                  overrides={"training.max_iterations": 40}, log=lambda message: None)
    train_ner(corpora, models / "ner", configs / "ner.cfg", models / "segmenter", limit=200,
              overrides={"training.max_steps": 30, "training.eval_frequency": 15})
    sentences = read_split(corpora, "pd1998-dev", limit=20)
    for config in ("default", "cnn"):
        scores = evaluate_entities(load(config, models), sentences)
        assert set(scores) == {"PERSON", "ORG", "PLACE", "ALL"}
    nlp = load("default", models)
    with nlp.select_pipes(enable=["ner"]):  # the CRF alone: 40 L-BFGS steps on 400 sentences find people
        assert evaluate_entities(nlp, sentences)["PERSON"]["f"] > 0.3


def test_common_words_are_words_a_surname_starts_and_never_a_name():
    from pipeline.training.words import common_words

    lines = [
        "19980101-01-001-001/m  包括/v  总书记/n  江/nr  泽民/nr  在内/v  。/w",
        "19980101-01-001-002/m  包括/v  卫生/an  部门/n  ，/w  包括/nr  说/v  。/w",
        "19980101-01-001-003/m  卫生/an  工作/vn  和/c  国防/n  ，/w  国防/n  建设/vn  。/w",
    ]
    sentences = [parse_pku_line(line) for line in lines]
    # 卫生 and 国防 twice and never a name; 包括 is a name once; 工作 starts with no surname
    assert common_words(sentences) == ["卫生", "国防"]


def test_the_shipped_common_words_are_the_training_split_s(shared, tmp_path: Path):
    from importlib import resources

    from pipeline.training.words import write_common_words

    rebuilt = write_common_words(shared / "corpora", tmp_path / "words.txt").read_text(encoding="utf-8")
    assert rebuilt == resources.files("pipeline.data").joinpath("common_words.txt").read_text(encoding="utf-8")
    nominal = (tmp_path / "nominal_words.txt").read_text(encoding="utf-8")
    assert nominal == resources.files("pipeline.data").joinpath("nominal_words.txt").read_text(encoding="utf-8")


def test_nominal_words_are_never_adverbs_and_seldom_verbs():
    from pipeline.training.words import nominal_words, word_tags

    lines = [
        "19980101-01-001-001/m  温暖/an  人心/n  ，/w  明确/ad  要求/v  ，/w  温暖/a  的/u  家/n  。/w",
        "19980101-01-001-002/m  明确/a  目标/n  ，/w  应邀/v  出席/v  ，/w  高峰/n  时段/n  。/w",
    ]
    tags = word_tags(lines)
    assert tags["明确"] == {"ad": 1, "a": 1}
    # 明确 is also an adverb (明确要求), 应邀 a verb: neither is a name before a role verb
    assert nominal_words(["温暖", "明确", "应邀", "高峰"], tags) == ["温暖", "高峰"]
