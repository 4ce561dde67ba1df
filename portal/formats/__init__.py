"""Number conventions per language, over Django's own locale formats (FORMAT_MODULE_PATH).

French groups thousands with a narrow no-break space (64 958), Spanish with a full stop
(64.958); Arabic keeps Latin digits with a comma (64,958), as IOM's Arabic publications and
the Maghreb do, instead of Django's full stop.
"""
