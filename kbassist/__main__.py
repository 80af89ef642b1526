"""`python -m kbassist`: the same as the `kbassist` command."""

from kbassist.cli import main

raise SystemExit(main())
