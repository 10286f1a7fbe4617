"""The curator's month: `ipom post` (the paste-ready post), `ipom attach` (a link-only
submission's photo) and `ipom export` (every field, note and decision of a month)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ipom_mail.cli.app import Failure, cli, load_config, month_of, store_of
from ipom_mail.cli.desk import CURATOR


@cli.command()
@click.option("--month", required=True, help="The month (YYYY-MM), received or taken (--by).")
@click.option(
    "--by",
    type=click.Choice(["received", "taken"]),
    default="received",
    show_default=True,
    help="Whether --month is when the mail was received or when the photo was taken.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.pass_context
def export(ctx: click.Context, month: str, by: str, fmt: str) -> None:
    """Every submission of --month with every field, its notes and decisions, as CSV or JSON
    on stdout (CSV cells a spreadsheet would run as a formula are prefixed with ').

    \b
    Examples:
      ipom export --month 2024-05 > 2024-05.csv
      ipom export --month 2024-10 --by taken --format json
    """
    from ipom_mail.desk.csv_safe import rows_csv
    from ipom_mail.desk.export import export_month, flat

    with store_of(ctx) as store:
        records = export_month(store, month_of(month), by)
    click.echo(
        json.dumps(records, indent=2, ensure_ascii=False)
        if fmt == "json"
        else rows_csv([flat(r) for r in records]),
        nl=fmt == "json",
    )


@cli.command()
@click.option("--month", required=True, help="The feature month (YYYY-MM).")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Folder for the post and its images (default: the storage folder's posts/MONTH/).",
)
@click.option("--base-url", metavar="URL", help="Where the images will be online, for their links.")
@click.option(
    "--document", is_flag=True, help="A whole HTML page with its own style, not a fragment."
)
@click.pass_context
def post(
    ctx: click.Context, month: str, out: Path | None, base_url: str | None, document: bool
) -> None:
    """Write the month's Photo of the Month post, ready to paste into the page: an HTML
    fragment in the page's shape (or --document, a whole page) and the same in Markdown,
    with a web copy of each picked photo (personal EXIF removed) under a readable name.

    \b
    Examples:
      ipom post --month 2024-06
      ipom post --month 2024-06 --base-url https://example.org/ipom/2024-06 --out site/
      ipom post --month 2024-06 --document   # a page to open in a browser
    """
    from ipom_mail.desk.publish.post import NoPick, write_post

    chosen = month_of(month)
    if base_url and not base_url.startswith(("https://", "http://", "/")):
        raise Failure(f"--base-url {base_url!r} must start with https://, http:// or /")
    with store_of(ctx) as store:
        folder = out or store.archive.root / "posts" / chosen
        try:
            done = write_post(
                store,
                chosen,
                folder,
                base_url=base_url,
                document=document,
                limits=load_config(ctx).limits,
            )
        except NoPick as exc:
            raise Failure(str(exc), code=1) from None
    if done.entries > 1:
        click.echo(
            f"warning: {done.entries} photos are picked for {chosen}; the post shows all of them "
            "(ipom undo REF --kind pick to keep one)",
            err=True,
        )
    click.echo(f"post: {done.entries} pick(s) → {done.html} and {done.markdown}")
    for line in done.notes:
        click.echo(f"  warning: {line}", err=True)
    for ref in done.missing_images:
        click.echo(f"  warning: {ref} has no photo that could be published", err=True)


@cli.command()
@click.argument("ref")
@click.argument("file", type=click.Path(path_type=Path))
@CURATOR
@click.pass_context
def attach(ctx: click.Context, ref: str, file: Path, curator: str | None) -> None:
    """Add the photo FILE to REF, e.g. the original of a submission that only sent a link;
    it is checked as a mailed photo is (type from the bytes, limits, EXIF).

    \b
    Examples:
      ipom attach IPOM-2024-0012 ~/Downloads/iss.tif
      ipom attach IPOM-2024-0012 iss.jpg && ipom pick IPOM-2024-0012 --photo 2
    """
    from ipom_mail.desk.attach import attach as add
    from ipom_mail.desk.decide import Refused, curator_name

    config = load_config(ctx)
    with store_of(ctx) as store:
        done = add(store, ref, file, config.limits, curator_name(curator))
    if isinstance(done, Refused):
        raise Failure(done.reason, code=1)
    size = f" {done.width}×{done.height}" if done.width else ""
    camera = f", {done.camera}" if done.camera else ""
    click.echo(f"{done.reference}: {done.kind} {done.number} attached ({done.mime}{size}{camera})")
