"""Reading news articles from plain-text or HTML files; nothing is fetched from the network."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


class ArticleError(Exception):
    """The file is not an article we can read; the message says why."""


class TooShortError(ArticleError):
    """The file's text is too short to be an article: what a saved page of menus and links
    leaves ("Home"). ``found`` is that text on one line, cut short, for the message to show."""

    def __init__(self, found: str) -> None:
        self.found = found
        super().__init__(f"too short for an article, only “{found}” (a page of menus or links?)")


# An article has a paragraph (a line) of at least this many words: every article of the
# development set has one of 13 words or more (its shortest is a 22-word excerpt), and a
# one-sentence brief has five ("Police detained men in Argun."). A page of menus leaves a link
# or two to a line: "Home", "About us".
MIN_PARAGRAPH_WORDS = 5
_FOUND_SHOWN = 60  # characters of the text a refusal shows


@dataclass(frozen=True)
class Article:
    text: str
    title: str
    date: date | None
    outlet: str
    url: str
    sha256: str
    source: str  # the file name it came from


def article_era(article: Article) -> int | None:
    """The year an article is about: its date's, else the latest year it names."""
    if article.date:
        return article.date.year
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", article.text)]
    return max(years) if years else None


def _looks_like_html(raw: str) -> bool:
    head = raw[:2000].lower()
    return "<html" in head or "<body" in head or "<p>" in head or "<!doctype html" in head


def _title_of(text: str) -> str:
    """Return the first line if it reads like a headline (short, no final full stop)."""
    first = text.strip().split("\n", 1)[0].strip()
    if 0 < len(first.split()) <= 20 and not first.endswith((".", "”", '"', ":")):
        return first
    return ""


# A saved web page says its encoding in a meta tag: <meta charset="windows-1251">, or
# <meta http-equiv="Content-Type" content="text/html; charset=windows-1251">. Only the
# encodings news pages in Russian and English are saved in are read (the web's names for them,
# as browsers map them): any codec Python knows would also decode bytes into nonsense.
_DECLARED_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_PAGE_ENCODINGS = {
    "windows-1251": "cp1251",
    "cp1251": "cp1251",
    "koi8-r": "koi8_r",
    "koi8-u": "koi8_u",
    "iso-8859-5": "iso8859_5",
    "ibm866": "cp866",
    "cp866": "cp866",
    "x-mac-cyrillic": "mac_cyrillic",
    "windows-1252": "cp1252",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
}


def _in_declared_charset(data: bytes) -> str | None:
    """The text of an HTML page that is not UTF-8 but says in which of ``_PAGE_ENCODINGS`` it
    is (Russian pages saved as windows-1251 or KOI8-R), or None."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    codec = _PAGE_ENCODINGS.get(declared.group(1).decode("ascii").lower()) if declared else None
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeError:
        return None


def parse_article(
    data: bytes, *, source: str, published: date | None = None, outlet: str = ""
) -> Article:
    """Return the article in ``data`` (UTF-8 text or HTML), with whatever metadata it carries.

    A plain-text file may start with a ` date YYYY-MM-DD` marker; HTML metadata (title, date,
    site name, canonical URL) is read by trafilatura. Arguments override both.
    """
    if not data.strip():
        raise ArticleError("the file is empty")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"the file is larger than {MAX_ARTICLE_BYTES // 2**20} MB")
    if b"\x00" in data[:4096]:
        raise ArticleError("the file is binary, not text or HTML")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _in_declared_charset(data)
        if declared is None:
            raise ArticleError(
                f"the file is not UTF-8 text: {exc.reason} (convert it first, e.g. with "
                "`iconv -f windows-1251 -t utf-8`)"
            ) from None
        raw = declared
    sha256 = hashlib.sha256(data).hexdigest()
    title, url, found_date, found_outlet = "", "", None, ""
    if _looks_like_html(raw):
        import trafilatura

        text = trafilatura.extract(raw, include_comments=False, include_tables=False) or ""
        meta = trafilatura.extract_metadata(raw)
        if meta is not None:
            title, url, found_outlet = meta.title or "", meta.url or "", meta.sitename or ""
            if meta.date:
                try:
                    found_date = date.fromisoformat(meta.date[:10])
                except ValueError:
                    found_date = None
        if title and text.startswith(title):
            text = text[len(title) :].lstrip("\n")
    else:
        text = raw.replace("\r\n", "\n")
        marker = _DATE_LINE.match(text)
        if marker:
            try:
                found_date = date.fromisoformat(marker.group(1))
            except ValueError:
                raise ArticleError(f"bad date marker {marker.group(1)!r}") from None
            text = text[marker.end() :]
        title = _title_of(text)
    if not text.strip():
        raise ArticleError("no article text was found in the file")
    return Article(
        text=text,
        title=title,
        date=published or found_date,
        outlet=outlet or found_outlet,
        url=url,
        sha256=sha256,
        source=source,
    )


def require_paragraph(article: Article) -> None:
    """Raise TooShortError unless a line of the article's text has MIN_PARAGRAPH_WORDS words."""
    lines = [line.strip() for line in article.text.splitlines() if line.strip()]
    if any(len(re.findall(r"\w+", line)) >= MIN_PARAGRAPH_WORDS for line in lines):
        return
    found = " / ".join(lines)
    if len(found) > _FOUND_SHOWN:
        found = found[: _FOUND_SHOWN - 1] + "…"
    raise TooShortError(found)


def read_article(path: Path, *, published: date | None = None, outlet: str = "") -> Article:
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"the file is larger than {MAX_ARTICLE_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read the file: {exc.strerror}") from None
    return parse_article(data, source=path.name, published=published, outlet=outlet)
