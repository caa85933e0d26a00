#!/usr/bin/env python
"""Django's manage.py; `refuge` is the same with a shorter name."""

from refuge.cli import main

if __name__ == "__main__":
    main()
