"""Where a reply by email goes: each app registers a handler for its topic in its `AppConfig.ready()`.

    handlers.register("conversation", post_reply)   # post_reply(person, object_id, text, message_id)

The handler posts `text` as `person` into the object `object_id` of its topic, through that app's own access
helper and services, and raises `DomainError` to refuse (the person may no longer write there, the text breaks a
rule): the refusal's message reaches the person in the bounce. `message_id` is the email's Message-ID, for a
handler that wants to keep it. A topic is a short lowercase word (12 characters at most): it is part of every
reply address.
"""

import re

# At most 12 characters: with the largest ids the local part of a reply address is then exactly 64 long.
TOPIC = re.compile(r"[a-z][a-z0-9]{0,11}")

registered: dict[str, object] = {}


def register(topic: str, handler) -> None:
    if not TOPIC.fullmatch(topic):
        raise ValueError(f"A reply topic is 1 to 12 lowercase letters and digits, starting with a letter: {topic!r}")
    registered[topic] = handler


def get(topic: str):
    return registered.get(topic)
