"""Extract quotations with their speakers, figures, dates, places and organisations.

Rule-based and explainable: every item carries character offsets into the article text, so
an analyst can always see the words it came from. Definitions used (and by the annotations in
tests/data/media_annotations.json):

- a *quotation* is a passage in double quotes or «guillemets» of at least three words, or in
  single quotes of at least six words (shorter ones are scare quotes), outside another
  quotation. A quotation running over several paragraphs — each re-opened with a quote mark, or
  closed only in a later paragraph — is one statement in several parts, each its own span.
- a *figure* is a number of people (or messages) with what was counted: a number in digits or
  words, its qualifier (more than, at least, about, around, up to), the noun and the event.

The package: spans.py finds paragraphs, sentences and quotation spans; quote_attribution.py
and speakers.py who said each quotation, memory.py who the article has named, discourse.py
what an English article says about them (gender, descriptions, statements) and who is in
focus; numbers.py, figures.py and dates.py the figures and dates; russian.py the Russian
names, organisations and places (natasha); core.py puts an article together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from refuge.media.extract.model import Extraction, Figure, Mention, Quote

if TYPE_CHECKING:
    from refuge.media.articles import Article

__all__ = ["Extraction", "Figure", "Mention", "Quote", "extract"]


def extract(article: Article) -> Extraction:
    """Return everything extracted from ``article`` (core.extract).

    The extractor compiles several hundred patterns when it is imported: the pages and commands
    that only read stored extractions (every server worker imports them through the URLs) do
    not pay for it; the first extraction does.
    """
    from refuge.media.extract.core import extract as extract_article

    return extract_article(article)
