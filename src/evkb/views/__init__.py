"""What the knowledge base says about one thing, as plain records the CLI and the app render."""
