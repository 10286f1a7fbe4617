"""Tests of src/ipom_mail/pipeline/ and what a user sees of it."""
