"""The `refuge` console command: Django's management commands under one name.

refuge setup                 migrate, collect static files, create the first administrator
refuge serve                 run the production WSGI server (gunicorn)
refuge createuser --username NAME --role ROLE
refuge users list|reset-password|reset-two-factor|deactivate|activate|set-role
refuge audit verify|head|list
refuge backup DEST / refuge restore SRC
refuge deploy check          on a production host: nginx, swap, RAM directories, secrets
refuge <any Django command>  e.g. refuge migrate, refuge check --deploy
"""

from __future__ import annotations

import os
import re
import sys

PRODUCTION_SETTINGS = "config.settings.prod"


def refuse_development_settings() -> None:
    """Stop when a production host would run with development settings.

    On a host with a production environment file, a forgotten DJANGO_SETTINGS_MODULE would
    otherwise start Refuge on development settings: a new SQLite database and generated secrets
    in var/, beside the real data.
    """
    from config.env import production_env_file

    marker = production_env_file()
    module = os.environ.get("DJANGO_SETTINGS_MODULE")
    if marker.exists() and module != PRODUCTION_SETTINGS:
        sys.stderr.write(
            f"refuge: this is a production host ({marker} exists) but DJANGO_SETTINGS_MODULE is "
            f"{module or 'not set'}; refusing to run with development settings.\n"
            f"Load the production environment first, e.g.: set -a; . {marker}; set +a\n"
        )
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> None:
    from config.env import one_numeric_thread

    refuse_development_settings()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    one_numeric_thread()  # inherited by `refuge serve`'s gunicorn workers
    # Everything Refuge writes (database, backups, files) is readable by its own user only.
    os.umask(0o077)
    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError, ProgrammingError

    args = list(sys.argv if argv is None else argv)
    args[0] = "refuge"
    if len(args) == 1:
        args.append("help")
    try:
        execute_from_command_line(args)
    except (OperationalError, ProgrammingError) as error:
        if not _never_set_up(error, args):
            raise
        from django.conf import settings

        # A command run against an instance never set up (or another REFUGE_VAR_DIR than
        # meant) meets a database without tables: say so, not a page of traceback.
        sys.stderr.write(
            f"refuge: the database {settings.DATABASES['default']['NAME']} is not set up ({error}):"
            " run `refuge setup` (`make run` does), or point REFUGE_VAR_DIR at the instance you "
            "mean (the demo's is var/demo).\n"
        )
        raise SystemExit(1) from None


def _never_set_up(error: Exception, args: list[str]) -> bool:
    """Whether ``error`` is a missing table in a database no migration ever ran on (not a
    failing migration, nor a table missing from a database that is set up)."""
    if args[1] in {"migrate", "setup"} or "--traceback" in args:
        return False
    if not re.search(r"no such table|relation .* does not exist", str(error)):
        return False
    from django.db import DatabaseError, connection

    try:
        return "django_migrations" not in connection.introspection.table_names()
    except DatabaseError:  # the database cannot say: show the error as it is
        return False


if __name__ == "__main__":
    main()
