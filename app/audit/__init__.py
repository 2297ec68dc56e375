"""Audits of published posts: read a whole account archive (X, Bluesky, Mastodon) as a stream of posts,
review them on every core or on a Dask cluster, and report where the risk is (HTML, JSONL, CSV, SARIF).

``archive`` detects and opens archives (with zip-bomb limits), ``twitter``/``bluesky``/``mastodon`` read
each network's format, ``runner`` reviews posts in order with a checkpoint, ``cluster`` runs the same
work on Dask, ``summary`` and ``html`` build the report, ``outputs`` writes the tool formats.
"""
