"""Letter search (search bar, saved searches) and the calendar date field: French and Persian
translations (merged into scripts/translations_table.py).

Vocabulary: search = recherche / جستجو; saved search = recherche enregistrée / جستجوی ذخیره~شده;
filter = filtre / فیلتر; register = registre / دفتر; signer = signataire / امضاکننده;
correspondent = correspondant / طرف مکاتبه.
"""

_DE = "CalendarDateEdit"
_MG = "MonthGrid"
_SB = "LetterSearchBar"
_SD = "SaveSearchDialog"
_E = "errors"

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    # the date field
    (_DE, "Choose a date"): ("Choisir une date", "انتخاب تاریخ"),
    (_DE, "yyyy/mm/dd"): ("aaaa/mm/jj", "سال/ماه/روز"),
    (_DE, "dd/mm/yyyy"): ("jj/mm/aaaa", "روز/ماه/سال"),
    (_DE, "yyyy-mm-dd"): ("aaaa-mm-jj", "سال-ماه-روز"),
    (_DE, "Not a date: write it as %1."): (
        "Date non valide : écrivez-la sous la forme %1.",
        "تاریخ معتبر نیست؛ آن را به شکل %1 بنویسید.",
    ),
    (_MG, "Previous month"): ("Mois précédent", "ماه قبل"),
    (_MG, "Next month"): ("Mois suivant", "ماه بعد"),
    (_MG, "Today"): ("Aujourd’hui", "امروز"),
    (_MG, "Farvardin"): ("Farvardin", "فروردین"),
    (_MG, "Ordibehesht"): ("Ordibehecht", "اردیبهشت"),
    (_MG, "Khordad"): ("Khordad", "خرداد"),
    (_MG, "Tir"): ("Tir", "تیر"),
    (_MG, "Mordad"): ("Mordad", "مرداد"),
    (_MG, "Shahrivar"): ("Chahrivar", "شهریور"),
    (_MG, "Mehr"): ("Mehr", "مهر"),
    (_MG, "Aban"): ("Aban", "آبان"),
    (_MG, "Azar"): ("Azar", "آذر"),
    (_MG, "Dey"): ("Dey", "دی"),
    (_MG, "Bahman"): ("Bahman", "بهمن"),
    (_MG, "Esfand"): ("Esfand", "اسفند"),
    # the search bar
    (_SB, "Search letters: number, subject, text, correspondent…"): (
        "Rechercher un courrier : numéro, objet, texte, correspondant…",
        "جستجوی نامه: شماره، موضوع، متن، طرف مکاتبه…",
    ),
    (_SB, "Filters"): ("Filtres", "فیلترها"),
    (_SB, "Filters (%1)"): ("Filtres (%1)", "فیلترها (%1)"),
    (_SB, "Saved searches"): ("Recherches enregistrées", "جستجوهای ذخیره~شده"),
    (_SB, "Clear"): ("Effacer", "پاک کردن"),
    (_SB, "Clear the words and every filter"): (
        "Effacer les mots et tous les filtres",
        "پاک کردن عبارت جستجو و همهٔ فیلترها",
    ),
    (_SB, "Any register"): ("Tous les registres", "همهٔ دفترها"),
    (_SB, "Registered (or, for a draft, created) on or after"): (
        "Enregistré (ou, pour un brouillon, créé) à partir du",
        "ثبت~شده (یا برای پیش~نویس، ایجادشده) از این تاریخ به بعد",
    ),
    (_SB, "Registered (or, for a draft, created) on or before"): (
        "Enregistré (ou, pour un brouillon, créé) jusqu’au",
        "ثبت~شده (یا برای پیش~نویس، ایجادشده) تا این تاریخ",
    ),
    (_SB, "Any urgency"): ("Toute urgence", "هر فوریتی"),
    (_SB, "Any status"): ("Tout état", "هر وضعیتی"),
    (_SB, "Any category"): ("Toute catégorie", "همهٔ دسته~ها"),
    (_SB, "Any signer"): ("Tout signataire", "هر امضاکننده~ای"),
    (_SB, "Correspondent"): ("Correspondant", "طرف مکاتبه"),
    (_SB, "From"): ("Du", "از"),
    (_SB, "to"): ("au", "تا"),
    (_SB, "Save this search…"): ("Enregistrer cette recherche…", "ذخیرهٔ این جستجو…"),
    (_SB, "No saved searches yet"): ("Aucune recherche enregistrée", "هنوز جستجویی ذخیره نشده است"),
    (_SB, "%1 (shared by %2)"): ("%1 (partagée par %2)", "%1 (به اشتراک~گذاشتهٔ %2)"),
    (_SB, "Delete"): ("Supprimer", "حذف"),
    (_SD, "Save search"): ("Enregistrer la recherche", "ذخیرهٔ جستجو"),
    (_SD, "Share with every user"): ("Partager avec tous les utilisateurs", "اشتراک با همهٔ کاربران"),
    (_SD, "Name"): ("Nom", "نام"),
    # service messages
    (_E, "Saved search"): ("Recherche enregistrée", "جستجوی ذخیره~شده"),
    (_E, "The start date is after the end date."): (
        "La date de début est après la date de fin.",
        "تاریخ شروع بعد از تاریخ پایان است.",
    ),
    (_E, "Only a signed-in user can save searches."): (
        "Seul un utilisateur connecté peut enregistrer des recherches.",
        "فقط کاربری که وارد شده است می~تواند جستجو ذخیره کند.",
    ),
    (_E, "A saved search needs a name."): (
        "Une recherche enregistrée doit avoir un nom.",
        "جستجوی ذخیره~شده باید نام داشته باشد.",
    ),
    (_E, "Only its owner or an administrator can delete this saved search."): (
        "Seuls son propriétaire ou un administrateur peuvent supprimer cette recherche enregistrée.",
        "فقط صاحب این جستجو یا مدیر سیستم می~تواند آن را حذف کند.",
    ),
}
