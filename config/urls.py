from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

urlpatterns = [
    path("", include("refuge.core.urls")),
    path("", include("refuge.site.urls")),
    path("accounts/", include("refuge.accounts.urls")),
    path("audit/", include("refuge.site.audit_urls")),
    path("", include("refuge.intake.urls")),
    path("", include("refuge.cases.urls")),
    path("", include("refuge.media.urls")),
    path("", include("refuge.record.urls")),
    path("", include("refuge.findings.urls")),
    path("", include("refuge.partners.urls")),
    # A plain POST form switches language, so it works with JavaScript off.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
]

handler400 = "refuge.core.views.bad_request"
handler403 = "refuge.core.views.permission_denied"
handler404 = "refuge.core.views.page_not_found"
handler500 = "refuge.core.views.server_error"
