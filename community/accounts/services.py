"""Who a member is: verification, site-moderator role, profile, language, directory visibility."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from portal.taxonomy.models import countries_in_region

from .models import Profile


def is_verified(user):
    """True for a signed-in user with at least one verified email address (allauth)."""
    if not user.is_authenticated:
        return False
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, verified=True).exists()


def is_site_moderator(user):
    """True for superusers and members of the Wagtail group "Moderators"."""
    return user.is_authenticated and (
        user.is_superuser or user.groups.filter(name="Moderators").exists()
    )


def role_annotations(user_field):
    """Query expressions telling, for each row's ``user_field`` (e.g. "author"), whether that
    user is a site moderator (``is_site_moderator_``) and has a verified email address
    (``is_verified_``): one query shows the role of every author on a page."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q

    groups = get_user_model().groups.through.objects.filter(
        user=OuterRef(user_field), group__name="Moderators"
    )
    verified = EmailAddress.objects.filter(user=OuterRef(user_field), verified=True)
    return {
        "is_site_moderator_": ExpressionWrapper(
            Q(Exists(groups)) | Q(**{f"{user_field}__is_superuser": True}),
            output_field=BooleanField(),
        ),
        "is_verified_": Exists(verified),
    }


def profile_for(user):
    """The member's profile, created empty on first use."""
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


def preferred_language(user):
    """The language to write to the member in: the preferred language saved in their account
    (Wagtail account settings) when it is one of the site's languages, else LANGUAGE_CODE."""
    account = getattr(user, "wagtail_userprofile", None)
    language = getattr(account, "preferred_language", "")
    if language in {code for code, _name in settings.LANGUAGES}:
        return language
    return settings.LANGUAGE_CODE


def chosen_language(user):
    """The language the member chose (profile form, or the one they signed up in), or None
    when they never did: then a message follows the language of the request that sends it."""
    if user is None or not getattr(user, "pk", None):
        return None
    from wagtail.users.models import UserProfile

    language = (
        UserProfile.objects.filter(user_id=user.pk).values_list("preferred_language", flat=True)
    ).first()
    return language if language in {code for code, _name in settings.LANGUAGES} else None


def set_preferred_language(user, language):
    """Keep ``language`` as the member's language (Wagtail's ``UserProfile``, which its own
    emails and admin also follow); a code outside ``LANGUAGES`` is ignored."""
    if language not in {code for code, _name in settings.LANGUAGES}:
        return
    from wagtail.users.models import UserProfile

    account, _created = UserProfile.objects.update_or_create(
        user=user, defaults={"preferred_language": language}
    )
    user.wagtail_userprofile = account  # what preferred_language(user) reads from now on


def is_new_member(user):
    """True during the member's first COMMUNITY_NEW_MEMBER_DAYS days."""
    days = getattr(settings, "COMMUNITY_NEW_MEMBER_DAYS", 7)
    return user.date_joined > timezone.now() - timedelta(days=days)


def visible_profiles(viewer):
    """Profiles ``viewer`` may see: public ones, plus members-only ones for verified members."""
    qs = Profile.objects.select_related("user").exclude(privacy=Profile.Privacy.HIDDEN)
    if not is_verified(viewer):
        qs = qs.filter(privacy=Profile.Privacy.PUBLIC)
    return qs


def can_view_profile(viewer, profile):
    """True if ``viewer`` may open ``profile`` (their own, a moderator, or privacy allows)."""
    if viewer.is_authenticated and viewer.pk == profile.user_id:
        return True
    if is_site_moderator(viewer):
        return True
    if profile.privacy == Profile.Privacy.HIDDEN:
        return False
    return profile.privacy == Profile.Privacy.PUBLIC or is_verified(viewer)


def directory(viewer, filters=None):
    """Profiles listed in the member directory that ``viewer`` may see, narrowed by ``filters``
    (country code, region, theme slug, organisation type, language code; empty ones ignored)."""
    qs = visible_profiles(viewer).filter(in_directory=True).order_by("display_name", "pk")
    filters = filters or {}
    if filters.get("country"):
        qs = qs.filter(country=filters["country"].upper())
    if filters.get("region"):
        qs = qs.filter(country__in=countries_in_region(filters["region"]))
    if filters.get("theme"):
        qs = qs.filter(themes__slug=filters["theme"])
    if filters.get("organisation_type"):
        qs = qs.filter(organisation_type=filters["organisation_type"])
    if filters.get("language"):
        qs = qs.filter(languages__code=filters["language"])
    return qs.distinct()
