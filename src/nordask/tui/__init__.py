"""The Textual chat app (`nordask chat`).

Only this package imports textual; the core never does, so `nordask --help`
and the other commands stay fast.
"""
