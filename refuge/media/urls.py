from django.urls import path

from refuge.media import views

app_name = "media"

urlpatterns = [
    path("media/", views.ledger, name="ledger"),
    path("media/upload/", views.upload, name="upload"),
    path("media/articles/<int:article_id>/", views.article, name="article"),
    path("media/articles/<int:article_id>/review/", views.review, name="review"),
    path("media/articles/<int:article_id>/delete/", views.delete, name="delete"),
]
