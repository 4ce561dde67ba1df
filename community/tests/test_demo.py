import os

import pytest
from django.core.management import call_command

from community.discussions.public import search_queryset
from community.models import Group, Thread

pytestmark = pytest.mark.django_db


def test_demo_groups_and_threads_are_idempotent(demo_site, rf, admin_client):
    assert Group.objects.count() == 8
    assert Group.objects.filter(slug="voluntary-humanitarian-return").exists()
    assert Group.objects.filter(slug="children-and-families").exists()
    threads = Thread.objects.count()
    assert threads >= 3
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert Group.objects.count() == 8 and Thread.objects.count() == threads
    assert len(set(search_queryset(rf.get("/")))) == threads
    assert admin_client.get("/admin/snippets/community/group/").status_code == 200
    home = admin_client.get("/en/").status_code
    assert home == 200
