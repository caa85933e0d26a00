"""Django's SMTP backend, with STARTTLS whenever the server offers it and no host name leak."""

from __future__ import annotations

import smtplib
import ssl
from typing import Any

from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend

from refuge.notify.services import sender_domain

LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class OpportunisticTLSBackend(EmailBackend):
    """Connect; upgrade with STARTTLS when offered (certificate verified); only then log in.

    Certificates are checked against the system's CAs, or REFUGE_EMAIL_CA_FILE for an own
    relay. Port 465 means TLS from the first byte. A password is never sent in clear to a server
    other than this machine's own. EHLO names the sender's domain, not this machine.
    """

    def open(self) -> bool:
        if self.connection:
            return False
        context = ssl.create_default_context(cafile=settings.REFUGE_EMAIL_CA_FILE or None)
        params: dict[str, Any] = {"local_hostname": sender_domain(), "timeout": self.timeout}
        connection: smtplib.SMTP
        if self.port == 465:
            connection = smtplib.SMTP_SSL(self.host, self.port, context=context, **params)
        else:
            connection = smtplib.SMTP(self.host, self.port, **params)
        try:
            connection.ehlo()
            encrypted = self.port == 465
            if not encrypted and connection.has_extn("starttls"):
                connection.starttls(context=context)
                connection.ehlo()
                encrypted = True
            if self.username and self.password:
                if not encrypted and self.host not in LOOPBACK:
                    raise smtplib.SMTPException("the server offers no TLS: password not sent")
                connection.login(self.username, self.password)
        except BaseException:
            connection.close()
            raise
        self.connection = connection
        return True
