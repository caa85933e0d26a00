from django.urls import path

from refuge.findings import views

app_name = "findings"

urlpatterns = [
    path("findings/", views.page, name="page"),
    path("findings/link/", views.relink, name="relink"),
    path("findings/review/<int:review_id>/", views.review, name="review"),
]
