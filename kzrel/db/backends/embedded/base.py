"""PostgreSQL backend that starts the embedded server on first connection, not at import time."""
from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        from kzrel.embedded import socket_dir

        params = super().get_connection_params()
        params["host"] = socket_dir()
        return params
