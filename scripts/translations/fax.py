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
