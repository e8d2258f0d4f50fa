from typing import get_args

from ninja import Schema
from pydantic import ValidationInfo, field_validator


class ErrorItem(Schema):
    field: str
    message: str


class ErrorOut(Schema):
    detail: str
    errors: list[ErrorItem] = []
    code: str | None = None


class PatchSchema(Schema):
    """A PATCH body: send only the fields you change.

    A field typed without None (`text: str = Field(None, ...)`) may be left out but not sent as null: null is a 422
    naming the field. Fields typed `X | None` take null to clear the value. The type is the one rule, so the
    OpenAPI document, validation and the handlers agree.
    """

    @field_validator("*", mode="before")
    @classmethod
    def refuse_null_where_not_clearable(cls, value, info: ValidationInfo):
        if value is None and type(None) not in get_args(cls.model_fields[info.field_name].annotation):
            raise ValueError("cannot be null: leave the field out to keep its value, or send an empty value")
        return value
