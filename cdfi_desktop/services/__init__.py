"""Use cases: functions taking a unit of work, and read queries returning frozen rows."""
