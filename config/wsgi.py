import os

from django.core.wsgi import get_wsgi_application

from config.env import one_numeric_thread

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
one_numeric_thread()

application = get_wsgi_application()
