from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "mentorhub.conversations"
    label = "conversations"

    def ready(self):
        from mentorhub.inbound import handlers as inbound
        from mentorhub.lib import dueitems, yourdata
        from mentorhub.nudges import rules

        from . import (
            nudge_rules,
            receivers,  # noqa: F401  (posts a request's question, answer and decline into its conversation)
            services,
        )
        from . import yourdata as this_app

        rules.register(*nudge_rules.RULES)
        yourdata.register(export=this_app.export, erase=this_app.erase, erase_order=yourdata.SHARED)
        dueitems.register(services.home_items)
        inbound.register(services.REPLY_TOPIC, services.post_reply_from_email)
