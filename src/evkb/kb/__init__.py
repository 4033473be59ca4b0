"""The knowledge base: reading, validating, extracting and building. No Textual below here."""
