"""The rules stage: the verdict, the reply policy and what it reads (authentication results, machine signals)."""
