"""Build the spaCy pipeline from a config in ``configs/`` and the models in ``models/``."""

from __future__ import annotations

import os
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import ConfigValidationError

# register the factories
from .components import canonical, crf_ner, entities, events, hanlp_backend, officials, sentences, tokenizer  # noqa: F401
from .errors import ModelError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = PROJECT_ROOT / "configs"
MODELS_DIR = Path(os.environ.get("NEWSGRAPH_MODELS", PROJECT_ROOT / "models"))
#: the ``newsgraph train`` command that rebuilds a spaCy pipeline a config sources from ``models/``
TRAIN_COMMANDS = {"ner": "ner-cnn"}


def config_path(config: str | Path | None) -> Path:
    """A config file by path, or by name in ``configs/`` (``default``, ``rules``)."""
    if config is None:
        config = "default"
    path = Path(config)
    if path.suffix != ".cfg":
        path = CONFIG_DIR / f"{config}.cfg"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such config; the shipped ones are in {CONFIG_DIR}")
    return path


def load(
    config: str | Path | None = None, models: str | Path | None = None, overrides: dict[str, object] | None = None
) -> Language:
    """Load the newsgraph pipeline: ``configs/<config>.cfg`` with the models in ``models``;
    ``overrides`` sets config values by dotted path (``{"paths.hanlp_ner": "/models/ner"}``)."""
    models_dir = Path(models) if models else MODELS_DIR
    path = config_path(config)
    settings = {"paths.models": str(models_dir), **(overrides or {})}
    try:
        cfg = spacy.util.load_config(path, overrides=settings, interpolate=False)
    except ConfigValidationError as error:
        raise ModelError(f"{path}: {error}") from error
    for name, component in cfg["components"].items():
        source = component.get("source")
        if source:
            source_path = Path(str(source).strip('"').replace("${paths.models}", str(models_dir)))
            if not (source_path / "meta.json").exists():
                raise ModelError(
                    f"{source_path}: the model of '{name}' is missing or incomplete; rebuild it with "
                    f"`newsgraph train {TRAIN_COMMANDS.get(source_path.name, source_path.name)}` or name another models folder with --models"
                )
    try:
        nlp = spacy.util.load_model_from_config(cfg.interpolate(), auto_fill=True, validate=True)
    except ModelError:
        raise
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: cannot build the pipeline: {error}") from error
    segmenter = models_dir / "segmenter"
    if getattr(nlp.tokenizer, "segmenter", None) == "pkuseg":
        if not (segmenter / "pkuseg_model").exists():
            raise ModelError(
                f"{segmenter}: the word segmenter is missing; rebuild it with `newsgraph train segmenter`"
            )
        try:
            nlp.tokenizer.from_disk(segmenter)
        except Exception as error:  # pkuseg raises assorted errors on a corrupt model
            raise ModelError(f"{segmenter}: cannot read the segmenter ({error}); rebuild it with `newsgraph train segmenter`") from error
    return nlp
