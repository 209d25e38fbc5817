"""The overview screen: the institute at a glance."""
