"""The debt-management plan screen."""
