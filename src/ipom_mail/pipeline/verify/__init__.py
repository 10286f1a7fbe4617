"""Checks beyond the inbox, for the curator: was the claimed ISS pass real, was the photo seen before.

They inform and never block or change a submission: each returns a value the
curator reads (`pass_check`, `duplicates`), computed offline from files the
operator keeps (an element history, the ephemeris shipped by skyfield-data).
"""
