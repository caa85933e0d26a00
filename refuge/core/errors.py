"""The one error class whose message is shown to the person who asked.

Services raise a subclass (RecordError, CaseError, FuzzyDateError …) with a message built
through gettext in the active language, with %-placeholders rather than f-strings so that
translators see the whole sentence. Nothing catches these to store their text: a message is
for the screen or the terminal, never for the database (flags are stored as codes).
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An action that cannot be carried out; ``str(error)`` is translated, for the user."""
