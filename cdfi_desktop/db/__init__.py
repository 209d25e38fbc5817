"""Storage: SQLAlchemy tables, engine set-up, the sync bookkeeping of every record, migrations."""
