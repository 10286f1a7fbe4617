"""The automatic reply: composed (pure) with the submission, kept in the outbox, sent at the edge.

compose → the words (Jinja2 templates, in the sender's language); outbox →
sending what is pending, with backoff and caps; send → the SMTP edge;
followup → a photographer's answer that completes an earlier submission.
"""
