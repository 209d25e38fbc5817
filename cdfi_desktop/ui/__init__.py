"""The desktop screens (PySide6). Screens call services through ``ui.ops``; no queries run on the UI thread."""
