from django.urls import path

from refuge.site import audit_views

app_name = "audit"

urlpatterns = [path("", audit_views.audit_log, name="log")]
