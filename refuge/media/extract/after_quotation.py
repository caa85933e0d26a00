"""The words after a quotation that name who spoke ("…,” said X", "…,” X told …", "…,” according
to X", "“…” – X") and those that only go on with the narrator's sentence. Moved out of
speakers.py, which had reached the 600-line limit."""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.wording import NAME

_SPEECH = lexicon.SPEECH_VERBS_EN + "|" + lexicon.SPEECH_VERBS_RU
# After a quotation, "reported NBC News" names the outlet, not the speaker.
_REPORTING = {"reported", "report", "reports", "according to"}
_SPEECH_AFTER = "|".join(verb for verb in _SPEECH.split("|") if verb not in _REPORTING)
_SPEECH_AFTER += (
    "|говорится|говорилось|сказано"  # "…", — говорится в докладе (never before a quotation)
)
_SPEECH_AFTER += "|read|reads"  # "…,” the statement read.
# "The group said that … “…”, the Guardian reported": the outlet reports the group's words.
SAID_THAT = re.compile(rf"\b(?:{lexicon.SPEECH_VERBS_EN})\s+that\b[^.!?]*$")
# "said T. Moskalkova": an initial's full stop does not end the words naming who spoke.
_WEEKDAY = "|".join(lexicon.WEEKDAYS_EN)
AFTER_VERB_FIRST = re.compile(
    # "…,” adding to sanctions": a participle's subject is its sentence's, not who follows.
    # "…,” wrote Saturday in the daily newspaper the Globe and Mail": the day is when.
    rf"^[\s,.:;—–-]*(?!\w+ing\s)(?:{_SPEECH_AFTER})\s+(?:(?:on\s+)?(?:{_WEEKDAY})\s+(?:in\s+)?)?"
    # "…”, calls on the Investigative Committee to …", "…”, calls for an inquiry": a verb with
    # its preposition names no one ("…,” wrote on his Telegram channel Ramzan Kadyrov" does).
    r"(?!(?:on|upon)\s+[^.;:“”\"]+?\s+to\s+(?-i:[a-z])|for\s+(?:an?\s+|the\s+)?(?-i:[a-z]))"
    # "said Mr. Türk": nor does a title's.
    rf"(?P<who>(?:\b[A-ZА-ЯЁ]\.\s*|\b(?-i:{lexicon.TITLE_ABBREVIATIONS_EN})\.\s*"
    r"|[^.;:“”\"])+?)"
    # "demands the man who is filming": a clause of "is" or "was" is left to clean_who.
    rf"(?=\s*(?:[,.;:“\"]|$|\s+(?:in|on|at|who(?!\s+(?:is|was)\s)|to|about|during|when|while|after)\s))",
    re.I,
)
AFTER_WHO_FIRST = re.compile(
    # Not an auxiliary: "…”, has posted dozens of videos" goes on the sentence's subject ("…”,
    # has told Lapunov to several outlets" names him).
    rf"^[\s,.:;—–-]*(?!(?:has|have|had)\s+(?:{_SPEECH_AFTER})\s+(?-i:[a-z]))(?P<who>(?![-–—])(?:[\w’'.\-/]+,?\s+|\([^()]{{1,30}}\)\s+){{0,11}}?[\w’'.\-/]+),?\s+(?P<verb>{_SPEECH_AFTER})\b",
    re.I,
)
# "…,” according to Igor Kochetkov." (an outlet there is where it was reported, not who spoke)
AFTER_ACCORDING_TO = re.compile(
    r"^[\s,.:;—–-]*according to\s+(?P<who>[^.;:“”\"]+?)\s*(?:[.;]|$)", re.I
)
# "…,” Lapunov was quoted as saying by …", "…,” Novaya Gazeta quoted a source as saying.", "…?”
# she is heard saying in Uzbek" (a recording).
AFTER_QUOTED = (
    re.compile(
        r"^[\s,.:;—–-]*(?!\s*(?:in|on|at|during)\s)(?P<who>[^.;:“”\",]+?)\s+(?:(?:was|were)\s+quoted\s+as"
        r"|(?:is|are|was|were|can\s+be|could\s+be)\s+(?:heard|seen)(?:\s+on\s+[^.;:“”\",]+?)?)\s+saying",
        re.I,
    ),
    re.compile(
        r"^[\s,.:;—–-]*(?:[^.;:“”\",]|\"[^\"]{1,40}\")+?\s+quote[sd]?\s+(?P<who>[^.;:“”\"]+?)\s+as\s+saying",
        re.I,
    ),
)
# "“…” – Kadyrov", "“…” — Ilyas, 24": a name after a dash (with what the person is after a
# comma) closes the paragraph.
AFTER_DASH_NAME = re.compile(
    rf"^\s*[—–-]\s*(?P<who>{NAME}(?:\s+{NAME}){{0,2}})(?:,\s+[^.\n]{{1,40}})?\s*[.]?\s*$"
)
# "“…”: Igor Kochetkov on the prison in Argun": a headline names who spoke and what about.
AFTER_ON_WHAT = re.compile(
    rf"[\s:—–-]*(?P<who>(?:{NAME}\s+){{0,2}}{NAME}|(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+on\s+[^.!?\n]+$"
)
# Words after a quotation that go on with the narrator's sentence, not name who spoke: "…”,
# has stopped, but its effects continue, underlines the adopted text" (an inverted verb's
# subject follows it); "…!” speech at a meeting …, saying that …" (a participle's subject is
# the sentence's).
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can"}
# "«…», — так вспоминает сентябрь прошлого года Али": how it was said; who, after the verb.
_MANNER = {"так", "вот так", "именно так"}
# "«…», так как сделаны арестованными …, заявили в ГУ МВД": why, and who after the verb.
_BECAUSE = re.compile(r"(?:так как|потому что|поскольку)\s", re.I)


def participle(match: re.Match[str]) -> bool:
    """Whether an ``AFTER_WHO_FIRST`` match's verb is a participle ("…, saying that …")."""
    return match.group("verb").lower().endswith("ing")


def goes_on(match: re.Match[str]) -> bool:
    """Whether an ``AFTER_WHO_FIRST`` match's words open with an auxiliary or a reason, or
    are only "так": the narrator's clause goes on, and the speech verb after it names who
    follows it."""
    who = match.group("who")
    return (
        who.split()[0].lower() in _AUXILIARIES
        or who.lower() in _MANNER
        or bool(_BECAUSE.match(who))
    )


# "“…”, Olga Sadovskaya, a lawyer of the Team Against Torture, in an interview published on
# August 23.": a full name set after the quotation with what the person is, and no verb.
_NAME_ALONE = re.compile(rf"^\s*,?\s*(?P<who>{NAME}(?:\s+{NAME}){{1,2}}),\s+(?:a|an|the)\s")


def named_alone(after: str) -> str:
    """Return the name set after a quotation with no verb of speaking, else ""."""
    match = _NAME_ALONE.match(after)
    return match.group("who") if match else ""


_OUTLET_REPORTED = re.compile(r"^[\s,.:;—–-]*(?P<who>[^.;:“”\",]+?)\s+reported\s*[.;]")
# "…,” reported the network.": a body reporting its own findings, not an outlet reporting.
_BODY_REPORTED = re.compile(
    r"^[\s,.:;—–-]*reported\s+(?P<who>the\s+(?:network|group|organi[sz]ation|association|"
    r"committee|ministry|NGO|charity))\s*[.;]",
    re.I,
)


def own_report(after: str, lead_in: str) -> tuple[str, str] | None:
    """Return who reports words as their own after a quotation, with the words after it as
    the context to read: an outlet reporting ("…,” Novaya Gazeta reported.", where the
    sentence did not say someone else said them) or a body ("…,” reported the network.")."""
    own = _OUTLET_REPORTED.match(after)
    if own and org_in(own.group("who"), outlets=True) and not SAID_THAT.search(lead_in):
        return own.group("who"), ""
    body = _BODY_REPORTED.match(after)
    return (body.group("who"), after) if body else None


# "a press officer (who asked to remain unnamed) told Dazed": an aside in brackets says nothing
# of who spoke, and the parser hangs it on the wrong word.
BRACKETED_ASIDE = re.compile(r"\s\((?:who|whose|whom|which|not|name)\b[^()“”«»\"\n]*\)")


def without_asides(after: str) -> str:
    """Return the words after a quotation without the relative clauses that stand between it and
    who spoke: "…,” her husband, Saidi Yangulbayev, who is a former judge …, told …" (an
    aside on the speaker, with commas or brackets), and the quotation's own
    (``without_its_clause``)."""
    after = BRACKETED_ASIDE.sub("", after)
    after = re.sub(r"^([^.;“”\"]*?),\s+who\s+[^,.;“”\"]+,(?=\s)", r"\1,", after)
    return without_its_clause(after)


def without_its_clause(words: str) -> str:
    """Return the words after a quotation without its own relative clause before the verb that
    says who speaks: "…”, where all opponents are doomed to disappear, adds the document"."""
    return re.sub(r"^\s*,\s+(?:where|which|when)\s+[^,.;“”\"]+(?=,\s+[a-z])", "", words)
