"""Pure program rules and Thai formatting; imports neither Qt nor SQLAlchemy."""
