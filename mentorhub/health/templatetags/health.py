from django import template

from mentorhub.health.services import reason_text

register = template.Library()
register.filter("health_text", reason_text)
