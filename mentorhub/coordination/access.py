"""The doors to a program's pairs. A coordinator reaches the pairs of the programs they coordinate; a participant
reaches their own program pairs. Anyone else gets the answer a pair that does not exist gets (404), whether the
program exists or not, so the pages and the API never tell a stranger which programs or pairs there are."""

from django.http import Http404

from mentorhub.programs.models import Program
from mentorhub.relationships.models import Relationship


def get_program_for_coordinator(user, slug) -> Program:
    program = Program.objects.coordinated_by(user).filter(slug=slug).first()
    if program is None:
        raise Http404("No such program")
    return program


def get_pair_for_coordinator(user, slug, pk) -> tuple[Program, Relationship]:
    program = get_program_for_coordinator(user, slug)
    relationship = (
        Relationship.objects.filter(program=program, pk=pk)
        .select_related("program", "mentee__profile", "mentor__profile")
        .first()
    )
    if relationship is None:
        raise Http404("No such pair")
    return program, relationship


def get_pair_for_participant(user, pk) -> Relationship:
    """A program relationship of the person's own: the fit check and asking for help are for the two people."""
    if not user.is_authenticated:
        raise Http404("No such relationship")
    relationship = (
        Relationship.objects.involving(user)
        .filter(pk=pk, program__isnull=False)
        .select_related("program", "mentee__profile", "mentor__profile")
        .first()
    )
    if relationship is None:
        raise Http404("No such relationship")
    return relationship
