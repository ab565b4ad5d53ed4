"""Demo letters: the French office's « Courrier arrivé / départ » and the Tehran office's وارده / صادره
registers, with drafts, registered, sent and one void letter each, linked to demo contacts.

Everything goes through the services (registers, letters, recipients, workflow) as the demo staff
would do it, so numbers, audit entries, change-feed events and timeline entries are the real ones.
Letters are registered in date order over the last weeks, so their numbers rise with their dates.
The office region chooses which office's registers get the larger share of the letters.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.calendars import Calendar
from sivadesk.models import Contact, ContactKind, Register, RegisterReset, User
from sivadesk.ops import letters, registers
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_recipients import RecipientInput, set_recipients
from sivadesk.ops.letter_workflow import approve_letter, mark_sent
from sivadesk.ops.users import actor_for


@dataclass(frozen=True, slots=True)
class DemoRegister:
    code: str
    name: str
    direction: str
    format: str
    calendar: str
    reset: str
    culture: str  # whose office: "fr" or "fa"


REGISTERS = (
    DemoRegister(
        "ARR", "Courrier arrivé", "inbound", "ARR-{year}-{seq:05}", Calendar.GREGORIAN, "yearly", "fr"
    ),
    DemoRegister(
        "DEP", "Courrier départ", "outbound", "DEP-{year}-{seq:05}", Calendar.GREGORIAN, "yearly", "fr"
    ),
    DemoRegister("NI", "Notes internes", "internal", "NI-{seq:04}", Calendar.GREGORIAN, "never", "fr"),
    DemoRegister("VRD", "نامه‌های وارده", "inbound", "{seq}/و/{year}", Calendar.JALALI, "yearly", "fa"),
    DemoRegister("SDR", "نامه‌های صادره", "outbound", "{seq}/ص/{year}", Calendar.JALALI, "yearly", "fa"),
)

# (subject, body, urgency, classification) per culture and direction.
LETTERS: dict[tuple[str, str], tuple[tuple[str, str, str, str], ...]] = {
    ("fr", "inbound"): (
        (
            "Demande de devis pour l'entretien annuel",
            "Nous souhaiterions recevoir un devis pour l'entretien de nos locaux.",
            "normal",
            "normal",
        ),
        (
            "Facture n° F-2025-0412",
            "Veuillez trouver ci-joint notre facture relative à la commande de septembre.",
            "normal",
            "normal",
        ),
        (
            "Réclamation : livraison incomplète",
            "La livraison du 12 n'était pas complète : il manque deux cartons.",
            "urgent",
            "normal",
        ),
        (
            "Convocation à l'assemblée générale",
            "Vous êtes convié à l'assemblée générale qui se tiendra le mois prochain.",
            "normal",
            "normal",
        ),
        (
            "Mise en demeure",
            "Sans règlement sous huit jours, nous saisirons le tribunal compétent.",
            "immediate",
            "confidential",
        ),
        (
            "Candidature spontanée",
            "Je me permets de vous adresser ma candidature au poste d'assistant.",
            "normal",
            "confidential",
        ),
        (
            "Renouvellement du contrat de maintenance",
            "Le contrat arrive à échéance : merci de nous confirmer sa reconduction.",
            "normal",
            "normal",
        ),
    ),
    ("fr", "outbound"): (
        (
            "Proposition commerciale",
            "Suite à notre entretien, nous avons le plaisir de vous adresser notre proposition.",
            "normal",
            "normal",
        ),
        (
            "Relance : facture impayée",
            "Sauf erreur de notre part, la facture citée en référence reste impayée.",
            "urgent",
            "normal",
        ),
        (
            "Confirmation de commande",
            "Nous vous confirmons la bonne réception de votre commande.",
            "normal",
            "normal",
        ),
        (
            "Réponse à votre réclamation",
            "Nous vous prions de nous excuser pour ce désagrément ; les cartons manquants partent demain.",
            "urgent",
            "normal",
        ),
        (
            "Attestation de partenariat",
            "Nous attestons que votre société est notre partenaire depuis 2019.",
            "normal",
            "normal",
        ),
        (
            "Résiliation du bail de l'entrepôt",
            "Nous vous informons de notre décision de résilier le bail à son terme.",
            "normal",
            "confidential",
        ),
    ),
    ("fr", "internal"): (
        (
            "Fermeture des bureaux le 26 décembre",
            "Les bureaux seront fermés le 26 décembre ; les appels sont renvoyés vers l'accueil.",
            "normal",
            "normal",
        ),
        (
            "Nouvelle procédure de classement du courrier",
            "À partir du 1er du mois, tout courrier est enregistré le jour de sa réception.",
            "normal",
            "normal",
        ),
    ),
    ("fa", "inbound"): (
        (
            "درخواست همکاری در پروژه",
            "با سلام و احترام، خواهشمند است در خصوص همکاری در پروژه جدید اعلام نظر فرمایید.",
            "normal",
            "normal",
        ),
        ("صورتحساب خرید تجهیزات", "به پیوست صورتحساب تجهیزات خریداری شده تقدیم می‌گردد.", "normal", "normal"),
        (
            "دعوت به جلسه هماهنگی",
            "بدین وسیله از جنابعالی برای شرکت در جلسه هماهنگی دعوت به عمل می‌آید.",
            "urgent",
            "normal",
        ),
        (
            "اعتراض به تأخیر در تحویل",
            "تحویل سفارش شماره ۱۲۴ با تأخیر ده روزه انجام شده است.",
            "urgent",
            "normal",
        ),
        ("استعلام قیمت", "خواهشمند است قیمت و شرایط پرداخت را اعلام فرمایید.", "normal", "normal"),
        ("گزارش حسابرسی", "گزارش حسابرسی سال مالی گذشته به پیوست ارسال می‌شود.", "normal", "confidential"),
    ),
    ("fa", "outbound"): (
        (
            "پیش‌فاکتور خدمات پشتیبانی",
            "با سلام و احترام، پیش‌فاکتور خدمات پشتیبانی سالانه به پیوست تقدیم می‌گردد.",
            "normal",
            "normal",
        ),
        (
            "پاسخ به استعلام قیمت",
            "در پاسخ به نامه شماره فوق، قیمت‌ها به شرح پیوست اعلام می‌گردد.",
            "normal",
            "normal",
        ),
        ("اعلام زمان تحویل", "به استحضار می‌رساند سفارش شما هفته آینده تحویل خواهد شد.", "urgent", "normal"),
        ("تمدید قرارداد", "خواهشمند است نسبت به تمدید قرارداد فی‌مابین اقدام فرمایید.", "normal", "normal"),
        (
            "عذرخواهی بابت تأخیر",
            "از تأخیر پیش‌آمده پوزش می‌طلبیم؛ سفارش با اولویت ارسال شد.",
            "immediate",
            "normal",
        ),
        (
            "معرفی نماینده فروش",
            "بدین وسیله خانم مریم حسینی به عنوان نماینده فروش معرفی می‌گردد.",
            "normal",
            "normal",
        ),
    ),
}
_VOID_REASON = {"fr": "Enregistré deux fois", "fa": "ثبت تکراری"}
_THEIR_PREFIX = {"fr": "Réf. ", "fa": "ش "}


def _staff(session: Session, username: str) -> Actor | None:
    user = session.scalar(select(User).where(User.username == username))
    return actor_for(user) if user is not None and user.active else None


def _contacts(session: Session, culture: str, limit: int = 400) -> list[int]:
    """Demo contacts of that office's culture (companies first: they write most letters)."""
    rows = session.execute(
        select(Contact.id, Contact.display_name, Contact.kind)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.id)
        .limit(limit)
    ).all()
    persian = [(cid, kind) for cid, name, kind in rows if any("\u0600" <= ch <= "\u06ff" for ch in name)]
    chosen = (
        persian
        if culture == "fa"
        else [(cid, kind) for cid, name, kind in rows if (cid, kind) not in persian]
    )
    return [cid for cid, kind in chosen if kind == ContactKind.COMPANY.value] + [
        cid for cid, kind in chosen if kind != ContactKind.COMPANY.value
    ]


def add_letters(session: Session, region: str, seed: int = 1, today: dt.date | None = None) -> int:
    """Create the demo registers and their letters; returns how many letters were made.

    Does nothing (returns 0) when the demo registers already exist: a second ``sivadesk demo`` run
    adds contacts, not another batch of letters. Needs the demo staff (:func:`demo.generate` makes them).
    """
    existing = set(session.scalars(select(Register.code)))
    if existing & {r.code for r in REGISTERS}:
        return 0
    admin = _staff(session, "admin")
    if admin is None:
        return 0
    rng = random.Random(seed)
    today = today or dt.date.today()
    home = "fa" if region.upper() == "IR" else "fr"
    # Who does what in each office: the secretariat registers, the manager signs and approves.
    clerk = {"fr": _staff(session, "accueil") or admin, "fa": _staff(session, "sara") or admin}
    signer = {"fr": _staff(session, "manager") or admin, "fa": _staff(session, "reza") or admin}
    writer = {"fr": _staff(session, "agent") or admin, "fa": _staff(session, "maryam") or admin}
    made = 0
    for spec in REGISTERS:
        register_id = registers.create_register(
            session, admin, spec.name, spec.code, spec.direction, spec.format, spec.calendar,
            RegisterReset(spec.reset).value,
        ).id  # fmt: skip
        people = _contacts(session, spec.culture)
        texts = LETTERS[(spec.culture, spec.direction)]
        if spec.culture != home:
            texts = texts[: max(2, len(texts) * 2 // 3)]
        drafts = 1 if spec.direction != "internal" else 0  # the last letters are still being written
        # Oldest first, so that numbers rise with the registration dates.
        days = sorted((rng.randrange(1, 60) for _ in texts), reverse=True)
        numbered: list[int] = []
        for i, ((subject, body, urgency, classification), ago) in enumerate(zip(texts, days, strict=True)):
            outgoing = spec.direction != "inbound"
            contact = people[i % len(people)] if people and spec.direction != "internal" else None
            sign = signer[spec.culture]
            author = writer[spec.culture] if outgoing else clerk[spec.culture]
            # The secretariat registers and sends; a confidential letter stays with its signer.
            registrar = clerk[spec.culture] if classification == "normal" or not outgoing else sign
            draft = letters.create_draft(
                session,
                author,
                register_id,
                subject,
                f"<p>{body}</p>",
                urgency=urgency,
                classification=classification,
                contact_id=contact,
                their_number="" if outgoing else f"{_THEIR_PREFIX[spec.culture]}{rng.randrange(100, 9999)}",
                their_date=None if outgoing else today - dt.timedelta(days=ago + rng.randrange(1, 6)),
                signer_user_id=sign.user_id if outgoing else None,
            )
            made += 1
            if contact is not None:
                copy = [RecipientInput("user", sign.user_id, copy=True)] if outgoing and sign.user_id else []
                set_recipients(session, author, draft.id, [RecipientInput("contact", contact), *copy])
            if i >= len(texts) - drafts:
                continue
            info = letters.register_letter(session, registrar, draft.id, today - dt.timedelta(days=ago))
            numbered.append(info.id)
            if outgoing and sign.user_id is not None:
                approve_letter(session, sign, info.id)
                if ago > 3:  # older outgoing letters have left; the latest wait to be sent
                    at = dt.datetime.combine(today - dt.timedelta(days=ago - 1), dt.time(10, 30), dt.UTC)
                    mark_sent(session, registrar, info.id, at)
        if len(numbered) >= 3:
            letters.void_letter(session, signer[spec.culture], numbered[1], _VOID_REASON[spec.culture])
    return made
