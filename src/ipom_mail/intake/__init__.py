"""The mailbox side: IMAP, one poll runner for `ipom poll` and `ipom serve`, ingest, reprocess, one message into the store."""
