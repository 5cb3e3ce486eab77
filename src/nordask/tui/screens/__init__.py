"""The chat app's screens and dialogs, one per module."""
