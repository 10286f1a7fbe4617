"""Tests of src/ipom_mail/intake/ and what a user sees of it."""
