from django.urls import path

from refuge.cases import action_views, views

app_name = "cases"

urlpatterns = [
    path("cases/", views.queue, name="queue"),
    path("cases/stages/", views.stage_list, name="stages"),
    path("cases/stages/new/", views.stage_edit, name="stage_new"),
    path("cases/stages/<int:stage_id>/", views.stage_edit, name="stage_edit"),
    path("cases/from-report/<uuid:report_id>/", views.open_from_report, name="open_from_report"),
    path("cases/<uuid:case_id>/", views.detail, name="detail"),
    *[
        path(f"cases/<uuid:case_id>/{slug}/", views.detail, {"section": name}, name=name)
        for name, slug in views.SECTION_PATHS.items()
    ],
    path("cases/<uuid:case_id>/confirm/<slug:name>/", action_views.confirm, name="confirm"),
    path("cases/<uuid:case_id>/delete/", action_views.delete, name="delete"),
    path(
        "cases/<uuid:case_id>/attachments/<uuid:attachment_id>/",
        views.attachment,
        name="attachment",
    ),
    path("cases/<uuid:case_id>/<slug:name>/", action_views.action, name="action"),
]
