"""``python -m articlekit``: the same as the ``articlekit`` command."""

from .cli.main import main

raise SystemExit(main())
