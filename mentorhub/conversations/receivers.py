"""A mentorship request's question, answer and decline become messages in the request's conversation."""

from django.dispatch import receiver

from mentorhub.relationships.signals import request_declined, request_question_answered, request_question_asked

from .models import Message
from .services import post_message, request_conversation


@receiver(request_question_asked, dispatch_uid="conversations.question")
@receiver(request_question_answered, dispatch_uid="conversations.answer")
@receiver(request_declined, dispatch_uid="conversations.declined")
def post_request_step(sender, request, actor, text, **kwargs):
    post_message(actor, request_conversation(request), text, source=Message.SYSTEM)
