"""Requests, relationships, agreements and closing: every operation that touches several rows.

The code lives in one module per topic; new code imports from the topic module, not from here:
- access: the doors to a request and to a relationship, a mentor's capacity, the goals a request or agreement
  may carry;
- requests: sending, answering, declining, withdrawing and sweeping mentorship requests;
- relationships: agreements, closing, reflections, thanks, and Home's due items.

Topic modules import each other directly and one way (access at the bottom). This package re-exports what the
rest of the code base called before the split, so those callers did not have to change.
"""

from .access import capacity_left, get_relationship_for_user, get_request_for_user
from .relationships import (
    add_reflection,
    close_relationship,
    confirm_agreement,
    home_items,
    propose_agreement,
    send_gratitude,
)
from .requests import (
    accept_request,
    answer_info,
    ask_for_info,
    decline_request,
    mark_viewed,
    requests_declining_soon,
    review_request_message,
    send_request,
    sweep_requests,
    withdraw_request,
)

__all__ = [
    "accept_request",
    "add_reflection",
    "answer_info",
    "ask_for_info",
    "capacity_left",
    "close_relationship",
    "confirm_agreement",
    "decline_request",
    "get_relationship_for_user",
    "get_request_for_user",
    "home_items",
    "mark_viewed",
    "propose_agreement",
    "requests_declining_soon",
    "review_request_message",
    "send_gratitude",
    "send_request",
    "sweep_requests",
    "withdraw_request",
]
