"""Demo content of the Knowledge section: key concepts, data highlights with their charts,
the glossary and the GCM objectives.

Facts come from IOM's Reintegration Handbook (module 1), its knowledge page on voluntary
return and the 2019 Return and Reintegration Key Highlights; the wording is the project's own.
The 2019 figures are imported from ``portal/demo/data/avrr-2019.csv`` as an editor would.
"""

from pathlib import Path

from wagtail.models import Locale

from portal.datasets.csvimport import read_csv, replace_points
from portal.demo.utils import english, ensure_page
from portal.models import ContentPage, Dataset, GcmObjective, GlossaryPage, GlossaryTerm
from portal.taxonomy.gcm import seed_objectives

HIGHLIGHTS_SOURCE = "IOM, 2019 Return and Reintegration Key Highlights (2020)"

DATA_DIR = Path(__file__).resolve().parent / "data"
DATASETS = [
    {
        "slug": "avrr-2019",
        "title": "Return and Reintegration Key Highlights",
        "year": 2019,
        "source": HIGHLIGHTS_SOURCE,
        "file": "avrr-2019.csv",
    },
]

CHART_HEADINGS = {
    "en": (
        "Totals and change from 2018",
        "Returns by country of origin",
        "Main host countries by region",
        "Main countries of origin by region",
    ),
    "fr": (
        "Totaux et évolution depuis 2018",
        "Retours par pays d'origine",
        "Principaux pays d'accueil par région",
        "Principaux pays d'origine par région",
    ),
    "es": (
        "Totales y variación respecto de 2018",
        "Retornos por país de origen",
        "Principales países de acogida por región",
        "Principales países de origen por región",
    ),
    "ar": (
        "المجاميع والتغير منذ عام 2018",
        "حالات العودة حسب بلد المنشأ",
        "أهم بلدان الاستضافة حسب المنطقة",
        "أهم بلدان المنشأ حسب المنطقة",
    ),
}


def chart_blocks(language="en"):
    """The data page's charts of the 2019 data set, each under a heading in ``language``."""
    blocks = []
    kinds = ("totals", "origin-map", "hosts", "origins")
    for heading, kind in zip(CHART_HEADINGS[language], kinds, strict=True):
        blocks.append(("heading", {"text": heading, "level": "h2"}))
        blocks.append(("data_chart", {"dataset": "avrr-2019", "chart": kind, "region": ""}))
    return blocks


def ensure_datasets():
    """Import the packaged CSV files as data sets (figures replaced on each run)."""
    for spec in DATASETS:
        dataset, _created = Dataset.objects.update_or_create(
            slug=spec["slug"],
            defaults={"title": spec["title"], "year": spec["year"], "source": spec["source"]},
        )
        replace_points(dataset, read_csv((DATA_DIR / spec["file"]).read_bytes()))


VOLUNTARY_RETURN_BODY = [
    (
        "paragraph",
        "<p>Voluntary return means going back to one's country of origin, a transit country or "
        "another country because the returnee has decided to do so, with or without help. "
        "People weigh many things before taking that decision: conditions at home and abroad, "
        "family, a finished contract or course, or difficulties in the host country. Choosing "
        "to return does not always mean it was what the person wanted most; sometimes other "
        "options were closed.</p>",
    ),
    (
        "key_messages",
        {
            "heading": "Four conditions for a voluntary decision",
            "messages": [
                "Nobody puts physical or psychological pressure on the migrant to go back.",
                "The migrant has timely, impartial and reliable information to decide on.",
                "There is enough time to weigh other options and to prepare the journey.",
                "Consent can be withdrawn or reconsidered if plans, circumstances or "
                "information change.",
            ],
        },
    ),
    ("heading", {"text": "Who assisted voluntary return serves", "level": "h2"}),
    (
        "paragraph",
        "<p>Assisted voluntary return and reintegration (AVRR) programmes give administrative, "
        "logistical and financial help to migrants who cannot or do not want to stay and lack "
        "the means to go home. They may serve workers whose contracts ended, stranded migrants, "
        "asylum seekers, people who overstayed a visa and migrants in vulnerable situations. "
        "Support usually starts with information and counselling, continues with pre-departure "
        "and travel assistance and often extends to reintegration after arrival.</p>",
    ),
    (
        "case_study",
        {
            "title": "Zambia's National Referral Mechanism",
            "place": "Zambia",
            "country": "ZM",
            "themes": ["vulnerable-migrants", "policy-and-governance"],
            "text": (
                "<p>The Government of Zambia set up a National Referral Mechanism so that "
                "vulnerable migrants — refugees, asylum seekers, victims of trafficking, "
                "unaccompanied and separated children, stranded and stateless migrants — are "
                "identified and referred to the right protection services. It follows national "
                "law and international practice and sets out each step, from the first interview "
                "and status determination to assisted return where that is the chosen "
                "solution.</p>"
            ),
            "source": "IOM knowledge page on voluntary return",
        },
    ),
    (
        "key_messages",
        {
            "heading": "Takeaways",
            "messages": [
                "Return decisions are complex and shaped by conditions in the host and origin "
                "countries as well as by personal circumstances.",
                "AVRR works best when it is rights-based, gender-responsive, sensitive to "
                "children and vulnerability, and owned by governments working with partners.",
                "Information must reach migrants in a language and format they understand, "
                "early enough to matter.",
            ],
        },
    ),
]

RETURN_TYPES_BODY = [
    (
        "paragraph",
        "<p>Return is part of human mobility, not an exception to it. Many people leave "
        "expecting to come back one day. How someone returns — with help or alone, by choice or "
        "by force — shapes what reintegration will demand of them and of their community.</p>",
    ),
    (
        "key_messages",
        {
            "heading": "Ways of returning",
            "messages": [
                "Spontaneous return: the migrant decides and organises the journey alone.",
                "Assisted return: a State or another party pays for or organises the journey "
                "and sometimes supports reintegration.",
                "Forced return: a person is returned against their will, usually after an "
                "administrative or judicial decision.",
                "Voluntary return: the returnee decides to go back, assisted or independently.",
            ],
        },
    ),
    (
        "case_study",
        {
            "title": "Cultural orientation for returnees in El Salvador",
            "place": "El Salvador",
            "country": "SV",
            "themes": ["social-reintegration", "psychosocial-reintegration"],
            "text": (
                "<p>Some Salvadorans come back after decades in the United States, speak "
                "mostly English, hold no Salvadoran identity papers and have no network left at "
                "home; some were deported. A cultural orientation programme helps them "
                "understand the country they return to, from documents and services to local "
                "customs, so that they can find their footing faster.</p>"
            ),
            "source": "IOM Reintegration Handbook, module 1",
        },
    ),
]

REGIONAL_TABLES = [
    {
        "caption": "Asia and the Pacific: top host countries, migrants assisted",
        "row_heading": "Host country",
        "columns": ["2019"],
        "rows": [
            ("Australia", "689"),
            ("Indonesia", "266"),
            ("Vanuatu", "85"),
            ("Thailand", "37"),
            ("Malaysia", "34"),
        ],
    },
    {
        "caption": "Asia and the Pacific: top countries of origin, migrants assisted",
        "row_heading": "Country of origin",
        "columns": ["2019"],
        "rows": [
            ("Pakistan", "2,888"),
            ("Afghanistan", "1,477"),
            ("Iran (Islamic Republic of)", "1,327"),
            ("India", "527"),
            ("China", "521"),
        ],
    },
    {
        "caption": "East and Horn of Africa: top host countries, migrants assisted",
        "row_heading": "Host country",
        "columns": ["2019"],
        "rows": [
            ("Djibouti", "4,220"),
            ("Somalia", "691"),
            ("Sudan", "559"),
            ("United Republic of Tanzania", "290"),
            ("Kenya", "31"),
        ],
    },
    {
        "caption": "East and Horn of Africa: top countries of origin, migrants assisted",
        "row_heading": "Country of origin",
        "columns": ["2019"],
        "rows": [
            ("Ethiopia", "6,098"),
            ("Sudan", "589"),
            ("Somalia", "222"),
            ("Uganda", "67"),
            ("Kenya", "57"),
        ],
    },
]


def _table(spec):
    return (
        "data_table",
        {
            "caption": spec["caption"],
            "row_heading": spec["row_heading"],
            "columns": spec["columns"],
            "rows": [{"label": label, "values": list(values)} for label, *values in spec["rows"]],
            "source": HIGHLIGHTS_SOURCE,
        },
    )


HIGHLIGHTS_BODY = [
    (
        "key_messages",
        {
            "heading": "2019 in brief",
            "messages": [
                "64,958 migrants returned home with IOM's help, 2.6 per cent more than the "
                "63,316 of 2018.",
                "The Niger overtook Germany as the main host country for the first time.",
                "Ethiopia became the largest country of origin after a 27 per cent rise; Iraq "
                "fell from first to fourth.",
                "44.6 per cent of returnees went back within their own region (37 per cent in "
                "2018).",
                "Host countries rose from 128 to 136 while countries of origin fell from 169 "
                "to 164.",
            ],
        },
    ),
    *chart_blocks("en"),
    *[_table(spec) for spec in REGIONAL_TABLES],
]

GLOSSARY = [
    (
        "Assisted voluntary return and reintegration",
        "AVRR",
        "Administrative, logistical and financial support, reintegration help included, for "
        "migrants who cannot or do not want to stay in the host or transit country and choose to "
        "go home.",
    ),
    (
        "Voluntary humanitarian return",
        "VHR",
        "Assisted voluntary return from crisis settings, such as Libya and Yemen, where migrants "
        "are stranded and at risk.",
    ),
    (
        "Post-arrival reintegration assistance",
        "PARA",
        "Reintegration support given after arrival to people returned by other actors, voluntarily "
        "or not, once their admission to the country is complete.",
    ),
    (
        "Unaccompanied and separated children",
        "UASC",
        "Children outside their country of origin who are separated from both parents, or from "
        "their usual caregivers, and may travel alone.",
    ),
    (
        "Victim of trafficking",
        "VoT",
        "A person recruited, moved or held by force, fraud or coercion for exploitation; entitled "
        "to protection and tailored return and reintegration support.",
    ),
    (
        "National Referral Mechanism",
        "NRM",
        "A government framework that identifies vulnerable migrants and refers them to the "
        "services they need, step by step.",
    ),
    (
        "Reintegration",
        "",
        "A process through which a returnee re-establishes the economic, social and psychosocial "
        "relationships needed for a livelihood, dignity and a place in civic life.",
    ),
    (
        "Sustainable reintegration",
        "",
        "Reached when returnees are economically self-sufficient, socially stable in their "
        "community and well enough to cope with the drivers of migration, so that moving again "
        "becomes a choice rather than a necessity.",
    ),
    (
        "Spontaneous return",
        "",
        "A return the migrant decides on and carries out alone, without help from a State or "
        "other party.",
    ),
    (
        "Forced return",
        "",
        "Returning a person against their will, generally on the basis of an administrative or "
        "judicial decision.",
    ),
    (
        "Assisted return",
        "",
        "A return for which a State or a third party provides financial or logistical help, and "
        "sometimes reintegration support.",
    ),
    ("Host country", "", "The country a migrant lives in or transits through before returning."),
    (
        "Country of origin",
        "",
        "The country of nationality or former habitual residence a migrant returns to.",
    ),
    (
        "Economic dimension",
        "",
        "The part of reintegration concerned with income, work and self-sufficiency.",
    ),
    (
        "Social dimension",
        "",
        "Returnees' access to public services and infrastructure: health, education, housing, "
        "justice and social protection.",
    ),
    (
        "Psychosocial dimension",
        "",
        "Returnees' emotional and psychological well-being and their ties with family and "
        "community.",
    ),
    (
        "European Economic Area",
        "EEA",
        "The European Union member States with Iceland, Liechtenstein and Norway; one of IOM's "
        "regional designations in return statistics.",
    ),
    (
        "South-Eastern Europe, Eastern Europe and Central Asia",
        "SEEECA",
        "One of IOM's nine regional designations.",
    ),
    ("West and Central Africa", "WCA", "One of IOM's nine regional designations."),
    ("Middle East and North Africa", "MENA", "One of IOM's nine regional designations."),
]


def ensure_glossary():
    locale = english()
    for term, acronym, definition in GLOSSARY:
        obj, _created = GlossaryTerm.objects.update_or_create(
            locale=locale,
            term=term,
            defaults={"acronym": acronym, "definition": f"<p>{definition}</p>"},
        )


def load(home, images=None):
    """The Knowledge section under the home page."""
    from portal.demo.images import CREDIT, ensure_images
    from portal.models import KnowledgeIndexPage

    images = images or ensure_images()
    pictures = {"image_credit": CREDIT}
    ensure_glossary()
    ensure_datasets()
    seed_objectives(GcmObjective, Locale)
    knowledge = ensure_page(
        home,
        KnowledgeIndexPage,
        "knowledge",
        title="Knowledge",
        intro=(
            "<p>Key concepts of return and reintegration with their key messages, case "
            "studies from the field, figures and a glossary.</p>"
        ),
        search_description="Key concepts, figures and a glossary of return and reintegration.",
        show_in_menus=True,
    )
    ensure_page(
        knowledge,
        ContentPage,
        "voluntary-return-and-avrr",
        title="Voluntary return and assisted voluntary return",
        summary=(
            "What makes a return voluntary, who AVRR programmes serve, and a referral "
            "mechanism from Zambia."
        ),
        body=VOLUNTARY_RETURN_BODY,
        image=images["At the crossroads"],
        **pictures,
    )
    ensure_page(
        knowledge,
        ContentPage,
        "types-of-return",
        title="Types of return and why they matter",
        summary="Spontaneous, assisted, forced and voluntary return, with a case from El Salvador.",
        body=RETURN_TYPES_BODY,
        image=images["Four ways home"],
        **pictures,
    )
    ensure_page(
        knowledge,
        ContentPage,
        "data-highlights-2019",
        title="Data highlights: assisted voluntary return in 2019",
        summary="Headline figures and the main host and origin countries in two regions.",
        body=HIGHLIGHTS_BODY,
        image=images["Figures at a glance"],
        **pictures,
    )
    ensure_page(
        knowledge,
        GlossaryPage,
        "glossary",
        title="Glossary",
        intro="<p>Short definitions of the terms and acronyms used across the platform.</p>",
        image=images["Words we use"],
    )
    return knowledge
