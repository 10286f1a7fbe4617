"""Tests of src/ipom_mail/operate/ and what a user sees of it."""
