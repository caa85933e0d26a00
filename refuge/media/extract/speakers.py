"""Who said a quotation: the words naming the speaker, and who they refer to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from refuge.media import lexicon
from refuge.media.extract.spans import sentence_end, sentence_start

NAME = r"[A-ZА-ЯЁ][\w’'.\-]*"
_NAME = NAME

_SPEECH = lexicon.SPEECH_VERBS_EN + "|" + lexicon.SPEECH_VERBS_RU
# After a quotation, "reported NBC News" names the outlet, not the speaker.
_SPEECH_AFTER = "|".join(
    verb
    for verb in _SPEECH.split("|")
    if verb not in {"reported", "report", "reports", "according to"}
)
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,.:;—–-]*(?:{_SPEECH_AFTER})\s+(?P<who>[^.;:“”\"]+?)"
    rf"(?=\s*(?:[,.;:“\"]|$|\s+(?:in|on|at|who|to|about|during)\s))",
    re.I,
)
_AFTER_WHO_FIRST = re.compile(
    rf"^[\s,.:;—–-]*(?P<who>(?:[\w’'.\-]+\s+){{0,7}}?[\w’'.\-]+)\s+(?P<verb>{_SPEECH_AFTER})\b",
    re.I,
)
_SAID_FIRST = re.compile(
    r"(?:^|\.\s+)\s*Said\s+(?P<who>[^:“\"]+?)(?:\s+in a statement)?\s*[:,]\s*$"
)
_HAD_THIS_TO_SAY = re.compile(r"(?P<who>[^.]+?)\s+had this to say[^,]*,\s*$")
_WHO_SAID_FOLLOWING = re.compile(r"(?P<who>[^,.]+?),?\s+who (?:said|stated) the following:\s*$")
_SUBJECT_VERB = re.compile(rf"^(?P<who>.+?)\s+(?:{_SPEECH})\b", re.I)
_GIVEN_TO = re.compile(
    r"\b(?:told|telling|tells)\s+(?:the\s+)?(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)",
)
_REPORTED_BY = re.compile(r"\breported\s+(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_GIVEN_TO_RU = re.compile(
    r"(?:заявил|заявила|сказал|сказала|сообщил|сообщила|рассказал|рассказала)\s+«?"
    r"(?P<outlet>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)*)»?"
)
ORG_ALIASES = sorted(
    ((alias, name) for name, aliases in lexicon.ORGANISATIONS.items() for alias in aliases),
    key=lambda pair: -len(pair[0]),
)


@dataclass
class Speaker:
    name: str = ""
    role: str = ""
    affiliation: str = ""

    @property
    def label(self) -> str:
        return self.name or self.role


def org_in(text: str, *, outlets: bool = False) -> str:
    """Return the first organisation named in ``text`` (by position)."""
    best: tuple[int, str] | None = None
    for alias, name in ORG_ALIASES:
        if (name in lexicon.OUTLETS) != outlets:
            continue
        match = re.search(rf"(?<![\w]){re.escape(alias)}(?![\w])", text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else ""


def last_org_before(text: str) -> str:
    best: tuple[int, str] | None = None
    for alias, name in ORG_ALIASES:
        if name in lexicon.OUTLETS:
            continue
        for match in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text):
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    return best[1] if best else ""


def clean_who(who: str) -> str:
    who = re.sub(r"[“”\"«»]", "", who).strip(" ,;:—–-")
    who = re.sub(
        r"^(?:and|but|while|as|that|so|by way of|for (?:his|her|their) part,?)\s+",
        "",
        who,
        flags=re.I,
    )
    who = re.sub(r"^(?:Now|But|However|And|Text from),?\s+", "", who)
    who = re.sub(r"\s+(?:in a statement|on \w+day)$", "", who)
    return who.strip(" ,")


def _name_at_end(words: list[str]) -> list[str]:
    name: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.")
        if (
            re.fullmatch(_NAME, bare)
            and not re.fullmatch(lexicon.ROLE_WORDS, bare.lower())
            and bare.lower() not in {"the", "a", "an"}
        ):
            name.insert(0, bare)
        else:
            break
    return name


def parse_who(who: str) -> Speaker:
    """Turn the words naming a speaker into name, role and affiliation."""
    who = clean_who(who)
    if not who:
        return Speaker()
    affiliation = org_in(who)
    lowered = who.lower()
    if lowered.split()[0] in lexicon.PRONOUNS:
        return Speaker(name=who.split()[0])
    for alias, name in ORG_ALIASES:
        if re.fullmatch(rf"(?:the\s+)?{re.escape(alias)}(?:\s+(?:said|says))?", who, re.I):
            return Speaker(role=name, affiliation=name)
    parts = [part.strip() for part in who.split(",") if part.strip()]
    head = parts[0]
    head_words = head.split()
    head_name = _name_at_end(head_words)
    if head_name and len(head_name) == len(head_words):
        org = org_in(head) or org_in(head, outlets=True)
        if org and len(head) <= len(org) + 4:
            return Speaker(role=org, affiliation=org)  # "Novaya Gazeta, a Russian newspaper"
        # "Ali Karimov, a spokesperson for …": a name, then the role.
        return Speaker(" ".join(head_name), ", ".join(parts[1:]), affiliation)
    if head_name and (len(head_name) >= 2 or re.search(lexicon.ROLE_WORDS, head, re.I)):
        # "State Department spokesperson Mark Toner", "activist Igor Kochetkov, who leads …"
        role = " ".join(head_words[: len(head_words) - len(head_name)])
        rest = ", ".join(parts[1:])
        return Speaker(" ".join(head_name), ", ".join(filter(None, [role, rest])), affiliation)
    if (
        len(parts) > 1
        and re.fullmatch(rf"{_NAME}(?:\s+{_NAME})+", parts[1])
        and not re.search(r"\b(?:for|of)\b[^,]*$", head)
    ):
        # "Kremlin spokesman, Dmitry Peskov": a role, then the name.
        return Speaker(parts[1], head, affiliation)
    # Nobody named: "A spokesperson for Chechnya’s leader, Ramzan Kadyrov" is a role.
    return Speaker(role=who, affiliation=affiliation)


class Memory:
    """Who the article has mentioned so far, to resolve "he", "McGill", "the spokesperson"."""

    def __init__(self) -> None:
        self.people: list[Speaker] = []

    def remember(self, speaker: Speaker) -> None:
        if speaker.label and speaker.label.lower() not in lexicon.PRONOUNS:
            self.people.append(speaker)

    def scan(self, text: str) -> None:
        patterns = [
            rf"(?P<role>(?:[\w’'-]+\s+){{0,4}}?(?:{lexicon.ROLE_WORDS}))\s+(?P<name>{_NAME}\s+{_NAME})",
            rf"(?P<name>{_NAME}\s+{_NAME})\s+of\s+(?P<role>{_NAME}(?:\s+{_NAME})*)",
            rf"\bsaid\s+(?P<name>{_NAME}\s+{_NAME}),\s+(?P<role>[^.,]+)",
            rf"(?P<name>{_NAME}\s+{_NAME}),\s+(?P<role>(?:a|an|the)\s+[^.,]+?(?:{lexicon.ROLE_WORDS})[^.,]*)",
        ]
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                name, role = match.group("name"), match.group("role").strip()
                if org_in(name) or any(p.name == name for p in self.people):
                    continue
                self.remember(Speaker(name, role, org_in(role)))
        for match in re.finditer(
            rf"\b(?:A|An|The)\s+(?P<role>(?:[A-Z][\w.]*\s+)+(?:{lexicon.ROLE_WORDS}))\b", text
        ):
            role = match.group("role")
            self.remember(Speaker(role=role, affiliation=org_in(role)))

    def resolve(self, speaker: Speaker, before: str) -> Speaker:
        lowered = speaker.label.lower()
        if lowered in {"it", "they", "они"}:
            org = last_org_before(before)
            return Speaker(role=org, affiliation=org) if org else speaker
        if lowered in lexicon.PRONOUNS:
            for person in reversed(self.people):
                if person.name:
                    return person
            return speaker
        if speaker.name and " " not in speaker.name:
            for person in reversed(self.people):
                if person.name.split()[-1:] == [speaker.name]:
                    return Speaker(
                        person.name,
                        speaker.role or person.role,
                        speaker.affiliation or person.affiliation,
                    )
            return speaker
        if not speaker.name and speaker.role:
            core = re.sub(r"^(?:the|a|an)\s+", "", speaker.role, flags=re.I).strip()
            if re.fullmatch(r"\w+", core):
                for alias, name in ORG_ALIASES:
                    if alias.split()[-1].lower() == core.lower() and alias in before:
                        return Speaker(role=name, affiliation=name)
            if re.search(lexicon.ROLE_WORDS, core, re.I) and " for " not in core:
                for person in reversed(self.people):
                    if core.lower() in person.role.lower() or (
                        person.role
                        and core.split()[-1].lower() == person.role.split()[-1].lower()
                        and org_in(core) in {"", person.affiliation}
                    ):
                        return person
        return speaker


def attribution(
    text: str,
    first: tuple[int, int],
    last: tuple[int, int],
    paragraphs: list[tuple[int, int]],
    floor: int = 0,
) -> tuple[str, str]:
    """Return (words naming the speaker, the words around them) for one quotation.

    ``floor`` is the end of the quotation before this one: the search never reaches back into it.
    """
    p_index = next(i for i, (ps, pe) in enumerate(paragraphs) if ps <= first[0] <= pe)
    p_start, _p_end = paragraphs[p_index]
    last_paragraph_end = next(pe for ps, pe in paragraphs if ps <= last[1] <= pe)
    quote_text = text[last[0] : last[1]].rstrip()
    after_start = last[1] + 1
    after = text[after_start : sentence_end(text, after_start, last_paragraph_end)]
    continues = quote_text.endswith((",", "?", "!", "—", "…")) or after.lstrip().startswith(",")
    if not continues:
        after = ""
    if continues:
        match = _AFTER_VERB_FIRST.match(after)
        if match:
            who = match.group("who")
            role = re.match(
                r",\s+((?:the|a|an)\s+[^.;]+|[a-zа-яё][^.;]+)", after[match.end("who") :]
            )
            return (who + ", " + role.group(1) if role else who), after
        match = _AFTER_WHO_FIRST.match(after)
        if match:
            return match.group("who"), after
    start = sentence_start(text, first[0], max(p_start, floor))
    raw_before = text[start : max(start, first[0] - 1)]
    before = re.sub(r"[“«][^”»]*[”»]", "", raw_before)
    for pattern in (_SAID_FIRST, _HAD_THIS_TO_SAY, _WHO_SAID_FOLLOWING):
        match = pattern.search(before)
        if match:
            return match.group("who"), raw_before
    match = _SUBJECT_VERB.search(before)
    if match:
        return match.group("who"), raw_before + " " + after
    if not before.strip() and p_index:
        ps, pe = paragraphs[p_index - 1]
        if text[ps:pe].rstrip().endswith(":"):
            tail = text[sentence_start(text, pe - 1, ps) : pe]
            for pattern in (_WHO_SAID_FOLLOWING, _SUBJECT_VERB):
                match = pattern.search(tail)
                if match:
                    return match.group("who"), tail
    return "", after


def previous_in_paragraph(
    number: int,
    spans: list[tuple[int, int, int | None]],
    speakers: dict[int, Speaker],
    paragraphs: list[tuple[int, int]],
) -> Speaker:
    """A quotation with no attribution of its own continues the one before it in the paragraph."""
    if not number:
        return Speaker()
    start = spans[number][0]
    paragraph = next(p for p in paragraphs if p[0] <= start <= p[1])
    previous = spans[number - 1]
    if paragraph[0] <= previous[0] <= paragraph[1]:
        return speakers.get(previous[2] if previous[2] is not None else number - 1, Speaker())
    return Speaker()


def outlet_in(context: str) -> str:
    for pattern in (_GIVEN_TO, _REPORTED_BY, _GIVEN_TO_RU):
        match = pattern.search(context)
        if match:
            outlet = org_in(match.group("outlet"), outlets=True) or org_in(
                "the " + match.group("outlet"), outlets=True
            )
            if outlet:
                return outlet
    return ""
