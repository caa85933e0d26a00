"""The session engine: Django's database sessions, with no exact time and no empty rows.

Every reporter POST used to leave a row whose expire_date was exact to the microsecond, and
rows outlived the visit. Here an expiry is rounded up to REFUGE_SUBMISSION_TIME_GRANULARITY, a
session whose data is empty is deleted instead of saved, and `refuge serve` and the
refuge-sessions timer (`refuge clearsessions`) purge expired rows.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends import db

from refuge.core.times import coarse_ceiling


class SessionStore(db.SessionStore):
    def create_model_instance(self, data: dict[str, Any]) -> Any:
        instance = super().create_model_instance(data)
        instance.expire_date = coarse_ceiling(instance.expire_date)
        return instance

    def save(self, must_create: bool = False) -> None:
        # An existing session emptied (receipt shown, report left): delete the row rather than
        # keep it. The cookie keeps a key that no longer loads, which starts a new session.
        if not must_create and self.session_key and not self._get_session():  # type: ignore[attr-defined]
            self.delete()
            return
        super().save(must_create=must_create)
