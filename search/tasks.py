"""Background tasks: content changes reach the index through these."""

import logging

from django_tasks import task

logger = logging.getLogger("search")


@task()
def reindex(type_key: str, ids: list):
    from . import services

    for engine in services.index_engines():
        try:
            services.reindex_objects(type_key, ids, engine=engine)
        except Exception as exc:  # noqa: BLE001 - the database copy still answers
            if engine.name == "database":
                raise
            logger.warning(
                "search: indexing %s %s into %s failed: %s", type_key, ids, engine.name, exc
            )
