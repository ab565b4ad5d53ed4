"""French and Persian translations of SivaDesk's messages, applied to the Qt .ts catalogues.

The .ts files in resources/i18n are the source of truth (a translator may edit them in Qt
Linguist); this table only fills what lupdate brought in as new, so nobody retypes a word that
appears in ten places. ``scripts/update-translations.sh`` runs it after lupdate.

    python scripts/translations_table.py resources/i18n/sivadesk_fr.ts [--force]

Without ``--force`` only unfinished or empty entries are filled; with it the table overwrites the
catalogue (use it after correcting the table itself). The language comes from the file name.

Writing conventions:
- French (France): a no-break space before ":" and a narrow one before "?", "!", ";" and inside
  « » (added by :func:`french`; write plain spaces in the table).
- Persian (Iran): ی and ک, never ي and ك; "~" in the table stands for the zero-width non-joiner
  (می~شود -> می‌شود); Persian punctuation « » ، ؛ ؟; menu accelerators keep the English Latin
  letter in parentheses, "فایل (&F)", so Alt+F works whatever the keyboard layout.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZWNJ = "\u200c"
NBSP = "\u00a0"
NNBSP = "\u202f"

#: Words that mean the same in every context: source -> (French, Persian).
COMMON: dict[str, tuple[str, str]] = {
    "SivaDesk": ("SivaDesk", "SivaDesk"),
    "Name": ("Nom", "نام"),
    "Name:": ("Nom :", "نام:"),
    "Size": ("Taille", "اندازه"),
    "Remove": ("Retirer", "حذف"),
    "Attachments": ("Pièces jointes", "پیوست~ها"),
    "Browse…": ("Parcourir…", "انتخاب…"),
    "Test connection": ("Tester la connexion", "آزمایش اتصال"),
    "Connecting…": ("Connexion en cours…", "در حال اتصال…"),
    "The database answers.": ("La base de données répond.", "پایگاه داده پاسخ می~دهد."),
    "Kind": ("Type", "نوع"),
    "First name": ("Prénom", "نام"),
    "Last name": ("Nom", "نام خانوادگی"),
    "Full name": ("Nom complet", "نام و نام خانوادگی"),
    "Organization": ("Organisation", "سازمان"),
    "Job title": ("Fonction", "سمت"),
    "Lead status": ("Statut du prospect", "وضعیت سرنخ"),
    "Street": ("Adresse", "نشانی"),
    "Postcode": ("Code postal", "کد پستی"),
    "City": ("Ville", "شهر"),
    "Region": ("Région", "استان"),
    "Country": ("Pays", "کشور"),
    "Notes": ("Notes", "یادداشت~ها"),
    "Save": ("Enregistrer", "ذخیره"),
    "Cancel": ("Annuler", "انصراف"),
    "Edit": ("Modifier", "ویرایش"),
    "Delete": ("Supprimer", "حذف"),
    "Open": ("Ouvrir", "باز کردن"),
    "Phone": ("Téléphone", "تلفن"),
    "E-mail": ("E-mail", "ایمیل"),
    "Address": ("Adresse", "نشانی"),
    "Created": ("Créé le", "تاریخ ایجاد"),
    "Updated": ("Modifié le", "آخرین تغییر"),
    "Person": ("Personne", "شخص"),
    "Company": ("Société", "شرکت"),
    "Lead": ("Prospect", "سرنخ"),
    "People": ("Personnes", "اشخاص"),
    "Companies": ("Sociétés", "شرکت~ها"),
    "Leads": ("Prospects", "سرنخ~ها"),
    "Contacts": ("Contacts", "مخاطبان"),
    "Contact": ("Contact", "مخاطب"),
    "Settings": ("Paramètres", "تنظیمات"),
    "Users": ("Utilisateurs", "کاربران"),
    "Departments": ("Services", "واحدها"),
    "About": ("À propos", "درباره"),
    "Home": ("Accueil", "پیشخوان"),
    "Quit": ("Quitter", "خروج"),
    "User name:": ("Identifiant :", "نام کاربری:"),
    "Full name:": ("Nom complet :", "نام و نام خانوادگی:"),
    "Password:": ("Mot de passe :", "رمز عبور:"),
    "Database:": ("Base de données :", "پایگاه داده:"),
    "Role:": ("Rôle :", "نقش:"),
    "Code:": ("Code :", "کد:"),
    "E-mail:": ("E-mail :", "ایمیل:"),
    "Department:": ("Service :", "واحد:"),
    "Position title:": ("Fonction :", "سمت:"),
    "Row": ("Ligne", "ردیف"),
    "Status": ("État", "وضعیت"),
    "Column": ("Colonne", "ستون"),
    "Message": ("Message", "پیام"),
    "CSV files (*.csv)": ("Fichiers CSV (*.csv)", "فایل~های CSV (*.csv)"),
    "Job title:": ("Fonction :", "سمت:"),
    # Activity kinds (timeline entries)
    "Note": ("Note", "یادداشت"),
    "Call": ("Appel", "تماس"),
    "Letter": ("Courrier", "نامه"),
    "Fax": ("Fax", "فکس"),
    "Task": ("Tâche", "وظیفه"),
    "Appointment": ("Rendez-vous", "قرار ملاقات"),
    "System": ("Système", "سیستم"),
}

#: Context-specific translations: (context, source) -> (French, Persian).
BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    # -- About ---------------------------------------------------------------------------------
    ("AboutPage", "Contacts, letters, faxes and calls for the whole office."): (
        "Contacts, courriers, fax et appels pour tout le bureau.",
        "مخاطبان، نامه~ها، فکس~ها و تماس~های کل دفتر در یک جا.",
    ),
    ("AboutPage", "Qt {qt}, PySide {pyside}, Python {python}"): (
        "Qt {qt}, PySide {pyside}, Python {python}",
        "Qt {qt}، PySide {pyside}، Python {python}",
    ),
    ("AboutPage", "Version:"): ("Version :", "نسخه:"),
    ("AboutPage", "Database type:"): ("Type de base :", "نوع پایگاه داده:"),
    ("AboutPage", "Schema revision:"): ("Version du schéma :", "نسخه ساختار پایگاه داده:"),
    ("AboutPage", "Log file:"): ("Fichier journal :", "فایل گزارش رویدادها:"),
    ("AboutPage", "Libraries:"): ("Bibliothèques :", "کتابخانه~ها:"),
    ("AboutPage", "none"): ("aucune", "هیچ"),
    # -- Attachments ---------------------------------------------------------------------------
    ("AttachmentsPanel", "Added"): ("Ajoutée le", "تاریخ افزودن"),
    ("AttachmentsPanel", "Add files…"): ("Ajouter des fichiers…", "افزودن فایل…"),
    ("AttachmentsPanel", "Save as…"): ("Enregistrer sous…", "ذخیره با نام…"),
    ("AttachmentsPanel", "Attach files"): ("Joindre des fichiers", "پیوست کردن فایل"),
    ("AttachmentsPanel", "Save attachment as"): ("Enregistrer la pièce jointe sous", "ذخیره پیوست با نام"),
    ("AttachmentsPanel", "Remove attachment"): ("Retirer la pièce jointe", "حذف پیوست"),
    ("AttachmentsPanel", "Remove {name} from this contact?"): (
        "Retirer « {name} » de ce contact ?",
        "«{name}» از این مخاطب حذف شود؟",
    ),
    ("AttachmentsPanel", "Saved to {path}"): ("Enregistré dans {path}", "در {path} ذخیره شد"),
    ("AttachmentsPanel", "Attachment removed."): ("Pièce jointe retirée.", "پیوست حذف شد."),
    ("AttachmentsPanel", "The file {name} could not be read or written: {reason}"): (
        "Impossible de lire ou d’écrire le fichier {name} : {reason}",
        "خواندن یا نوشتن فایل {name} ممکن نشد: {reason}",
    ),
    # -- Choose a database ---------------------------------------------------------------------
    ("ChooseDatabaseDialog", "Choose a database"): ("Choisir une base de données", "انتخاب پایگاه داده"),
    ("ChooseDatabaseDialog", "A database file on this computer (SQLite)"): (
        "Un fichier de base de données sur cet ordinateur (SQLite)",
        "فایل پایگاه داده روی همین رایانه (SQLite)",
    ),
    ("ChooseDatabaseDialog", "The office's shared server (PostgreSQL)"): (
        "Le serveur partagé du bureau (PostgreSQL)",
        "سرور مشترک دفتر (PostgreSQL)",
    ),
    ("ChooseDatabaseDialog", "Database file"): ("Fichier de base de données", "فایل پایگاه داده"),
    ("ChooseDatabaseDialog", "Databases opened before…"): (
        "Bases de données déjà ouvertes…",
        "پایگاه~های داده~ای که قبلاً باز شده~اند…",
    ),
    ("ChooseDatabaseDialog", "Recent:"): ("Récentes :", "اخیر:"),
    ("ChooseDatabaseDialog", "SivaDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"): (
        "Bases SivaDesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)",
        "پایگاه~های داده SivaDesk (*.sqlite3 *.sqlite *.db);;همه فایل~ها (*)",
    ),
    ("ChooseDatabaseDialog", "Enter a database first."): (
        "Indiquez d’abord une base de données.",
        "ابتدا یک پایگاه داده وارد کنید.",
    ),
    # -- Company picker ------------------------------------------------------------------------
    ("CompanyField", "Type to search a company"): (
        "Tapez pour chercher une société",
        "برای جستجوی شرکت تایپ کنید",
    ),
    ("CompanyField", "Linked to this company's file"): (
        "Lié à la fiche de cette société",
        "به پرونده این شرکت پیوند داده شده",
    ),
    # -- Contact form --------------------------------------------------------------------------
    ("ContactEditDialog", "Edit {name}"): ("Modifier {name}", "ویرایش {name}"),
    ("ContactEditDialog", "New contact"): ("Nouveau contact", "مخاطب جدید"),
    ("ContactEditDialog", "New"): ("Nouveau", "جدید"),
    ("ContactEditDialog", "Contacted"): ("Contacté", "تماس گرفته شده"),
    ("ContactEditDialog", "Qualified"): ("Qualifié", "واجد شرایط"),
    ("ContactEditDialog", "Won"): ("Gagné", "موفق"),
    ("ContactEditDialog", "Lost"): ("Perdu", "ناموفق"),
    ("ContactEditDialog", "Comma separated, e.g. supplier, Paris"): (
        "Séparées par des virgules, p. ex. fournisseur, Paris",
        "با ویرگول جدا کنید، مثلاً تأمین~کننده، تهران",
    ),
    ("ContactEditDialog", "Works at"): ("Travaille chez", "محل کار"),
    ("ContactEditDialog", "Tags"): ("Étiquettes", "برچسب~ها"),
    ("ContactEditDialog", "Number"): ("Numéro", "شماره"),
    ("ContactEditDialog", "Label"): ("Libellé", "عنوان"),
    ("ContactEditDialog", "E-mail address"): ("Adresse e-mail", "نشانی ایمیل"),
    ("ContactEditDialog", "Field"): ("Champ", "فیلد"),
    ("ContactEditDialog", "Value"): ("Valeur", "مقدار"),
    ("ContactEditDialog", "Phones"): ("Téléphones", "تلفن~ها"),
    ("ContactEditDialog", "E-mails"): ("E-mails", "ایمیل~ها"),
    ("ContactEditDialog", "Phones and e-mails"): ("Téléphones et e-mails", "تلفن~ها و ایمیل~ها"),
    ("ContactEditDialog", "Addresses"): ("Adresses", "نشانی~ها"),
    ("ContactEditDialog", "Custom fields"): ("Champs personnalisés", "فیلدهای سفارشی"),
    ("ContactEditDialog", "Company name"): ("Raison sociale", "نام شرکت"),
    ("ContactEditDialog", "Not a valid number: it will be kept as typed and flagged."): (
        "Numéro non valide : il sera conservé tel que saisi et signalé.",
        "شماره معتبر نیست: همان~طور که وارد شده نگه داشته و علامت~گذاری می~شود.",
    ),
    ("ContactEditDialog", "A number could not be understood; it will be saved as typed and flagged."): (
        "Un numéro n’a pas pu être interprété ; il sera enregistré tel que saisi et signalé.",
        "یک شماره قابل تشخیص نبود؛ همان~طور که وارد شده ذخیره و علامت~گذاری می~شود.",
    ),
    (
        "ContactEditDialog",
        "{count} numbers could not be understood; they will be saved as typed and flagged.",
    ): (
        "{count} numéros n’ont pas pu être interprétés ; ils seront enregistrés tels que saisis et signalés.",
        "{count} شماره قابل تشخیص نبود؛ همان~طور که وارد شده~اند ذخیره و علامت~گذاری می~شوند.",
    ),
    ("ContactEditDialog", "Possible duplicate"): ("Doublon possible", "احتمال تکراری بودن"),
    ("ContactEditDialog", "A contact with the same phone or e-mail already exists:"): (
        "Un contact avec le même téléphone ou e-mail existe déjà :",
        "مخاطبی با همین تلفن یا ایمیل از قبل وجود دارد:",
    ),
    ("ContactEditDialog", "Create anyway?"): ("Créer quand même ?", "با این حال ایجاد شود؟"),
    ("ContactEditDialog", "Create anyway"): ("Créer quand même", "با این حال ایجاد شود"),
    ("ContactEditDialog", "Go back"): ("Revenir", "بازگشت"),
    # -- Contact file --------------------------------------------------------------------------
    ("ContactFileWindow", "Contact file"): ("Fiche contact", "پرونده مخاطب"),
    ("ContactFileWindow", "Edit this contact (Ctrl+E)"): (
        "Modifier ce contact (Ctrl+E)",
        "ویرایش این مخاطب (Ctrl+E)",
    ),
    # A key sequence, not words: Qt reads it back, so it stays as is.
    ("ContactFileWindow", "Ctrl+E"): ("Ctrl+E", "Ctrl+E"),
    ("ContactFileWindow", "People at this company"): ("Personnes de cette société", "افراد این شرکت"),
    ("ContactFileWindow", "Timeline"): ("Historique", "سوابق"),
    ("ContactFileWindow", "This contact has been deleted."): (
        "Ce contact a été supprimé.",
        "این مخاطب حذف شده است.",
    ),
    ("ContactFileWindow", "{name} — contact file"): ("{name} — fiche contact", "{name} — پرونده مخاطب"),
    ("ContactFileWindow", "Works at {company}"): ("Travaille chez {company}", "شاغل در {company}"),
    ("ContactFileWindow", "Phone ({label})"): ("Téléphone ({label})", "تلفن ({label})"),
    ("ContactFileWindow", "Address ({label})"): ("Adresse ({label})", "نشانی ({label})"),
    ("ContactFileWindow", "Not a valid number: kept as typed."): (
        "Numéro non valide : conservé tel que saisi.",
        "شماره معتبر نیست: همان~طور که وارد شده نگه داشته شد.",
    ),
    ("ContactFileWindow", "This number could not be understood; it is kept exactly as typed."): (
        "Ce numéro n’a pas pu être interprété ; il est conservé exactement tel que saisi.",
        "این شماره قابل تشخیص نبود؛ دقیقاً همان~طور که وارد شده نگه داشته شده است.",
    ),
    # -- Contacts list -------------------------------------------------------------------------
    ("ContactsModel", "A phone number of this contact could not be understood; it is kept as typed."): (
        "Un numéro de ce contact n’a pas pu être interprété ; il est conservé tel que saisi.",
        "یکی از شماره~های این مخاطب قابل تشخیص نبود؛ همان~طور که وارد شده نگه داشته شده است.",
    ),
    ("ContactsModel", "This column cannot be sorted"): (
        "Cette colonne ne peut pas être triée",
        "این ستون قابل مرتب~سازی نیست",
    ),
    # Between the parts of a line of details (phone, e-mail, city); «·» reads as a Persian zero.
    ("ContactsModel", " — "): (" — ", "، "),
    ("ContactsPage", "Search by name, phone or e-mail"): (
        "Rechercher par nom, téléphone ou e-mail",
        "جستجو با نام، تلفن یا ایمیل",
    ),
    ("ContactsPage", "All kinds"): ("Tous les types", "همه انواع"),
    ("ContactsPage", "All tags"): ("Toutes les étiquettes", "همه برچسب~ها"),
    ("ContactsPage", "Invalid phones only"): ("Téléphones invalides seulement", "فقط تلفن~های نامعتبر"),
    ("ContactsPage", "New"): ("Nouveau", "جدید"),
    ("ContactsPage", "New contact ({key})"): ("Nouveau contact ({key})", "مخاطب جدید ({key})"),
    ("ContactsPage", "Open the contact file (Enter)"): (
        "Ouvrir la fiche contact (Entrée)",
        "باز کردن پرونده مخاطب (Enter)",
    ),
    ("ContactsPage", "Delete the contact (Delete)"): (
        "Supprimer le contact (Suppr)",
        "حذف مخاطب (Delete)",
    ),
    ("ContactsPage", "Searching…"): ("Recherche…", "در حال جستجو…"),
    ("ContactsPage", "Counting…"): ("Comptage…", "در حال شمارش…"),
    ("ContactsPage", "Delete contact"): ("Supprimer le contact", "حذف مخاطب"),
    ("ContactsPage", "Delete {name}? The file disappears from lists; its history is kept."): (
        "Supprimer {name} ? La fiche disparaît des listes ; son historique est conservé.",
        "{name} حذف شود؟ پرونده از فهرست~ها حذف می~شود، ولی سوابق آن باقی می~ماند.",
    ),
    # -- Database unavailable ------------------------------------------------------------------
    ("DatabaseUnavailableDialog", "Database unavailable"): (
        "Base de données indisponible",
        "پایگاه داده در دسترس نیست",
    ),
    (
        "DatabaseUnavailableDialog",
        "If the database is on the office server, check that the server is on and that this "
        "computer is connected to the network, then retry.",
    ): (
        "Si la base de données est sur le serveur du bureau, vérifiez que le serveur est allumé et que "
        "cet ordinateur est connecté au réseau, puis réessayez.",
        "اگر پایگاه داده روی سرور دفتر است، بررسی کنید که سرور روشن باشد و این رایانه به شبکه وصل "
        "باشد، سپس دوباره تلاش کنید.",
    ),
    ("DatabaseUnavailableDialog", "Retry"): ("Réessayer", "تلاش دوباره"),
    ("DatabaseUnavailableDialog", "Choose another…"): ("En choisir une autre…", "انتخاب پایگاه داده دیگر…"),
    # -- First run / sign in -------------------------------------------------------------------
    ("FirstRunDialog", "Welcome to SivaDesk"): ("Bienvenue dans SivaDesk", "به SivaDesk خوش آمدید"),
    (
        "FirstRunDialog",
        "This database has no users yet. Create the administrator account: it adds the other users "
        "and sets up the office.",
    ): (
        "Cette base de données n’a encore aucun utilisateur. Créez le compte administrateur : c’est lui "
        "qui ajoute les autres utilisateurs et configure le bureau.",
        "این پایگاه داده هنوز کاربری ندارد. حساب مدیر سیستم را بسازید: این حساب کاربران دیگر را اضافه "
        "و تنظیمات دفتر را انجام می~دهد.",
    ),
    ("FirstRunDialog", "Password again:"): ("Confirmer le mot de passe :", "تکرار رمز عبور:"),
    ("FirstRunDialog", "Create administrator"): ("Créer l’administrateur", "ایجاد مدیر سیستم"),
    ("FirstRunDialog", "The two passwords differ."): (
        "Les deux mots de passe sont différents.",
        "دو رمز عبور با هم یکسان نیستند.",
    ),
    ("LoginDialog", "Sign in to SivaDesk"): ("Se connecter à SivaDesk", "ورود به SivaDesk"),
    ("LoginDialog", "Database: {url}"): ("Base de données : {url}", "پایگاه داده: {url}"),
    ("LoginDialog", "Sign in"): ("Se connecter", "ورود"),
    ("LoginDialog", "Enter your user name and password."): (
        "Saisissez votre identifiant et votre mot de passe.",
        "نام کاربری و رمز عبور خود را وارد کنید.",
    ),
    # -- Home ----------------------------------------------------------------------------------
    ("HomePage", "Timeline entries today"): ("Entrées d’historique aujourd’hui", "سوابق ثبت~شده امروز"),
    ("HomePage", "Contacts with a phone number to check"): (
        "Contacts avec un numéro à vérifier",
        "مخاطبانی که شماره~شان باید بررسی شود",
    ),
    ("HomePage", "Recent activity"): ("Activité récente", "فعالیت~های اخیر"),
    ("HomePage", "When"): ("Quand", "زمان"),
    ("HomePage", "What"): ("Quoi", "شرح"),
    ("HomePage", "By"): ("Par", "ثبت~کننده"),
    ("HomePage", "Nothing has happened yet. New contacts, notes and calls will show here."): (
        "Rien pour l’instant. Les nouveaux contacts, notes et appels s’afficheront ici.",
        "هنوز فعالیتی ثبت نشده است. مخاطبان جدید، یادداشت~ها و تماس~ها اینجا نمایش داده می~شوند.",
    ),
    ("HomePage", "Hello, {name}"): ("Bonjour, {name}", "سلام، {name}"),
    # -- Import --------------------------------------------------------------------------------
    ("ImportDialog", "Import contacts"): ("Importer des contacts", "درون~ریزی مخاطبان"),
    ("ImportDialog", "A CSV or Excel (.xlsx) file"): (
        "Un fichier CSV ou Excel (.xlsx)",
        "یک فایل CSV یا اکسل (.xlsx)",
    ),
    ("ImportDialog", "Choose a file…"): ("Choisir un fichier…", "انتخاب فایل…"),
    ("ImportDialog", "Skip rows whose phone or e-mail already exists"): (
        "Ignorer les lignes dont le téléphone ou l’e-mail existe déjà",
        "ردیف~هایی که تلفن یا ایمیل آن~ها از قبل وجود دارد نادیده گرفته شوند",
    ),
    ("ImportDialog", "Update the existing contact with the row"): (
        "Mettre à jour le contact existant avec la ligne",
        "مخاطب موجود با اطلاعات ردیف به~روز شود",
    ),
    ("ImportDialog", "Create a new contact anyway"): (
        "Créer quand même un nouveau contact",
        "با این حال مخاطب جدید ساخته شود",
    ),
    ("ImportDialog", "Keep unrecognised columns as custom fields"): (
        "Garder les colonnes non reconnues comme champs personnalisés",
        "ستون~های ناشناخته به~صورت فیلد سفارشی نگه داشته شوند",
    ),
    ("ImportDialog", "File:"): ("Fichier :", "فایل:"),
    ("ImportDialog", "Duplicates:"): ("Doublons :", "موارد تکراری:"),
    ("ImportDialog", "Column in the file"): ("Colonne du fichier", "ستون در فایل"),
    ("ImportDialog", "Imported as"): ("Importée comme", "فیلد مقصد"),
    ("ImportDialog", "First value"): ("Première valeur", "اولین مقدار"),
    ("ImportDialog", "Columns:"): ("Colonnes :", "ستون~ها:"),
    ("ImportDialog", "Preview of the first rows (rows with errors are red):"): (
        "Aperçu des premières lignes (les lignes en erreur sont en rouge) :",
        "پیش~نمایش ردیف~های اول (ردیف~های دارای خطا قرمز هستند):",
    ),
    ("ImportDialog", "Reason"): ("Motif", "علت"),
    ("ImportDialog", "Save the error report…"): (
        "Enregistrer le rapport d’erreurs…",
        "ذخیره گزارش خطاها…",
    ),
    ("ImportDialog", "Import"): ("Importer", "درون~ریزی"),
    ("ImportDialog", "Stop"): ("Arrêter", "توقف"),
    ("ImportDialog", "Only an administrator or a manager may import contacts."): (
        "Seul un administrateur ou un responsable peut importer des contacts.",
        "فقط مدیر سیستم یا مدیر می~تواند مخاطبان را درون~ریزی کند.",
    ),
    ("ImportDialog", "Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"): (
        "Feuilles de calcul (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)",
        "صفحه~گسترده~ها (*.csv *.txt *.tsv *.xlsx);;همه فایل~ها (*)",
    ),
    ("ImportDialog", "Reading the file…"): ("Lecture du fichier…", "در حال خواندن فایل…"),
    ("ImportDialog", "Custom field “{name}”"): ("Champ personnalisé « {name} »", "فیلد سفارشی «{name}»"),
    ("ImportDialog", "Check"): ("Vérification", "بررسی"),
    ("ImportDialog", "OK"): ("OK", "بدون خطا"),
    ("ImportDialog", "Created: {n}"): ("Créés : {n}", "ایجادشده: {n}"),
    ("ImportDialog", "Updated: {n}"): ("Mis à jour : {n}", "به~روزشده: {n}"),
    ("ImportDialog", "Skipped (already there): {n}"): (
        "Ignorés (déjà présents) : {n}",
        "نادیده گرفته~شده (از قبل موجود): {n}",
    ),
    ("ImportDialog", "Failed: {n}"): ("En échec : {n}", "ناموفق: {n}"),
    ("ImportDialog", "Phone numbers kept as typed and flagged: {n}"): (
        "Numéros conservés tels que saisis et signalés : {n}",
        "شماره~های علامت~گذاری~شده (همان~طور که وارد شده نگه داشته شدند): {n}",
    ),
    ("ImportDialog", "Stopped after row {row}: the rows after it were not imported."): (
        "Arrêté après la ligne {row} : les lignes suivantes n’ont pas été importées.",
        "پس از ردیف {row} متوقف شد: ردیف~های بعدی درون~ریزی نشدند.",
    ),
    ("ImportDialog", "Save the error report"): ("Enregistrer le rapport d’erreurs", "ذخیره گزارش خطاها"),
    # -- Main window ---------------------------------------------------------------------------
    ("MainWindow", "SivaDesk — {office}"): ("SivaDesk — {office}", "SivaDesk — {office}"),
    ("MainWindow", "Opening SivaDesk…"): ("Ouverture de SivaDesk…", "در حال باز کردن SivaDesk…"),
    ("app", "Checking the database…"): ("Vérification de la base de données…", "در حال بررسی پایگاه داده…"),
    ("MainWindow", "&New contact"): ("&Nouveau contact", "مخاطب جدید (&N)"),
    ("MainWindow", "&Import contacts…"): ("&Importer des contacts…", "درون~ریزی مخاطبان… (&I)"),
    ("MainWindow", "&Export contacts…"): ("&Exporter les contacts…", "برون~بری مخاطبان… (&E)"),
    ("MainWindow", "&Quit"): ("&Quitter", "خروج (&Q)"),
    ("MainWindow", "&Search…"): ("&Rechercher…", "جستجو… (&S)"),
    ("MainWindow", "&Find in contacts"): ("&Filtrer les contacts", "یافتن در مخاطبان (&F)"),
    ("MainWindow", "&Refresh"): ("&Actualiser", "تازه~سازی (&R)"),
    ("MainWindow", "&About SivaDesk"): ("À &propos de SivaDesk", "درباره SivaDesk (&A)"),
    ("MainWindow", "&File"): ("&Fichier", "فایل (&F)"),
    ("MainWindow", "&View"): ("&Affichage", "نما (&V)"),
    ("MainWindow", "&Help"): ("Ai&de", "راهنما (&H)"),
    ("MainWindow", "{user} ({role})"): ("{user} ({role})", "{user} ({role})"),
    ("MainWindow", "Database in use"): ("Base de données utilisée", "پایگاه داده در حال استفاده"),
    ("MainWindow", "Excel workbooks (*.xlsx)"): ("Classeurs Excel (*.xlsx)", "کارپوشه~های اکسل (*.xlsx)"),
    ("MainWindow", "Export contacts"): ("Exporter les contacts", "برون~بری مخاطبان"),
    ("MainWindow", "Exporting contacts to {path}…"): (
        "Export des contacts vers {path}…",
        "در حال برون~بری مخاطبان به {path}…",
    ),
    # -- Rows editor ---------------------------------------------------------------------------
    ("RowsEditor", "Add"): ("Ajouter", "افزودن"),
    # -- Search palette ------------------------------------------------------------------------
    ("SearchPalette", "Search"): ("Rechercher", "جستجو"),
    ("SearchPalette", "Name, phone number or e-mail"): (
        "Nom, numéro de téléphone ou e-mail",
        "نام، شماره تلفن یا ایمیل",
    ),
    ("SearchPalette", "Type to search contacts. ↑ ↓ to move, Enter to open, Esc to close."): (
        "Tapez pour chercher un contact. ↑ ↓ pour se déplacer, Entrée pour ouvrir, Échap pour fermer.",
        "برای جستجوی مخاطبان تایپ کنید. با ↑ ↓ جابه~جا شوید، با Enter باز کنید و با Esc ببندید.",
    ),
    ("SearchPalette", "The search failed; see the log for details."): (
        "La recherche a échoué ; voir le journal pour le détail.",
        "جستجو ناموفق بود؛ جزئیات در فایل گزارش رویدادها آمده است.",
    ),
    ("SearchPalette", "No contact matches."): ("Aucun contact ne correspond.", "هیچ مخاطبی پیدا نشد."),
    # -- Settings ------------------------------------------------------------------------------
    ("SettingsPage", "This computer"): ("Cet ordinateur", "این رایانه"),
    ("SettingsPage", "This computer's own database"): (
        "La base de données propre à cet ordinateur",
        "پایگاه داده خود این رایانه",
    ),
    ("SettingsPage", "Choose…"): ("Choisir…", "انتخاب…"),
    ("SettingsPage", "Language:"): ("Langue :", "زبان:"),
    ("SettingsPage", "Calendar:"): ("Calendrier :", "تقویم:"),
    ("SettingsPage", "The office (shared by every computer)"): (
        "Le bureau (commun à tous les ordinateurs)",
        "دفتر (مشترک بین همه رایانه~ها)",
    ),
    ("SettingsPage", "Country of numbers dialled without a country code: FR, IR…"): (
        "Pays des numéros composés sans indicatif international : FR, IR…",
        "کشور شماره~هایی که بدون کد کشور گرفته می~شوند: FR، IR…",
    ),
    (
        "SettingsPage",
        "How many trailing digits of a number identify a contact, longest first. The longest that the "
        "incoming number has is used.",
    ): (
        "Nombre de derniers chiffres d’un numéro qui identifient un contact, du plus long au plus court. "
        "Le plus long que possède le numéro entrant est utilisé.",
        "چند رقم آخر شماره برای شناسایی مخاطب کافی است، از بیشترین به کمترین. بیشترین تعدادی که شماره "
        "تماس~گیرنده دارد به کار می~رود.",
    ),
    ("SettingsPage", "Save office settings"): ("Enregistrer les paramètres du bureau", "ذخیره تنظیمات دفتر"),
    ("SettingsPage", "Office name:"): ("Nom du bureau :", "نام دفتر:"),
    ("SettingsPage", "Phone region:"): ("Pays par défaut des numéros :", "کشور پیش~فرض تلفن:"),
    ("SettingsPage", "Digits compared for caller ID:"): (
        "Chiffres comparés pour l’identification de l’appelant :",
        "تعداد ارقام مقایسه~شده برای شناسایی تماس~گیرنده:",
    ),
    ("SettingsPage", "Saved."): ("Enregistré.", "ذخیره شد."),
    ("SettingsPage", "Settings saved"): ("Paramètres enregistrés", "تنظیمات ذخیره شد"),
    ("SettingsPage", "The new language or database applies when SivaDesk starts again. Restart now?"): (
        "La nouvelle langue ou base de données s’appliquera au prochain démarrage de SivaDesk. "
        "Redémarrer maintenant ?",
        "زبان یا پایگاه داده جدید پس از راه~اندازی دوباره SivaDesk اعمال می~شود. همین حالا راه~اندازی شود؟",
    ),
    ("SettingsPage", "Restart now"): ("Redémarrer maintenant", "راه~اندازی دوباره"),
    ("SettingsPage", "Later"): ("Plus tard", "بعداً"),
    ("SettingsPage", "Digit counts are numbers separated by commas, e.g. 10, 9, 8."): (
        "Les nombres de chiffres sont des nombres séparés par des virgules, p. ex. 10, 9, 8.",
        "تعداد ارقام باید عددهایی جدا شده با ویرگول باشد، مثلاً ۱۰، ۹، ۸.",
    ),
    # -- Timeline ------------------------------------------------------------------------------
    ("TimelinePanel", "Write a note…"): ("Écrire une note…", "یادداشتی بنویسید…"),
    ("TimelinePanel", "Add note"): ("Ajouter la note", "افزودن یادداشت"),
    ("TimelinePanel", "Nothing on the timeline yet."): (
        "L’historique est vide pour l’instant.",
        "هنوز سابقه~ای ثبت نشده است.",
    ),
    ("TimelinePanel", "Load older entries"): ("Charger les entrées plus anciennes", "نمایش سوابق قدیمی~تر"),
    ("TimelinePanel", "Message"): ("Message", "پیام"),
    ("activity", "Message"): ("Message", "پیام"),
    # -- Users ---------------------------------------------------------------------------------
    ("UserDialog", "New user"): ("Nouvel utilisateur", "کاربر جدید"),
    ("UserDialog", "(none)"): ("(aucun)", "(هیچ)"),
    ("UsersPage", "User name"): ("Identifiant", "نام کاربری"),
    ("UsersPage", "Full name"): ("Nom complet", "نام کامل"),
    ("UsersPage", "Role"): ("Rôle", "نقش"),
    ("UsersPage", "Position"): ("Fonction", "سمت"),
    ("UsersPage", "Department"): ("Service", "واحد"),
    ("UsersPage", "Last sign-in"): ("Dernière connexion", "آخرین ورود"),
    ("UsersPage", "Add user…"): ("Ajouter un utilisateur…", "افزودن کاربر…"),
    ("UsersPage", "Change role…"): ("Changer le rôle…", "تغییر نقش…"),
    ("UsersPage", "Deactivate"): ("Désactiver", "غیرفعال کردن"),
    ("UsersPage", "Reset password…"): ("Réinitialiser le mot de passe…", "بازنشانی رمز عبور…"),
    ("UsersPage", "Code"): ("Code", "کد"),
    ("UsersPage", "Add department…"): ("Ajouter un service…", "افزودن واحد…"),
    ("UsersPage", "{role} (inactive)"): ("{role} (inactif)", "{role} (غیرفعال)"),
    ("UsersPage", "Activate"): ("Activer", "فعال کردن"),
    ("UsersPage", "Change role"): ("Changer le rôle", "تغییر نقش"),
    ("UsersPage", "Role of {name}:"): ("Rôle de {name} :", "نقش {name}:"),
    ("UsersPage", "Reset password"): ("Réinitialiser le mot de passe", "بازنشانی رمز عبور"),
    ("UsersPage", "New password for {name}:"): ("Nouveau mot de passe de {name} :", "رمز عبور جدید {name}:"),
    ("UsersPage", "New department"): ("Nouveau service", "واحد جدید"),
    # -- Application ---------------------------------------------------------------------------
    ("app", "{n} errors happened; the details list them all."): (
        "{n} erreurs se sont produites ; le détail les énumère toutes.",
        "{n} خطا رخ داد؛ همه آن~ها در جزئیات آمده~اند.",
    ),
    ("app", "SivaDesk: unexpected error"): ("SivaDesk : erreur inattendue", "SivaDesk: خطای پیش~بینی~نشده"),
    (
        "app",
        "Something went wrong inside SivaDesk. Your work saved so far is safe. The details below were "
        "written to the log file.",
    ): (
        "Un problème est survenu dans SivaDesk. Le travail déjà enregistré est en sécurité. Le détail "
        "ci-dessous a été écrit dans le fichier journal.",
        "در SivaDesk مشکلی پیش آمد. کارهایی که تا این لحظه ذخیره شده~اند محفوظ هستند. جزئیات زیر در فایل "
        "گزارش رویدادها نوشته شد.",
    ),
    # -- Enumerations --------------------------------------------------------------------------
    ("calendars", "Gregorian"): ("Grégorien", "میلادی"),
    ("calendars", "Jalali (Solar Hijri)"): ("Jalali (hégirien solaire)", "شمسی (هجری خورشیدی)"),
    ("roles", "Administrator"): ("Administrateur", "مدیر سیستم"),
    ("roles", "Manager"): ("Responsable", "مدیر"),
    ("roles", "Agent"): ("Agent", "کارشناس"),
    ("roles", "Receptionist"): ("Standardiste", "منشی"),
    ("db", "This is not a database URL: {reason}"): (
        "Ce n’est pas une adresse de base de données : {reason}",
        "این نشانی پایگاه داده نیست: {reason}",
    ),
    ("db", "Database too new"): ("Base de données trop récente", "پایگاه داده جدیدتر از برنامه است"),
    ("settings", "Database URL (empty: this PC's own database)"): (
        "Adresse de la base de données (vide : la base propre à ce PC)",
        "نشانی پایگاه داده (خالی: پایگاه داده خود این رایانه)",
    ),
    ("settings", "Interface language"): ("Langue de l’interface", "زبان رابط کاربری"),
    ("settings", "Calendar"): ("Calendrier", "تقویم"),
    ("settings", "Last user name at login"): ("Dernier identifiant utilisé", "آخرین نام کاربری واردشده"),
    ("settings", "Databases opened before"): (
        "Bases de données déjà ouvertes",
        "پایگاه~های داده قبلاً بازشده",
    ),
    # -- Import fields (import mapping combo) and import report ---------------------------------
    ("import", "(ignore)"): ("(ignorer)", "(نادیده گرفته شود)"),
    ("import", "Custom field"): ("Champ personnalisé", "فیلد سفارشی"),
    ("import", "Kind (person, company, lead)"): (
        "Type (personne, société, prospect)",
        "نوع (شخص، شرکت، سرنخ)",
    ),
    ("import", "Linked company"): ("Société liée", "شرکت مرتبط"),
    ("import", "Mobile phone"): ("Portable", "تلفن همراه"),
    ("import", "Work phone"): ("Téléphone professionnel", "تلفن محل کار"),
    ("import", "Home phone"): ("Téléphone domicile", "تلفن منزل"),
    ("import", "Phone label"): ("Libellé du téléphone", "عنوان تلفن"),
    ("import", "Street address"): ("Adresse (rue)", "نشانی (خیابان و پلاک)"),
    ("import", "Address label"): ("Libellé de l’adresse", "عنوان نشانی"),
    ("import", "Tags / groups"): ("Étiquettes / groupes", "برچسب~ها / گروه~ها"),
    ("import", "failed"): ("en échec", "ناموفق"),
    ("import", "Same phone or e-mail as {names}"): (
        "Même téléphone ou e-mail que {names}",
        "تلفن یا ایمیل مشابه {names}",
    ),
    ("import", "duplicate"): ("doublon", "تکراری"),
    ("import", "{number} is not a valid phone number; kept as typed and flagged"): (
        "{number} n’est pas un numéro de téléphone valide ; conservé tel que saisi et signalé",
        "{number} شماره تلفن معتبری نیست؛ همان~طور که وارد شده نگه داشته و علامت~گذاری شد",
    ),
    ("import", "phone flagged"): ("téléphone signalé", "تلفن علامت~خورده"),
    ("import", "warning"): ("avertissement", "هشدار"),
    # -- Domain errors -------------------------------------------------------------------------
    ("errors", "Signing in without a password is only allowed on a demo database."): (
        "La connexion sans mot de passe n’est permise que sur une base de démonstration.",
        "ورود بدون رمز عبور فقط در پایگاه داده نمایشی مجاز است.",
    ),
    ("errors", "There is no active user {name}."): (
        "Aucun utilisateur actif nommé {name}.",
        "کاربر فعالی با نام {name} وجود ندارد.",
    ),
    ("errors", "Something went wrong."): ("Un problème est survenu.", "مشکلی پیش آمد."),
    (
        "errors",
        "The number format has a closing brace that was never opened (write two closing braces for one).",
    ): (
        "Le format de numéro contient une accolade fermante jamais ouverte (en écrire deux pour une seule).",
        "قالب شماره یک آکولاد بسته دارد که باز نشده است (برای نوشتن یکی، دو تا بنویسید).",
    ),
    ("errors", "The number format has a '{' that is never closed."): (
        "Le format de numéro contient un « { » jamais fermé.",
        "قالب شماره یک «{» دارد که بسته نشده است.",
    ),
    ("errors", "Unknown token {token} in the number format; use one of: {known}."): (
        "Élément {token} inconnu dans le format de numéro ; éléments possibles : {known}.",
        "عنصر {token} در قالب شماره شناخته نیست؛ یکی از این‌ها را به کار ببرید: {known}.",
    ),
    (
        "errors",
        "Token {token}: only numbers take a padding, written as a zero and a width, e.g. {{seq:05}}.",
    ): (
        "Élément {token} : seuls les nombres prennent un remplissage, écrit avec un zéro et une largeur, "
        "par exemple {{seq:05}}.",
        "عنصر {token}: فقط عددها صفرِ پیشوند می‌گیرند، به صورت صفر و طول، مثلاً {{seq:05}}.",
    ),
    ("errors", "The number format must contain {seq} exactly once."): (
        "Le format de numéro doit contenir {seq} une et une seule fois.",
        "قالب شماره باید {seq} را دقیقاً یک بار داشته باشد.",
    ),
    ("errors", "A register numbered again each year needs {year} or {yy} in its number format."): (
        "Un registre renuméroté chaque année doit avoir {year} ou {yy} dans son format de numéro.",
        "دفتری که هر سال از نو شماره می‌خورد باید {year} یا {yy} را در قالب شماره داشته باشد.",
    ),
    ("errors", "A register numbered per department needs {dept} in its number format."): (
        "Un registre numéroté par service doit avoir {dept} dans son format de numéro.",
        "دفتری که برای هر واحد جدا شماره می‌خورد باید {dept} را در قالب شماره داشته باشد.",
    ),
    ("errors", "Register {code} numbers per department: choose a department."): (
        "Le registre {code} est numéroté par service : choisissez un service.",
        "دفتر {code} برای هر واحد جدا شماره می‌خورد: یک واحد انتخاب کنید.",
    ),
    ("errors", "Register {code} is closed."): ("Le registre {code} est clos.", "دفتر {code} بسته شده است."),
    ("errors", "The number format of register {code} needs a value for {{{token}}}."): (
        "Le format de numéro du registre {code} demande une valeur pour {{{token}}}.",
        "قالب شماره دفتر {code} برای {{{token}}} مقدار لازم دارد.",
    ),
    ("errors", "{value} is not a valid {setting}; use one of: {allowed}."): (
        "{value} n’est pas une valeur valide pour {setting} ; valeurs possibles : {allowed}.",
        "{value} مقدار درستی برای {setting} نیست؛ یکی از این‌ها را به کار ببرید: {allowed}.",
    ),
    ("errors", "A register needs a code."): ("Un registre doit avoir un code.", "دفتر باید کد داشته باشد."),
    ("errors", "The register code {code} is taken."): (
        "Le code de registre {code} est déjà pris.",
        "کد دفتر {code} قبلاً به کار رفته است.",
    ),
    ("errors", "A register needs a name."): ("Un registre doit avoir un nom.", "دفتر باید نام داشته باشد."),
    (
        "errors",
        "Register {code} has already given numbers: its calendar, reset and scope can no longer change.",
    ): (
        "Le registre {code} a déjà attribué des numéros : son calendrier, sa remise à zéro et sa portée ne "
        "peuvent plus changer.",
        "دفتر {code} تاکنون شماره داده است: تقویم، شیوه شروع دوباره و دامنه آن دیگر تغییر نمی‌کند.",
    ),
    ("errors", "You are not allowed to do this ({permission})."): (
        "Vous n’avez pas le droit de faire cela ({permission}).",
        "شما اجازه انجام این کار را ندارید ({permission}).",
    ),
    ("errors", "{what} {id} does not exist."): ("{what} {id} introuvable.", "{what} {id} وجود ندارد."),
    # What a "{what} {id} does not exist." is about (sivadesk.errors.ENTITY_NAMES; "Contact" is in COMMON).
    ("errors", "User"): ("Utilisateur", "کاربر"),
    ("errors", "Department"): ("Service", "واحد"),
    ("errors", "Tag"): ("Étiquette", "برچسب"),
    ("errors", "Attachment"): ("Pièce jointe", "پیوست"),
    ("errors", "Register"): ("Registre", "دفتر"),
    ("errors", "Letter"): ("Courrier", "نامه"),
    # -- Letters (sivadesk.ops.letters) --------------------------------------------------------
    ("errors", "A letter needs a subject."): (
        "Un courrier doit avoir un objet.",
        "نامه باید موضوع داشته باشد.",
    ),
    ("errors", "Letter {number} is registered: only a draft can be changed or deleted."): (
        "Le courrier {number} est enregistré : seul un brouillon peut être modifié ou supprimé.",
        "نامه {number} ثبت شده است: فقط پیش~نویس را می~توان ویرایش یا حذف کرد.",
    ),
    ("errors", "Letter {number} is already registered."): (
        "Le courrier {number} est déjà enregistré.",
        "نامه {number} قبلاً ثبت شده است.",
    ),
    ("errors", "Voiding a letter needs a reason."): (
        "L’annulation d’un courrier doit être motivée.",
        "برای ابطال نامه باید علت آن را بنویسید.",
    ),
    ("errors", "A draft has no number to void: delete it instead."): (
        "Un brouillon n’a pas de numéro à annuler : supprimez-le plutôt.",
        "پیش~نویس شماره~ای ندارد که ابطال شود: به جای آن، حذفش کنید.",
    ),
    ("errors", "Letter {number} is already void."): (
        "Le courrier {number} est déjà annulé.",
        "نامه {number} قبلاً ابطال شده است.",
    ),
    # -- Countries of addresses (contact file) -------------------------------------------------
    ("countries", "France"): ("France", "فرانسه"),
    ("countries", "Iran"): ("Iran", "ایران"),
    ("countries", "Belgium"): ("Belgique", "بلژیک"),
    ("countries", "Switzerland"): ("Suisse", "سوئیس"),
    ("countries", "Canada"): ("Canada", "کانادا"),
    ("countries", "Germany"): ("Allemagne", "آلمان"),
    ("countries", "Spain"): ("Espagne", "اسپانیا"),
    ("countries", "Italy"): ("Italie", "ایتالیا"),
    ("countries", "United Kingdom"): ("Royaume-Uni", "بریتانیا"),
    ("countries", "United States"): ("États-Unis", "ایالات متحده آمریکا"),
    ("countries", "Afghanistan"): ("Afghanistan", "افغانستان"),
    ("countries", "Türkiye"): ("Turquie", "ترکیه"),
    ("countries", "United Arab Emirates"): ("Émirats arabes unis", "امارات متحده عربی"),
    ("errors", "The form has errors."): ("Le formulaire contient des erreurs.", "فرم خطا دارد."),
    ("errors", "Wrong user name or password."): (
        "Identifiant ou mot de passe incorrect.",
        "نام کاربری یا رمز عبور نادرست است.",
    ),
    ("errors", "The database at {url} does not answer: {reason}"): (
        "La base de données {url} ne répond pas : {reason}",
        "پایگاه داده {url} پاسخ نمی~دهد: {reason}",
    ),
    (
        "errors",
        "This database was upgraded by a newer SivaDesk (schema {found}); this version knows up to "
        "{known}. Install the newer SivaDesk to open it.",
    ): (
        "Cette base de données a été mise à jour par une version plus récente de SivaDesk (schéma {found}) ; "
        "cette version connaît au plus le schéma {known}. Installez la version récente de SivaDesk pour "
        "l’ouvrir.",
        "این پایگاه داده با نسخه جدیدتری از SivaDesk ارتقا یافته است (ساختار {found})؛ این نسخه تا ساختار "
        "{known} را می~شناسد. برای باز کردن آن، نسخه جدیدتر SivaDesk را نصب کنید.",
    ),
    ("errors", "The stored file {name} is damaged."): (
        "Le fichier enregistré {name} est endommagé.",
        "فایل ذخیره~شده {name} آسیب دیده است.",
    ),
    ("errors", "A timeline entry needs a title."): (
        "Une entrée d’historique doit avoir un titre.",
        "هر سابقه باید عنوان داشته باشد.",
    ),
    ("errors", "The file is larger than {mb} MB."): (
        "Le fichier dépasse {mb} Mo.",
        "حجم فایل بیشتر از {mb} مگابایت است.",
    ),
    ("errors", "An attachment needs a file name."): (
        "Une pièce jointe doit avoir un nom de fichier.",
        "پیوست باید نام فایل داشته باشد.",
    ),
    ("errors", "A contact with the same phone or e-mail already exists: {names}"): (
        "Un contact avec le même téléphone ou e-mail existe déjà : {names}",
        "مخاطبی با همین تلفن یا ایمیل از قبل وجود دارد: {names}",
    ),
    ("errors", "Unknown contact kind {kind}."): (
        "Type de contact inconnu : {kind}.",
        "نوع مخاطب ناشناخته: {kind}.",
    ),
    ("errors", "A contact needs a name or a company name."): (
        "Un contact doit avoir un nom ou une raison sociale.",
        "مخاطب باید نام یا نام شرکت داشته باشد.",
    ),
    ("errors", "{email} is not an e-mail address."): (
        "{email} n’est pas une adresse e-mail.",
        "{email} نشانی ایمیل نیست.",
    ),
    ("errors", "A phone number is too long."): (
        "Un numéro de téléphone est trop long.",
        "یک شماره تلفن بیش از حد طولانی است.",
    ),
    ("errors", "People are linked to this company; unlink them before changing its kind."): (
        "Des personnes sont liées à cette société ; détachez-les avant d’en changer le type.",
        "افرادی به این شرکت پیوند داده شده~اند؛ پیش از تغییر نوع آن، پیوندشان را بردارید.",
    ),
    ("errors", "The backup with pg_dump failed: {reason}"): (
        "La sauvegarde avec pg_dump a échoué : {reason}",
        "پشتیبان~گیری با pg_dump ناموفق بود: {reason}",
    ),
    ("errors", "The linked company does not exist."): (
        "La société liée n’existe pas.",
        "شرکت مرتبط وجود ندارد.",
    ),
    ("errors", "The file has no column {column}."): (
        "Le fichier n’a pas de colonne {column}.",
        "فایل ستونی به نام {column} ندارد.",
    ),
    ("errors", "{target} is not an import field (one of {fields})."): (
        "{target} n’est pas un champ d’import (valeurs possibles : {fields}).",
        "{target} فیلد درون~ریزی نیست (یکی از {fields}).",
    ),
    ("errors", "Unknown contact kind {value} (person, company or lead)."): (
        "Type de contact inconnu : {value} (personne, société ou prospect).",
        "نوع مخاطب ناشناخته: {value} (شخص، شرکت یا سرنخ).",
    ),
    ("errors", "Unknown country {value}: use a two-letter code such as FR or IR."): (
        "Pays inconnu : {value} ; utilisez un code à deux lettres comme FR ou IR.",
        "کشور ناشناخته: {value}؛ از کد دوحرفی مانند FR یا IR استفاده کنید.",
    ),
    ("errors", "The value is too long (at most {n} characters)."): (
        "La valeur est trop longue ({n} caractères au maximum).",
        "مقدار بیش از حد طولانی است (حداکثر {n} نویسه).",
    ),
    ("errors", "{number} is not a valid phone number; it will be kept as typed and flagged."): (
        "{number} n’est pas un numéro de téléphone valide ; il sera conservé tel que saisi et signalé.",
        "{number} شماره تلفن معتبری نیست؛ همان~طور که وارد شده نگه داشته و علامت~گذاری می~شود.",
    ),
    ("errors", "The database refused this row: {reason}"): (
        "La base de données a refusé cette ligne : {reason}",
        "پایگاه داده این ردیف را نپذیرفت: {reason}",
    ),
    ("errors", "No company file named {name}; kept as organization text."): (
        "Aucune fiche société nommée {name} ; conservé comme texte d’organisation.",
        "پرونده شرکتی با نام {name} وجود ندارد؛ به~صورت متن سازمان نگه داشته شد.",
    ),
    ("errors", "Unknown duplicate policy {value} (skip, create or update)."): (
        "Règle de doublons inconnue : {value} (skip, create ou update).",
        "سیاست ناشناخته برای موارد تکراری: {value} (skip، create یا update).",
    ),
    ("errors", "Unknown office setting {key}."): (
        "Paramètre du bureau inconnu : {key}.",
        "تنظیم ناشناخته دفتر: {key}.",
    ),
    ("errors", "Bad value {value} for office setting {key}."): (
        "Valeur incorrecte {value} pour le paramètre du bureau {key}.",
        "مقدار نادرست {value} برای تنظیم دفتر {key}.",
    ),
    ("errors", "{value} is not a country code such as FR or IR."): (
        "{value} n’est pas un code pays comme FR ou IR.",
        "{value} کد کشور مانند FR یا IR نیست.",
    ),
    ("errors", "Digit counts must be between 6 and 15."): (
        "Les nombres de chiffres doivent être compris entre 6 et 15.",
        "تعداد ارقام باید بین ۶ و ۱۵ باشد.",
    ),
    ("errors", "The file {name} is empty."): ("Le fichier {name} est vide.", "فایل {name} خالی است."),
    ("errors", "{name} is not a readable .xlsx file: {reason}"): (
        "{name} n’est pas un fichier .xlsx lisible : {reason}",
        "{name} فایل .xlsx خواندنی نیست: {reason}",
    ),
    ("errors", "There is no file {name}."): ("Le fichier {name} n’existe pas.", "فایل {name} وجود ندارد."),
    ("errors", "Old .xls files are not supported: save the file as .xlsx or CSV."): (
        "Les anciens fichiers .xls ne sont pas pris en charge : enregistrez le fichier au format .xlsx ou CSV.",
        "فایل~های قدیمی .xls پشتیبانی نمی~شوند: فایل را با قالب .xlsx یا CSV ذخیره کنید.",
    ),
    ("errors", "The password must have at least {n} characters."): (
        "Le mot de passe doit contenir au moins {n} caractères.",
        "رمز عبور باید دست~کم {n} نویسه داشته باشد.",
    ),
    ("errors", "Unknown role {role}."): ("Rôle inconnu : {role}.", "نقش ناشناخته: {role}."),
    ("errors", "An administrator already exists."): (
        "Un administrateur existe déjà.",
        "مدیر سیستم از قبل وجود دارد.",
    ),
    ("errors", "A user name is one word of at most 80 characters."): (
        "Un identifiant est un seul mot de 80 caractères au plus.",
        "نام کاربری باید یک کلمه با حداکثر ۸۰ نویسه باشد.",
    ),
    ("errors", "The user name {name} is taken."): (
        "L’identifiant {name} est déjà pris.",
        "نام کاربری {name} قبلاً گرفته شده است.",
    ),
    ("errors", "You cannot remove your own administrator rights."): (
        "Vous ne pouvez pas retirer vos propres droits d’administrateur.",
        "نمی~توانید دسترسی مدیر سیستم را از خودتان بگیرید.",
    ),
    ("errors", "A department needs a name and a code."): (
        "Un service doit avoir un nom et un code.",
        "واحد باید نام و کد داشته باشد.",
    ),
    # -- Audit log (History tab, Audit log dialog) ---------------------------------------------
    ("ContactFileWindow", "History"): ("Historique des modifications", "تاریخچه تغییرات"),
    ("AuditPanel", "No change recorded for this contact yet."): (
        "Aucune modification enregistrée pour ce contact.",
        "هنوز تغییری برای این مخاطب ثبت نشده است.",
    ),
    ("AuditTable", "Date"): ("Date", "تاریخ"),
    ("AuditTable", "User"): ("Utilisateur", "کاربر"),
    ("AuditTable", "Action"): ("Action", "عملیات"),
    ("AuditTable", "Record"): ("Fiche", "مورد"),
    ("AuditTable", "Summary"): ("Résumé", "خلاصه"),
    ("AuditTable", "Changes"): ("Modifications", "تغییرات"),
    ("AuditView", "Created"): ("Création", "ایجاد شد"),
    ("AuditView", "Changed"): ("Modification", "ویرایش شد"),
    ("AuditView", "Deleted"): ("Suppression", "حذف شد"),
    ("AuditView", "File attached"): ("Pièce jointe ajoutée", "پیوست افزوده شد"),
    ("AuditView", "File removed"): ("Pièce jointe retirée", "پیوست حذف شد"),
    ("AuditView", "Password changed"): ("Mot de passe changé", "رمز عبور تغییر کرد"),
    ("AuditView", "Demo data"): ("Données de démonstration", "داده~های نمایشی"),
    ("AuditView", "Imported"): ("Import", "درون~ریزی شد"),
    ("AuditView", "User"): ("Utilisateur", "کاربر"),
    ("AuditView", "Department"): ("Service", "واحد"),
    ("AuditView", "Office setting"): ("Paramètre du bureau", "تنظیمات دفتر"),
    ("AuditView", "Attachment"): ("Pièce jointe", "پیوست"),
    ("AuditView", "Phones"): ("Téléphones", "تلفن~ها"),
    ("AuditView", "E-mails"): ("E-mails", "ایمیل~ها"),
    ("AuditView", "Addresses"): ("Adresses", "نشانی~ها"),
    ("AuditView", "Tags"): ("Étiquettes", "برچسب~ها"),
    ("AuditView", "Other fields"): ("Autres champs", "فیلدهای دیگر"),
    ("AuditView", "Role"): ("Rôle", "نقش"),
    ("AuditView", "Position"): ("Fonction", "سمت"),
    ("AuditView", "Active"): ("Actif", "فعال"),
    ("AuditView", "Fingerprint (SHA-256)"): ("Empreinte (SHA-256)", "اثر انگشت فایل (SHA-256)"),
    ("AuditView", "(empty)"): ("(vide)", "(خالی)"),
    ("AuditView", ", "): (", ", "، "),
    ("AuditView", "Yes"): ("Oui", "بله"),
    ("AuditView", "No"): ("Non", "خیر"),
    ("AuditView", "{field}: {old} → {new}"): ("{field} : {old} → {new}", "{field}: از {old} به {new}"),
    ("AuditView", "&Audit log…"): ("&Journal d’audit…", "گزارش تغییرات… (&A)"),
    ("AuditLogDialog", "Audit log"): ("Journal d’audit", "گزارش تغییرات"),
    ("AuditLogDialog", "All records"): ("Toutes les fiches", "همه موارد"),
    ("AuditLogDialog", "User name contains…"): ("L’identifiant contient…", "نام کاربری شامل…"),
    ("AuditLogDialog", "Refresh"): ("Actualiser", "تازه~سازی"),
    ("AuditLogDialog", "Record type:"): ("Type de fiche :", "نوع مورد:"),
    ("AuditLogDialog", "User:"): ("Utilisateur :", "کاربر:"),
    ("errors", "The department code {code} is taken."): (
        "Le code de service {code} est déjà pris.",
        "کد واحد {code} قبلاً استفاده شده است.",
    ),
}

#: Messages with %n: (context, source) -> {"fr": [one, many], "fa": [all]} (Qt's plural rules:
#: French has two forms, 0 and 1 singular; Persian one). Translations write %Ln, the number in the
#: interface locale's digits and grouping (۱۲٬۳۴۵ in Persian, 12 345 in French).
PLURALS: dict[tuple[str, str], dict[str, list[str]]] = {
    ("MainWindow", "%n contact(s) exported to {path}."): {
        "fr": ["%Ln contact exporté vers {path}.", "%Ln contacts exportés vers {path}."],
        "fa": ["%Ln مخاطب به {path} برون~بری شد."],
    },
    ("ContactsPage", "%Ln contact(s)"): {"fr": ["%Ln contact", "%Ln contacts"], "fa": ["%Ln مخاطب"]},
    ("SearchPalette", "%Ln contact(s) found. Enter opens the selected one."): {
        "fr": [
            "%Ln contact trouvé. Entrée ouvre celui qui est sélectionné.",
            "%Ln contacts trouvés. Entrée ouvre celui qui est sélectionné.",
        ],
        "fa": ["%Ln مخاطب پیدا شد. با Enter مورد انتخاب~شده باز می~شود."],
    },
    ("AttachmentsPanel", "Adding %Ln file(s)…"): {
        "fr": ["Ajout de %Ln fichier…", "Ajout de %Ln fichiers…"],
        "fa": ["در حال افزودن %Ln فایل…"],
    },
    ("AttachmentsPanel", "%Ln file(s) added."): {
        "fr": ["%Ln fichier ajouté.", "%Ln fichiers ajoutés."],
        "fa": ["%Ln فایل افزوده شد."],
    },
    ("AuditLogDialog", "%Ln change(s) shown"): {
        "fr": ["%Ln modification affichée", "%Ln modifications affichées"],
        "fa": ["%Ln تغییر نمایش داده شده"],
    },
    ("ImportDialog", "%Ln row(s)"): {"fr": ["%Ln ligne", "%Ln lignes"], "fa": ["%Ln ردیف"]},
    ("ImportDialog", "%Ln row(s) read."): {
        "fr": ["%Ln ligne lue.", "%Ln lignes lues."],
        "fa": ["%Ln ردیف خوانده شد."],
    },
}


def _load_feature_tables() -> None:
    """Merge the per-feature tables in ``scripts/translations/*.py`` (each may define ``COMMON``,
    ``BY_CONTEXT`` and ``PLURALS`` like this module), so features translate in their own files."""
    import importlib.util

    folder = Path(__file__).resolve().parent / "translations"
    for path in sorted(folder.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"_translations_{path.stem}", path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for ours, name in ((COMMON, "COMMON"), (BY_CONTEXT, "BY_CONTEXT"), (PLURALS, "PLURALS")):
            theirs = getattr(module, name, {})
            clash = [k for k in theirs if k in ours and ours[k] != theirs[k]]  # type: ignore[operator]
            if clash:
                raise SystemExit(f"{path}: {name} entries differ from the main table: {clash[:3]}")
            ours.update(theirs)  # type: ignore[attr-defined]


_load_feature_tables()

_FR_NARROW = re.compile(r" ([?!;])")
_FR_COLON = re.compile(r" :(?=\s|$)")


def french(text: str) -> str:
    """French typography: no-break spaces before high punctuation and inside guillemets."""
    text = _FR_COLON.sub(NBSP + ":", text)
    text = _FR_NARROW.sub(NNBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def persian(text: str) -> str:
    return text.replace("~", ZWNJ).replace("ي", "ی").replace("ك", "ک")


def lookup(context: str, source: str, lang: str) -> str | list[str] | None:
    """The table's translation of one message, in the catalogue's writing conventions."""
    fix = french if lang == "fr" else persian
    if (context, source) in PLURALS:
        return [fix(t) for t in PLURALS[context, source][lang]]
    pair = BY_CONTEXT.get((context, source)) or COMMON.get(source)
    if pair is None:
        return None
    return fix(pair[0] if lang == "fr" else pair[1])


def _unfinished(translation: ET.Element) -> bool:
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return not all(texts)


def fill(path: Path, force: bool = False) -> tuple[int, list[tuple[str, str]]]:
    """Fill ``path`` from the table; returns (entries written, entries the table lacks)."""
    lang = path.stem.rsplit("_", 1)[-1]
    tree = ET.parse(path)
    written, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if not force and not _unfinished(translation):
                continue
            text = lookup(name, source, lang)
            if text is None:
                missing.append((name, source))
                continue
            if isinstance(text, list):
                forms = translation.findall("numerusform")
                for form in forms:
                    translation.remove(form)
                translation.text = "\n            "
                for i, form_text in enumerate(text):
                    form = ET.SubElement(translation, "numerusform")
                    form.text = form_text
                    form.tail = "\n            " if i < len(text) - 1 else "\n        "
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            written += 1
    _write(tree, path)
    return written, missing


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    """Write the catalogue the way lupdate does (declaration, DOCTYPE), so diffs stay small."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    force = "--force" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    status = 0
    for path in paths:
        written, missing = fill(path, force)
        print(f"{path}: {written} translations written from the table")
        for context, source in missing:
            print(f"  no translation in the table for [{context}] {source!r}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
