"""Fax: French and Persian translations (merged into scripts/translations_table.py)."""

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("errors", "The fax page data is not valid: {reason}."): (
        "Les données de la page de télécopie ne sont pas valides : {reason}.",
        "داده~های صفحهٔ فکس معتبر نیست: {reason}.",
    ),
    ("errors", "This document cannot be sent as a fax: {reason}."): (
        "Ce document ne peut pas être envoyé par télécopie : {reason}.",
        "این سند را نمی~توان با فکس فرستاد: {reason}.",
    ),
}
