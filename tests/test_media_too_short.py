"""A saved web page with only its navigation ("Home", menus) is no article: ingest refuses it by
name, on the command line and on the media page, and adds the rest of the batch."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.media.models import MediaArticle
from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parent / "data"
CASE = DATA / "media_case"
MENUS_ONLY = (
    "<!DOCTYPE html><html><head><title>Novaya Gazeta</title></head><body><nav><ul>"
    '<li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
    '<li><a href="/about">About us</a></li></ul></nav></body></html>'
)


def test_a_page_of_menus_is_refused_by_name_and_the_rest_is_ingested(tmp_path: Path) -> None:
    (tmp_path / "menus.html").write_text(MENUS_ONLY)
    (tmp_path / "home.html").write_text('<html><body><div><a href="/">Home</a></div></body></html>')
    shutil.copy(CASE / "article-4.txt", tmp_path / "good.txt")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("media", "ingest", str(tmp_path), stdout=out, stderr=err)
    assert str(failed.value) == "2 files could not be read (see above); the others were ingested."
    refused = err.getvalue()
    assert (
        f"{tmp_path / 'home.html'}: too short for an article, only “Home” "
        "(a page of menus or links?)"
    ) in refused
    menus = f"{tmp_path / 'menus.html'}: too short for an article, only “Home / News / About us”"
    assert menus in refused
    assert "1 of 3 files ingested." in out.getvalue()
    assert list(MediaArticle.objects.values_list("source", flat=True)) == ["good.txt"]


def test_a_one_sentence_brief_is_still_an_article(tmp_path: Path) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text("Headline\n\nPolice detained men in Argun.\n")
    call_command("media", "ingest", str(brief), stdout=io.StringIO())
    assert MediaArticle.objects.get().source == "brief.txt"


def test_every_article_of_the_development_set_and_the_case_is_long_enough(tmp_path) -> None:
    folder = tmp_path / "all"
    shutil.copytree(DATA / "media_devset", folder)
    for path in CASE.iterdir():
        shutil.copy(path, folder / f"case-{path.name}")
    count = len(list(folder.iterdir()))
    out = io.StringIO()
    call_command("media", "ingest", str(folder), stdout=out, stderr=io.StringIO())
    assert f"{count} of {count} files ingested." in out.getvalue()


def test_the_media_page_refuses_a_page_of_menus_by_name_in_the_readers_language(
    persona_factory,
) -> None:
    cora = signed_in_client(persona_factory("cora", Role.COORDINATOR))
    cora.post(reverse("set_language"), {"language": "ru"})
    batch = [
        SimpleUploadedFile("menus.html", MENUS_ONLY.encode(), "text/html"),
        SimpleUploadedFile("article-1.txt", (CASE / "article-1.txt").read_bytes(), "text/plain"),
    ]
    page = cora.post(reverse("media:upload"), {"articles": batch}, follow=True).content.decode()
    assert (
        "menus.html: текст слишком короток для статьи, в нём только «Home / News / About us» "
        "(страница с меню или ссылками?)"
    ) in page
    assert list(MediaArticle.objects.values_list("source", flat=True)) == ["article-1.txt"]
