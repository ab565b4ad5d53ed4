"""The change feed, read side: wait for events other desktops (or devices) committed."""

from sivadesk.feed.listener import FeedListener

__all__ = ["FeedListener"]
