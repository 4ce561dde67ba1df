"""Offline packs of the resources listing: a ZIP of the PDFs of a filtered listing, with a
self-contained ``index.html`` and a ``resources.csv``, built by a background task.

``services`` plans a pack (which resources and files, the caps, its key), keeps its state in a
JSON manifest beside the ZIP in private media, and builds it; ``pack`` writes the ZIP;
``tasks`` is the background task; ``views`` are the request, status and download pages.
"""
