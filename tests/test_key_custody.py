"""Key custody over the life of an organisation: teams, the key directory, k-of-n recovery.

Personas: Alice is the founding administrator, Cora a coordinator, Bob a caseworker on the
intake team assigned to a case, Erin a caseworker who joins later, Dana an analyst. Each test
goes through the HTTP pages or the `refuge` commands, as staff would.
"""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from refuge import crypto
from refuge.accounts import services as accounts
from refuge.accounts.models import Role, User
from refuge.cases.models import Case
from refuge.crypto.contexts import associated_data
from refuge.intake.models import Report, SealedReportKey
from refuge.keys import custody, directory
from refuge.keys.models import Membership, RecoveryKey, StaffKey, Team, TeamKey
from refuge.keys.recovery import RecoveryError, combine, split
from tests.conftest import (
    CRYPTO_FAILURE,
    CsrfClient,
    Persona,
    create_persona,
    make_recovery_key,
    signed_in_client,
)
from tests.hotline_helpers import submit_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def org(persona_factory, questionnaire, stages):
    recovery = make_recovery_key()
    return {
        "recovery": recovery,
        "alice": persona_factory("alice", Role.ADMINISTRATOR, teams=list(Team.values)),
        "cora": persona_factory("cora", Role.COORDINATOR, rota=True),
        "bob": persona_factory("bob", Role.CASEWORKER, rota=True),
        "erin": persona_factory("erin", Role.CASEWORKER, teams=[]),
        "dana": persona_factory("dana", Role.ANALYST),
    }


def _submit(account: str) -> Report:
    before = set(Report.objects.values_list("pk", flat=True))
    response = submit_report(CsrfClient(), account=account)
    assert response.status_code == 200
    (new,) = set(Report.objects.values_list("pk", flat=True)) - before
    return Report.objects.get(pk=new)


def _detail(report: Report) -> str:
    return reverse("intake:report_detail", args=[report.pk])


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


# --- Bootstrap: reports before the first sign-in reach the founding account ---


def test_a_report_sent_before_anyone_signs_in_is_read_at_the_first_sign_in(
    settings, questionnaire
) -> None:
    call_command("setup", "--no-static", stdout=io.StringIO())
    written = settings.REFUGE_FIRST_RUN_SECRETS_FILE.read_text()
    one_time = written.split("one-time password: ")[1].split()[0]
    report = _submit("Sent minutes after make run, before anyone signed in.")

    admin = CsrfClient()
    signed = admin.post(reverse("accounts:login"), {"username": "admin", "password": one_time})
    assert signed.url == reverse("accounts:password_first")
    new = "the founder's own long passphrase"
    admin.post(reverse("accounts:password_first"), {"new_password1": new, "new_password2": new})
    founder = User.objects.get(username="admin")
    assert sorted(custody.teams_of(user=founder)) == sorted(Team.values)
    # The one-time password no longer opens anything: the founder was re-keyed.
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        custody.staff_key_unlock(user=founder, password=one_time)
    persona = Persona(user=founder, password=new, totp_secret="")
    page = signed_in_client(persona).get(_detail(report)).content.decode()
    assert "before anyone signed in" in page


def test_secrets_reach_only_a_terminal_or_a_private_file(settings) -> None:
    out = io.StringIO()
    call_command("recovery", "init", "--shares", "3", "--threshold", "2", stdout=out)
    text = out.getvalue()
    assert "RS1-" not in text and str(settings.REFUGE_FIRST_RUN_SECRETS_FILE) in text
    assert settings.REFUGE_FIRST_RUN_SECRETS_FILE.stat().st_mode & 0o777 == 0o600
    assert settings.REFUGE_FIRST_RUN_SECRETS_FILE.read_text().count("RS1-") == 3


# --- Joining reads the past; leaving loses it ---


def test_a_caseworker_granted_intake_later_reads_reports_sent_before(org, monkeypatch) -> None:
    earlier = _submit("Sent before Erin joined the intake team.")
    erin = signed_in_client(org["erin"])
    assert erin.get(_detail(earlier)).status_code == 404

    _stdin(monkeypatch, org["bob"].password + "\n")
    out = io.StringIO()
    call_command("teams", "grant", "intake", "erin", "--by", "bob", stdout=out)
    assert "erin now holds" in out.getvalue()
    assert (
        "before Erin joined" in signed_in_client(org["erin"]).get(_detail(earlier)).content.decode()
    )


def test_granting_on_the_teams_page_needs_a_member_with_an_unlocked_key(org) -> None:
    earlier = _submit("Sent before the web grant.")
    page = reverse("accounts:team_grant", args=["intake"])
    # Dana is no member of intake (analysts may not be): she has nothing to give.
    dana = signed_in_client(org["dana"])
    dana.post(page, {"username": "erin"})
    assert not custody.is_member(user=org["erin"].user, team=Team.INTAKE)
    # An administrator who is not a member has nothing to give either.
    signed_in_client(create_persona("adam", Role.ADMINISTRATOR)).post(page, {"username": "erin"})
    assert not custody.is_member(user=org["erin"].user, team=Team.INTAKE)

    cora = signed_in_client(org["cora"])
    listing = cora.get(reverse("accounts:teams")).content.decode()
    assert "erin" in listing
    assert directory.fingerprint(bytes(org["cora"].user.staff_key.public_key)) in listing
    cora.post(page, {"username": "erin"})
    assert signed_in_client(org["erin"]).get(_detail(earlier)).status_code == 200


def test_revoking_withdraws_everything_and_rotates_the_team_key(org, monkeypatch) -> None:
    report = _submit("Bob could read this until he left.")
    bob = signed_in_client(org["bob"])
    assert bob.get(_detail(report)).status_code == 200
    before = TeamKey.objects.get(team=Team.INTAKE, retired_at__isnull=True)

    call_command("teams", "revoke", "intake", "bob", stdout=io.StringIO())
    assert signed_in_client(org["bob"]).get(_detail(report)).status_code == 404
    assert (
        signed_in_client(org["bob"])
        .get(reverse("intake:inbox"))
        .content.decode()
        .count(report.short_id)
        == 0
    )
    after = TeamKey.objects.get(team=Team.INTAKE, retired_at__isnull=True)
    assert after.generation == before.generation + 1

    later = _submit("Sent after Bob left.")
    copy = SealedReportKey.objects.get(report=later, holder="team")
    assert copy.team_key == after
    assert not Membership.objects.filter(user=org["bob"].user).filter(team_key=after).exists()
    # The members who stay read both, old and new.
    cora = signed_in_client(org["cora"])
    assert cora.get(_detail(report)).status_code == cora.get(_detail(later)).status_code == 200
    # And Bob's own private key opens nothing sealed after he left.
    keypair = custody.staff_key_unlock(user=org["bob"].user, password=org["bob"].password)
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.unseal(keypair, bytes(copy.sealed))


def test_revoking_ends_the_members_sessions(org) -> None:
    bob = signed_in_client(org["bob"])
    assert bob.get(reverse("intake:inbox")).status_code == 200
    call_command("teams", "revoke", "intake", "bob", stdout=io.StringIO())
    assert bob.get(reverse("intake:inbox")).status_code == 302


# --- A case takes its reports out of the intake team ---


def _open_case(org) -> tuple[Case, Report]:
    report = _submit("Detained in Argun; this goes into a case.")
    cora = signed_in_client(org["cora"])
    cora.post(reverse("cases:open_from_report", args=[report.pk]))
    return Case.objects.get(), report


def test_an_intake_member_not_assigned_to_a_case_gets_404_on_its_reports(org) -> None:
    case, report = _open_case(org)
    bob = signed_in_client(org["bob"])
    assert bob.get(_detail(report)).status_code == 404
    reply = bob.post(reverse("intake:report_reply", args=[report.pk]), {"body": "hello"})
    assert reply.status_code == 404
    assert bob.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert not SealedReportKey.objects.filter(report=report, holder__in=["team", "staff"]).exists()
    # Cora reaches the case (and its report) through the coordinators team.
    page = signed_in_client(org["cora"]).get(reverse("cases:detail", args=[case.pk]))
    assert "Detained in Argun" in page.content.decode()


def test_a_coordinator_made_caseworker_loses_every_case_not_assigned(org) -> None:
    case, _report = _open_case(org)
    detail = reverse("cases:detail", args=[case.pk])
    assert signed_in_client(org["cora"]).get(detail).status_code == 200
    call_command("users", "set-role", "cora", "caseworker", stdout=io.StringIO())
    assert signed_in_client(org["cora"]).get(detail).status_code == 404
    assert Team.COORDINATORS not in custody.teams_of(user=org["cora"].user)
    assert Team.RECORD not in custody.teams_of(user=org["cora"].user)
    assert Team.INTAKE in custody.teams_of(user=org["cora"].user)


def test_a_caseworker_made_analyst_leaves_intake(org) -> None:
    call_command("users", "set-role", "bob", "analyst", stdout=io.StringIO())
    assert custody.teams_of(user=org["bob"].user) == []
    report = _submit("Not for analysts.")
    assert not SealedReportKey.objects.filter(report=report, staff_key__user=org["bob"].user)
    assert signed_in_client(org["bob"]).get(_detail(report)).status_code in {403, 404}


# --- The authenticated key directory ---


def test_the_directory_is_intact_after_ordinary_use(org) -> None:
    _submit("ordinary")
    out = io.StringIO()
    call_command("keys", "check", stdout=out)
    assert "intact" in out.getvalue()


def _check_fails_naming(capsys, *words: str) -> None:
    with pytest.raises(SystemExit, match=r"^1$") as exited:
        call_command("keys", "check")
    assert exited.value.code == 1
    err = capsys.readouterr().err
    for word in words:
        assert word in err


def test_a_recovery_key_written_into_the_database_is_named_and_refuses_reports(org, capsys) -> None:
    rogue = crypto.generate_keypair()
    RecoveryKey.objects.create(public_key=rogue.public_key, mac="0" * 64)
    _check_fails_naming(capsys, "recovery key", "MAC does not match")
    response = submit_report(CsrfClient(), account="must not be sealed to the rogue key")
    assert "cannot be accepted right now" in response.content.decode()
    assert not Report.objects.exists()


def test_a_recovery_key_with_a_forged_mac_still_differs_from_the_pin(org, capsys) -> None:
    row = RecoveryKey.objects.get()
    row.public_key = crypto.generate_keypair().public_key
    row.mac = directory.recovery_key_mac(row)  # as if the server key had leaked
    row.save()
    _check_fails_naming(capsys, "differs from the pinned key")
    submit_report(CsrfClient(), account="refused")
    assert not Report.objects.exists()


def test_a_staff_public_key_swapped_in_the_database_is_named_and_never_sealed_to(
    org, capsys
) -> None:
    rogue = crypto.generate_keypair()
    StaffKey.objects.filter(user=org["erin"].user).update(public_key=rogue.public_key)
    _check_fails_naming(capsys, "staff key", "erin")
    cora = org["cora"]
    keypair = custody.staff_key_unlock(user=cora.user, password=cora.password)
    with pytest.raises(directory.KeyDirectoryError, match="fails its check"):
        custody.membership_grant(
            team=Team.INTAKE, user=org["erin"].user, granter=cora.user, granter_keypair=keypair
        )
    assert not Membership.objects.filter(user=org["erin"].user).exists()


def test_a_membership_written_into_the_database_is_named_and_opens_nothing(org, capsys) -> None:
    report = _submit("Erin must not read this.")
    team_key = TeamKey.objects.get(team=Team.INTAKE, retired_at__isnull=True)
    erin = org["erin"].user
    Membership.objects.create(
        team_key=team_key,
        staff_key=erin.staff_key,
        user=erin,
        sealed_private_key=crypto.seal(bytes(erin.staff_key.public_key), crypto.random_key()),
        mac="f" * 64,
    )
    _check_fails_naming(capsys, "membership", "erin in intake")
    page = signed_in_client(org["erin"]).get(_detail(report))
    assert page.status_code == 404
    # Reports still go to the real team key, which the rogue row does not change.
    later = _submit("still sealed to the authenticated team key")
    assert SealedReportKey.objects.get(report=later, holder="team").team_key == team_key


def test_a_team_key_generation_written_into_the_database_refuses_reports(org, capsys) -> None:
    current = TeamKey.objects.get(team=Team.INTAKE, retired_at__isnull=True)
    TeamKey.objects.filter(pk=current.pk).update(retired_at=current.created_at)
    TeamKey.objects.create(
        team=Team.INTAKE,
        generation=current.generation + 1,
        public_key=crypto.generate_keypair().public_key,
        mac="0" * 64,
    )
    _check_fails_naming(capsys, "team key", "intake")
    submit_report(CsrfClient(), account="refused, not sealed to the attacker")
    assert not Report.objects.exists()


# --- Staff keys: the pepper, rotation ---


def test_a_database_alone_allows_no_offline_guessing_of_staff_passwords(org) -> None:
    row = StaffKey.objects.get(user=org["bob"].user)
    cost = crypto.KdfCost(opslimit=row.opslimit, memlimit=row.memlimit)
    # The right password, but without the server's pepper: the wrapped key does not open.
    guess = crypto.derive_key_from_secret(org["bob"].password, bytes(row.salt), cost)
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.decrypt(
            guess,
            bytes(row.wrapped_private_key),
            associated_data=associated_data("keys.staff-key", user=org["bob"].user.pk),
        )
    assert custody.staff_key_unlock(user=org["bob"].user, password=org["bob"].password)


def test_rotating_a_persons_key_keeps_their_access_and_retires_the_old_key(
    org, monkeypatch
) -> None:
    report = _submit("Still readable after the rotation of the key of Bob.")
    old = custody.staff_key_unlock(user=org["bob"].user, password=org["bob"].password)
    _stdin(monkeypatch, org["bob"].password + "\n")
    call_command("keys", "rotate", "bob", stdout=io.StringIO())
    new = custody.staff_key_unlock(user=org["bob"].user, password=org["bob"].password)
    assert new.public_key != old.public_key
    assert (
        "after the rotation" in signed_in_client(org["bob"]).get(_detail(report)).content.decode()
    )
    membership = Membership.objects.filter(user=org["bob"].user).first()
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.unseal(old, bytes(membership.sealed_private_key))


def test_a_password_change_rekeys_so_an_old_password_opens_nothing_new(org) -> None:
    bob = org["bob"]
    old = custody.staff_key_unlock(user=bob.user, password=bob.password)
    accounts.user_change_password(
        user=bob.user, new_password="bob's next passphrase", old_password=bob.password
    )
    membership = Membership.objects.filter(user=bob.user).first()
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.unseal(old, bytes(membership.sealed_private_key))


# --- Administrators manage accounts, not content ---


def test_resetting_an_analysts_password_then_granting_record_again_keeps_findings(
    org, monkeypatch
) -> None:
    dana = org["dana"]
    assert signed_in_client(dana).get(reverse("findings:page")).status_code == 200
    accounts.user_reset_password(actor=org["alice"].user, user=dana.user)
    accounts.user_change_password(user=dana.user, new_password="dana's new passphrase")
    dana.password = "dana's new passphrase"
    assert signed_in_client(dana).get(reverse("findings:page")).status_code == 404
    _stdin(monkeypatch, org["cora"].password + "\n")
    call_command("teams", "grant", "record", "dana", "--by", "cora", stdout=io.StringIO())
    client = signed_in_client(dana)
    assert client.get(reverse("findings:page")).status_code == 200
    assert client.get(reverse("record:home")).status_code == 200


def test_a_two_factor_reset_of_a_team_member_needs_another_member(org, monkeypatch) -> None:
    adam = create_persona("adam", Role.ADMINISTRATOR).user
    with pytest.raises(accounts.AccountError, match="another member"):
        accounts.user_reset_two_factor(actor=adam, user=org["bob"].user, approved_by=adam)
    with pytest.raises(accounts.AccountError, match="another member"):
        accounts.user_reset_two_factor(
            actor=adam, user=org["bob"].user, approved_by=org["bob"].user
        )
    accounts.user_reset_two_factor(actor=adam, user=org["bob"].user, approved_by=org["cora"].user)
    assert not User.objects.get(username="bob").has_two_factor
    # Someone holding no team key is an account matter only.
    accounts.user_reset_two_factor(actor=adam, user=org["erin"].user)


def test_the_staff_page_shows_teams_and_fingerprints(org) -> None:
    alice = signed_in_client(org["alice"])
    page = alice.get(reverse("accounts:staff_detail", args=[org["bob"].user.pk])).content
    assert b"<td>Intake" in page  # the team's name, not its code
    assert directory.fingerprint(bytes(org["bob"].user.staff_key.public_key)).encode() in page


# --- k-of-n recovery ---


def test_recovery_with_k_of_n_shares_works_and_k_minus_one_fails(
    persona_factory, questionnaire, settings, monkeypatch
) -> None:
    call_command("recovery", "init", "--shares", "5", "--threshold", "3", stdout=io.StringIO())
    shares = [
        line.split(": ", 1)[1]
        for line in settings.REFUGE_FIRST_RUN_SECRETS_FILE.read_text().splitlines()
        if "share " in line and ": RS1-" in line
    ]
    assert len(shares) == 5
    bob = persona_factory("bob", Role.CASEWORKER, rota=True)
    report = _submit("Restored with three of five shares.")
    accounts.user_reset_password(actor=None, user=bob.user)
    accounts.user_change_password(user=bob.user, new_password="bob's passphrase after reset")
    bob.password = "bob's passphrase after reset"

    _stdin(monkeypatch, "\n".join(shares[:2]) + "\n")
    with pytest.raises(CommandError, match="3 different shares are needed; 2 were given"):
        call_command("recovery", "reseal", "bob", "--team", "intake", stdout=io.StringIO())
    assert signed_in_client(bob).get(_detail(report)).status_code == 404

    _stdin(monkeypatch, "\n".join([shares[4], shares[1], shares[2]]) + "\n")
    call_command("recovery", "reseal", "bob", "--team", "intake", stdout=io.StringIO())
    assert "three of five" in signed_in_client(bob).get(_detail(report)).content.decode()


def test_one_share_reveals_nothing_and_a_mistyped_share_is_named() -> None:
    keypair = crypto.generate_keypair()
    shares = split(keypair.private_key, threshold=2, shares=3, public_key=keypair.public_key)
    # A share is a point on a fresh random polynomial (pycryptodome's Shamir over GF(2^128)):
    # the same key split again gives other shares, and one share with a share of another
    # split rebuilds nothing.
    again = split(keypair.private_key, threshold=2, shares=3, public_key=keypair.public_key)
    assert not set(shares) & set(again)
    with pytest.raises(RecoveryError, match="do not rebuild"):
        combine([shares[0], again[1]], public_key=keypair.public_key)
    position = 12
    mistyped = (
        shares[0][:position]
        + ("Q" if shares[0][position] != "Q" else "R")
        + shares[0][position + 1 :]
    )
    with pytest.raises(RecoveryError, match="mistyped"):
        combine([mistyped, shares[1]], public_key=keypair.public_key)
    other = crypto.generate_keypair()
    with pytest.raises(RecoveryError, match="another recovery key"):
        combine(shares[:2], public_key=other.public_key)
    assert combine(shares[1:], public_key=keypair.public_key) == keypair


def test_a_single_recovery_key_from_before_is_split_into_shares(settings, monkeypatch) -> None:
    single = make_recovery_key()
    _stdin(monkeypatch, single + "\n")
    call_command("recovery", "split", "--shares", "3", "--threshold", "2", stdout=io.StringIO())
    row = RecoveryKey.objects.get()
    assert (row.threshold, row.shares) == (2, 3)
    texts = [
        line.split(": ", 1)[1]
        for line in settings.REFUGE_FIRST_RUN_SECRETS_FILE.read_text().splitlines()
        if ": RS1-" in line
    ][-3:]
    assert combine(texts[:2], public_key=bytes(row.public_key)).public_key == bytes(row.public_key)
    call_command("keys", "check", stdout=io.StringIO())


def test_the_command_line_two_factor_reset_asks_for_a_member_or_the_quorum(
    org, monkeypatch
) -> None:
    with pytest.raises(CommandError, match="another member"):
        call_command("users", "reset-two-factor", "bob", stdout=io.StringIO())
    _stdin(monkeypatch, "not cora's password\n")
    with pytest.raises(CommandError, match="not cora's password"):
        call_command(
            "users", "reset-two-factor", "bob", "--approved-by", "cora", stdout=io.StringIO()
        )
    _stdin(monkeypatch, org["cora"].password + "\n")
    call_command("users", "reset-two-factor", "bob", "--approved-by", "cora", stdout=io.StringIO())
    assert not User.objects.get(username="bob").has_two_factor
    _stdin(monkeypatch, org["recovery"] + "\n")
    call_command("users", "reset-two-factor", "cora", "--recovery", stdout=io.StringIO())
    assert not User.objects.get(username="cora").has_two_factor


def test_revoking_coordinators_and_record_takes_cases_and_findings(org) -> None:
    case, _report = _open_case(org)
    detail = reverse("cases:detail", args=[case.pk])
    assert signed_in_client(org["alice"]).get(detail).status_code == 200
    call_command("teams", "revoke", "coordinators", "alice", stdout=io.StringIO())
    assert signed_in_client(org["alice"]).get(detail).status_code == 404
    assert signed_in_client(org["cora"]).get(detail).status_code == 200

    assert signed_in_client(org["dana"]).get(reverse("findings:page")).status_code == 200
    call_command("teams", "revoke", "record", "dana", stdout=io.StringIO())
    assert signed_in_client(org["dana"]).get(reverse("findings:page")).status_code == 404
    assert signed_in_client(org["cora"]).get(reverse("findings:page")).status_code == 200


def test_a_server_key_rotation_keeps_staff_keys_and_the_directory(org, settings) -> None:
    """During the window both server keys work; `refuge keys remac` and each person's next
    unlock move everything to the new one, and the old key can then be dropped."""
    old = settings.REFUGE_SERVER_KEY
    settings.REFUGE_SERVER_KEY = crypto.encode_key(crypto.random_key())
    with pytest.raises(SystemExit, match=r"^1$"):
        call_command("keys", "check", stderr=io.StringIO())
    settings.REFUGE_SERVER_KEY_PREVIOUS = old
    call_command("keys", "check", stdout=io.StringIO())
    bob = org["bob"]
    assert custody.staff_key_unlock(user=bob.user, password=bob.password)  # rewrapped now
    call_command("keys", "remac", stdout=io.StringIO())
    settings.REFUGE_SERVER_KEY_PREVIOUS = ""
    call_command("keys", "check", stdout=io.StringIO())
    assert custody.staff_key_unlock(user=bob.user, password=bob.password)
    with pytest.raises(
        crypto.CryptoError, match=CRYPTO_FAILURE
    ):  # Cora never unlocked in the window
        custody.staff_key_unlock(user=org["cora"].user, password=org["cora"].password)


def test_a_deactivated_member_reaches_no_report_and_no_case_even_holding_keys(org) -> None:
    """The access functions' own check, beneath the sign-in: an inactive account is a 404."""
    from django.http import Http404

    from refuge.cases.access import access_case
    from refuge.intake.access import access_report

    case, _report = _open_case(org)
    report = _submit("For the inactive-account check.")
    cora = org["cora"].user
    assert access_report(user=cora, report_id=report.pk) == report
    assert access_case(user=cora, case_id=case.pk) == case
    User.objects.filter(pk=cora.pk).update(is_active=False)  # behind the services' back
    cora.refresh_from_db()
    with pytest.raises(Http404, match=r"^$"):  # the same bare 404 as "does not exist"
        access_report(user=cora, report_id=report.pk)
    with pytest.raises(Http404, match=r"^$"):  # the same bare 404 as "does not exist"
        access_case(user=cora, case_id=case.pk)
