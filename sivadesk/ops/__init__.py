"""Qt-free use cases. Every function takes a ``Session`` (the caller owns the transaction: one
per user action) and, where rights matter, the acting user's :class:`~sivadesk.ops.context.Actor`.
Results are plain frozen dataclasses, safe to hand to another thread."""
