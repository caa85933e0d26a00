from django.urls import path

from refuge.intake import about_views, record_views, views

app_name = "intake"

urlpatterns = [
    path("report/", views.landing, name="landing"),
    path("report/about/", about_views.about, name="about"),
    path("report/new/", views.report_new, name="new"),
    path("report/sent/", views.report_sent, name="sent"),
    path("report/return/", views.report_return, name="return"),
    path("report/thread/", views.report_thread, name="thread"),
    path("report/leave/", views.report_leave, name="leave"),
    path("report/exit/", views.report_exit, name="exit"),
    path("inbox/", views.inbox, name="inbox"),
    path("inbox/record/", record_views.report_record_view, name="record"),
    path("inbox/questions/", views.question_list, name="questions"),
    path("inbox/questions/new/", views.question_edit, name="question_new"),
    path("inbox/questions/languages/", views.question_languages, name="question_languages"),
    path("inbox/questions/<int:question_id>/", views.question_edit, name="question_edit"),
    path("inbox/<uuid:report_id>/", views.report_detail, name="report_detail"),
    path("inbox/<uuid:report_id>/reply/", views.report_reply, name="report_reply"),
    path(
        "inbox/<uuid:report_id>/attachments/<uuid:attachment_id>/",
        views.attachment,
        name="attachment",
    ),
]
