"""The `ipom` command line: a thin layer of Click commands over the library.

Heavy modules are imported inside the commands, so `ipom --help` starts fast.
"""

from ipom_mail.cli import (  # noqa: F401
    backup,
    check,
    desk,
    doctor,
    month,
    operate,
    queue,
    replies,
    serve,
    status,
    verify,
)
from ipom_mail.cli.app import Failure, cli, main

__all__ = ["Failure", "check", "cli", "main", "operate", "queue"]
