<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../sivadesk/ui/about_page.py" line="+30"/>
        <source>SivaDesk</source>
        <translation>SivaDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts, letters, faxes and calls for the whole office.</source>
        <translation>مخاطبان، نامه‌ها، فکس‌ها و تماس‌های کل دفتر در یک جا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Qt {qt}, PySide {pyside}, Python {python}</source>
        <translation>Qt {qt}، PySide {pyside}، Python {python}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version:</source>
        <translation>نسخه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database type:</source>
        <translation>نوع پایگاه داده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema revision:</source>
        <translation>نسخه ساختار پایگاه داده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>فایل گزارش رویدادها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries:</source>
        <translation>کتابخانه‌ها:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../sivadesk/ui/appointment_dialog.py" line="+87"/>
        <source>New appointment</source>
        <extracomment>saved, held, cancelled (the appointment&apos;s id)</extracomment>
        <translation>قرار ملاقات جدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminder</source>
        <translation>بدون یادآوری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min before</source>
        <translation> دقیقه پیش از آن</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>نوع (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>شروع (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>مدت (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>مکان (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminder:</source>
        <translation>یادآوری (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;articipants:</source>
        <translation>شرکت‌کنندگان (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها (&amp;N):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held…</source>
        <translation>برگزار شد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the appointment</source>
        <translation>لغو قرار</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact: {name}</source>
        <translation>مخاطب: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actually began {when}, lasted {minutes} min</source>
        <translation>شروع واقعی {when}، مدت {minutes} دقیقه</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../sivadesk/ui/attachment_viewer.py" line="+151"/>
        <source>Attachment</source>
        <extracomment>frames read from one image file (a multi-page TIFF scan); more is not a letter scan the file was shown (True) or could not be (False: ``error_text`` says why)</extracomment>
        <translation>پیوست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous page</source>
        <translation>صفحهٔ قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>صفحهٔ بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+222"/>
        <source>Fit width</source>
        <translation>هم‌عرض پنجره</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+223"/>
        <source>Whole page</source>
        <translation>کل صفحه</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} — Attachment</source>
        <translation>{name} — پیوست</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is not an image or a PDF: SivaDesk cannot show it. Save it and open it with another program.</source>
        <translation>{name} تصویر یا PDF نیست و SivaDesk نمی‌تواند آن را نشان دهد. آن را ذخیره کنید و با برنامهٔ دیگری باز کنید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} could not be read as an image: the file is damaged or its format is not supported.</source>
        <translation>{name} به‌عنوان تصویر خوانده نشد: پرونده آسیب دیده یا قالب آن پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} is protected by a password: SivaDesk cannot show it.</source>
        <translation>{name} با گذرواژه محافظت شده است و SivaDesk نمی‌تواند آن را نشان دهد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} uses a protection SivaDesk cannot open.</source>
        <translation>{name} محافظتی دارد که SivaDesk نمی‌تواند آن را باز کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} could not be read as a PDF: the file is damaged or incomplete.</source>
        <translation>{name} به‌عنوان PDF خوانده نشد: پرونده آسیب دیده یا ناقص است.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{percent} %</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>of {total}</source>
        <translation>از {total}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+11"/>
        <source>Save attachment as</source>
        <translation>ذخیرهٔ پیوست با نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} could not be written: {reason}</source>
        <translation>پروندهٔ {name} نوشته نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../sivadesk/ui/contact_file_parts.py" line="+187"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add files…</source>
        <translation>افزودن فایل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Attach files</source>
        <translation>پیوست کردن فایل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save attachment as</source>
        <translation>ذخیره پیوست با نام</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove attachment</source>
        <translation>حذف پیوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from this contact?</source>
        <translation>«{name}» از این مخاطب حذف شود؟</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Adding %Ln file(s)…</source>
        <translation>
            <numerusform>در حال افزودن %Ln فایل…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln file(s) added.</source>
        <translation>
            <numerusform>%Ln فایل افزوده شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attachment removed.</source>
        <translation>پیوست حذف شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {name} could not be read or written: {reason}</source>
        <translation>خواندن یا نوشتن فایل {name} ممکن نشد: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../sivadesk/ui/audit_view.py" line="+291"/>
        <source>Audit log</source>
        <translation>گزارش تغییرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records</source>
        <translation>همه موارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name contains…</source>
        <translation>نام کاربری شامل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record type:</source>
        <translation>نوع مورد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>کاربر:</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln تغییر نمایش داده شده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location line="-96"/>
        <source>No change recorded for this contact yet.</source>
        <translation>هنوز تغییری برای این مخاطب ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location line="-79"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>مورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location line="-141"/>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>ویرایش شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached</source>
        <translation>پیوست افزوده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File removed</source>
        <translation>پیوست حذف شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>رمز عبور تغییر کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>داده‌های نمایشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>درون‌ریزی شد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Office setting</source>
        <translation>تنظیمات دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead status</source>
        <translation>وضعیت سرنخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other fields</source>
        <translation>فیلدهای دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>اثر انگشت فایل (SHA-256)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <extracomment>Between the items of a list (phones, e-mails, tags); keep the space.</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{field}: {old} → {new}</source>
        <extracomment>A changed field: its name, the value before and the value after.</extracomment>
        <translation>{field}: از {old} به {new}</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>&amp;Audit log…</source>
        <translation>گزارش تغییرات… (&amp;A)</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../sivadesk/ui/letter_form_parts.py" line="+57"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Street</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full address</source>
        <translation>نشانی کامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number in Persian digits</source>
        <translation>شماره با رقم فارسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (day/month/year)</source>
        <translation>تاریخ میلادی (روز/ماه/سال)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalali date</source>
        <translation>تاریخ شمسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalali date in Persian digits</source>
        <translation>تاریخ شمسی با رقم فارسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their number</source>
        <translation>شمارهٔ نامهٔ وارده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their date</source>
        <translation>تاریخ نامهٔ وارده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their date (Jalali)</source>
        <translation>تاریخ شمسی نامهٔ وارده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s name</source>
        <translation>نام امضاکننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s position</source>
        <translation>سمت امضاکننده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correspondent</source>
        <translation>طرف مکاتبه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bold</source>
        <translation>پررنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>کج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Underline</source>
        <translation>زیرخط</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bulleted list</source>
        <translation>فهرست نشانه‌دار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbered list</source>
        <translation>فهرست شماره‌دار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Align to the start of the line</source>
        <translation>تراز به ابتدای سطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Center</source>
        <translation>وسط‌چین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align to the end of the line</source>
        <translation>تراز به انتهای سطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justify</source>
        <translation>هم‌تراز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right to left paragraph</source>
        <translation>بند راست به چپ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left to right paragraph</source>
        <translation>بند چپ به راست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert field</source>
        <translation>درج فیلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields filled in when the letter is printed: the correspondent&apos;s name, the number…</source>
        <translation>فیلدهایی که هنگام چاپ نامه پر می‌شوند: نام طرف مکاتبه، شماره…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No merge fields are available.</source>
        <translation>هیچ فیلد ادغامی در دسترس نیست.</translation>
    </message>
</context>
<context>
    <name>CalendarDateEdit</name>
    <message>
        <location filename="../../sivadesk/ui/date_edit.py" line="+248"/>
        <source>Choose a date</source>
        <translation>انتخاب تاریخ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>yyyy/mm/dd</source>
        <translation>سال/ماه/روز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dd/mm/yyyy</source>
        <translation>روز/ماه/سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yyyy-mm-dd</source>
        <translation>سال-ماه-روز</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not a date: write it as %1.</source>
        <translation>تاریخ معتبر نیست؛ آن را به شکل %1 بنویسید.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../sivadesk/ui/calendar_view.py" line="+68"/>
        <source>◀ Previous</source>
        <extracomment>appointments shown (tests wait on it)</extracomment>
        <translation>◀ قبلی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous ▶</source>
        <translation>قبلی ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>امروز (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>بعدی ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>◀ Next</source>
        <translation>◀ بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>روز (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>هفته (&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New appointment…</source>
        <translation>قرار جدید (&amp;N)…</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Task due {time}: {title}</source>
        <translation>موعد کار {time}: {title}</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../sivadesk/ui/calls_page.py" line="+272"/>
        <source>Open the file</source>
        <translation>باز کردن پرونده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back</source>
        <translation>تماس دوباره</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Dial &lt;a href=&quot;{link}&quot;&gt;{number}&lt;/a&gt;</source>
        <translation>شماره &lt;a href=&quot;{link}&quot;&gt;{number}&lt;/a&gt; را بگیرید</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calling back {number}</source>
        <translation>تماس دوباره با {number}</translation>
    </message>
</context>
<context>
    <name>CallLogPanel</name>
    <message>
        <location line="-250"/>
        <source>Search a name or a number</source>
        <translation>جستجوی نام یا شماره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All directions</source>
        <translation>همه جهت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All calls</source>
        <translation>همه تماس‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown callers</source>
        <translation>تماس‌گیرندگان ناشناس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All lines</source>
        <translation>همه خط‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+98"/>
        <source>Contact…</source>
        <translation>مخاطب…</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Only the calls of one contact</source>
        <translation>فقط تماس‌های یک مخاطب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All contacts</source>
        <translation>همه مخاطبان</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Line {line}</source>
        <translation>خط {line}</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%Ln تماس</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallPopup</name>
    <message>
        <location filename="../../sivadesk/ui/call_popup.py" line="+290"/>
        <source>Close</source>
        <extracomment>the card was closed (by the agent or by itself) the card&apos;s content changed (tests and the latency bench wait on it) the agent used an action (the card then stays until closed by hand)</extracomment>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Last call</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls today</source>
        <translation>تماس‌های امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open letters</source>
        <translation>نامه‌های باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tasks</source>
        <translation>کارهای باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conversations</source>
        <translation>گفتگوهای باز</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the file</source>
        <translation>باز کردن پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer…</source>
        <translation>ارجاع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task…</source>
        <translation>کار تازه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a contact</source>
        <translation>ساخت مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to a contact…</source>
        <translation>پیوند به مخاطب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I took it</source>
        <translation>پاسخ دادم</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line {line}</source>
        <translation>خط {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing</source>
        <translation>در حال زنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On call</source>
        <translation>در حال مکالمه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private number</source>
        <translation>شماره پنهان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown caller</source>
        <translation>تماس‌گیرنده ناشناس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No number</source>
        <translation>بدون شماره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network name: {name}</source>
        <translation>نام ارسالی شبکه: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken by {name}</source>
        <translation>پاسخ‌دهنده: {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>First call</source>
        <translation>نخستین تماس</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Link the call to a contact</source>
        <translation>پیوند تماس به یک مخاطب</translation>
    </message>
</context>
<context>
    <name>CallReportsView</name>
    <message>
        <location filename="../../sivadesk/ui/call_reports_view.py" line="+74"/>
        <location line="+122"/>
        <location line="+181"/>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location line="-302"/>
        <location line="+109"/>
        <source>Missed</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Export CSV…</source>
        <translation>برون‌بری CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calls per day</source>
        <translation>تماس‌ها در هر روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming calls per hour</source>
        <translation>تماس‌های ورودی در هر ساعت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per hour</source>
        <translation>ساعتی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts who call most</source>
        <translation>مخاطبانی که بیشتر تماس می‌گیرند</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+154"/>
        <location line="+17"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+11"/>
        <source>Talk time</source>
        <translation>زمان مکالمه</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+23"/>
        <source>Last call</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Per contact</source>
        <translation>بر پایه مخاطب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls taken per agent</source>
        <translation>تماس‌های پاسخ‌داده هر کارشناس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per agent</source>
        <translation>بر پایه کارشناس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed and answered calls</source>
        <translation>تماس‌های بی‌پاسخ و پاسخ‌داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed vs answered</source>
        <translation>بی‌پاسخ / پاسخ‌داده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>No call since</source>
        <translation>بدون تماس از</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{calls} calls, {missed} missed</source>
        <translation>{calls} تماس، {missed} بی‌پاسخ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Peak hours: {hours}</source>
        <translation>ساعت‌های اوج: {hours}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incoming calls in this period.</source>
        <translation>در این بازه تماس ورودی نبوده است.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>Export CSV</source>
        <translation>برون‌بری CSV</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This report has no rows to export.</source>
        <translation>این گزارش ردیفی برای برون‌بری ندارد.</translation>
    </message>
</context>
<context>
    <name>CallerIdSettingsBox</name>
    <message>
        <location filename="../../sivadesk/ui/callerid_settings.py" line="+64"/>
        <source>Caller ID</source>
        <extracomment>formats a serial unit can be set to (&quot;auto&quot; detects); UDP units are Ethernet Link</extracomment>
        <translation>شماره‌نما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pop up calls of every line</source>
        <translation>نمایش تماس‌های همه خط‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another line&apos;s name</source>
        <translation>نام خطی دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my lines</source>
        <translation>ذخیره خط‌های من</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line name</source>
        <translation>نام خط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a serial unit</source>
        <translation>افزودن دستگاه سریال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an Ethernet unit (UDP)</source>
        <translation>افزودن دستگاه اترنت (UDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and listen</source>
        <translation>ذخیره و شنود</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulate a call</source>
        <translation>شبیه‌سازی تماس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo database: play a call from a demo contact into this computer</source>
        <translation>پایگاه داده نمایشی: تماس یک مخاطب نمایشی را روی این رایانه پخش می‌کند</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines whose calls pop up for me:</source>
        <translation>خط‌هایی که تماسشان برای من نمایش داده می‌شود:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caller-ID units plugged into this computer:</source>
        <translation>دستگاه‌های شماره‌نمای وصل به این رایانه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty on computers without a unit: they get their calls from the one that has it.</source>
        <translation>در رایانه‌های بدون دستگاه خالی بگذارید: تماس‌ها را از رایانه‌ای که دستگاه دارد می‌گیرند.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Line {line}</source>
        <translation>خط {line}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tick at least one line, or every line.</source>
        <translation>دست‌کم یک خط یا همه خط‌ها را برگزینید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detect</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening</source>
        <translation>در حال شنود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>وصل نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not answer</source>
        <translation>پاسخ نمی‌دهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open</source>
        <translation>باز نمی‌شود</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved. Listening on this computer.</source>
        <translation>ذخیره شد. این رایانه در حال شنود است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. No unit on this computer.</source>
        <translation>ذخیره شد. دستگاهی روی این رایانه نیست.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Simulated a call from {number}.</source>
        <translation>تماسی از {number} شبیه‌سازی شد.</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../sivadesk/ui/calls_model.py" line="+46"/>
        <source>Incoming</source>
        <extracomment>feed topics after which the log is read again</extracomment>
        <translation>ورودی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Missed</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private number</source>
        <translation>شماره پنهان</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by</source>
        <translation>پاسخ‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Unknown caller</source>
        <translation>تماس‌گیرنده ناشناس</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../sivadesk/ui/calls_page.py" line="+164"/>
        <source>Call log</source>
        <translation>گزارش تماس‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls</source>
        <translation>تماس‌های بی‌پاسخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
</context>
<context>
    <name>CartablePanel</name>
    <message>
        <location filename="../../sivadesk/ui/cartable_panel.py" line="+87"/>
        <source>&amp;Cartable</source>
        <extracomment>a referred letter was opened: its id any referred item was opened: (item type, item id) counts and list shown (tests wait on it) &quot;New task…&quot; / &quot;New appointment…&quot; / &quot;Calendar…&quot; (the main window opens them) an upcoming appointment was opened: its id</extracomment>
        <translation>کارتابل (&amp;C)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Instruction</source>
        <translation>دستور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open</source>
        <translation>باز کردن (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>سابقه (&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;task…</source>
        <translation>کار جدید (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New a&amp;ppointment…</source>
        <translation>قرار جدید (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;lendar…</source>
        <translation>تقویم (&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upcoming appointments</source>
        <translation>قرارهای پیش رو (&amp;U)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{box} ({total}, {new} new)</source>
        <translation>{box} ({total}، {new} تازه)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{box} ({total})</source>
        <translation>{box} ({total})</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n late</source>
        <translation>
            <numerusform>%Ln مورد با دیرکرد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SivaDesk</source>
        <translation>SivaDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} (late)</source>
        <translation>{date} (دیرکرد)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(deleted)</source>
        <translation>(حذف شده)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing is waiting for you.</source>
        <translation>چیزی در انتظار شما نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copies for you.</source>
        <translation>رونوشتی برای شما نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing you referred is waiting.</source>
        <translation>ارجاعی از شما در انتظار نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing done yet.</source>
        <translation>هنوز کاری انجام نشده است.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No appointments in the next 7 days.</source>
        <translation>در ۷ روز آینده قراری نیست.</translation>
    </message>
</context>
<context>
    <name>ChooseDatabaseDialog</name>
    <message>
        <location filename="../../sivadesk/ui/db_dialogs.py" line="+80"/>
        <source>Choose a database</source>
        <translation>انتخاب پایگاه داده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database file on this computer (SQLite)</source>
        <translation>فایل پایگاه داده روی همین رایانه (SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s shared server (PostgreSQL)</source>
        <translation>سرور مشترک دفتر (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Browse…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Databases opened before…</source>
        <translation>پایگاه‌های داده‌ای که قبلاً باز شده‌اند…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent:</source>
        <translation>اخیر:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>SivaDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده SivaDesk (*.sqlite3 *.sqlite *.db);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <source>Enter a database first.</source>
        <translation>ابتدا یک پایگاه داده وارد کنید.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database answers.</source>
        <translation>پایگاه داده پاسخ می‌دهد.</translation>
    </message>
</context>
<context>
    <name>CompanyField</name>
    <message>
        <location filename="../../sivadesk/ui/contact_edit.py" line="+167"/>
        <source>Type to search a company</source>
        <translation>برای جستجوی شرکت تایپ کنید</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Linked to this company&apos;s file</source>
        <translation>به پرونده این شرکت پیوند داده شده</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location line="+71"/>
        <source>Edit {name}</source>
        <translation>ویرایش {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacted</source>
        <translation>تماس گرفته شده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma separated, e.g. supplier, Paris</source>
        <translation>با ویرگول جدا کنید، مثلاً تأمین‌کننده، تهران</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Works at</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead status</source>
        <translation>وضعیت سرنخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Label</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>E-mail address</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones and e-mails</source>
        <translation>تلفن‌ها و ایمیل‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not a valid number: it will be kept as typed and flagged.</source>
        <translation>شماره معتبر نیست: همان‌طور که وارد شده نگه داشته و علامت‌گذاری می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number could not be understood; it will be saved as typed and flagged.</source>
        <translation>یک شماره قابل تشخیص نبود؛ همان‌طور که وارد شده ذخیره و علامت‌گذاری می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} numbers could not be understood; they will be saved as typed and flagged.</source>
        <translation>{count} شماره قابل تشخیص نبود؛ همان‌طور که وارد شده‌اند ذخیره و علامت‌گذاری می‌شوند.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Possible duplicate</source>
        <translation>احتمال تکراری بودن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact with the same phone or e-mail already exists:</source>
        <translation>مخاطبی با همین تلفن یا ایمیل از قبل وجود دارد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create anyway?</source>
        <translation>با این حال ایجاد شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create anyway</source>
        <translation>با این حال ایجاد شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>بازگشت</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../../sivadesk/ui/letter_form_parts.py" line="+107"/>
        <source>Type a name, phone or e-mail</source>
        <translation>نام، تلفن یا ایمیل را بنویسید</translation>
    </message>
</context>
<context>
    <name>ContactFileWindow</name>
    <message>
        <location filename="../../sivadesk/ui/contact_file.py" line="+148"/>
        <source>Contact file</source>
        <translation>پرونده مخاطب</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this contact (Ctrl+E)</source>
        <translation>ویرایش این مخاطب (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New letter</source>
        <translation>نامهٔ جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a letter to this contact</source>
        <translation>نوشتن نامه به این مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New appointment</source>
        <translation>قرار ملاقات جدید</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>People at this company</source>
        <translation>افراد این شرکت</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline</source>
        <translation>سوابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>تاریخچه تغییرات</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This contact has been deleted.</source>
        <translation>این مخاطب حذف شده است.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{name} — contact file</source>
        <translation>{name} — پرونده مخاطب</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Works at {company}</source>
        <translation>شاغل در {company}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead status</source>
        <translation>وضعیت سرنخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone ({label})</source>
        <translation>تلفن ({label})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address ({label})</source>
        <translation>نشانی ({label})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not a valid number: kept as typed.</source>
        <translation>شماره معتبر نیست: همان‌طور که وارد شده نگه داشته شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number could not be understood; it is kept exactly as typed.</source>
        <translation>این شماره قابل تشخیص نبود؛ دقیقاً همان‌طور که وارد شده نگه داشته شده است.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../sivadesk/ui/contacts_model.py" line="+94"/>
        <source> — </source>
        <extracomment>Separates the parts of one line (organisation, phone, e-mail, city); keep the spaces.</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>A phone number of this contact could not be understood; it is kept as typed.</source>
        <translation>یکی از شماره‌های این مخاطب قابل تشخیص نبود؛ همان‌طور که وارد شده نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>This column cannot be sorted</source>
        <translation>این ستون قابل مرتب‌سازی نیست</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../sivadesk/ui/contacts_page.py" line="+118"/>
        <source>Search by name, phone or e-mail</source>
        <translation>جستجو با نام، تلفن یا ایمیل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tags</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid phones only</source>
        <translation>فقط تلفن‌های نامعتبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact ({key})</source>
        <translation>مخاطب جدید ({key})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the contact file (Enter)</source>
        <translation>باز کردن پرونده مخاطب (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the contact (Delete)</source>
        <translation>حذف مخاطب (Delete)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Searching…</source>
        <translation>در حال جستجو…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+165"/>
        <location line="+25"/>
        <source>Delete contact</source>
        <translation>حذف مخاطب</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Delete {name}? The file disappears from lists; its history is kept.</source>
        <translation>{name} حذف شود؟ پرونده از فهرست‌ها حذف می‌شود، ولی سوابق آن باقی می‌ماند.</translation>
    </message>
</context>
<context>
    <name>ContentPanel</name>
    <message>
        <location filename="../../sivadesk/ui/letter_content.py" line="+73"/>
        <source>Letter register</source>
        <extracomment>the register chosen for a new draft changed (its id)</extracomment>
        <translation>دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent</source>
        <translation>طرف مکاتبه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classification</source>
        <translation>طبقه‌بندی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending department</source>
        <translation>واحد فرستنده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of</source>
        <translation>مورخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their reference</source>
        <translation>شمارهٔ نامهٔ وارده</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>DatabaseUnavailableDialog</name>
    <message>
        <location filename="../../sivadesk/ui/db_dialogs.py" line="+30"/>
        <source>Database unavailable</source>
        <translation>پایگاه داده در دسترس نیست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the database is on the office server, check that the server is on and that this computer is connected to the network, then retry.</source>
        <translation>اگر پایگاه داده روی سرور دفتر است، بررسی کنید که سرور روشن باشد و این رایانه به شبکه وصل باشد، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another…</source>
        <translation>انتخاب پایگاه داده دیگر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../sivadesk/ui/letter_form_panels.py" line="+270"/>
        <source>Comma separated</source>
        <translation>جدا شده با ویرگول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not set)</source>
        <translation>(تعیین نشده)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the archived letter is kept</source>
        <translation>مدت نگهداری نامهٔ بایگانی‌شده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to remember</source>
        <translation>چه چیزی یادآوری شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save details</source>
        <translation>ذخیرهٔ مشخصات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category, type, tags, scheduled sending and reminder can change after registration.</source>
        <translation>دسته، نوع، برچسب‌ها، ارسال زمان‌بندی‌شده و یادآوری پس از ثبت هم تغییر می‌کنند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for</source>
        <translation>مدت نگهداری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send on</source>
        <translation>ارسال در</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remind me</source>
        <translation>یادآوری به من</translation>
    </message>
</context>
<context>
    <name>FaxPage</name>
    <message>
        <location filename="../../sivadesk/ui/fax_page.py" line="+296"/>
        <source>Queued</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>تلاش بعدی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last problem</source>
        <translation>آخرین مشکل</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>New fax…</source>
        <translation>فکس تازه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel fax</source>
        <translation>لغو فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again</source>
        <translation>ارسال دوباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>جزئیات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Register entry</source>
        <translation>ثبت در دفتر</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Refer…</source>
        <translation>ارجاع…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+25"/>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>From</source>
        <translation>فرستنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only faxes not yet linked to a contact</source>
        <translation>فقط فکس‌هایی که هنوز به مخاطبی پیوند نخورده‌اند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to a contact…</source>
        <translation>پیوند به مخاطب…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outbox</source>
        <translation>صندوق ارسال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Complete</source>
        <translation>کامل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete: the call ended early</source>
        <translation>ناقص: تماس زودتر قطع شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sender</source>
        <translation>فرستندهٔ ناشناس</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Fax from {sender}</source>
        <translation>فکس از {sender}</translation>
    </message>
</context>
<context>
    <name>FaxSettingsBox</name>
    <message>
        <location filename="../../sivadesk/ui/fax_settings.py" line="+42"/>
        <source>Fax modem on this computer</source>
        <translation>مودم فکس این رایانه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None: this computer has no fax modem</source>
        <translation>هیچ: این رایانه مودم فکس ندارد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class 2.0</source>
        <translation>کلاس ۲٫۰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 2</source>
        <translation>کلاس ۲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 1.0</source>
        <translation>کلاس ۱٫۰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 1</source>
        <translation>کلاس ۱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never answer</source>
        <translation>هرگز پاسخ نده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the modem</source>
        <translation>آزمایش مودم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial port:</source>
        <translation>درگاه سریال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax class:</source>
        <translation>کلاس فکس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our fax number (sent to the far end):</source>
        <translation>شمارهٔ فکس ما (برای طرف مقابل فرستاده می‌شود):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer incoming faxes after (rings):</source>
        <translation>پاسخ به فکس‌های ورودی پس از (زنگ):</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved: this computer sends and receives the office&apos;s faxes.</source>
        <translation>ذخیره شد: این رایانه فکس‌های دفتر را می‌فرستد و دریافت می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: this computer has no fax modem.</source>
        <translation>ذخیره شد: این رایانه مودم فکس ندارد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the modem&apos;s serial port first.</source>
        <translation>ابتدا درگاه سریال مودم را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fax service is using the modem; it was tested when it started.</source>
        <translation>سرویس فکس در حال استفاده از مودم است؛ هنگام آغاز به کار آزموده شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the modem…</source>
        <translation>در حال پرسش از مودم…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{maker} {model}: fax classes {classes}. SivaDesk will use class {best}.</source>
        <translation>{maker} {model}: کلاس‌های فکس {classes}. SivaDesk از کلاس {best} استفاده می‌کند.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{maker} {model} offers fax classes {classes} only: SivaDesk needs class 1, 1.0, 2 or 2.0.</source>
        <translation>{maker} {model} فقط کلاس‌های {classes} را دارد: SivaDesk کلاس ۱، ۱٫۰، ۲ یا ۲٫۰ لازم دارد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The modem on {port} did not answer: {reason}</source>
        <translation>مودم روی {port} پاسخ نداد: {reason}</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../../sivadesk/ui/letter_form_panels.py" line="+82"/>
        <source>Name</source>
        <extracomment>the list changed (files added or removed): the form reloads something to tell the user (text), or an error (exception)</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>افزوده شده در</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files…</source>
        <translation>افزودن پرونده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save the draft first</source>
        <translation>نخست پیش‌نویس را ذخیره کنید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach files</source>
        <translation>پیوست کردن پرونده</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save attachment as</source>
        <translation>ذخیرهٔ پیوست با نام</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove attachment</source>
        <translation>حذف پیوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from this letter?</source>
        <translation>{name} از این نامه حذف شود؟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file {name} could not be read or written: {reason}</source>
        <translation>پروندهٔ {name} خوانده یا نوشته نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../sivadesk/ui/login.py" line="+146"/>
        <source>Welcome to SivaDesk</source>
        <translation>به SivaDesk خوش آمدید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database has no users yet. Create the administrator account: it adds the other users and sets up the office.</source>
        <translation>این پایگاه داده هنوز کاربری ندارد. حساب مدیر سیستم را بسازید: این حساب کاربران دیگر را اضافه و تنظیمات دفتر را انجام می‌دهد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>نام و نام خانوادگی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>تکرار رمز عبور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create administrator</source>
        <translation>ایجاد مدیر سیستم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور با هم یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <location filename="../../sivadesk/ui/appointment_dialog.py" line="+110"/>
        <source>The meeting took place</source>
        <translation>جلسه برگزار شد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual &amp;start:</source>
        <translation>شروع واقعی (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual &amp;duration:</source>
        <translation>مدت واقعی (&amp;D):</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sivadesk/ui/home_page.py" line="+92"/>
        <source>Contacts</source>
        <extracomment>a recent entry was opened: the contact&apos;s id data shown (tests and the start-up probe wait on it)</extracomment>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline entries today</source>
        <translation>سوابق ثبت‌شده امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts with a phone number to check</source>
        <translation>مخاطبانی که شماره‌شان باید بررسی شود</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recent activity</source>
        <translation>فعالیت‌های اخیر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has happened yet. New contacts, notes and calls will show here.</source>
        <translation>هنوز فعالیتی ثبت نشده است. مخاطبان جدید، یادداشت‌ها و تماس‌ها اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hello, {name}</source>
        <translation>سلام، {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sivadesk/ui/import_dialog.py" line="+80"/>
        <location line="+98"/>
        <source>Import contacts</source>
        <translation>درون‌ریزی مخاطبان</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>A CSV or Excel (.xlsx) file</source>
        <translation>یک فایل CSV یا اکسل (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip rows whose phone or e-mail already exists</source>
        <translation>ردیف‌هایی که تلفن یا ایمیل آن‌ها از قبل وجود دارد نادیده گرفته شوند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the existing contact with the row</source>
        <translation>مخاطب موجود با اطلاعات ردیف به‌روز شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new contact anyway</source>
        <translation>با این حال مخاطب جدید ساخته شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep unrecognised columns as custom fields</source>
        <translation>ستون‌های ناشناخته به‌صورت فیلد سفارشی نگه داشته شوند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>موارد تکراری:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column in the file</source>
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>فیلد مقصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>اولین مقدار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns:</source>
        <translation>ستون‌ها:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the first rows (rows with errors are red):</source>
        <translation>پیش‌نمایش ردیف‌های اول (ردیف‌های دارای خطا قرمز هستند):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+135"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the error report…</source>
        <translation>ذخیره گزارش خطاها…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator or a manager may import contacts.</source>
        <translation>فقط مدیر سیستم یا مدیر می‌تواند مخاطبان را درون‌ریزی کند.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>صفحه‌گسترده‌ها (*.csv *.txt *.tsv *.xlsx);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln ردیف خوانده شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Custom field “{name}”</source>
        <translation>فیلد سفارشی «{name}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>بدون خطا</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Created: {n}</source>
        <translation>ایجادشده: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {n}</source>
        <translation>به‌روزشده: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped (already there): {n}</source>
        <translation>نادیده گرفته‌شده (از قبل موجود): {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: {n}</source>
        <translation>ناموفق: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers kept as typed and flagged: {n}</source>
        <translation>شماره‌های علامت‌گذاری‌شده (همان‌طور که وارد شده نگه داشته شدند): {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after row {row}: the rows after it were not imported.</source>
        <translation>پس از ردیف {row} متوقف شد: ردیف‌های بعدی درون‌ریزی نشدند.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the error report</source>
        <translation>ذخیره گزارش خطاها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ItemReminderDialog</name>
    <message>
        <location filename="../../sivadesk/ui/appointment_dialog.py" line="+16"/>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late: was due {when}</source>
        <translation>با تأخیر: موعد {when} بود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due {when}</source>
        <translation>موعد {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late reminder: starts {when}</source>
        <translation>یادآوری با تأخیر: شروع {when}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts {when}</source>
        <translation>شروع {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place: {place}</source>
        <translation>مکان: {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me in 10 minutes</source>
        <translation>۱۰ دقیقهٔ دیگر یادآوری کن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>JobDetailDialog</name>
    <message>
        <location filename="../../sivadesk/ui/fax_page.py" line="-298"/>
        <source>Fax to {number}</source>
        <translation>فکس به {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages sent:</source>
        <translation>صفحه‌های فرستاده‌شده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dials:</source>
        <translation>شماره‌گیری‌ها:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next try:</source>
        <translation>تلاش بعدی:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving machine:</source>
        <translation>دستگاه گیرنده:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>چه رخ داد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calls:</source>
        <translation>تماس‌ها:</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../sivadesk/ui/letter_form.py" line="+161"/>
        <source>Save</source>
        <extracomment>a load finished (tests wait on it)</extracomment>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the letter its number (it cannot be deleted afterwards)</source>
        <translation>به نامه شماره بده (پس از آن حذف‌شدنی نیست)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark sent</source>
        <translation>ثبت ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void…</source>
        <translation>ابطال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+420"/>
        <source>Delete draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer…</source>
        <translation>ارجاع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply…</source>
        <translation>پاسخ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the answer: a new outgoing letter in reply to this one</source>
        <translation>نوشتن پاسخ: نامهٔ صادرهٔ تازه در پاسخ به این نامه</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>گیرندگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Links</source>
        <translation>پیوندها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Attachments ({count})</source>
        <translation>پیوست‌ها ({count})</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>New letter</source>
        <translation>نامهٔ جدید</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Re: {subject}</source>
        <translation>پاسخ: {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to letter {number}.</source>
        <translation>در پاسخ به نامهٔ {number}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{status}: {reason}</source>
        <translation>{status}، به دلیل: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}, approved by the signer</source>
        <translation>{status}، تأییدشده توسط امضاکننده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} · {when}</source>
        <translation>{status} — ثبت: {when}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{count} letters registered, one per recipient: {numbers}</source>
        <translation>{count} نامه ثبت شد، برای هر گیرنده یکی: {numbers}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered under number {number}.</source>
        <translation>با شمارهٔ {number} ثبت شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved: the signature will be printed.</source>
        <translation>تأیید شد: امضا چاپ می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked as sent.</source>
        <translation>ارسال ثبت شد.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Details saved.</source>
        <translation>مشخصات ذخیره شد.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voided. The number stays taken.</source>
        <translation>باطل شد. شمارهٔ آن همچنان گرفته‌شده می‌ماند.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the draft «{subject}»? It has no number yet.</source>
        <translation>پیش‌نویس «{subject}» حذف شود؟ هنوز شماره ندارد.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this draft before closing?</source>
        <translation>تغییرات این پیش‌نویس پیش از بستن ذخیره شود؟</translation>
    </message>
</context>
<context>
    <name>LetterPrintDialog</name>
    <message>
        <location filename="../../sivadesk/ui/letter_print.py" line="+84"/>
        <source>Print letter</source>
        <extracomment>a new preview is shown (its page count) rendering failed (the message shown) a DOCX was written (its path) the letter was archived from here the archived copy was checked (intact or not)</extracomment>
        <translation>چاپ نامه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register&apos;s choice</source>
        <translation>انتخاب دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register&apos;s own template</source>
        <translation>قالب اختصاصی دفتر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letterhead</source>
        <translation>سربرگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-printed paper (fields only)</source>
        <translation>سربرگ چاپی (فقط فیلدها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LibreOffice is not installed on this computer.</source>
        <translation>LibreOffice روی این رایانه نصب نیست.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+100"/>
        <source>Preparing the preview…</source>
        <translation>در حال آماده‌سازی پیش‌نمایش…</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Word (DOCX)…</source>
        <translation>ذخیره به صورت Word ‏(DOCX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive…</source>
        <translation>بایگانی…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze this PDF as the letter&apos;s archived copy.</source>
        <translation>همین PDF به عنوان نسخهٔ بایگانی نامه ثابت شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the archived copy</source>
        <translation>بررسی نسخهٔ بایگانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the stored PDF with the fingerprint taken when it was archived.</source>
        <translation>PDF نگهداری‌شده با اثرانگشتی که هنگام بایگانی گرفته شد مقایسه شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>کاغذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF engine:</source>
        <translation>موتور PDF:</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>Archived copy: the letter&apos;s content is frozen. %n page(s).</source>
        <translation>
            <numerusform>نسخهٔ بایگانی: محتوای نامه ثابت شده است. %Ln صفحه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Rendered by LibreOffice. %n page(s).</source>
        <translation>
            <numerusform>صفحه‌آرایی با LibreOffice؛ %Ln صفحه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Rendered by SivaDesk. %n page(s).</source>
        <translation>
            <numerusform>صفحه‌آرایی با SivaDesk؛ %Ln صفحه.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Saved as {path}.</source>
        <translation>در {path} ذخیره شد.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Save as Word document</source>
        <translation>ذخیره به صورت سند Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word documents (*.docx)</source>
        <translation>سندهای Word ‏(*.docx)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The archived copy is intact (SHA-256 {digest}).</source>
        <translation>نسخهٔ بایگانی دست‌نخورده است (SHA-256 {digest}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archived copy has been altered or lost: its fingerprint no longer matches. Tell your administrator.</source>
        <translation>نسخهٔ بایگانی تغییر کرده یا از دست رفته است: اثرانگشت آن دیگر یکسان نیست. به مدیر سامانه خبر دهید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archive letter</source>
        <translation>بایگانی نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s content will be frozen as this PDF. Keep it for:</source>
        <translation>محتوای نامه به صورت همین PDF ثابت می‌شود. مدت نگهداری:</translation>
    </message>
</context>
<context>
    <name>LetterSearchBar</name>
    <message>
        <location filename="../../sivadesk/ui/letter_search_bar.py" line="+101"/>
        <source>Search letters: number, subject, text, correspondent…</source>
        <extracomment>the saved searches were (re)loaded: how many are listed something the user asked failed (already logged): the message shown</extracomment>
        <translation>جستجوی نامه: شماره، موضوع، متن، طرف مکاتبه…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+147"/>
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Saved searches</source>
        <translation>جستجوهای ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the words and every filter</source>
        <translation>پاک کردن عبارت جستجو و همهٔ فیلترها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any register</source>
        <translation>همهٔ دفترها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered (or, for a draft, created) on or after</source>
        <translation>ثبت‌شده (یا برای پیش‌نویس، ایجادشده) از این تاریخ به بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered (or, for a draft, created) on or before</source>
        <translation>ثبت‌شده (یا برای پیش‌نویس، ایجادشده) تا این تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any urgency</source>
        <translation>هر فوریتی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any category</source>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any signer</source>
        <translation>هر امضاکننده‌ای</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correspondent</source>
        <translation>طرف مکاتبه</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Filters (%1)</source>
        <translation>فیلترها (%1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save this search…</source>
        <translation>ذخیرهٔ این جستجو…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved searches yet</source>
        <translation>هنوز جستجویی ذخیره نشده است</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (shared by %2)</source>
        <translation>%1 (به اشتراک‌گذاشتهٔ %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>LetterheadSettings</name>
    <message>
        <location filename="../../sivadesk/ui/letterhead_settings.py" line="+68"/>
        <source>Letters: letterhead and signature</source>
        <extracomment>something was saved saving failed (the message shown)</extracomment>
        <translation>نامه‌ها: سربرگ و امضا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office logo:</source>
        <translation>آرم دفتر:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office seal:</source>
        <translation>مهر دفتر:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address lines printed under the office name</source>
        <translation>سطرهای نشانی که زیر نام دفتر چاپ می‌شوند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save address</source>
        <translation>ذخیرهٔ نشانی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office address:</source>
        <translation>نشانی دفتر:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My signature:</source>
        <translation>امضای من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed only on letters you have approved as their signer.</source>
        <translation>فقط روی نامه‌هایی چاپ می‌شود که شما به عنوان امضاکننده تأیید کرده‌اید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <location line="+41"/>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose an image</source>
        <translation>انتخاب تصویر</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+11"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../sivadesk/ui/letters_model.py" line="+249"/>
        <source>Number</source>
        <extracomment>rows known so far and whether the list is complete; the exact total when it is known a refresh replaced the rows (the view may restore its selection and scroll position) rows re-read by a refresh, at most (further rows are read again as the view scrolls)</extracomment>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondent</source>
        <translation>طرف مکاتبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>طبقه‌بندی</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Void: {reason}</source>
        <translation>باطل شده: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(draft)</source>
        <translation>(پیش‌نویس)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../sivadesk/ui/letters_page.py" line="+84"/>
        <source>All registers</source>
        <extracomment>a letter&apos;s form was opened from this page (its id)</extracomment>
        <translation>همهٔ دفترها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New letter</source>
        <translation>نامهٔ جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+221"/>
        <source>Write a new letter in this register</source>
        <translation>نوشتن نامهٔ جدید در این دفتر</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected draft its number</source>
        <translation>به پیش‌نویس انتخاب‌شده شماره بده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void…</source>
        <translation>ابطال…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refer…</source>
        <translation>ارجاع…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Immediate</source>
        <translation>آنی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very confidential</source>
        <translation>خیلی محرمانه</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{code} (closed)</source>
        <translation>{code} (بسته)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Searching…</source>
        <translation>در حال جستجو…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln نامه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No register is open yet: an administrator creates one on the Registers page.</source>
        <translation>هنوز هیچ دفتری باز نیست: مدیر سیستم در صفحهٔ دفترها یکی می‌سازد.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Registered under number {number}.</source>
        <translation>با شمارهٔ {number} ثبت شد.</translation>
    </message>
</context>
<context>
    <name>LineBoard</name>
    <message>
        <location filename="../../sivadesk/ui/line_board.py" line="+42"/>
        <source>Idle</source>
        <extracomment>feed topics after which the board is read again</extracomment>
        <translation>آزاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringing</source>
        <translation>در حال زنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off hook</source>
        <translation>گوشی برداشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On call</source>
        <translation>در حال مکالمه</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Phone lines</source>
        <extracomment>states shown (tests wait on it)</extracomment>
        <translation>خط‌های تلفن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No phone line has reported yet. Lines appear with their first call.</source>
        <translation>هنوز هیچ خطی گزارش نداده است. خط‌ها با نخستین تماسشان نمایان می‌شوند.</translation>
    </message>
</context>
<context>
    <name>LineTile</name>
    <message>
        <location line="-43"/>
        <source>Line {line}</source>
        <translation>خط {line}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>with {name}</source>
        <translation>با {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Since {when}</source>
        <translation>از {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For {elapsed}</source>
        <translation>به مدت {elapsed}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../sivadesk/ui/fax_page.py" line="+11"/>
        <source>Link to a contact</source>
        <translation>پیوند به مخاطب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact:</source>
        <translation>مخاطب:</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../sivadesk/ui/letter_links.py" line="+73"/>
        <location line="+14"/>
        <source>Link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+42"/>
        <source>In reply to</source>
        <translation>در پاسخ به</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Answered by</source>
        <translation>پاسخ داده شده با</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up by</source>
        <translation>پیگیری شده با</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Follows up</source>
        <translation>پیرو</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Refers to</source>
        <translation>عطف به</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Referred to by</source>
        <translation>عطف شده در</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Number or words of the other letter</source>
        <translation>شماره یا واژه‌هایی از نامهٔ دیگر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove link</source>
        <translation>حذف پیوند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sivadesk/ui/login.py" line="-58"/>
        <source>Sign in to SivaDesk</source>
        <translation>ورود به SivaDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {url}</source>
        <translation>پایگاه داده: {url}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your user name and password.</source>
        <translation>نام کاربری و رمز عبور خود را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sivadesk/ui/main_window.py" line="+155"/>
        <source>SivaDesk — {office}</source>
        <translation>SivaDesk — {office}</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>SivaDesk</source>
        <extracomment>the busy indicator appears only for work that lasts longer than this (ms) a page was built (its key); tests and the start-up probe use it the user closed the main window: the application ends (contact files are closed with it)</extracomment>
        <translation>SivaDesk</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Opening SivaDesk…</source>
        <translation>در حال باز کردن SivaDesk…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Home</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers</source>
        <translation>دفترها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New contact</source>
        <translation>مخاطب جدید (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import contacts…</source>
        <translation>درون‌ریزی مخاطبان… (&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export contacts…</source>
        <translation>برون‌بری مخاطبان… (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;workload report…</source>
        <translation>خروجی گزارش حجم کار (&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search…</source>
        <translation>جستجو… (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in contacts</source>
        <translation>یافتن در مخاطبان (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>تازه‌سازی (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SivaDesk</source>
        <translation>درباره SivaDesk (&amp;A)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>فایل (&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>نما (&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database in use</source>
        <translation>پایگاه داده در حال استفاده</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export contacts</source>
        <translation>برون‌بری مخاطبان</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the workload report</source>
        <translation>خروجی گزارش حجم کار</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Workload report written to {path}.</source>
        <translation>گزارش حجم کار در {path} ذخیره شد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting contacts to {path}…</source>
        <translation>در حال برون‌بری مخاطبان به {path}…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) exported to {path}.</source>
        <translation>
            <numerusform>%Ln مخاطب به {path} برون‌بری شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Simulate a &amp;call</source>
        <translation>شبیه‌سازی تماس (&amp;C)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your fax was sent: {sent} of {total} pages confirmed.</source>
        <translation>فکس شما فرستاده شد: {sent} از {total} صفحه تأیید شد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fax could not be sent: {reason}</source>
        <translation>فکس شما فرستاده نشد: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You were invited to an appointment: see Upcoming appointments on Home.</source>
        <translation>به یک قرار ملاقات دعوت شده‌اید: «قرارهای پیش رو» را در خانه ببینید.</translation>
    </message>
</context>
<context>
    <name>MissedCallsPanel</name>
    <message>
        <location filename="../../sivadesk/ui/calls_page.py" line="-52"/>
        <source>Also those already returned</source>
        <translation>همراه با آنهایی که پاسخ داده شده‌اند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since</source>
        <translation>از</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%Ln تماس بی‌پاسخ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../sivadesk/ui/date_edit.py" line="-286"/>
        <source>Farvardin</source>
        <extracomment>Jalali month names, in the interface language (the &quot;date_edit&quot; context of the catalogues).</extracomment>
        <translation>فروردین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordibehesht</source>
        <translation>اردیبهشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khordad</source>
        <translation>خرداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tir</source>
        <translation>تیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mordad</source>
        <translation>مرداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shahrivar</source>
        <translation>شهریور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mehr</source>
        <translation>مهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aban</source>
        <translation>آبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azar</source>
        <translation>آذر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dey</source>
        <translation>دی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahman</source>
        <translation>بهمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esfand</source>
        <translation>اسفند</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Previous month</source>
        <translation>ماه قبل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../sivadesk/ui/call_popup.py" line="-391"/>
        <source>Note on the call of {name}</source>
        <extracomment>cards on screen at once; the oldest ended one goes first when a new call comes an ended call&apos;s card closes by itself after this long (ms) unless the agent used it the next card is built this long after one is shown (ms), off the path of the call&apos;s own updates</extracomment>
        <translation>یادداشت تماس {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the caller wants, what was promised…</source>
        <translation>خواسته تماس‌گیرنده، قول‌هایی که داده شد…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save note</source>
        <translation>ذخیره یادداشت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the note first.</source>
        <translation>نخست یادداشت را بنویسید.</translation>
    </message>
</context>
<context>
    <name>PrintSettingsWidget</name>
    <message>
        <location filename="../../sivadesk/ui/letterhead_settings.py" line="+20"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies</source>
        <translation>رونوشت‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (Persian for a Jalali register, else French)</source>
        <translation>خودکار (فارسی برای دفتر با تقویم شمسی، وگرنه فرانسوی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register&apos;s own template</source>
        <translation>قالب اختصاصی دفتر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload a .docx template…</source>
        <translation>بارگذاری قالب ‎.docx…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code (number, registration time, identifier)</source>
        <translation>کد QR (شماره، زمان ثبت، شناسه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office seal beside the signature</source>
        <translation>مهر دفتر کنار امضا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (LibreOffice when installed)</source>
        <translation>خودکار (LibreOffice اگر نصب باشد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-printed paper: print only the fields</source>
        <translation>سربرگ چاپی: فقط فیلدها چاپ شوند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (mm)</source>
        <translation>X (میلی‌متر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y (mm)</source>
        <translation>Y (میلی‌متر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width (mm)</source>
        <translation>پهنا (میلی‌متر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>چاپ شود</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save print settings</source>
        <translation>ذخیرهٔ تنظیمات چاپ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF engine:</source>
        <translation>موتور PDF:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Own template: {name}</source>
        <translation>قالب اختصاصی: {name}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{field}: positions are numbers of millimetres.</source>
        <translation>{field}: موقعیت‌ها عدد به میلی‌متر هستند.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a Word template</source>
        <translation>انتخاب قالب Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word documents (*.docx)</source>
        <translation>سندهای Word ‏(*.docx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Template uploaded and chosen for this register.</source>
        <translation>قالب بارگذاری و برای این دفتر انتخاب شد.</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../sivadesk/ui/letter_form_panels.py" line="-426"/>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <location line="+36"/>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Add contact</source>
        <translation>افزودن مخاطب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add department</source>
        <translation>افزودن واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add contact group</source>
        <translation>افزودن گروه مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a copy</source>
        <translation>به‌صورت رونوشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee / copy</source>
        <translation>گیرنده / رونوشت</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../sivadesk/ui/referral_dialog.py" line="+110"/>
        <source>Refer on</source>
        <extracomment>the steps created (list of StepInfo), after the referral is committed receivers and the item are shown (tests wait on it)</extracomment>
        <translation>ارجاع مجدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Refer</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search people and departments</source>
        <translation>جستجوی افراد و واحدها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other instruction…</source>
        <translation>دستور دیگر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the instruction</source>
        <translation>دستور را بنویسید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the receivers (optional)</source>
        <translation>یادداشت برای گیرندگان (اختیاری)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidential copy (seen only by its receivers and you)</source>
        <translation>رونوشت محرمانه (فقط گیرندگان آن و شما می‌بینید)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instruction</source>
        <translation>دستور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Receivers</source>
        <translation>گیرندگان (&amp;R)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Department: {name}</source>
        <translation>واحد: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n receiver(s) chosen</source>
        <translation>
            <numerusform>%Ln گیرنده انتخاب شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one receiver.</source>
        <translation>دست‌کم یک گیرنده را علامت بزنید.</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryDialog</name>
    <message>
        <location filename="../../sivadesk/ui/referral_tree.py" line="+445"/>
        <source>Referral history</source>
        <translation>سابقهٔ ارجاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refer…</source>
        <translation>ارجاع (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ReferralPopup</name>
    <message>
        <location filename="../../sivadesk/ui/referral_popup.py" line="+65"/>
        <source>SivaDesk</source>
        <extracomment>a card hides itself after this long (ms) unless the mouse rests on it cards shown at once; the oldest goes first &quot;Open&quot; was pressed: (item type, item id) the card went away (dismissed, timed out or opened)</extracomment>
        <translation>SivaDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential copy from {name}</source>
        <translation>رونوشت محرمانه از {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} sent this back to you</source>
        <translation>{name} این را به شما عودت داد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} referred this to you</source>
        <translation>{name} این را به شما ارجاع داد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline: {date}</source>
        <translation>مهلت: {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <location filename="../../sivadesk/ui/referral_tree.py" line="-284"/>
        <source>Referral</source>
        <extracomment>the tree is shown (tests wait on it) the signed-in user changed a step (acted, referred on, sent back, closed)</extracomment>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction</source>
        <translation>دستور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>رؤیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acted</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver&apos;s note</source>
        <translation>یادداشت گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No referral to show.</source>
        <translation>ارجاعی برای نمایش نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Act…</source>
        <translation>اقدام (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what you did about this referral</source>
        <translation>بنویسید برای این ارجاع چه کردید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer &amp;on…</source>
        <translation>ارجاع مجدد (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;back…</source>
        <translation>عودت (&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose step</source>
        <translation>بستن مرحله (&amp;L)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>SivaDesk</source>
        <translation>SivaDesk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dwell time: {duration}</source>
        <translation>مدت ماندن: {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed {when}</source>
        <translation>بسته شده در {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} (late)</source>
        <translation>{date} (دیرکرد)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{days} d {hours} h</source>
        <translation>{days} روز و {hours} ساعت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ساعت و {minutes} دقیقه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} دقیقه</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Act on the referral</source>
        <translation>اقدام روی ارجاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you do? The referrer will read this note.</source>
        <translation>چه کردید؟ ارجاع‌دهنده این یادداشت را می‌خواند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send back to {name}</source>
        <translation>عودت به {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you send it back? The note is required.</source>
        <translation>چرا برمی‌گردانید؟ نوشتن یادداشت الزامی است.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close the step</source>
        <translation>بستن مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A closing note (optional).</source>
        <translation>یادداشت پایانی (اختیاری).</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <location filename="../../sivadesk/ui/registers_page.py" line="+139"/>
        <source>The counter, here on 5 digits (00042); {seq} alone has no padding.</source>
        <extracomment>register id -&gt; {(period, scope key): last number given}</extracomment>
        <translation>شمارنده، این‌جا پنج‌رقمی (00042)؛ {seq} به‌تنهایی صفر پیشوند ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year in the register&apos;s calendar (2025 or 1404).</source>
        <translation>سال در تقویم دفتر (2025 یا 1404).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year on two digits (25 or 04).</source>
        <translation>سال دورقمی (25 یا 04).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month on two digits.</source>
        <translation>ماه دورقمی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day on two digits.</source>
        <translation>روز دورقمی.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code of the sender&apos;s department.</source>
        <translation>کد واحد فرستنده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s category code.</source>
        <translation>کد دستهٔ نامه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s type code.</source>
        <translation>کد نوع نامه.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Literal text is kept as typed (Persian letters too); click a token to insert it. A brace of the text itself is typed twice.</source>
        <translation>متن همان‌طور که نوشته شده می‌ماند (حروف فارسی هم)؛ برای درج هر نشانه روی آن کلیک کنید. آکولادی که جزو خود متن است دو بار نوشته می‌شود.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Department shown in the preview</source>
        <translation>واحد نمایش‌داده‌شده در پیش‌نمایش</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open (letters can be registered)</source>
        <translation>باز (ثبت نامه ممکن است)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>نوع دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number format</source>
        <translation>قالب شماره</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next number</source>
        <translation>شمارهٔ بعدی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering restarts</source>
        <translation>شروع دوبارهٔ شماره‌گذاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence</source>
        <translation>ترتیب شماره‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters to a contact group</source>
        <translation>نامه به گروه مخاطبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default classification</source>
        <translation>طبقه‌بندی پیش‌فرض</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This register has given numbers: its calendar, restart and sequence can no longer change. The format can, if it keeps numbers distinct.</source>
        <translation>این دفتر شماره داده است: تقویم، شروع دوباره و ترتیب شماره‌های آن دیگر تغییر نمی‌کند. قالب شماره می‌تواند تغییر کند، اگر شماره‌ها یکتا بمانند.</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <location line="+51"/>
        <source>Code</source>
        <extracomment>a register was created or changed from this page (its id)</extracomment>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+158"/>
        <source>New register</source>
        <translation>دفتر جدید</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Registers</source>
        <translation>دفترها</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo changes</source>
        <translation>لغو تغییرات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Numbering</source>
        <translation>شماره‌گذاری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+99"/>
        <source>Register {code}</source>
        <translation>دفتر {code}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>If a letter were registered today ({date}). A hint only: the number is given at registration, and another desktop may take this one first.</source>
        <translation>اگر نامه‌ای امروز ({date}) ثبت شود. فقط یک راهنما: شماره هنگام ثبت داده می‌شود و ممکن است رایانهٔ دیگری زودتر همین شماره را بگیرد.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register {code} saved.</source>
        <translation>دفتر {code} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../sivadesk/ui/letter_timers.py" line="+43"/>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(draft)</source>
        <translation>(پیش‌نویس)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late: due {when}</source>
        <translation>با تأخیر: موعد {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due {when}</source>
        <translation>موعد {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the letter</source>
        <translation>باز کردن نامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me in 10 minutes</source>
        <translation>۱۰ دقیقهٔ دیگر یادآوری کن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../sivadesk/ui/contact_edit.py" line="-411"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <location filename="../../sivadesk/ui/letter_search_bar.py" line="-267"/>
        <source>Save search</source>
        <translation>ذخیرهٔ جستجو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share with every user</source>
        <translation>اشتراک با همهٔ کاربران</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../sivadesk/ui/search_palette.py" line="+34"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone number or e-mail</source>
        <translation>نام، شماره تلفن یا ایمیل</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+65"/>
        <source>Type to search contacts. ↑ ↓ to move, Enter to open, Esc to close.</source>
        <translation>برای جستجوی مخاطبان تایپ کنید. با ↑ ↓ جابه‌جا شوید، با Enter باز کنید و با Esc ببندید.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The search failed; see the log for details.</source>
        <translation>جستجو ناموفق بود؛ جزئیات در فایل گزارش رویدادها آمده است.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln contact(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln مخاطب پیدا شد. با Enter مورد انتخاب‌شده باز می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches.</source>
        <translation>هیچ مخاطبی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>SendFaxDialog</name>
    <message>
        <location filename="../../sivadesk/ui/fax_page.py" line="-194"/>
        <location line="+125"/>
        <source>New fax</source>
        <translation>فکس تازه</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Fax number, or several separated by commas</source>
        <translation>شمارهٔ فکس، یا چند شماره جداشده با ویرگول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no group)</source>
        <translation>(بدون گروه)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add documents…</source>
        <translation>افزودن سند…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a cover page</source>
        <translation>افزودن صفحهٔ رویه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note on the cover page</source>
        <translation>یادداشت روی صفحهٔ رویه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send later:</source>
        <translation>ارسال در زمان دیگر:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fine (text and small print)</source>
        <translation>ریز (متن و حروف کوچک)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard (faster)</source>
        <translation>معمولی (سریع‌تر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent: send before the other faxes</source>
        <translation>فوری: پیش از فکس‌های دیگر فرستاده شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>مخاطب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact group:</source>
        <translation>گروه مخاطبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents:</source>
        <translation>سندها:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolution:</source>
        <translation>کیفیت:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Documents to fax</source>
        <translation>سندهای فکس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)</source>
        <translation>سندها (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is larger than {mb} MB.</source>
        <translation>{name} بزرگ‌تر از {mb} مگابایت است.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sivadesk/ui/settings_page.py" line="+63"/>
        <source>This computer</source>
        <extracomment>desktop settings were written (``True`` when they only apply at the next start) office settings were written; the new values</extracomment>
        <translation>این رایانه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s own database</source>
        <translation>پایگاه داده خود این رایانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar:</source>
        <translation>تقویم:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office (shared by every computer)</source>
        <translation>دفتر (مشترک بین همه رایانه‌ها)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country of numbers dialled without a country code: FR, IR…</source>
        <translation>کشور شماره‌هایی که بدون کد کشور گرفته می‌شوند: FR، IR…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many trailing digits of a number identify a contact, longest first. The longest that the incoming number has is used.</source>
        <translation>چند رقم آخر شماره برای شناسایی مخاطب کافی است، از بیشترین به کمترین. بیشترین تعدادی که شماره تماس‌گیرنده دارد به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save office settings</source>
        <translation>ذخیره تنظیمات دفتر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office name:</source>
        <translation>نام دفتر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone region:</source>
        <translation>کشور پیش‌فرض تلفن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits compared for caller ID:</source>
        <translation>تعداد ارقام مقایسه‌شده برای شناسایی تماس‌گیرنده:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database answers.</source>
        <translation>پایگاه داده پاسخ می‌دهد.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+53"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Settings saved</source>
        <translation>تنظیمات ذخیره شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language or database applies when SivaDesk starts again. Restart now?</source>
        <translation>زبان یا پایگاه داده جدید پس از راه‌اندازی دوباره SivaDesk اعمال می‌شود. همین حالا راه‌اندازی شود؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation>راه‌اندازی دوباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Digit counts are numbers separated by commas, e.g. 10, 9, 8.</source>
        <translation>تعداد ارقام باید عددهایی جدا شده با ویرگول باشد، مثلاً ۱۰، ۹، ۸.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../sivadesk/ui/task_dialog.py" line="+135"/>
        <source>New task</source>
        <extracomment>the task was saved, done, reopened or deleted (its id) the form is filled (tests wait on it)</extracomment>
        <translation>کار جدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set a due time</source>
        <translation>تعیین موعد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search people and departments</source>
        <translation>جستجوی افراد و واحدها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note for the receivers (optional)</source>
        <translation>یادداشت برای گیرندگان (اختیاری)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>شرح (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>اولویت (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue:</source>
        <translation>موعد (&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refer to:</source>
        <translation>ارجاع به (&amp;R):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Instruction:</source>
        <translation>دستور (&amp;I):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>یادداشت (&amp;N):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done…</source>
        <translation>انجام شد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer…</source>
        <translation>ارجاع…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History…</source>
        <translation>سابقه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Department: {name}</source>
        <translation>واحد: {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Created by {name} on {when}</source>
        <translation>ایجاد توسط {name} در {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held by: {names}</source>
        <translation>در دست: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact: {name}</source>
        <translation>مخاطب: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fax</source>
        <translation>نمابر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked to {kind} #{id}</source>
        <translation>مرتبط با {kind} شمارهٔ {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {note}</source>
        <translation>انجام شد: {note}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Task done</source>
        <translation>کار انجام شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done?</source>
        <translation>چه کاری انجام شد؟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the task</source>
        <translation>حذف کار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this task and its referrals?</source>
        <translation>این کار و ارجاع‌هایش حذف شود؟</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../sivadesk/ui/contact_file_parts.py" line="-265"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>سیستم</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write a note…</source>
        <translation>یادداشتی بنویسید…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing on the timeline yet.</source>
        <translation>هنوز سابقه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load older entries</source>
        <translation>نمایش سوابق قدیمی‌تر</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../sivadesk/ui/users_page.py" line="+52"/>
        <source>New user</source>
        <translation>کاربر جدید</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>نام و نام خانوادگی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position title:</source>
        <translation>سمت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>واحد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>ایمیل:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location line="+36"/>
        <source>User name</source>
        <extracomment>users or departments were changed from this page</extracomment>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Last sign-in</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add user…</source>
        <translation>افزودن کاربر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>تغییر نقش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Reset password…</source>
        <translation>بازنشانی رمز عبور…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add department…</source>
        <translation>افزودن واحد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Departments</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{role} (inactive)</source>
        <translation>{role} (غیرفعال)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Activate</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Change role</source>
        <translation>تغییر نقش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of {name}:</source>
        <translation>نقش {name}:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reset password</source>
        <translation>بازنشانی رمز عبور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for {name}:</source>
        <translation>رمز عبور جدید {name}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New department</source>
        <translation>واحد جدید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>کد:</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../sivadesk/ui/letter_form_parts.py" line="+85"/>
        <source>Void letter</source>
        <translation>ابطال نامه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void letter {number}? It keeps its number, which is never given again. Why is it voided?</source>
        <translation>نامهٔ {number} باطل شود؟ شماره‌اش برای آن می‌ماند و هرگز دوباره داده نمی‌شود. دلیل ابطال چیست؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (required)</source>
        <translation>دلیل (الزامی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>ابطال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>_CredentialsDialog</name>
    <message>
        <location filename="../../sivadesk/ui/login.py" line="-65"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../../sivadesk/ui/home_page.py" line="-114"/>
        <source>Note</source>
        <extracomment>topics after which Home is out of date</extracomment>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>سیستم</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../sivadesk/app.py" line="+115"/>
        <source>{n} errors happened; the details list them all.</source>
        <translation>{n} خطا رخ داد؛ همه آن‌ها در جزئیات آمده‌اند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SivaDesk: unexpected error</source>
        <translation>SivaDesk: خطای پیش‌بینی‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside SivaDesk. Your work saved so far is safe. The details below were written to the log file.</source>
        <translation>در SivaDesk مشکلی پیش آمد. کارهایی که تا این لحظه ذخیره شده‌اند محفوظ هستند. جزئیات زیر در فایل گزارش رویدادها نوشته شد.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Checking the database…</source>
        <translation>در حال بررسی پایگاه داده…</translation>
    </message>
</context>
<context>
    <name>appointments</name>
    <message>
        <location filename="../../sivadesk/ui/appointment_dialog.py" line="-295"/>
        <source>Internal meeting</source>
        <translation>جلسهٔ داخلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External meeting</source>
        <translation>ملاقات بیرونی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>برگزارشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <location filename="../../sivadesk/ui/i18n.py" line="+137"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>شمسی (هجری خورشیدی)</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="../../sivadesk/ui/contact_file.py" line="-380"/>
        <source>France</source>
        <translation>فرانسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>بلژیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>سوئیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>کانادا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>آلمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>اسپانیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>ایتالیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>بریتانیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>ایالات متحده آمریکا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>ترکیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>امارات متحده عربی</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <location filename="../../sivadesk/ui/db_dialogs.py" line="-196"/>
        <source>This is not a database URL: {reason}</source>
        <translation>این نشانی پایگاه داده نیست: {reason}</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Database too new</source>
        <translation>پایگاه داده جدیدتر از برنامه است</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sivadesk/app.py" line="-143"/>
        <source>Signing in without a password is only allowed on a demo database.</source>
        <translation>ورود بدون رمز عبور فقط در پایگاه داده نمایشی مجاز است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no active user {name}.</source>
        <translation>کاربر فعالی با نام {name} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/errors.py" line="+20"/>
        <location filename="../../sivadesk/ui/errors.py" line="+30"/>
        <source>Something went wrong.</source>
        <translation>مشکلی پیش آمد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are not allowed to do this ({permission}).</source>
        <translation>شما اجازه انجام این کار را ندارید ({permission}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter link</source>
        <translation>پیوند نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral step</source>
        <translation>مرحلهٔ ارجاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved search</source>
        <translation>جستجوی ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} {id} does not exist.</source>
        <translation>{what} {id} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form has errors.</source>
        <translation>فرم خطا دارد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrong user name or password.</source>
        <translation>نام کاربری یا رمز عبور نادرست است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database at {url} does not answer: {reason}</source>
        <translation>پایگاه داده {url} پاسخ نمی‌دهد: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database was upgraded by a newer SivaDesk (schema {found}); this version knows up to {known}. Install the newer SivaDesk to open it.</source>
        <translation>این پایگاه داده با نسخه جدیدتری از SivaDesk ارتقا یافته است (ساختار {found})؛ این نسخه تا ساختار {known} را می‌شناسد. برای باز کردن آن، نسخه جدیدتر SivaDesk را نصب کنید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stored file {name} is damaged.</source>
        <translation>فایل ذخیره‌شده {name} آسیب دیده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document could not be converted to PDF: {reason}</source>
        <translation>سند به PDF تبدیل نشد: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibreOffice is not installed on this computer: choose the built-in PDF engine.</source>
        <translation>LibreOffice روی این رایانه نصب نیست: موتور PDF داخلی را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibreOffice did not finish converting the document within {seconds} seconds.</source>
        <translation>LibreOffice تبدیل سند را در {seconds} ثانیه تمام نکرد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No font is installed for printing letters (install {package}).</source>
        <translation>هیچ قلمی برای چاپ نامه‌ها نصب نیست ({package} را نصب کنید).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Persian font is installed for printing Persian letters (install {package}).</source>
        <translation>هیچ قلم فارسی برای چاپ نامه‌های فارسی نصب نیست ({package} را نصب کنید).</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/activity.py" line="+49"/>
        <source>A timeline entry needs a title.</source>
        <extracomment>Kinds known today; later features add theirs (the column is free text).</extracomment>
        <translation>هر سابقه باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/attachments.py" line="+53"/>
        <location filename="../../sivadesk/ops/letterhead.py" line="+227"/>
        <source>The file is larger than {mb} MB.</source>
        <translation>حجم فایل بیشتر از {mb} مگابایت است.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An attachment needs a file name.</source>
        <translation>پیوست باید نام فایل داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/contacts.py" line="+126"/>
        <source>A contact with the same phone or e-mail already exists: {names}</source>
        <translation>مخاطبی با همین تلفن یا ایمیل از قبل وجود دارد: {names}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown contact kind {kind}.</source>
        <translation>نوع مخاطب ناشناخته: {kind}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A contact needs a name or a company name.</source>
        <translation>مخاطب باید نام یا نام شرکت داشته باشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} نشانی ایمیل نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A phone number is too long.</source>
        <translation>یک شماره تلفن بیش از حد طولانی است.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The linked company does not exist.</source>
        <translation>شرکت مرتبط وجود ندارد.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>People are linked to this company; unlink them before changing its kind.</source>
        <translation>افرادی به این شرکت پیوند داده شده‌اند؛ پیش از تغییر نوع آن، پیوندشان را بردارید.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/import_fields.py" line="+124"/>
        <source>The file has no column {column}.</source>
        <translation>فایل ستونی به نام {column} ندارد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{target} is not an import field (one of {fields}).</source>
        <translation>{target} فیلد درون‌ریزی نیست (یکی از {fields}).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown contact kind {value} (person, company or lead).</source>
        <translation>نوع مخاطب ناشناخته: {value} (شخص، شرکت یا سرنخ).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown country {value}: use a two-letter code such as FR or IR.</source>
        <translation>کشور ناشناخته: {value}؛ از کد دوحرفی مانند FR یا IR استفاده کنید.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The value is too long (at most {n} characters).</source>
        <translation>مقدار بیش از حد طولانی است (حداکثر {n} نویسه).</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/importer.py" line="+224"/>
        <source>{number} is not a valid phone number; it will be kept as typed and flagged.</source>
        <translation>{number} شماره تلفن معتبری نیست؛ همان‌طور که وارد شده نگه داشته و علامت‌گذاری می‌شود.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The database refused this row: {reason}</source>
        <translation>پایگاه داده این ردیف را نپذیرفت: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No company file named {name}; kept as organization text.</source>
        <translation>پرونده شرکتی با نام {name} وجود ندارد؛ به‌صورت متن سازمان نگه داشته شد.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown duplicate policy {value} (skip, create or update).</source>
        <translation>سیاست ناشناخته برای موارد تکراری: {value} (skip، create یا update).</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/office.py" line="+53"/>
        <source>Unknown office setting {key}.</source>
        <translation>تنظیم ناشناخته دفتر: {key}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad value {value} for office setting {key}.</source>
        <translation>مقدار نادرست {value} برای تنظیم دفتر {key}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a country code such as FR or IR.</source>
        <translation>{value} کد کشور مانند FR یا IR نیست.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digit counts must be between 6 and 15.</source>
        <translation>تعداد ارقام باید بین ۶ و ۱۵ باشد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/tabular.py" line="+160"/>
        <location line="+36"/>
        <source>The file {name} is empty.</source>
        <translation>فایل {name} خالی است.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{name} is not a readable .xlsx file: {reason}</source>
        <translation>{name} فایل .xlsx خواندنی نیست: {reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no file {name}.</source>
        <translation>فایل {name} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old .xls files are not supported: save the file as .xlsx or CSV.</source>
        <translation>فایل‌های قدیمی .xls پشتیبانی نمی‌شوند: فایل را با قالب .xlsx یا CSV ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/users.py" line="+73"/>
        <source>The password must have at least {n} characters.</source>
        <translation>رمز عبور باید دست‌کم {n} نویسه داشته باشد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown role {role}.</source>
        <translation>نقش ناشناخته: {role}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An administrator already exists.</source>
        <translation>مدیر سیستم از قبل وجود دارد.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A user name is one word of at most 80 characters.</source>
        <translation>نام کاربری باید یک کلمه با حداکثر ۸۰ نویسه باشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name {name} is taken.</source>
        <translation>نام کاربری {name} قبلاً گرفته شده است.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>You cannot remove your own administrator rights.</source>
        <translation>نمی‌توانید دسترسی مدیر سیستم را از خودتان بگیرید.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A department needs a name and a code.</source>
        <translation>واحد باید نام و کد داشته باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The department code {code} is taken.</source>
        <translation>کد واحد {code} قبلاً استفاده شده است.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ui/errors.py" line="+4"/>
        <source>SivaDesk</source>
        <translation>SivaDesk</translation>
    </message>
    <message>
        <location filename="../../sivadesk/migrate.py" line="+93"/>
        <source>The backup with pg_dump failed: {reason}</source>
        <translation>پشتیبان‌گیری با pg_dump ناموفق بود: {reason}</translation>
    </message>
    <message>
        <location filename="../../sivadesk/letters/numbering.py" line="+108"/>
        <source>The number format has a closing brace that was never opened (write two closing braces for one).</source>
        <translation>قالب شماره یک آکولاد بسته دارد که باز نشده است (برای نوشتن یکی، دو تا بنویسید).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The number format has a &apos;{&apos; that is never closed.</source>
        <translation>قالب شماره یک «{» دارد که بسته نشده است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown token {token} in the number format; use one of: {known}.</source>
        <translation>عنصر {token} در قالب شماره شناخته نیست؛ یکی از این‌ها را به کار ببرید: {known}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Token {token}: only numbers take a padding, written as a zero and a width, e.g. {{seq:05}}.</source>
        <translation>عنصر {token}: فقط عددها صفرِ پیشوند می‌گیرند، به صورت صفر و طول، مثلاً {{seq:05}}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The number format must contain {seq} exactly once.</source>
        <translation>قالب شماره باید {seq} را دقیقاً یک بار داشته باشد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A register numbered again each year needs {year} or {yy} in its number format.</source>
        <translation>دفتری که هر سال از نو شماره می‌خورد باید {year} یا {yy} را در قالب شماره داشته باشد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A register numbered per department needs {dept} in its number format.</source>
        <translation>دفتری که برای هر واحد جدا شماره می‌خورد باید {dept} را در قالب شماره داشته باشد.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+134"/>
        <source>Register {code} numbers per department: choose a department.</source>
        <translation>دفتر {code} برای هر واحد جدا شماره می‌خورد: یک واحد انتخاب کنید.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Register {code} is closed.</source>
        <translation>دفتر {code} بسته شده است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register {code} puts the letter&apos;s category in its numbers: choose a category first.</source>
        <translation>دفتر {code} دستهٔ نامه را در شماره می‌آورد: ابتدا دسته را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register {code} puts the letter&apos;s type in its numbers: choose a type first.</source>
        <translation>دفتر {code} نوع نامه را در شماره می‌آورد: ابتدا نوع را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/errors.py" line="-47"/>
        <location filename="../../sivadesk/ops/referral_items.py" line="+133"/>
        <location filename="../../sivadesk/ops/referrals.py" line="+513"/>
        <location filename="../../sivadesk/ops/tasks.py" line="+432"/>
        <location line="+61"/>
        <source>{value} is not a valid {setting}; use one of: {allowed}.</source>
        <translation>{value} مقدار درستی برای {setting} نیست؛ یکی از این‌ها را به کار ببرید: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letters.py" line="+103"/>
        <source>A letter needs a subject.</source>
        <translation>نامه باید موضوع داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letter_access.py" line="+217"/>
        <source>Letter {number} is archived: its content is frozen, only its details can change.</source>
        <translation>نامهٔ {number} بایگانی شده است: متن آن ثابت است و فقط مشخصات آن تغییر می‌کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter {number} is registered: only a draft can be changed or deleted.</source>
        <translation>نامه {number} ثبت شده است: فقط پیش‌نویس را می‌توان ویرایش یا حذف کرد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letters.py" line="+29"/>
        <source>{value} is not in the office&apos;s list of letter categories.</source>
        <translation>{value} در فهرست دسته‌های نامهٔ دفتر نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not in the office&apos;s list of letter types.</source>
        <translation>{value} در فهرست انواع نامهٔ دفتر نیست.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A letter can have at most {count} tags.</source>
        <translation>یک نامه حداکثر {count} برچسب می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The category of letter {number} is part of its number.</source>
        <translation>دستهٔ نامهٔ {number} بخشی از شمارهٔ آن است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The type of letter {number} is part of its number.</source>
        <translation>نوع نامهٔ {number} بخشی از شمارهٔ آن است.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letter_groups.py" line="+58"/>
        <source>The contact group {name} has no contacts.</source>
        <translation>گروه مخاطبان {name} هیچ مخاطبی ندارد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letters.py" line="+92"/>
        <source>Letter {number} is already registered.</source>
        <translation>نامه {number} قبلاً ثبت شده است.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Voiding a letter needs a reason.</source>
        <translation>برای ابطال نامه باید علت آن را بنویسید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A draft has no number to void: delete it instead.</source>
        <translation>پیش‌نویس شماره‌ای ندارد که ابطال شود: به جای آن، حذفش کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter {number} is already void.</source>
        <translation>نامه {number} قبلاً ابطال شده است.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/registers.py" line="+88"/>
        <source>The print settings of a register must be a JSON object.</source>
        <translation>تنظیمات چاپ دفتر باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A register needs a code.</source>
        <translation>دفتر باید کد داشته باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register code {code} is taken.</source>
        <translation>کد دفتر {code} قبلاً به کار رفته است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A register needs a name.</source>
        <translation>دفتر باید نام داشته باشد.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Register {code} has already given numbers: its calendar, reset and scope can no longer change.</source>
        <translation>دفتر {code} تاکنون شماره داده است: تقویم، شیوه شروع دوباره و دامنه آن دیگر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The code {code} must be 1 to 40 characters, without spaces or braces.</source>
        <translation>کد {code} باید ۱ تا ۴۰ نویسه و بدون فاصله یا آکولاد باشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code {code} is in the list twice.</source>
        <translation>کد {code} دو بار در فهرست آمده است.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/fax/raster.py" line="+52"/>
        <source>This document cannot be sent as a fax: {reason}.</source>
        <translation>این سند را نمی‌توان با فکس فرستاد: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/fax/t4.py" line="+68"/>
        <source>The fax page data is not valid: {reason}.</source>
        <translation>داده‌های صفحهٔ فکس معتبر نیست: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/letters/docx_out.py" line="+69"/>
        <location filename="../../sivadesk/ops/letterhead.py" line="+9"/>
        <source>{name} is not a Word (.docx) document.</source>
        <extracomment>Printed widths of the images, in millimetres.</extracomment>
        <translation>{name} سند Word ‏(.docx) نیست.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The letter template has an error: {error}</source>
        <translation>قالب نامه خطا دارد: {error}</translation>
    </message>
    <message>
        <location filename="../../sivadesk/letters/render.py" line="+378"/>
        <location line="+256"/>
        <location filename="../../sivadesk/ops/letterhead.py" line="+6"/>
        <source>{value} is not a letter template.</source>
        <extracomment>The fields pre-printed paper mode can place, in the order the settings table lists them. Positions (mm from the top-left corner of an A4 sheet) used until an admin sets the register&apos;s own. The words a letter prints around its fields, in the letter&apos;s own language (not the interface&apos;s). The namespace of letter GUIDs (uuid5 of the letter id and registration time: stable, unique). the body&apos;s merge fields (:func:`sivadesk.letters.merge.merge_fields`), also usable in templates the body&apos;s paragraphs with their emphasis (empty: plain ``body_paragraphs``)</extracomment>
        <translation>{value} قالب نامه نیست.</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+413"/>
        <source>Upload the register&apos;s own .docx template before choosing it.</source>
        <translation>پیش از انتخاب قالب اختصاصی دفتر، فایل docx آن را بارگذاری کنید.</translation>
    </message>
    <message>
        <location line="-408"/>
        <location line="+465"/>
        <source>{value} is not a PDF engine.</source>
        <translation>{value} موتور PDF نیست.</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>The position of {name} needs numbers in millimetres.</source>
        <translation>موقعیت {name} باید عدد به میلی‌متر باشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The position of {name} is off the page.</source>
        <translation>موقعیت {name} بیرون از صفحه است.</translation>
    </message>
    <message>
        <location line="+413"/>
        <source>{value} is not docx or pdf.</source>
        <translation>{value} نه docx است نه pdf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pre-printed paper is printed as PDF only.</source>
        <translation>سربرگ چاپی فقط به صورت PDF چاپ می‌شود.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/calls.py" line="+260"/>
        <source>{value} is not a call direction; use in or out.</source>
        <translation>{value} جهت تماس نیست؛ از in (ورودی) یا out (خروجی) استفاده کنید.</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Only a signed-in user can watch lines.</source>
        <translation>فقط کاربری که وارد شده است می‌تواند خط‌ها را زیر نظر بگیرد.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A desk needs a number or a name.</source>
        <translation>میز باید شماره یا نام داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letter_archive.py" line="+72"/>
        <source>{value} is not a retention class; use one of: {allowed}.</source>
        <translation>{value} یک ردهٔ نگهداری نیست؛ یکی از این‌ها را به کار ببرید: {allowed}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+17"/>
        <source>Letter {number} is not archived.</source>
        <translation>نامهٔ {number} بایگانی نشده است.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letter_recipients.py" line="+116"/>
        <source>A letter can have at most {count} recipients.</source>
        <translation>یک نامه حداکثر {count} گیرنده می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A letter cannot be linked to itself.</source>
        <translation>نامه را نمی‌توان به خودش پیوند داد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These letters are already linked.</source>
        <translation>این نامه‌ها قبلاً به هم پیوند داده شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letter_search.py" line="+162"/>
        <source>The start date is after the end date.</source>
        <extracomment>Only this much of the typed text is read, in at most this many words. The last word is searched as a prefix from this length on (one letter would match half the index). At most this many of the newest matches are ranked by relevance (see :func:`search_letters`). &quot;No limit&quot; for a subquery that must keep a LIMIT (SQLite then computes it on its own). bm25 weights of the FTS5 columns (number, subject, correspondent, body): a hit in the number or subject counts for more than one in the body.</extracomment>
        <translation>تاریخ شروع بعد از تاریخ پایان است.</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Only a signed-in user can save searches.</source>
        <translation>فقط کاربری که وارد شده است می‌تواند جستجو ذخیره کند.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A saved search needs a name.</source>
        <translation>جستجوی ذخیره‌شده باید نام داشته باشد.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Only its owner or an administrator can delete this saved search.</source>
        <translation>فقط صاحب این جستجو یا مدیر سیستم می‌تواند آن را حذف کند.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letter_workflow.py" line="+29"/>
        <source>Letter {number} was received: only outgoing and internal letters are sent.</source>
        <translation>نامهٔ {number} وارده است: فقط نامه‌های صادره و داخلی ارسال می‌شوند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Register the letter before sending it.</source>
        <translation>پیش از ارسال، نامه را ثبت کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter {number} is not waiting to be sent.</source>
        <translation>نامهٔ {number} در انتظار ارسال نیست.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A draft cannot be archived: register it first.</source>
        <translation>پیش‌نویس بایگانی نمی‌شود: ابتدا آن را ثبت کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter {number} is already archived.</source>
        <translation>نامهٔ {number} قبلاً بایگانی شده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter {number} is void: it cannot be archived.</source>
        <translation>نامهٔ {number} ابطال شده است و بایگانی نمی‌شود.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only a registered letter that is not sent yet can be scheduled.</source>
        <translation>فقط نامهٔ ثبت‌شده‌ای که هنوز ارسال نشده زمان‌بندی می‌شود.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only the signer of a letter can approve it.</source>
        <translation>فقط امضاکنندهٔ نامه می‌تواند آن را تأیید کند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Letter {number} is closed: it can no longer be approved.</source>
        <translation>نامهٔ {number} بسته شده است و دیگر تأیید نمی‌شود.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Only a signed-in user can set a reminder.</source>
        <translation>فقط کاربر واردشده می‌تواند یادآور تنظیم کند.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../sivadesk/ops/tasks.py" line="-3"/>
        <source>This reminder is not yours.</source>
        <translation>این یادآور متعلق به شما نیست.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letterhead.py" line="-173"/>
        <source>The image is larger than {mb} MB.</source>
        <translation>حجم تصویر بیش از {mb} مگابایت است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image must be a PNG or JPEG file.</source>
        <translation>تصویر باید فایل PNG یا JPEG باشد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/referrals.py" line="-387"/>
        <source>{name} is no longer active and cannot receive referrals.</source>
        <extracomment>Preset instructions, as language-neutral keys (the UI translates them: &quot;action&quot; is &quot;pour action&quot;, جهت اقدام). Any other text is a free instruction. cartable boxes</extracomment>
        <translation>{name} دیگر فعال نیست و نمی‌تواند ارجاع دریافت کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot refer an item to yourself.</source>
        <translation>نمی‌توانید موردی را به خودتان ارجاع دهید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The department {name} has nobody to receive the referral.</source>
        <translation>در واحد {name} کسی برای دریافت ارجاع نیست.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one person or department to refer to.</source>
        <translation>دست‌کم یک نفر یا یک واحد را برای ارجاع انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Only the receiver of this referral may do this.</source>
        <translation>فقط گیرندهٔ این ارجاع می‌تواند این کار را بکند.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A referral needs an instruction.</source>
        <translation>ارجاع بدون دستور (پاراف) ممکن نیست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The deadline is already past.</source>
        <translation>مهلت گذشته است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This step belongs to another item.</source>
        <translation>این مرحله مربوط به مورد دیگری است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A confidential copy cannot be referred on.</source>
        <translation>رونوشت محرمانه را نمی‌توان دوباره ارجاع داد.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>This referral step is already closed.</source>
        <translation>این مرحلهٔ ارجاع پیش‌تر بسته شده است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write what you did in the note.</source>
        <translation>آنچه انجام دادید را در یادداشت بنویسید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the sender or the receiver of this referral may close it.</source>
        <translation>فقط فرستنده یا گیرندهٔ این ارجاع می‌تواند آن را ببندد.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say why you send it back: the note is required.</source>
        <translation>بنویسید چرا عودت می‌دهید: یادداشت الزامی است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A confidential copy cannot be sent back.</source>
        <translation>رونوشت محرمانه را نمی‌توان عودت داد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step has no referrer to send it back to.</source>
        <translation>این مرحله ارجاع‌دهنده‌ای ندارد که به او عودت شود.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ui/letter_form.py" line="-192"/>
        <source>Choose the register of the letter.</source>
        <translation>دفتر نامه را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/fax.py" line="+133"/>
        <source>{number} is not a fax number.</source>
        <translation>{number} شمارهٔ فکس نیست.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} cannot be faxed: {reason}</source>
        <translation>{name} را نمی‌توان با فکس فرستاد: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A fax needs a document or a cover page.</source>
        <translation>فکس به یک سند یا صفحهٔ رویه نیاز دارد.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>None of the chosen destinations has a fax number.</source>
        <translation>هیچ‌یک از گیرندگان انتخاب‌شده شمارهٔ فکس ندارد.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This fax is already finished.</source>
        <translation>این فکس پیش‌تر به پایان رسیده است.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This fax is still in the queue.</source>
        <translation>این فکس هنوز در صف است.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>The fax has no pages.</source>
        <translation>این فکس هیچ صفحه‌ای ندارد.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Register the letter before faxing it.</source>
        <translation>پیش از فکس کردن نامه، آن را ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/appointments.py" line="+145"/>
        <source>Only the organiser or a participant may change this appointment.</source>
        <translation>فقط برگزارکننده یا یکی از شرکت‌کنندگان می‌تواند این قرار را تغییر دهد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{setting} must be between {low} and {high} minutes.</source>
        <translation>{setting} باید بین {low} و {high} دقیقه باشد.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Only a signed-in user can plan an appointment.</source>
        <translation>فقط کاربر واردشده می‌تواند قرار ملاقات بگذارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>An appointment needs a title.</source>
        <translation>قرار ملاقات باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The actual start cannot be in the future.</source>
        <translation>زمان واقعی شروع نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This appointment was cancelled.</source>
        <translation>این قرار لغو شده است.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/tasks.py" line="-299"/>
        <source>Only the creator of this task or the person holding it may change it.</source>
        <extracomment>a reminder shown more than this after its time is &quot;late&quot; (it fell due while the app was closed) task boxes for :func:`list_tasks`</extracomment>
        <translation>فقط ایجادکنندهٔ این کار یا کسی که کار در دست اوست می‌تواند آن را تغییر دهد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A task needs a title.</source>
        <translation>کار باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The due time is already past.</source>
        <translation>موعد گذشته است.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Only a signed-in user can create a task.</source>
        <translation>فقط کاربر واردشده می‌تواند کار ایجاد کند.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This task is already done.</source>
        <translation>این کار قبلاً انجام شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what was done in the note.</source>
        <translation>در یادداشت بنویسید چه کاری انجام شد.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only the creator of this task may reopen it.</source>
        <translation>فقط ایجادکنندهٔ این کار می‌تواند آن را دوباره باز کند.</translation>
    </message>
</context>
<context>
    <name>fax</name>
    <message>
        <location filename="../../sivadesk/ui/fax_page.py" line="-127"/>
        <source>Waiting</source>
        <extracomment>Faxes larger than this are refused before reading them into memory.</extracomment>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>فرستاده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent and confirmed by the receiving machine.</source>
        <translation>فرستاده شد و دستگاه گیرنده آن را تأیید کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line was busy.</source>
        <translation>خط اشغال بود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody answered.</source>
        <translation>کسی پاسخ نداد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fax machine answered (a person or a voice mailbox may have picked up).</source>
        <translation>هیچ دستگاه فکسی پاسخ نداد (شاید شخص یا پیام‌گیر گوشی را برداشته باشد).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dial tone: check that the phone line is plugged into the modem.</source>
        <translation>بوق آزاد نیست: بررسی کنید که خط تلفن به مودم وصل باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fax machines could not finish the transmission.</source>
        <translation>دستگاه‌های فکس نتوانستند ارسال را کامل کنند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fax modem did not respond as expected.</source>
        <translation>مودم فکس پاسخ درستی نداد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../sivadesk/ops/import_fields.py" line="-203"/>
        <source>(ignore)</source>
        <extracomment>field -&gt; label shown to the user (translated in the &quot;import&quot; context)</extracomment>
        <translation>(نادیده گرفته شود)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (person, company, lead)</source>
        <translation>نوع (شخص، شرکت، سرنخ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked company</source>
        <translation>شرکت مرتبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead status</source>
        <translation>وضعیت سرنخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work phone</source>
        <translation>تلفن محل کار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>تلفن منزل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone label</source>
        <translation>عنوان تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>نشانی (خیابان و پلاک)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address label</source>
        <translation>عنوان نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags / groups</source>
        <translation>برچسب‌ها / گروه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/importer.py" line="-267"/>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate</source>
        <translation>تکراری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone flagged</source>
        <translation>تلفن علامت‌خورده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same phone or e-mail as {names}</source>
        <translation>تلفن یا ایمیل مشابه {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is not a valid phone number; kept as typed and flagged</source>
        <translation>{number} شماره تلفن معتبری نیست؛ همان‌طور که وارد شده نگه داشته و علامت‌گذاری شد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../sivadesk/ops/letter_archive.py" line="-93"/>
        <source>1 year</source>
        <extracomment>class -&gt; years kept (None: permanently). &quot;1y&quot;: routine correspondence; &quot;5y&quot;: contracts and quotes after their end; &quot;10y&quot;: accounting documents (French Code de commerce L123-22); &quot;30y&quot;: personnel files, real estate; &quot;permanent&quot;: never disposed of.</extracomment>
        <translation>۱ سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 years</source>
        <translation>۵ سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 years</source>
        <translation>۱۰ سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 years</source>
        <translation>۳۰ سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent</source>
        <translation>دائمی</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ui/letter_form_panels.py" line="-31"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact group</source>
        <translation>گروه مخاطبان</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ui/letters_model.py" line="-352"/>
        <source>Inbound</source>
        <translation>وارده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>صادره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate</source>
        <translation>آنی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unclassified</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>محرمانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very confidential</source>
        <translation>خیلی محرمانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>سری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top secret</source>
        <translation>به‌کلی سری</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>ثبت شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>ارسال شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>بایگانی شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>باطل شده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every year</source>
        <translation>هر سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One sequence for the office</source>
        <translation>یک ترتیب برای کل دفتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sequence per department</source>
        <translation>یک ترتیب برای هر واحد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One letter per recipient, each numbered</source>
        <translation>برای هر گیرنده یک نامه با شمارهٔ جدا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One circular letter for the group</source>
        <translation>یک بخشنامه برای کل گروه</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../sivadesk/ui/cartable_panel.py" line="-269"/>
        <source>Referred to me</source>
        <translation>ارجاع‌شده به من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies</source>
        <translation>رونوشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on others</source>
        <translation>در انتظار دیگران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ui/referral_dialog.py" line="-251"/>
        <source>For action</source>
        <extracomment>item roles of the receivers list the instruction combo&apos;s entry for free text</extracomment>
        <translation>جهت اقدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For information</source>
        <translation>جهت استحضار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your opinion</source>
        <translation>جهت اظهار نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For signature</source>
        <translation>جهت امضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For follow-up</source>
        <translation>جهت پیگیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For reply</source>
        <translation>جهت پاسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordination</source>
        <translation>جهت هماهنگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For filing</source>
        <translation>جهت بایگانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../sivadesk/ui/referral_tree.py" line="-358"/>
        <source>Sent back</source>
        <translation>عودت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} #{id} (deleted)</source>
        <translation>{kind} شمارهٔ {id} (حذف شده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ui/referral_tree.py" line="-12"/>
        <source>Not seen yet</source>
        <translation>دیده نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>دیده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acted on</source>
        <translation>اقدام شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referral</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential copy</source>
        <translation>رونوشت محرمانه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (via {department})</source>
        <translation>{name} (از طریق {department})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The receiver already held this item.</source>
        <translation>گیرنده این مورد را از پیش در دست داشت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item came back to someone it went through.</source>
        <translation>این مورد به کسی برگشت که پیش‌تر از دست او گذشته بود.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../sivadesk/ui/i18n.py" line="-11"/>
        <source>Administrator</source>
        <extracomment>Languages offered, each named in itself (a user who cannot read the current language can still find their own), so these names are deliberately not translated. Families that shape Persian well, best first; the first one installed (or shipped in ``resources/fonts``) becomes the application font when the interface is in Persian.</extracomment>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptionist</source>
        <translation>منشی</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../sivadesk/config.py" line="+36"/>
        <source>Database URL (empty: this PC&apos;s own database)</source>
        <translation>نشانی پایگاه داده (خالی: پایگاه داده خود این رایانه)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language</source>
        <translation>زبان رابط کاربری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last user name at login</source>
        <translation>آخرین نام کاربری واردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases opened before</source>
        <translation>پایگاه‌های داده قبلاً بازشده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caller-ID units read by this computer (kind:port|format|line)</source>
        <translation>دستگاه‌های شماره‌نما که این رایانه می‌خواند (نوع:درگاه|قالب|خط)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fax modem on this computer (port|class|local id|rings; empty: none)</source>
        <translation>مودم فکس این رایانه (درگاه|کلاس|شناسه|تعداد زنگ؛ خالی: ندارد)</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../sivadesk/ui/task_dialog.py" line="-345"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
</context>
</TS>
