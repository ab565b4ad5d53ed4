"""Saved searches (per user) for letters and other lists."""

from __future__ import annotations
