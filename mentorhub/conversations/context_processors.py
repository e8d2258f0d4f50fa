from .services import unread_total


def unread_messages(request):
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {}
    return {"unread_messages": unread_total(user)}
