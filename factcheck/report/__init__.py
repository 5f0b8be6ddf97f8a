"""Output formats for findings and for what the tool understood."""
