"""``python -m cleanwire`` runs the command-line filter."""

from .cli import main

raise SystemExit(main())
