"""Demo content of the portal: locales, themes, the home page, Spotlight and About pages.

Facts come from the project's source documents (IOM's 2019 Return and Reintegration Key
Highlights and the SPEAK project article); the wording is the project's own.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from portal.core.sites import public_host_port, sync_sites
from portal.demo import images as demo_images
from portal.demo import knowledge as demo_knowledge
from portal.demo.utils import ensure_page
from portal.models import ContentPage, HomePage, Theme

DEMO_ADMIN = {"username": "admin", "email": "admin@example.org", "password": "reintegrate-demo"}

THEMES = [
    (
        "Economic reintegration",
        "Livelihoods, jobs, skills and small businesses that let returnees support themselves.",
    ),
    (
        "Social reintegration",
        "Access to housing, education, health care, documentation and other public services.",
    ),
    (
        "Psychosocial reintegration",
        "Mental health, well-being, family and community ties after return.",
    ),
    (
        "Community-based reintegration",
        "Projects that involve returnees and the communities that receive them.",
    ),
    (
        "Vulnerable migrants",
        "Victims of trafficking, migrants with health needs and others who need tailored support.",
    ),
    (
        "Children and families",
        "Unaccompanied and separated children, families and the best interests of the child.",
    ),
    (
        "Monitoring and evaluation",
        "Measuring how sustainable reintegration is and learning from programmes.",
    ),
    (
        "Policy and governance",
        "Laws, referral mechanisms, coordination and the structural level of reintegration.",
    ),
    (
        "Voluntary humanitarian return",
        "Return from humanitarian and crisis contexts such as Libya and Yemen.",
    ),
    (
        "Assisted voluntary return",
        "Counselling, travel and arrival support for migrants who choose to go home.",
    ),
]

KEY_FIGURES = [
    (64958, "migrants helped to return home voluntarily in 2019 (AVRR)"),
    (15248, "migrants in Libya and Yemen helped through voluntary humanitarian return in 2019"),
    (126442, "reintegration assistance services delivered to returnees in 2019"),
    (112, "IOM country offices that provided reintegration support in 2019"),
]

SOURCE_2019 = "IOM, 2019 Return and Reintegration Key Highlights (2020)"

HOME_SECTIONS = [
    (
        "listing",
        {
            "source": "resources",
            "heading": "Latest resources",
            "intro": "Reports, handbooks, studies and toolkits recently published by IOM and "
            "its partners.",
            "count": 3,
        },
    ),
    (
        "listing",
        {
            "source": "webinars",
            "heading": "Upcoming webinars",
            "intro": "Live online sessions with practitioners: sign up to save your seat.",
            "count": 3,
        },
    ),
    (
        "listing",
        {
            "source": "initiatives",
            "heading": "Featured initiatives",
            "intro": "Reintegration projects from the map: where they run and who runs them.",
            "count": 3,
        },
    ),
    (
        "listing",
        {
            "source": "stories",
            "heading": "Spotlight",
            "intro": "Returnees tell their own stories, and figures from the field.",
            "count": 4,
        },
    ),
]

HERO_LINKS = [("Browse resources", "resources"), ("Join the community", "community")]

# Sections other apps fill; until they do, a short page says what is coming.
PLACEHOLDER_SECTIONS = [
    (
        "resources",
        "Resources",
        "Reports, manuals, guidelines, studies and toolkits on return and reintegration.",
    ),
    (
        "community",
        "Community",
        "Thematic groups where practitioners exchange experience and questions.",
    ),
    (
        "learning",
        "Learning",
        "Webinars and self-paced courses, including the Reintegration Handbook course.",
    ),
    (
        "initiatives",
        "Initiatives map",
        "Who does what, where: reintegration initiatives around the world.",
    ),
]

STORIES = [
    {
        "slug": "speak-returnees-tell-their-stories",
        "image": "A shop of one's own",
        "title": "SPEAK: returnees tell their own reintegration stories",
        "summary": (
            "In IOM's SPEAK project, people who went home through assisted voluntary return "
            "describe in short videos what returning was like and what they built afterwards."
        ),
        "body": [
            (
                "paragraph",
                "<p>SPEAK stands for Strengthening and Promoting Engagement on Assisted Voluntary "
                "Return and Reintegration. IOM started it so that accurate information about "
                "assisted voluntary return comes from the people who lived it: returnees from "
                "Spain to Senegal, from Greece to Iraq and from Sudan to Ethiopia.</p>",
            ),
            (
                "heading",
                {"text": "Peshang: from Greece to a shop of his own in Iraq", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Peshang went back to Iraq from Greece after his parents had returned. With "
                "little prospect of remaining in Europe, he asked IOM for help to travel home. "
                "Part of the support he received went into opening a shop, which he now runs. "
                "His family, he says, sees him looking ahead rather than dwelling on regret.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Returning home can be as hard as leaving was in the first place.",
                    "attribution": "A summary of IOM's message in the SPEAK project",
                },
            ),
            ("heading", {"text": "What assisted voluntary return offers", "level": "h2"}),
            (
                "paragraph",
                "<p>The programmes give administrative, logistical and financial help to migrants "
                "who want to return but cannot afford to: information in the host country, "
                "support while travelling and on arrival, and economic help to restart. Since "
                "1979 IOM has assisted some 1.5 million migrants this way, among them people whose "
                "asylum claims were refused, victims of trafficking and unaccompanied minors.</p>",
            ),
        ],
    },
    {
        "slug": "2019-in-figures",
        "image": "Routes home",
        "title": "2019 in figures: where people returned from and to",
        "summary": (
            "For the first time, more migrants were assisted to return from the Niger than from "
            "Germany. A look at the headline numbers of IOM's 2019 report."
        ),
        "body": [
            (
                "paragraph",
                "<p>IOM helped 64,958 migrants return voluntarily in 2019, about the same as in "
                "2018. The mix changed: fewer returns left the European Economic Area and "
                "Switzerland, and more left West and Central Africa. The Niger overtook Germany "
                "as the main host country for the first time since the programmes began.</p>",
            ),
            (
                "paragraph",
                "<p>Almost 45 per cent of those assisted (44.6%) returned within their own region, "
                "up from 37 per cent in 2018. Another 15,248 people in Libya and Yemen went home "
                "through voluntary humanitarian return, and 126,442 reintegration services were "
                "delivered across 112 country offices.</p>",
            ),
        ],
    },
]

# News from IOM's press notes reprinted in the 2019 Key Highlights, with the notes' own dates.
STORIES += [
    {
        "slug": "bangladeshi-migrants-return-from-libya",
        "image": "Walking home",
        "date": datetime.date(2019, 11, 29),
        "title": "152 Bangladeshi migrants return home from Libya",
        "summary": (
            "Survivors of failed sea crossings and former detainees flew from Misrata to Dhaka "
            "through voluntary humanitarian return, and will receive reintegration support."
        ),
        "body": [
            (
                "paragraph",
                "<p>A flight from Misrata brought 152 Bangladeshi men home to Dhaka, among them "
                "people wounded in the conflict and migrants who had been held in detention after "
                "their boats were turned back. IOM staff met them at the airport with food, health "
                "checks, psychosocial support, information and cash for the journey onwards.</p>",
            ),
            (
                "paragraph",
                "<p>The returnees will also receive reintegration assistance, funded by the "
                "European Union Trust Fund. More than 1,400 Bangladeshis had returned from Libya "
                "through voluntary humanitarian return since 2015.</p>",
            ),
        ],
    },
    {
        "slug": "ethiopia-partnership-for-600-children",
        "image": "Among peers",
        "date": datetime.date(2019, 8, 20),
        "title": "A partnership to support 600 children in Ethiopia",
        "summary": (
            "IOM and Save the Children join forces for 400 child returnees and 200 other "
            "vulnerable children in East Hararghe, Oromia and North Wollo."
        ),
        "body": [
            (
                "paragraph",
                "<p>Over eighteen months, the partners plan to support 400 returning children and "
                "200 other vulnerable children in eight areas of Ethiopia. Families receive help "
                "with parenting skills and income-generating activities; the children themselves "
                "take part in skills training, including self-confidence and self-awareness.</p>",
            ),
            (
                "paragraph",
                "<p>It is the fourth partnership of this kind under the EU–IOM Joint Initiative "
                "for Migrant Protection and Reintegration in regions of Ethiopia where irregular "
                "migration is common.</p>",
            ),
        ],
    },
    {
        "slug": "guatemala-airport-reception-centre",
        "image": "At the crossroads",
        "date": datetime.date(2019, 1, 29),
        "title": "Guatemala to triple its reception capacity for returnees at the airport",
        "summary": (
            "A centre at La Aurora International Airport, built with IOM and run by the "
            "Guatemalan Migration Institute, will receive people returned by air."
        ),
        "body": [
            (
                "paragraph",
                "<p>Guatemala is building a reception centre at La Aurora International Airport "
                "for citizens returned by air from Mexico and the United States. IOM oversees the "
                "construction, funded with USD 1.2 million from USAID; the Guatemalan Migration "
                "Institute will run the centre once it opens.</p>",
            ),
            (
                "paragraph",
                "<p>Between January and November 2018, 87,560 returns were recorded, 45.8 per cent "
                "more than in the same months of 2017. The centre will have spaces for children "
                "and families, medical clinics and a room for psychosocial interviews.</p>",
            ),
        ],
    },
]

ABOUT_BODY = [
    (
        "paragraph",
        "<p>Return &amp; Reintegration Hub gathers what practitioners need in one place: "
        "publications and tools, a community of peers, courses and webinars, and a map of who "
        "runs which reintegration initiative where. It is built for caseworkers, programme "
        "managers, policy makers and researchers in host countries and countries of origin, "
        "and it is designed to stay usable on slow connections and without JavaScript.</p>",
    ),
    ("heading", {"text": "Why reintegration needs shared knowledge", "level": "h2"}),
    (
        "paragraph",
        "<p>Reintegration is a process with economic, social and psychosocial sides, at the "
        "level of the individual, the community and the wider structures of a country. No single "
        "organisation sees all of it, which is why the platform invites members to contribute "
        "their own resources, initiatives and experience.</p>",
    ),
]


def ensure_locales():
    for code in ("en", "fr", "es", "ar"):
        Locale.objects.get_or_create(language_code=code)


def ensure_admin(stdout=None):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=DEMO_ADMIN["username"],
        defaults={"email": DEMO_ADMIN["email"], "is_staff": True, "is_superuser": True},
    )
    if created:
        user.set_password(DEMO_ADMIN["password"])
        user.save()
    try:  # allauth needs a verified address to let the admin sign in on the site too.
        from allauth.account.models import EmailAddress

        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
    except ImportError:  # pragma: no cover
        pass
    return user


def ensure_themes():
    locale = Locale.objects.get(language_code="en")
    themes = []
    for order, (name, description) in enumerate(THEMES):
        theme, _ = Theme.objects.update_or_create(
            slug=slugify(name),
            locale=locale,
            defaults={"name": name, "description": description, "sort_order": order},
        )
        themes.append(theme)
    return themes


def ensure_home():
    """The English home page becomes the default site's root; Wagtail's welcome page goes."""
    root = Page.get_first_root_node()
    locale = Locale.objects.get(language_code="en")
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    fields = {
        "title": "Return & Reintegration Hub",
        "hero_title": "Knowledge and community for return and reintegration practitioners",
        "hero_text": (
            "<p>Find guidance, research and tools, learn with the Reintegration Handbook course, "
            "see who works where on the initiatives map, and exchange with peers in host "
            "countries and countries of origin.</p>"
        ),
        "key_figures_heading": "2019 at a glance",
        "key_figures": [
            ("figure", {"number": number, "label": label, "source": SOURCE_2019})
            for number, label in KEY_FIGURES
        ],
        "sections": HOME_SECTIONS,
        "search_description": (
            "Publications, community, learning and a world map of reintegration initiatives."
        ),
    }
    if home is None:
        for welcome in Page.objects.filter(depth=2, slug="home"):
            if welcome.specific_class is Page:  # Wagtail's "Welcome to your new Wagtail site!"
                welcome.delete()
        home = HomePage(slug="home", locale=locale, **fields)
        root.add_child(instance=home)
    else:
        for name, value in fields.items():
            setattr(home, name, value)
    home.save_revision(log_action=False).publish(log_action=False)
    home.refresh_from_db()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    site.hostname, site.port = public_host_port()
    site.root_page = home
    site.site_name = "Return & Reintegration Hub"
    site.save()
    sync_sites()  # Django's Site too (allauth's emails, feeds)
    return home


def load(home, stdout=None):
    """Portal part of the demo: Spotlight with stories, an About page, section placeholders."""
    for slug, title, summary in PLACEHOLDER_SECTIONS:
        existing = home.get_children().filter(slug=slug).first()
        if existing is None:  # never replace an app's own index page
            ensure_page(home, ContentPage, slug, title=title, summary=summary, show_in_menus=True)
    spotlight = ensure_page(
        home,
        ContentPage,
        "spotlight",
        title="Spotlight",
        summary="News, returnee stories and figures from the field.",
        list_children=True,
        show_in_menus=True,
    )
    images = demo_images.ensure_images()
    for story in STORIES:
        ensure_page(
            spotlight,
            ContentPage,
            story["slug"],
            title=story["title"],
            summary=story["summary"],
            date=story.get("date"),
            image=images[story["image"]],
            image_credit=demo_images.CREDIT,
            body=story["body"],
        )
    ensure_page(
        home,
        ContentPage,
        "about",
        title="About the platform",
        summary="What the Return & Reintegration Hub is for and who it serves.",
        body=ABOUT_BODY,
    )
    demo_knowledge.load(home, images)
    home.hero_image = images["Walking home"]
    home.hero_image_credit = demo_images.CREDIT
    home.save_revision(log_action=False).publish(log_action=False)


def ensure_hero_links(home):
    """The hero's buttons, once the apps' demos have put their section pages in place (they
    replace the placeholder pages a link made earlier would point to)."""
    home.refresh_from_db()
    home.hero_links = [
        ("link", {"label": label, "page": page, "url": ""})
        for label, slug in HERO_LINKS
        if (page := home.get_children().filter(slug=slug).first()) is not None
    ]
    home.save_revision(log_action=False).publish(log_action=False)
