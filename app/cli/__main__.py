"""``python -m app.cli``: the ``sevenfold`` command."""

import sys

from app.cli import main

sys.exit(main())
