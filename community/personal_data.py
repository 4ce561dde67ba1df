"""What the community holds about a member, for their data export and account deletion
(registered as ``PersonalData`` in ``registrations``): profile, email addresses, groups,
threads, posts, reactions, follows, notifications, flags and saved searches."""

from community.accounts.services import chosen_language

from .alerts.models import SavedSearch, SentMatch
from .discussions.models import Follow, Membership, Post, PostRevision, Reaction, Thread
from .moderation.models import Flag
from .notifications.models import Notification

FORMER_MEMBER = "Former member"  # stored in others' notifications in place of the name


def _when(value):
    return value.isoformat() if value else None


def export(user):
    """{section: [rows]} of everything the community keeps about ``user``."""
    from allauth.account.models import EmailAddress

    profile = getattr(user, "community_profile", None)
    sections = {
        "account": [
            {
                "username": user.username,
                "email": user.email,
                "first_name": user.first_name,
                "last_name": user.last_name,
                "date_joined": _when(user.date_joined),
                "last_login": _when(user.last_login),
                "language": chosen_language(user) or "",
            }
        ],
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "profile": [],
        "group_memberships": [
            {
                "group": m.group.name,
                "status": m.status,
                "moderator": m.is_moderator,
                "joined_at": _when(m.joined_at),
            }
            for m in Membership.objects.filter(user=user).select_related("group").order_by("pk")
        ],
        "threads": [
            {
                "id": t.pk,
                "title": t.title,
                "group": t.group.name,
                "created_at": _when(t.created_at),
                "url": t.get_absolute_url(),
            }
            for t in Thread.objects.filter(author=user).select_related("group").order_by("pk")
        ],
        "posts": [
            {
                "id": p.pk,
                "thread": p.thread.title,
                "thread_id": p.thread_id,
                "created_at": _when(p.created_at),
                "edited_at": _when(p.edited_at),
                "status": p.status,
                "language": p.language,
                "text": p.source,
                "attachment": p.attachment_name,
            }
            for p in Post.objects.filter(author=user).select_related("thread").order_by("pk")
        ],
        "post_revisions": [
            {"post_id": r.post_id, "text": r.source, "created_at": _when(r.created_at)}
            for r in PostRevision.objects.filter(edited_by=user).order_by("pk")
        ],
        "reactions": [
            {"post_id": r.post_id, "kind": r.kind}
            for r in Reaction.objects.filter(user=user).order_by("pk")
        ],
        "follows": [
            {
                "thread": f.thread.title if f.thread_id else "",
                "group": f.group.name if f.group_id else "",
            }
            for f in Follow.objects.filter(user=user).select_related("thread", "group")
        ],
        "notifications": [
            {
                "event": n.event,
                "message": n.message(),
                "created_at": _when(n.created_at),
                "read": n.read,
                "emailed": n.emailed,
            }
            for n in Notification.objects.filter(user=user).order_by("pk")
        ],
        "flags": [
            {
                "post_id": f.post_id,
                "reason": f.reason,
                "note": f.note,
                "created_at": _when(f.created_at),
            }
            for f in Flag.objects.filter(user=user).order_by("pk")
        ],
        "saved_searches": [
            {
                "name": s.name,
                "listing": s.kind,
                "url": s.url,
                "language": s.language,
                "emails": s.frequency,
                "created_at": _when(s.created_at),
                "last_sent_at": _when(s.last_sent_at),
            }
            for s in SavedSearch.objects.filter(user=user).order_by("pk")
        ],
        "search_alerts_sent": [
            {
                "saved_search": m.saved_search.name,
                "title": m.title,
                "url": m.url,
                "sent_at": _when(m.sent_at),
            }
            for m in SentMatch.objects.filter(saved_search__user=user, baseline=False)
            .select_related("saved_search")
            .order_by("pk")
        ],
    }
    if profile is not None:
        sections["profile"] = [
            {
                "display_name": profile.display_name,
                "organisation": profile.organisation,
                "organisation_type": profile.organisation_type,
                "job_title": profile.job_title,
                "country": str(profile.country.code or ""),
                "themes": ", ".join(t.name for t in profile.themes.all()),
                "languages": ", ".join(lang.code for lang in profile.languages.all()),
                "bio": profile.bio,
                "avatar": profile.avatar.name if profile.avatar else "",
                "links": profile.link_list(),
                "privacy": profile.privacy,
                "in_directory": profile.in_directory,
                "email_notifications": profile.email_mode,
            }
        ]
    return sections


def erase(user):
    """Before the account goes: its posts and threads stay, unsigned ("former member"); its
    name leaves other members' notifications; the avatar file is deleted. Profile,
    memberships, reactions, follows, notifications and saved searches go with the account."""
    posts = list(Post.objects.filter(author=user).values_list("pk", flat=True))
    threads = list(Thread.objects.filter(author=user).values_list("pk", flat=True))
    mentioning = Notification.objects.filter(params__post__in=posts).exclude(user=user)
    for n in mentioning.iterator():
        if "name" in n.params:
            n.params["name"] = FORMER_MEMBER
            n.save(update_fields=["params"])
    Post.objects.filter(pk__in=posts).update(author=None)
    Thread.objects.filter(pk__in=threads).update(author=None)
    PostRevision.objects.filter(edited_by=user).update(edited_by=None)
    Flag.objects.filter(user=user).update(user=None)
    profile = getattr(user, "community_profile", None)
    if profile is not None and profile.avatar:
        profile.avatar.delete(save=False)
