"""Domain logic of good practices: search documents and facets, the filtered listing, the
detail page's data, what is tagged with a GCM objective, and the guided submission."""

from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q, prefetch_related_objects
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, WorkflowState

from portal.core.i18n import content_language, default_locale_id
from portal.core.search import facet_order, find
from portal.models import GcmObjective, region_for_country
from portal.security.input import parse_int
from resources.practices.models import (
    DIMENSIONS,
    EvidenceLevel,
    GoodPracticeIndexPage,
    GoodPracticePage,
    PracticeDocument,
    PracticeIndicator,
)

SEARCH_TYPE = "practices"  # the key of the practices' search type (registrations)
PER_PAGE = 10
# The listing's filters, in the order the sidebar shows them ("q" is the text box).
FACETS = (
    ("evidence", _("Evidence level")),
    ("gcm", _("GCM objective")),
    ("dimension", _("Reintegration dimension")),
    ("theme", _("Theme")),
    ("region", _("Region")),
    ("country", _("Country")),
)
TEXT_FIELDS = (
    "context",
    "target_group",
    "approach",
    "results",
    "evidence_note",
    "lessons_learned",
    "challenges",
    "sustainability",
    "partners",
)


# --- search ------------------------------------------------------------------------------------


def public_queryset(request):
    """Practices the site search may show: live and public."""
    return GoodPracticePage.objects.live().public()


def facet_codes(page):
    """The practice's facet values as codes (what the listing filters on)."""
    regions = {r.code for r in page.regions.all()}
    regions.update(filter(None, (region_for_country(c.code) for c in page.countries)))
    return {
        "evidence": [page.evidence_level],
        "gcm": sorted({str(o.number) for o in page.gcm_objectives.all()}, key=int),
        "dimension": page.dimensions,
        "theme": sorted({t.slug for t in page.themes.all()}),
        "region": sorted(regions),
        "country": sorted(c.code for c in page.countries),
        # In the resources listing, practices are the type "Good practice".
        "resource_type": ["good_practice"],
    }


def search_document(page):
    """The site-search document of a practice: its fields, figures and its PDFs' text."""
    documents = list(page.documents.select_related("document"))
    parts = [getattr(page, name) for name in TEXT_FIELDS]
    parts += [f"{row.indicator}: {row.value}" for row in page.indicators.all()]
    parts += [d.document.extracted_text for d in documents if d.document.extracted_text]
    date = page.last_published_at or page.first_published_at
    return {
        "title": page.title,
        "text": "\n".join(part for part in parts if part),
        "summary": page.summary,
        "url": page.url or "",
        "date": date.date() if date else None,
        "language": content_language(page),
        "locale": page.locale.language_code,
        "facets": facet_codes(page),
    }


def gcm_labels():
    """{number: "n. title"} of the GCM objectives in the active language where translated
    (one query)."""
    language = (get_language() or "en").split("-")[0]
    rows = GcmObjective.objects.filter(
        Q(locale_id=default_locale_id()) | Q(locale__language_code=language)
    ).values_list("number", "title", "locale__language_code")
    # The default locale's first, the active language's after (they replace them).
    ordered = sorted(rows, key=lambda row: row[2] == language)
    return {str(number): f"{number}. {title}" for number, title, _code in ordered}


def facet_labels(name):
    """{value: label} of a facet's values in the active language."""
    from django_countries import countries

    from portal.models import Region, Theme

    if name == "evidence":
        return dict(EvidenceLevel.choices)
    if name == "gcm":
        return gcm_labels()
    if name == "dimension":
        return dict(DIMENSIONS)
    if name == "theme":
        names = dict(
            Theme.objects.filter(locale_id=default_locale_id()).values_list("slug", "name")
        )
        names.update(Theme.objects.filter(locale=Locale.get_active()).values_list("slug", "name"))
        return names
    if name == "region":
        return {r.code: r.name for r in Region.objects.all()}
    if name == "country":
        return dict(countries)
    if name == "resource_type":
        return {"good_practice": _("Good practice")}
    return {}


# --- the listing -------------------------------------------------------------------------------


class PracticeQuery:
    """The listing's state, read from (and written back to) the query string."""

    def __init__(self, params):
        self.q = (params.get("q") or "").strip()[:200]
        names = [name for name, _label in FACETS]
        self.filters = {name: [v for v in params.getlist(name) if v][:20] for name in names}
        self.page = parse_int(params.get("page"), 1, 100_000) or 1

    def find(self, index_page, request, page=None):
        return find(
            request,
            self.q,
            types=(SEARCH_TYPE,),
            filters={name: values for name, values in self.filters.items() if values},
            locale=index_page.locale.language_code,
            language=(get_language() or "en").split("-")[0],
            sort="relevance" if self.q else "newest",
            page=page or self.page,
            per_page=PER_PAGE,
        )

    def facets(self, results):
        counts = results.facet_counts["facets"]
        groups = []
        for name, label in FACETS:
            labels = facet_labels(name)
            chosen = set(self.filters[name])
            values = dict(counts.get(name, {}))
            for value in chosen:  # a chosen value stays listed (and can be unticked)
                values.setdefault(value, 0)
            if name == "gcm":  # objectives in their own order, 1 to 23
                ranked = sorted(values.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0)
            elif name == "evidence":  # strongest evidence first
                order = [level for level, _label in EvidenceLevel.choices]
                ranked = sorted(
                    values.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99
                )
            else:
                ranked = facet_order(name, values, labels)
            groups.append(
                {
                    "name": name,
                    "label": label,
                    "options": [
                        {
                            "value": value,
                            "label": labels.get(value, value),
                            "count": n,
                            "selected": value in chosen,
                        }
                        for value, n in ranked
                    ],
                }
            )
        return groups


class _Results:
    """The matches as Django's Paginator sees them (only the shown page is loaded)."""

    def __init__(self, total, items):
        self.total, self.items = total, items

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        return self.items


def practices_of(hits):
    """The practices of these hits, in hit order, each with its URL and snippet."""
    ids = [int(h.object_id) for h in hits if h.object_id.isdigit()]
    pages = GoodPracticePage.objects.filter(pk__in=ids).select_related("locale")
    by_pk = {page.pk: page for page in pages}
    items = []
    for hit in hits:
        page = by_pk.get(int(hit.object_id)) if hit.object_id.isdigit() else None
        if page is not None:
            page.listing_url = hit.url or page.url
            page.headline = hit.snippet
            items.append(page)
    prefetch_related_objects(items, "gcm_objectives")
    return items


def listing_context(index_page, request):
    """Template context of the practices listing: results, facets, paging, query state."""
    query = PracticeQuery(request.GET)
    results = query.find(index_page, request)
    last = max(1, -(-results.total // PER_PAGE))
    if query.page > last and results.total:
        query.page = last
        results = query.find(index_page, request)
    items = practices_of(results.hits)
    paginator = Paginator(_Results(results.total, items), PER_PAGE)
    labels = gcm_labels()
    for item in items:
        item.gcm_list = [labels.get(str(o.number), str(o)) for o in item.gcm_objectives.all()]
    return {
        "query": query,
        "results": items,
        "paginator": paginator,
        "page_obj": paginator.get_page(query.page),
        "facets": query.facets(results),
    }


def detail_context(page, request):
    """Template context of a practice page."""
    from resources.services import in_active_locale

    documents = list(page.documents.select_related("document"))
    for row in documents:
        row.download_url = row.document.url
    return {
        "indicators": list(page.indicators.all()),
        "documents": documents,
        "themes": in_active_locale(list(page.themes.all())),
        "regions": list(page.regions.all()),
        "objectives": in_active_locale(list(page.gcm_objectives.all())),
    }


def practices_url(request):
    """The practices index of the active language (else any live one)."""
    pages = GoodPracticeIndexPage.objects.live()
    language = (get_language() or "en").split("-")[0]
    index = pages.filter(locale__language_code=language).first() or pages.first()
    return index.get_url(request) if index else None


# --- tagged with a GCM objective ---------------------------------------------------------------


def _tagged(model, objective, limit):
    """Live public pages of ``model`` tagged with ``objective``'s number, in its locale (else
    the default locale's)."""
    pages = model.objects.live().public().filter(gcm_objectives__number=objective.number)
    local = pages.filter(locale_id=objective.locale_id)
    chosen = local if local.exists() else pages.filter(locale_id=default_locale_id())
    return chosen.distinct().order_by("title")[:limit]


def tagged_practices(request, objective, limit):
    return [
        {
            "url": page.get_url(request),
            "title": page.title,
            "meta": str(page.get_evidence_level_display()),
            "summary": page.summary,
        }
        for page in _tagged(GoodPracticePage, objective, limit)
    ]


def tagged_resources(request, objective, limit):
    from resources.models import ResourcePage

    return [
        {
            "url": page.get_url(request),
            "title": page.title,
            "meta": " · ".join([str(page.get_resource_type_display()), str(page.year_display)]),
            "summary": page.summary,
        }
        for page in _tagged(ResourcePage, objective, limit)
    ]


# --- the guided submission ---------------------------------------------------------------------


def drafts_of(user):
    """The member's own practices (drafts, in review, published), newest first."""
    return GoodPracticePage.objects.filter(submitted_by=user, alias_of__isnull=True).order_by("-pk")


def state_of(page):
    """The submission state key ("draft", "in_moderation", "needs_changes", "published")."""
    if page.live:
        return "published"
    state = (
        WorkflowState.objects.filter(
            base_content_type=page.get_base_content_type(), object_id=str(page.pk)
        )
        .order_by("-created_at", "-pk")
        .first()
    )
    if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return "in_moderation"
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return "needs_changes"
    return "draft"


def editable(page, user):
    """Whether ``user`` may change this practice through the submission form: their own,
    not published and not being reviewed."""
    return (
        user.is_authenticated
        and page.submitted_by_id == user.pk
        and state_of(page) in ("draft", "needs_changes")
    )


def create_draft(index, user, data):
    """The first step creates the practice as a draft page of the member (not yet reviewed)."""
    from portal.core.slugs import unique_child_slug

    page = GoodPracticePage(
        title=data["title"],
        slug=unique_child_slug(index, data["title"], fallback="practice", reserved={"submit"}),
        owner=user,
        submitted_by=user,
        live=False,
    )
    apply_step(page, 1, data)
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=False)
    return page


STEP_FIELDS = {
    1: ("title", "summary", "context", "target_group", "countries", "duration", "partners"),
    2: ("approach", "results", "lessons_learned", "challenges", "sustainability", "cost_range"),
    3: (
        "evidence_level",
        "evidence_note",
        "contact_name",
        "contact_organisation",
        "contact_email",
        "contact_consent",
    ),
}
STEP_RELATIONS = {1: ("regions", "themes"), 3: ("gcm_objectives",)}


def apply_step(page, step, data):
    """Copy one step's cleaned data onto the page (not saved)."""
    for name in STEP_FIELDS[step]:
        setattr(page, name, data[name])
    for name in STEP_RELATIONS.get(step, ()):
        if name in data:
            getattr(page, name).set(data[name] or [])
    if step == 1:
        chosen = set(data.get("dimensions") or ())
        for code in dict(DIMENSIONS):
            setattr(page, f"dimension_{code}", code in chosen)


# What each step requires before the practice may be sent (the forms' required fields).
REQUIRED = {
    1: ("title", "summary", "context", "target_group", "dimensions"),
    2: ("approach", "results", "lessons_learned"),
    3: ("evidence_level",),
}


def incomplete_steps(page):
    """The steps whose required answers are still missing (GCM objectives are step 3's)."""
    steps = [s for s, names in REQUIRED.items() if not all(getattr(page, n) for n in names)]
    if 3 not in steps and not page.gcm_objectives.exists():
        steps.append(3)
    return steps


def save_step(page, step, data, user, indicators=None, upload=None):
    """Save one step of the member's draft (the page row and a revision)."""
    with transaction.atomic():
        apply_step(page, step, data)
        if indicators is not None:
            page.indicators = [
                PracticeIndicator(indicator=row["indicator"], value=row["value"])
                for row in indicators
            ]
        if upload is not None:
            page.documents = list(page.documents.all()) + [_document(page, user, upload, data)]
        page.save()
        page.save_revision(user=user, log_action=False)
    return page


def _document(page, user, upload, data):
    from wagtail.documents import get_document_model

    from resources.contributions import pending_collection

    document = get_document_model()(
        title=f"{page.title[:230]} (PDF)",
        language=data.get("document_language") or "en",
        collection=pending_collection(),
        uploaded_by_user=user,
    )
    document.file.save(upload.name, upload, save=False)
    document.save()
    return PracticeDocument(document=document, language=document.language)


def submit(index, page, user):
    """Send the draft for review: a new review in the index's workflow, or the same review
    resumed when the editors had asked for changes."""
    from resources import contributions

    with transaction.atomic():
        page.save_revision(user=user, log_action=True)
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        else:
            workflow = contributions.ensure_workflow(index)
            contributions.opt_out_of_wagtail_decision_emails(user)
            (page.get_workflow() or workflow).start(page, user)
    return page


def dashboard_context(request):
    """Context of the dashboard panel "My good practices"."""
    from resources.contributions import STATE_LABELS

    items = []
    index_url = practices_url(request)
    for page in drafts_of(request.user)[:50]:
        key = state_of(page)
        item = {"title": page.title, "state": key, "state_label": STATE_LABELS[key]}
        if key == "published":
            item["url"] = page.get_url(request)
        elif key in ("draft", "needs_changes") and index_url:
            item["edit_url"] = f"{index_url}submit/{page.pk}/1/"
        items.append(item)
    return {"items": items, "submit_url": f"{index_url}submit/" if index_url else None}
