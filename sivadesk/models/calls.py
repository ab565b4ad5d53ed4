"""Caller ID: calls and the live state of each phone line."""

from __future__ import annotations
