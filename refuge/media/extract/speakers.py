"""Who said a quotation: the words naming the speaker, and who they refer to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from refuge.media import lexicon
from refuge.media.extract.english_bodies import BEFORE_BODY_NAME, BODY_HEADS
from refuge.media.extract.first_names import first_name_gender
from refuge.media.extract.org_aliases import org_in, org_labels, org_name
from refuge.media.extract.russian import normal_name, part_of_speech
from refuge.media.extract.russian_wording import (
    BODY_STEMS_RU,
    CITING_RU,
    body_again,
    body_by_its_name,
    body_by_kind,
    source_name,
    without_listener,
)
from refuge.media.extract.spans import past_an_outlet
from refuge.media.extract.wording import (
    NAME,
    clean_who,
    member_after_body,
    name_at_end,
    named_of_body,
    names_something,
)

CONJUNCTIONS = {"and", "but", "or", "that", "which", "as", "и", "а", "но", "although", "though"}
CONJUNCTIONS |= {"because", "whereas", "unless"}  # "“…,” although X never said so"
# The words after an object "her" that make it no possessive ("told her in an interview").
_LINKS = CONJUNCTIONS | {"in", "on", "at", "to", "by", "with", "after", "during", "from", "when"}


@dataclass
class Speaker:
    name: str = ""
    role: str = ""
    affiliation: str = ""

    @property
    def label(self) -> str:
        return self.name or self.role


_ISSUED_A_DOCUMENT = re.compile(
    r"\s+(?:issued|released|published|put\s+out|posted)\s+(?:a|an)\s+(?:[a-z]+\s+)?"
    r"(?:statement|message|letter|appeal|video|post)$"
)
# "a friend of X", "a spokesperson for X": X is not who speaks; nor the place after "a
# spokeswoman for the Higher Regional Court in Munich", nor "the only woman among the Ingush
# Seven".
_OWNED = frozenset({"of", "for", "to", "in", "at", "near", "among"})


# "(according to) a statement government officials gave to TASS": whoever made it (not "the
# statement that was released by", which names no maker before its verb).
_DOCUMENT_MADE = re.compile(
    r"(?:an?|the)\s+(?:press release|statement|report|letter|post|message|appeal)\s+"
    r"(?:that\s+)?(?!(?:was|is|were|has|had)\b)(?P<maker>[^,]+?)\s+"
    r"(?:gave|issued|made|released|sent|published|posted)\b.*",
    re.I,
)


def parse_who(who: str) -> Speaker:
    """Turn the words naming a speaker into name, role and affiliation."""
    # "Paris-based Reporters Without Borders", "news site Meduza": no part of the name.
    who = re.sub(rf"^(?:{BEFORE_BODY_NAME})\s+(?=[A-Z])", "", who.strip(" ,—–-"))
    # "Acting RFE/RL president Jeffrey Gedmin issued a statement (saying …: “…”)": its issuer.
    who = _ISSUED_A_DOCUMENT.sub("", who)
    page = re.match(r"(\w+):\s+", who)  # "Details: Ramzan Kadyrov wrote": the page's label
    who = who[page.end() :] if page and page.group(1) in lexicon.PAGE_LABELS else who
    # "Milashina works with Memorial, which (describes itself as …)": the relative's antecedent.
    relative = re.search(
        rf"(?P<named>{NAME}(?:\s+{NAME}){{0,4}}),\s+(?:which|who)"
        r"(?:\s+(?:first|also|later|then|once|\w+ly))?$",
        who,
    )
    if relative and (org_in(named := relative.group("named")) or org_in(named, outlets=True)):
        who = named  # a body: "… in May, which called the raids" is not May's
    if (body := body_by_its_name(who)) or body_again(who):  # or "на сайте ведомства": "it"
        return Speaker(role=body or "it", affiliation=body)
    # "ТАСС (пишет «Новая газета») со ссылкой на источник": the outlet reports; its source
    # spoke.
    cited = re.search(rf"{CITING_RU}(?P<source>.+)$", who)
    past = past_an_outlet(who)  # "— рассказал Би-би-си один из беженцев": the outlet told
    if re.search(r"[а-яё]", who) or re.match(r"the\s", past):  # "— told RIA Novosti the …"
        who = past
    who = source_name(cited.group("source")) if cited else clean_who(without_listener(who))
    # "— рассказал мне один из выживших, подразумевая тюрьму, …": not the one told, nor
    # the adverbial participle's clause.
    who = re.sub(r"^(?:мне|нам)\s+(?=[а-яё])", "", who)
    gerund = re.search(r",\s+([а-яё]+)\b", who)
    who = who[: gerund.start()] if gerund and part_of_speech(gerund.group(1)) == "GRND" else who
    # "Kadyrov’s response was blunt: “…”", "Schmitt’s office said": whose words they are.
    who = re.sub(rf"^({NAME}(?:\s+{NAME}){{0,2}})[’']s(?:\s+(?:press\s+)?office)?$", r"\1", who)
    # "His response was blunt: “…”", "as his post says": whom "he" means, as "Her" is "she".
    own = lexicon.OWN_TEXT.fullmatch(who)
    who = lexicon.POSSESSOR_PRONOUN.get((own.group(1) if own else who).lower(), who)
    if not who:
        return Speaker()
    affiliation = org_in(who)
    lowered = who.lower()
    first = lowered.split()[0]
    kin = re.fullmatch(r"(?P<role>(?:his|her|their)\s+[a-z][\w -]*?),\s+(?P<name>[A-Z][^,]+)", who)
    if kin:  # "her husband, Saidi Yangulbayev": the name, not "she"
        return Speaker(kin.group("name"), kin.group("role"), affiliation)
    if (
        first in lexicon.OBJECT_PRONOUNS
        and len(who.split()) > 1
        and (
            re.fullmatch(lexicon.ROLE_WORDS, second := lowered.split()[1])
            or (first == "her" and re.fullmatch(r"[a-z-]+", second) and second not in _LINKS)
        )
    ):
        # "его мать", "her lawyer": a role; "Her attacker", "her husband": hers, not she
        return Speaker(role=who, affiliation=affiliation)
    if first in lexicon.OBJECT_PRONOUNS:
        return Speaker(name=lexicon.OBJECT_PRONOUNS[first])
    if first in lexicon.PRONOUNS:
        return Speaker(name=who.split()[0])
    if re.sub(r"^the\s+", "", lowered) in lexicon.ROLE_HOLDERS:
        return Speaker(role=who)  # "the Chechen leader": the article's memory knows who holds it
    if lexicon.ITSELF.fullmatch(who) and not org_in(who):
        return Speaker(name="it")  # "the statement … says", "The organization demands"
    for label, name in org_labels():
        if label.fullmatch(who):
            return Speaker(role=name, affiliation=name)
    place = re.fullmatch(
        r"в\s+(?:(?:этой|той|самой)\s+)?(?P<org>.+?)(?:\s+(?:тогда|также|ранее|вчера|сегодня))?",
        who,
        re.I,
    )
    if place:
        # "— заявили в организации", "сказали НВ в российской ЛГБТ-сети": the organisation;
        # "В руководстве республики заявили": the body, in the nominative.
        # "— заявили в Госдепартаменте": the body's name in the nominative, as the lexicon has it.
        org = org_in(place.group("org")) or org_in(normal_name(place.group("org")))
        org = org or body_by_kind(place.group("org"))  # "В Союзе журналистов республики"
        if org:
            return Speaker(role=org, affiliation=org)
        words = place.group("org").split()
        # "— говорится в статье (The New York Times)": the outlet that ran it; "в заявлении
        # «Новой газеты»", "— заявили в издании": the paper's own statement.
        outlet, kind = org_in(place.group("org"), outlets=True), words[0].lower()
        statement = outlet and re.match(r"заявлени|обращени|письм", kind)
        if re.match(r"стать|материал|публикаци|репортаж|издани|редакци", kind) or statement:
            return Speaker(role=outlet, affiliation=outlet) if outlet else Speaker(role="издание")
        if re.search(BODY_STEMS_RU, " ".join(words[1:])):
            return Speaker(role="it")  # "говорится в пресс-релизе организации": the body
        if not re.search(BODY_STEMS_RU, words[0]) and (len(words) > 1 or words[0][:1].isupper()):
            # "в МВД", "в Минюсте", "в пресс-службе МВД": a body's name in the nominative.
            head = words[0] if words[0].isupper() else normal_name(words[0].capitalize())
            return Speaker(
                role=" ".join([head if words[0][:1].isupper() else head.lower(), *words[1:]])
            )
        return Speaker(role="it")
    member = re.fullmatch(
        rf"(?P<name>{NAME}(?:\s+{NAME})+)\s+(?:of|from|at|with|из|от)\s+(?P<body>.+)", who
    )
    title_first = member and re.match(
        rf"The\s+(?i:{lexicon.ROLE_WORDS}|{lexicon.TITLE_EN}|mufti)\b", who
    )
    if (
        member
        and not title_first
        and member.group("name").startswith("The ")
        and names_something(who)
    ):
        # "The Union of Journalists stated": a name after "The" is a body's, "of" and all (not
        # "The Mufti of Chechnya", "The Minister of Foreign Affairs": a title).
        body = re.sub(r"^The\s+", "", who)
        return Speaker(role=body, affiliation=body)
    if title_first:
        # "The President of Belarus Alexander Lukashenko": the title's holder, if it names one.
        holder = name_at_end(who.split())
        while holder and holder[0] in lexicon.PLACE_NAMES:
            holder = holder[1:]
        if holder[-1:] and re.fullmatch(
            r"Region|Oblast|Krai|Republic|Province|District", holder[-1]
        ):
            holder = []  # "The Governor of Belgorod Region"
        # Not "The Minister of Foreign Affairs": a first name the lists hold says it is one.
        named = " ".join(holder) if len(holder) > 1 and first_name_gender(holder[0]) else ""
        title = re.sub(r"^The\s+", "", who[: len(who) - len(named)].strip())
        return Speaker(named, title, org_in(who))
    if member and (org_in(member.group("body")) or names_something(member.group("body"))):
        # "Tanya Lokshina of Human Rights Watch", "Светлана Захарова из Российской ЛГБТ-сети"
        body = member.group("body")
        return Speaker(member.group("name"), "", org_in(body) or re.sub(r"^the\s+", "", body))
    document_of = re.fullmatch(
        r"(?P<owner>the\s+[A-Za-z]+)[’']s\s+(?:post|statement|report|(?:press|news) release|letter"
        r"|appeal|petition|website|tweet|blog|page|account|verdict|ruling|judge?ment)",
        who,
        re.I,
    )
    if document_of:
        # "the Network's post recounted", "the group's statement said": the body it means.
        return Speaker(role=document_of.group("owner").lower())
    if made := _DOCUMENT_MADE.fullmatch(who):
        return parse_who(made.group("maker"))  # "(according to) a statement officials gave"
    if (titled := named_of_body(who)) is not None:
        return Speaker(*titled)  # "investigator Mika Ihaksinen of the National Bureau of …"
    owned = re.fullmatch(
        rf"(?P<body>{NAME}(?:\s+{NAME})*)[’']s\s+(?P<name>{NAME}(?:\s+{NAME})+)", who
    )
    if owned and org_in(owned.group("body")):
        # "Amnesty International’s Marie Struthers": the person, of the organisation.
        return Speaker(owned.group("name"), "", org_in(owned.group("body")))
    parts = [part.strip() for part in who.split(",") if part.strip()]
    if len(parts) > 1 and parts[-1].lower() in lexicon.PRONOUNS:
        # "Публикацию …, в которой …, он (назвал)": the pronoun closing the clause speaks.
        return Speaker(name=parts[-1])
    head = parts[0]
    # "A close ally of the Chechen leader, Grozny TV chief Akhmed Dudayev,": a role, then a
    # name with a role of its own, whose name it is.
    apposed = " ".join(name_at_end(parts[1].split())) if len(parts) == 2 else ""
    role_of_its_own = parts[1][: -len(apposed)].strip() if " " in apposed else ""
    # "…, Tbilisi Mayor Kakha Kaladze": a title, capitalised, before the name.
    apposed_title = re.fullmatch(
        rf"(?P<title>(?:{NAME}\s+)*?(?:{lexicon.TITLES_EN}))\s+(?P<name>{NAME}\s+{NAME})",
        parts[1] if len(parts) == 2 else "",
    )
    whose = re.search(rf"\b(?:for|of)\b[^,]*\b(?:{lexicon.ROLE_WORDS})$", head, re.I)
    if apposed_title and first_name_gender(apposed_title.group("name")) and not whose:
        # Not "the son of the late Chechen leader, General Dzhokhar Dudayev": the leader's.
        return Speaker(apposed_title.group("name"), apposed_title.group("title"), affiliation)
    if re.search(rf"\b(?:{lexicon.ROLE_WORDS})$", role_of_its_own, re.I) and not (
        org_in(apposed) or org_in(apposed, outlets=True)
    ):
        return Speaker(apposed, role_of_its_own, affiliation)
    if (
        len(parts) > 1
        and re.fullmatch(rf"{NAME}(?:\s+{NAME}){{1,2}}", parts[1])
        and not (org_in(parts[1]) or org_in(parts[1], outlets=True))
        and re.search(rf"\b(?:{lexicon.ROLE_WORDS})\b", head, re.I)
        and not whose
    ):
        # "the head of the St. Petersburg-based LGBT Network, Igor Kochetkov", "Iceland's
        # permanent representative to the OSCE, Guðni Bragason, read …": the role may name
        # an organisation; the name after it is who spoke. ("A spokesperson for
        # Chechnya’s leader, Ramzan Kadyrov" is not Kadyrov: the name is the leader's.)
        return Speaker(parts[1], head, affiliation)
    head_words = head.split()
    head_name = name_at_end(head_words)
    if head_name and (org_name(" ".join(head_name)) or org_in(" ".join(head_name), outlets=True)):
        # "представитель Российской ЛГБТ-сети", "the Crisis Group North Caucasus SOS"
        org = org_in(head) or org_in(head, outlets=True)
        if (of_body := member_after_body(head_name))[0]:
            return Speaker(of_body[0], "", of_body[1])
        if len(head_name) == len(head_words):
            return Speaker(role=" ".join(head_name), affiliation=org)
        return Speaker(role=head, affiliation=org)
    if len(head_name) > 1 and re.fullmatch(BODY_HEADS, head_name[-1]):
        # "MEPs from the Socialists and Democrats Group": its members speak as the group.
        members = re.match(r"(?:[A-Z]{2,}s|members)\s+(?:from|of)\s+(?:the\s+)?(?P<body>.+)", who)
        body = members.group("body") if members else ""
        body = body or re.sub(r"^(?:the\s+)?(?:\S+-based\s+)?", "", who, flags=re.I)  # "Sweden-"
        return Speaker(role=body, affiliation=affiliation or body)
    # "a spokesperson for the Interior Ministry": the article does not part "for" from the name.
    ahead = [w for w in head_words[: len(head_words) - len(head_name)] if w.lower() != "the"]
    before_name = ahead[-1] if head_name and ahead else ""
    if before_name in {"in", "at", "near"} and len(head_name) > 2:
        # "the British ambassador in Moscow Nigel Casey": the place, then the name.
        head_name, before_name = head_name[1:], head_name[0]
    owner = re.search(  # "… and" too; not the "of" of a body's name ("Council of Europe’s")
        rf"(?:^|\s)(?:(?-i:(?![A-Z]))\S+|{lexicon.ROLE_WORDS})\s+(?:for|of|to)\s+"
        rf"(?:\S+\s+){{0,3}}?(?:{lexicon.ROLE_WORDS}|and)\s*$",
        " ".join(head_words[: len(head_words) - len(head_name)]),
        re.I,
    )
    if head_name and len(head_name) < len(head_words) and (before_name in _OWNED or owner):
        # "a female friend of Zelimkhan Bakaev", "a spokesperson for Chechen leader Ramzan
        # Kadyrov" are not Bakaev and Kadyrov.
        return Speaker(role=who, affiliation=affiliation)
    if head_name and len(head_name) == len(head_words):
        org = org_name(head) or org_in(head, outlets=True)
        if org and len(head) <= len(org) + 4:
            return Speaker(role=org, affiliation=org)  # "Novaya Gazeta, a Russian newspaper"
        # "Ali Karimov, a spokesperson for …": a name, then the role.
        return Speaker(" ".join(head_name), ", ".join(parts[1:]), affiliation)
    if head_name and (len(head_name) >= 2 or re.search(lexicon.ROLE_WORDS, head, re.I)):
        # "State Department spokesperson Mark Toner", "activist Igor Kochetkov, who leads …"
        role = " ".join(head_words[: len(head_words) - len(head_name)]) if ahead else ""  # "the"
        rest = ", ".join(parts[1:])
        return Speaker(" ".join(head_name), ", ".join(filter(None, [role, rest])), affiliation)
    if (
        len(parts) == 2
        and re.fullmatch(r"(?i:One|A|An|Another|The)\s+(?:of\s+the\s+)?[a-z][\w-]*", head)
        and (given := re.fullmatch(rf"({NAME})(?:\s+by\s+name)?", parts[1]))
        and not org_in(parts[1])
    ):
        # "One survivor, Movsar", "a student, Mairbek by name": the name given
        return Speaker(given.group(1), head, affiliation)
    if (
        len(parts) > 1
        and re.fullmatch(rf"{NAME}(?:\s+{NAME})+", parts[1])
        and not re.search(r"\b(?:for|of)\b[^,]*$", head)
    ):
        # "Kremlin spokesman, Dmitry Peskov": a role, then the name.
        return Speaker(parts[1], head, affiliation)
    # Nobody named: "A spokesperson for Chechnya’s leader, Ramzan Kadyrov" is a role.
    return Speaker(role=who, affiliation=affiliation)
