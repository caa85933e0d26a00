"""Server-held keys: kept here for the apps that import them from core (see refuge.keys)."""

from refuge.keys.server import kdf_cost, server_subkey, server_subkeys

__all__ = ["kdf_cost", "server_subkey", "server_subkeys"]
