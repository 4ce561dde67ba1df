"""Data migrations of the resources app."""

import importlib

from django.apps import apps
from wagtail.users.models import UserProfile

from resources.factories import ResourcePageFactory

opt_out = importlib.import_module("resources.migrations.0004_opt_out_existing_contributors")


def test_earlier_contributors_without_admin_access_lose_wagtails_decision_emails(
    resource_index, member, other_member, unverified_member, editor, admin_user
):
    """Like ``contributions.opt_out_of_wagtail_decision_emails`` for members who submitted
    before it existed; editors and superusers keep Wagtail's emails, non-submitters too."""
    UserProfile.get_for_user(member)  # one member already has a profile (all on), one has none
    for user in (member, other_member, editor, admin_user):
        page = ResourcePageFactory.build(title=f"By {user.email}", live=False, submitted_by=user)
        resource_index.add_child(instance=page)

    opt_out.opt_out_existing_contributors(apps, None)

    for user in (member, other_member):
        profile = UserProfile.get_for_user(user)
        assert not profile.approved_notifications and not profile.rejected_notifications
        assert profile.submitted_notifications  # untouched
    for user in (editor, admin_user, unverified_member):
        profile = UserProfile.get_for_user(user)
        assert profile.approved_notifications and profile.rejected_notifications
