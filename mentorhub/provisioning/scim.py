"""How a person and a group look in SCIM 2.0 (RFC 7643), for django-scim2's views (docs/provisioning.md).

A PATCH (RFC 7644 §3.5.2) is applied to the resource's document and the whole document is then checked and saved
like a PUT, so every way of changing a person goes through the same validation and one transaction. Attributes
we do not keep are refused by name rather than dropped: an HR system must learn its mapping sends something unused.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django_scim import constants, exceptions
from django_scim.adapters import SCIMGroup, SCIMUser
from django_scim.models import SCIMServiceProviderConfig

from mentorhub.accounts.models import User
from mentorhub.lib.errors import DomainError
from mentorhub.lib.time import zone_names

from . import services
from .models import ProvisionedPerson

USER_KEYS = {"schemas", "id", "meta", "externalId", "userName", "name", "displayName", "emails", "active", "title",
             "timezone", "groups"}  # fmt: skip
NAME_KEYS = {"givenName", "familyName", "formatted"}
EMAIL_KEYS = {"value", "primary", "type", "display"}
GROUP_KEYS = {"schemas", "id", "meta", "externalId", "displayName", "members"}
MEMBER_KEYS = {"value", "display", "$ref", "type"}
# `emails[type eq "work"].value`, `members[value eq "42"]`: a multi-valued attribute narrowed by a filter.
FILTERED = re.compile(r'^(?P<attr>\w+)\[(?P<sub>\w+) eq "(?P<value>[^"]*)"\](?:\.(?P<then>\w+))?$')


def bad(detail: str, scim_type: str = "invalidValue"):
    return exceptions.BadRequestError(detail, scim_type=scim_type)


def conflict(error: DomainError):
    return exceptions.IntegrityError(error.message, scim_type=error.code)


def refuse_unknown(given: dict, known: set, where: str) -> None:
    if not isinstance(given, dict):
        raise bad(f"{where} must be a JSON object.")
    unknown = sorted(set(given) - known)
    if unknown:
        raise bad(
            f"Unknown attribute(s) {', '.join(unknown)} in {where}: Mentorship Hub keeps {', '.join(sorted(known))}.",
            "invalidSyntax",
        )


def short_path(path: str, schema: str) -> str:
    """`urn:ietf:params:scim:schemas:core:2.0:User:userName` is `userName`."""
    return path[len(schema) + 1 :] if path.startswith(schema + ":") else path


def as_bool(value, name: str) -> bool:
    # Entra ID sends "True"/"False" as strings in PATCH unless the app opts in to its 2020 compliance fixes.
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if not isinstance(value, bool):
        raise bad(f"{name} must be true or false, not {value!r}.")
    return value


def without(items: list, removed: list[str]) -> list:
    """Multi-valued items (`{"value": ...}`) once each, less those whose value is in `removed`."""
    seen, kept = set(), []
    for item in items:
        value = str(item.get("value", "")) if isinstance(item, dict) else repr(item)
        if value not in seen and value not in removed:
            seen.add(value)
            kept.append(item)
    return kept


def apply_operations(doc: dict, operations, schema: str, apply_filtered) -> dict:
    """RFC 7644 §3.5.2 on a plain document: add and replace set a path (or each key of a value without one), remove
    clears it. `apply_filtered(doc, op, match, value)` handles a path with a filter, which means something per type."""
    if not isinstance(operations, list) or not operations:
        raise bad("A PATCH needs an Operations list.", "invalidSyntax")
    for operation in operations:
        if not isinstance(operation, dict):
            raise bad("Each operation must be a JSON object.", "invalidSyntax")
        op = str(operation.get("op", "")).lower()
        if op not in ("add", "replace", "remove"):
            raise bad(f"Unknown PATCH op {operation.get('op')!r}: use add, replace or remove.", "invalidSyntax")
        path, value = operation.get("path"), operation.get("value")
        if not path:
            if op == "remove":
                raise bad("A remove operation needs a path.", "noTarget")
            if not isinstance(value, dict):
                raise bad("An operation without a path needs an object of attributes as its value.", "invalidValue")
            changes = [(short_path(key, schema), item) for key, item in value.items()]
        else:
            changes = [(short_path(str(path), schema), value)]
        for key, item in changes:
            match = FILTERED.match(key)
            if match:
                apply_filtered(doc, op, match, item)
            elif "." in key:
                outer, inner = key.split(".", 1)
                part = doc.setdefault(outer, {})
                if not isinstance(part, dict):
                    raise bad(f"{outer} has no sub-attribute {inner}.", "invalidPath")
                part.pop(inner, None) if op == "remove" else part.__setitem__(inner, item)
            elif op == "remove" and isinstance(item, list) and isinstance(doc.get(key), list):
                # Entra ID removes group members this way: the path names the list, the value the items to drop.
                doc[key] = without(doc[key], [str(entry.get("value")) for entry in item if isinstance(entry, dict)])
            elif op == "remove":
                doc.pop(key, None)
            elif op == "add" and isinstance(doc.get(key), list) and isinstance(item, list):
                doc[key] = doc[key] + item
            else:
                doc[key] = item
    return doc


class PersonAdapter(SCIMUser):
    id_field = "pk"

    def __init__(self, obj, request=None):
        super().__init__(obj, request)
        self.pending = None

    @property
    def display_name(self):
        return self.obj.profile.name if self.obj.pk else ""

    @property
    def groups(self):
        return [
            {"value": str(group.pk), "display": group.display_name, "$ref": GroupAdapter(group, self.request).location}
            for group in self.obj.provisioned_groups.all()
        ]

    def to_dict(self):
        person = self.obj
        provisioned = ProvisionedPerson.objects.filter(person=person).first()
        return {
            "schemas": [constants.SchemaURI.USER],
            "id": self.id,
            "externalId": provisioned.external_id if provisioned and provisioned.external_id else None,
            "userName": person.email,
            "name": {"formatted": person.profile.name},
            "displayName": person.profile.name,
            "title": person.profile.current_role,
            "timezone": person.profile.timezone,
            "emails": [{"value": person.email, "type": "work", "primary": True}],
            "active": person.is_active,
            "groups": self.groups,
            "meta": {
                "resourceType": self.resource_type,
                "created": person.date_joined.isoformat(),
                "lastModified": (provisioned.updated_at if provisioned else person.date_joined).isoformat(),
                "location": self.location,
            },
        }

    def validate_dict(self, d):
        refuse_unknown(d, USER_KEYS, "the User")
        refuse_unknown(d.get("name") or {}, NAME_KEYS, "name")
        emails = d.get("emails") or []
        if not isinstance(emails, list):
            raise bad("emails must be a list.")
        for email in emails:
            refuse_unknown(email, EMAIL_KEYS, "emails")
        user_name = d.get("userName")
        if not isinstance(user_name, str) or not user_name.strip():
            raise bad("userName is required: the person's email address, which they sign in with.")
        try:
            validate_email(user_name.strip())
        except ValidationError:
            raise bad(f"userName must be the email address the person signs in with, not {user_name!r}.") from None
        for key in ("displayName", "title", "timezone", "externalId"):
            if d.get(key) is not None and not isinstance(d[key], str):
                raise bad(f"{key} must be a string.")
        if d.get("timezone") and d["timezone"] not in zone_names():
            raise bad(f"timezone must be an IANA time zone such as Europe/London, not {d['timezone']!r}.")
        if "active" in d and d["active"] is not None:
            as_bool(d["active"], "active")

    def from_dict(self, d):
        name = d.get("name") or {}
        given = " ".join(part for part in (name.get("givenName"), name.get("familyName")) if part)
        self.pending = {
            "email": d["userName"].strip().lower(),
            "name": (d.get("displayName") or name.get("formatted") or given or "").strip()[:120],
            "title": (d.get("title") or "").strip()[:120],
            "zone": d.get("timezone") or "",
            "external_id": (d.get("externalId") or "").strip()[:254],
            # Absent from a PUT, the person stays as they are: a partial record must not let a leaver back in.
            "active": (self.obj.is_active if self.obj.pk else True)
            if d.get("active") is None
            else as_bool(d["active"], "active"),
        }

    def save(self):
        try:
            self.obj = services.save_person(self.obj, **self.pending)
        except DomainError as error:
            raise conflict(error) from error

    def delete(self):
        """Leavers are deactivated, never deleted: their data stays for their export and for the people they
        mentored (docs/provisioning.md)."""
        services.deactivate(self.obj, why="Deleted by the organisation's HR system")

    def handle_operations(self, operations):
        doc = self.to_dict()
        doc["name"] = {}
        doc.pop("groups")
        apply_operations(doc, operations, constants.SchemaURI.USER, self.apply_filtered)
        self.validate_dict(doc)
        self.from_dict(doc)
        self.save()

    def apply_filtered(self, doc, op, match, value):
        if match["attr"] != "emails":
            raise bad(f"Mentorship Hub cannot change {match.group(0)}.", "invalidPath")
        if op == "remove":
            raise bad("A person's email cannot be removed: it is their userName.", "mutability")
        doc["emails"] = [{"value": value, "type": match["value"], "primary": True}]


class GroupAdapter(SCIMGroup):
    id_field = "pk"

    def __init__(self, obj, request=None):
        super().__init__(obj, request)
        self.pending = None

    @property
    def display_name(self):
        return self.obj.display_name

    def member_dicts(self):
        if self.obj.pk is None:
            return []
        people = self.obj.members.select_related("profile").order_by("pk")
        return [
            {"value": str(p.pk), "display": p.profile.name, "$ref": PersonAdapter(p, self.request).location}
            for p in people
        ]

    def to_dict(self):
        return {
            "schemas": [constants.SchemaURI.GROUP],
            "id": self.id,
            "externalId": self.obj.external_id or None,
            "displayName": self.obj.display_name,
            "members": self.member_dicts(),
            "meta": {"resourceType": self.resource_type, "location": self.location},
        }

    def validate_dict(self, d):
        refuse_unknown(d, GROUP_KEYS, "the Group")
        if not isinstance(d.get("displayName"), str) or not d["displayName"].strip():
            raise bad("displayName is required.")
        members = d.get("members") or []
        if not isinstance(members, list):
            raise bad("members must be a list.")
        for member in members:
            refuse_unknown(member, MEMBER_KEYS, "members")

    def from_dict(self, d):
        ids = [str(member.get("value", "")) for member in d.get("members") or []]
        if not all(pk.isdigit() for pk in ids):
            raise bad("Each member's value is the id of a person in Mentorship Hub.")
        people = list(User.objects.filter(pk__in=ids, is_staff=False))
        missing = sorted(set(ids) - {str(person.pk) for person in people})
        if missing:
            raise bad(f"No person with id {', '.join(missing)}: create them before adding them to a group.")
        self.pending = {
            "display_name": d["displayName"].strip()[:254],
            "external_id": (d.get("externalId") or "").strip()[:254],
            "members": people,
        }

    def save(self):
        try:
            services.save_group(self.obj, **self.pending)
        except DomainError as error:
            raise conflict(error) from error

    def delete(self):
        self.obj.delete()

    def handle_operations(self, operations):
        doc = self.to_dict()
        doc["members"] = [{"value": member["value"]} for member in doc["members"]]
        apply_operations(doc, operations, constants.SchemaURI.GROUP, self.apply_filtered)
        members = doc.get("members") or []
        doc["members"] = without(members, []) if isinstance(members, list) else members
        self.validate_dict(doc)
        self.from_dict(doc)
        self.save()

    def apply_filtered(self, doc, op, match, value):
        if match["attr"] != "members" or match["sub"] != "value" or op != "remove":
            raise bad(f"Mentorship Hub cannot change {match.group(0)}.", "invalidPath")
        doc["members"] = without(doc.get("members") or [], [match["value"]])


class ServiceProviderConfig(SCIMServiceProviderConfig):
    """What we support, for identity providers that read it (RFC 7643 §5)."""

    def to_dict(self):
        return {
            **super().to_dict(),
            "filter": {"supported": True, "maxResults": 50},
            "changePassword": {"supported": False},
        }
