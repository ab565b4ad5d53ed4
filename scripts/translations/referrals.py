"""Referral (پاراف / ارجاع) and the cartable: French and Persian translations (merged into
scripts/translations_table.py). French follows Maarch Courrier's words (transmission, bannette);
Persian the office-automation ones (ارجاع، پاراف، کارتابل، رونوشت محرمانه، عودت)."""

_R = "referrals"

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    # preset instructions and shared labels
    (_R, "For action"): ("Pour action", "جهت اقدام"),
    (_R, "For information"): ("Pour information", "جهت استحضار"),
    (_R, "For your opinion"): ("Pour avis", "جهت اظهار نظر"),
    (_R, "For signature"): ("Pour signature", "جهت امضا"),
    (_R, "For follow-up"): ("Pour suivi", "جهت پیگیری"),
    (_R, "For reply"): ("Pour réponse", "جهت پاسخ"),
    (_R, "For coordination"): ("Pour coordination", "جهت هماهنگی"),
    (_R, "For filing"): ("À classer", "جهت بایگانی"),
    (_R, "Sent back"): ("Renvoyé", "عودت"),
    (_R, "Letter"): ("Courrier", "نامهٔ"),
    (_R, "Call"): ("Appel", "تماس"),
    (_R, "Fax"): ("Télécopie", "فکس"),
    (_R, "Task"): ("Tâche", "کار"),
    (_R, "{kind} #{id} (deleted)"): ("{kind} n° {id} (supprimé)", "{kind} شمارهٔ {id} (حذف شده)"),
    (_R, "draft"): ("brouillon", "پیش~نویس"),
    (_R, "Not seen yet"): ("Pas encore vu", "دیده نشده"),
    (_R, "Seen"): ("Vu", "دیده شد"),
    (_R, "Acted on"): ("Traité", "اقدام شد"),
    (_R, "Closed"): ("Clos", "بسته شد"),
    (_R, "Referral"): ("Transmission", "ارجاع"),
    (_R, "Confidential copy"): ("Copie confidentielle", "رونوشت محرمانه"),
    (_R, "{name} (via {department})"): ("{name} (via {department})", "{name} (از طریق {department})"),
    (_R, "The receiver already held this item."): (
        "Le destinataire avait déjà cet élément en cours.",
        "گیرنده این مورد را از پیش در دست داشت.",
    ),
    (_R, "The item came back to someone it went through."): (
        "L'élément revient à quelqu'un par qui il est déjà passé.",
        "این مورد به کسی برگشت که پیش~تر از دست او گذشته بود.",
    ),
    (_R, "Referred to me"): ("Reçus", "ارجاع~شده به من"),
    (_R, "Copies"): ("Copies", "رونوشت~ها"),
    (_R, "Waiting on others"): ("En attente chez d'autres", "در انتظار دیگران"),
    (_R, "Done"): ("Traités", "انجام~شده"),
    # the dialog
    ("ReferralDialog", "Refer on"): ("Transmettre à nouveau", "ارجاع مجدد"),
    ("ReferralDialog", "Refer"): ("Transmettre", "ارجاع"),
    ("ReferralDialog", "Loading…"): ("Chargement…", "در حال بارگذاری…"),
    ("ReferralDialog", "Search people and departments"): (
        "Rechercher des personnes et des services",
        "جستجوی افراد و واحدها",
    ),
    ("ReferralDialog", "Other instruction…"): ("Autre instruction…", "دستور دیگر…"),
    ("ReferralDialog", "Write the instruction"): ("Écrivez l'instruction", "دستور را بنویسید"),
    ("ReferralDialog", "Note for the receivers (optional)"): (
        "Note pour les destinataires (facultative)",
        "یادداشت برای گیرندگان (اختیاری)",
    ),
    ("ReferralDialog", "Deadline"): ("Échéance", "مهلت"),
    ("ReferralDialog", "Confidential copy (seen only by its receivers and you)"): (
        "Copie confidentielle (vue seulement par ses destinataires et vous)",
        "رونوشت محرمانه (فقط گیرندگان آن و شما می~بینید)",
    ),
    ("ReferralDialog", "Instruction"): ("Instruction", "دستور"),
    ("ReferralDialog", "Note"): ("Note", "یادداشت"),
    ("ReferralDialog", "&Receivers"): ("&Destinataires", "گیرندگان (&R)"),
    ("ReferralDialog", "Department: {name}"): ("Service : {name}", "واحد: {name}"),
    ("ReferralDialog", "Tick at least one receiver."): (
        "Cochez au moins un destinataire.",
        "دست~کم یک گیرنده را علامت بزنید.",
    ),
    # the history tree
    ("ReferralTree", "Referral"): ("Transmission", "ارجاع"),
    ("ReferralTree", "Instruction"): ("Instruction", "دستور"),
    ("ReferralTree", "Note"): ("Note", "یادداشت"),
    ("ReferralTree", "Sent"): ("Envoyé", "ارسال"),
    ("ReferralTree", "Seen"): ("Vu", "رؤیت"),
    ("ReferralTree", "Acted"): ("Traité", "اقدام"),
    ("ReferralTree", "Deadline"): ("Échéance", "مهلت"),
    ("ReferralTree", "Receiver's note"): ("Note du destinataire", "یادداشت گیرنده"),
    ("ReferralTree", "Status"): ("État", "وضعیت"),
    ("ReferralTree", "No referral to show."): ("Aucune transmission à afficher.", "ارجاعی برای نمایش نیست."),
    ("ReferralTree", "&Act…"): ("&Traiter…", "اقدام (&A)…"),
    ("ReferralTree", "Write what you did about this referral"): (
        "Écrivez ce que vous avez fait pour cette transmission",
        "بنویسید برای این ارجاع چه کردید",
    ),
    ("ReferralTree", "Refer &on…"): ("&Réorienter…", "ارجاع مجدد (&O)…"),
    ("ReferralTree", "Send &back…"): ("Ren&voyer…", "عودت (&B)…"),
    ("ReferralTree", "C&lose step"): ("C&lore l'étape", "بستن مرحله (&L)"),
    ("ReferralTree", "SivaDesk"): ("SivaDesk", "SivaDesk"),
    ("ReferralTree", "Closed {when}"): ("Clos le {when}", "بسته شده در {when}"),
    ("ReferralTree", "Dwell time: {duration}"): ("Temps de séjour : {duration}", "مدت ماندن: {duration}"),
    ("ReferralTree", "{days} d {hours} h"): ("{days} j {hours} h", "{days} روز و {hours} ساعت"),
    ("ReferralTree", "{hours} h {minutes} min"): (
        "{hours} h {minutes} min",
        "{hours} ساعت و {minutes} دقیقه",
    ),
    ("ReferralTree", "{minutes} min"): ("{minutes} min", "{minutes} دقیقه"),
    ("ReferralTree", "{date} (late)"): ("{date} (en retard)", "{date} (دیرکرد)"),
    ("ReferralTree", "Act on the referral"): ("Traiter la transmission", "اقدام روی ارجاع"),
    ("ReferralTree", "What did you do? The referrer will read this note."): (
        "Qu'avez-vous fait ? L'expéditeur lira cette note.",
        "چه کردید؟ ارجاع~دهنده این یادداشت را می~خواند.",
    ),
    ("ReferralTree", "Send back to {name}"): ("Renvoyer à {name}", "عودت به {name}"),
    ("ReferralTree", "Why do you send it back? The note is required."): (
        "Pourquoi le renvoyez-vous ? La note est obligatoire.",
        "چرا برمی~گردانید؟ نوشتن یادداشت الزامی است.",
    ),
    ("ReferralTree", "Close the step"): ("Clore l'étape", "بستن مرحله"),
    ("ReferralTree", "A closing note (optional)."): (
        "Une note de clôture (facultative).",
        "یادداشت پایانی (اختیاری).",
    ),
    ("ReferralHistoryDialog", "Referral history"): ("Historique des transmissions", "سابقهٔ ارجاع"),
    ("ReferralHistoryDialog", "&Refer…"): ("&Transmettre…", "ارجاع (&R)…"),
    # the cartable on Home
    ("CartablePanel", "&Cartable"): ("&Bannettes", "کارتابل (&C)"),
    ("CartablePanel", "Number"): ("Numéro", "شماره"),
    ("CartablePanel", "Subject"): ("Objet", "موضوع"),
    ("CartablePanel", "From"): ("De", "از"),
    ("CartablePanel", "To"): ("À", "به"),
    ("CartablePanel", "Instruction"): ("Instruction", "دستور"),
    ("CartablePanel", "Sent"): ("Envoyé", "ارسال"),
    ("CartablePanel", "Deadline"): ("Échéance", "مهلت"),
    ("CartablePanel", "Status"): ("État", "وضعیت"),
    ("CartablePanel", "&Open"): ("&Ouvrir", "باز کردن (&O)"),
    ("CartablePanel", "&History…"): ("&Historique…", "سابقه (&H)…"),
    ("CartablePanel", "{box} ({total}, {new} new)"): (
        "{box} ({total}, {new} nouveaux)",
        "{box} ({total}، {new} تازه)",
    ),
    ("CartablePanel", "{box} ({total})"): ("{box} ({total})", "{box} ({total})"),
    ("CartablePanel", "draft"): ("brouillon", "پیش~نویس"),
    ("CartablePanel", "SivaDesk"): ("SivaDesk", "SivaDesk"),
    ("CartablePanel", "{date} (late)"): ("{date} (en retard)", "{date} (دیرکرد)"),
    ("CartablePanel", "(deleted)"): ("(supprimé)", "(حذف شده)"),
    ("CartablePanel", "Nothing is waiting for you."): ("Rien ne vous attend.", "چیزی در انتظار شما نیست."),
    ("CartablePanel", "No copies for you."): ("Aucune copie pour vous.", "رونوشتی برای شما نیست."),
    ("CartablePanel", "Nothing you referred is waiting."): (
        "Rien de ce que vous avez transmis n'est en attente.",
        "ارجاعی از شما در انتظار نیست.",
    ),
    ("CartablePanel", "Nothing done yet."): ("Rien de traité pour l'instant.", "هنوز کاری انجام نشده است."),
    # the pop-up
    ("ReferralPopup", "SivaDesk"): ("SivaDesk", "SivaDesk"),
    ("ReferralPopup", "Confidential copy from {name}"): (
        "Copie confidentielle de {name}",
        "رونوشت محرمانه از {name}",
    ),
    ("ReferralPopup", "{name} sent this back to you"): (
        "{name} vous l'a renvoyé",
        "{name} این را به شما عودت داد",
    ),
    ("ReferralPopup", "{name} referred this to you"): (
        "{name} vous a transmis ceci",
        "{name} این را به شما ارجاع داد",
    ),
    ("ReferralPopup", "Dismiss"): ("Fermer", "بستن"),
    ("ReferralPopup", "Deadline: {date}"): ("Échéance : {date}", "مهلت: {date}"),
    ("ReferralPopup", "Open"): ("Ouvrir", "باز کردن"),
    # the service's messages
    ("errors", "Referral step"): ("Étape de transmission", "مرحلهٔ ارجاع"),
    ("errors", "{name} is no longer active and cannot receive referrals."): (
        "{name} n'est plus actif et ne peut plus recevoir de transmissions.",
        "{name} دیگر فعال نیست و نمی~تواند ارجاع دریافت کند.",
    ),
    ("errors", "You cannot refer an item to yourself."): (
        "Vous ne pouvez pas vous transmettre un élément à vous-même.",
        "نمی~توانید موردی را به خودتان ارجاع دهید.",
    ),
    ("errors", "The department {name} has nobody to receive the referral."): (
        "Le service {name} n'a personne pour recevoir la transmission.",
        "در واحد {name} کسی برای دریافت ارجاع نیست.",
    ),
    ("errors", "Choose at least one person or department to refer to."): (
        "Choisissez au moins une personne ou un service à qui transmettre.",
        "دست~کم یک نفر یا یک واحد را برای ارجاع انتخاب کنید.",
    ),
    ("errors", "Only the receiver of this referral may do this."): (
        "Seul le destinataire de cette transmission peut faire cela.",
        "فقط گیرندهٔ این ارجاع می~تواند این کار را بکند.",
    ),
    ("errors", "A referral needs an instruction."): (
        "Une transmission a besoin d'une instruction.",
        "ارجاع بدون دستور (پاراف) ممکن نیست.",
    ),
    ("errors", "The deadline is already past."): ("L'échéance est déjà passée.", "مهلت گذشته است."),
    ("errors", "This step belongs to another item."): (
        "Cette étape concerne un autre élément.",
        "این مرحله مربوط به مورد دیگری است.",
    ),
    ("errors", "A confidential copy cannot be referred on."): (
        "Une copie confidentielle ne peut pas être transmise à nouveau.",
        "رونوشت محرمانه را نمی~توان دوباره ارجاع داد.",
    ),
    ("errors", "This referral step is already closed."): (
        "Cette étape de transmission est déjà close.",
        "این مرحلهٔ ارجاع پیش~تر بسته شده است.",
    ),
    ("errors", "Write what you did in the note."): (
        "Écrivez dans la note ce que vous avez fait.",
        "آنچه انجام دادید را در یادداشت بنویسید.",
    ),
    ("errors", "Only the sender or the receiver of this referral may close it."): (
        "Seul l'expéditeur ou le destinataire de cette transmission peut la clore.",
        "فقط فرستنده یا گیرندهٔ این ارجاع می~تواند آن را ببندد.",
    ),
    ("errors", "Say why you send it back: the note is required."): (
        "Dites pourquoi vous le renvoyez : la note est obligatoire.",
        "بنویسید چرا عودت می~دهید: یادداشت الزامی است.",
    ),
    ("errors", "A confidential copy cannot be sent back."): (
        "Une copie confidentielle ne peut pas être renvoyée.",
        "رونوشت محرمانه را نمی~توان عودت داد.",
    ),
    ("errors", "This step has no referrer to send it back to."): (
        "Cette étape n'a pas d'expéditeur à qui la renvoyer.",
        "این مرحله ارجاع~دهنده~ای ندارد که به او عودت شود.",
    ),
}

PLURALS: dict[tuple[str, str], dict[str, list[str]]] = {
    ("ReferralDialog", "%n receiver(s) chosen"): {
        "fr": ["%Ln destinataire choisi", "%Ln destinataires choisis"],
        "fa": ["%Ln گیرنده انتخاب شد"],
    },
    ("CartablePanel", "%n late"): {"fr": ["%Ln en retard", "%Ln en retard"], "fa": ["%Ln مورد با دیرکرد"]},
}
