from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404

from refuge.accounts.models import User
from refuge.keys import custody
from refuge.keys.directory import fingerprint
from refuge.keys.models import Membership, StaffKey, Team, TeamKey


def user_list() -> QuerySet[User]:
    return User.objects.order_by("username")


def user_get(*, user_id: int) -> User:
    """Return the staff account ``user_id`` or raise Http404 (callers check the role first)."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        raise Http404
    return user


def user_get_by_username(*, username: str) -> User | None:
    return User.objects.filter(username=username.strip().lower()).first()


def user_count() -> int:
    return User.objects.count()


def staff_key_fingerprint(*, user: User) -> str | None:
    row = StaffKey.objects.filter(user=user).first()
    return fingerprint(bytes(row.public_key)) if row else None


@dataclass(frozen=True)
class TeamMember:
    user: User
    fingerprint: str


@dataclass(frozen=True)
class TeamOverview:
    team: str
    label: str
    generation: int | None
    fingerprint: str | None
    members: list[TeamMember]
    viewer_is_member: bool
    viewer_may_revoke: bool
    grantable: list[User]


def team_overview(*, viewer: User) -> list[TeamOverview]:
    """Each team's current key and members, and whom the viewer could grant it to."""
    overview = []
    for team, label in Team.choices:
        current = TeamKey.objects.filter(team=team, retired_at__isnull=True).first()
        memberships = (
            Membership.objects.filter(team_key=current)
            .select_related("user", "staff_key")
            .order_by("user__username")
            if current
            else Membership.objects.none()
        )
        members = [
            TeamMember(m.user, fingerprint(bytes(m.staff_key.public_key))) for m in memberships
        ]
        member_ids = {m.user.pk for m in members}
        is_member = viewer.pk in member_ids
        grantable = (
            [
                user
                for user in User.objects.filter(
                    is_active=True,
                    role__in=custody.TEAM_ROLES[team],
                    staff_key__isnull=False,
                ).order_by("username")
                if user.pk not in member_ids
            ]
            if is_member
            else []
        )
        overview.append(
            TeamOverview(
                team=team,
                label=str(label),
                generation=current.generation if current else None,
                fingerprint=fingerprint(bytes(current.public_key)) if current else None,
                members=members,
                viewer_is_member=is_member,
                viewer_may_revoke=is_member or viewer.role == "administrator",
                grantable=grantable,
            )
        )
    return overview


def user_list_with_teams() -> list[User]:
    """Every staff account, each with ``team_names``: the names of the teams whose current key
    they hold, in the reader's language."""
    held: dict[int, list[str]] = {}
    for user_id, team in Membership.objects.filter(team_key__retired_at__isnull=True).values_list(
        "user_id", "team_key__team"
    ):
        held.setdefault(user_id, []).append(team)
    users = list(user_list())
    for user in users:
        names = sorted(str(Team(team).label) for team in held.get(user.pk, []))
        user.team_names = names  # type: ignore[attr-defined]
    return users
