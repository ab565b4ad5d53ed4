"""Letter printing, letterhead settings and the archive: French and Persian translations (merged into
scripts/translations_table.py)."""

_PD = "LetterPrintDialog"
_LH = "LetterheadSettings"
_PS = "PrintSettingsWidget"

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    # -- the print dialog ----------------------------------------------------------------------
    (_PD, "Print letter"): ("Imprimer le courrier", "چاپ نامه"),
    (_PD, "Register's choice"): ("Choix du registre", "انتخاب دفتر"),
    (_PD, "French"): ("Français", "فرانسوی"),
    (_PD, "Persian"): ("Persan", "فارسی"),
    (_PD, "English"): ("Anglais", "انگلیسی"),
    (_PD, "Register's own template"): ("Modèle propre au registre", "قالب اختصاصی دفتر"),
    (_PD, "Letterhead"): ("Papier à en-tête", "سربرگ"),
    (_PD, "Pre-printed paper (fields only)"): (
        "Papier pré-imprimé (champs seuls)",
        "سربرگ چاپی (فقط فیلدها)",
    ),
    (_PD, "Automatic"): ("Automatique", "خودکار"),
    (_PD, "Built-in"): ("Intégré", "داخلی"),
    (_PD, "LibreOffice is not installed on this computer."): (
        "LibreOffice n'est pas installé sur cet ordinateur.",
        "LibreOffice روی این رایانه نصب نیست.",
    ),
    (_PD, "Preparing the preview…"): ("Préparation de l'aperçu…", "در حال آماده~سازی پیش~نمایش…"),
    (_PD, "Print…"): ("Imprimer…", "چاپ…"),
    (_PD, "Save as PDF…"): ("Enregistrer en PDF…", "ذخیره به صورت PDF…"),
    (_PD, "Save as Word (DOCX)…"): ("Enregistrer en Word (DOCX)…", "ذخیره به صورت Word ‏(DOCX)…"),
    (_PD, "Archive…"): ("Archiver…", "بایگانی…"),
    (_PD, "Freeze this PDF as the letter's archived copy."): (
        "Figer ce PDF comme copie archivée du courrier.",
        "همین PDF به عنوان نسخهٔ بایگانی نامه ثابت شود.",
    ),
    (_PD, "Close"): ("Fermer", "بستن"),
    (_PD, "Template:"): ("Modèle :", "قالب:"),
    (_PD, "Paper:"): ("Papier :", "کاغذ:"),
    (_PD, "PDF engine:"): ("Moteur PDF :", "موتور PDF:"),
    (_PD, "Save as PDF"): ("Enregistrer en PDF", "ذخیره به صورت PDF"),
    (_PD, "PDF documents (*.pdf)"): ("Documents PDF (*.pdf)", "سندهای PDF ‏(*.pdf)"),
    (_PD, "Saved as {path}."): ("Enregistré sous {path}.", "در {path} ذخیره شد."),
    (_PD, "Save as Word document"): ("Enregistrer en document Word", "ذخیره به صورت سند Word"),
    (_PD, "Word documents (*.docx)"): ("Documents Word (*.docx)", "سندهای Word ‏(*.docx)"),
    (_PD, "Archive letter"): ("Archiver le courrier", "بایگانی نامه"),
    (_PD, "The letter's content will be frozen as this PDF. Keep it for:"): (
        "Le contenu du courrier sera figé sous la forme de ce PDF. Durée de conservation :",
        "محتوای نامه به صورت همین PDF ثابت می~شود. مدت نگهداری:",
    ),
    (_PD, "Check the archived copy"): ("Vérifier la copie archivée", "بررسی نسخهٔ بایگانی"),
    (_PD, "Compare the stored PDF with the fingerprint taken when it was archived."): (
        "Comparer le PDF conservé avec l'empreinte prise lors de l'archivage.",
        "PDF نگهداری~شده با اثرانگشتی که هنگام بایگانی گرفته شد مقایسه شود.",
    ),
    (_PD, "The archived copy is intact (SHA-256 {digest})."): (
        "La copie archivée est intacte (SHA-256 {digest}).",
        "نسخهٔ بایگانی دست~نخورده است (SHA-256 {digest}).",
    ),
    (
        _PD,
        "The archived copy has been altered or lost: its fingerprint no longer matches. Tell your administrator.",
    ): (
        "La copie archivée a été modifiée ou perdue : son empreinte ne correspond plus. Prévenez votre administrateur.",
        "نسخهٔ بایگانی تغییر کرده یا از دست رفته است: اثرانگشت آن دیگر یکسان نیست. به مدیر سامانه خبر دهید.",
    ),
    # -- retention classes ----------------------------------------------------------------------
    ("letters", "1 year"): ("1 an", "۱ سال"),
    ("letters", "5 years"): ("5 ans", "۵ سال"),
    ("letters", "10 years"): ("10 ans", "۱۰ سال"),
    ("letters", "30 years"): ("30 ans", "۳۰ سال"),
    ("letters", "Permanent"): ("Définitivement", "دائمی"),
    # -- letterhead and signature ---------------------------------------------------------------
    (_LH, "Letters: letterhead and signature"): ("Courriers : en-tête et signature", "نامه~ها: سربرگ و امضا"),
    (_LH, "Office logo:"): ("Logo du bureau :", "آرم دفتر:"),
    (_LH, "Office seal:"): ("Cachet du bureau :", "مهر دفتر:"),
    (_LH, "Address lines printed under the office name"): (
        "Lignes d'adresse imprimées sous le nom du bureau",
        "سطرهای نشانی که زیر نام دفتر چاپ می~شوند",
    ),
    (_LH, "Save address"): ("Enregistrer l'adresse", "ذخیرهٔ نشانی"),
    (_LH, "Office address:"): ("Adresse du bureau :", "نشانی دفتر:"),
    (_LH, "My signature:"): ("Ma signature :", "امضای من:"),
    (_LH, "Printed only on letters you have approved as their signer."): (
        "Imprimée uniquement sur les courriers que vous avez approuvés en tant que signataire.",
        "فقط روی نامه~هایی چاپ می~شود که شما به عنوان امضاکننده تأیید کرده~اید.",
    ),
    (_LH, "None"): ("Aucune", "ندارد"),
    (_LH, "Choose…"): ("Choisir…", "انتخاب…"),
    (_LH, "Remove"): ("Retirer", "حذف"),
    (_LH, "Choose an image"): ("Choisir une image", "انتخاب تصویر"),
    (_LH, "Saved."): ("Enregistré.", "ذخیره شد."),
    # -- a register's print settings ------------------------------------------------------------
    (_PS, "Number"): ("Numéro", "شماره"),
    (_PS, "Date"): ("Date", "تاریخ"),
    (_PS, "Attachments"): ("Pièces jointes", "پیوست"),
    (_PS, "Recipient"): ("Destinataire", "گیرنده"),
    (_PS, "Subject"): ("Objet", "موضوع"),
    (_PS, "Body"): ("Corps du texte", "متن"),
    (_PS, "Signer"): ("Signataire", "امضاکننده"),
    (_PS, "Copies"): ("Copies", "رونوشت~ها"),
    (_PS, "Automatic (Persian for a Jalali register, else French)"): (
        "Automatique (persan pour un registre en calendrier persan, sinon français)",
        "خودکار (فارسی برای دفتر با تقویم شمسی، وگرنه فرانسوی)",
    ),
    (_PS, "French"): ("Français", "فرانسوی"),
    (_PS, "Persian"): ("Persan", "فارسی"),
    (_PS, "English"): ("Anglais", "انگلیسی"),
    (_PS, "The register's own template"): ("Le modèle propre au registre", "قالب اختصاصی دفتر"),
    (_PS, "Upload a .docx template…"): ("Téléverser un modèle .docx…", "بارگذاری قالب ‎.docx…"),
    (_PS, "QR code (number, registration time, identifier)"): (
        "Code QR (numéro, heure d'enregistrement, identifiant)",
        "کد QR (شماره، زمان ثبت، شناسه)",
    ),
    (_PS, "Office seal beside the signature"): (
        "Cachet du bureau à côté de la signature",
        "مهر دفتر کنار امضا",
    ),
    (_PS, "Automatic (LibreOffice when installed)"): (
        "Automatique (LibreOffice s'il est installé)",
        "خودکار (LibreOffice اگر نصب باشد)",
    ),
    (_PS, "Built-in"): ("Intégré", "داخلی"),
    (_PS, "Pre-printed paper: print only the fields"): (
        "Papier pré-imprimé : n'imprimer que les champs",
        "سربرگ چاپی: فقط فیلدها چاپ شوند",
    ),
    (_PS, "Field"): ("Champ", "فیلد"),
    (_PS, "X (mm)"): ("X (mm)", "X (میلی~متر)"),
    (_PS, "Y (mm)"): ("Y (mm)", "Y (میلی~متر)"),
    (_PS, "Width (mm)"): ("Largeur (mm)", "پهنا (میلی~متر)"),
    (_PS, "Printed"): ("Imprimé", "چاپ شود"),
    (_PS, "Save print settings"): ("Enregistrer les réglages d'impression", "ذخیرهٔ تنظیمات چاپ"),
    (_PS, "Template:"): ("Modèle :", "قالب:"),
    (_PS, "PDF engine:"): ("Moteur PDF :", "موتور PDF:"),
    (_PS, "Own template: {name}"): ("Modèle propre : {name}", "قالب اختصاصی: {name}"),
    (_PS, "{field}: positions are numbers of millimetres."): (
        "{field} : les positions sont des nombres de millimètres.",
        "{field}: موقعیت~ها عدد به میلی~متر هستند.",
    ),
    (_PS, "Saved."): ("Enregistré.", "ذخیره شد."),
    (_PS, "Choose a Word template"): ("Choisir un modèle Word", "انتخاب قالب Word"),
    (_PS, "Word documents (*.docx)"): ("Documents Word (*.docx)", "سندهای Word ‏(*.docx)"),
    (_PS, "Template uploaded and chosen for this register."): (
        "Modèle téléversé et choisi pour ce registre.",
        "قالب بارگذاری و برای این دفتر انتخاب شد.",
    ),
    # -- errors ----------------------------------------------------------------------------------
    ("errors", "{value} is not a letter template."): (
        "{value} n'est pas un modèle de courrier.",
        "{value} قالب نامه نیست.",
    ),
    ("errors", "Upload the register's own .docx template before choosing it."): (
        "Téléversez le modèle .docx propre au registre avant de le choisir.",
        "پیش از انتخاب قالب اختصاصی دفتر، فایل docx آن را بارگذاری کنید.",
    ),
    ("errors", "{value} is not a PDF engine."): (
        "{value} n'est pas un moteur PDF.",
        "{value} موتور PDF نیست.",
    ),
    ("errors", "The position of {name} needs numbers in millimetres."): (
        "La position de {name} se donne en millimètres.",
        "موقعیت {name} باید عدد به میلی~متر باشد.",
    ),
    ("errors", "The position of {name} is off the page."): (
        "La position de {name} est hors de la page.",
        "موقعیت {name} بیرون از صفحه است.",
    ),
    ("errors", "{value} is not docx or pdf."): (
        "{value} n'est ni docx ni pdf.",
        "{value} نه docx است نه pdf.",
    ),
    ("errors", "Pre-printed paper is printed as PDF only."): (
        "Le papier pré-imprimé ne s'imprime qu'en PDF.",
        "سربرگ چاپی فقط به صورت PDF چاپ می~شود.",
    ),
    ("errors", "{name} is not a Word (.docx) document."): (
        "{name} n'est pas un document Word (.docx).",
        "{name} سند Word ‏(.docx) نیست.",
    ),
    ("errors", "The letter template has an error: {error}"): (
        "Le modèle de courrier contient une erreur : {error}",
        "قالب نامه خطا دارد: {error}",
    ),
    ("errors", "The image is larger than {mb} MB."): (
        "L'image dépasse {mb} Mo.",
        "حجم تصویر بیش از {mb} مگابایت است.",
    ),
    ("errors", "The image must be a PNG or JPEG file."): (
        "L'image doit être un fichier PNG ou JPEG.",
        "تصویر باید فایل PNG یا JPEG باشد.",
    ),
    ("errors", "The document could not be converted to PDF: {reason}"): (
        "Le document n'a pas pu être converti en PDF : {reason}",
        "سند به PDF تبدیل نشد: {reason}",
    ),
    ("errors", "LibreOffice is not installed on this computer: choose the built-in PDF engine."): (
        "LibreOffice n'est pas installé sur cet ordinateur : choisissez le moteur PDF intégré.",
        "LibreOffice روی این رایانه نصب نیست: موتور PDF داخلی را انتخاب کنید.",
    ),
    ("errors", "LibreOffice did not finish converting the document within {seconds} seconds."): (
        "LibreOffice n'a pas fini de convertir le document en {seconds} secondes.",
        "LibreOffice تبدیل سند را در {seconds} ثانیه تمام نکرد.",
    ),
    ("errors", "No font is installed for printing letters (install {package})."): (
        "Aucune police n'est installée pour imprimer les courriers (installez {package}).",
        "هیچ قلمی برای چاپ نامه~ها نصب نیست ({package} را نصب کنید).",
    ),
    ("errors", "No Persian font is installed for printing Persian letters (install {package})."): (
        "Aucune police persane n'est installée pour imprimer les courriers en persan (installez {package}).",
        "هیچ قلم فارسی برای چاپ نامه~های فارسی نصب نیست ({package} را نصب کنید).",
    ),
    ("errors", "{value} is not a retention class; use one of: {allowed}."): (
        "{value} n'est pas une durée de conservation ; utilisez l'une de : {allowed}.",
        "{value} یک ردهٔ نگهداری نیست؛ یکی از این~ها را به کار ببرید: {allowed}.",
    ),
    ("errors", "Letter {number} is not archived."): (
        "Le courrier {number} n'est pas archivé.",
        "نامهٔ {number} بایگانی نشده است.",
    ),
}

PLURALS: dict[tuple[str, str], dict[str, list[str]]] = {
    (_PD, "Archived copy: the letter's content is frozen. %n page(s)."): {
        "fr": [
            "Copie archivée : le contenu du courrier est figé. %Ln page.",
            "Copie archivée : le contenu du courrier est figé. %Ln pages.",
        ],
        "fa": ["نسخهٔ بایگانی: محتوای نامه ثابت شده است. %Ln صفحه."],
    },
    (_PD, "Rendered by LibreOffice. %n page(s)."): {
        "fr": ["Mis en page par LibreOffice. %Ln page.", "Mis en page par LibreOffice. %Ln pages."],
        "fa": ["صفحه~آرایی با LibreOffice؛ %Ln صفحه."],
    },
    (_PD, "Rendered by SivaDesk. %n page(s)."): {
        "fr": ["Mis en page par SivaDesk. %Ln page.", "Mis en page par SivaDesk. %Ln pages."],
        "fa": ["صفحه~آرایی با SivaDesk؛ %Ln صفحه."],
    },
}
