"""Referral steps: one model for referring letters (and later tasks and faxes) to users or departments."""

from __future__ import annotations
