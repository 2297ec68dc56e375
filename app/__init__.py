"""Sevenfold: turn your tweet seven times before you post it."""
