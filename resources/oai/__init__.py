"""OAI-PMH 2.0 for the repository: library catalogues harvest its records at ``/oai/``.

``registry`` (the record types: resources now, more types later), ``models`` (tombstones of
deleted records), ``protocol`` (arguments, dates, errors, resumption tokens), ``repository``
(headers and records across types), ``resources`` (the resources' record type), ``views`` (the
endpoint). See docs/oai.md.
"""
