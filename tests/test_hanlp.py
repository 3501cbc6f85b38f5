"""The HanLP backend (configs/hanlp.cfg): real HanLP models trained here from the People's Daily,
loaded with ``hanlp.load`` through the backend; fail-fast loading; the default install stays
free of torch."""

from __future__ import annotations

import socket
import subprocess
import sys
import tomllib

import pytest

import pipeline
from pipeline.errors import ModelError

from .conftest import PROJECT, SEEDS, analyse

SENTENCE = "本报讯（记者 潘红）1月10日，市十五届人大常委会召开第九十二次会议。省委常委、市委书记卢东亮出席。"


def test_default_install_needs_no_torch():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = " ".join(project["dependencies"]).lower()
    assert "torch" not in required and "hanlp" not in required
    assert any(dep.startswith("torch==2.13.0") for dep in project["optional-dependencies"]["hanlp"])
    # the default pipeline where torch and hanlp cannot be imported, as on a default install
    script = (
        "import sys; sys.modules['torch'] = sys.modules['hanlp'] = None; import pipeline; "
        "doc = pipeline.load()('省委常委、市委书记卢东亮主持召开会议。'); "
        "print([(o.name.text, [t.text for t in o.titles]) for o in doc._.officials])"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=PROJECT)
    assert done.stdout.strip() == "[('卢东亮', ['省委常委', '市委书记'])]"


hanlp = pytest.importorskip("hanlp", reason="the [hanlp] extra is not installed")
from pipeline.components import hanlp_backend  # noqa: E402


@pytest.fixture(scope="module")
def hanlp_models(shared, tmp_path_factory):
    """A HanLP RNN tokenizer and RNN NER trained from scratch on 400 People's Daily sentences."""
    from pipeline.training.hanlp import train_hanlp

    return train_hanlp(shared / "corpora", tmp_path_factory.mktemp("hanlp"), limit=400, epochs=2, embed=32, hidden=64)


@pytest.fixture(scope="module")
def hanlp_nlp(hanlp_models):
    overrides = {"paths.hanlp_tok": str(hanlp_models["tok"]), "paths.hanlp_ner": str(hanlp_models["ner"])}
    return pipeline.load("hanlp", overrides=overrides)


def test_words_are_hanlps(hanlp_nlp, hanlp_models):
    tokenizer = hanlp.load(str(hanlp_models["tok"]))
    doc = hanlp_nlp.make_doc(SENTENCE)
    expected = [word for _, piece in hanlp_backend.text_pieces(SENTENCE) for word in tokenizer([piece])[0]]
    assert [t.text for t in doc if not t.is_space] == expected
    assert doc.text == SENTENCE


def test_entities_are_hanlps_mapped_to_the_project_labels(hanlp_nlp, hanlp_models, seed_text):
    recognizer = hanlp.load(str(hanlp_models["ner"]))
    text = seed_text[:4000]
    with hanlp_nlp.select_pipes(enable=["sentences", "hanlp_ner"]):
        doc = hanlp_nlp(text)
    expected = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        for _, tag, first, last in recognizer([t.text for t in tokens]) if tokens else []:
            expected.append((tokens[first].idx, tokens[last - 1].idx + len(tokens[last - 1]), hanlp_backend.HANLP_LABELS[tag]))
    found = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert found and set(found) <= set(expected)
    assert {label for *_, label in found} <= {"PERSON", "ORG", "PLACE"}


def test_later_stages_run_on_hanlps_words(hanlp_nlp):
    doc = analyse(hanlp_nlp, SENTENCE)
    # the rule layer and the title grammar read characters, so they work over any segmentation
    mentions = {(m.text, m.label) for m in doc._.mentions}
    assert ("市十五届人大常委会", "ORG") in mentions
    assert any(t.text == "市委书记" for o in doc._.officials for t in o.titles)
    assert any(e.type == "meeting" for e in doc._.events)


def test_extract_with_a_hanlp_config(hanlp_models, tmp_path):
    config = (PROJECT / "configs" / "hanlp.cfg").read_text(encoding="utf-8")
    config = config.replace('hanlp_tok = "COARSE_ELECTRA_SMALL_ZH"', f'hanlp_tok = "{hanlp_models["tok"]}"')
    config = config.replace('hanlp_ner = "MSRA_NER_ELECTRA_SMALL_ZH"', f'hanlp_ner = "{hanlp_models["ner"]}"')
    (tmp_path / "mine.cfg").write_text(config, encoding="utf-8")
    summary = pipeline.extract(SEEDS, tmp_path / "out", config=tmp_path / "mine.cfg", jobs=1)
    assert summary.counts["documents"] > 10 and not summary.errors
    assert (tmp_path / "out" / "events.jsonl").stat().st_size > 0


def test_label_map_can_be_narrowed(hanlp_models):
    nlp = pipeline.load(
        "hanlp",
        overrides={
            "paths.hanlp_tok": str(hanlp_models["tok"]),
            "paths.hanlp_ner": str(hanlp_models["ner"]),
            "components.hanlp_ner.labels": {"PERSON": "PERSON"},
        },
    )
    with nlp.select_pipes(enable=["sentences", "hanlp_ner"]):
        doc = nlp(SENTENCE * 3)
    assert {e.label_ for e in doc.ents} <= {"PERSON"}


@pytest.fixture
def offline(monkeypatch, tmp_path):
    """No network, an empty HanLP cache, and HanLP's downloader forbidden."""
    from hanlp.utils import io_util

    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    def no_download(*args, **kwargs):
        raise AssertionError("HanLP's downloader must not be reached")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(io_util, "download", no_download)
    monkeypatch.setenv("HANLP_HOME", str(tmp_path / "hanlp-home"))
    monkeypatch.setattr(hanlp_backend, "_MODELS", {})
    return tmp_path / "hanlp-home"


def test_missing_model_fails_fast_naming_the_download(offline):
    with pytest.raises(ModelError) as error:
        pipeline.load("hanlp")
    message = str(error.value)
    assert "COARSE_ELECTRA_SMALL_ZH" in message
    assert "https://file.hankcs.com/hanlp/tok/coarse_electra_small_" in message  # what to download
    assert str(offline / "tok") in message  # where to put it


def test_cached_model_loads_offline(offline, hanlp_models):
    import shutil

    url = hanlp.pretrained.ALL["MSRA_NER_ELECTRA_SMALL_ZH"]
    cached = hanlp_backend._hanlp_cache(url)
    shutil.copytree(hanlp_models["ner"], cached)
    assert hanlp_backend.resolve_model("MSRA_NER_ELECTRA_SMALL_ZH") == str(cached)
    assert hanlp_backend.load_model("MSRA_NER_ELECTRA_SMALL_ZH")([["卢东亮", "出席", "会议"]]) is not None


def test_unknown_model_and_foreign_folder_are_clear_errors(offline, tmp_path):
    with pytest.raises(ModelError, match="not a HanLP model name"):
        hanlp_backend.resolve_model("NO_SUCH_MODEL")
    with pytest.raises(ModelError, match="not a HanLP model folder"):
        hanlp_backend.resolve_model(str(tmp_path))


def test_multitask_models_are_asked_for_their_task():
    class MultiTaskLearning:  # HanLP's class name; it answers by task as the real one does
        def __call__(self, data, tasks, skip_tasks=None):
            self.asked = (tasks, skip_tasks)
            if tasks == "tok":
                return {"tok/fine": [list(text) for text in data]}
            return {"ner/msra": [[("卢东亮", "PERSON", 0, 1)] for _ in data]}

    model = MultiTaskLearning()
    assert hanlp_backend.segment(model, ["卢东亮"]) == [["卢", "东", "亮"]]
    assert hanlp_backend.recognize(model, [["卢东亮"]]) == [[("卢东亮", "PERSON", 0, 1)]]
    assert model.asked == ("ner", "tok*")


def test_long_text_is_cut_after_sentence_ends():
    text = "市委书记卢东亮主持召开会议。" * 40 + "\n" + "短句"
    pieces = list(hanlp_backend.text_pieces(text, max_chars=100))
    assert all(len(piece) <= 100 for _, piece in pieces)
    assert all(piece.endswith("。") for _, piece in pieces[:-2])
    assert "".join(piece for _, piece in pieces) == text.replace("\n", "")
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
