"""Tests of src/ipom_mail/desk/ and what a user sees of it."""
