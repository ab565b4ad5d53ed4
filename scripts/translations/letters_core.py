"""Letter details core (recipients, links, categories, sending, archive, approval, reminders):
French and Persian translations (merged into scripts/translations_table.py)."""

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("errors", "Letter link"): ("Lien entre courriers", "پیوند نامه"),
    ("errors", "{value} is not in the office's list of letter categories."): (
        "{value} ne figure pas dans la liste des catégories de courrier du bureau.",
        "{value} در فهرست دسته~های نامهٔ دفتر نیست.",
    ),
    ("errors", "{value} is not in the office's list of letter types."): (
        "{value} ne figure pas dans la liste des types de courrier du bureau.",
        "{value} در فهرست انواع نامهٔ دفتر نیست.",
    ),
    ("errors", "A letter can have at most {count} tags."): (
        "Un courrier peut avoir au plus {count} étiquettes.",
        "یک نامه حداکثر {count} برچسب می~تواند داشته باشد.",
    ),
    ("errors", "The contact group {name} has no contacts."): (
        "Le groupe de contacts {name} ne contient aucun contact.",
        "گروه مخاطبان {name} هیچ مخاطبی ندارد.",
    ),
    ("errors", "The category of letter {number} is part of its number."): (
        "La catégorie du courrier {number} fait partie de son numéro.",
        "دستهٔ نامهٔ {number} بخشی از شمارهٔ آن است.",
    ),
    ("errors", "The type of letter {number} is part of its number."): (
        "Le type du courrier {number} fait partie de son numéro.",
        "نوع نامهٔ {number} بخشی از شمارهٔ آن است.",
    ),
    ("errors", "Letter {number} is archived: its content is frozen, only its details can change."): (
        "Le courrier {number} est archivé : son contenu est figé, seules ses informations complémentaires peuvent changer.",
        "نامهٔ {number} بایگانی شده است: متن آن ثابت است و فقط مشخصات آن تغییر می~کند.",
    ),
    ("errors", "Letter {number} was received: only outgoing and internal letters are sent."): (
        "Le courrier {number} a été reçu : seuls les courriers sortants et internes sont envoyés.",
        "نامهٔ {number} وارده است: فقط نامه~های صادره و داخلی ارسال می~شوند.",
    ),
    ("errors", "Register the letter before sending it."): (
        "Enregistrez le courrier avant de l’envoyer.",
        "پیش از ارسال، نامه را ثبت کنید.",
    ),
    ("errors", "Letter {number} is not waiting to be sent."): (
        "Le courrier {number} n’est pas en attente d’envoi.",
        "نامهٔ {number} در انتظار ارسال نیست.",
    ),
    ("errors", "A draft cannot be archived: register it first."): (
        "Un brouillon ne peut pas être archivé : enregistrez-le d’abord.",
        "پیش~نویس بایگانی نمی~شود: ابتدا آن را ثبت کنید.",
    ),
    ("errors", "Letter {number} is already archived."): (
        "Le courrier {number} est déjà archivé.",
        "نامهٔ {number} قبلاً بایگانی شده است.",
    ),
    ("errors", "Letter {number} is void: it cannot be archived."): (
        "Le courrier {number} est annulé : il ne peut pas être archivé.",
        "نامهٔ {number} ابطال شده است و بایگانی نمی~شود.",
    ),
    ("errors", "Only the signer of a letter can approve it."): (
        "Seul le signataire d’un courrier peut l’approuver.",
        "فقط امضاکنندهٔ نامه می~تواند آن را تأیید کند.",
    ),
    ("errors", "Letter {number} is closed: it can no longer be approved."): (
        "Le courrier {number} est clos : il ne peut plus être approuvé.",
        "نامهٔ {number} بسته شده است و دیگر تأیید نمی~شود.",
    ),
    ("errors", "Only a signed-in user can set a reminder."): (
        "Seul un utilisateur connecté peut programmer un rappel.",
        "فقط کاربر واردشده می~تواند یادآور تنظیم کند.",
    ),
    ("errors", "This reminder is not yours."): (
        "Ce rappel n’est pas le vôtre.",
        "این یادآور متعلق به شما نیست.",
    ),
    ("errors", "Only a registered letter that is not sent yet can be scheduled."): (
        "Seul un courrier enregistré et pas encore envoyé peut être programmé.",
        "فقط نامهٔ ثبت~شده~ای که هنوز ارسال نشده زمان~بندی می~شود.",
    ),
    ("errors", "A letter can have at most {count} recipients."): (
        "Un courrier peut avoir au plus {count} destinataires.",
        "یک نامه حداکثر {count} گیرنده می~تواند داشته باشد.",
    ),
    ("errors", "A letter cannot be linked to itself."): (
        "Un courrier ne peut pas être lié à lui-même.",
        "نامه را نمی~توان به خودش پیوند داد.",
    ),
    ("errors", "These letters are already linked."): (
        "Ces courriers sont déjà liés.",
        "این نامه~ها قبلاً به هم پیوند داده شده~اند.",
    ),
    ("errors", "The print settings of a register must be a JSON object."): (
        "Les paramètres d’impression d’un registre doivent être un objet JSON.",
        "تنظیمات چاپ دفتر باید یک شیء JSON باشد.",
    ),
    ("errors", "The code {code} must be 1 to 40 characters, without spaces or braces."): (
        "Le code {code} doit compter de 1 à 40 caractères, sans espaces ni accolades.",
        "کد {code} باید ۱ تا ۴۰ نویسه و بدون فاصله یا آکولاد باشد.",
    ),
    ("errors", "The code {code} is in the list twice."): (
        "Le code {code} figure deux fois dans la liste.",
        "کد {code} دو بار در فهرست آمده است.",
    ),
    ("errors", "Register {code} puts the letter's category in its numbers: choose a category first."): (
        "Le registre {code} inclut la catégorie du courrier dans ses numéros : choisissez d’abord une catégorie.",
        "دفتر {code} دستهٔ نامه را در شماره می~آورد: ابتدا دسته را انتخاب کنید.",
    ),
    ("errors", "Register {code} puts the letter's type in its numbers: choose a type first."): (
        "Le registre {code} inclut le type du courrier dans ses numéros : choisissez d’abord un type.",
        "دفتر {code} نوع نامه را در شماره می~آورد: ابتدا نوع را انتخاب کنید.",
    ),
}
