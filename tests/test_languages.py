"""Languages beyond two: the questionnaire's wording per language, a language added by an
administrator, and the interface's language list read from the compiled catalogues."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation

from config.languages import catalogue_languages
from refuge.accounts.models import Role
from refuge.intake.models import Question, QuestionLanguage, QuestionText
from tests.conftest import CsrfClient, signed_in_client

CHECHEN_LABEL = "Хьо хӀинца кхерамза вуй?"
CHECHEN_CHOICES = "ХӀаъ\nХӀан-хӀа, кхерам бу\nСайна ца хаьа"


def _compile_catalogue(root: Path, code: str, name: str) -> Path:
    folder = root / code / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: {code}\\n"\n"X-Language-Name: {name}\\n"\n\n'
        'msgid "Send"\nmsgstr "ДӀадахьийта"\n',
        encoding="utf-8",
    )
    subprocess.run(
        ["msgfmt", "-o", str(folder / "django.mo"), str(folder / "django.po")], check=True
    )
    return root


def test_interface_languages_are_the_compiled_catalogues(tmp_path) -> None:
    _compile_catalogue(tmp_path, "ce", "Нохчийн")
    (tmp_path / "kk" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "kk" / "LC_MESSAGES" / "django.po").write_text("")  # not compiled: not offered
    assert catalogue_languages(tmp_path) == [("en", "English"), ("ce", "Нохчийн")]
    shipped = catalogue_languages(Path(__file__).resolve().parents[1] / "refuge" / "locale")
    assert ("ru", "Русский") in shipped


@pytest.fixture
def chechen_interface(settings, tmp_path):
    """Install a (tiny) compiled Chechen catalogue, as an organisation would."""
    root = _compile_catalogue(tmp_path / "locale", "ce", "Нохчийн")
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS, root]
    # Django's setting_changed handler empties its translation caches for both settings.
    settings.LANGUAGES = [*settings.LANGUAGES, ("ce", "Нохчийн")]
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.mark.django_db
def test_administrator_adds_chechen_and_reporters_who_choose_it_see_it(
    persona_factory, questionnaire, chechen_interface, settings
) -> None:
    settings.LANGUAGES = [code for code in settings.LANGUAGES if code[0] != "ce"]
    alice = signed_in_client(persona_factory("alice", Role.ADMINISTRATOR))
    languages = reverse("intake:question_languages")
    assert alice.post(languages, {"code": "CE", "name": "Нохчийн"}).status_code == 302
    assert QuestionLanguage.objects.filter(code="ce").exists()
    assert "Нохчийн" in alice.get(languages).content.decode()

    question = Question.objects.get(key="safe_now")
    edit = reverse("intake:question_edit", args=[question.pk])
    page = alice.get(edit).content.decode()
    assert 'name="label_ce"' in page and "Are you safe now?" in page
    response = alice.post(
        edit,
        {
            "key": "safe_now",
            "position": question.position,
            "kind": "choice",
            "required": "on",
            "active": "on",
            "label_en": "Are you safe now?",
            "choices_en": "Yes\nNo, I am in danger\nI am not sure",
            "label_ru": "Вы сейчас в безопасности?",
            "choices_ru": "Да\nНет, мне угрожает опасность\nНе уверен(а)",
            "label_ce": CHECHEN_LABEL,
            "choices_ce": CHECHEN_CHOICES,
        },
    )
    assert response.status_code == 302
    assert QuestionText.objects.get(question=question, language="ce").label == CHECHEN_LABEL

    # Its interface catalogue installed, Chechen is offered to reporters.
    settings.LANGUAGES = [*settings.LANGUAGES, ("ce", "Нохчийн")]
    reporter = CsrfClient()
    landing = reporter.get(reverse("intake:landing")).content.decode()
    assert 'value="ce"' in landing and "Нохчийн" in landing
    reporter.post(reverse("set_language"), {"language": "ce", "next": "/report/new/"})
    form = reporter.get(reverse("intake:new")).content.decode()
    assert CHECHEN_LABEL in form
    assert "ХӀан-хӀа, кхерам бу" in form
    assert "ДӀадахьийта" in form  # the interface string from the catalogue
    # The others still see their own language.
    assert "Are you safe now?" in CsrfClient().get(reverse("intake:new")).content.decode()
    russian = CsrfClient(HTTP_ACCEPT_LANGUAGE="ru").get(reverse("intake:new")).content.decode()
    assert "Вы сейчас в безопасности?" in russian


@pytest.mark.django_db
def test_a_missing_translation_falls_back_to_the_default_language(
    questionnaire, chechen_interface
) -> None:
    reporter = CsrfClient()
    reporter.post(reverse("set_language"), {"language": "ce", "next": "/report/new/"})
    assert "Are you safe now?" in reporter.get(reverse("intake:new")).content.decode()


@pytest.mark.django_db
def test_language_codes_are_checked(persona_factory) -> None:
    alice = signed_in_client(persona_factory("alice", Role.ADMINISTRATOR))
    url = reverse("intake:question_languages")
    for code in ("ru", "not a code", "c"):
        assert alice.post(url, {"code": code, "name": "x"}).status_code == 200
    assert not QuestionLanguage.objects.exists()


@pytest.mark.django_db
def test_choices_must_match_in_every_language(persona_factory, questionnaire) -> None:
    alice = signed_in_client(persona_factory("alice", Role.ADMINISTRATOR))
    response = alice.post(
        reverse("intake:question_new"),
        {
            "key": "docs",
            "position": 9,
            "kind": "choice",
            "label_en": "Documents taken?",
            "choices_en": "Yes\nNo",
            "label_ru": "Документы забрали?",
            "choices_ru": "Да",
        },
    )
    assert "same number of choices" in response.content.decode()
    assert not Question.objects.filter(key="docs").exists()


@pytest.mark.django_db(transaction=True)
def test_migration_moves_the_wording_into_texts_and_keeps_it() -> None:
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    before = [("intake", "0004_key_custody")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model("intake", "Question")
    old.objects.all().delete()
    old.objects.create(
        key="kept",
        kind="choice",
        label_en="Kept?",
        label_ru="Сохранилось?",
        help_en="Help",
        choices_en="A\nB",
        choices_ru="А\nБ",
    )
    old.objects.create(key="english_only", label_en="Only English", label_ru="")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(leaves)
    kept = Question.objects.get(key="kept")
    texts = {t.language: t for t in kept.texts.all()}
    assert (texts["en"].label, texts["en"].help, texts["en"].choices) == ("Kept?", "Help", "A\nB")
    assert (texts["ru"].label, texts["ru"].choices) == ("Сохранилось?", "А\nБ")
    assert [t.language for t in Question.objects.get(key="english_only").texts.all()] == ["en"]
    with translation.override("ru"):
        assert kept.label == "Сохранилось?" and kept.choices == ["А", "Б"]


@pytest.mark.django_db
def test_stage_names_in_an_added_language(persona_factory, stages) -> None:
    from refuge.cases.models import Stage

    alice = signed_in_client(persona_factory("alice", Role.ADMINISTRATOR))
    alice.post(reverse("intake:question_languages"), {"code": "ce", "name": "Нохчийн"})
    stage = Stage.objects.get(key="hotline")
    edit = reverse("cases:stage_edit", args=[stage.pk])
    assert 'name="name_ce"' in alice.get(edit).content.decode()
    response = alice.post(
        edit,
        {
            "key": "hotline",
            "position": stage.position,
            "name_en": "Hotline",
            "name_ru": "Горячая линия",
            "name_ce": "Хаамаш",
            "checklist_ce": "Хаам бе",
        },
    )
    assert response.status_code == 302
    stage.refresh_from_db()
    assert stage.text("ce") == {"name": "Хаамаш", "checklist": "Хаам бе"}
    assert stage.checklist("ce") == ["Хаам бе"]
    with translation.override("ru"):
        assert stage.name == "Горячая линия"
    with translation.override("kk"):
        assert stage.name == "Hotline"  # no wording in that language: the default one


@pytest.mark.django_db(transaction=True)
def test_migration_moves_stage_names_into_texts() -> None:
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    before = [("cases", "0003_key_custody")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model("cases", "Stage")
    old.objects.all().delete()
    old.objects.create(
        key="kept", position=1, name_en="Kept", name_ru="Сохранено", checklist_en="A\nB"
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(leaves)
    from refuge.cases.models import Stage

    kept = Stage.objects.get(key="kept")
    assert kept.texts == {
        "en": {"name": "Kept", "checklist": "A\nB"},
        "ru": {"name": "Сохранено", "checklist": ""},
    }
