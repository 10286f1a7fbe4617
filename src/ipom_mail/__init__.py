"""ipom-mail: a photo submission mailbox turned into a curated queue.

The pipeline, one module a stage: parse → media → fields → rules → store → reply,
with mailbox (IMAP) and cli at the edges.
"""

__version__ = "0.1.0"
