"""The record: fuzzy dates, the gazetteer, imports, consent in every export, evidence packages."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.accounts.services import staff_keypair_unlock
from refuge.record import selectors, services
from refuge.record.fuzzydates import FuzzyDate, FuzzyDateError
from refuge.record.models import Act, ActType, CustodyEntry, Person, Place
from tests.conftest import signed_in_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def dana(persona_factory):
    return persona_factory("dana", Role.ANALYST)


@pytest.fixture
def key(dana) -> bytes:
    keypair = staff_keypair_unlock(user=dana.user, password=dana.password)
    return services.record_key_for(user=dana.user, keypair=keypair)


def test_fuzzy_dates_order_and_overlap() -> None:
    day, month, year, unknown = (FuzzyDate.parse(t) for t in ("2017-04-05", "2017-04", "2017", ""))
    assert (month.earliest, month.latest, month.precision) == (
        date(2017, 4, 1),
        date(2017, 4, 30),
        "month",
    )
    assert FuzzyDate.parse("05.04.2017") == day and FuzzyDate.parse("04.2017") == month
    assert sorted([day, unknown, year, month]) == [unknown, year, month, day]
    assert day.overlaps(month) and month.overlaps(year) and unknown.overlaps(day)
    assert not day.overlaps(FuzzyDate.parse("2017-05")) and not year.overlaps(
        FuzzyDate.parse("2019")
    )
    assert str(month) == "2017-04" and str(unknown) == "unknown"
    for bad in ("2017-13", "31.02.2017", "last spring"):
        with pytest.raises(FuzzyDateError, match="date"):
            FuzzyDate.parse(bad)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Argun", "Argun"),
        ("Аргун", "Argun"),
        ("ARGUN", "Argun"),
        ("Грозный", "Grozny"),
        ("Groznyy", "Grozny"),
        ("Grozniy", "Grozny"),
        ("Чечня", "Chechnya"),
        ("Chechen Republic", "Chechnya"),
        ("Веденский район", "Vedeno district"),
    ],
)
def test_gazetteer_finds_places_in_both_scripts(name: str, expected: str) -> None:
    place = services.place_lookup(name)
    assert place is not None and place.name_en == expected
    assert services.place_lookup("Atlantis") is None


def test_gazetteer_knows_the_hierarchy() -> None:
    assert services.place_lookup("Ведено").path == "Russia → Chechnya → Vedeno district → Vedeno"


GOOD_CSV = """name,act_type,date,place,sex,age,unit
Alvi D.,detention,2017-03,Argun,m,27,Argun police
Магомед,torture,2017-03-28,Аргун,м,31,
Ruslan,detention,2017,Grozny,m,,
"""


def test_a_good_partner_list_is_imported(dana, key) -> None:
    report = services.partner_list_import(
        actor=dana.user, key=key, text=GOOD_CSV, source_title="Partner A"
    )
    assert report.errors == [] and report.imported == 3
    assert Person.objects.count() == 3
    person = next(
        p
        for p in Person.objects.all()
        if services.open_envelope(key, "person", p.pk, p.identity)["name"] == "Магомед"
    )
    assert person.code.startswith("P-")
    assert b"\xd0\x9c" not in bytes(person.identity), "names are stored encrypted"
    assert services.open_envelope(key, "person", person.pk, person.identity)["name"] == "Магомед"
    act = Act.objects.get(victim=person)
    assert act.place.name_en == "Argun" and act.date_precision == "day"


def test_a_hostile_csv_reports_every_bad_row_and_imports_nothing(dana, key) -> None:
    hostile = """name,act_type,date,place
Good Row,detention,2017-04,Argun
=cmd|' /C calc'!A0,detention,2017-04,Argun
Someone,beheading,2017-04,Argun
Other,detention,2017-13-45,Argun
Third,detention,2017,Atlantis
+SUM(1+1),detention,2017,Argun
"""
    report = services.partner_list_import(actor=dana.user, key=key, text=hostile, source_title="x")
    joined = "\n".join(report.errors)
    for line, words in [
        (3, "formula"),
        (4, "act_type"),
        (5, "not a"),
        (6, "gazetteer"),
        (7, "formula"),
    ]:
        assert f"line {line}:" in joined and words in joined, (line, joined)
    assert "line 2:" not in joined
    assert report.imported == 0 and not Person.objects.exists() and not Act.objects.exists()
    wrong_columns = services.partner_list_import(
        actor=dana.user, key=key, text="who,what\na,b\n", source_title="x"
    )
    assert wrong_columns.errors[0].startswith(
        "line 1: missing column(s): act_type, date, name, place"
    )


def _act(
    dana, key, *, case=None, place="Argun", act_type="detention", confidential=False, when="2017-04"
):
    victim = services.person_create(key=key, identity={"name": "x"}, case=case)
    return services.act_create(
        actor=dana.user,
        key=key,
        victim=victim,
        act_type=ActType.objects.get(key=act_type),
        when=FuzzyDate.parse(when),
        place=services.place_lookup(place),
        sources=[],
        case=case,
        confidential=confidential,
    )


def test_statistics_cost_the_same_queries_for_three_acts_or_thirty(dana, key) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            selectors.statistics(k=1)
        return len(captured.captured_queries)

    for _ in range(3):
        _act(dana, key, act_type="killing", place="Argun")
    few = queries()
    for _ in range(27):
        _act(dana, key, act_type="detention", place="Grozny")
    assert queries() == few
    stats = selectors.statistics(k=1)
    assert stats["total"] == 30 and stats["by_type"] == {"killing": 3, "detention": 27}


def test_small_cells_are_suppressed_and_confidential_acts_never_counted(dana, key) -> None:
    for _ in range(3):
        _act(dana, key, act_type="killing")
    for _ in range(6):
        _act(dana, key, act_type="detention")
    _act(dana, key, act_type="detention", confidential=True)
    stats = selectors.statistics(k=5)
    # 3 killings are hidden, and so are the 6 detentions: the total (9) would give them away.
    assert stats["by_type"] == {"detention": "suppressed", "killing": "suppressed"}
    assert stats["total"] == 9 and stats["by_region"] == {"Chechnya": 9}
    assert json.loads(selectors.export_json(k=5))["by_type"]["killing"] == "suppressed"
    assert "killing,suppressed" in selectors.export_csv(k=5)
    svg = selectors.timeline_svg(k=5)
    assert svg.startswith("<svg") and "<script" not in svg and "April 2017" in svg


def test_consent_is_respected_by_statistics_exports_and_evidence_packages(
    dana, key, persona_factory, tmp_path
) -> None:
    from django.utils import timezone

    from refuge.cases.models import Case, Consent, Stage

    case = Case.objects.create(opened_at=timezone.now(), stage=Stage.objects.first())
    for _ in range(5):
        _act(dana, key, case=case)
    assert selectors.statistics(k=1)["total"] == 0, "no consent recorded: not counted"
    with pytest.raises(services.RecordError, match="has not consented"):
        services.acts_from_case(
            actor=dana.user,
            key=key,
            case=case,
            identity={"name": "y"},
            act_type=ActType.objects.get(key="threat"),
            when=FuzzyDate.parse(""),
            place=None,
        )
    item = services.evidence_add(
        actor=dana.user, key=key, filename="photo.jpg", data=b"jpeg", acts=list(Act.objects.all())
    )
    manifest = services.evidence_package_write(
        actor=dana.user, key=key, out=tmp_path / "p.zip", evidence=[item]
    )
    assert manifest["items"] == [], "no consent to legal use: left out of the package"

    Consent.objects.create(
        case=case,
        kind="statistics",
        granted=True,
        recorded_by=dana.user,
        recorded_at=timezone.now(),
    )
    assert selectors.statistics(k=1)["total"] == 5
    assert "5" in selectors.export_csv(k=1)
    Consent.objects.create(
        case=case, kind="legal", granted=True, recorded_by=dana.user, recorded_at=timezone.now()
    )
    manifest = services.evidence_package_write(
        actor=dana.user, key=key, out=tmp_path / "q.zip", evidence=[item]
    )
    assert len(manifest["items"]) == 1
    act = services.acts_from_case(
        actor=dana.user,
        key=key,
        case=case,
        identity={"name": "y"},
        act_type=ActType.objects.get(key="threat"),
        when=FuzzyDate.parse(""),
        place=None,
    )
    assert act.sources.get().kind == "testimony"
    Consent.objects.create(
        case=case,
        kind="statistics",
        granted=False,
        recorded_by=dana.user,
        recorded_at=timezone.now(),
    )
    assert selectors.statistics(k=1)["total"] == 0, "withdrawn consent removes them again"


def test_exported_csv_neutralises_formula_cells(dana, key) -> None:
    russia = Place.objects.get(name_en="Russia")
    hostile = Place.objects.create(
        name_en='=HYPERLINK("http://evil.example")',
        name_ru="x",
        kind="republic",
        parent=russia,
        key="hostile",
    )
    victim = services.person_create(key=key, identity={"name": "x"})
    services.act_create(
        actor=dana.user,
        key=key,
        victim=victim,
        act_type=ActType.objects.get(key="threat"),
        when=FuzzyDate.parse("2017"),
        place=hostile,
        sources=[],
    )
    exported = selectors.export_csv(k=1)
    assert (
        "'=HYPERLINK" in exported
        and "\n=HYPERLINK" not in exported
        and ",=HYPERLINK" not in exported
    )
    assert services.csv_cell("-2+3") == "'-2+3" and services.csv_cell("Argun") == "Argun"


@pytest.fixture
def package(dana, key, tmp_path):
    act = _act(dana, key)
    item = services.evidence_add(
        actor=dana.user,
        key=key,
        filename="statement.pdf",
        data=b"%PDF-1.4 statement",
        description="signed statement",
        acts=[act],
    )
    path = tmp_path / "package.zip"
    services.evidence_package_write(actor=dana.user, key=key, out=path, evidence=[item])
    return path, item


def _rewrite(path, change):
    with zipfile.ZipFile(path) as original:
        contents = {name: original.read(name) for name in original.namelist()}
    change(contents)
    with zipfile.ZipFile(path, "w") as rewritten:
        for name, data in contents.items():
            rewritten.writestr(name, data)


def test_an_intact_package_verifies_anywhere(package, capsys) -> None:
    path, _item = package
    assert services.package_verify(path).problems == []
    call_command("evidence", "verify", str(path))
    assert "intact" in capsys.readouterr().out
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert "statement" in archive.read("summary.txt").decode()
    entry = manifest["items"][0]
    assert entry["sha256"] == hashlib.sha256(b"%PDF-1.4 statement").hexdigest()
    assert entry["acts"][0]["place"].endswith("Argun")
    assert [c["action"] for c in entry["custody"]] == ["received", "exported"]


def test_a_changed_byte_in_a_package_file_is_named(package) -> None:
    path, _item = package

    def flip(contents):
        name = next(n for n in contents if n.startswith("files/"))
        data = bytearray(contents[name])
        data[0] ^= 1
        contents[name] = bytes(data)

    _rewrite(path, flip)
    problems = services.package_verify(path).problems
    assert any("files/" in p and "altered" in p for p in problems)
    with pytest.raises(CommandError, match="not intact"):
        call_command("evidence", "verify", str(path))


def test_a_rewritten_manifest_or_custody_log_is_caught(package) -> None:
    path, _item = package

    def rewrite_custody(contents):
        manifest = json.loads(contents["manifest.json"])
        manifest["items"][0]["custody"][0]["actor"] = "someone else"
        contents["manifest.json"] = json.dumps(manifest).encode()

    _rewrite(path, rewrite_custody)
    problems = services.package_verify(path).problems
    assert any("signature" in p for p in problems)
    assert any("custody entry #1 was altered" in p for p in problems)


def test_custody_tampering_in_the_database_is_caught(dana, key) -> None:
    item = services.evidence_add(actor=dana.user, key=key, filename="a.txt", data=b"abc")
    services.evidence_read(actor=dana.user, key=key, evidence=item, purpose="viewed")
    assert services.evidence_integrity_check(key=key) == []
    CustodyEntry.objects.filter(evidence=item, seq=1).update(actor="mallory")
    assert any(
        "custody entry #1 was altered" in p for p in services.evidence_integrity_check(key=key)
    )


def test_the_hash_is_rechecked_on_every_read(dana, key, settings) -> None:
    from refuge.core.filestore import blob_read

    item = services.evidence_add(actor=dana.user, key=key, filename="a.txt", data=b"original")
    stored = bytearray(blob_read(item.blob_name))
    stored[-1] ^= 1
    (settings.REFUGE_FILE_STORE / item.blob_name[:2] / item.blob_name).write_bytes(bytes(stored))
    with pytest.raises(services.EvidenceIntegrityError, match="no longer matches"):
        services.evidence_read(actor=dana.user, key=key, evidence=item, purpose="viewed")
    assert CustodyEntry.objects.filter(evidence=item, action="integrity_failure").exists()


def test_evidence_export_command_takes_the_password_on_stdin(
    dana, key, tmp_path, monkeypatch, capsys
) -> None:
    services.evidence_add(actor=dana.user, key=key, filename="a.txt", data=b"abc")
    out = tmp_path / "cli.zip"
    monkeypatch.setattr("sys.stdin", io.StringIO(dana.password + "\n"))
    call_command("evidence", "export", str(out), "--user", "dana")
    assert "1 item" in capsys.readouterr().out
    assert services.package_verify(out).problems == []
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    with pytest.raises(CommandError, match="not right"):
        call_command("evidence", "export", str(tmp_path / "x.zip"), "--user", "dana")


def test_record_pages_are_for_analysts_and_coordinators(dana, persona_factory) -> None:
    analyst = signed_in_client(dana)
    page = analyst.get(reverse("record:home"))
    assert page.status_code == 200 and "The record" in page.content.decode()
    upload = analyst.post(
        reverse("record:import"),
        {
            "file": io.BytesIO(GOOD_CSV.encode()),
            "source_title": "Partner B",
            "reliability_source": "B",
            "reliability_information": "2",
        },
        follow=True,
    )
    assert "Imported 3 rows." in upload.content.decode()
    assert analyst.get(reverse("record:export", args=["csv"]))["Content-Type"].startswith(
        "text/csv"
    )
    for role in (Role.CASEWORKER, Role.ADMINISTRATOR):
        other = signed_in_client(persona_factory(f"x-{role}", role))
        assert other.get(reverse("record:home")).status_code == 404
        assert other.get(reverse("record:export", args=["json"])).status_code == 404


def test_coordinators_document_acts_from_a_consenting_case(persona_factory) -> None:
    from django.utils import timezone

    from refuge.cases.models import Case, CaseKey, Consent, Stage

    cora = persona_factory("cora", Role.COORDINATOR)
    case = Case.objects.create(opened_at=timezone.now(), stage=Stage.objects.first())
    from refuge import crypto

    CaseKey.objects.create(
        case=case,
        holder="staff",
        user=cora.user,
        sealed=crypto.seal(bytes(cora.user.staff_key.public_key), crypto.random_key()),
    )
    client = signed_in_client(cora)
    url = reverse("record:from_case", args=[case.pk])
    data = {
        "name": "Z.",
        "act_type": ActType.objects.get(key="detention").pk,
        "date": "2019-01",
        "place": "Аргун",
    }
    refused = client.post(url, data, follow=True)
    assert "has not consented" in refused.content.decode() and not Act.objects.exists()
    Consent.objects.create(
        case=case, kind="legal", granted=True, recorded_by=cora.user, recorded_at=timezone.now()
    )
    client.post(url, data)
    act = Act.objects.get()
    assert act.case == case and act.place.name_en == "Argun" and act.date_precision == "month"
    analyst = signed_in_client(persona_factory("dana2", Role.ANALYST))
    assert analyst.post(url, data).status_code == 404, "no access to the case"


def test_the_vocabulary_gazetteer_and_access_can_be_extended(
    dana, key, persona_factory, monkeypatch, capsys
) -> None:
    call_command(
        "record",
        "add-act-type",
        "sexual_violence",
        "--en",
        "Sexual violence",
        "--ru",
        "Сексуальное насилие",
    )
    call_command("record", "act-types")
    assert "sexual_violence" in capsys.readouterr().out
    with pytest.raises(CommandError, match="exists"):
        call_command("record", "add-act-type", "sexual_violence", "--en", "x", "--ru", "x")
    call_command(
        "record",
        "add-place",
        "--en",
        "Achkhoy-Martan",
        "--ru",
        "Ачхой-Мартан",
        "--kind",
        "town",
        "--parent",
        "Чечня",
    )
    assert services.place_lookup("Ачхой-Мартан").path == "Russia → Chechnya → Achkhoy-Martan"
    erin = persona_factory("erin-analyst", Role.ANALYST)
    from refuge.record.models import RecordKey

    RecordKey.objects.filter(user=erin.user).delete()
    assert signed_in_client(erin).get(reverse("record:home")).status_code == 200  # statistics only
    monkeypatch.setattr("sys.stdin", io.StringIO(dana.password + "\n"))
    call_command("record", "grant", erin.user.username, "--by", "dana")
    keypair = staff_keypair_unlock(user=erin.user, password=erin.password)
    assert services.record_key_for(user=erin.user, keypair=keypair) == key


def test_single_fields_can_be_confidential(dana, key, tmp_path) -> None:
    victim = services.person_create(key=key, identity={"name": "x"})
    act = services.act_create(
        actor=dana.user,
        key=key,
        victim=victim,
        act_type=ActType.objects.get(key="detention"),
        when=FuzzyDate.parse("2017-04-03"),
        place=services.place_lookup("Argun"),
        sources=[],
        confidential_fields=["place", "date", "not-a-field"],
    )
    assert act.confidential_fields == ["date", "place"]
    stats = selectors.statistics(k=1)
    assert stats["by_region"] == {"unknown": 1} and stats["by_month"] == {"unknown": 1}
    assert stats["by_type"] == {"detention": 1}, "the act itself still counts"
    item = services.evidence_add(actor=dana.user, key=key, filename="a.txt", data=b"a", acts=[act])
    manifest = services.evidence_package_write(
        actor=dana.user, key=key, out=tmp_path / "p.zip", evidence=[item]
    )
    assert manifest["items"][0]["acts"][0]["place"] == "confidential"
    assert manifest["items"][0]["acts"][0]["date"] == "confidential"
    report = services.partner_list_import(
        actor=dana.user,
        key=key,
        source_title="p",
        text="name,act_type,date,place,confidential\nA,threat,2017-05,Argun,place\n",
    )
    assert report.imported == 1 and Act.objects.latest("pk").confidential_fields == ["place"]


def test_a_file_that_is_not_csv_is_reported_not_crashed(dana, key) -> None:
    """Found by the property tests: a stray carriage return used to raise csv.Error."""
    report = services.partner_list_import(
        actor=dana.user, key=key, text='name,act_type,date,place\r\nA,"x\ry', source_title="x"
    )
    assert report.errors and report.errors[0].startswith("line ") and not Person.objects.exists()
    assert services.partner_list_import(
        actor=dana.user, key=key, text="\r0", source_title="x"
    ).errors


def test_record_writes_without_an_unlocked_key_ask_for_the_password(dana, key) -> None:
    from refuge.accounts.session import UNLOCK_COOKIE

    client = signed_in_client(dana)
    del client.cookies[UNLOCK_COOKIE]
    for name in ("record:import", "record:act_new", "record:evidence_new", "findings:relink"):
        response = client.post(reverse(name), {"name": "x"})
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("accounts:reauth")), name
    response = client.post(reverse("record:evidence_package"))
    assert response["Location"].startswith(reverse("accounts:reauth"))
    assert not Act.objects.exists() and not Person.objects.exists()


def test_web_evidence_package_asks_the_password_again_and_is_built_in_ram(
    dana, key, settings, tmp_path, monkeypatch
) -> None:
    services.evidence_add(
        actor=dana.user, key=key, filename="s.pdf", data=b"%PDF-1.4 s", description="d"
    )
    stale = signed_in_client(dana, reauthenticated=False)
    response = stale.post(reverse("record:evidence_package"))
    assert response["Location"].startswith(reverse("accounts:reauth")), "a bulk export"

    ram = tmp_path / "ram"
    ram.mkdir()
    settings.REFUGE_RAM_TMPDIR = str(ram)
    built_in = []
    write = services.evidence_package_write

    def spy(**kwargs):
        built_in.append(kwargs["out"].parent.parent)
        return write(**kwargs)

    monkeypatch.setattr(services, "evidence_package_write", spy)
    response = signed_in_client(dana).post(reverse("record:evidence_package"))
    assert response.status_code == 200 and response.content[:2] == b"PK"
    assert built_in == [ram], "built in the RAM directory"
    assert not list(ram.iterdir()), "and removed"
