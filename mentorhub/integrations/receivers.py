"""Every lifecycle change of a relationship becomes a `relationship.*` webhook event (models.EVENTS).

`emit` only writes delivery rows inside the lifecycle's transaction; the sweeper posts them after the commit, so a
change that rolls back is never announced.
"""

from mentorhub.relationships import signals

from .services import emit

LIFECYCLE_EVENTS = {
    signals.relationship_started: "relationship.started",
    signals.relationship_paused: "relationship.paused",
    signals.relationship_resumed: "relationship.resumed",
    signals.relationship_phase_changed: "relationship.phase_changed",
    signals.relationship_closed: "relationship.closed",
    signals.relationship_stay_in_touch: "relationship.stay_in_touch",
    signals.relationship_stay_in_touch_ended: "relationship.stay_in_touch_ended",
}


def relationship_payload(relationship) -> dict:
    return {
        "relationship_id": relationship.pk,
        "mentee_id": relationship.mentee_id,
        "mentor_id": relationship.mentor_id,
        "status": relationship.status,
        "phase": relationship.phase,
        "stay_in_touch": relationship.stay_in_touch,
        "program_id": relationship.program_id,
    }


def announce(sender, relationship, signal, **kwargs):
    emit(
        LIFECYCLE_EVENTS[signal],
        relationship_payload(relationship),
        people=[relationship.mentee, relationship.mentor],
        program=relationship.program,
    )


for lifecycle_signal, event in LIFECYCLE_EVENTS.items():
    lifecycle_signal.connect(announce, dispatch_uid=f"integrations.{event}")
