from django.urls import path

from refuge.site import views

app_name = "site"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
]
