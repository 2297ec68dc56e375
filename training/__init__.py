"""Training and evaluation of Sevenfold's learned models (run by ``make train`` / ``make eval``; not shipped)."""
