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
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from refuge.accounts import backup_codes, selectors, services, teams, throttle
from refuge.accounts.decorators import reauth_redirect, reauthentication_required, role_required
from refuge.accounts.forms import (
    PasswordForm,
    RoleForm,
    SecondFactorForm,
    SignInForm,
    TotpForm,
    UserCreateForm,
)
from refuge.accounts.middleware import next_sign_in_step
from refuge.accounts.models import Role, SignInStep, User
from refuge.accounts.session import (
    mark_active,
    mark_reauthenticated,
    mark_signed_in,
    mark_two_factor_passed,
    recently_reauthenticated,
    remember_unlocked_keypair,
    staff_user,
    unlocked_keypair,
)
from refuge.keys import custody
from refuge.keys.models import Team


@login_not_required
@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        response = _password_step(request, form)
        if response is not None:
            return response
    return render(request, "accounts/sign_in.html", {"form": form})


@sensitive_variables("password")
def _password_step(request: HttpRequest, form: SignInForm) -> HttpResponse | None:
    """Check username and password; sign in up to the second factor, or add the form's error."""
    username = form.cleaned_data["username"]
    password = form.cleaned_data["password"]
    if throttle.login_is_locked(step=SignInStep.PASSWORD, username=username):
        form.add_error(None, _("Too many failed attempts. Try again later."))
        return None
    user = authenticate(request, username=username, password=password)
    if user is None:
        throttle.login_failure_register(step=SignInStep.PASSWORD, username=username)
        form.add_error(None, _("Username or password is wrong."))
        return None
    assert isinstance(user, User)  # noqa: S101
    throttle.login_success_register(step=SignInStep.PASSWORD, user=user)
    code_lock = throttle.login_lock_state(step=SignInStep.CODE, username=user.username)
    if code_lock.locked:
        # Only someone with the right password learns that the code step is locked.
        form.add_error(None, _code_lock_message(code_lock))
        return None
    # The second factor is still to come: the middleware holds every other page.
    login(request, user)
    mark_signed_in(request)
    mark_active(request)
    if not user.must_change_password:
        remember_unlocked_keypair(
            request, services.staff_keypair_unlock_or_create(user=user, password=password)
        )
    elif founding := services.staff_keypair_unlock(user=user, password=password):
        # The founding account's keys are wrapped under its one-time password until it chooses
        # its own: keep them unlocked for that step.
        remember_unlocked_keypair(request, founding)
    return redirect(next_sign_in_step(request))


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
            _finish_sign_in(request, user)
            return _show_new_backup_codes(request, backup_codes.backup_codes_create(user=user))
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
    """Check the second factor: a code from the authenticator app, or a one-time backup code."""
    user = staff_user(request)
    if user.must_change_password or not user.has_two_factor:
        return redirect(next_sign_in_step(request))
    form = SecondFactorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        factor, lock = throttle.login_attempt(
            step=SignInStep.CODE,
            username=user.username,
            check=lambda: _second_factor_spend(user, code),
        )
        if factor is not None:
            _finish_sign_in(request, user)
        if factor == "totp":
            return redirect("site:home")
        if factor == "backup":
            remaining = backup_codes.backup_codes_remaining(user=user)
            messages.warning(
                request,
                ngettext(
                    "You signed in with a backup code. %(count)d backup code remains.",
                    "You signed in with a backup code. %(count)d backup codes remain.",
                    remaining,
                )
                % {"count": remaining},
            )
            return redirect("accounts:backup_codes")
        if lock.locked:
            return _code_locked_out(request, lock)
        form.add_error("code", _("That code is not right. Check the time on your phone."))
    return render(request, "accounts/totp_verify.html", {"form": form})


def _second_factor_spend(user: User, code: str) -> str | None:
    """Accept ``code`` as a TOTP code or else a backup code; return which, or None."""
    if services.totp_verify(user=user, code=code):
        return "totp"
    if backup_codes.backup_code_use(user=user, code=code):
        return "backup"
    return None


def _code_lock_message(lock: throttle.LockState) -> str:
    if lock.hard:
        return _(
            "Too many wrong two-factor codes: sign-in is locked until an administrator unlocks it."
        )
    return _("Too many wrong two-factor codes. Try again later.")


def _code_locked_out(request: HttpRequest, lock: throttle.LockState) -> HttpResponse:
    logout(request)
    messages.error(request, _code_lock_message(lock))
    return redirect("accounts:login")


def _finish_sign_in(request: HttpRequest, user: User) -> None:
    # A new session id once fully signed in, so a session seen before sign-in is worthless.
    request.session.cycle_key()
    mark_two_factor_passed(request)
    throttle.sign_in_finish(user=user)


def _show_new_backup_codes(request: HttpRequest, codes: list[str]) -> HttpResponse:
    """Show freshly made backup codes: this response is the only time they are ever shown."""
    return render(request, "accounts/backup_codes_new.html", {"codes": codes})


@require_http_methods(["GET", "POST"])
def backup_codes_page(request: HttpRequest) -> HttpResponse:
    """Say how many backup codes remain; make ten new ones (after re-authentication)."""
    user = staff_user(request)
    if request.method == "POST":
        if not recently_reauthenticated(request):
            return reauth_redirect(request.get_full_path())
        return _show_new_backup_codes(request, backup_codes.backup_codes_create(user=user))
    return render(
        request,
        "accounts/backup_codes.html",
        {"remaining": backup_codes.backup_codes_remaining(user=user)},
    )


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
        if throttle.login_is_locked(step=SignInStep.PASSWORD, username=user.username):
            logout(request)
            messages.error(request, _("Too many failed attempts. Try again later."))
            return redirect("accounts:login")
        if user.check_password(form.cleaned_data["password"]):
            throttle.login_success_register(step=SignInStep.PASSWORD, user=user)
            mark_reauthenticated(request)
            remember_unlocked_keypair(
                request,
                services.staff_keypair_unlock_or_create(
                    user=user, password=form.cleaned_data["password"]
                ),
            )
            return redirect(next_url or "site:home")
        if throttle.login_failure_register(step=SignInStep.PASSWORD, username=user.username).locked:
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
        return redirect("site:home")
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
            "teams": [Team(team).label for team in custody.teams_of(user=account)],
            "key_fingerprint": selectors.staff_key_fingerprint(user=account),
            "password_lock": throttle.login_lock_state(
                step=SignInStep.PASSWORD, username=account.username
            ),
            "code_lock": throttle.login_lock_state(step=SignInStep.CODE, username=account.username),
            "backup_codes_remaining": backup_codes.backup_codes_remaining(user=account),
        },
    )


STAFF_ACTIONS = {
    "reset-password": gettext_lazy("Reset password"),
    "reset-two-factor": gettext_lazy("Reset two-factor"),
    "deactivate": gettext_lazy("Deactivate"),
    "activate": gettext_lazy("Activate"),
    "set-role": gettext_lazy("Change role"),
    "unlock": gettext_lazy("Unlock sign-in"),
}
# Actions that end every session of the account; on one's own account, this one too.
ENDS_SESSIONS = frozenset({"reset-password", "reset-two-factor"})


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
    if action in ENDS_SESSIONS and account.pk == actor.pk:
        # The session row is about to be deleted; leave it now, or saving it would fail.
        logout(request)
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
        elif action == "unlock":
            throttle.login_unlock(actor=actor, user=account)
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
