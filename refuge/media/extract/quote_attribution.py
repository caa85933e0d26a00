"""Where the words naming a quotation's speaker are: after it ("“…,” she said"), before it
("X said: “…”", "According to X, “…”", "По словам X, «…»") or in the sentence after it; the words
are read by speakers.parse_who. Moved out of speakers.py, which had reached the 600-line limit."""

from __future__ import annotations

import re

from refuge.media import lexicon
from refuge.media.extract.after_quotation import (
    AFTER_ACCORDING_TO,
    AFTER_DASH_NAME,
    AFTER_ON_WHAT,
    AFTER_QUOTED,
    AFTER_VERB_FIRST,
    AFTER_WHO_FIRST,
    goes_on,
    named_alone,
    own_report,
    participle,
    without_asides,
    without_its_clause,
)
from refuge.media.extract.offsets import paragraph_index
from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.russian import part_of_speech
from refuge.media.extract.russian_wording import (
    AFTER_DASH_VERB_RU,
    AS_SAID_RU,
    CITING_RU,
    FROM_WORDS_OF,
    NEXT_SENTENCE_RU,
    NEXT_SUBJECT_RU,
    QUOTES_WORDS_OF_RU,
    STORY_OF_RU,
    VERB_FIRST_RU,
    WORDS_THEN_OUTLET_RU,
    quotes_words_of,
    source_name,
    without_function_words,
)
from refuge.media.extract.spans import past_an_outlet, sentence_end, sentence_start
from refuge.media.extract.speakers import CONJUNCTIONS, Speaker, parse_who
from refuge.media.extract.wording import (
    AS_PUT_IT,
    CLAUSE_SUBJECT_RU,
    HAD_THIS_TO_SAY,
    INTERVIEWEE,
    NAME,
    NEXT_SENTENCE_EN,
    OPENING_ADVERB,
    OPENING_CLAUSE,
    PASSIVE_BY,
    POSITION_OF,
    PSEUDONYM,
    SAID_FIRST,
    SUBORDINATE,
    TOLD_BY_INTERVIEWEE,
    TRAILING_SAID,
    WHO_SAID_FOLLOWING,
    called_back,
    clean_who,
    credited_below,
    gerund_subject,
    is_quoted_name,
    next_sentence_who,
    unquoted_phrases,
    without_opening,
    without_russian_setting,
    without_setting,
)

_SPEECH = lexicon.SPEECH_VERBS_EN + "|" + lexicon.SPEECH_VERBS_RU
# "According to X, “…”", "По словам X, «…»", "По мнению юриста X: «…»"
_ACCORDING_TO = re.compile(
    r"(?:^|[.;,]\s+|\s)(?:according to|in the words of|по (?:словам|мнению|данным|выражению))\s+"
    r"(?P<who>[^,:]+?)\s*[,:]?\s*$",
    re.I,
)
# "По информации газеты, в пабликах пишут, что «…»", "По его словам", "In his view": the
# source named at the sentence's start.
_SOURCE_FIRST = re.compile(
    r"^\s*(?:(?:according to|in the words of|по (?:информации|данным|словам|мнению)) (?P<who>[^,]+)"
    r"|(?:по|in)\s+(?P<pronoun>его|её|ее|их|his|her)\s+(?:словам|мнению|данным|view|opinion)),",
    re.I,
)
_PRONOUN_WORDS = re.compile(r"^по\s+(?P<who>его|её|ее|их)\s+словам\W*$", re.I)
# "The report said": after an article the verb is a noun; "Chance was told the following:": a
# passive's subject listened; "charges over alleged “…”": after a preposition, a word said.
_SUBJECT_VERB = re.compile(
    rf"^(?P<who>.+?)(?<!\bthe)(?<!\bThe)(?<!\ba)(?<!\bA)(?<!\bits)"
    rf"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbeing)(?<!\bis)(?<!\bare)(?<!\bover)(?<!\bof)"
    rf"(?<!\bfor)(?<!\bwith)\s+(?:{_SPEECH})\b(?!\s+(?:for|by)\b)",  # "writes for", "posted by"
    re.I,
)

# "As noted in the Department, unidentified persons … «…»": the body that noted it, with the
# clause it reports between it and the quotation (a rendering of "Как отметили в ведомстве");
# not where the clause has a speech verb of its own ("…, a former detainee told …").
# (not in a relative clause: "the suspect, who said nothing during questioning, was …")
_SPOKE = r"(?<!\bwho\s)(?<!\bwhich\s)\b(?:told|tells|said|says|stated|added|wrote|recalled)\b"
_AS_NOTED_IN = re.compile(
    r"(?:^|[.;]\s+)\s*As\s+(?:noted|reported|stated|said|explained)\s+(?:in|by|at)\s+"
    rf"(?P<who>the\s+[^,:]+?)\s*,(?![^“”«»\"]*{_SPOKE})[^“”«»\"]*$"
)

_QUOTED_NAME = re.compile(r"(?<=\s)[\"“]([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})[\"”](?=\s+[a-z])")
_CHARGE = re.compile(
    r"\b(?:accused of|charged with|convicted of|charges? of|on suspicion of|обвиняют\s+в|"
    r"обвиняемых\s+в|обвиняется\s+в|обвиняются\s+в|по обвинению\s+в|по статье)\s*$",
    re.I,
)


def attribution(
    text: str,
    first: tuple[int, int],
    last: tuple[int, int],
    paragraphs: list[tuple[int, int]],
    floor: int = 0,
) -> tuple[str, str]:
    """Return (words naming the speaker, the words around them) for one quotation; ``floor``
    is the end of the quotation before it: the search never reaches back into it."""
    p_start, _p_end = paragraphs[p_index := paragraph_index(paragraphs, first[0])]
    last_index = paragraph_index(paragraphs, last[1])
    last_paragraph_end = paragraphs[last_index][1]
    quote_text = text[last[0] : last[1]].rstrip().removesuffix("’")  # "as ‘camps,’”: the comma
    after_start = last[1] + 1
    after = text[after_start : sentence_end(text, after_start, last_paragraph_end)]
    lead_in = text[max(p_start, floor) : max(p_start, first[0] - 1)]
    if _CHARGE.search(lead_in):
        # "falsely accused of “aiding illegal armed groups,” Marie Struthers said": the charge
        # is the prosecution's wording, not the words of whoever speaks in the sentence.
        return ("обвинение" if re.search(r"[а-яё]", lead_in) else "prosecution"), lead_in
    # (Not "…monsters?”" closing its paragraph: nothing goes on after it to name anyone.)
    ends_open = quote_text.endswith((",", "?", "!", "—", "…")) and after.strip() != ""
    continues = ends_open or after.lstrip().startswith((",", "—", "–", "- "))
    if not continues:
        after = ""
    # '…," the "Mediazona" writes', 'the HRC "Memorial" reported': a name in quotation marks.
    after = _QUOTED_NAME.sub(r"\1", without_asides(after))
    headline = text[p_start : first[0] - 1].strip() == "" and "\n" not in after
    if headline and (match := AFTER_ON_WHAT.match(text, last[1] + 1, last_paragraph_end)):
        return match.group("who"), ""
    if continues:
        match = (
            AFTER_DASH_NAME.match(after)
            or AFTER_QUOTED[0].match(after)
            or AFTER_QUOTED[1].match(after)
            or AFTER_ACCORDING_TO.match(after)
            or quotes_words_of(after)
        )
        if match and org_in(match.group("who"), outlets=True) != match.group("who").strip('«»" '):
            # "приводит РИА Новости слова пресс-службы": whose words, in the genitive.
            words_of = match.re in {QUOTES_WORDS_OF_RU, WORDS_THEN_OUTLET_RU}
            words_of = words_of and match.group("who")[:1].islower()
            return (source_name(match.group("who")) if words_of else match.group("who")), after
        if (own := own_report(after, lead_in)) is not None:
            return own
        match = AFTER_VERB_FIRST.match(after)
        outlet = match and org_in(match.group("who"), outlets=True) == match.group("who").strip(
            '«»" '
        )
        if outlet and re.search(r"\w", lead_in):
            # "Кадыров сказал: «…», сообщает Meduza": the outlet reporting it, not the speaker;
            # but "«…», — отмечает The Independent" opening its sentence is the paper's own.
            match = None
        if match:
            who = match.group("who")
            rest = after[match.end("who") :]
            named = re.match(r"\s*[“\"«](?P<name>[A-ZА-ЯЁ][^”\"»]{0,40})[”\"»]", rest)
            if named:  # said the Crisis Group “North Caucasus SOS”
                return who + " " + named.group("name"), after
            # "added NDP Immigration, Refugees and Citizenship critic, Jenny Kwan": a role of
            # several commas, then the name in apposition.
            apposed = re.match(
                rf",\s+(?P<more>[^.;:“”\"]{{1,60}}?\s[a-z]+),\s+(?P<name>{NAME}\s+{NAME})\s*(?:[.;]|$)",
                rest,
            )
            if apposed and not org_in(apposed.group("name")):
                return f"{apposed.group('name')}, {who}, {apposed.group('more')}", after
            role = re.match(
                r",\s+((?:the|a|an)\s+[^.;]+|[a-zа-яё][^.;]+|[A-ZА-ЯЁ][\w’'-]+\s+[A-ZА-ЯЁ][\w’'-]+)",
                rest,
            )
            return (who + ", " + role.group(1) if role else who), after
        match = AFTER_WHO_FIRST.match(after)
        gerund = re.match(r"[\s,—–-]*[а-яё]+(?:я|в|вши|вшись)\s[^,—«»]{0,80},", after)
        if match and participle(match):
            match = None  # "…!” speech at a meeting …, saying that …": the sentence's subject
        elif match and goes_on(match):
            # "…, has stopped, but its effects continue, underlines the adopted text": the
            # speech verb then names who follows it.
            inverted = AFTER_VERB_FIRST.match(after[match.end("who") :])
            if inverted:
                return inverted.group("who"), after
            match = None
        if match and match.group("who").split()[0].lower() not in CONJUNCTIONS and not gerund:
            return match.group("who"), after
        match = AFTER_DASH_VERB_RU.match(after)
        if match and org_in(match.group("who"), outlets=True) != match.group("who").strip("«» "):
            return match.group("who"), after
        if alone := named_alone(after):
            return alone, after
    start = sentence_start(text, first[0], max(p_start, floor))
    raw_before = text[start : max(start, first[0] - 1)]
    # Earlier quotations are not the narrative; a short name in quotes («Российской ЛГБТ-сети»,
    # «Новая газета») is.
    before = re.sub(
        r"[“«]([^”»]*)[”»]",
        lambda m: m.group(0) if is_quoted_name(m.group(1)) else "",
        raw_before,
    )
    before = "" if before.strip().rstrip(":") in lexicon.PAGE_LABELS else without_its_clause(before)
    before = re.sub(rf"^\s*{OPENING_ADVERB},?\s+(?=according to\b)", "", before)  # "Instead, …"
    opens_with_verb = re.match(rf"(?:{_SPEECH})\b", text[first[0] : first[1]])
    if before.strip() and opens_with_verb and not _SUBJECT_VERB.search(before):
        # "Елена Милашина из «Новой газеты» — издания, которое … — «сказала, что …»": the
        # quotation carries its own speech verb; who spoke is the subject before it.
        return re.split(r"\s+[—–-]\s+", before.strip())[0], raw_before
    for pattern in (
        SAID_FIRST,
        HAD_THIS_TO_SAY,
        POSITION_OF,
        WHO_SAID_FOLLOWING,
        _ACCORDING_TO,
        AS_SAID_RU,
        VERB_FIRST_RU,
        AS_PUT_IT,
        _AS_NOTED_IN,
        PASSIVE_BY,
    ):
        match = pattern.search(before)
        if match and pattern is AS_SAID_RU and org_in(match.group("who"), outlets=True):
            # "Как сообщает ТАСС, он обратил внимание на то, что «…»": the agency reports it;
            # the subject of the clause after it speaks. ("Как отмечает «Новая газета», «…»"
            # with no clause between is the outlet's own words.)
            subject = CLAUSE_SUBJECT_RU.match(before, match.end())
            if subject:
                return subject.group("who"), raw_before
        if match and pattern is AS_SAID_RU and not re.search(CITING_RU, match.group("who")):
            return past_an_outlet(match.group("who")), raw_before  # "… Радио Свобода мать …"
        if match:
            return match.group("who"), raw_before
    match = _PRONOUN_WORDS.search(before.strip())
    if match:
        return match.group("who"), raw_before
    if TOLD_BY_INTERVIEWEE.search(before):
        interviewee = INTERVIEWEE.search(before)
        return (interviewee.group("who") if interviewee else ""), raw_before
    before = SUBORDINATE.sub("", before)
    # "Власти все отрицают — и говорят, что …; лидер Кадыров говорил, что «…»": the speech verb
    # of the clause the quotation ends is the one that governs it.
    match = _SUBJECT_VERB.search(before[before.rfind(";") + 1 :]) or _SUBJECT_VERB.search(before)
    if (
        match
        and re.match(r"\s+reports?\b", before[match.end("who") :])
        and re.search(
            r"\b(?:its|his|her|their|various|new|latest|recent|several|many|these|those|"
            r"other|media|news|press|earlier|previous|some|such|annual|that)$",
            match.group("who"),
            re.I,
        )
    ):
        # "In its various reports, Veklich continued", "Claiming that reports of the arrests
        # were false, he dismissed": "reports" there is a noun.
        rest = before[match.end("who") :]
        rest = rest[len(rest.split()[0]) + 1 :] if rest.split() else ""
        match = _SUBJECT_VERB.search(re.sub(r"^[\s,]+", "", rest))
    if match and re.search(r"\b(?:was|were|is|are|been|being)\s+\w+ly$", match.group("who")):
        return "", raw_before  # "in what was widely described as “…”": a passive names no one
    if match:
        who = match.group("who")
        verb = match.string[match.end("who") :].split()[0]
        subject = re.match(r"(?:[А-ЯЁ][\w-]+\s+){0,2}[А-ЯЁ][\w-]+(?=\s+[а-яё])", who)
        if verb.rstrip(",").endswith("в") and subject:
            # "Песков отказался комментировать, заявив, что «…»": the gerund's subject is the
            # sentence's.
            who = subject.group(0)
        if verb.strip(",:;.").endswith("ing"):
            who = gerund_subject(who, body_first=verb.endswith("ing"))
        return who, raw_before + " " + after
    match = _SOURCE_FIRST.search(before)
    if match:
        return match.group("who") or match.group("pronoun"), raw_before
    if before.rstrip().endswith(":"):
        # "Из письма матери задержанного: «…»": the owner, a name or a role, in the genitive.
        taken_from = FROM_WORDS_OF.search(before)
        owner = taken_from.group("who") if taken_from else ""
        if owner and not any(part_of_speech(word) == "VERB" for word in owner.split()):
            return (source_name(owner) if owner[:1].islower() else owner), raw_before
        # "Сам Лапунов готов показать тех сотрудников …: «…»": the subject of the sentence.
        runs = re.finditer(r"(?:[A-ZА-ЯЁ][\w’'-]+\s+)*[A-ZА-ЯЁ][\w’'-]+", without_opening(before))
        opener = next(filter(None, (without_function_words(run.group(0)) for run in runs)), "")
        if opener and opener not in lexicon.PLACE_NAMES and opener not in lexicon.PAGE_LABELS:
            return opener, raw_before  # (a place is a headline's topic: "Chechnya purge: ‘…’")
    following_start = last[1] + 1
    closing = NEXT_SUBJECT_RU.match(text, following_start, last_paragraph_end)
    closing = closing or NEXT_SENTENCE_RU.match(text, following_start, last_paragraph_end)
    if closing and not continues:
        return closing.group("who"), closing.group(0)
    story = STORY_OF_RU.match(text, last[1] + 1, last_paragraph_end)
    if story and not continues and not before.strip():
        # "«…» Рассказ Максима Лапунова, …"; "откровения чеченских геев" as "чеченские геи"
        who = story.group("who")
        return (source_name(who) if who[:1].islower() else who), story.group(0)
    opening = first[0] - 1
    if not before.strip() and not continues and text[p_start:opening].strip():
        # "X adds that … persist. “Chechnya remains …”": a quotation opening a sentence goes on
        # from the speech the sentence before reports, if that sentence names who spoke.
        previous_end = len(text[:opening].rstrip())
        tail = text[sentence_start(text, previous_end - 1, p_start) : previous_end]
        # "… Кадыров … отвечал, что «это ерунда». «У нас таких людей нету…»": a phrase of one
        # or two words quoted in the sentence before is its speech, not another quotation.
        tail = unquoted_phrases(tail)
        tail = tail[tail.rfind(":") + 1 :] if ":" in tail[:-1] else tail
        quoted = re.search(r"[“”«»\"]", tail)
        source = None if quoted else _SOURCE_FIRST.search(tail.strip())
        if source:
            # "According to X, the detentions resumed. “…”": the next sentence is X's too.
            return source.group("who") or source.group("pronoun"), tail
        said_at_end = None if quoted else TRAILING_SAID.search(tail.strip())
        if said_at_end:  # "…, Ruslan Kutaev said. “But earlier, …”": his speech goes on
            return said_at_end.group("who"), tail
        match = None if quoted else _SUBJECT_VERB.search(without_setting(tail))
        if match and match.string[match.end("who") :].split()[0].strip(",:;.").endswith("ing"):
            who = gerund_subject(match.group("who"))
            if who != match.group("who"):
                return who, tail
        who = without_russian_setting(match.group("who")) if match else ""
        said = parse_who(who) if match else Speaker()
        # A person by name, or an organisation by its name ("In a new report, Human Rights
        # Watch confirmed the claims."), not "HRW investigators", who may quote others.
        short = match is not None and len(clean_who(who).split()) <= 4
        # Or one person called back by a definite description ("The spokesperson said …").
        known = said.name or said.role == said.affiliation != "" or called_back(who)
        if match and short and known:
            return who, tail
    if not before.strip() and not continues:  # "“…” That is how one survivor described it."
        gap = re.match(r"[\s.,!?…”»\"’']*", text[last[1] : last_paragraph_end])
        closing = NEXT_SENTENCE_EN.match(
            text, last[1] + (gap.end() if gap else 0), last_paragraph_end
        )
        ended = re.search(r"[.!?…]", quote_text[-1:] + (gap.group(0) if gap else ""))
        if ended and closing:
            return next_sentence_who(closing), closing.group(0)
    following = paragraphs[last_index + 1] if last_index + 1 < len(paragraphs) else None
    if following is not None and not before.strip() and not continues:
        # "“…”\n\nThat’s what a spokesperson for … said in response to …": a quotation
        # paragraph whose speaker the next paragraph names.
        whole = not re.sub(r"[\s.,!?…”»\"’']", "", text[last[1] : last_paragraph_end])
        closing = NEXT_SENTENCE_EN.match(text, *following) or NEXT_SENTENCE_RU.match(
            text, *following
        )
        if whole and closing:
            return next_sentence_who(closing), closing.group(0)
        credit = credited_below(text, following) if whole and text[p_start] in '“"' else ""
        if credit:
            return credit, ""
    if not before.strip() and p_index and floor <= p_start:
        # (Not after a quotation of its own paragraph: "“…,” Gregory says. “…”" goes on.)
        ps, pe = paragraphs[p_index - 1]
        whole = not re.sub(r"[\s.,!?…”»\"’']", "", text[last[1] : last_paragraph_end])
        tail = OPENING_CLAUSE.sub("", text[sentence_start(text, pe - 1, ps) : pe])
        if whole and not re.search(r"[“”«»\"]", text[ps:pe]):
            # "Igor Kochetkov said the detentions had resumed.\n\n“We are receiving calls …”":
            # a paragraph that is nothing but a quotation goes on from the speech reported
            # at the end of the paragraph before.
            # Only a person named by name: "Human Rights Watch investigators said …" may
            # introduce someone else's testimony.
            for pattern in (_SOURCE_FIRST, _SUBJECT_VERB):
                match = pattern.search(tail)
                if match and len((match.group("who") or "?").split()) <= 3:
                    person = parse_who(match.group("who"))
                    if person.name and person.name.lower() not in lexicon.PRONOUNS:
                        return match.group("who"), tail
        if whole and not re.search(r"[“”«»\"]", text[ps:pe]):
            # "He was saved …, he said. But that put his life in danger …\n\n“There was only
            # one thing left to do …”": the paragraph before reports one witness's account; the
            # quotation goes on from the last sentence of it that ends with who said it.
            for sentence in reversed(re.split(r"(?<=[.!?])\s+", text[ps:pe].strip())[-3:]):
                closing_said = TRAILING_SAID.search(sentence)
                if closing_said:
                    return closing_said.group("who"), sentence
        pseudonym = PSEUDONYM.search(text[ps:pe])
        if whole and pseudonym:
            # "Первый раз силовики задержали Заура (имя изменено) …\n\n«…»": the witness the
            # account is about speaks the quotation that follows it.
            return pseudonym.group("who"), pseudonym.group(0)
        if text[ps:pe].rstrip().endswith(":"):
            if TOLD_BY_INTERVIEWEE.search(tail):
                interviewee = INTERVIEWEE.search(tail)
                return (interviewee.group("who") if interviewee else ""), tail
            for pattern in (WHO_SAID_FOLLOWING, HAD_THIS_TO_SAY, _SUBJECT_VERB):
                match = pattern.search(tail)
                if match:
                    return match.group("who"), tail
    return "", after
