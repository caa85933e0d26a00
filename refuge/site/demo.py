"""The demo instance (`refuge demo`, `make demo`): invented data made through the services.

Everything here is invented: names, reports, messages, lists. It is written through the
same services staff use (audited, encrypted, sealed to the teams), never into tables directly,
so the demo shows the system as it really behaves. Secrets of the demo accounts are printed
and kept in the demo's own data directory: the instance holds nothing real.
"""

from __future__ import annotations

import struct
import time
import zlib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pyotp
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from refuge import crypto
from refuge.accounts import services as accounts
from refuge.accounts import teams
from refuge.accounts.models import Role, User
from refuge.cases import services as cases
from refuge.cases.models import Case, ChecklistItem, Consent, Stage, Urgency
from refuge.findings.services import people_link
from refuge.findings.synthetic import chechen_lists
from refuge.intake import services as intake
from refuge.intake.models import Question, Report
from refuge.keys.models import RecoveryKey, Team
from refuge.media.services import article_ingest, quote_review
from refuge.record import services as record
from refuge.record.fuzzydates import FuzzyDate
from refuge.record.models import ActType
from refuge.site.demo_dir import (  # noqa: F401  (re-exported)
    ACCOUNTS_FILE,
    KEPT_SETTINGS,
    MARKER,
    MARKER_TEXT,
    DemoAccount,
    DemoError,
    _inside,
    demo_accounts_save,
    demo_accounts_saved,
    demo_dir_prepare,
    demo_environment,
    demo_settings_check,
)

MEDIA_ARTICLES = Path(settings.BASE_DIR) / "tests" / "data" / "media_case"


# --- The data directory: only ever one the demo made itself ---


# --- Accounts ---


def _enrol(username: str, role: str) -> tuple[User, DemoAccount]:
    """Create an account that has chosen its password and confirmed its authenticator."""
    user, one_time = accounts.user_create(actor=None, username=username, role=role)
    password = accounts.one_time_password()
    if role == Role.COORDINATOR:
        # The founding account, as `refuge setup` makes it, then its first sign-in.
        teams.organisation_found(founder=user, founder_password=one_time)
        accounts.user_change_password(user=user, new_password=password, old_password=one_time)
    else:
        accounts.user_change_password(user=user, new_password=password)
    secret = accounts.totp_enrolment_secret(user=user)
    # Confirmed a minute ago, so the code an authenticator shows now has not been used.
    earlier = time.time() - 60
    if not accounts.totp_verify(user=user, code=pyotp.TOTP(secret).at(earlier), now=earlier):
        raise DemoError(f"could not confirm the authenticator of {username}")
    user.refresh_from_db()
    return user, DemoAccount(username, password, secret, role)


def _accounts() -> tuple[dict[str, User], crypto.KeyPair, list[DemoAccount]]:
    made: dict[str, User] = {}
    shown = []
    for username, role in (
        ("demo-coordinator", Role.COORDINATOR),
        ("demo-caseworker", Role.CASEWORKER),
        ("demo-analyst", Role.ANALYST),
        ("demo-admin", Role.ADMINISTRATOR),
    ):
        made[role], account = _enrol(username, role)
        shown.append(account)
    coordinator = made[Role.COORDINATOR]
    keypair = accounts.staff_keypair_unlock(user=coordinator, password=shown[0].password)
    if keypair is None:
        raise DemoError("the demo coordinator has no keypair")
    teams.team_grant(
        actor=coordinator, team=Team.INTAKE, user=made[Role.CASEWORKER], actor_keypair=keypair
    )
    teams.team_grant(
        actor=coordinator, team=Team.RECORD, user=made[Role.ANALYST], actor_keypair=keypair
    )
    return made, keypair, shown


# --- Hotline reports ---


def demo_png(rgb: tuple[int, int, int], *, width: int = 24, height: int = 16) -> bytes:
    """Return a small one-colour PNG image (written by hand: Pillow is not a dependency)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


SAFE = {
    "ru": ["Да", "Нет, мне угрожает опасность", "Не уверен(а)"],
    "en": ["Yes", "No, I am in danger", "I am not sure"],
}

# (language, teller, story, when, where, safe answer index, contact)
STORIES_RU = [
    (
        "Меня задержали у кафе, держали три дня в подвале, били, отобрали телефон.",
        "в конце марта",
        "Аргун",
    ),
    ("Полицейские пришли домой, сказали родственникам, что я гей.", "на прошлой неделе", "Грозный"),
    (
        "Двоюродный брат узнал о переписке и угрожает убить меня «ради чести семьи».",
        "вчера",
        "Гудермес",
    ),
    ("Забрали паспорт на посту, велели прийти в отдел через неделю.", "2 апреля", "Шали"),
    ("Знакомого задержали, и теперь звонят всем из его телефона.", "в начале апреля", "Грозный"),
    ("Требуют деньги, иначе покажут фотографии семье.", "на этой неделе", "Урус-Мартан"),
    ("Меня держали в бывшей комендатуре, там были ещё около десяти человек.", "март", "Аргун"),
    ("Мне удалось уехать в Москву, но паспорт остался у полиции.", "неделю назад", "Ведено"),
]
STORIES_RU_RELATIVE = [
    (
        "Пишу о брате: его увезли люди в форме, телефон не отвечает уже пять дней.",
        "5 дней назад",
        "Грозный",
    ),
    (
        "Я мать. Сына забрали из дома ночью, в отделе говорят, что его там нет.",
        "в начале апреля",
        "Аргун",
    ),
    (
        "Пишу за друга, он боится писать сам: его избили и отпустили, велели молчать.",
        "позавчера",
        "Гудермес",
    ),
]
STORIES_EN = [
    (
        "I was stopped at a checkpoint, they went through my phone and found my chats. "
        "They beat me and said they would come back.",
        "early April",
        "Grozny",
    ),
    ("My family found out and my uncle says I must leave or be dealt with.", "last week", "Shali"),
    ("I was held for two days with other men, they took my passport.", "end of March", "Argun"),
    ("Someone is blackmailing me with screenshots, demanding money.", "this week", "Gudermes"),
    ("I left Chechnya and I am in Moscow now, but I am afraid they will find me.", "May", "Moscow"),
]
STORIES_EN_RELATIVE = [
    (
        "I am writing about my sister's son: he was detained and nobody tells us where he is.",
        "three days ago",
        "Urus-Martan",
    ),
    (
        "My friend asked me to write for him. They took him from work; he came back hurt.",
        "yesterday",
        "Grozny",
    ),
]
NAMES_RU = ["Ислам", "Адам", "Мовсар", "Хасан", "Рустам", "Аслан", "Зелимхан", "Ибрагим"]
NAMES_EN = ["Adam", "Islam", "Movsar", "Khasan", "Rustam", "Aslan"]
PHOTO_COLOURS = [(120, 40, 40), (60, 90, 140), (90, 110, 60), (150, 120, 90)]


@dataclass
class DemoReport:
    language: str
    account: str
    what: str
    when: str
    where: str
    safe: int
    contact: str
    photo: bool
    relative: bool = False


def demo_reports(count: int = 40) -> list[DemoReport]:
    """Return ``count`` invented reports in Russian and English, some from relatives."""
    made = []
    pools = [
        ("ru", STORIES_RU, False),
        ("en", STORIES_EN, False),
        ("ru", STORIES_RU_RELATIVE, True),
        ("ru", STORIES_RU, False),
        ("en", STORIES_EN_RELATIVE, True),
    ]
    for n in range(count):
        language, pool, relative = pools[n % len(pools)]
        story, when, where = pool[(n // len(pools)) % len(pool)]
        names = NAMES_RU if language == "ru" else NAMES_EN
        name = names[n % len(names)]
        if language == "ru":
            signed = f"{story} Меня зовут {name}." if not relative else f"{story} Его зовут {name}."
            contact = "" if n % 3 else f"Telegram @{name.lower()}_{n}"
            what = "Задержание и угрозы" if n % 2 else "Угрозы"
        else:
            signed = f"{story} My name is {name}." if not relative else f"{story} He is {name}."
            contact = "" if n % 3 else f"Signal, ask for {name}"
            what = "Detention and threats" if n % 2 else "Threats"
        made.append(
            DemoReport(
                language=language,
                account=signed,
                what=what,
                when=when,
                where=where,
                safe=(0, 1, 2, 1)[n % 4],
                contact=contact,
                photo=n % 7 == 3,
                relative=relative,
            )
        )
    return made


def _answers(spec: DemoReport) -> list[dict[str, object]]:
    values = {
        "what": spec.what,
        "when": spec.when,
        "where": spec.where,
        "safe_now": SAFE[spec.language][spec.safe],
        "contact": spec.contact,
    }
    answers: list[dict[str, object]] = []
    for question in Question.objects.filter(active=True).prefetch_related("texts"):
        text = question.text(spec.language)
        answer: dict[str, object] = {
            "key": question.key,
            "question": text.label if text else question.key,
            "answer": values.get(question.key, ""),
        }
        if question.key == "relationship" and text is not None:
            # Who is writing: the person themselves, or (position 1) a relative.
            position = 1 if spec.relative else 0
            answer.update(answer=text.choices.splitlines()[position], choice=position)
        answers.append(answer)
    return answers


def _reports(specs: list[DemoReport]) -> list[tuple[Report, DemoReport]]:
    made = []
    for n, spec in enumerate(specs):
        files = []
        if spec.photo:
            colour = PHOTO_COLOURS[n % len(PHOTO_COLOURS)]
            files = [intake.IncomingFile(f"photo-{n}.png", demo_png(colour))]
        report, _receipt, _cleaned = intake.report_submit(
            account=spec.account, answers=_answers(spec), files=files, language=spec.language
        )
        made.append((report, spec))
    return made


# --- Cases ---

URGENCY_BY_SAFE = [Urgency.NORMAL, Urgency.IMMEDIATE, Urgency.HIGH]
REGION_BY_PLACE = {
    "Аргун": "chechnya",
    "Argun": "chechnya",
    "Грозный": "chechnya",
    "Grozny": "chechnya",
    "Гудермес": "chechnya",
    "Gudermes": "chechnya",
    "Шали": "chechnya",
    "Shali": "chechnya",
    "Урус-Мартан": "chechnya",
    "Urus-Martan": "chechnya",
    "Ведено": "chechnya",
    "Moscow": "moscow",
}
RISKS = [["detained", "phone_seized"], ["outed"], ["family_threat"], ["documents_taken"], []]
REPLIES = {
    "ru": "Мы получили ваше сообщение. Пожалуйста, удалите переписку с телефона. "
    "Напишите, где вы можете безопасно встретиться с нашим сотрудником.",
    "en": "We have your message. Please delete our conversation from your phone, and tell us "
    "where you could safely meet one of our staff.",
}
NOTES = [
    "Spoke by Signal; he is staying with a friend for now.",
    "Needs a new passport before any travel; lawyer contacted.",
    "Family must not learn of the contact: only messages through the site.",
]


def _refresh(opened: cases.OpenedCase) -> int:
    opened.case.refresh_from_db()
    return opened.case.version


def _cases(
    *,
    coordinator: User,
    keypair: crypto.KeyPair,
    caseworker: User,
    reports: list[tuple[Report, DemoReport]],
    count: int = 14,
) -> list[cases.OpenedCase]:
    stages = list(Stage.objects.order_by("position", "pk"))
    opened_cases = []
    for n, (report, spec) in enumerate(reports[:count]):
        opened_report = intake.report_open_for_staff(
            report=report, user=coordinator, keypair=keypair
        )
        intake.report_mark_read(opened=opened_report, actor=coordinator)
        opened = cases.case_open_from_report(
            actor=coordinator, report=opened_report, language=spec.language
        )
        opened.case = cases.case_triage(
            actor=coordinator,
            case=opened.case,
            version=_refresh(opened),
            urgency=URGENCY_BY_SAFE[spec.safe],
            risk_flags=RISKS[n % len(RISKS)],
            language=spec.language,
            region=REGION_BY_PLACE.get(spec.where, "unknown"),
        )
        # Every stage of the workflow is reached by two cases.
        for stage in stages[1 : n % len(stages) + 1]:
            cases.case_set_stage(
                actor=coordinator, opened=opened, version=_refresh(opened), stage=stage
            )
        if n % 2:
            cases.case_assign(
                actor=coordinator, opened=opened, version=_refresh(opened), user=caseworker
            )
        items = list(ChecklistItem.objects.filter(case=opened.case).order_by("stage", "position"))
        for item in items[: len(items) // 2]:
            cases.checklist_update(
                actor=coordinator,
                opened=opened,
                version=_refresh(opened),
                item_id=item.pk,
                done=True,
                due=None,
            )
        cases.checklist_add(
            actor=coordinator,
            opened=opened,
            text="Call back after the lawyer's visit",
            due=(timezone.now() + timedelta(days=(n % 5) - 1)).date(),
        )
        cases.note_add(actor=coordinator, opened=opened, body=NOTES[n % len(NOTES)])
        intake.staff_reply(
            opened=cases.case_report(opened, opened.case.reports.get()),
            actor=coordinator,
            body=REPLIES[spec.language],
            files=[],
        )
        cases.consent_record(
            actor=coordinator,
            opened=opened,
            kind=Consent.Kind.LEGAL,
            granted=n % 3 != 2,
            details="Agreed on a call; may be named to the prosecutor only.",
        )
        cases.consent_record(
            actor=coordinator,
            opened=opened,
            kind=Consent.Kind.JOURNALISTS,
            granted=False,
            details="",
        )
        opened_cases.append(opened)
    # One person wrote twice: the second report joins the first case, and one receipt is revoked
    # (the person said their phone was taken).
    later, _spec = reports[count]
    cases.case_add_report(
        actor=coordinator,
        opened=opened_cases[0],
        report=intake.report_open_for_staff(report=later, user=coordinator, keypair=keypair),
        duplicate=False,
    )
    revoked = opened_cases[1]
    cases.receipt_revoke(actor=coordinator, case=revoked.case, report=revoked.case.reports.get())
    return opened_cases


# --- The record and findings ---

PERSON_NAMES = ["Ислам Дудаев", "Адам Хамзатов", "Мовсар Исаев", "Хасан Умаров"]


def _record(*, coordinator: User, key: bytes, opened_cases: list[cases.OpenedCase]) -> None:
    types = {t.key: t for t in ActType.objects.all()}
    argun = record.place_lookup("Argun")
    consenting = [
        o
        for o in opened_cases
        if Consent.objects.filter(case=o.case, kind=Consent.Kind.LEGAL, granted=True).exists()
    ]
    acts = []
    for n, opened in enumerate(consenting[:4]):
        acts.append(
            record.acts_from_case(
                actor=coordinator,
                key=key,
                case=opened.case,
                identity={"name": PERSON_NAMES[n], "contacts": "", "notes": "invented (demo)"},
                act_type=types["detention"],
                when=FuzzyDate.parse("2017-03"),
                place=argun,
            )
        )
        acts.append(
            record.act_create(
                actor=coordinator,
                key=key,
                victim=acts[-1].victim,
                act_type=types["torture"],
                when=FuzzyDate.parse("2017-03"),
                place=argun,
                sources=list(acts[-1].sources.all()),
                case=opened.case,
            )
        )
    record.event_create(
        actor=coordinator,
        key=key,
        title="Detentions at the former police building in Argun, March 2017",
        description="Several men held together for days; beatings; phones searched.",
        when=FuzzyDate.parse("2017-03"),
        place=argun,
        acts=acts,
    )
    if acts:
        source = acts[0].sources.first()
        record.evidence_add(
            actor=coordinator,
            key=key,
            filename="medical-certificate.txt",
            data=b"Invented medical certificate (demo): bruises on back and arms.\n",
            description="Doctor's note after release (invented)",
            source=source,
            acts=acts[:2],
        )
        record.evidence_add(
            actor=coordinator,
            key=key,
            filename="photo-of-injuries.png",
            data=demo_png((170, 60, 60)),
            description="Photo taken by a friend (invented)",
            source=source,
            acts=acts[:1],
        )


def _partner_lists(*, coordinator: User, key: bytes) -> None:
    """Three invented lists of people detained in 2017, overlapping as real lists do."""
    records = chechen_lists(90, seed=2017, lists="ABC")
    titles = {
        "A": "List A — a human-rights group's interviews (invented)",
        "B": "List B — lawyers' register (invented)",
        "C": "List C — relatives' appeals (invented)",
    }
    known: dict[str, str] = {}
    for source, title in titles.items():
        part = records[records.source == source]
        rows = ["name,act_type,date,place"]
        for row in part.itertuples(index=False):
            place = str(row.place)
            if place not in known:
                known[place] = place if record.place_lookup(place) else ""
            month = 3 + int(row.entity) % 3
            rows.append(f'"{row.name}",detention,2017-{month:02d},"{known[place]}"')
        result = record.partner_list_import(
            actor=coordinator, key=key, text="\n".join(rows) + "\n", source_title=title
        )
        if result.errors:
            raise DemoError(f"the invented list {source} was refused: {result.errors[:3]}")


def _media(coordinator: User) -> int:
    if not MEDIA_ARTICLES.is_dir():
        return 0
    count = 0
    for path in sorted(MEDIA_ARTICLES.glob("*.txt")):
        article, _created = article_ingest(path=path, actor=coordinator)
        count += 1
        # One review, so the demo shows a reading a person corrected: article 5 names the
        # spokesman only by his office, and the other articles name him.
        for quote in article.extraction["quotes"]:
            if quote["text"].startswith("You cannot detain") and quote["part_of"] is None:
                quote_review(
                    actor=coordinator,
                    article=article,
                    start=quote["start"],
                    end=quote["end"],
                    speaker="Alvi Karimov",
                    speaker_role="spokesman for Ramzan Kadyrov",
                )
    return count


# --- All of it ---


def demo_built() -> bool:
    return Case.objects.exists() or User.objects.filter(username="demo-coordinator").exists()


def demo_build(*, reports: int = 40) -> list[DemoAccount]:
    """Fill an empty demo instance with invented data; return the accounts to print."""
    if not settings.REFUGE_DEMO:
        raise DemoError("REFUGE_DEMO is not set: demo data goes only into a demo instance.")
    if User.objects.exists():
        raise DemoError("this instance already has accounts; the demo fills only an empty one.")
    settings.REFUGE_FILE_STORE.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not RecoveryKey.objects.exists():
        teams.recovery_create(threshold=1, shares=1)  # the demo's shares are not kept
    made, keypair, shown = _accounts()
    coordinator = made[Role.COORDINATOR]
    submitted = _reports(demo_reports(reports))
    opened_cases = _cases(
        coordinator=coordinator,
        keypair=keypair,
        caseworker=made[Role.CASEWORKER],
        reports=submitted,
    )
    key = record.record_key_for(user=coordinator, keypair=keypair)
    with transaction.atomic():
        _record(coordinator=coordinator, key=key, opened_cases=opened_cases)
    _partner_lists(coordinator=coordinator, key=key)
    people_link(actor=coordinator, key=key)
    _media(coordinator)
    return shown
