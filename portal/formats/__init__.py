"""Number conventions per language, over Django's own locale formats (FORMAT_MODULE_PATH).

French groups thousands with a narrow no-break space (64 958), Spanish with a full stop
(64.958); Arabic keeps Latin digits with a comma (64,958), as IOM's Arabic publications and
the Maghreb do, instead of Django's full stop.

Dates: day first with the month's name and a 24-hour clock in every language ("12 March 2026,
14:00", "12 mars 2026, 14:00", "12 de marzo de 2026, 14:00", "12 مارس 2026، 14:00"); month and
day names come from Django's own translations of the active language.
"""
