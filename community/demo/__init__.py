"""Demo content of the community: thematic groups (named in four languages), a few members and
discussions, some written in French or Arabic (idempotent)."""

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from community.accounts.models import Profile
from community.discussions.markdown import render_markdown
from community.discussions.models import Group, Membership, Post, Thread
from portal.demo.utils import english, translate_snippet

from . import translations

GROUPS = [
    (
        "Economic reintegration",
        "Livelihoods, jobs, micro-business and access to finance for people who have come back: what helps returnees reach self-sufficiency.",
    ),
    (
        "Social reintegration",
        "Housing, health, education, documentation and other public services returnees need to take part in society again.",
    ),
    (
        "Psychosocial reintegration",
        "Emotional well-being, belonging and support networks after return, and how to refer people to specialised care.",
    ),
    (
        "Individual level assistance",
        "Case management and tailored assistance plans built with each returnee around their own needs and skills.",
    ),
    (
        "Community level reintegration",
        "Participatory projects that benefit both returnees and the communities receiving them, so that ownership stays local.",
    ),
    (
        "Structural level and capacity building",
        "Strengthening public systems and policies so that reintegration programmes last and reach further.",
    ),
    (
        "Voluntary humanitarian return",
        "Returns organised for migrants stranded in crisis situations, and what reintegration looks like afterwards.",
    ),
    (
        "Children and families",
        "Reintegration support for returnee children and families: schooling, care arrangements and family needs.",
    ),
]

MEMBERS = [
    ("amina.demo", "Amina Diallo", "ngo", "Case manager", "SN"),
    ("jorge.demo", "Jorge Ramírez", "government", "Reintegration officer", "GT"),
    ("lena.demo", "Lena Hoffmann", "academia", "Researcher", "DE"),
]

THREADS = [
    (
        0,
        "jorge.demo",
        "Which small-business trainings actually led to income?",
        "We ran a business-skills course for returnees last year. Completion was high but few people "
        "earned a stable income six months later. What made the difference in your programmes?",
        "In our experience, pairing the course with a mentor from the local market and a small "
        "in-kind grant mattered more than the length of the training.",
    ),
    (
        2,
        "amina.demo",
        "Referring returnees to psychosocial support",
        "How do you decide when a case manager should refer someone to a specialist, and how do you "
        "follow up without making the person feel labelled?",
        "We use a short screening conversation and always explain the referral as one option among "
        "several. A follow-up call two weeks later helps a lot.",
    ),
    (
        7,
        "lena.demo",
        "School enrolment for returnee children",
        "Missing school records are the main barrier we see. Has anyone negotiated placement tests "
        "with education authorities?",
        "Yes: a district agreement allowed placement tests in place of certificates. It took months "
        "to negotiate but now works for every family we assist.",
    ),
]


def _members():
    User = get_user_model()
    users = {}
    for username, name, org_type, job, country in MEMBERS + translations.MEMBERS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org", "first_name": name}
        )
        if created:
            user.set_unusable_password()
            user.save()
        Profile.objects.update_or_create(
            user=user,
            defaults={
                "display_name": name, "organisation_type": org_type, "job_title": job,
                "country": country, "privacy": "public", "in_directory": True,
            },
        )  # fmt: skip
        users[username] = user
    return users


def _groups(users):
    """The English groups, their French, Spanish and Arabic names, every demo member in each."""
    locale = english()
    groups = []
    for name, description in GROUPS:
        group, _ = Group.objects.update_or_create(
            slug=slugify(name), locale=locale, defaults={"name": name, "description": description}
        )
        groups.append(group)
        for language, (name_, description_) in translations.GROUP_TEXTS[group.slug].items():
            translate_snippet(group, language, name=name_, description=description_)
        for user in users.values():
            Membership.objects.get_or_create(group=group, user=user)
    return groups


def _thread(group, author, title, language, posts):
    """A thread with its opening post and replies, each (author, language, text); kept as is
    when a thread of that title is already in the group."""
    if Thread.objects.filter(group=group, title=title).exists():
        return
    thread = Thread.objects.create(
        group=group, title=title, author=author, language=language, reply_count=len(posts) - 1
    )
    for post_author, post_language, source in posts:
        Post.objects.create(
            thread=thread,
            author=post_author,
            source=source,
            html=render_markdown(source),
            language=post_language,
        )


def load(home_page, stdout=None):
    """Create the demo groups, members and discussions (idempotent)."""
    users = _members()
    groups = _groups(users)
    by_slug = {group.slug: group for group in groups}
    for index, author, title, opening, answer in THREADS:
        responder = next(u for name, u in users.items() if name != author)
        posts = [(users[author], "en", opening), (responder, "en", answer)]
        _thread(groups[index], users[author], title, "en", posts)
    for slug, language, author, title, opening, replies in translations.THREADS:
        posts = [(users[author], language, opening)]
        posts += [(users[name], lang, text) for name, lang, text in replies]
        _thread(by_slug[slug], users[author], title, language, posts)
    if stdout is not None:
        count = len(THREADS) + len(translations.THREADS)
        stdout.write(f"community: {len(groups)} groups in 4 languages, {count} discussions\n")
