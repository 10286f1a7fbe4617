"""Tests of src/ipom_mail/store/ and what a user sees of it."""
