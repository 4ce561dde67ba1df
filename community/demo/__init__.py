"""Demo content of the community: the landing page (in four languages), thematic groups (named
in four languages), a few members and discussions, some written in French or Arabic, and one
answered conversation with code and mentions (idempotent)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from community.accounts.models import Profile
from community.discussions.markdown import render_markdown
from community.discussions.models import Group, Membership, Post, Thread
from community.landing import CommunityIndexPage
from portal.demo.utils import english, ensure_page, sync_locales, translate_page, translate_snippet

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


LANDING = {
    "title": "Community",
    "intro": (
        "<p>Thematic groups where caseworkers, programme managers, policy makers and "
        "researchers exchange experience on return and reintegration: ask a question, share "
        "what worked, find peers who face the same situations.</p>"
    ),
    "join_text": (
        "<p>Create a free account with your work email address, confirm it, then join the "
        "open groups you need. Groups marked <b>by request</b> are opened by their moderators; "
        "anyone may read the discussions of open groups.</p>"
    ),
}

# One conversation as it happens: a question with a formula, an answer from the group's
# moderator (marked as the answer), a mention and thanks, an hour or more apart.
ANSWERED_GROUP = "individual-level-assistance"
ANSWERED_MODERATOR = "lena.demo"
ANSWERED = (
    "jorge.demo",
    "Weighting the three dimensions in our case scores",
    [
        (
            "jorge.demo",
            "We score each case on the economic, social and psychosocial dimensions (0 to 1) in "
            "a shared spreadsheet. Today the total is a plain average:\n\n"
            "```\n=AVERAGE(C2:E2)\n```\n\n"
            "Our field teams feel the economic score counts for too much in practice. How do "
            "you weight the dimensions, and who decides the weights?",
        ),
        (
            "lena.demo",
            "Keep the weights in one row of their own, so the team can discuss them without "
            "touching every formula:\n\n"
            "```\n"
            "' H1:J1 hold the agreed weights, e.g. 0.4  0.3  0.3\n"
            "=SUMPRODUCT(C2:E2, $H$1:$J$1) / SUM($H$1:$J$1)\n"
            "```\n\n"
            "Agree them with caseworkers and returnees' representatives, write down why, and "
            "review them once a year. Report the three scores beside the total: a single number "
            "hides the dimension that is failing.",
        ),
        (
            "amina.demo",
            "@jorge.demo we do the same in Senegal and also keep a column for the date the "
            "weights changed, so older scores can still be compared.",
        ),
        (
            "jorge.demo",
            "Thank you @lena.demo and @amina.demo: the separate weights row is now in our "
            "template, and the team reviews it in January.",
        ),
    ],
)


def _landing(home_page):
    """The Community landing page, replacing the portal's placeholder, in every language."""
    placeholder = home_page.get_children().filter(slug="community").first()
    if placeholder is not None and placeholder.specific_class is not CommunityIndexPage:
        for translation in placeholder.get_translations(inclusive=True):
            translation.delete()
    landing = ensure_page(home_page, CommunityIndexPage, "community", show_in_menus=True, **LANDING)
    sync_locales(landing)
    for language, fields in translations.LANDING.items():
        translate_page(landing, language, **fields)
    return landing


def _answered_thread(groups, users):
    """The answered conversation, its group's moderator appointed (kept as is once made)."""
    group = next(g for g in groups if g.slug == ANSWERED_GROUP)
    Membership.objects.filter(group=group, user=users[ANSWERED_MODERATOR]).update(is_moderator=True)
    author, title, posts = ANSWERED
    if Thread.objects.filter(group=group, title=title).exists():
        return
    start = timezone.now().replace(microsecond=0) - timedelta(days=2, hours=3)
    thread = Thread.objects.create(
        group=group,
        title=title,
        author=users[author],
        language="en",
        created_at=start,
        reply_count=len(posts) - 1,
    )
    made = []
    for n, (name, source) in enumerate(posts):
        made.append(
            Post.objects.create(
                thread=thread,
                author=users[name],
                source=source,
                html=render_markdown(source),
                language="en",
                created_at=start + timedelta(hours=n * 5, minutes=n * 7),
            )
        )
    Thread.objects.filter(pk=thread.pk).update(
        is_answered=True, answer=made[1], last_activity_at=made[-1].created_at
    )


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
    """Create the landing page, the demo groups, members and discussions (idempotent)."""
    _landing(home_page)
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
    _answered_thread(groups, users)
    if stdout is not None:
        count = len(THREADS) + len(translations.THREADS)
        stdout.write(f"community: {len(groups)} groups in 4 languages, {count} discussions\n")
