"""What a transcript's turns are besides questions and answers: a host's, a guest's, courtesies.

Radio and television transcripts open with the host's greeting and introductions ("Добрый
вечер, в эфире «Утренний разворот», у микрофона Ирина Воробьева", "Welcome to The Briefing, my
guest today is …"), label their turns by role ("Ведущий:", "Host:", "Гость:", "Guest:") or by
name and outlet ("Вера Васильева, HRO.org:"), and are published under a headline naming the
guest ("«Утренний разворот» / Елена Милашина: Я продолжу ездить в Чечню"). None of a host's
turns claims anything, nor does a courtesy ("Добрый вечер.", "Thank you for having me.").
"""

from __future__ import annotations

import re

# Labels of whoever runs the conversation (compared case-folded: "ВЕДУЩИЙ", "HOST").
HOST_LABELS = frozenset(
    {
        *("ведущий", "ведущая", "корреспондент", "журналист", "журналистка", "интервьюер"),
        *("модератор", "host", "interviewer", "presenter", "anchor", "moderator", "reporter"),
    }
)
# Labels of the one interviewed, whom the introduction names.
GUEST_LABELS = frozenset({"гость", "гостья", "собеседник", "собеседница", "guest", "interviewee"})

# How a host opens a programme: the programme, the microphone, the guest introduced.
_HOST_OPENING = re.compile(
    r"в эфире|у микрофона|в студии|меня зовут|с вами (?:программа|снова)|в гостях|"
    r"наш(?:а|его|ей|и|ему)? гост|представляю (?:вам|нашего|нашу)|уважаемые (?:радио)?слушатели|"
    r"это программа|welcome (?:to|back)|(?:my|our) guests?\b|joining (?:me|us)\b|"
    r"with me (?:today|now|in the studio)|you(?:'re|’re| are) listening to",
    re.I,
)
# Courtesies: a greeting, thanks, a farewell (a name the courtesy is addressed to aside).
_COURTESY = re.compile(
    r"(?:и )?(?:вам )?(?:добр(?:ый|ое|ой|ого) (?:день|вечер|утро|ночи|дня|вечера|утра)|"
    r"здравствуй(?:те)?|привет(?:ствую(?: вас)?)?|спасибо(?: (?:вам|большое|огромное))*"
    r"(?: за (?:приглашение|разговор|интервью|беседу|то, что пригласили))?|"
    r"благодарю(?: вас)?|до свидания|всего (?:доброго|хорошего)|"
    r"(?:and )?(?:hello|hi|good (?:morning|afternoon|evening|night)|goodbye|bye|"
    r"thanks?(?: you)?(?: (?:very|so) much)?(?: for (?:having me|inviting me|joining us|"
    r"being with us|talking to us|your time|the invitation))?|my pleasure|"
    r"(?:it(?:'s|’s| is) )?(?:a )?pleasure(?: to be (?:here|with you))?|glad to be here|"
    r"nice to (?:be here|meet you)))",
    re.I,
)
_ADDRESSED = re.compile(r"[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?")
# "«Утренний разворот» / Елена Милашина: Я продолжу ездить в Чечню": a programme, a slash, the
# guest's name and the guest's words.
_HEADLINE = re.compile(
    r"[ \t]*(?:«[^»\n]{2,60}»|\"[^\"\n]{2,60}\"|[A-ZА-ЯЁ][^/\n:]{1,60}?)[ \t]+/[ \t]+"
    r"(?P<name>[A-ZА-ЯЁ][\w-]+(?:[ \u00a0][A-ZА-ЯЁ][\w-]+){1,2}):[ \t]+(?P<words>\S.*?)[ \t]*"
)


# "Igor Kochetkov discusses the investigation", "Igor Kochetkov on Chechnya, LGBT activism and
# neotraditionalism": a headline naming whom the questions below are put to, with no
# interview word; a headline, so no full stop ends it.
_INTERVIEW_HEADLINE = re.compile(
    r"[ \t]*(?P<name>[A-Z][a-z’'-]+(?:[ \u00a0][A-Z][a-z’'-]+){1,2})[ \t]+"
    r"(?:discusses|talks about|speaks about|reflects on|on)[ \t]+[^\n]*[^.\n\s][ \t]*"
)


# A paragraph that is a question: a line of its own ending with a question mark.
_QUESTION_PARAGRAPH = re.compile(r"^[^\S\n]*\S[^\n]*\?[^\S\n]*$", re.M)


def interview_headline(text: str) -> re.Match[str] | None:
    """The headline "Name discusses …" / "Name on …" the text opens with, if any, over at
    least two questions: a title-case news headline ("Police Crackdown on Gay Men in Chechnya")
    matches too, and a story may open with one rhetorical question to the reader."""
    first = text.lstrip("\n")
    offset = len(text) - len(first)
    line_end = first.find("\n")
    end = offset + (line_end if line_end >= 0 else len(first))
    found = _INTERVIEW_HEADLINE.fullmatch(text, offset, end)
    if found is None or len(_QUESTION_PARAGRAPH.findall(text, end)) < 2:
        return None
    return found


def is_courtesy(words: str) -> bool:
    """Whether a turn only greets, thanks or takes leave ("Спасибо большое, до свидания.",
    "Здравствуйте, Ксения.", "Thank you for having me.")."""
    parts = [p.strip() for p in re.split(r"[.,!;…]+", words) if p.strip()]
    return (
        bool(parts)
        and any(_COURTESY.fullmatch(p) for p in parts)
        and all(_COURTESY.fullmatch(p) or _ADDRESSED.fullmatch(p) for p in parts)
    )


def opens_as_host(words: str) -> bool:
    """Whether a label's first turn opens a programme or introduces its guest."""
    return _HOST_OPENING.search(words) is not None


def headline(text: str) -> re.Match[str] | None:
    """The headline "Programme / Name: words" the text opens with, if any."""
    first = text.lstrip("\n")
    offset = len(text) - len(first)
    line_end = first.find("\n")
    return _HEADLINE.fullmatch(text, offset, offset + (line_end if line_end >= 0 else len(first)))


def same_person(label: str, name: str) -> bool:
    """Whether a transcript's label ("Е. МИЛАШИНА", "Милашина") names the person ``name``
    ("Елена Милашина") by the surname."""
    return bool(label.split()) and label.split()[-1].casefold() == name.split()[-1].casefold()
