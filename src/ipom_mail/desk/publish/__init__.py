"""Publishing: the monthly post (Markdown + HTML) and the static gallery, with web copies."""
