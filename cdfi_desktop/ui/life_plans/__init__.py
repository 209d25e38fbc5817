"""Life-development plans screen."""
