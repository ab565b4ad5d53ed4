"""SivaDesk: desktop CRM for office staff."""

__version__ = "0.1.0"
