"""The English pipeline loads only the pinned copy of en_core_web_sm (docs/adr/0010)."""

import shutil

import pytest

from refuge.media.extract import english

pytestmark = pytest.mark.once


def test_the_installed_model_is_the_pinned_copy_and_parses():
    assert english.model_digest(english.model_directory()) == english.MODEL_DIGEST
    doc = english.parse('"We will not stop," said Ramzan Kadyrov, the head of Chechnya.')
    said = next(token for token in doc if token.text == "said")
    subject = next(child for child in said.children if child.dep_ == "nsubj")
    assert subject.text == "Kadyrov"
    assert not doc.ents  # the entities, nearly half the cost, come only when asked for
    people = {ent.text for ent in english.name_entities(doc).ents if ent.label_ == "PERSON"}
    assert people == {"Ramzan Kadyrov"}


def test_entities_asked_for_later_are_those_of_one_pass():
    sentences = [
        "Officers detained three gay men in Grozny on January 25, the Russian LGBT Network said.",
        "Tanya Lokshina of Human Rights Watch said $5,000 was paid for 17% of the Chechens.",
    ]
    for sentence, whole in zip(sentences, english.parse_batch(sentences), strict=True):
        later = english.name_entities(english.parse(sentence))
        assert [(e.text, e.label_) for e in later.ents] == [(e.text, e.label_) for e in whole.ents]
        assert whole.ents


def test_a_changed_copy_of_the_model_refuses_to_load(tmp_path, monkeypatch):
    copy = tmp_path / "en_core_web_sm-3.8.0"
    shutil.copytree(english.model_directory(), copy)
    weights = copy / "parser" / "model"
    data = bytearray(weights.read_bytes())
    data[-1] ^= 1
    weights.write_bytes(bytes(data))
    monkeypatch.setattr(english, "model_directory", lambda: copy)
    english.pipeline.cache_clear()
    try:
        with pytest.raises(english.ModelMismatchError, match="not the pinned"):
            english.pipeline()
    finally:
        english.pipeline.cache_clear()


def test_the_renamed_metadata_does_not_count_but_every_weight_file_does(tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(english.model_directory(), copy)
    (copy / "meta.json").write_text("{}")
    assert english.model_digest(copy) == english.MODEL_DIGEST
    (copy / "vocab" / "strings.json").write_text("[]")
    assert english.model_digest(copy) != english.MODEL_DIGEST


def test_the_english_model_loads_from_the_package_without_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("spaCy tried the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    english.pipeline.cache_clear()
    try:
        assert [t.dep_ for t in english.parse("He said it.")] == ["nsubj", "ROOT", "dobj", "punct"]
    finally:
        english.pipeline.cache_clear()


def test_a_russian_article_loads_no_english_model():
    # spaCy costs a second and memory: a process reading Russian news never needs it.
    from refuge.media.articles import parse_article
    from refuge.media.extract import extract

    english.pipeline.cache_clear()
    text = "«Мы не остановимся», — заявил Рамзан Кадыров. По его словам, задержаны 40 человек.\n"
    result = extract(parse_article(text.encode(), source="ru.txt"))
    assert result.quotes and result.figures
    assert english.pipeline.cache_info().currsize == 0
