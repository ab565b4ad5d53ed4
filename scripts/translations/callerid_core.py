"""Caller ID core (calls, line states, watched lines, reports): French and Persian translations
(merged into scripts/translations_table.py)."""

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("errors", "Call"): ("Appel", "تماس"),
    ("errors", "{value} is not a call direction; use in or out."): (
        "{value} n’est pas un sens d’appel ; utilisez in (entrant) ou out (sortant).",
        "{value} جهت تماس نیست؛ از in (ورودی) یا out (خروجی) استفاده کنید.",
    ),
    ("errors", "Only a signed-in user can watch lines."): (
        "Seul un utilisateur connecté peut surveiller des lignes.",
        "فقط کاربری که وارد شده است می~تواند خط~ها را زیر نظر بگیرد.",
    ),
    ("errors", "A desk needs a number or a name."): (
        "Un poste doit avoir un numéro ou un nom.",
        "میز باید شماره یا نام داشته باشد.",
    ),
}
