"""Real servers the test suite starts for itself: a throw-away Dovecot and an SMTP sink."""
