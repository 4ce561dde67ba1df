"""Arabic: Latin digits, 64,958.5."""

THOUSAND_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
NUMBER_GROUPING = 3
DATE_FORMAT = "j F Y"  # 12 مارس 2026 (Django's own puts an Arabic comma before the year)
TIME_FORMAT = "H:i"  # 24-hour, as the other languages (Django's: 2:00 م)
DATETIME_FORMAT = "j F Y، H:i"  # Django has none for Arabic: it fell back to the American one
MONTH_DAY_FORMAT = "j F"
