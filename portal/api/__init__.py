"""The public read API under ``/api/v1/``: published, public content as JSON for other sites
and researchers, with its OpenAPI 3.1 description generated from the code (django-ninja).

The room holds what every endpoint shares; the apps contribute their endpoints:

- ``site``: the ``NinjaAPI`` assembled from the routers the apps registered
  (``portal.core.registry.ApiRouter``), the error answers (400 with a reason, never 500);
- ``collections``: the list-and-detail router of a content type from a short declaration
  (filters and full-text query through ``portal.core.search``, the language, cursors);
- ``cursors``: opaque, signed keyset cursors (stable while content is added);
- ``http``: what wraps every API view: rate limit (429 with ``Retry-After``), CORS,
  ``ETag``/``If-None-Match``, the language chosen by ``?lang=`` or ``Accept-Language``;
- ``reference``: the portal's own reference data (themes, regions, countries, glossary);
- ``docs``: the server-rendered documentation page (nothing loaded from elsewhere).
"""
