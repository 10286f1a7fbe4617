"""Tests of src/ipom_mail/reply/ and what a user sees of it."""
