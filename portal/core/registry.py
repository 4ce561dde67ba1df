"""Extension points through which apps plug into the portal without importing each other.

Each app registers from its ``registrations.register()``, which ``AppConfig.ready()`` calls:

- home sections: lists shown on the home page (latest resources, upcoming webinars...);
- dashboard panels: boxes on a member's dashboard (their submissions, courses...);
- demo loaders: steps of ``manage.py load_demo_content`` (by dotted path, imported lazily);
- search types: content the site-wide search covers;
- API routers: endpoints of the public read API (``/api/v1/``);
- work queues: what waits for editors and moderators, on the Wagtail admin's home page.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module


@dataclass(frozen=True)
class HomeSection:
    key: str
    label: str
    # provider(request, limit) -> iterable of dicts with url, title, meta, summary.
    provider: Callable
    template: str = "portal/blocks/listing_section.html"
    more_url: Callable | None = None  # more_url(request) -> str
    # vary(request) -> str: what the rendered section depends on besides the language and
    # the site (it is cached until content changes, see portal.pages.sections), e.g. a time zone.
    vary: Callable | None = None


@dataclass(frozen=True)
class DashboardPanel:
    key: str
    title: str
    template: str
    # context(request) -> dict, merged into the panel's template context.
    context: Callable
    order: int = 100


@dataclass(frozen=True)
class DemoLoader:
    """A step of ``load_demo_content``. ``path`` names the function ("app.demo.load"), which
    is imported only when the demo is loaded, so demo code stays out of the running site."""

    name: str
    path: str
    order: int = 100

    def load(self, home_page, stdout=None):
        """Run the step (idempotent): ``function(home_page, stdout)``."""
        module, _, function = self.path.rpartition(".")
        return getattr(import_module(module), function)(home_page, stdout)


@dataclass
class Registry:
    home_sections: dict = field(default_factory=dict)
    dashboard_panels: dict = field(default_factory=dict)
    demo_loaders: dict = field(default_factory=dict)
    search_types: dict = field(default_factory=dict)
    tagged_content: dict = field(default_factory=dict)
    personal_data: dict = field(default_factory=dict)
    api_routers: dict = field(default_factory=dict)
    work_queues: dict = field(default_factory=dict)


registry = Registry()


def register_home_section(section: HomeSection):
    """Offer ``section`` to the home page's sections block (replaces one with its key)."""
    registry.home_sections[section.key] = section


def register_dashboard_panel(panel: DashboardPanel):
    """Show ``panel`` on every member's dashboard (replaces one with its key)."""
    registry.dashboard_panels[panel.key] = panel


def register_demo_loader(loader: DemoLoader):
    """Make ``loader`` a step of ``load_demo_content`` (replaces one with its name)."""
    registry.demo_loaders[loader.name] = loader


def home_section_choices():
    """Choices for the home page's section block: the sections the apps registered."""
    return sorted((key, section.label) for key, section in registry.home_sections.items())


def dashboard_panels():
    """The registered dashboard panels, in display order."""
    return sorted(registry.dashboard_panels.values(), key=lambda panel: (panel.order, panel.key))


def demo_loaders():
    """The registered demo steps, in loading order."""
    return sorted(registry.demo_loaders.values(), key=lambda loader: (loader.order, loader.name))


@dataclass(frozen=True)
class SearchType:
    """A content type the site-wide search covers (registered by the app that owns it).

    - ``model``: "app_label.ModelName", indexed with ``wagtail.search.index.Indexed``.
    - ``public_queryset(request)``: what this visitor may see (private groups never leak).
    - ``document(obj)``: a dict the search engines index, with keys ``title``, ``text``
      (the full text, file contents included), ``summary``, ``url``, ``date`` (date or None),
      ``language`` (the language of the text), ``locale`` (the site locale the object is
      shown in, "" for none) and ``facets`` (a dict of facet name -> list of values).
    - ``facets``: (name, label) pairs offered as filters when only this type is searched.
    - ``facet_labels(name)``: {value: label} of a facet's values (codes) in the active
      language; None (or a value missing) shows the value itself.
    """

    key: str
    label: str
    model: str
    public_queryset: Callable
    document: Callable
    facets: tuple = ()
    order: int = 100
    facet_labels: Callable | None = None


def register_search_type(search_type: SearchType):
    """Let the site search index and find ``search_type`` (replaces one with its key)."""
    registry.search_types[search_type.key] = search_type


def search_types():
    """The registered search types, in the order results tabs show them."""
    return sorted(registry.search_types.values(), key=lambda t: (t.order, t.key))


@dataclass(frozen=True)
class ApiRouter:
    """Endpoints an app adds to the public read API (``/api/v1/<prefix>/``).

    ``path`` names a django-ninja ``Router`` ("app.api.router"), imported only when the API is
    assembled (``portal.api``), so registrations stay light. ``portal.api.collections`` builds
    the usual list-and-detail router of a content type from a short declaration.
    """

    prefix: str
    path: str
    order: int = 100

    def load(self):
        module, _, name = self.path.rpartition(".")
        return getattr(import_module(module), name)


def register_api_router(router: ApiRouter):
    """Serve ``router`` under ``/api/v1/<prefix>/`` (replaces one with its prefix)."""
    registry.api_routers[router.prefix] = router


def api_routers():
    """The registered API routers, in the order the API's description lists them."""
    return sorted(registry.api_routers.values(), key=lambda r: (r.order, r.prefix))


@dataclass(frozen=True)
class PersonalData:
    """What an app holds about a member (data-protection requests), from its ``personal_data``
    module: ``export(user) -> {section: [row dicts]}`` (JSON-ready values) for the member's
    download; ``erase(user)`` deletes or anonymises it, inside the account deletion's
    transaction and before the user row is deleted (what cascades needs no eraser)."""

    key: str
    export: Callable
    erase: Callable | None = None
    order: int = 100


def register_personal_data(item: PersonalData):
    """Include ``item`` in members' data exports and account deletion (replaces its key)."""
    registry.personal_data[item.key] = item


def personal_data():
    """The registered personal data, in export order."""
    return sorted(registry.personal_data.values(), key=lambda item: (item.order, item.key))


@dataclass(frozen=True)
class TaggedContent:
    """Content an app tagged with a GCM objective (``portal.models.GcmObjective``), listed on
    the objective's page under ``label``.

    ``provider(request, objective, limit)`` returns at most ``limit`` dicts with ``url``,
    ``title`` and optionally ``meta`` and ``summary``: only what this visitor may see, in the
    objective's locale where there is a translation. ``objective`` may be any translation;
    use ``portal.core.i18n.canonical(objective)`` to match tags stored on the default locale.
    """

    key: str
    label: str
    provider: Callable
    order: int = 100


def register_tagged_content(tagged: TaggedContent):
    """List what ``tagged.provider`` returns on each GCM objective's page (replaces one with
    its key)."""
    registry.tagged_content[tagged.key] = tagged


def tagged_content_providers():
    """The registered tagged-content providers, in display order."""
    return sorted(registry.tagged_content.values(), key=lambda t: (t.order, t.key))


@dataclass(frozen=True)
class WorkQueue:
    """Something that waits for editors or moderators (posts flagged, join requests, pages
    awaiting review), shown on the Wagtail admin's home page to the users who can act on it.

    - ``permission(user) -> bool``: whether this user can act on the queue; others never see it.
    - ``count(user) -> int``: how many items wait for this user (one query, ideally).
    - ``url() -> str``: where to act on them.
    """

    key: str
    label: str
    count: Callable
    url: Callable
    permission: Callable
    order: int = 100


def register_work_queue(queue: WorkQueue):
    """Show ``queue`` on the admin's home page to who can act on it (replaces one with its
    key)."""
    registry.work_queues[queue.key] = queue


def work_queues():
    """The registered work queues, in display order."""
    return sorted(registry.work_queues.values(), key=lambda q: (q.order, q.key))
