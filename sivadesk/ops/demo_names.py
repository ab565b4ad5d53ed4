"""Word lists for the demo data: French and Persian people, companies, streets and cities.

Persian words carry a Latin transliteration for e-mail addresses and web domains. A few names
deliberately carry a zero-width non-joiner or an Arabic yeh/kaf, as real Persian data does, so
that the demo exercises the search normaliser.
"""

from __future__ import annotations

from typing import NamedTuple

FR_FIRST = (
    "Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Isabelle", "Julien", "Camille", "Antoine", "Claire",
    "Thomas", "Élodie", "François", "Hélène", "Mathieu", "Céline", "Olivier", "Nathalie", "Sébastien",
    "Aurélie", "Laurent", "Émilie", "Philippe", "Chloé", "Guillaume", "Léa", "Benoît", "Manon", "Jérôme",
    "Zoé", "Stéphane", "Inès", "Christophe", "Margaux", "Frédéric", "Agnès", "Yves", "Anaïs", "Hugo",
    "Noémie", "Jean-Pierre", "Anne-Laure",
)  # fmt: skip
FR_LAST = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François",
    "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel",
    "Perrin", "Morin", "Clément", "Gauthier", "Dumont", "Fontaine", "Chevalier", "Robin", "Le Gall",
    "de La Fontaine", "N'Diaye",
)  # fmt: skip
FA_FIRST = (
    ("علی", "ali"), ("محمد", "mohammad"), ("رضا", "reza"), ("حسین", "hossein"), ("مهدی", "mehdi"),
    ("امیر", "amir"), ("سعید", "saeed"), ("مجید", "majid"), ("حمید", "hamid"), ("کاوه", "kaveh"),
    ("آرش", "arash"), ("بابک", "babak"), ("داریوش", "dariush"), ("فرهاد", "farhad"), ("کامران", "kamran"),
    ("نیما", "nima"), ("پویا", "pouya"), ("امید", "omid"), ("بهرام", "bahram"), ("سینا", "sina"),
    ("مریم", "maryam"), ("زهرا", "zahra"), ("فاطمه", "fatemeh"), ("سارا", "sara"), ("نرگس", "narges"),
    ("لیلا", "leila"), ("شیرین", "shirin"), ("مینا", "mina"), ("نازنین", "nazanin"), ("پریسا", "parisa"),
    ("الهام", "elham"), ("سمیرا", "samira"), ("مهسا", "mahsa"), ("ترانه", "taraneh"), ("یاسمن", "yasaman"),
    ("نسرین", "nasrin"), ("آزاده", "azadeh"), ("گلناز", "golnaz"), ("هانیه", "hanieh"), ("رویا", "roya"),
    ("علي", "ali"), ("كاوه", "kaveh"),
)  # fmt: skip
FA_LAST = (
    ("احمدی", "ahmadi"), ("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("رضایی", "rezaei"),
    ("کریمی", "karimi"), ("موسوی", "mousavi"), ("جعفری", "jafari"), ("قاسمی", "ghasemi"),
    ("رحیمی", "rahimi"), ("صادقی", "sadeghi"), ("هاشمی", "hashemi"), ("نوری", "nouri"), ("کاظمی", "kazemi"),
    ("طاهری", "taheri"), ("اکبری", "akbari"), ("عباسی", "abbasi"), ("زارعی", "zarei"), ("فرهادی", "farhadi"),
    ("شریفی", "sharifi"), ("یزدانی", "yazdani"), ("تهرانی", "tehrani"), ("اصفهانی", "esfahani"),
    ("شیرازی", "shirazi"), ("بهرامی", "bahrami"), ("نجفی", "najafi"), ("سلطانی", "soltani"),
    ("افشار", "afshar"), ("پارسا", "parsa"), ("کیانی", "kiani"), ("مرادی", "moradi"),
    ("محمدی\u200cنژاد", "mohammadinejad"), ("صدری\u200cپور", "sadripour"),
)  # fmt: skip


class City(NamedTuple):
    name: str
    region: str
    country: str  # ISO code, also the phone numbering plan
    area: tuple[str, ...]  # landline national-number prefixes
    postcodes: tuple[str, ...]
    streets: tuple[str, ...]


FR_STREETS = (
    "rue de la République", "avenue Jean Jaurès", "boulevard Haussmann", "rue Victor Hugo", "place Bellecour",
    "cours Lafayette", "rue Paradis", "quai Saint-Vincent", "rue du Faubourg Saint-Antoine", "avenue du Prado",
    "rue Mercière", "boulevard Voltaire", "rue de Rivoli", "cours Julien", "rue Garibaldi",
)  # fmt: skip
FA_STREETS = (
    "خیابان ولیعصر", "خیابان انقلاب", "خیابان آزادی", "بلوار کشاورز", "خیابان شریعتی", "خیابان چهارباغ",
    "خیابان زند", "بلوار چمران", "خیابان فردوسی", "خیابان حافظ", "خیابان مطهری", "بلوار میرداماد",
)  # fmt: skip

CITIES = {
    "fr": (
        City("Paris", "Île-de-France", "FR", ("1",), tuple(f"750{n:02d}" for n in range(1, 21)), FR_STREETS),
        City("Lyon", "Auvergne-Rhône-Alpes", "FR", ("47", "42", "43"),
             tuple(f"6900{n}" for n in range(1, 10)), FR_STREETS),
        City("Marseille", "Provence-Alpes-Côte d'Azur", "FR", ("49", "48"),
             tuple(f"130{n:02d}" for n in range(1, 17)), FR_STREETS),
    ),
    "fa": (
        City("تهران", "استان تهران", "IR", ("21",), ("1", "1"), FA_STREETS),
        City("اصفهان", "استان اصفهان", "IR", ("31",), ("8", "8"), FA_STREETS),
        City("شیراز", "استان فارس", "IR", ("71",), ("7", "7"), FA_STREETS),
    ),
}  # fmt: skip

FR_COMPANY_PREFIX = (
    "Boulangerie", "Cabinet", "Transports", "Imprimerie", "Garage", "Pharmacie", "Agence", "Atelier",
    "Librairie", "Menuiserie", "Clinique", "Laboratoires", "Fromagerie", "Bureau d'études",
)  # fmt: skip
FR_COMPANY_SUFFIX = ("", "", " SARL", " SAS", " SA", " & Fils", " Conseil", " Services")
FA_COMPANY_PREFIX = (
    "شرکت بازرگانی", "صنایع", "گروه صنعتی", "موسسه حقوقی", "شرکت حمل و نقل", "کارخانه", "داروخانه",
    "چاپخانه", "شرکت مهندسی", "آژانس مسافرتی",
)  # fmt: skip
FA_COMPANY_WORD = (
    ("پارس", "pars"), ("آریا", "arya"), ("سپهر", "sepehr"), ("البرز", "alborz"), ("زاگرس", "zagros"),
    ("کیان", "kian"), ("مهر", "mehr"), ("نوین", "novin"), ("پیشرو", "pishro"), ("آفتاب", "aftab"),
    ("ستاره", "setareh"), ("دماوند", "damavand"), ("ایرانیان", "iranian"), ("خلیج فارس", "khalijfars"),
    ("آسیا", "asia"), ("نگین", "negin"),
)  # fmt: skip

JOB_TITLES = {
    "fr": (
        "Gérant", "Gérante", "Directeur commercial", "Assistante de direction", "Comptable", "Chef de projet",
        "Responsable achats", "Technicien", "Juriste", "Secrétaire", "Ingénieur", "Chargée de clientèle",
    ),
    "fa": (
        "مدیرعامل", "مدیر فروش", "حسابدار", "کارشناس خرید", "منشی", "مهندس", "مدیر پروژه", "کارشناس حقوقی",
        "مسئول دفتر", "کارشناس فنی",
    ),
}  # fmt: skip
LEAD_STATUS = {
    "fr": ("Nouveau", "Contacté", "Qualifié", "Devis envoyé", "Perdu"),
    "fa": ("جدید", "تماس اول", "در حال مذاکره", "پیش‌فاکتور ارسال شد", "منصرف شد"),
}
TAGS = {
    "fr": ("Clients", "Fournisseurs", "VIP", "Partenaires", "Presse", "Administration"),
    "fa": ("مشتری", "تامین‌کننده", "ویژه", "همکار", "دولتی"),
}
GROUP_TAGS = ("VIP", "ویژه", "Presse")  # tags that double as mailing groups
PHONE_LABELS = {
    "fr": {"mobile": "mobile", "fixed": "bureau", "company": "standard", "fax": "fax"},
    "fa": {"mobile": "موبایل", "fixed": "دفتر", "company": "تلفن شرکت", "fax": "فکس"},
}
MAIL_DOMAINS = {
    "fr": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "outlook.fr", "sfr.fr"),
    "fa": ("gmail.com", "yahoo.com", "chmail.ir", "outlook.com"),
}
NOTES = {
    "fr": (
        "Préfère être appelé le matin.", "Rappeler après les vacances.", "Client depuis 2015; très fidèle.",
        "Envoyer le catalogue par courrier.", "Attention : numéro de fax changé.",
    ),
    "fa": (
        "ترجیح می‌دهد صبح‌ها تماس بگیرید.", "پس از تعطیلات نوروز پیگیری شود.", "مشتری قدیمی و وفادار.",
        "کاتالوگ با پست ارسال شود.",
    ),
}  # fmt: skip
ACTIVITIES = {
    "fr": (
        ("call", "Appel entrant", "A demandé un rappel pour le devis."),
        ("call", "Appel sortant", "Message laissé sur le répondeur."),
        ("note", "Rendez-vous fixé", "Rendez-vous au bureau jeudi à 10 h."),
        ("note", "Devis envoyé", "Devis n° D-{n} envoyé par e-mail."),
        ("letter", "Courrier reçu", "Réclamation concernant la facture F-{n}."),
        ("fax", "Fax envoyé", "Bon de commande transmis (2 pages)."),
    ),
    "fa": (
        ("call", "تماس ورودی", "درخواست تماس مجدد برای پیش‌فاکتور."),
        ("call", "تماس خروجی", "پاسخ نداد؛ فردا دوباره تماس گرفته شود."),
        ("note", "جلسه هماهنگ شد", "جلسه در دفتر تهران، روز سه‌شنبه ساعت ۱۰."),
        ("note", "پیش‌فاکتور ارسال شد", "پیش‌فاکتور شماره {n} ایمیل شد."),
        ("letter", "نامه دریافت شد", "نامه شماره {n} درباره قرارداد."),
    ),
}  # fmt: skip
# Typed by someone in a hurry: the demo keeps them raw and flags them, as an import would.
INVALID_PHONES = ("12", "06 12 34", "0000", "n/a", "021-123", "tél. 45", "+33 6 39 12 34 56", "۰۹۱۲۳")
