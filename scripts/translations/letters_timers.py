"""Letter reminders and scheduled sends (sivadesk/ui/letter_timers.py): French and Persian."""

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("ReminderDialog", "Reminder"): ("Rappel", "یادآوری"),
    ("ReminderDialog", "(draft)"): ("(brouillon)", "(پیش~نویس)"),
    ("ReminderDialog", "Late: due {when}"): ("En retard : prévu le {when}", "با تأخیر: موعد {when}"),
    ("ReminderDialog", "Due {when}"): ("Prévu le {when}", "موعد {when}"),
    ("ReminderDialog", "Open the letter"): ("Ouvrir la lettre", "باز کردن نامه"),
    ("ReminderDialog", "Remind me in 10 minutes"): (
        "Me le rappeler dans 10 minutes",
        "۱۰ دقیقهٔ دیگر یادآوری کن",
    ),
    ("ReminderDialog", "Done"): ("Terminé", "انجام شد"),
}
