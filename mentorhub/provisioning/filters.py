"""SCIM filters (`userName eq "ada@example.org"`) turned into SQL by django-scim2's parser. Kept apart from
scim.py: django-scim2 imports these classes while it defines its adapters, which scim.py extends."""

import logging

from django_scim import exceptions
from django_scim.filters import FilterQuery
from scim2_filter_parser.queries.sql import SQLQuery

from mentorhub.accounts.models import User

from .models import ProvisionedGroup, ProvisionedPerson

logger = logging.getLogger("mentorhub.provisioning")

PEOPLE = User._meta.db_table
EXTERNAL = ProvisionedPerson._meta.db_table
GROUPS = ProvisionedGroup._meta.db_table


def person_model():
    return User


def group_model():
    return ProvisionedGroup


def visible_to_scim(model):
    """Staff accounts are the site's own, not the HR system's: a provisioning token can neither see nor change them,
    so a leaked token cannot lock the operators out."""

    def extra_filter_kwargs(request, *args, **kwargs):
        return {"is_staff": False} if model is User else {}

    return extra_filter_kwargs


def listed_with_their_profiles(model):
    """A page of people reads each one's profile and groups: two queries for the page, not two per person."""

    def post_process(request, queryset, *args, **kwargs):
        return queryset.select_related("profile").prefetch_related("provisioned_groups") if model is User else queryset

    return post_process


class Filter(FilterQuery):
    @classmethod
    def search(cls, filter_query, request=None):
        """A filter on an attribute we cannot filter on is refused: django-scim2 would answer every resource."""
        query = cls.query_class(filter_query, cls.table_name(), cls.attr_map, cls.joins)
        if query.where_sql is None:
            names = ", ".join(path for path, _, _ in cls.attr_map)
            raise exceptions.BadRequestError(
                f"Filters can name only {names}: {filter_query!r} names none of them.", scim_type="invalidFilter"
            )
        sql, params = cls.get_raw_args(query, request)
        return cls.model_getter().objects.raw(sql, params)


class PersonFilter(Filter):
    model_getter = person_model
    query_class = SQLQuery
    attr_map = {
        ("userName", None, None): f"{PEOPLE}.email",
        ("emails", "value", None): f"{PEOPLE}.email",
        ("externalId", None, None): f"{EXTERNAL}.external_id",
    }
    joins = (f"LEFT JOIN {EXTERNAL} ON {EXTERNAL}.person_id = {PEOPLE}.id",)


class GroupFilter(Filter):
    model_getter = group_model
    attr_map = {
        ("displayName", None, None): f"{GROUPS}.display_name",
        ("externalId", None, None): f"{GROUPS}.external_id",
    }
