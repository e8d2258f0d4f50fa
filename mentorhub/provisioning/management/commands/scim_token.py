from django.core.management.base import BaseCommand

from mentorhub.provisioning.models import ProvisioningToken


class Command(BaseCommand):
    help = "Create a SCIM provisioning token for an identity provider, printed once (docs/provisioning.md)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Who will use it, e.g. 'Entra ID production'.")

    def handle(self, *args, name, **options):
        token, raw = ProvisioningToken.issue(name)
        self.stderr.write(f"Token {token.hint}… created for {name!r}. Copy it now: it is not shown again.")
        self.stdout.write(raw)
