"""The parse stage: raw bytes → ParsedMessage, never raising."""
