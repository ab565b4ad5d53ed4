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
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../sivadesk/ui/contact_file_parts.py" line="+176"/>
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
        <location line="+25"/>
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
        <location line="+61"/>
        <source>This contact has been deleted.</source>
        <translation>این مخاطب حذف شده است.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} — contact file</source>
        <translation>{name} — پرونده مخاطب</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
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
        <location line="+19"/>
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
        <location filename="../../sivadesk/ui/main_window.py" line="+138"/>
        <source>SivaDesk — {office}</source>
        <translation>SivaDesk — {office}</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>SivaDesk</source>
        <extracomment>the busy indicator appears only for work that lasts longer than this (ms) a page was built (its key); tests and the start-up probe use it the user closed the main window: the application ends (contact files are closed with it)</extracomment>
        <translation>SivaDesk</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Opening SivaDesk…</source>
        <translation>در حال باز کردن SivaDesk…</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>فایل (&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>نما (&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database in use</source>
        <translation>پایگاه داده در حال استفاده</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export contacts</source>
        <translation>برون‌بری مخاطبان</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../sivadesk/ui/settings_page.py" line="+61"/>
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
        <location line="+59"/>
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
    <name>TimelinePanel</name>
    <message>
        <location filename="../../sivadesk/ui/contact_file_parts.py" line="-254"/>
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
        <location filename="../../sivadesk/ui/home_page.py" line="-104"/>
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
        <location line="+169"/>
        <source>Checking the database…</source>
        <translation>در حال بررسی پایگاه داده…</translation>
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
        <location filename="../../sivadesk/ui/contact_file.py" line="-361"/>
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
        <location filename="../../sivadesk/app.py" line="-137"/>
        <source>Signing in without a password is only allowed on a demo database.</source>
        <translation>ورود بدون رمز عبور فقط در پایگاه داده نمایشی مجاز است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no active user {name}.</source>
        <translation>کاربر فعالی با نام {name} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/errors.py" line="+19"/>
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
        <location line="+8"/>
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
        <location filename="../../sivadesk/ops/activity.py" line="+49"/>
        <source>A timeline entry needs a title.</source>
        <extracomment>Kinds known today; later features add theirs (the column is free text).</extracomment>
        <translation>هر سابقه باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/attachments.py" line="+52"/>
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
        <location filename="../../sivadesk/ops/office.py" line="+49"/>
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
        <location filename="../../sivadesk/letters/numbering.py" line="+103"/>
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
        <location line="+77"/>
        <source>Register {code} numbers per department: choose a department.</source>
        <translation>دفتر {code} برای هر واحد جدا شماره می‌خورد: یک واحد انتخاب کنید.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Register {code} is closed.</source>
        <translation>دفتر {code} بسته شده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number format of register {code} needs a value for {{{token}}}.</source>
        <translation>قالب شماره دفتر {code} برای {{{token}}} مقدار لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../sivadesk/ops/letters.py" line="+150"/>
        <location filename="../../sivadesk/ops/registers.py" line="+45"/>
        <source>{value} is not a valid {setting}; use one of: {allowed}.</source>
        <translation>{value} مقدار درستی برای {setting} نیست؛ یکی از این‌ها را به کار ببرید: {allowed}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A letter needs a subject.</source>
        <translation>نامه باید موضوع داشته باشد.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Letter {number} is registered: only a draft can be changed or deleted.</source>
        <translation>نامه {number} ثبت شده است: فقط پیش‌نویس را می‌توان ویرایش یا حذف کرد.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Letter {number} is already registered.</source>
        <translation>نامه {number} قبلاً ثبت شده است.</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location filename="../../sivadesk/ops/registers.py" line="+12"/>
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
        <location line="+78"/>
        <source>Register {code} has already given numbers: its calendar, reset and scope can no longer change.</source>
        <translation>دفتر {code} تاکنون شماره داده است: تقویم، شیوه شروع دوباره و دامنه آن دیگر تغییر نمی‌کند.</translation>
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
</context>
</TS>
