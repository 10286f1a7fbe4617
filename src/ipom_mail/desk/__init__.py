"""The curator's desk: the queue, one submission, decisions and edits, forget, export, publish."""
