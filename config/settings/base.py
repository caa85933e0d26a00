"""Settings shared by every environment. Secrets are never set here."""

from __future__ import annotations

from pathlib import Path

from config.env import database_from_url, env_bool, env_int, env_list, env_secret, env_str
from config.languages import catalogue_languages
from refuge.core.static_headers import static_headers

BASE_DIR = Path(__file__).resolve().parents[2]
VAR_DIR = Path(env_str("REFUGE_VAR_DIR", str(BASE_DIR / "var"))).resolve()

DEBUG = False
# A demo instance (`refuge demo`, `make demo`): invented data, a banner on every page. Set only
# by that command, for its own data directory (var/demo/).
REFUGE_DEMO = env_bool("REFUGE_DEMO", False)
ALLOWED_HOSTS = env_list("REFUGE_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
# Host names (e.g. the hotline's onion address) that serve the hotline only: every staff
# route answers 404 there (refuge.core.middleware.HotlineFaceMiddleware).
REFUGE_HOTLINE_HOSTS = [h.lower() for h in env_list("REFUGE_HOTLINE_HOSTS", [])]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "refuge.keys",
    "refuge.core",
    "refuge.audit",
    "refuge.accounts",
    "refuge.notify",
    "refuge.intake",
    "refuge.findings",
    "refuge.cases",
    "refuge.media",
    "refuge.record",
    "refuge.partners",
    "refuge.site",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "refuge.core.middleware.HotlineFaceMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "refuge.core.middleware.PrivatePageHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "refuge.core.middleware.CompleteMultipartMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Deny by default: every view needs a login unless marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "refuge.accounts.middleware.StaffSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "refuge.core.middleware.IntegrityFailureMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "refuge.intake.context_processors.reporter",
                "refuge.core.context_processors.demo",
                "refuge.core.context_processors.interface_languages",
            ],
            "builtins": ["refuge.core.templatetags.refuge_format"],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        env_str("REFUGE_DATABASE_URL"), sqlite_path=VAR_DIR / "refuge.sqlite3"
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
PASSWORD_HASHERS = [
    # Django's Argon2 hasher uses Argon2id.
    "django.contrib.auth.hashers.Argon2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sessions: cookie lives until the browser closes; the server forgets an idle session after
# REFUGE_IDLE_TIMEOUT_SECONDS (checked on every request by StaffSessionMiddleware).
REFUGE_IDLE_TIMEOUT_SECONDS = env_int("REFUGE_IDLE_TIMEOUT_SECONDS", 30 * 60)
# However active, a staff session ends this long after sign-in (StaffSessionMiddleware).
REFUGE_SESSION_MAX_AGE_SECONDS = env_int("REFUGE_SESSION_MAX_AGE_SECONDS", 12 * 60 * 60)
REFUGE_REAUTH_SECONDS = env_int("REFUGE_REAUTH_SECONDS", 5 * 60)
# Sign-in throttling (refuge/accounts/throttle.py): passwords and two-factor codes are counted
# apart; each lockout in a row lasts twice the one before, up to the maximum; the code step's
# REFUGE_TWO_FACTOR_HARD_LOCK_AFTER-th lockout in a row lasts until an administrator unlocks it.
REFUGE_LOGIN_MAX_FAILURES = env_int("REFUGE_LOGIN_MAX_FAILURES", 5)
REFUGE_LOGIN_LOCKOUT_SECONDS = env_int("REFUGE_LOGIN_LOCKOUT_SECONDS", 15 * 60)
REFUGE_LOGIN_LOCKOUT_MAX_SECONDS = env_int("REFUGE_LOGIN_LOCKOUT_MAX_SECONDS", 4 * 60 * 60)
REFUGE_TWO_FACTOR_HARD_LOCK_AFTER = env_int("REFUGE_TWO_FACTOR_HARD_LOCK_AFTER", 3)
REFUGE_TOTP_ISSUER = env_str("REFUGE_TOTP_ISSUER", "Refuge")
# Database sessions with coarse expiry; empty sessions are deleted (refuge/core/sessions.py).
SESSION_ENGINE = "refuge.core.sessions"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = REFUGE_IDLE_TIMEOUT_SECONDS
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
# Neutral cookie names: a seized phone's cookie store should not name the service.
SESSION_COOKIE_NAME = env_str("REFUGE_SESSION_COOKIE_NAME", "sid")
REFUGE_REPORTER_COOKIE_NAME = env_str("REFUGE_REPORTER_COOKIE_NAME", "sk")
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_AGE = None
CSRF_FAILURE_VIEW = "refuge.core.views.csrf_failure"

LANGUAGE_CODE = "en"
# Every compiled catalogue under refuge/locale (config/languages.py), English first.
LANGUAGES = catalogue_languages(BASE_DIR / "refuge" / "locale")
LOCALE_PATHS = [BASE_DIR / "refuge" / "locale"]
LANGUAGE_COOKIE_AGE = None  # a session cookie: nothing persists on a reporter's phone
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Strict"
USE_I18N = True
# The time zone staff pages show times in (stored times are UTC), e.g. Europe/Moscow.
TIME_ZONE = env_str("REFUGE_TIME_ZONE", "UTC")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
REFUGE_FILE_STORE = Path(env_str("REFUGE_FILE_STORE", str(VAR_DIR / "files"))).resolve()

# Security headers. SecurityMiddleware sets nosniff, Referrer-Policy and COOP; CSPMiddleware the
# policy below; XFrameOptionsMiddleware denies framing; PrivatePageHeadersMiddleware no-store.
# same-origin: forms send their Origin to Refuge itself, so Django's stock origin check works;
# no other site ever learns a Refuge address from a Referer.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
    }
}

# Logs carry no request bodies, IP addresses or user agents: Django's request logger records
# method, path and status only, and the served WSGI process writes no access log.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # No line for 4xx answers, CSRF refusals or reporter paths (refuge/core/logfilters.py).
    "filters": {"quiet_requests": {"()": "refuge.core.logfilters.QuietRequests"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "quiet_console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["quiet_requests"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {"handlers": ["quiet_console"], "level": "WARNING", "propagate": False},
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "django.security": {"handlers": ["quiet_console"], "level": "WARNING", "propagate": False},
        "refuge": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
ADMINS: list[tuple[str, str]] = []  # no error e-mails: they would carry request data off-site

# The organisation's recovery public key, pinned outside the database: a setting, or the file
# `refuge setup` / `refuge recovery init` writes. A recovery key in the database that differs
# from the pin is refused (nothing is sealed to it).
REFUGE_RECOVERY_PUBLIC_KEY = env_str("REFUGE_RECOVERY_PUBLIC_KEY", "")
REFUGE_RECOVERY_PIN_FILE = Path(
    env_str("REFUGE_RECOVERY_PIN_FILE", str(VAR_DIR / "recovery-public-key"))
)
# Where `refuge setup` and `refuge recovery init` leave first-run secrets when standard output
# is not a terminal (mode 0600): never into a log.
REFUGE_FIRST_RUN_SECRETS_FILE = Path(
    env_str("REFUGE_FIRST_RUN_SECRETS_FILE", str(VAR_DIR / "first-run-secrets.txt"))
)
# Argon2id cost for keys derived from passwords and receipts (libsodium units: passes, bytes).
REFUGE_KDF_OPSLIMIT = env_int("REFUGE_KDF_OPSLIMIT", 3)
REFUGE_KDF_MEMLIMIT = env_int("REFUGE_KDF_MEMLIMIT", 64 * 1024 * 1024)
WHITENOISE_ALLOW_ALL_ORIGINS = False
WHITENOISE_ADD_HEADERS_FUNCTION = static_headers  # reporter CSS and icon: no-store


# The hotline.
REFUGE_UPLOAD_MAX_BYTES = env_int("REFUGE_UPLOAD_MAX_BYTES", 50 * 1024 * 1024)
REFUGE_UPLOAD_MAX_FILES = env_int("REFUGE_UPLOAD_MAX_FILES", 10)
FILE_UPLOAD_HANDLERS = ["refuge.intake.uploads.BoundedMemoryUploadHandler"]
DATA_UPLOAD_MAX_NUMBER_FILES = 50
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024  # the non-file fields of one form
# Attachments are cleaned of metadata here; it must be RAM-backed (tmpfs), never the disk.
REFUGE_RAM_TMPDIR = env_str("REFUGE_RAM_TMPDIR", "/dev/shm")  # noqa: S108
# Bounds on one metadata-removal run (decompression bombs): seconds, address space, scratch.
REFUGE_MAT2_TIMEOUT_SECONDS = env_int("REFUGE_MAT2_TIMEOUT_SECONDS", 60)
REFUGE_MAT2_MEMORY_BYTES = env_int("REFUGE_MAT2_MEMORY_BYTES", 2 * 1024**3)
REFUGE_MAT2_SCRATCH_BYTES = env_int("REFUGE_MAT2_SCRATCH_BYTES", 512 * 1024**2)
# mat2 runs in a bubblewrap sandbox; "required" stores files uncleaned rather than parse them
# unsandboxed where the sandbox cannot be built, "preferred" (development) falls back.
REFUGE_MAT2_SANDBOX = env_str("REFUGE_MAT2_SANDBOX", "required")
# Times of anonymous submissions and messages are stored only to this precision.
REFUGE_SUBMISSION_TIME_GRANULARITY = env_str("REFUGE_SUBMISSION_TIME_GRANULARITY", "hour")
# Reporter pages: a neutral title, and where the quick-exit link leads.
REFUGE_REPORTER_TITLE = env_str("REFUGE_REPORTER_TITLE", "Contact form")
# The hotline's published onion address (docs/deployment.md); empty until one is set up.
REFUGE_ONION_ADDRESS = env_str("REFUGE_ONION_ADDRESS", "")
# Shown on /report/about/ beside it: where else the address is published, how to compare it
# (plain text; long text from REFUGE_VERIFICATION_TEXT_FILE). docs/deployment.md, section 5.
REFUGE_VERIFICATION_TEXT = env_secret("REFUGE_VERIFICATION_TEXT") or ""
REFUGE_QUICK_EXIT_URL = env_str("REFUGE_QUICK_EXIT_URL", "https://www.wikipedia.org/")
REFUGE_REPORTER_IDLE_SECONDS = env_int("REFUGE_REPORTER_IDLE_SECONDS", 15 * 60)

# Casework: closed cases are crypto-shredded this many days after closing (`refuge cases expire`),
# unless under legal hold.
REFUGE_CLOSED_CASE_RETENTION_DAYS = env_int("REFUGE_CLOSED_CASE_RETENTION_DAYS", 730)

# The record: statistics and exports show counts below this as "<k" (small-cell suppression).
REFUGE_SMALL_CELL_K = env_int("REFUGE_SMALL_CELL_K", 5)
# Trusted timestamps (RFC 3161) on every evidence package and on the audit-chain head: the
# authority's URL, and the PEM certificates its tokens are checked with (copied into packages).
# Empty: no timestamps, and packages say so.
REFUGE_TSA_URL = env_str("REFUGE_TSA_URL", "")
REFUGE_TSA_CERT_FILE = env_str("REFUGE_TSA_CERT_FILE", "")
REFUGE_TSA_TIMEOUT_SECONDS = env_int("REFUGE_TSA_TIMEOUT_SECONDS", 30)
# Web pages as evidence (`refuge evidence capture URL`): Debian's Chromium, headless; an optional
# proxy (e.g. Tor's socks5://127.0.0.1:9050, so sites do not see the server's address); bounds.
REFUGE_CHROMIUM = env_str("REFUGE_CHROMIUM", "/usr/bin/chromium")
REFUGE_CAPTURE_PROXY = env_str("REFUGE_CAPTURE_PROXY", "")
REFUGE_CAPTURE_MAX_BYTES = env_int("REFUGE_CAPTURE_MAX_BYTES", 20 * 1024 * 1024)
REFUGE_CAPTURE_TIMEOUT_SECONDS = env_int("REFUGE_CAPTURE_TIMEOUT_SECONDS", 60)
REFUGE_CAPTURE_ALLOW_PRIVATE = False  # tests capture pages served on loopback

# Notifications without content (refuge/notify, docs/deployment.md "E-mail notifications").
# SMTP: STARTTLS whenever the server offers it. The password may come from *_FILE.
EMAIL_BACKEND = "refuge.notify.smtp.OpportunisticTLSBackend"
EMAIL_HOST = env_str("REFUGE_EMAIL_HOST", "")
EMAIL_PORT = env_int("REFUGE_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("REFUGE_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = env_secret("REFUGE_EMAIL_PASSWORD") or ""
EMAIL_TIMEOUT = env_int("REFUGE_EMAIL_TIMEOUT_SECONDS", 30)
DEFAULT_FROM_EMAIL = env_str("REFUGE_EMAIL_FROM", "refuge@localhost")
# A CA bundle to verify the SMTP server's certificate with instead of the system's (own relay).
REFUGE_EMAIL_CA_FILE = env_str("REFUGE_EMAIL_CA_FILE", "")
# `refuge serve` runs `refuge notify` this often; 0 turns it off (e.g. when a timer runs it).
REFUGE_NOTIFY_INTERVAL_MINUTES = env_int("REFUGE_NOTIFY_INTERVAL_MINUTES", 60)
# Send the digest on every run, activity or not, so that its arrival says nothing.
REFUGE_NOTIFY_ALWAYS = env_bool("REFUGE_NOTIFY_ALWAYS", False)
