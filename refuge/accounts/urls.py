from django.urls import path

from refuge.accounts import notify_views, views

app_name = "accounts"

urlpatterns = [
    path("sign-in/", views.sign_in, name="login"),
    path("sign-out/", views.sign_out, name="logout"),
    path("password/new/", views.password_first, name="password_first"),
    path("password/", views.password_change, name="password_change"),
    path("two-factor/enrol/", views.totp_enrol, name="totp_enrol"),
    path("two-factor/", views.totp_verify, name="totp_verify"),
    path("two-factor/backup-codes/", views.backup_codes_page, name="backup_codes"),
    path("confirm-password/", views.reauthenticate, name="reauth"),
    path("staff/", views.staff_list, name="staff_list"),
    path("staff/new/", views.staff_create, name="staff_create"),
    path("staff/<int:user_id>/", views.staff_detail, name="staff_detail"),
    path(
        "staff/<int:user_id>/notifications/",
        notify_views.staff_notifications,
        name="staff_notifications",
    ),
    path("staff/<int:user_id>/<slug:action>/", views.staff_action, name="staff_action"),
    path("teams/", views.team_list, name="teams"),
    path("teams/<slug:team>/grant/", views.team_grant, name="team_grant"),
    path("teams/<slug:team>/revoke/<int:user_id>/", views.team_revoke, name="team_revoke"),
]
