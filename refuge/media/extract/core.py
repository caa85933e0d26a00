"""Extract quotations with their speakers, figures, dates, places and organisations."""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.articles import Article
from refuge.media.extract import (
    english,
    english_apposed,
    english_bodies,
    english_discourse,
    english_holder,
    english_names,
    english_syntax,
    english_unattributed,
    figure_places,
    headline_repeats,
    neighbours,
    offices,
    offsets,
    russian,
    russian_documents,
    russian_people,
    syntax,
)
from refuge.media.extract.dates import dates_in
from refuge.media.extract.dialogue import dashed_speech, in_a_turn, opening_of
from refuge.media.extract.discourse import speech_of_focus
from refuge.media.extract.english_documents import OWNED_DOCUMENTS, document_owner, owned_saying
from refuge.media.extract.english_reference import answering
from refuge.media.extract.figures import figures_in
from refuge.media.extract.memory import Memory
from refuge.media.extract.model import Extraction, Mention, Quote, take_speaker
from refuge.media.extract.org_aliases import alternation, body_mentions, last_org_before, org_in
from refuge.media.extract.quote_attribution import attribution
from refuge.media.extract.quoted_names import is_name
from refuge.media.extract.russian_wording import CITING_RU, body_again, page_owner, parenthesised
from refuge.media.extract.spans import (
    inner_attributions,
    paragraphs_of,
    past_an_outlet,
    quote_spans,
    quoted_anyway,
    sentence_end,
    sentence_start,
    single_quote_spans,
    word_count,
)
from refuge.media.extract.speakers import Speaker, parse_who
from refuge.media.extract.wording import (
    GIVEN_NAME,
    NAME,
    close_marks,
    one_script,
    without_russian_venue,
)


def _who_in_russian(who: str, people: list[russian.Entity]) -> Speaker | None:
    """Return the speaker natasha recognises in ``who``, in the nominative, if any.

    "Отвечая на вопрос журналиста Дэвида Скотта о преследованиях геев, Кадыров" is Kadyrov:
    of the people named, the one nearest the speech verb speaks.
    """
    # "представитель Кадырова в своём Instagram": the venue would hide that the name closes
    # the role (whose representative), and make Kadyrov the speaker.
    who = without_russian_venue(who)
    # "отметил он, комментируя слова Кадырова" (whose words), "(цитата по «Интерфаксу»)" (where).
    who = re.sub(r",\s*(?:комментируя|отвечая|обращаясь)\b[^,]*|\s*\(цит.*$", "", who)
    for outlet_alias in re.findall(r"\s+(\S+)$", who):
        if org_in(outlet_alias, outlets=True):
            who = who[: -len(outlet_alias)].rstrip()  # "привел слова Москальковой ТАСС"
    who = past_an_outlet(who)  # "цитирует РИА Новости Москалькову"
    told = [p for p in people if who.startswith(p.text + " ") and russian.is_dative(p.text)]
    if told:
        # "— сообщил Кочеткову источник", "— сказала Ольге Садовской мать Бакаева": the person
        # in the dative was told; the words after name who spoke.
        who = who[len(told[0].text) :].strip()
    found = [(who.rfind(p.text), p) for p in people if p.text in who]
    lone = who.strip().lower()
    if lone in lexicon.PRONOUNS or lone in lexicon.OBJECT_PRONOUNS:
        return None
    if not found and (
        re.fullmatch(r"[а-яё-]+", who.strip()) or who.strip().lower() in {"издание", "газета"}
    ):
        # "по информации газеты": one common noun, in the nominative.
        return Speaker(role=russian.normal_name(who.strip().capitalize()).lower())
    if not found:
        body = org_in(page_owner(who) or "")
        if body:
            # "на странице Российской ЛГБТ-сети во «ВКонтакте»": the page's owner spoke.
            return Speaker(role=body, affiliation=body)
        if re.search(r"[А-ЯЁ]", who) and not re.search(r"[a-zA-Z]", who):
            speaker = parse_who(who)
            if speaker.name.lower() in lexicon.PRONOUNS:
                return None
            if speaker.name:
                if not re.search(r"\s", speaker.name) and speaker.role == "":
                    return Speaker(russian.normal_name(speaker.name), "", speaker.affiliation)
                # "глава Чечни": a role ending in a place, not a name.
                return Speaker(role=who.strip(" ,"), affiliation=org_in(who))

        return None
    at, person = min(found, key=lambda pair: pair[0])
    if at == 0:
        # "Альви Каримов, пресс-секретарь Кадырова": the name first, then the role.
        return Speaker(person.normal, who[len(person.text) :].strip(" ,"), org_in(who))
    at, person = max(found, key=lambda pair: pair[0])
    head = who[:at].split(",")[-1].strip()
    role_word = head.split()[-1].lower() if head.split() else ""
    if (
        person.text != person.normal
        and re.fullmatch(lexicon.ROLE_WORDS, role_word)
        and not who[at + len(person.text) :].strip(" .,")
    ):
        # "мать Зелимхана Бакаева", "пресс-секретарь Кадырова": a name in the genitive after
        # a role is whose role it is; the speaker is the role, not the person named.
        words = head.split()
        start = next(
            (i for i, w in enumerate(words) if re.fullmatch(lexicon.ROLE_WORDS, w.lower())),
            len(words) - 1,
        )
        return Speaker(role=" ".join([*words[start:], person.text]), affiliation=org_in(who))
    role = head if re.search(lexicon.ROLE_WORDS, head, re.I) else ""
    return Speaker(person.normal, role, org_in(who))


_DOCUMENT = re.compile(
    r"\s*в\s+(?P<document>обращении|письме|посте|записи|видеообращении|аудиообращении)"
    r"(?:\s*,.*)?"  # "в письме, копия которого имеется в редакции"
)


def _document_author(who: str, before: str, people: list[russian.Entity]) -> Speaker | None:
    """Return who wrote the letter or recorded the appeal a quotation is "говорится в".

    The author is the person named in the nominative in the latest sentence that mentions the
    document ("Малика Бакаева … записала аудиообращение"); with nobody named, the document.
    """
    match = _DOCUMENT.fullmatch(who)
    if match is None:
        return None
    document = match.group("document")
    stem = re.sub(r"^(?:видео|аудио)", "", document)[:5]
    sentences = list(re.finditer(r"[^.!?\n]+[.!?]?", before))
    for sentence in reversed(sentences):
        if stem in sentence.group(0).lower():
            opening = sentence.start() + len(sentence.group(0)) - len(sentence.group(0).lstrip())
            for person in people:
                if person.start == opening:
                    return Speaker(person.text)  # opening the sentence: its subject, as written
                inside = sentence.start() <= person.start < sentence.end()
                if inside and person.text == person.normal:
                    return Speaker(person.normal)
            made_by = russian_documents.document_author(sentence.group(0), stem)
            if made_by is not None:
                return made_by  # "бойцы полка записали видеообращение"
            break
    return Speaker(role=russian.normal_name(document.capitalize()).lower())


def _subject_after_objects(who: str) -> Speaker | None:
    """Return "(делится) своими воспоминаниями с корреспондентом Le Monde чеченец"'s subject:
    after the verb what it governs, then the subject, a nominative noun, ends the clause
    ("чеченский лидер" is one phrase in the nominative, left whole)."""
    words = who.split()
    if (
        len(words) > 1
        and words[0].islower()
        and words[-1].islower()
        and not russian.is_nominative(words[0])
        and russian.is_nominative(words[-1], noun=True)
    ):
        return Speaker(role=words[-1])
    return None


def _bare_russian_name(who: str) -> Speaker | None:
    """Return "Интервью Максима Лапунова"'s name in the nominative where natasha tagged nobody."""
    words = who.strip()
    role = re.fullmatch(lexicon.ROLE_WORDS, words.split()[0].lower()) if words else None
    if re.fullmatch(r"[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+", words) and not role:  # not "Глава Чечни"
        return Speaker(russian.normal_name(words))
    return None


# "“…” – said in a statement of the Chechen Interior Ministry": a translated verb with no
# subject, the document's owner after it or before its "’s"; with no owner, the body the
# article named last, as "it said in a statement" is.
_IN_DOCUMENT = re.compile(
    r"in\s+(?:(?:an?|the|its|their)\s+)?(?:(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s\s+)?"
    rf"(?:[a-z]+\s+)?(?:{OWNED_DOCUMENTS})(?:\s+(?:of|by|from)\s+(?P<by>[^,;:]+))?"
)


def _in_document(who: str) -> Speaker | None:
    """Return whose document a subjectless "said in a statement (of X)" quotes."""
    found = _IN_DOCUMENT.fullmatch(who.strip(" ,.—–-"))
    if found is None:
        return None
    owner = found.group("by") or found.group("owner") or ""
    if re.fullmatch(r"[A-Z][a-z]+", owner):
        owner = f"the {owner.lower()}"  # "the Ministry’s statement": the ministry named before
    return parse_who(owner) if owner else Speaker(role="it")


# "“…,” the Romb video project translates Kadyrov's words": whose words, not who passed them on.
_WORDS_OF = re.compile(  # the verb of the words right after the quotation, no other's
    r"(?:(?!\b(?:said|says|told|tells|wrote|writes|added|who|whose|which|that|and)\b)"
    r"[^.!?\n“]){0,80}?"
    rf"\b(?:translate[sd]?|quote[sd]?|cite[sd]?|paraphrase[sd]?)\s+"
    rf"(?P<name>{NAME}(?:\s+{NAME}){{0,2}})[’']s\s+(?:words|remarks|statement|speech|comments?)\b"
)


def _whose_words(after: str) -> Speaker | None:
    found = _WORDS_OF.match(after)
    return Speaker(found.group("name")) if found else None


def _given_name(who: str) -> Speaker | None:
    """Return the name a described speaker goes by ("one of Torto’s soldiers, a 20-something
    who goes by the call sign Maga"), with the description as the role; else None."""
    given = re.fullmatch(
        rf"(?P<role>.+?),?\s+(?:who\s+)?(?:{GIVEN_NAME})\s+[“\"]?(?P<name>{NAME})[”\"]?",
        who.strip(" ,."),
    )
    return Speaker(given["name"], given["role"].strip(" ,")) if given else None


_GIVEN_TO = re.compile(
    r"\b(?:told|telling|tells)\s+(?:the\s+)?(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)",
)
_REPORTED_BY_OUTLET = re.compile(r"\breported\s+(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_GIVEN_TO_RU = re.compile(
    r"(?:заявил|заявила|сказал|сказала|сообщил|сообщила|рассказал|рассказала)\s+«?"
    r"(?P<outlet>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)*)»?"
)


def outlet_in(context: str) -> str:
    for pattern in (_GIVEN_TO, _REPORTED_BY_OUTLET, _GIVEN_TO_RU):
        match = pattern.search(context)
        if match:
            outlet = org_in(match.group("outlet"), outlets=True) or org_in(
                "the " + match.group("outlet"), outlets=True
            )
            if outlet:
                return outlet
    return ""


_GAZETTEERS = {
    id(table): (
        alternation([alias for aliases in table.values() for alias in aliases]),
        {alias: name for name, aliases in table.items() for alias in aliases},
    )
    for table in (lexicon.PLACES, lexicon.ORGANISATIONS)
}


def _mentions(text: str, table: dict[str, list[str]]) -> list[Mention]:
    pattern, name_of = _GAZETTEERS[id(table)]
    return [
        Mention(text=m.group(0), value=name_of[m.group(0)], start=m.start(), end=m.end())
        for m in pattern.finditer(text)
    ]


def extract(article: Article) -> Extraction:
    """Return the quotations (with speakers), figures, dates, places and organisations."""
    # Parses are shared within an article, not kept across articles.
    english.parse.cache_clear()
    syntax.forget_parses()
    # Read in one script a word at a time ("Сoюз" typed with a Latin "o"); what is quoted and
    # counted is cut from the article as written.
    text = one_script(article.text)
    result = Extraction()
    paragraphs = paragraphs_of(text)
    doubles = quote_spans(text)
    singles = single_quote_spans(text, doubles)
    # Parts point at their first part by its offset while the two lists are merged and sorted.
    # A quotation in double marks inside single ones is part of it ("‘… telling them to “get our
    # facts straight” …’"), as single marks inside double ones are.
    merged = [
        (s, e, doubles[p][0] if p is not None else None)
        for n, (s, e, p) in enumerate(doubles)
        if (
            (word_count(text[s:e]) >= 3 and not is_name(text, s, e))
            or p is not None
            or quoted_anyway(text, n, doubles)
        )
        and not any(outer < s and e < end for outer, end, _p in singles)
    ] + [(s, e, singles[p][0] if p is not None else None) for s, e, p in singles]
    merged.sort(key=lambda span: span[0])
    index_of = {s: i for i, (s, _e, _p) in enumerate(merged)}
    spans = [(s, e, index_of.get(p) if p is not None else None) for s, e, p in merged]
    in_russian = russian.is_russian(text)
    spans, forced = dashed_speech(text, *inner_attributions(text, spans), in_russian=in_russian)
    entities = russian_people.in_nominative(text, russian.entities(text)) if in_russian else []
    people = [e for e in entities if e.kind == "PER"]
    # A quotation in several parts: the first part's index, and its last part.
    parts: dict[int, list[int]] = {}
    for number, (_start, _end, part_of) in enumerate(spans):
        parts.setdefault(number if part_of is None else part_of, []).append(number)
    # Named in a headline the page set into the body: no sentence's subject.
    nominative = {
        p.start
        for p in people
        if p.text == p.normal and not offsets.inserted_headline(text, p.start)
    }
    memory = Memory(
        [(p.start, p.normal) for p in people],
        set(re.findall(r"\b[a-zа-яё][\w’'-]*", text)),
        nominative if people else None,
    )
    firsts = [n for n, (_s, _e, part_of) in enumerate(spans) if part_of is None]
    who_is_who = russian_people.People(text, entities) if in_russian else None
    by_syntax: dict[int, Speaker | None] = {}
    by_sentence_before: dict[int, Speaker | None] = {}
    if in_russian:  # English articles never load the syntax models
        windows = [(opening_of(text, spans[n][0]), spans[parts.get(n, [n])[-1]][1]) for n in firsts]
        by_syntax = dict(
            zip(firsts, syntax.attribute(text, windows, paragraphs, people), strict=True)
        )
        # "Глава Чечни добавил, что … . «…»": for a quotation its own sentence names nobody for.
        silent = [n for n in firsts if by_syntax[n] is None]
        by_sentence_before = dict(
            zip(
                silent,
                syntax.continued(
                    text, [(spans[n][0], spans[n][1]) for n in silent], paragraphs, people
                ),
                strict=True,
            )
        )
    else:  # the parse first, the wording patterns and the article's memory after it
        pairs = [(spans[n][:2], spans[parts.get(n, [n])[-1]][:2]) for n in firsts]
        found = english_syntax.attribute(text, pairs, paragraphs)
        by_syntax = dict(zip(firsts, found, strict=True))
    scanned = 0
    speakers: dict[int, Speaker] = {}
    givens: dict[int, str] = {}
    focus: dict[int, list[Speaker]] = {}  # who is in focus where a quotation names nobody
    held: dict[int, Speaker] = {}  # the sentence's agent, where nothing else names anyone
    for number, (start, end, part_of) in enumerate(spans):
        memory.scan(text[scanned:start], scanned)
        scanned = max(scanned, end + 1)
        if part_of is None:
            group = parts.get(number, [number])
            last = spans[group[-1]]
            floor = spans[number - 1][1] + 1 if number else 0
            opened = (opening_of(text, start, 1), end)  # "— …" read as "«…"
            who, context = attribution(text, opened, (last[0], last[1]), paragraphs, floor)
            who = "" if in_russian and russian.only_an_adverb(who) else who  # "Потом добавил:"
            # "— пишет издание со ссылкой на источник": the source spoke, whom the parse of
            # the outlet's clause does not name.
            syntactic = None if re.search(CITING_RU, who) else by_syntax.get(number)
            if number in forced:
                who, context, syntactic = past_an_outlet(forced[number]), forced[number], None
            owned = None if in_russian else owned_saying(text[:start])  # "X's promise of “…”"
            who = who or (owned.label if owned else "")
            in_parenthesis = parenthesised(text, start, people) if in_russian else ""
            parsed = (
                (russian_documents.said_in_document(text, start) if in_russian else None)
                or (Speaker(in_parenthesis) if in_parenthesis else None)
                or _document_author(who, text[:start], people)
                or document_owner(who or (syntactic.role if syntactic else ""), text[:start])
                or (None if in_russian else _whose_words(text[end : end + 200]))
                or owned
                or syntactic
                or (None if in_russian else _in_document(who) or _given_name(who))
                or (_who_in_russian(who, russian.first_of_each_text(people)) if entities else None)
                or (_subject_after_objects(who) if in_russian else None)
                or (_bare_russian_name(who) if in_russian else None)
                or parse_who(who)
            )
            if in_russian and body_again(parsed.role):  # "— отмечала пресс-служба организации"
                parsed = Speaker(role="it")
            # The article's register of who is who decides a role it gave someone (or several).
            settled = (
                who_is_who.settle(parsed, start, who) if who_is_who and (who or syntactic) else None
            )
            if settled is english_syntax.UNNAMED:  # the register said no one: not the outlet
                by_syntax[number] = settled
            speaker = settled or (
                memory.resolve(parsed, text[:start], answering(who, context))
                if who or syntactic
                else Speaker()
            )
            if not speaker.label:
                speaker = neighbours.previous_in_paragraph(number, spans, speakers, paragraphs)
            reported = by_sentence_before.get(number)
            if not speaker.label and reported is not None and number not in forced:
                speaker = memory.resolve(reported, text[:start])
            if not in_russian and not speaker.name and speaker.role:  # "the user has written"
                speaker = (
                    english_apposed.introduced_as(speaker.role, text[:start])
                    or english_apposed.members_of_body(speaker.role, text[:start])
                    or english_apposed.the_one_of_gender(
                        speaker.role, text[:start], memory.people, memory.gender
                    )
                    or speaker
                )
                if body := english_bodies.press_office_body(speaker.role):
                    speaker = Speaker(role=body, affiliation=body)
            if not in_russian and speaker.name:  # "Cherkasov" the memory has not met in full
                full = english_names.fullest(speaker.name, text)
                speaker = Speaker(full, speaker.role, speaker.affiliation)
            if who_is_who is not None:
                said_until = sentence_end(text, last[1], len(text))
                speaker = who_is_who.resolve(speaker, start, said_until)  # "глава Чечни"
                if not speaker.label and offsets.opens_line(text, start):
                    speaker = russian_documents.headline_speaker(text, end, people) or speaker
                if not speaker.label and start < offsets.headline_end(text):
                    speaker = russian_documents.headline_subject(who_is_who, text, start) or speaker
                if not speaker.label:
                    speaker = (
                        who_is_who.interviewee(text, opening_of(text, start))
                        or russian_people.subject_of_sentence(who_is_who, text, start)
                        or speaker
                    )
            if in_russian and (headline := russian_documents.headline_named(text, start, people)):
                speaker = headline  # "Песков: в Кремле «…»"
            if speaker.label == "Я" and number and in_a_turn(text, start):
                # "…», — рассказал Манский.\n\n— Я мягко спросил: «…»": the one telling.
                speaker = speakers.get(number - 1, Speaker())
            if speaker.label.lower() in {*lexicon.PRONOUNS, "i", "я"}:
                speaker = Speaker()  # "Они утверждают", "he said" with no one it could mean, "I"
            if in_russian and re.fullmatch(r"[А-ЯЁ]\w+", speaker.name) and not speaker.role:
                # "Первые полгода в Германии его не покидал страх: «…»": no one.
                speaker = Speaker() if russian.names_no_one(speaker.name) else speaker
            issuer = (
                "" if in_russian else english_unattributed.statement_issuer(text, paragraphs, start)
            )
            if issuer and not who.strip():
                speaker = memory.resolve(parse_who(issuer), text[:start])
                speaker = Speaker() if speaker.label.lower() in lexicon.PRONOUNS else speaker
            if not speaker.label and not in_russian:
                speaker = english_unattributed.around(
                    text, paragraphs, (start, last[1]), who, syntactic is not None, memory
                )
            if not speaker.label and not in_russian:
                focus[number] = [p for p in memory.salient() if p.name][:4]
                paragraph = offsets.paragraph_or(paragraphs, start, (0, len(text)))
                agent, opening = english_holder.holder(text, start, last[1], paragraph)
                if agent:
                    held[number] = memory.resolve(parse_who(agent), text[:opening])
            if (
                speaker.label
                and not speaker.affiliation
                and re.search(r"spokes|press secretary|deputy", speaker.role, re.I)
            ):
                speaker = Speaker(speaker.name, speaker.role, last_org_before(text[:start]))
            memory.remember(speaker)
            speakers[number] = speaker
            givens[number] = outlet_in(context)
        else:
            speakers[number] = speakers.get(part_of, Speaker())
            givens[number] = givens.get(part_of, "")
        speaker = speakers[number]
        stripped_start = start + len(text[start:end]) - len(text[start:end].lstrip())
        # A part that is only spaces (a quotation carried on past a blank line) is empty.
        stripped_end = max(
            stripped_start, end - (len(text[start:end]) - len(text[start:end].rstrip()))
        )
        result.quotes.append(
            Quote(
                text=article.text[stripped_start:stripped_end],
                start=stripped_start,
                end=stripped_end,
                speaker=speaker.label,
                speaker_role=speaker.role if speaker.name else "",
                affiliation=speaker.affiliation,
                given_to=givens[number],
                part_of=part_of,
            )
        )
    if not in_russian:
        english_discourse.same_document(result.quotes, text)
    neighbours.inherit(result.quotes, paragraphs, text)
    neighbours.named_later(result.quotes, paragraphs, text)
    neighbours.first_person(result.quotes, paragraphs, text, people)
    neighbours.headline(result.quotes, paragraphs, text)
    speech_of_focus(result.quotes, focus, paragraphs, text)
    if not in_russian:
        english_discourse.revise(result.quotes, paragraphs, text)
    for number, guess in held.items():
        quote = result.quotes[number]
        unnamed = by_syntax.get(number) is english_syntax.UNNAMED
        if not quote.speaker and not unnamed and guess.label.lower() not in lexicon.PRONOUNS:
            quote.speaker, quote.affiliation = guess.label, guess.affiliation
            quote.speaker_role = guess.role if guess.name else ""
    if not in_russian:
        neighbours.in_narrative(result.quotes, paragraphs, text)
    for quote in result.quotes:
        first = result.quotes[quote.part_of] if quote.part_of is not None else None
        if first is not None and not quote.speaker and first.speaker:
            # A later part goes with its first part, whose speaker may have been found only
            # now, from its neighbours.
            take_speaker(quote, first)
    for quote in result.quotes:
        if not quote.speaker and quote.part_of is None:
            # "an appeal on Amnesty International's site demanding to investigate «…»": with no
            # speech verb, the one organisation of the sentence is the source of the words.
            floor = offsets.paragraph_or(paragraphs, quote.start, (0, 0))[0]  # not a headline
            sentence = text[sentence_start(text, quote.start, floor) : quote.start]
            orgs = {name for pattern, name in body_mentions() if pattern.search(sentence)}
            if len(orgs) == 1 and not _PASSIVE_SPEECH.search(sentence):
                quote.speaker = quote.affiliation = orgs.pop()
    lead = _lead_source(text, paragraphs)
    for quote in result.quotes:
        sentence = text[sentence_start(text, quote.start, 0) : quote.start]
        if lead and not quote.speaker and quote.part_of is None and not _SPEECH.search(sentence):
            # "…отправлены в «секретную тюрьму для геев»" in an article that retells what
            # «Новая газета» reported: words quoted with no speaker are the source's.
            quote.speaker = quote.affiliation = lead
    if not in_russian:  # "I", "my": one person speaks, not a body (whoever found it)
        english_discourse.drop_bodies_speaking_as_one(result.quotes)
    for number, quote in enumerate(result.quotes):
        if (
            by_syntax.get(number if quote.part_of is None else quote.part_of)
            is english_syntax.UNNAMED
        ):
            # "they were told: “…”": no one named said it, whoever reported it or spoke nearby.
            quote.speaker = quote.speaker_role = quote.affiliation = quote.given_to = ""
    offices.name_holders(result.quotes, article.date, text)  # "the Kremlin spokesman": Peskov
    headline_repeats.from_body(result.quotes, paragraphs, text)  # the body's speaker of its words
    headline_repeats.quoted_again(result.quotes)
    close_marks(result.quotes)  # «Комитет против пыток» whole, the label's end cut at »
    result.figures = figure_places.placed(text, figures_in(text, article.date))
    for figure in result.figures:
        figure.text = article.text[figure.start : figure.end]
    result.dates = dates_in(text, article.date)
    result.places = _mentions(text, lexicon.PLACES)
    result.organisations = _mentions(text, lexicon.ORGANISATIONS)
    return result


_SPEECH = re.compile(rf"\b(?:{lexicon.SPEECH_VERBS_EN}|{lexicon.SPEECH_VERBS_RU})\b", re.I)
# "in what was widely described as “…”": words a passive with no agent gives to no one.
_PASSIVE_SPEECH = re.compile(
    rf"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:{lexicon.SPEECH_VERBS_EN})\s+as\s*[“\"‘]?$"
)
_REPORTED_BY = re.compile(
    r"\b(?:сообщает|сообщают|сообщило|сообщила|пишет|передает|передаёт|reports|reported|"
    r"according to)\s+(?P<source>«[^»]+»|\"[^\"]+\"|\S+(?:\s+[A-ZА-ЯЁ][\w.-]*){0,3})"
    r"|(?P<subject>[A-ZА-ЯЁ«\"][^,.;:]{1,40}?)\s+(?:reported|reports|said|says|сообщила|сообщило)\b"
)


def _lead_source(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """Return the outlet or organisation the article's lead says it reports from, if any.

    "В Чечне возобновились преследования геев, сообщает «Новая газета»", "…, Human Rights
    Watch said on Wednesday": the first three paragraphs.
    """
    for start, end in paragraphs[:3]:
        # Not inside a quotation: "“… published by Novaya Gazeta is consistent with the reports”".
        narrative = re.sub(
            r"[“«\"][^”»\"]{40,}[”»\"]", lambda m: " " * len(m.group(0)), text[start:end]
        )
        for match in _REPORTED_BY.finditer(narrative):
            source = match.group("source") or match.group("subject")
            named = org_in(source, outlets=True) or org_in(source)
            if named and (match.group("source") or re.search(r"[»\"\w]$", source)):
                aliases = "|".join(map(re.escape, lexicon.ORGANISATIONS[named]))
                if match.group("source") or re.search(rf"(?:{aliases})[»\"]?$", source):
                    return named
    return ""
