"""Sign-in, two-factor, re-authentication and the administrators' staff pages."""

from __future__ import annotations

import segno
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout, update_session_auth_hash
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from refuge.accounts import selectors, services, teams
from refuge.accounts.decorators import reauth_redirect, reauthentication_required, role_required
from refuge.accounts.forms import PasswordForm, RoleForm, SignInForm, TotpForm, UserCreateForm
from refuge.accounts.middleware import next_sign_in_step
from refuge.accounts.models import Role, User
from refuge.accounts.session import (
    mark_active,
    mark_reauthenticated,
    mark_two_factor_passed,
    remember_unlocked_keypair,
    staff_user,
    unlocked_keypair,
)
from refuge.keys import custody


@login_not_required
@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        if services.login_is_locked(username=username):
            form.add_error(None, _("Too many failed attempts. Try again later."))
        else:
            user = authenticate(request, username=username, password=form.cleaned_data["password"])
            if user is None:
                services.login_failure_register(username=username)
                form.add_error(None, _("Username or password is wrong."))
            else:
                # The second factor is still to come: the middleware holds every other page.
                login(request, user)
                mark_active(request)
                password = form.cleaned_data["password"]
                if not user.must_change_password:
                    keypair = services.staff_keypair_unlock_or_create(user=user, password=password)
                    remember_unlocked_keypair(request, keypair)
                elif founding := services.staff_keypair_unlock(user=user, password=password):
                    # The founding account's keys are wrapped under its one-time password until
                    # it chooses its own: keep them unlocked for that step.
                    remember_unlocked_keypair(request, founding)
                return redirect(next_sign_in_step(request))
    return render(request, "accounts/sign_in.html", {"form": form})


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:login")


@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def password_first(request: HttpRequest) -> HttpResponse:
    """Replace the one-time password given by an administrator with the user's own."""
    user = staff_user(request)
    if not user.must_change_password:
        return redirect(next_sign_in_step(request))
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        keypair = services.user_change_password(
            user=user,
            new_password=form.cleaned_data["new_password1"],
            unlocked=unlocked_keypair(request),
        )
        update_session_auth_hash(request, user)
        remember_unlocked_keypair(request, keypair)
        return redirect(next_sign_in_step(request))
    return render(request, "accounts/password_first.html", {"form": form})


@require_http_methods(["GET", "POST"])
def totp_enrol(request: HttpRequest) -> HttpResponse:
    user = staff_user(request)
    if user.must_change_password or user.has_two_factor:
        return redirect(next_sign_in_step(request))
    secret = services.totp_enrolment_secret(user=user)
    form = TotpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.totp_verify(user=user, code=form.cleaned_data["code"]):
            return _finish_sign_in(request, user)
        form.add_error("code", _("That code is not right. Check the time on your phone."))
    uri = services.totp_provisioning_uri(user=user, secret=secret)
    # segno writes plain SVG with presentation attributes: no script, no inline style.
    qr_svg = mark_safe(segno.make(uri, error="m").svg_inline(scale=5, dark="#000", light="#fff"))  # noqa: S308
    grouped_secret = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render(
        request,
        "accounts/totp_enrol.html",
        {"form": form, "qr_svg": qr_svg, "secret": grouped_secret},
    )


@require_http_methods(["GET", "POST"])
def totp_verify(request: HttpRequest) -> HttpResponse:
    user = staff_user(request)
    if user.must_change_password or not user.has_two_factor:
        return redirect(next_sign_in_step(request))
    form = TotpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.login_is_locked(username=user.username):
            logout(request)
            messages.error(request, _("Too many failed attempts. Try again later."))
            return redirect("accounts:login")
        if services.totp_verify(user=user, code=form.cleaned_data["code"]):
            return _finish_sign_in(request, user)
        if services.login_failure_register(username=user.username):
            logout(request)
            messages.error(request, _("Too many failed attempts. Try again later."))
            return redirect("accounts:login")
        form.add_error("code", _("That code is not right. Check the time on your phone."))
    return render(request, "accounts/totp_verify.html", {"form": form})


def _finish_sign_in(request: HttpRequest, user: User) -> HttpResponse:
    # A new session id once fully signed in, so a session seen before sign-in is worthless.
    request.session.cycle_key()
    mark_two_factor_passed(request)
    services.login_success_register(user=user)
    return redirect("core:home")


@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def reauthenticate(request: HttpRequest) -> HttpResponse:
    user = staff_user(request)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    form = PasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.login_is_locked(username=user.username):
            logout(request)
            messages.error(request, _("Too many failed attempts. Try again later."))
            return redirect("accounts:login")
        if user.check_password(form.cleaned_data["password"]):
            mark_reauthenticated(request)
            remember_unlocked_keypair(
                request,
                services.staff_keypair_unlock_or_create(
                    user=user, password=form.cleaned_data["password"]
                ),
            )
            return redirect(next_url or "core:home")
        if services.login_failure_register(username=user.username):
            logout(request)
            messages.error(request, _("Too many failed attempts. Try again later."))
            return redirect("accounts:login")
        form.add_error("password", _("That password is not right."))
    return render(request, "accounts/reauth.html", {"form": form, "next": next_url})


@sensitive_post_parameters()
@reauthentication_required
@require_http_methods(["GET", "POST"])
def password_change(request: HttpRequest) -> HttpResponse:
    user = staff_user(request)
    form = PasswordChangeForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        keypair = services.user_change_password(
            user=user,
            new_password=form.cleaned_data["new_password1"],
            old_password=form.cleaned_data["old_password"],
        )
        update_session_auth_hash(request, user)
        remember_unlocked_keypair(request, keypair)
        messages.success(request, _("Your password was changed."))
        return redirect("core:home")
    return render(request, "accounts/password_change.html", {"form": form})


# --- Administrators: staff accounts ---

admin_only = role_required(Role.ADMINISTRATOR)


@admin_only
def staff_list(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/staff_list.html", {"staff": selectors.user_list_with_teams()})


@admin_only
@reauthentication_required
@require_http_methods(["GET", "POST"])
def staff_create(request: HttpRequest) -> HttpResponse:
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user, password = services.user_create(
                actor=staff_user(request),
                username=form.cleaned_data["username"],
                role=form.cleaned_data["role"],
            )
        except services.AccountError as exc:
            form.add_error(None, str(exc))
        else:
            return render(
                request, "accounts/one_time_password.html", {"account": user, "password": password}
            )
    return render(request, "accounts/staff_create.html", {"form": form})


@admin_only
def staff_detail(request: HttpRequest, user_id: int) -> HttpResponse:
    account = selectors.user_get(user_id=user_id)
    return render(
        request,
        "accounts/staff_detail.html",
        {
            "account": account,
            "role_form": RoleForm(initial={"role": account.role}),
            "teams": custody.teams_of(user=account),
            "key_fingerprint": selectors.staff_key_fingerprint(user=account),
        },
    )


STAFF_ACTIONS = {
    "reset-password": gettext_lazy("Reset password"),
    "reset-two-factor": gettext_lazy("Reset two-factor"),
    "deactivate": gettext_lazy("Deactivate"),
    "activate": gettext_lazy("Activate"),
    "set-role": gettext_lazy("Change role"),
}


@admin_only
@reauthentication_required
@require_http_methods(["GET", "POST"])
def staff_action(request: HttpRequest, user_id: int, action: str) -> HttpResponse:
    """Confirm (GET) and carry out (POST) one administrative action on a staff account."""
    account = selectors.user_get(user_id=user_id)
    if action not in STAFF_ACTIONS:
        return redirect("accounts:staff_detail", user_id=account.pk)
    role_form = RoleForm(request.POST or None, initial={"role": account.role})
    if request.method == "GET":
        return render(
            request,
            "accounts/staff_confirm.html",
            {
                "account": account,
                "action": action,
                "label": STAFF_ACTIONS[action],
                "role_form": role_form,
            },
        )
    actor = staff_user(request)
    try:
        if action == "reset-password":
            password = services.user_reset_password(actor=actor, user=account)
            return render(
                request,
                "accounts/one_time_password.html",
                {"account": account, "password": password},
            )
        if action == "reset-two-factor":
            # The administrator doing it counts as the approving member only if they are
            # another member of one of the person's teams.
            services.user_reset_two_factor(actor=actor, user=account, approved_by=actor)
        elif action in {"deactivate", "activate"}:
            services.user_set_active(actor=actor, user=account, active=action == "activate")
        elif role_form.is_valid():
            services.user_set_role(actor=actor, user=account, role=role_form.cleaned_data["role"])
        else:
            messages.error(request, _("Choose a role."))
            return redirect("accounts:staff_detail", user_id=account.pk)
    except services.AccountError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Done."))
    return redirect("accounts:staff_detail", user_id=account.pk)


# --- Teams: who holds which key ---


@require_GET
def team_list(request: HttpRequest) -> HttpResponse:
    """Every team with its current key fingerprint and members; grant and revoke forms for
    the teams the viewer belongs to (administrators may revoke)."""
    user = staff_user(request)
    return render(
        request,
        "accounts/teams.html",
        {
            "teams": selectors.team_overview(viewer=user),
            "own_fingerprint": selectors.staff_key_fingerprint(user=user),
        },
    )


@reauthentication_required
@require_POST
def team_grant(request: HttpRequest, team: str) -> HttpResponse:
    user = staff_user(request)
    keypair = unlocked_keypair(request)
    if keypair is None:
        return reauth_redirect(reverse("accounts:teams"))
    grantee = selectors.user_get_by_username(username=request.POST.get("username", ""))
    try:
        if grantee is None:
            raise services.AccountError(_("There is no staff account with that username."))
        teams.team_grant(actor=user, team=team, user=grantee, actor_keypair=keypair)
    except services.AccountError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("%(user)s now holds the %(team)s team's key, past included.")
            % {"user": grantee.username, "team": team},
        )
    return redirect("accounts:teams")


@reauthentication_required
@require_POST
def team_revoke(request: HttpRequest, team: str, user_id: int) -> HttpResponse:
    user = staff_user(request)
    if user.role != Role.ADMINISTRATOR and not custody.is_member(user=user, team=team):
        raise Http404
    member = selectors.user_get(user_id=user_id)
    try:
        generation = teams.team_revoke(actor=user, team=team, user=member)
    except services.AccountError as exc:
        messages.error(request, str(exc))
    else:
        if generation is not None:
            messages.success(
                request,
                _("%(user)s no longer holds the %(team)s team's key; the team has a new key.")
                % {"user": member.username, "team": team},
            )
    return redirect("accounts:teams")
