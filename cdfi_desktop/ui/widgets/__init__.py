"""Shared widgets: validated input fields for Thai dates, baht, citizen IDs, and their error labels."""
