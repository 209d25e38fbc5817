"""Target households screen."""
