"""LanguageTool for the grammar turn: provisioning (Maven), the supervised server, the client, the service.

Nothing here runs at import time; see ``service.GrammarService`` for the entry point.
"""
