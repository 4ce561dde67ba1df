"""English: 64,958.5; 12 March 2026, 14:00 (day first and a 24-hour clock, as in IOM's
publications, not Django's American "March 12, 2026, 2 p.m.")."""

THOUSAND_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
NUMBER_GROUPING = 3
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
