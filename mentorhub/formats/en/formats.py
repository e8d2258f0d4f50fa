# How the hub writes dates in English (en-GB): Django's own formats, with a 24-hour clock, plus the shorter forms
# our pages use. Each name here must exist in every language's module (mentorhub/lib/tests/test_locale_formats.py):
# a name a language lacks would be printed as a format string. docs/i18n.md lists which to use where.
DATE_FORMAT = "j M Y"  # 30 Nov 2026
DATETIME_FORMAT = "j M Y, H:i"  # 30 Nov 2026, 14:05
TIME_FORMAT = "H:i"  # 14:05
MONTH_DAY_FORMAT = "j F"  # 30 November
SHORT_DATE_FORMAT = "d/m/Y"  # 30/11/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 30/11/2026 14:05

SHORT_MONTH_DAY_FORMAT = "j M"  # 30 Nov
MONTH_DAY_TIME_FORMAT = "j M, H:i"  # 30 Nov, 14:05
WEEKDAY_DATE_FORMAT = "D j M"  # Mon 30 Nov
WEEKDAY_DATETIME_FORMAT = "D j M, H:i"  # Mon 30 Nov, 14:05
MOMENT_FORMAT = "D j M Y, H:i"  # Mon 30 Nov 2026, 14:05 (lib.time.local_label)
LONG_DATE_FORMAT = "j F Y"  # 30 November 2026
LONG_DATETIME_FORMAT = "l j F Y, H:i"  # Monday 30 November 2026, 14:05
