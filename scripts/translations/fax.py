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

BY_CONTEXT.update(
    {
        ("errors", "Fax"): ("Télécopie", "فکس"),
        ("errors", "{number} is not a fax number."): (
            "{number} n'est pas un numéro de télécopie.",
            "{number} شمارهٔ فکس نیست.",
        ),
        ("errors", "{name} cannot be faxed: {reason}"): (
            "{name} ne peut pas être envoyé par télécopie : {reason}",
            "{name} را نمی~توان با فکس فرستاد: {reason}",
        ),
        ("errors", "A fax needs a document or a cover page."): (
            "Une télécopie a besoin d'un document ou d'une page de garde.",
            "فکس به یک سند یا صفحهٔ رویه نیاز دارد.",
        ),
        ("errors", "None of the chosen destinations has a fax number."): (
            "Aucun des destinataires choisis n'a de numéro de télécopie.",
            "هیچ~یک از گیرندگان انتخاب~شده شمارهٔ فکس ندارد.",
        ),
        ("errors", "This fax is already finished."): (
            "Cette télécopie est déjà terminée.",
            "این فکس پیش~تر به پایان رسیده است.",
        ),
        ("errors", "This fax is still in the queue."): (
            "Cette télécopie est encore dans la file d'attente.",
            "این فکس هنوز در صف است.",
        ),
        ("errors", "The fax has no pages."): ("La télécopie n'a aucune page.", "این فکس هیچ صفحه~ای ندارد."),
    }
)
