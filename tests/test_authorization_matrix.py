"""The authorization matrix: every URL the project defines × GET and POST × seven personas.

The URL list comes from the URL configuration, and every view name must have a row in
``EXPECTED``: a new URL without a decision about who may reach it fails this test.
Each request runs inside a savepoint that is rolled back, so one persona's POST never changes
what the next persona sees.
"""

from __future__ import annotations

import copy
import uuid
from pathlib import Path

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from refuge.accounts.models import Role
from refuge.cases.models import Case, Stage
from refuge.findings.models import LinkReview
from refuge.intake.models import Attachment, Question, Report
from refuge.partners.models import ReceivedPackage
from refuge.partners.package import key_file_write
from refuge.partners.services import partner_add
from refuge.record.models import Person
from tests.conftest import CsrfClient, make_recovery_key, partner_keys, signed_in_client
from tests.hotline_helpers import receipt_from, submit_report, upload
from tests.urlmap import all_view_names

pytestmark = pytest.mark.django_db

PERSONAS = (
    "anonymous",
    "reporter",
    "administrator",
    "coordinator",
    "assigned",
    "unassigned",
    "analyst",
)


@pytest.fixture
def world(persona_factory, questionnaire, stages, tmp_path: Path):
    from refuge.accounts.services import staff_keypair_unlock
    from refuge.media.services import article_ingest
    from refuge.record import services as record

    make_recovery_key()
    people = {
        "administrator": persona_factory("alice", Role.ADMINISTRATOR),
        "coordinator": persona_factory("cora", Role.COORDINATOR),
        "assigned": persona_factory("bob", Role.CASEWORKER, rota=True),
        "unassigned": persona_factory("charlie", Role.CASEWORKER),
        "analyst": persona_factory("dana", Role.ANALYST),
    }
    target = persona_factory("erin", Role.CASEWORKER)
    reporter = CsrfClient()
    receipt = receipt_from(
        submit_report(reporter, account="Detained in Argun.", files=[upload("a.txt", b"a")])
    )
    reporter = CsrfClient()
    reporter.post(reverse("intake:return"), {"receipt": receipt})
    report = Report.objects.get()
    bob = signed_in_client(people["assigned"])
    bob.post(reverse("cases:open_from_report", args=[report.pk]))
    case = Case.objects.get()

    dana = people["analyst"]
    key = record.record_key_for(
        user=dana.user, keypair=staff_keypair_unlock(user=dana.user, password=dana.password)
    )
    imported = record.partner_list_import(
        actor=dana.user,
        key=key,
        text="name,act_type,date,place\nAlvi Karimov,detention,2017-03,Argun\n"
        "Alvi Karimov,detention,2017-03,Argun\n",
        source_title="List A",
    )
    assert imported.errors == []
    left, right = Person.objects.all()[:2]
    review = LinkReview.objects.create(left=left, right=right, probability=0.5)
    article_file = tmp_path / "article.txt"
    article_file.write_text("Headline\n\n date 2017-04-01\n\nPolice detained men in Argun.\n")
    article, _ = article_ingest(path=article_file)

    partner = partner_add(actor=None, name="Shelter", key_file=key_file_write(partner_keys()))
    received = ReceivedPackage.objects.create(
        id=uuid.uuid4(), kind="referral", partner=partner, received_at=timezone.now(), case=case
    )

    clients = {name: signed_in_client(persona) for name, persona in people.items()}
    clients["anonymous"] = CsrfClient()
    clients["reporter"] = reporter
    samples = {
        "user_id": target.user.pk,
        "action": "reset-two-factor",
        "report_id": report.pk,
        "attachment_id": Attachment.objects.get().pk,
        "question_id": Question.objects.first().pk,
        "case_id": case.pk,
        "name": "note",
        "stage_id": Stage.objects.first().pk,
        "article_id": article.pk,
        "fmt": "csv",
        "review_id": review.pk,
        "team": "intake",
        "partner_id": partner.pk,
        "package_id": received.pk,
    }
    return clients, samples


# One row per view; one GET/POST cell per persona, in PERSONAS order. "IN" is a redirect to
# the sign-in page; 302 elsewhere is the view's own answer (a form redirecting after a POST,
# the hotline pages sending a visitor without a receipt back to the start). An empty POST is
# sent, so 200 on POST means the form came back with its errors. The report is in Bob's case,
# so the inbox no longer reaches it: the case does.
#                        anonymous reporter admin  coordinator assigned unassigned analyst
EXPECTED_TABLE = """
site:home                IN/IN    IN/IN    200/405  200/405  200/405  200/405  200/405
site:search              IN/IN    IN/IN    200/405  200/405  200/405  200/405  200/405
core:healthz             200/405  200/405  200/405  200/405  200/405  200/405  200/405
accounts:login           200/200  200/200  200/200  200/200  200/200  200/200  200/200
accounts:logout          IN/IN    IN/IN    405/IN   405/IN   405/IN   405/IN   405/IN
accounts:password_first  IN/IN    IN/IN    302/302  302/302  302/302  302/302  302/302
accounts:password_change IN/IN    IN/IN    200/200  200/200  200/200  200/200  200/200
accounts:totp_enrol      IN/IN    IN/IN    302/302  302/302  302/302  302/302  302/302
accounts:totp_verify     IN/IN    IN/IN    200/200  200/200  200/200  200/200  200/200
accounts:backup_codes    IN/IN    IN/IN    200/200  200/200  200/200  200/200  200/200
accounts:reauth          IN/IN    IN/IN    200/200  200/200  200/200  200/200  200/200
accounts:staff_list      IN/IN    IN/IN    200/200  403/403  403/403  403/403  403/403
accounts:staff_create    IN/IN    IN/IN    200/200  403/403  403/403  403/403  403/403
accounts:staff_detail    IN/IN    IN/IN    200/200  403/403  403/403  403/403  403/403
accounts:staff_action    IN/IN    IN/IN    200/302  403/403  403/403  403/403  403/403
accounts:staff_notifications IN/IN IN/IN 200/200  403/403  403/403  403/403  403/403
accounts:teams           IN/IN    IN/IN    200/405  200/405  200/405  200/405  200/405
accounts:team_grant      IN/IN    IN/IN    405/302  405/302  405/302  405/302  405/302
accounts:team_revoke     IN/IN    IN/IN    405/302  405/404  405/302  405/404  405/404
audit:log                IN/IN    IN/IN    200/200  403/403  403/403  403/403  403/403
intake:landing           200/405  200/405  200/405  200/405  200/405  200/405  200/405
intake:about             200/405  200/405  200/405  200/405  200/405  200/405  200/405
intake:new               200/302  200/302  200/302  200/302  200/302  200/302  200/302
intake:sent              302/405  302/405  302/405  302/405  302/405  302/405  302/405
intake:return            200/302  200/302  200/302  200/302  200/302  200/302  200/302
intake:thread            302/302  200/302  302/302  302/302  302/302  302/302  302/302
intake:leave             405/302  405/302  405/302  405/302  405/302  405/302  405/302
intake:exit              302/405  302/405  302/405  302/405  302/405  302/405  302/405
intake:inbox             IN/IN    IN/IN    200/405  200/405  200/405  200/405  403/403
intake:questions         IN/IN    IN/IN    200/405  403/403  403/403  403/403  403/403
intake:question_new      IN/IN    IN/IN    200/200  403/403  403/403  403/403  403/403
intake:question_edit     IN/IN    IN/IN    200/200  403/403  403/403  403/403  403/403
intake:question_languages IN/IN   IN/IN    200/200  403/403  403/403  403/403  403/403
intake:record            IN/IN    IN/IN    404/404  404/404  200/200  404/404  404/404
intake:report_detail     IN/IN    IN/IN    404/405  404/405  404/405  404/405  403/403
intake:report_reply      IN/IN    IN/IN    405/404  405/404  405/404  405/404  403/403
intake:attachment        IN/IN    IN/IN    404/405  404/405  404/405  404/405  403/403
cases:queue              IN/IN    IN/IN    404/404  200/405  200/405  200/405  404/404
cases:stages             IN/IN    IN/IN    200/405  403/403  403/403  403/403  403/403
cases:stage_new          IN/IN    IN/IN    200/200  403/403  403/403  403/403  403/403
cases:stage_edit         IN/IN    IN/IN    200/200  403/403  403/403  403/403  403/403
cases:open_from_report   IN/IN    IN/IN    404/404  404/404  404/404  404/404  404/404
cases:detail             IN/IN    IN/IN    404/404  200/405  200/405  404/405  404/404
cases:messages           IN/IN    IN/IN    404/404  200/405  200/405  404/405  404/404
cases:plan               IN/IN    IN/IN    404/404  200/405  200/405  404/405  404/404
cases:consent            IN/IN    IN/IN    404/404  200/405  200/405  404/405  404/404
cases:history            IN/IN    IN/IN    404/404  200/405  200/405  404/405  404/404
cases:confirm            IN/IN    IN/IN    404/404  404/405  404/405  404/405  404/404
cases:delete             IN/IN    IN/IN    404/404  200/302  404/404  404/404  404/404
cases:attachment         IN/IN    IN/IN    404/404  200/405  200/405  404/405  404/404
cases:action             IN/IN    IN/IN    404/404  405/302  405/302  405/404  404/404
media:ledger             IN/IN    IN/IN    200/405  200/405  200/405  200/405  200/405
media:article            IN/IN    IN/IN    200/405  200/405  200/405  200/405  200/405
media:upload             IN/IN    IN/IN    403/403  405/302  403/403  403/403  405/302
media:review             IN/IN    IN/IN    403/403  405/302  403/403  403/403  405/302
media:delete             IN/IN    IN/IN    403/403  200/302  403/403  403/403  200/302
record:home              IN/IN    IN/IN    404/404  200/405  404/404  404/404  200/405
record:export            IN/IN    IN/IN    404/404  200/405  404/404  404/404  200/405
record:import            IN/IN    IN/IN    404/404  405/302  404/404  404/404  405/302
record:act_new           IN/IN    IN/IN    404/404  405/302  404/404  404/404  405/302
record:evidence_new      IN/IN    IN/IN    404/404  405/302  404/404  404/404  405/302
record:evidence_capture  IN/IN    IN/IN    404/404  405/302  404/404  404/404  405/302
record:evidence_package  IN/IN    IN/IN    404/404  405/200  404/404  404/404  405/200
record:from_case         IN/IN    IN/IN    404/404  200/302  404/404  404/404  404/404
record:signing_key       IN/IN    IN/IN    200/405  200/405  200/405  200/405  200/405
record:attachment_to_evidence IN/IN IN/IN  404/404  200/302  404/404  404/404  404/404
findings:page            IN/IN    IN/IN    404/404  200/405  404/404  404/404  200/405
findings:relink          IN/IN    IN/IN    404/404  405/302  404/404  404/404  405/302
findings:review          IN/IN    IN/IN    404/404  405/302  404/404  404/404  405/302
partners:list            IN/IN    IN/IN    200/200  200/200  404/404  404/404  404/404
partners:verify          IN/IN    IN/IN    405/302  405/302  404/404  404/404  404/404
partners:refer           IN/IN    IN/IN    404/404  200/405  404/404  404/404  404/404
partners:refer_consent   IN/IN    IN/IN    404/404  405/200  404/404  404/404  404/404
partners:refer_write     IN/IN    IN/IN    404/404  405/200  404/404  404/404  404/404
partners:import          IN/IN    IN/IN    404/404  200/200  404/404  404/404  404/404
partners:status          IN/IN    IN/IN    404/404  405/302  404/404  404/404  404/404
set_language             302/302  302/302  302/302  302/302  302/302  302/302  302/302
"""

# Where a persona gets 404 for a real object, a made-up id must give the same answer: the
# status code is no oracle for what exists.
FORGED = {
    "report_id": "00000000-0000-4000-8000-00000000dead",
    "attachment_id": "00000000-0000-4000-8000-00000000beef",
    "case_id": "00000000-0000-4000-8000-00000000cafe",
    "review_id": 987654,
    "partner_id": 987654,
    "package_id": "00000000-0000-4000-8000-00000000f00d",
}


def expected() -> dict[tuple[str, str, str], str]:
    table = {}
    for line in EXPECTED_TABLE.strip().splitlines():
        name, *cells = line.split()
        assert len(cells) == len(PERSONAS), line
        for persona, cell in zip(PERSONAS, cells, strict=True):
            table[(name, persona, "GET")], table[(name, persona, "POST")] = cell.split("/")
    return table


def _outcome(response) -> str:
    status = response.status_code
    if status == 302 and response["Location"].startswith(reverse("accounts:login")):
        return "IN"
    return str(status)


def observe(clients, samples, names) -> dict[tuple[str, str, str], str]:
    seen = {}
    for name, args in names:
        url = reverse(name, kwargs={arg: samples[arg] for arg in args})
        for persona in PERSONAS:
            client = clients[persona]
            for method in ("GET", "POST"):
                cookies = copy.deepcopy(client.cookies)  # signing out must not stick either
                with transaction.atomic():
                    response = client.get(url) if method == "GET" else client.post(url, {})
                    transaction.set_rollback(True)
                client.cookies = cookies
                seen[(name, persona, method)] = _outcome(response)
    return seen


def _differences(seen, wanted) -> list[str]:
    return [
        f"{name} {persona} {method}: expected {wanted[key]}, got {seen[key]}"
        for key in seen
        for name, persona, method in [key]
        if seen[key] != wanted.get(key)
    ]


def test_every_url_method_and_persona_gets_the_expected_answer(world) -> None:
    clients, samples = world
    names = all_view_names()
    wanted = expected()
    assert {name for name, _ in names} == {name for name, _, _ in wanted}, (
        "every view needs a row in EXPECTED_TABLE, and every row a view"
    )
    assert _differences(observe(clients, samples, names), wanted) == []


def test_made_up_ids_get_the_same_answer_as_forbidden_ones(world) -> None:
    clients, samples = world
    wanted = expected()
    with_ids = [(name, args) for name, args in all_view_names() if set(args) & set(FORGED)]
    assert len(with_ids) >= 8
    seen = observe(clients, {**samples, **FORGED}, with_ids)
    denied = {key: code for key, code in wanted.items() if code in {"404", "403", "IN"}}
    assert _differences({k: v for k, v in seen.items() if k in denied}, denied) == []
