from django.urls import path

from refuge.partners import views

app_name = "partners"

urlpatterns = [
    path("partners/", views.partner_list, name="list"),
    path("partners/<int:partner_id>/verify/", views.partner_verify, name="verify"),
    path("partners/refer/<uuid:case_id>/", views.refer, name="refer"),
    path("partners/refer/<uuid:case_id>/consent/", views.refer_consent, name="refer_consent"),
    path("partners/refer/<uuid:case_id>/write/", views.refer_write, name="refer_write"),
    path("partners/import/", views.package_import, name="import"),
    path("partners/received/<uuid:package_id>/status/", views.status_write, name="status"),
]
