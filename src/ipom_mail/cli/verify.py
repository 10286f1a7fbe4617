"""What the curator sees of the checks beyond the inbox: the pass check in `ipom show`, and `ipom duplicates`."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

import click

from ipom_mail.cli.app import cli, store_of

if TYPE_CHECKING:
    from ipom_mail.desk.queue import SubmissionDetail


def accuracy(age_days: float) -> str:
    """What an element set's age means for a predicted pass (the ISS: about ±30 s and ±1° at 3 days)."""
    seconds = max(5, round(10 * age_days))
    degrees = max(0.3, round(age_days / 3, 1))
    return (
        f"elements {age_days:.1f} days old: about ±{seconds} s, ±{degrees:g}°, more after a reboost"
    )


def wrapped(lines: list[str]) -> list[str]:
    """The lines folded to the terminal's width (continuations indented), for `ipom show`."""
    import shutil
    import textwrap

    width = max(40, shutil.get_terminal_size().columns)
    return [
        textwrap.fill(
            line,
            width,
            subsequent_indent="    " if line.startswith("  ") else "  ",
            break_on_hyphens=False,
        )
        for line in lines
    ]


def check_lines(detail: SubmissionDetail) -> list[str]:
    """The pass check and look-alike photos of one submission (`ipom show`), as plain lines."""
    check, ref = detail.pass_check, detail.reference or "REF"
    head = f"pass check: {check.verdict.upper()} — {check.reason}"
    if check.elements_age_days is not None:
        head += f" ({accuracy(check.elements_age_days)})"
    lines = [head]
    for n, s in enumerate(check.suggestions, start=1):
        mag = f", {s['magnitude']:+.1f} mag" if s.get("magnitude") is not None else ""
        lines.append(
            f"  suggestion {n}: {s['culmination'].replace('T', ' ').replace('Z', ' UT')}, "
            f"{s['max_elevation_deg']:.1f}°, Sun {s['sun_altitude_deg']:.1f}°{mag} "
            f"({s['matches']} stated figure(s) match) — adopt: "
            f"ipom edit {ref} --taken-at-from-suggestion {n}"
        )
    for twin in detail.duplicates:
        if twin.same_sender:
            lines.append(f"re-sent: the same photo as {twin.reference} from the same sender")
        else:
            lines.append(
                f"POSSIBLE RE-USED PHOTO: the same photo as {twin.reference}, "
                "sent by someone else — check who took it"
            )
    return lines


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the groups as JSON.")
@click.pass_context
def duplicates(ctx: click.Context, as_json: bool) -> None:
    """Groups of submissions whose photos look alike: re-sent by one photographer,
    or the same photo from different senders (a possible re-used photo).

    \b
    Examples:
      ipom duplicates
      ipom duplicates --json | jq '.[] | select(.senders | length > 1)'
    """
    from ipom_mail.desk.queue import lookalike_groups

    with store_of(ctx) as store:
        groups = lookalike_groups(store)
    if as_json:
        click.echo(json.dumps([asdict(g) for g in groups], indent=2, ensure_ascii=False))
        return
    if not groups:
        click.echo("no look-alike photos")
        return
    for group in groups:
        kind = "re-used?" if len(group.senders) > 1 else "re-sent"
        click.echo(
            f"{kind}: " + ", ".join(group.references) + "  (" + ", ".join(group.senders) + ")"
        )
