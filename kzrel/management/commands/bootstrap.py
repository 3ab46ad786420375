import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create (or reset) the local admin login and print it."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("KZREL_ADMIN_USER", "admin"))
        parser.add_argument("--host", default="127.0.0.1:8000", help="where the admin will be served")

    def handle(self, *args, **options):
        User = get_user_model()
        password = os.environ.get("KZREL_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        user, _ = User.objects.get_or_create(username=options["username"],
                                             defaults={"is_staff": True, "is_superuser": True})
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(f"Admin login: http://{options['host']}/admin/  user: {user.username}  password: {password}")
