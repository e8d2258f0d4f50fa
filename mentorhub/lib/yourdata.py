"""A person's own data, app by app: what they download ("Your data") and what is erased when they leave.

Each app registers in its `AppConfig.ready()` an `export(person)` returning {file name: content} (bytes are written
as they are, anything else as JSON; two apps' parts of one file, such as access.json, are merged) and an
`erase(person)`. Erasers run by `erase_order`: what the person shares with others is closed first, so the other
side keeps its history; their own rows go next; the profile and the account are anonymised last.
"""

import io
import json
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.forms.models import model_to_dict

# erase_order: close what is shared, delete the person's own rows, then anonymise the profile, the account last.
SHARED, OWN, PROFILE, ACCOUNT = 10, 50, 90, 100

exporters = []
erasers = []


def register(export=None, erase=None, erase_order: int = OWN) -> None:
    if export is not None:
        exporters.append(export)
    if erase is not None:
        erasers.append((erase_order, erase))


def rows(queryset, exclude=()):
    return [model_to_dict(obj, exclude=list(exclude)) for obj in queryset]


def archive(person) -> bytes:
    """Everything about the person: one JSON file per resource, their meetings as ICS, and their photo."""
    files = {}
    for export in exporters:
        for name, content in export(person).items():
            if isinstance(content, dict) and isinstance(files.get(name), dict):
                files[name] = {**files[name], **content}
            else:
                files[name] = content
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, content in files.items():
            if isinstance(content, bytes):
                zipped.writestr(name, content)
            else:
                zipped.writestr(name, json.dumps(content, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False))
    return buffer.getvalue()


@transaction.atomic
def erase(person) -> None:
    """Remove the person and everything that is only theirs; what they share with others stays, anonymised, so
    the other side of a relationship keeps their own notes and history."""
    for _, erase_part in sorted(erasers, key=lambda entry: entry[0]):
        erase_part(person)
