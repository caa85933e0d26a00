from django.urls import path

from refuge.record import views

app_name = "record"

urlpatterns = [
    path("record/", views.home, name="home"),
    path("record/export.<slug:fmt>", views.export, name="export"),
    path("record/import/", views.import_list, name="import"),
    path("record/acts/new/", views.act_new, name="act_new"),
    path("record/evidence/new/", views.evidence_new, name="evidence_new"),
    path("record/evidence/capture/", views.evidence_capture, name="evidence_capture"),
    path("record/evidence/package/", views.evidence_package, name="evidence_package"),
    path("record/signing-key/", views.signing_key, name="signing_key"),
    path(
        "record/from-case/<uuid:case_id>/attachment/<uuid:attachment_id>/",
        views.attachment_to_evidence,
        name="attachment_to_evidence",
    ),
    path("record/from-case/<uuid:case_id>/", views.act_from_case, name="from_case"),
]
