"""The web form: ``app.web.routes.install_web(app)`` serves it at ``/`` (templates, static files, headers)."""
