"""The `refuge` console command: Django's management commands under one name.

refuge setup                 migrate, collect static files, create the first administrator
refuge serve                 run the production WSGI server (gunicorn)
refuge createuser --username NAME --role ROLE
refuge users list|reset-password|reset-two-factor|deactivate|activate|set-role
refuge audit verify|head|list
refuge backup DEST / refuge restore SRC
refuge <any Django command>  e.g. refuge migrate, refuge check --deploy
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    # Everything Refuge writes (database, backups, files) is readable by its own user only.
    os.umask(0o077)
    from django.core.management import execute_from_command_line

    args = list(sys.argv if argv is None else argv)
    args[0] = "refuge"
    if len(args) == 1:
        args.append("help")
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
