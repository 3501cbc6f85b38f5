"""The default NER: a CRF over the segmenter's words (pipeline/components/crf_ner.py)."""

from __future__ import annotations

import shutil

import orjson
import pytest

from pipeline.components.crf_ner import META_FILE, MODEL_FILE, CRFEntityRecognizer, bio_spans
from pipeline.errors import ModelError
from pipeline.language import MODELS_DIR


def test_bio_spans_close_on_a_new_label_and_on_a_stray_inside_tag():
    tags = ["B-PERSON", "I-PERSON", "O", "I-ORG", "I-ORG", "B-PLACE", "B-PLACE", "I-PERSON", "I-PERSON"]
    assert bio_spans(tags) == [(0, 2, "PERSON"), (3, 5, "ORG"), (5, 6, "PLACE"), (6, 7, "PLACE"), (7, 9, "PERSON")]
    assert bio_spans([]) == [] and bio_spans(["O", "O"]) == []


def test_the_model_alone_tags_the_seeds_people_bodies_and_places(nlp):
    doc = nlp.make_doc("省委常委、市委书记卢东亮出席会议。国家主席习近平同白俄罗斯总统卢卡申科通电话。")
    ents = {(e.text, e.label_) for e in nlp.get_pipe("ner")(doc).ents}
    assert {("卢东亮", "PERSON"), ("省委", "ORG"), ("白俄罗斯", "PLACE"), ("卢卡申科", "PERSON")} <= ents
    # the segmenter splits 习近|平同: the word tagger cannot see the name; the rule layer reads it after its title


def test_the_model_alone_on_the_peoples_daily_dev_split(nlp, shared):
    from pipeline.training.evaluate import evaluate_entities, read_split

    sentences = read_split(shared / "corpora", "pd1998-dev", limit=400)
    with nlp.select_pipes(enable=["ner"]):
        scores = evaluate_entities(nlp, sentences)
    # the shipped model scores about 0.88 alone on the whole split; a broken feature or label map falls far below
    assert scores["ALL"]["f"] > 0.85
    assert scores["PERSON"]["f"] > 0.88


def test_round_trip_through_disk_keeps_the_tags(nlp, tmp_path):
    recognizer = nlp.get_pipe("ner")
    recognizer.to_disk(tmp_path / "crf")
    copy = CRFEntityRecognizer(nlp, "ner").from_disk(tmp_path / "crf")
    assert copy.labels == ("ORG", "PERSON", "PLACE")
    doc = nlp.make_doc("新华社北京1月21日电 国务院总理李鹏今天在人民大会堂会见了日本客人。")
    assert copy.predict(doc) == recognizer.predict(doc)


def test_a_corrupt_or_outdated_model_is_a_clear_error(tmp_path):
    shutil.copytree(MODELS_DIR / "crf_ner", tmp_path / "crf_ner")
    meta = orjson.loads((tmp_path / "crf_ner" / META_FILE).read_bytes())
    (tmp_path / "crf_ner" / META_FILE).write_bytes(orjson.dumps({**meta, "features_version": -1}))
    with pytest.raises(ModelError, match=r"features version -1.*newsgraph train ner"):
        CRFEntityRecognizer(None, "ner", str(tmp_path / "crf_ner"))
    (tmp_path / "crf_ner" / META_FILE).write_bytes(orjson.dumps(meta))
    (tmp_path / "crf_ner" / MODEL_FILE).write_bytes(b"not a model")
    with pytest.raises(ModelError, match=r"model\.crfsuite: not a CRFsuite model"):
        CRFEntityRecognizer(None, "ner", str(tmp_path / "crf_ner"))


def test_no_name_runs_through_white_space_or_punctuation(nlp):
    recognizer = nlp.get_pipe("ner")
    doc = nlp.make_doc("中共临汾市委 临汾市人民政府，绍兴日报")
    recognizer.set_annotations(doc, ["B-ORG"] + ["I-ORG"] * (len(doc) - 1))
    assert [e.text for e in doc.ents] == ["中共临汾市委", "临汾市人民政府", "绍兴日报"]
    doc = nlp.make_doc("卡尔·马克思")
    recognizer.set_annotations(doc, ["B-PERSON"] + ["I-PERSON"] * (len(doc) - 1))
    assert [e.text for e in doc.ents] == ["卡尔·马克思"]


def test_scoring_with_the_weights_as_arrays_gives_crfsuites_tags(nlp, shared):
    from pipeline.training.evaluate import read_split

    recognizer = nlp.get_pipe("ner")
    sentences = [s.text for s in read_split(shared / "corpora", "pd1998-dev", limit=300)]
    words = 0
    for text in sentences:
        doc = nlp.make_doc(text)
        tags = recognizer.tagger.tag(recognizer.features([t.text for t in doc]))
        assert recognizer.predict(doc) == tags
        words += len(doc)
    assert words > 10_000


def test_the_scores_caches_forget_and_refill_without_changing_a_tag(nlp, seed_text, monkeypatch):
    from pipeline.components.crf_ner import LabelScores

    recognizer = nlp.get_pipe("ner")
    docs = [nlp.make_doc(line) for line in seed_text.splitlines() if line.strip()]
    expected = [recognizer.predict(doc) for doc in docs]
    small = LabelScores(recognizer.weights, recognizer.features)
    monkeypatch.setattr(LabelScores, "CACHE_SIZE", 40)  # a few sentences each fill it
    monkeypatch.setattr(recognizer, "scores", small)
    resets = 0
    for doc, tags in zip(docs, expected, strict=True):
        before = len(small.types)
        assert recognizer.predict(doc) == tags
        resets += len(small.types) < before
    assert resets > 3
    assert recognizer.scores(["卢东亮", "出席"]).shape == (2, len(recognizer.weights.labels))


def test_weights_saved_for_other_model_bytes_are_read_again_from_the_model(nlp, tmp_path):
    import numpy as np

    from pipeline.components.crf_ner import WEIGHTS_FILE, CRFWeights, _digest

    recognizer = nlp.get_pipe("ner")
    shipped = MODELS_DIR / "crf_ner"
    # the shipped weights.npz belongs to the shipped model and is read (not derived again)
    assert CRFWeights.load(shipped / WEIGHTS_FILE, _digest((shipped / MODEL_FILE).read_bytes())) is not None
    assert "w=市委" in recognizer.weights.attributes
    recognizer.to_disk(tmp_path / "crf")
    with np.load(tmp_path / "crf" / WEIGHTS_FILE) as saved:
        stale = {**saved, "model": np.array("0" * 32), "state": np.zeros_like(saved["state"])}
    np.savez(tmp_path / "crf" / WEIGHTS_FILE, **stale)
    for _ in range(2):  # a file written for other bytes, then none at all
        copy = CRFEntityRecognizer(nlp, "ner").from_disk(tmp_path / "crf")
        assert copy.weights.attributes == recognizer.weights.attributes
        assert np.array_equal(copy.weights.state, recognizer.weights.state)
        assert np.array_equal(copy.weights.transitions, recognizer.weights.transitions)
        (tmp_path / "crf" / WEIGHTS_FILE).unlink(missing_ok=True)


def test_weights_round_trip_whatever_characters_the_features_hold(tmp_path):
    import numpy as np

    from pipeline.components.crf_ner import CRFWeights

    attributes = ["w=\n", "p1w=a|\n|b", "w=市委", "w="]
    state = np.arange(len(attributes) * 2, dtype=float).reshape(-1, 2)
    weights = CRFWeights(["O", "B-ORG"], attributes, state, np.eye(2))
    weights.save(tmp_path / "weights.npz", "abc")
    copy = CRFWeights.load(tmp_path / "weights.npz", "abc")
    assert copy.attributes == attributes and np.array_equal(copy.state, state) and copy.labels == ["O", "B-ORG"]
    assert CRFWeights.load(tmp_path / "weights.npz", "other bytes") is None

