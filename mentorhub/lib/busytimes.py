"""Times a person is taken by something an app above `availability` owns (an informational interview has no
relationship, so it is not a meeting): each such app registers a provider in its `AppConfig.ready()`, and free
slots leave those times out and count them against the weekly maximum, like meetings.

A provider takes a person and a window (aware datetimes) and returns (start, end) pairs that touch it.
"""

providers = []


def register(provider) -> None:
    providers.append(provider)


def of(person, start, end) -> list[tuple]:
    return [interval for provider in providers for interval in provider(person, start, end)]
