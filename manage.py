#!/usr/bin/env python
"""Django's command-line utility for the Return & Reintegration Hub."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    from django.core.management import execute_from_command_line

    from portal.operations.startup import check_services_for_command

    check_services_for_command(sys.argv)
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
