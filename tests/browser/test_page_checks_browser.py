"""The page checks themselves: each fails on the problem it is there to catch."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BAD = """<!doctype html><html lang="en"><head><title>bad</title></head><body><main>
<h1>Bad page</h1>
<label>Name <input name="n" aria-describedby="there-is-no-such-id"></label>
<img src="/static/refuge/icon.svg">
<table><tr><td>{cells}</td></tr></table>
</main></body></html>"""


def _shown(page, url: str, html: str) -> None:
    page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=html))
    page.goto(url)


def test_the_checks_catch_a_dangling_reference_a_missing_alt_and_a_wide_page(
    live_server, launch_browser, assert_accessible, assert_fits_phone
) -> None:
    page = launch_browser(javascript=False, width=1280).new_page()
    url = f"{live_server.url}/not-a-page/"
    _shown(page, url, BAD.format(cells="x"))
    with pytest.raises(AssertionError, match="there-is-no-such-id"):
        assert_accessible(page)
    _shown(page, url, BAD.format(cells="x").replace(' aria-describedby="there-is-no-such-id"', ""))
    with pytest.raises(AssertionError, match=r"image-alt \(critical\)"):
        assert_accessible(page)
    _shown(page, url, BAD.format(cells="</td><td>".join(["wide-cell-content"] * 30)))
    with pytest.raises(AssertionError, match="wide at 360 px"):
        assert_fits_phone(page)
