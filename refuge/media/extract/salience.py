"""The memory's people in order of salience, kept as its lists grow.

``Memory.salient`` is asked once per quotation; its lists gain a mention per quotation, so
reading them whole each time costs the square of a long text's length. They only ever grow
(appended to, never changed), so the order is kept by reading what was added since.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from refuge.media.extract.speakers import Speaker


class Salience:
    def __init__(self, subjects: list[Speaker], people: list[Speaker]) -> None:
        self.lists = (subjects, people)
        self.read = [0, 0]
        # For each list, by (name, role): its latest entry, the latest added last.
        self.latest: tuple[dict[tuple[str, str], Speaker], ...] = ({}, {})

    def order(self) -> list[Speaker]:
        """The latest subject or speaker first, then the others by their latest mention; each
        (name, role) once, as its latest entry."""
        for number, entries in enumerate(self.lists):
            latest = self.latest[number]
            for person in entries[self.read[number] :]:
                latest.pop((person.name, person.role), None)
                latest[(person.name, person.role)] = person
            self.read[number] = len(entries)
        subjects, people = self.latest
        later = (p for key, p in reversed(people.items()) if key not in subjects)
        return [*reversed(subjects.values()), *later]
