"""The operator's side: doctor, status, backup."""
