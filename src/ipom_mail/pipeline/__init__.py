"""The pure pipeline: raw bytes → parse → media → fields → rules, and the JSON contract."""
