"""Production settings: every secret must come from the environment or a *_FILE."""

from __future__ import annotations

from config.env import env_bool, env_int, env_secret, env_str, require_secret

from .base import *  # noqa: F403

SECRET_KEY = require_secret("REFUGE_SECRET_KEY")
REFUGE_SERVER_KEY = require_secret("REFUGE_SERVER_KEY")
# During a rotation of REFUGE_SERVER_KEY: the old key, so receipt tags made under it still
# open (docs/deployment.md, "Rotating the server key").
REFUGE_SERVER_KEY_PREVIOUS = env_secret("REFUGE_SERVER_KEY_PREVIOUS") or ""
DEBUG = False

# TLS terminates at the reverse proxy, which must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("REFUGE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("REFUGE_HSTS_SECONDS", 63072000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("REFUGE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-" + env_str("REFUGE_SESSION_COOKIE_NAME", "sid")
REFUGE_REPORTER_COOKIE_NAME = "__Host-" + env_str("REFUGE_REPORTER_COOKIE_NAME", "sk")
CSRF_COOKIE_NAME = "__Host-csrftoken"
