"""Letters screens (letter list, letter form, register administration, attachment viewer): French
and Persian translations (merged into scripts/translations_table.py).

Vocabulary: letter = courrier / نامه; register (noun) = registre / دفتر; register (verb) = enregistrer /
ثبت; void = annuler / ابطال; inbound / outbound = arrivée / départ, وارده / صادره; copy = copie / رونوشت;
refer = transmettre / ارجاع.
"""

_AV = "AttachmentViewer"
_BE = "BodyEditor"
_DP = "DetailsPanel"
_FP = "FilesPanel"
_LF = "LetterForm"
_LM = "LettersModel"
_LP = "LettersPage"
_RP = "RecipientsPanel"
_RF = "RegisterForm"
_RG = "RegistersPage"
_VD = "VoidDialog"
_L = "letters"

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    # attachment viewer
    (_AV, "Attachment"): ("Pièce jointe", "پیوست"),
    (_AV, "Previous page"): ("Page précédente", "صفحهٔ قبل"),
    (_AV, "Next page"): ("Page suivante", "صفحهٔ بعد"),
    (_AV, "Zoom out"): ("Zoom arrière", "کوچک~نمایی"),
    (_AV, "Zoom in"): ("Zoom avant", "بزرگ~نمایی"),
    (_AV, "Fit width"): ("Pleine largeur", "هم~عرض پنجره"),
    (_AV, "Whole page"): ("Page entière", "کل صفحه"),
    (_AV, "Save as…"): ("Enregistrer sous…", "ذخیره با نام…"),
    (_AV, "Loading…"): ("Chargement…", "در حال بارگذاری…"),
    (_AV, "{name} — Attachment"): ("{name} — Pièce jointe", "{name} — پیوست"),
    (
        _AV,
        "{name} is not an image or a PDF: SivaDesk cannot show it. Save it and open it with another program.",
    ): (
        "{name} n’est ni une image ni un PDF : SivaDesk ne peut pas l’afficher. Enregistrez-le et "
        "ouvrez-le avec un autre programme.",
        "{name} تصویر یا PDF نیست و SivaDesk نمی~تواند آن را نشان دهد. آن را ذخیره کنید و با برنامهٔ "
        "دیگری باز کنید.",
    ),
    (
        _AV,
        "{name} could not be read as an image: the file is damaged or its format is not supported.",
    ): (
        "{name} n’a pas pu être lu comme une image : le fichier est endommagé ou son format n’est pas pris en charge.",
        "{name} به~عنوان تصویر خوانده نشد: پرونده آسیب دیده یا قالب آن پشتیبانی نمی~شود.",
    ),
    (_AV, "{name} is protected by a password: SivaDesk cannot show it."): (
        "{name} est protégé par un mot de passe : SivaDesk ne peut pas l’afficher.",
        "{name} با گذرواژه محافظت شده است و SivaDesk نمی~تواند آن را نشان دهد.",
    ),
    (_AV, "{name} uses a protection SivaDesk cannot open."): (
        "{name} utilise une protection que SivaDesk ne sait pas ouvrir.",
        "{name} محافظتی دارد که SivaDesk نمی~تواند آن را باز کند.",
    ),
    (_AV, "{name} could not be read as a PDF: the file is damaged or incomplete."): (
        "{name} n’a pas pu être lu comme un PDF : le fichier est endommagé ou incomplet.",
        "{name} به~عنوان PDF خوانده نشد: پرونده آسیب دیده یا ناقص است.",
    ),
    (_AV, "{percent} %"): ("{percent} %", "{percent}٪"),
    (_AV, "of {total}"): ("sur {total}", "از {total}"),
    (_AV, "Save attachment as"): ("Enregistrer la pièce jointe sous", "ذخیرهٔ پیوست با نام"),
    (_AV, "The file {name} could not be written: {reason}"): (
        "Le fichier {name} n’a pas pu être écrit : {reason}",
        "پروندهٔ {name} نوشته نشد: {reason}",
    ),
    # body editor
    (_BE, "Bold"): ("Gras", "پررنگ"),
    (_BE, "Italic"): ("Italique", "کج"),
    (_BE, "Underline"): ("Souligné", "زیرخط"),
    (_BE, "Bulleted list"): ("Liste à puces", "فهرست نشانه~دار"),
    (_BE, "Numbered list"): ("Liste numérotée", "فهرست شماره~دار"),
    (_BE, "Align to the start of the line"): ("Aligner au début de la ligne", "تراز به ابتدای سطر"),
    (_BE, "Center"): ("Centrer", "وسط~چین"),
    (_BE, "Align to the end of the line"): ("Aligner à la fin de la ligne", "تراز به انتهای سطر"),
    (_BE, "Justify"): ("Justifier", "هم~تراز"),
    (_BE, "Right to left paragraph"): ("Paragraphe de droite à gauche", "بند راست به چپ"),
    (_BE, "Left to right paragraph"): ("Paragraphe de gauche à droite", "بند چپ به راست"),
    (_BE, "Insert field"): ("Insérer un champ", "درج فیلد"),
    (_BE, "Fields filled in when the letter is printed: the correspondent's name, the number…"): (
        "Champs remplis à l’impression du courrier : le nom du correspondant, le numéro…",
        "فیلدهایی که هنگام چاپ نامه پر می~شوند: نام طرف مکاتبه، شماره…",
    ),
    (_BE, "No merge fields are available."): (
        "Aucun champ de fusion n’est disponible.",
        "هیچ فیلد ادغامی در دسترس نیست.",
    ),
    ("ContactField", "Type a name, phone or e-mail"): (
        "Tapez un nom, un téléphone ou un e-mail",
        "نام، تلفن یا ایمیل را بنویسید",
    ),
    # details
    (_DP, "Comma separated"): ("Séparées par des virgules", "جدا شده با ویرگول"),
    (_DP, "What to remember"): ("À ne pas oublier", "چه چیزی یادآوری شود"),
    (_DP, "Save details"): ("Enregistrer les informations", "ذخیرهٔ مشخصات"),
    (_DP, "Category, type, tags, scheduled sending and reminder can change after registration."): (
        "Catégorie, type, étiquettes, envoi programmé et rappel peuvent changer après l’enregistrement.",
        "دسته، نوع، برچسب~ها، ارسال زمان~بندی~شده و یادآوری پس از ثبت هم تغییر می~کنند.",
    ),
    (_DP, "Category"): ("Catégorie", "دسته"),
    (_DP, "Type"): ("Type", "نوع"),
    (_DP, "Tags"): ("Étiquettes", "برچسب~ها"),
    (_DP, "Send on"): ("Envoyer le", "ارسال در"),
    (_DP, "Remind me"): ("Me le rappeler", "یادآوری به من"),
    (_DP, "(not set)"): ("(non défini)", "(تعیین نشده)"),
    (_DP, "How long the archived letter is kept"): (
        "Durée de conservation du courrier archivé",
        "مدت نگهداری نامهٔ بایگانی~شده",
    ),
    (_DP, "Keep for"): ("Conserver", "مدت نگهداری"),
    # attachments of a letter
    (_FP, "Added"): ("Ajouté le", "افزوده شده در"),
    (_FP, "Add files…"): ("Ajouter des fichiers…", "افزودن پرونده…"),
    (_FP, "View"): ("Afficher", "نمایش"),
    (_FP, "Save as…"): ("Enregistrer sous…", "ذخیره با نام…"),
    (_FP, "Save the draft first"): ("Enregistrez d’abord le brouillon", "نخست پیش~نویس را ذخیره کنید"),
    (_FP, "Attach files"): ("Joindre des fichiers", "پیوست کردن پرونده"),
    (_FP, "Save attachment as"): ("Enregistrer la pièce jointe sous", "ذخیرهٔ پیوست با نام"),
    (_FP, "Saved to {path}"): ("Enregistré dans {path}", "در {path} ذخیره شد"),
    (_FP, "Remove attachment"): ("Retirer la pièce jointe", "حذف پیوست"),
    (_FP, "Remove {name} from this letter?"): (
        "Retirer {name} de ce courrier ?",
        "{name} از این نامه حذف شود؟",
    ),
    (_FP, "The file {name} could not be read or written: {reason}"): (
        "Le fichier {name} n’a pas pu être lu ou écrit : {reason}",
        "پروندهٔ {name} خوانده یا نوشته نشد: {reason}",
    ),
    # letter form
    (_LF, "Save (Ctrl+S)"): ("Enregistrer (Ctrl+S)", "ذخیره (Ctrl+S)"),
    (_LF, "Register"): ("Enregistrer au registre", "ثبت"),
    (_LF, "Give the letter its number (it cannot be deleted afterwards)"): (
        "Donner son numéro au courrier (il ne pourra plus être supprimé)",
        "به نامه شماره بده (پس از آن حذف~شدنی نیست)",
    ),
    (_LF, "Approve"): ("Approuver", "تأیید"),
    (_LF, "Mark sent"): ("Marquer comme envoyé", "ثبت ارسال"),
    (_LF, "Void…"): ("Annuler le courrier…", "ابطال…"),
    (_LF, "Delete draft"): ("Supprimer le brouillon", "حذف پیش~نویس"),
    (_LF, "Print…"): ("Imprimer…", "چاپ…"),
    (_LF, "Refer…"): ("Transmettre…", "ارجاع…"),
    (_LF, "Letter register"): ("Registre", "دفتر"),
    (_LF, "Unsaved changes"): ("Modifications non enregistrées", "تغییرات ذخیره~نشده"),
    (_LF, "Save the changes to this draft before closing?"): (
        "Enregistrer les modifications de ce brouillon avant de fermer ?",
        "تغییرات این پیش~نویس پیش از بستن ذخیره شود؟",
    ),
    (_LF, "Reply…"): ("Répondre…", "پاسخ…"),
    (_LF, "Write the answer: a new outgoing letter in reply to this one"): (
        "Rédiger la réponse : un nouveau courrier de départ en réponse à celui-ci",
        "نوشتن پاسخ: نامهٔ صادرهٔ تازه در پاسخ به این نامه",
    ),
    (_LF, "Re: {subject}"): ("RE : {subject}", "پاسخ: {subject}"),
    (_LF, "In reply to letter {number}."): ("En réponse au courrier {number}.", "در پاسخ به نامهٔ {number}."),
    (_LF, "Subject"): ("Objet", "موضوع"),
    (_LF, "Correspondent"): ("Correspondant", "طرف مکاتبه"),
    (_LF, "Classification"): ("Classification", "طبقه~بندی"),
    (_LF, "Urgency"): ("Urgence", "فوریت"),
    (_LF, "Position"): ("Fonction", "سمت"),
    (_LF, "Signer"): ("Signataire", "امضاکننده"),
    (_LF, "Sending department"): ("Service expéditeur", "واحد فرستنده"),
    (_LF, "of"): ("du", "مورخ"),
    (_LF, "Their reference"): ("Leur référence", "شمارهٔ نامهٔ وارده"),
    (_LF, "In reply to"): ("En réponse à", "در پاسخ به"),
    (_LF, "Letter"): ("Courrier", "نامه"),
    (_LF, "Recipients"): ("Destinataires", "گیرندگان"),
    (_LF, "Details"): ("Informations", "مشخصات"),
    (_LF, "Changes"): ("Modifications", "تغییرات"),
    (_LF, "Attachments ({count})"): ("Pièces jointes ({count})", "پیوست~ها ({count})"),
    (_LF, "(none)"): ("(aucun)", "(هیچ)"),
    (_LF, "New letter"): ("Nouveau courrier", "نامهٔ جدید"),
    (_LF, "Draft"): ("Brouillon", "پیش~نویس"),
    (_LF, "{status}: {reason}"): ("{status} : {reason}", "{status}، به دلیل: {reason}"),
    (_LF, "{status}, approved by the signer"): (
        "{status}, approuvé par le signataire",
        "{status}، تأییدشده توسط امضاکننده",
    ),
    (_LF, "{status} · {when}"): ("{status} — {when}", "{status} — ثبت: {when}"),
    (_LF, "Referrals"): ("Transmissions", "ارجاع~ها"),
    (_LF, "Saved."): ("Enregistré.", "ذخیره شد."),
    (_LF, "{count} letters registered, one per recipient: {numbers}"): (
        "{count} courriers enregistrés, un par destinataire : {numbers}",
        "{count} نامه ثبت شد، برای هر گیرنده یکی: {numbers}",
    ),
    (_LF, "Registered under number {number}."): (
        "Enregistré sous le numéro {number}.",
        "با شمارهٔ {number} ثبت شد.",
    ),
    (_LF, "Approved: the signature will be printed."): (
        "Approuvé : la signature sera imprimée.",
        "تأیید شد: امضا چاپ می~شود.",
    ),
    (_LF, "Marked as sent."): ("Marqué comme envoyé.", "ارسال ثبت شد."),
    (_LF, "Details saved."): ("Informations enregistrées.", "مشخصات ذخیره شد."),
    (_LF, "Voided. The number stays taken."): (
        "Courrier annulé. Son numéro reste pris.",
        "باطل شد. شمارهٔ آن همچنان گرفته~شده می~ماند.",
    ),
    (_LF, "Delete the draft «{subject}»? It has no number yet."): (
        "Supprimer le brouillon « {subject} » ? Il n’a pas encore de numéro.",
        "پیش~نویس «{subject}» حذف شود؟ هنوز شماره ندارد.",
    ),
    # the letter tab of the form
    ("ContentPanel", "Letter register"): ("Registre", "دفتر"),
    ("ContentPanel", "Subject"): ("Objet", "موضوع"),
    ("ContentPanel", "Correspondent"): ("Correspondant", "طرف مکاتبه"),
    ("ContentPanel", "Classification"): ("Classification", "طبقه~بندی"),
    ("ContentPanel", "Urgency"): ("Urgence", "فوریت"),
    ("ContentPanel", "Position"): ("Fonction", "سمت"),
    ("ContentPanel", "Signer"): ("Signataire", "امضاکننده"),
    ("ContentPanel", "Sending department"): ("Service expéditeur", "واحد فرستنده"),
    ("ContentPanel", "of"): ("du", "مورخ"),
    ("ContentPanel", "Their reference"): ("Leur référence", "شمارهٔ نامهٔ وارده"),
    ("ContentPanel", "(none)"): ("(aucun)", "(هیچ)"),
    # letter list
    (_LM, "Number"): ("Numéro", "شماره"),
    (_LM, "Date"): ("Date", "تاریخ"),
    (_LM, "Subject"): ("Objet", "موضوع"),
    (_LM, "Correspondent"): ("Correspondant", "طرف مکاتبه"),
    (_LM, "Urgency"): ("Urgence", "فوریت"),
    (_LM, "Status"): ("État", "وضعیت"),
    (_LM, "Classification"): ("Classification", "طبقه~بندی"),
    (_LM, "Void: {reason}"): ("Annulé : {reason}", "باطل شده: {reason}"),
    (_LM, "(draft)"): ("(brouillon)", "(پیش~نویس)"),
    (_LP, "All registers"): ("Tous les registres", "همهٔ دفترها"),
    (_LP, "Any status"): ("Tous les états", "همهٔ وضعیت~ها"),
    (_LP, "Status"): ("État", "وضعیت"),
    (_LP, "New letter"): ("Nouveau courrier", "نامهٔ جدید"),
    (_LP, "Write a new letter in this register"): (
        "Écrire un nouveau courrier dans ce registre",
        "نوشتن نامهٔ جدید در این دفتر",
    ),
    (_LP, "Open"): ("Ouvrir", "باز کردن"),
    (_LP, "No register is open yet: an administrator creates one on the Registers page."): (
        "Aucun registre n’est encore ouvert : un administrateur en crée un dans la page Registres.",
        "هنوز هیچ دفتری باز نیست: مدیر سیستم در صفحهٔ دفترها یکی می~سازد.",
    ),
    (_LP, "Register"): ("Enregistrer au registre", "ثبت"),
    (_LP, "Give the selected draft its number"): (
        "Donner son numéro au brouillon sélectionné",
        "به پیش~نویس انتخاب~شده شماره بده",
    ),
    (_LP, "Void…"): ("Annuler le courrier…", "ابطال…"),
    (_LP, "Print…"): ("Imprimer…", "چاپ…"),
    (_LP, "Refer…"): ("Transmettre…", "ارجاع…"),
    (_LP, "Immediate"): ("Immédiat", "آنی"),
    (_LP, "Very confidential"): ("Très confidentiel", "خیلی محرمانه"),
    (_LP, "{code} (closed)"): ("{code} (fermé)", "{code} (بسته)"),
    (_LP, "Loading…"): ("Chargement…", "در حال بارگذاری…"),
    (_LP, "Searching…"): ("Recherche…", "در حال جستجو…"),
    (_LP, "Registered under number {number}."): (
        "Enregistré sous le numéro {number}.",
        "با شمارهٔ {number} ثبت شد.",
    ),
    ("MainWindow", "Letters"): ("Courrier", "نامه~ها"),
    ("ContactFileWindow", "New letter"): ("Nouveau courrier", "نامهٔ جدید"),
    ("ContactFileWindow", "Write a letter to this contact"): (
        "Écrire un courrier à ce contact",
        "نوشتن نامه به این مخاطب",
    ),
    ("MainWindow", "Registers"): ("Registres", "دفترها"),
    # recipients
    (_RP, "Recipient"): ("Destinataire", "گیرنده"),
    (_RP, "Kind"): ("Type", "نوع"),
    (_RP, "Copy"): ("Copie", "رونوشت"),
    (_RP, "Add contact"): ("Ajouter un contact", "افزودن مخاطب"),
    (_RP, "Add user"): ("Ajouter un utilisateur", "افزودن کاربر"),
    (_RP, "Add department"): ("Ajouter un service", "افزودن واحد"),
    (_RP, "Add contact group"): ("Ajouter un groupe de contacts", "افزودن گروه مخاطبان"),
    (_RP, "As a copy"): ("En copie", "به~صورت رونوشت"),
    (_RP, "Addressee / copy"): ("Destinataire / copie", "گیرنده / رونوشت"),
    # register administration
    (_RF, "The counter, here on 5 digits (00042); {seq} alone has no padding."): (
        "Le compteur, ici sur 5 chiffres (00042) ; {seq} seul n’a pas de zéros devant.",
        "شمارنده، این~جا پنج~رقمی (00042)؛ {seq} به~تنهایی صفر پیشوند ندارد.",
    ),
    (_RF, "The year in the register's calendar (2025 or 1404)."): (
        "L’année dans le calendrier du registre (2025 ou 1404).",
        "سال در تقویم دفتر (2025 یا 1404).",
    ),
    (_RF, "The year on two digits (25 or 04)."): (
        "L’année sur deux chiffres (25 ou 04).",
        "سال دورقمی (25 یا 04).",
    ),
    (_RF, "The month on two digits."): ("Le mois sur deux chiffres.", "ماه دورقمی."),
    (_RF, "The day on two digits."): ("Le jour sur deux chiffres.", "روز دورقمی."),
    (_RF, "The code of the sender's department."): (
        "Le code du service expéditeur.",
        "کد واحد فرستنده.",
    ),
    (_RF, "The letter's category code."): ("Le code de la catégorie du courrier.", "کد دستهٔ نامه."),
    (_RF, "The letter's type code."): ("Le code du type de courrier.", "کد نوع نامه."),
    (
        _RF,
        "Literal text is kept as typed (Persian letters too); click a token to insert it. "
        "A brace of the text itself is typed twice.",
    ): (
        "Le texte est gardé tel quel (lettres persanes comprises) ; cliquez sur un jeton pour "
        "l’insérer. Une accolade du texte lui-même se tape deux fois.",
        "متن همان~طور که نوشته شده می~ماند (حروف فارسی هم)؛ برای درج هر نشانه روی آن کلیک کنید. "
        "آکولادی که جزو خود متن است دو بار نوشته می~شود.",
    ),
    (_RF, "Department shown in the preview"): (
        "Service montré dans l’aperçu",
        "واحد نمایش~داده~شده در پیش~نمایش",
    ),
    (_RF, "Open (letters can be registered)"): (
        "Ouvert (on peut y enregistrer des courriers)",
        "باز (ثبت نامه ممکن است)",
    ),
    (_RF, "Name"): ("Nom", "نام"),
    (_RF, "Code"): ("Code", "کد"),
    (_RF, "Direction"): ("Sens", "نوع دفتر"),
    (_RF, "Number format"): ("Format du numéro", "قالب شماره"),
    (_RF, "Next number"): ("Prochain numéro", "شمارهٔ بعدی"),
    (_RF, "Calendar"): ("Calendrier", "تقویم"),
    (_RF, "Numbering restarts"): ("Numérotation remise à zéro", "شروع دوبارهٔ شماره~گذاری"),
    (_RF, "Sequence"): ("Séquence", "ترتیب شماره~ها"),
    (_RF, "Letters to a contact group"): ("Courrier à un groupe de contacts", "نامه به گروه مخاطبان"),
    (
        _RF,
        "This register has given numbers: its calendar, restart and sequence can no longer change. "
        "The format can, if it keeps numbers distinct.",
    ): (
        "Ce registre a déjà donné des numéros : son calendrier, sa remise à zéro et sa séquence ne "
        "peuvent plus changer. Le format le peut, s’il garde les numéros distincts.",
        "این دفتر شماره داده است: تقویم، شروع دوباره و ترتیب شماره~های آن دیگر تغییر نمی~کند. قالب "
        "شماره می~تواند تغییر کند، اگر شماره~ها یکتا بمانند.",
    ),
    (_RG, "Code"): ("Code", "کد"),
    (_RG, "Name"): ("Nom", "نام"),
    (_RG, "Direction"): ("Sens", "نوع"),
    (_RG, "Format"): ("Format", "قالب"),
    (_RG, "State"): ("État", "وضعیت"),
    (_RG, "New register"): ("Nouveau registre", "دفتر جدید"),
    (_RG, "Registers"): ("Registres", "دفترها"),
    (_RG, "Save"): ("Enregistrer", "ذخیره"),
    (_RG, "Undo changes"): ("Annuler les modifications", "لغو تغییرات"),
    (_RG, "Printing"): ("Impression", "چاپ"),
    (_RG, "Numbering"): ("Numérotation", "شماره~گذاری"),
    (_RG, "Open"): ("Ouvert", "باز"),
    (_RG, "Closed"): ("Fermé", "بسته"),
    (_RG, "Register {code}"): ("Registre {code}", "دفتر {code}"),
    (
        _RG,
        "If a letter were registered today ({date}). A hint only: the number is given at registration, "
        "and another desktop may take this one first.",
    ): (
        "Si un courrier était enregistré aujourd’hui ({date}). Une indication seulement : le numéro est "
        "donné à l’enregistrement, et un autre poste peut prendre celui-ci avant.",
        "اگر نامه~ای امروز ({date}) ثبت شود. فقط یک راهنما: شماره هنگام ثبت داده می~شود و ممکن است "
        "رایانهٔ دیگری زودتر همین شماره را بگیرد.",
    ),
    (_RG, "Saving…"): ("Enregistrement…", "در حال ذخیره…"),
    (_RG, "Register {code} saved."): ("Registre {code} enregistré.", "دفتر {code} ذخیره شد."),
    # merge fields (Insert field menu)
    (_BE, "Full address"): ("Adresse complète", "نشانی کامل"),
    (_BE, "Number"): ("Numéro", "شماره"),
    (_BE, "Number in Persian digits"): ("Numéro en chiffres persans", "شماره با رقم فارسی"),
    (_BE, "Subject"): ("Objet", "موضوع"),
    (_BE, "Category"): ("Catégorie", "دسته"),
    (_BE, "Type"): ("Type", "نوع"),
    (_BE, "Date"): ("Date", "تاریخ"),
    (_BE, "Date (day/month/year)"): ("Date (jour/mois/année)", "تاریخ میلادی (روز/ماه/سال)"),
    (_BE, "Jalali date"): ("Date persane (hégire solaire)", "تاریخ شمسی"),
    (_BE, "Jalali date in Persian digits"): (
        "Date persane en chiffres persans",
        "تاریخ شمسی با رقم فارسی",
    ),
    (_BE, "Their number"): ("Leur numéro", "شمارهٔ نامهٔ وارده"),
    (_BE, "Their date"): ("Leur date", "تاریخ نامهٔ وارده"),
    (_BE, "Their date (Jalali)"): ("Leur date (calendrier persan)", "تاریخ شمسی نامهٔ وارده"),
    (_BE, "Signer's name"): ("Nom du signataire", "نام امضاکننده"),
    (_BE, "Signer's position"): ("Fonction du signataire", "سمت امضاکننده"),
    (_BE, "Correspondent"): ("Correspondant", "طرف مکاتبه"),
    (_BE, "Signer"): ("Signataire", "امضاکننده"),
    (_LF, "Links"): ("Liens", "پیوندها"),
    ("LinksPanel", "In reply to"): ("En réponse à", "در پاسخ به"),
    ("LinksPanel", "Answered by"): ("Réponse reçue", "پاسخ داده شده با"),
    ("LinksPanel", "Followed up by"): ("Suivi par", "پیگیری شده با"),
    ("LinksPanel", "Follows up"): ("Fait suite à", "پیرو"),
    ("LinksPanel", "Refers to"): ("Fait référence à", "عطف به"),
    ("LinksPanel", "Referred to by"): ("Cité par", "عطف شده در"),
    ("LinksPanel", "Link"): ("Lien", "پیوند"),
    ("LinksPanel", "Number"): ("Numéro", "شماره"),
    ("LinksPanel", "Subject"): ("Objet", "موضوع"),
    ("LinksPanel", "Number or words of the other letter"): (
        "Numéro ou mots de l’autre courrier",
        "شماره یا واژه~هایی از نامهٔ دیگر",
    ),
    ("LinksPanel", "Remove link"): ("Retirer le lien", "حذف پیوند"),
    ("LinksPanel", "Open"): ("Ouvrir", "باز کردن"),
    (_RF, "Default classification"): ("Classification par défaut", "طبقه~بندی پیش~فرض"),
    # voiding
    (_VD, "Void letter"): ("Annuler le courrier", "ابطال نامه"),
    (_VD, "Void letter {number}? It keeps its number, which is never given again. Why is it voided?"): (
        "Annuler le courrier {number} ? Il garde son numéro, qui ne sera jamais redonné. Pourquoi "
        "l’annuler ?",
        "نامهٔ {number} باطل شود؟ شماره~اش برای آن می~ماند و هرگز دوباره داده نمی~شود. دلیل ابطال چیست؟",
    ),
    (_VD, "Reason (required)"): ("Motif (obligatoire)", "دلیل (الزامی)"),
    (_VD, "Void"): ("Annuler le courrier", "ابطال"),
    (_VD, "Cancel"): ("Fermer", "انصراف"),
    ("errors", "Choose the register of the letter."): (
        "Choisissez le registre du courrier.",
        "دفتر نامه را انتخاب کنید.",
    ),
    # shared labels
    (_L, "Inbound"): ("Arrivée", "وارده"),
    (_L, "Outbound"): ("Départ", "صادره"),
    (_L, "Internal"): ("Interne", "داخلی"),
    (_L, "Normal"): ("Normal", "عادی"),
    (_L, "Urgent"): ("Urgent", "فوری"),
    (_L, "Immediate"): ("Immédiat", "آنی"),
    (_L, "Unclassified"): ("Non classifié", "عادی"),
    (_L, "Confidential"): ("Confidentiel", "محرمانه"),
    (_L, "Very confidential"): ("Très confidentiel", "خیلی محرمانه"),
    (_L, "Secret"): ("Secret", "سری"),
    (_L, "Top secret"): ("Très secret", "به~کلی سری"),
    (_L, "Draft"): ("Brouillon", "پیش~نویس"),
    (_L, "Registered"): ("Enregistré", "ثبت شده"),
    (_L, "Sent"): ("Envoyé", "ارسال شده"),
    (_L, "Archived"): ("Archivé", "بایگانی شده"),
    (_L, "Void"): ("Annulé", "باطل شده"),
    (_L, "Every year"): ("Chaque année", "هر سال"),
    (_L, "Never"): ("Jamais", "هرگز"),
    (_L, "One sequence for the office"): ("Une séquence pour tout le bureau", "یک ترتیب برای کل دفتر"),
    (_L, "One sequence per department"): ("Une séquence par service", "یک ترتیب برای هر واحد"),
    (_L, "One letter per recipient, each numbered"): (
        "Un courrier par destinataire, chacun numéroté",
        "برای هر گیرنده یک نامه با شمارهٔ جدا",
    ),
    (_L, "One circular letter for the group"): (
        "Une circulaire pour tout le groupe",
        "یک بخشنامه برای کل گروه",
    ),
    (_L, "Contact"): ("Contact", "مخاطب"),
    (_L, "User"): ("Utilisateur", "کاربر"),
    (_L, "Department"): ("Service", "واحد"),
    (_L, "Contact group"): ("Groupe de contacts", "گروه مخاطبان"),
}

PLURALS: dict[tuple[str, str], dict[str, list[str]]] = {
    (_LP, "%Ln letter(s)"): {"fr": ["%Ln courrier", "%Ln courriers"], "fa": ["%Ln نامه"]},
}
