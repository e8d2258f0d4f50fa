"""Django's own texts that our catalogue words differently or adds: month and day names as the date formats write
them ("30 de novembro", "seg, 30 de nov"), and the empty choice of a select.

Django's Portuguese catalogue capitalises the names ("Novembro", "Seg"), which Portugal and Brazil both write in lower
case today, and lacks Django 6.1's empty choice. Naming them here puts them in our catalogue, which Django reads
before its own (LOCALE_PATHS first).
"""

from django.utils.translation import gettext_noop

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
WEEKDAYS = [
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
]
WEEKDAYS_ABBR = [
    gettext_noop("Mon"),
    gettext_noop("Tue"),
    gettext_noop("Wed"),
    gettext_noop("Thu"),
    gettext_noop("Fri"),
    gettext_noop("Sat"),
    gettext_noop("Sun"),
]
# django.db.models.fields.BLANK_CHOICE_LABEL
BLANK_CHOICE = gettext_noop("- Select an option -")
