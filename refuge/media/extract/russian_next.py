"""Words quoted in narrative whose speaker the NEXT sentence names, read from that sentence's
parse: "В Чечне «разные силы …» пытаются «поколебать мир». Об этом написал на своем канале
в Telegram глава Чечни Рамзан Кадыров.", "… "слов о цепных псах США". Об этом чеченский лидер
написал в своем аккаунте в Instagram.", "«…».\\n\\nТаким образом Песков прокомментировал …".

The next sentence opens by pointing back at what was said ("Об этом", "Так", "Таким образом",
"Такими словами", "Этими словами": the language's closed set of anaphoric openers) and its
main verb reports speech; who spoke is that verb's subject (``nsubj``) in natasha's parse,
wherever the sentence puts it, not the words the wording pattern found after the verb (a
place: "в своем аккаунте в Instagram"). An outlet reporting ("Об этом сообщил «Кавказский
узел»") is no speaker: the answer found before stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from refuge.media.extract.org_aliases import org_in
from refuge.media.extract.parse_tree import Token, Tree
from refuge.media.extract.russian_speech_words import is_speech_verb
from refuge.media.extract.spans import sentence_end, sentence_start
from refuge.media.extract.speakers import Speaker
from refuge.media.extract.syntax import _subject, parse_sentences

if TYPE_CHECKING:
    from refuge.media.extract.russian_people import People

_POINTS_BACK = re.compile(
    r"(?:Об этом|Так|Таким образом,?|Такими словами|Этими словами)\s+(?=[а-яёА-ЯЁ«])"
)
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")
# Past a paragraph break only from a paragraph that is the quotation's sentence alone.
_REACH = 400


def _sentence_after(text: str, said_until: int) -> tuple[int, int] | None:
    """The sentence after ``said_until`` where it opens by pointing back at the words."""
    gap = re.match(r"[ \t]*(?:\n\s*)?", text[said_until : said_until + 20])
    begin = said_until + (gap.end() if gap else 0)
    if not _POINTS_BACK.match(text, begin):
        return None
    return begin, sentence_end(text, begin, min(len(text), begin + _REACH))


def _reports_itself(text: str, start: int, said_until: int) -> bool:
    """Whether the quotation's own sentence has a speech verb outside quotations: that verb's
    subject speaks ("Кадыров заявил, что правозащитники «…»")."""
    # A headline above has no full stop: the sentence starts at its paragraph at the latest.
    begin = max(sentence_start(text, start, max(0, start - _REACH)), text.rfind("\n", 0, start))
    narrative = _QUOTED.sub(" ", text[begin:said_until])
    return any(is_speech_verb(word) for word in re.findall(r"[а-яё]+", narrative))


def said_next(people: People, speaker: Speaker, start: int, said_until: int) -> Speaker | None:
    """The speaker the next sentence's parse names for the quotation opening at ``start``,
    where the quotation's own sentence names nobody: its speaker is unknown, or the wording
    pattern read it out of that next sentence; else None."""
    text = people.text
    found = _sentence_after(text, said_until)
    if found is None:
        return None
    begin, end = found
    if speaker.label and speaker.label not in text[begin:end]:
        return None  # the speaker was found elsewhere
    if _reports_itself(text, start, said_until):
        return None
    sentences = [s for s in parse_sentences(text, [(begin, end)], []) if s]
    if not sentences:
        return None
    tree = Tree(sentences[0], [], is_speech_verb)
    root = next((t for t in tree.tokens if t.head == 0), None)
    if root is None or not is_speech_verb(root.text):
        return None
    if not tree.children(root, "nsubj"):
        return None  # "Об этом сообщили в МВД": the patterns read the body
    if any(t.text.lower() in {"не", "ни"} for t in tree.children(root)):
        return None  # "Об этом никто не заявил": nobody said it
    if _says_its_own(tree, root):
        # Not the words the wording pattern found after the verb either ("журналистам,
        # назвав обвинения клеветой"): nobody is named as having said them.
        return Speaker()
    subject = _subject(text, tree, root, people.entities)
    if subject is None or not subject.label or org_in(subject.label, outlets=True):
        return None
    return subject


def _says_its_own(tree: Tree, root: Token) -> bool:
    """Whether the pointing-back sentence's verb has words of its own: a "что" clause ("Об
    этом Алханов заявил, что это «ложь»") or a gerund of speech with its own object ("…
    заявил журналистам, назвав обвинения клеветой"). It then comments on what was said, as
    often to deny it, and does not report it: a minister denying what detainees went
    through must not be given their words. A gerund adding a "что" clause ("…, добавив,
    что …") does not make the report a comment."""
    if tree.children(root, "ccomp"):
        return True
    return any(
        is_speech_verb(t.text) and tree.children(t, "obj") for t in tree.children(root, "advcl")
    )
