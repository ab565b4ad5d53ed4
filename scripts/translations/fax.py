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

_PAGE: dict[str, tuple[str, str]] = {
    "(no group)": ("(aucun groupe)", "(بدون گروه)"),
    "Add a cover page": ("Ajouter une page de garde", "افزودن صفحهٔ رویه"),
    "Add documents…": ("Ajouter des documents…", "افزودن سند…"),
    "Calls:": ("Appels :", "تماس~ها:"),
    "Cancel fax": ("Annuler la télécopie", "لغو فکس"),
    "Complete": ("Complète", "کامل"),
    "Contact group:": ("Groupe de contacts :", "گروه مخاطبان:"),
    "Contact": ("Contact", "مخاطب"),
    "Contact:": ("Contact :", "مخاطب:"),
    "Details": ("Détails", "جزئیات"),
    "Details…": ("Détails…", "جزئیات…"),
    "Dials:": ("Numérotations :", "شماره~گیری~ها:"),
    "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)": (
        "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)",
        "سندها (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)",
    ),
    "Documents to fax": ("Documents à télécopier", "سندهای فکس"),
    "Documents:": ("Documents :", "سندها:"),
    "Fax from {sender}": ("Télécopie de {sender}", "فکس از {sender}"),
    "Fax number, or several separated by commas": (
        "Numéro de télécopie, ou plusieurs séparés par des virgules",
        "شمارهٔ فکس، یا چند شماره جداشده با ویرگول",
    ),
    "Fax to {number}": ("Télécopie pour {number}", "فکس به {number}"),
    "Fax": ("Télécopie", "فکس"),
    "Fine (text and small print)": ("Fine (texte et petits caractères)", "ریز (متن و حروف کوچک)"),
    "From": ("Expéditeur", "فرستنده"),
    "Incomplete: the call ended early": ("Incomplète : l'appel s'est interrompu", "ناقص: تماس زودتر قطع شد"),
    "Last problem": ("Dernier problème", "آخرین مشکل"),
    "Link to a contact": ("Rattacher à un contact", "پیوند به مخاطب"),
    "Link to a contact…": ("Rattacher à un contact…", "پیوند به مخاطب…"),
    "New fax": ("Nouvelle télécopie", "فکس تازه"),
    "New fax…": ("Nouvelle télécopie…", "فکس تازه…"),
    "Next try": ("Prochain essai", "تلاش بعدی"),
    "Next try:": ("Prochain essai :", "تلاش بعدی:"),
    "Note on the cover page": ("Note sur la page de garde", "یادداشت روی صفحهٔ رویه"),
    "Number:": ("Numéro :", "شماره:"),
    "Only faxes not yet linked to a contact": (
        "Seulement les télécopies pas encore rattachées",
        "فقط فکس~هایی که هنوز به مخاطبی پیوند نخورده~اند",
    ),
    "Outbox": ("Envois", "صندوق ارسال"),
    "Pages sent:": ("Pages envoyées :", "صفحه~های فرستاده~شده:"),
    "Pages": ("Pages", "صفحه~ها"),
    "Queued": ("Mise en file", "زمان ثبت"),
    "Received": ("Reçues", "دریافتی"),
    "Receiving machine:": ("Télécopieur destinataire :", "دستگاه گیرنده:"),
    "Remove": ("Retirer", "حذف"),
    "Resolution:": ("Résolution :", "کیفیت:"),
    "Send again": ("Renvoyer", "ارسال دوباره"),
    "Send later:": ("Envoyer plus tard :", "ارسال در زمان دیگر:"),
    "Send": ("Envoyer", "ارسال"),
    "Standard (faster)": ("Standard (plus rapide)", "معمولی (سریع~تر)"),
    "Started": ("Début", "آغاز"),
    "State": ("État", "وضعیت"),
    "State:": ("État :", "وضعیت:"),
    "Status": ("Statut", "وضعیت"),
    "Subject": ("Objet", "موضوع"),
    "Subject:": ("Objet :", "موضوع:"),
    "To": ("Destinataire", "گیرنده"),
    "Unknown sender": ("Expéditeur inconnu", "فرستندهٔ ناشناس"),
    "Urgent: send before the other faxes": (
        "Urgent : envoyer avant les autres",
        "فوری: پیش از فکس~های دیگر فرستاده شود",
    ),
    "View": ("Afficher", "نمایش"),
    "What happened": ("Ce qui s'est passé", "چه رخ داد"),
    "{name} is larger than {mb} MB.": ("{name} dépasse {mb} Mo.", "{name} بزرگ~تر از {mb} مگابایت است."),
}
_STATES: dict[str, tuple[str, str]] = {
    "Cancelled": ("Annulée", "لغوشده"),
    "Cancelled.": ("Annulée.", "لغو شد."),
    "Failed": ("Échec", "ناموفق"),
    "No dial tone: check that the phone line is plugged into the modem.": (
        "Pas de tonalité : vérifiez que la ligne téléphonique est branchée sur le modem.",
        "بوق آزاد نیست: بررسی کنید که خط تلفن به مودم وصل باشد.",
    ),
    "No fax machine answered (a person or a voice mailbox may have picked up).": (
        "Aucun télécopieur n'a répondu (une personne ou une messagerie a peut-être décroché).",
        "هیچ دستگاه فکسی پاسخ نداد (شاید شخص یا پیام~گیر گوشی را برداشته باشد).",
    ),
    "Nobody answered.": ("Personne n'a répondu.", "کسی پاسخ نداد."),
    "Sending": ("En cours d'envoi", "در حال ارسال"),
    "Sent and confirmed by the receiving machine.": (
        "Envoyée et confirmée par le télécopieur destinataire.",
        "فرستاده شد و دستگاه گیرنده آن را تأیید کرد.",
    ),
    "Sent": ("Envoyée", "فرستاده~شده"),
    "The fax machines could not finish the transmission.": (
        "Les télécopieurs n'ont pas pu terminer la transmission.",
        "دستگاه~های فکس نتوانستند ارسال را کامل کنند.",
    ),
    "The fax modem did not respond as expected.": (
        "Le modem de télécopie n'a pas répondu comme prévu.",
        "مودم فکس پاسخ درستی نداد.",
    ),
    "The line was busy.": ("La ligne était occupée.", "خط اشغال بود."),
    "Waiting": ("En attente", "در انتظار"),
    "Will retry": ("Nouvel essai prévu", "تلاش دوباره"),
}
for _ctx in ("SendFaxDialog", "JobDetailDialog", "LinkDialog", "FaxPage"):
    BY_CONTEXT.update({(_ctx, k): v for k, v in _PAGE.items()})
BY_CONTEXT.update({("fax", k): v for k, v in _STATES.items()})

BY_CONTEXT.update(
    {
        ("MainWindow", "Fax"): ("Télécopie", "فکس"),
        ("MainWindow", "Your fax was sent: {sent} of {total} pages confirmed."): (
            "Votre télécopie est partie : {sent} pages sur {total} confirmées.",
            "فکس شما فرستاده شد: {sent} از {total} صفحه تأیید شد.",
        ),
        ("MainWindow", "Your fax could not be sent: {reason}"): (
            "Votre télécopie n'a pas pu partir : {reason}",
            "فکس شما فرستاده نشد: {reason}",
        ),
        ("settings", "Fax modem on this computer (port|class|local id|rings; empty: none)"): (
            "Modem de télécopie de cet ordinateur (port|classe|identifiant|sonneries ; vide : aucun)",
            "مودم فکس این رایانه (درگاه|کلاس|شناسه|تعداد زنگ؛ خالی: ندارد)",
        ),
    }
)
_SETTINGS: dict[str, tuple[str, str]] = {
    "Fax modem on this computer": ("Modem de télécopie de cet ordinateur", "مودم فکس این رایانه"),
    "None: this computer has no fax modem": (
        "Aucun : cet ordinateur n'a pas de modem de télécopie",
        "هیچ: این رایانه مودم فکس ندارد",
    ),
    "Class 2.0": ("Classe 2.0", "کلاس ۲٫۰"),
    "Class 2": ("Classe 2", "کلاس ۲"),
    "Never answer": ("Ne jamais répondre", "هرگز پاسخ نده"),
    "Test the modem": ("Tester le modem", "آزمایش مودم"),
    "Save": ("Enregistrer", "ذخیره"),
    "Serial port:": ("Port série :", "درگاه سریال:"),
    "Fax class:": ("Classe de télécopie :", "کلاس فکس:"),
    "Our fax number (sent to the far end):": (
        "Notre numéro de télécopie (transmis au destinataire) :",
        "شمارهٔ فکس ما (برای طرف مقابل فرستاده می~شود):",
    ),
    "Answer incoming faxes after (rings):": (
        "Répondre aux télécopies après (sonneries) :",
        "پاسخ به فکس~های ورودی پس از (زنگ):",
    ),
    "Saved: this computer sends and receives the office's faxes.": (
        "Enregistré : cet ordinateur envoie et reçoit les télécopies du bureau.",
        "ذخیره شد: این رایانه فکس~های دفتر را می~فرستد و دریافت می~کند.",
    ),
    "Saved: this computer has no fax modem.": (
        "Enregistré : cet ordinateur n'a pas de modem de télécopie.",
        "ذخیره شد: این رایانه مودم فکس ندارد.",
    ),
    "Choose the modem's serial port first.": (
        "Choisissez d'abord le port série du modem.",
        "ابتدا درگاه سریال مودم را انتخاب کنید.",
    ),
    "The fax service is using the modem; it was tested when it started.": (
        "Le service de télécopie utilise le modem ; il a été testé à son démarrage.",
        "سرویس فکس در حال استفاده از مودم است؛ هنگام آغاز به کار آزموده شد.",
    ),
    "Asking the modem…": ("Interrogation du modem…", "در حال پرسش از مودم…"),
    "{maker} {model}: fax classes {classes}. SivaDesk will use class {best}.": (
        "{maker} {model} : classes de télécopie {classes}. SivaDesk utilisera la classe {best}.",
        "{maker} {model}: کلاس~های فکس {classes}. SivaDesk از کلاس {best} استفاده می~کند.",
    ),
    "The modem on {port} did not answer: {reason}": (
        "Le modem sur {port} n'a pas répondu : {reason}",
        "مودم روی {port} پاسخ نداد: {reason}",
    ),
}
BY_CONTEXT.update({("FaxSettingsBox", k): v for k, v in _SETTINGS.items()})
BY_CONTEXT[("errors", "Register the letter before faxing it.")] = (
    "Enregistrez la lettre avant de la télécopier.",
    "پیش از فکس کردن نامه، آن را ثبت کنید.",
)
for _ctx in ("FaxPage",):
    BY_CONTEXT.update(
        {
            (_ctx, "Register entry"): ("Fiche d'enregistrement", "ثبت در دفتر"),
            (_ctx, "Refer…"): ("Transmettre…", "ارجاع…"),
            (_ctx, "Number"): ("Numéro", "شماره"),
        }
    )
