"""Fax Class 1: French and Persian translations (merged into scripts/translations_table.py)."""

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("FaxSettingsBox", "Class 1"): ("Classe 1", "کلاس ۱"),
    ("FaxSettingsBox", "Class 1.0"): ("Classe 1.0", "کلاس ۱٫۰"),
    (
        "FaxSettingsBox",
        "{maker} {model} offers fax classes {classes} only: SivaDesk needs class 1, 1.0, 2 or 2.0.",
    ): (
        "{maker} {model} n'offre que les classes {classes} : SivaDesk a besoin de la classe 1, 1.0, 2 ou 2.0.",
        "{maker} {model} فقط کلاس~های {classes} را دارد: SivaDesk کلاس ۱، ۱٫۰، ۲ یا ۲٫۰ لازم دارد.",
    ),
}
