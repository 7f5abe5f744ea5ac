<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="42"/>
        <source>About LoyaltyDesk</source>
        <translation>دربارهٔ لویالتی‌دسک</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="57"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="58"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="59"/>
        <source>Schema revision</source>
        <translation>نسخهٔ ساختار داده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="60"/>
        <source>Data folder</source>
        <translation>پوشهٔ داده‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="86"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;رونوشت اطلاعات پشتیبانی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="98"/>
        <source>Libraries</source>
        <translation>کتابخانه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="106"/>
        <source>{version} (installed)</source>
        <translation>{version} (نصب‌شده)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="112"/>
        <source>cannot be read ({reason})</source>
        <translation>خوانده نمی‌شود ({reason})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="114"/>
        <source>not created yet</source>
        <translation>هنوز ساخته نشده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="115"/>
        <source>{revision} (this program: {head})</source>
        <translation>{revision} (این برنامه: {head})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="122"/>
        <source>Copied. Paste it into your message to support.</source>
        <translation>رونوشت گرفته شد. آن را در پیامتان به پشتیبانی بچسبانید.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="144"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="148"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="155"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="161"/>
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="162"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="164"/>
        <source>PIN again</source>
        <translation>تکرار رمز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="163"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>رمز (۴ تا ۸ رقم)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="171"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>Accounting</name>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="53"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="54"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="57"/>
        <location filename="../../loyaltydesk/ui/accounting.py" line="104"/>
        <source>Member no.</source>
        <translation>شماره عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="58"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="59"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="60"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="61"/>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="62"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="63"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="64"/>
        <source>Joined</source>
        <translation>تاریخ عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="65"/>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="66"/>
        <location filename="../../loyaltydesk/ui/accounting.py" line="107"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="67"/>
        <location filename="../../loyaltydesk/ui/accounting.py" line="109"/>
        <source>Stamps</source>
        <translation>مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="68"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="69"/>
        <source>No messages</source>
        <translation>بدون پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="70"/>
        <source>Merged into member no.</source>
        <translation>ادغام‌شده در عضو شماره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="92"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="101"/>
        <source>Entry no.</source>
        <translation>شماره ردیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="102"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="103"/>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="105"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="106"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="108"/>
        <source>Balance after</source>
        <translation>مانده پس از آن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="111"/>
        <source>Purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="114"/>
        <source>Refunded</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="116"/>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="117"/>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="118"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="119"/>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="120"/>
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="121"/>
        <source>Operation</source>
        <translation>شناسه عملیات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/accounting.py" line="153"/>
        <source>Ledger</source>
        <translation>دفتر امتیاز</translation>
    </message>
</context>
<context>
    <name>AuditChange</name>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="29"/>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="30"/>
        <source>role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="31"/>
        <source>may sign in</source>
        <translation>اجازهٔ ورود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="32"/>
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="33"/>
        <source>credit limit</source>
        <translation>سقف خرید بی‌نیاز از مدیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="34"/>
        <source>redemption limit</source>
        <translation>سقف جایزهٔ بی‌نیاز از مدیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="35"/>
        <source>idle lock (minutes)</source>
        <translation>قفل بیکاری (دقیقه)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="36"/>
        <source>locked until</source>
        <translation>قفل تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="37"/>
        <source>times locked</source>
        <translation>دفعات قفل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="38"/>
        <source>rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="39"/>
        <source>file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="40"/>
        <source>from</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="41"/>
        <source>safety copy</source>
        <translation>نسخهٔ احتیاطی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="42"/>
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="43"/>
        <source>amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="50"/>
        <source>changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="52"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="54"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="57"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="59"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="111"/>
        <source>signing in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="113"/>
        <source>a manager&apos;s approval</source>
        <translation>تأیید مدیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="115"/>
        <source>counter policy</source>
        <translation>سیاست صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="117"/>
        <source>the club&apos;s data</source>
        <translation>داده‌های باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="119"/>
        <source>the audit trail</source>
        <translation>دفتر رویدادها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_text.py" line="126"/>
        <source>member {id}</source>
        <translation>عضو {id}</translation>
    </message>
</context>
<context>
    <name>AuditKind</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="383"/>
        <source>member registered</source>
        <translation>عضو ثبت‌نام شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="384"/>
        <source>purchase credited</source>
        <translation>خرید ثبت شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="385"/>
        <source>reward redeemed</source>
        <translation>جایزه داده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="386"/>
        <source>purchase refunded</source>
        <translation>خرید برگشت خورد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="387"/>
        <source>redemption voided</source>
        <translation>جایزه باطل شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="390"/>
        <source>balance adjusted</source>
        <translation>مانده اصلاح شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="391"/>
        <source>opening balance</source>
        <translation>مانده‌ٔ اولیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="392"/>
        <source>card replaced</source>
        <translation>کارت عوض شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="393"/>
        <source>points expired</source>
        <translation>امتیاز منقضی شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="394"/>
        <source>campaign bonus</source>
        <translation>هدیهٔ کارزار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="395"/>
        <source>asked for no messages</source>
        <translation>پیام نخواست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="396"/>
        <source>asked for messages again</source>
        <translation>دوباره پیام خواست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="399"/>
        <location filename="../../loyaltydesk/ui/labels.py" line="427"/>
        <source>members merged</source>
        <translation>ادغام اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="400"/>
        <location filename="../../loyaltydesk/ui/labels.py" line="428"/>
        <source>merge undone</source>
        <translation>بازگرداندن ادغام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="405"/>
        <source>signed in</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="406"/>
        <source>signed out</source>
        <translation>خارج شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="407"/>
        <source>window locked</source>
        <translation>پنجره قفل شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="408"/>
        <source>wrong PIN</source>
        <translation>رمز نادرست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="409"/>
        <source>account locked</source>
        <translation>حساب قفل شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="410"/>
        <source>account unlocked</source>
        <translation>قفل حساب باز شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="411"/>
        <source>staff added</source>
        <translation>کارمند اضافه شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="412"/>
        <source>API token changed</source>
        <translation>تغییر توکن API</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="413"/>
        <source>purchase from the till</source>
        <translation>خرید از برنامهٔ فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="414"/>
        <source>staff changed</source>
        <translation>کارمند تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="415"/>
        <source>PIN changed</source>
        <translation>رمز عوض شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="416"/>
        <source>settings changed</source>
        <translation>تنظیمات تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="417"/>
        <source>rules changed</source>
        <translation>قوانین تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="418"/>
        <source>reward changed</source>
        <translation>جایزه تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="419"/>
        <source>coupons issued</source>
        <translation>کوپن صادر شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="420"/>
        <source>coupon voided</source>
        <translation>کوپن باطل شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="421"/>
        <source>campaign run</source>
        <translation>کارزار اجرا شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="422"/>
        <source>personal data exported</source>
        <translation>داده‌های شخصی خروجی گرفته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="423"/>
        <source>backup</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="424"/>
        <source>restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="425"/>
        <source>member details changed</source>
        <translation>مشخصات عضو تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="426"/>
        <source>members imported</source>
        <translation>اعضا از فایل وارد شدند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="429"/>
        <source>offline reward conflict settled</source>
        <translation>ناهمخوانی جایزهٔ آفلاین تسویه شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="432"/>
        <source>counter action</source>
        <translation>کار صندوق</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="66"/>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="88"/>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="104"/>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="69"/>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="90"/>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="103"/>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="70"/>
        <source>Everything</source>
        <translation>همه‌چیز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="75"/>
        <source>Counter actions</source>
        <translation>کارهای صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="77"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="79"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="81"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="84"/>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="86"/>
        <source>The lines of this choice as a CSV file</source>
        <translation>سطرهای همین انتخاب به‌صورت فایل CSV</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="102"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="105"/>
        <source>Approved by</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="106"/>
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="107"/>
        <source>About</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="108"/>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="147"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="206"/>
        <source>Nothing in the audit trail for this choice.</source>
        <translation>برای این انتخاب چیزی در دفتر رویدادها نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="210"/>
        <source>The newest {count} lines; choose a shorter period to see older ones.</source>
        <translation>{count} سطر تازه‌تر؛ برای دیدن سطرهای قدیمی‌تر بازهٔ کوتاه‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="215"/>
        <source>1 line</source>
        <translation>۱ سطر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="217"/>
        <source>{count} lines</source>
        <translation>{count} سطر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="233"/>
        <source>Export the audit trail</source>
        <translation>خروجی دفتر رویدادها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="235"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/audit_view.py" line="251"/>
        <source>{count} lines written to {path}</source>
        <translation>{count} سطر در {path} نوشته شد</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="649"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="655"/>
        <source>Backups go to</source>
        <translation>محل نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="660"/>
        <source>Empty: the folder shown, on this computer. A USB stick or a synced folder keeps the club safe if this computer fails.</source>
        <translation>خالی بماند: همان پوشه‌ی نشان‌داده‌شده روی همین رایانه. با فلش USB یا پوشه‌ای که همگام می‌شود، اگر این رایانه خراب شود باشگاه از دست نمی‌رود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="668"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="674"/>
        <source>Where backups go</source>
        <translation>نسخه‌های پشتیبان کجا ذخیره شوند</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="49"/>
        <source>{n} KB</source>
        <translation>{n} کیلوبایت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="52"/>
        <source>{n} MB</source>
        <translation>{n} مگابایت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="60"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="64"/>
        <source>Last backup failed: {reason} — last good backup: {when}</source>
        <translation>آخرین پشتیبان‌گیری انجام نشد: {reason} — آخرین پشتیبان سالم: {when}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="68"/>
        <source>No backup for {days} days — last good backup: {when}</source>
        <translation>{days} روز است که پشتیبانی گرفته نشده — آخرین پشتیبان سالم: {when}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="97"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="102"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="115"/>
        <source>Encrypt the backups with a passphrase</source>
        <translation>پشتیبان‌ها با یک عبارت عبور رمزگذاری شوند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="126"/>
        <source>kept; type a new one to change it</source>
        <translation>ذخیره شده است؛ برای تغییر، عبارت تازه را بنویسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="129"/>
        <source>The passphrase is kept in the system&apos;s keyring, never in a file. Without it an encrypted backup cannot be opened: write it down somewhere safe.</source>
        <translation>عبارت عبور در جاکلیدی سیستم نگه داشته می‌شود، هرگز در یک فایل. بدون آن پشتیبان رمزگذاری‌شده باز نمی‌شود: آن را جایی امن یادداشت کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="134"/>
        <source>This computer has no keyring: the passphrase comes from the environment variable {variable}. Without it an encrypted backup cannot be opened.</source>
        <translation>این رایانه جاکلیدی ندارد: عبارت عبور از متغیر محیطی {variable} خوانده می‌شود. بدون آن پشتیبان رمزگذاری‌شده باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="140"/>
        <source>&amp;Save these settings</source>
        <translation>&amp;ذخیرهٔ این تنظیمات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="146"/>
        <source>Monthly copies kept</source>
        <translation>تعداد نسخه‌های ماهانهٔ نگه‌داشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="151"/>
        <source>Passphrase again</source>
        <translation>تکرار عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="154"/>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="155"/>
        <source>Daily copies kept</source>
        <translation>تعداد نسخه‌های روزانهٔ نگه‌داشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="157"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="158"/>
        <source>A copy is made every day while LoyaltyDesk runs</source>
        <translation>تا وقتی LoyaltyDesk باز است، هر روز یک نسخه گرفته می‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="173"/>
        <source>Made</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="173"/>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="173"/>
        <source>Encrypted</source>
        <translation>رمزگذاری‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="184"/>
        <source>&amp;Back up now</source>
        <translation>&amp;همین حالا پشتیبان بگیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="187"/>
        <source>&amp;Restore…</source>
        <translation>&amp;بازگردانی…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="191"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="215"/>
        <source>Where the backups go</source>
        <translation>پوشهٔ پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="273"/>
        <source>No backup has been made yet.</source>
        <translation>هنوز هیچ پشتیبانی گرفته نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="277"/>
        <source>Last good backup: {when}, checked: {file}</source>
        <translation>آخرین پشتیبان سالم: {when}، بررسی‌شده: {file}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="296"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="296"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="308"/>
        <source>Writing and checking the backup…</source>
        <translation>در حال نوشتن و بررسی پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="318"/>
        <source>Backup written and checked: {file} ({size})</source>
        <translation>پشتیبان نوشته و بررسی شد: {file} ({size})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/backups/dialog.py" line="352"/>
        <source>Restore from a backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
</context>
<context>
    <name>BirthdayField</name>
    <message>
        <location filename="../../loyaltydesk/ui/widgets/birthday_field.py" line="19"/>
        <source>Known</source>
        <translation>معلوم است</translation>
    </message>
</context>
<context>
    <name>Calculation</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="54"/>
        <source>{points} per {amount}</source>
        <translation>{points} امتیاز برای هر {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="63"/>
        <source>{name} {points}</source>
        <translation>{name} {points}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="69"/>
        <source>first purchase {points}</source>
        <translation>نخستین خرید {points}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="75"/>
        <source>birthday week {points}</source>
        <translation>هفتهٔ تولد {points}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="81"/>
        <source>daily limit {points}</source>
        <translation>سقف روزانه {points}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="86"/>
        <source>below the minimum purchase</source>
        <translation>کمتر از حداقل خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="89"/>
        <source>{points} point: {how}</source>
        <translation>{points} امتیاز: {how}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="91"/>
        <source>{points} points: {how}</source>
        <translation>{points} امتیاز: {how}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="102"/>
        <source>{count} stamp</source>
        <translation>{count} مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="105"/>
        <source>{count} stamps</source>
        <translation>{count} مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="121"/>
        <source>{stamps}: visit of {amount}</source>
        <translation>{stamps}: خرید {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="125"/>
        <source>no stamp: stamp limit for today reached</source>
        <translation>بدون مهر: سقف مهر امروز پر شده است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="127"/>
        <source>no stamp: below the minimum purchase for a stamp</source>
        <translation>بدون مهر: کمتر از حداقل خرید برای مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="138"/>
        <source>{stamps} taken back: the visit was refunded</source>
        <translation>{stamps} پس گرفته شد: خرید مرجوع شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="142"/>
        <source>{stamps} spent</source>
        <translation>{stamps} خرج شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="146"/>
        <source>{stamps} given back</source>
        <translation>{stamps} برگردانده شد</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="233"/>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="234"/>
        <source>Win-back</source>
        <translation>بازگرداندن مشتری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="235"/>
        <source>First-purchase anniversary</source>
        <translation>سالگرد اولین خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="238"/>
        <source>Second visit</source>
        <translation>مراجعه‌ی دوم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="239"/>
        <source>Referral</source>
        <translation>معرفی دوستان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="240"/>
        <source>Thank-you</source>
        <translation>تشکر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="264"/>
        <source>{campaign}: brought {member}</source>
        <translation>{campaign}: {member} را معرفی کرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="247"/>
        <source>running</source>
        <translation>در حال اجرا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="248"/>
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="249"/>
        <source>cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="250"/>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="95"/>
        <source>On</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="96"/>
        <source>Runs by itself every day</source>
        <translation>هر روز خودکار اجرا شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="104"/>
        <source>A message only</source>
        <translation>فقط پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="105"/>
        <source>Bonus points</source>
        <translation>امتیاز هدیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="106"/>
        <source>Coupon: percent off</source>
        <translation>کوپن: درصد تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="107"/>
        <source>Coupon: amount off</source>
        <translation>کوپن: مبلغ تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="108"/>
        <source>Coupon: a reward from the catalogue</source>
        <translation>کوپن: جایزه‌ای از فهرست جایزه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="119"/>
        <source>no ceiling</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="126"/>
        <source>The shop’s calendar</source>
        <translation>تقویم فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="127"/>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="128"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="146"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="155"/>
        <source>Days (N)</source>
        <translation>روزها (N)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="161"/>
        <source>Reward</source>
        <translation>پاداش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="163"/>
        <source>At most</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="165"/>
        <source>Valid days</source>
        <translation>روزهای اعتبار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="168"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="170"/>
        <source>Message (Persian)</source>
        <translation>پیام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="171"/>
        <source>Message (English)</source>
        <translation>پیام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="180"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="183"/>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="437"/>
        <source>Run now</source>
        <translation>اجرا کن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="186"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="197"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="197"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="197"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="222"/>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="223"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="224"/>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="225"/>
        <source>Rewarded</source>
        <translation>پاداش‌گرفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="226"/>
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="227"/>
        <source>Points</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="228"/>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="229"/>
        <source>Used</source>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="242"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="243"/>
        <source>Preview and run</source>
        <translation>پیش‌نمایش و اجرا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="244"/>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="324"/>
        <source>A birthday within the next N days, today included.</source>
        <translation>تولدی در N روز آینده، با احتساب امروز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="326"/>
        <source>Away longer than their usual gap × the reports’ factor; one-visit members: longer than N days.</source>
        <translation>غیبتی طولانی‌تر از فاصله‌ی معمول مراجعه × ضریب گزارش‌ها؛ برای اعضای یک‌بارمراجعه: بیش از N روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="330"/>
        <source>The first purchase’s anniversary within the next N days.</source>
        <translation>سالگرد اولین خرید در N روز آینده.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="332"/>
        <source>No second visit N days after the first.</source>
        <translation>تا N روز پس از اولین مراجعه، مراجعه‌ی دومی نبوده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="334"/>
        <source>The return window: the friend’s first purchase kept N days, not refunded.</source>
        <translation>مهلت مرجوعی: اولین خرید دوستِ معرفی‌شده N روز گذشته و مرجوع نشده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="336"/>
        <source>A first purchase within the last N days.</source>
        <translation>اولین خرید در N روز گذشته.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="395"/>
        <source>Campaigns</source>
        <translation>کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="397"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="425"/>
        <source>Reward {count} member now?</source>
        <translation>همین حالا به {count} عضو پاداش داده شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="427"/>
        <source>Reward {count} members now?</source>
        <translation>همین حالا به {count} عضو پاداش داده شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="431"/>
        <source>{campaign} is switched off.</source>
        <translation>کارزار {campaign} خاموش است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="495"/>
        <source>The campaign could not run; what was done so far is kept.</source>
        <translation>کارزار اجرا نشد؛ آنچه تا این لحظه انجام شده محفوظ است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="503"/>
        <source>about {cost}</source>
        <translation>حدود {cost}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="505"/>
        <source>{count} member qualifies today. Cost at most: {cost} and {points} points.</source>
        <translation>امروز {count} عضو واجد شرایط است. حداکثر هزینه: {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="507"/>
        <source>{count} members qualify today. Cost at most: {cost} and {points} points.</source>
        <translation>امروز {count} عضو واجد شرایط‌اند. حداکثر هزینه: {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="510"/>
        <source>{messages} message will be queued.</source>
        <translation>{messages} پیام در صف گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="512"/>
        <source>{messages} messages will be queued.</source>
        <translation>{messages} پیام در صف گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="521"/>
        <source>away {days} days</source>
        <translation>{days} روز غیبت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="523"/>
        <source>usually every {gap} days</source>
        <translation>معمولاً هر {gap} روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="527"/>
        <source>brought {name}</source>
        <translation>{name} را معرفی کرده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="537"/>
        <source>[{parts} SMS] {text}</source>
        <translation>[{parts} پیامک] {text}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="549"/>
        <source>{coupons} coupon</source>
        <translation>{coupons} کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="549"/>
        <source>{coupons} coupons</source>
        <translation>{coupons} کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="552"/>
        <source>{messages} message</source>
        <translation>{messages} پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="554"/>
        <source>{messages} messages</source>
        <translation>{messages} پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="557"/>
        <source>{status}: {rewarded} rewarded, {coupons}, {messages}.</source>
        <translation>{status}: {rewarded} نفر پاداش گرفتند، {coupons}، {messages}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="374"/>
        <source>Done, but the result could not be written out ({detail}).</source>
        <translation>انجام شد، ولی نتیجه را نشد نوشت ({detail}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="555"/>
        <source>{points} points expired for {members} members.</source>
        <translation>{points} امتیاز از {members} عضو منقضی شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="580"/>
        <source>Backup written to {path}</source>
        <translation>پشتیبان در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="637"/>
        <source>Report written to {path}</source>
        <translation>گزارش در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="705"/>
        <source>Restored from {path}. The data as it was before is kept in {safety}</source>
        <translation>داده‌ها از {path} بازگردانده شد. داده‌های پیش از آن در {safety} نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="825"/>
        <source>Demo club built: {members} members, {purchases} purchases, {redemptions} redemptions, {refunds} refunds.</source>
        <translation>باشگاه نمایشی ساخته شد: {members} عضو، {purchases} خرید، {redemptions} جایزهٔ دریافت‌شده، {refunds} مرجوعی.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="832"/>
        <source>Sign in with these PINs (shown once; the owner can change them):</source>
        <translation>با این رمزها وارد شوید (فقط همین یک بار نشان داده می‌شوند؛ مالک می‌تواند عوضشان کند):</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="864"/>
        <source>Operations waiting on this counter: {left}.</source>
        <translation>عملیات در انتظار روی این صندوق: {left}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="870"/>
        <source>Running the command again with --op-id {op_id} does it at most once.</source>
        <translation>اجرای دوبارهٔ فرمان با ⁦--op-id {op_id}⁩ آن را حداکثر یک بار انجام می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="952"/>
        <source>Interrupted; nothing half-done was saved.</source>
        <translation>متوقف شد؛ هیچ کار نیمه‌کاره‌ای ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="963"/>
        <source>Interrupted; the change may already be saved. Running the command again with --op-id {op_id} does it at most once.</source>
        <translation>متوقف شد؛ شاید تغییر ذخیره شده باشد. اجرای دوبارهٔ فرمان با ⁦--op-id {op_id}⁩ آن را حداکثر یک بار انجام می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="955"/>
        <source>Interrupted; the change may already be saved, so look before doing it again.</source>
        <translation>متوقف شد؛ شاید تغییر ذخیره شده باشد، پس پیش از انجام دوباره‌اش نگاهی بیندازید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="972"/>
        <source>Something unexpected went wrong; nothing half-done was saved. The details are in {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد؛ هیچ کار نیمه‌کاره‌ای ذخیره نشد. جزئیات در {log} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="978"/>
        <source>Something unexpected went wrong; the change may already be saved. Running the command again with --op-id {op_id} does it at most once. The details are in {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد؛ شاید تغییر ذخیره شده باشد. اجرای دوبارهٔ فرمان با ⁦--op-id {op_id}⁩ آن را حداکثر یک بار انجام می‌دهد. جزئیات در {log} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="983"/>
        <source>Something unexpected went wrong; the change may already be saved, so look before doing it again. The details are in {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد؛ شاید تغییر ذخیره شده باشد، پس پیش از انجام دوباره‌اش نگاهی بیندازید. جزئیات در {log} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="78"/>
        <source>Every reward is within reach.</source>
        <translation>همهٔ جایزه‌ها در دسترس است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="80"/>
        <source>{missing} more point to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="82"/>
        <source>{missing} more points to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="113"/>
        <source>{name} — card {card}</source>
        <translation>{name} — کارت {card}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="116"/>
        <source>Mobile: {phone}</source>
        <translation>موبایل: {phone}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="118"/>
        <source>Balance: {balance} point</source>
        <translation>موجودی: {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="120"/>
        <source>Balance: {balance} points</source>
        <translation>موجودی: {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="122"/>
        <source>Member since: {date}</source>
        <translation>عضو از: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="123"/>
        <source>Last visit: {date}</source>
        <translation>آخرین مراجعه: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="127"/>
        <source>Stamp card: {stamps}</source>
        <translation>کارت مهر: {stamps}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="132"/>
        <source>Birthday: {date}</source>
        <translation>تولد: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="141"/>
        <source>Owes {points} points from a refund; no reward until paid back.</source>
        <translation>به‌خاطر مرجوعی {points} امتیاز بدهکار است؛ تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="149"/>
        <source>No member matches.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="158"/>
        <source>Registered {name}: card {card}.</source>
        <translation>{name} عضو شد: کارت {card}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="166"/>
        <source>Card {old} is replaced by card {new}; the balance stays.</source>
        <translation>کارت {new} جای کارت {old} را گرفت؛ موجودی دست نخورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="185"/>
        <source>{points} point for {name} ({amount}). Balance: {balance}.</source>
        <translation>{points} امتیاز برای {name} ({amount}). موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="187"/>
        <source>{points} points for {name} ({amount}). Balance: {balance}.</source>
        <translation>{points} امتیاز برای {name} ({amount}). موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="222"/>
        <source>{stamp}. Stamp card: {stamps}.</source>
        <translation>{stamp}. کارت مهر: {stamps}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="82"/>
        <location filename="../../loyaltydesk/cli/text.py" line="180"/>
        <location filename="../../loyaltydesk/cli/text.py" line="231"/>
        <location filename="../../loyaltydesk/cli/text.py" line="258"/>
        <source>(Already done earlier with this operation id; nothing changed.)</source>
        <translation>(این کار پیش‌تر با همین شناسهٔ عملیات انجام شده بود؛ چیزی تغییر نکرد.)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="93"/>
        <source>for {name}</source>
        <translation>برای {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="95"/>
        <source>open, one use</source>
        <translation>آزاد، یک‌بار مصرف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="97"/>
        <source>open, {left} of {uses} uses left</source>
        <translation>آزاد، {left} بار از {uses} بار مانده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="100"/>
        <source>{code}  {terms}; {who}; {first} to {last}; {state}</source>
        <translation>{code}  {terms}؛ {who}؛ {first} تا {last}؛ {state}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="134"/>
        <source>E-mail: {address}</source>
        <translation>ایمیل: {address}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="136"/>
        <source>No messages: asked not to be messaged.</source>
        <translation>بدون پیام: خواسته است برایش پیامی فرستاده نشود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="138"/>
        <source>Notes: {notes}</source>
        <translation>یادداشت: {notes}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="198"/>
        <source>Coupon {coupon} gives {reward}; {paid} paid.</source>
        <translation>کوپن {coupon} {reward} می‌دهد؛ {paid} پرداخت شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="206"/>
        <source>Coupon {coupon} ({terms}): {discount} off {gross}; {paid} paid.</source>
        <translation>کوپن {coupon} ({terms}): {discount} تخفیف از {gross}؛ {paid} پرداخت شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="237"/>
        <source>{reward} for {name}: {stamps}. Stamp card: {balance}.</source>
        <translation>{reward} برای {name}: {stamps}. کارت مهر: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="244"/>
        <source>{reward} for {name}: {points} points. Balance: {balance}.</source>
        <translation>{reward} برای {name}: {points} امتیاز. موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="254"/>
        <source>Redemption entry {entry}.</source>
        <translation>ردیف دریافت جایزه: {entry}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="264"/>
        <source>Refund {refund} of {purchase} for {name}: {points} points back, balance {before} → {after}.</source>
        <translation>مرجوعی {refund} از خرید {purchase} برای {name}: {points} امتیاز پس گرفته می‌شود، موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="279"/>
        <source>{points} of this purchase&apos;s points had already expired; they are not taken back again.</source>
        <translation>{points} امتیاز از امتیازهای این خرید پیش‌تر منقضی شده بود؛ این امتیازها دوباره پس گرفته نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="287"/>
        <source>The points were already spent: the member will owe {points}.</source>
        <translation>این امتیازها خرج شده‌اند: عضو {points} امتیاز بدهکار می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="293"/>
        <source>The visit&apos;s stamp is taken back: stamp card {before} → {after}.</source>
        <translation>مهر این خرید پس گرفته می‌شود: کارت مهر {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="300"/>
        <source>The coupon {coupon} is given back: it can be used again.</source>
        <translation>کوپن {coupon} پس داده می‌شود: دوباره می‌شود از آن استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="302"/>
        <source>The coupon {coupon} stays used.</source>
        <translation>کوپن {coupon} مصرف‌شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="308"/>
        <location filename="../../loyaltydesk/cli/text.py" line="334"/>
        <source>Done. {details}</source>
        <translation>انجام شد. {details}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="315"/>
        <source>Void redemption {entry} ({reward}): {points} points back, balance {before} → {after}.</source>
        <translation>لغو دریافت جایزهٔ {entry} ({reward}): {points} امتیاز برمی‌گردد، موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="327"/>
        <source>{stamps} back on the stamp card: {before} → {after}.</source>
        <translation>{stamps} به کارت مهر برگشت: {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="337"/>
        <source>{kind} {points} points for {name}. Balance: {balance}.</source>
        <translation>{kind}: {points} امتیاز برای {name}. موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="348"/>
        <source>No points have moved yet.</source>
        <translation>هنوز امتیازی جابه‌جا نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="365"/>
        <source>(with coupon {coupon})</source>
        <translation>(با کوپن {coupon})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="373"/>
        <source>[stamp card: {stamps}]</source>
        <translation>[کارت مهر: {stamps}]</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="378"/>
        <source>(entered {date})</source>
        <translation>(ثبت‌شده در {date})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="391"/>
        <source>{members} members and {entries} ledger entries checked.</source>
        <translation>{members} عضو و {entries} ردیف دفتر امتیاز بررسی شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="395"/>
        <source>Every balance matches its ledger.</source>
        <translation>موجودی همهٔ اعضا با دفتر امتیاز می‌خواند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="398"/>
        <source>{count} balances differ from their ledger:</source>
        <translation>موجودی {count} عضو با دفتر امتیاز نمی‌خواند:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="404"/>
        <source>member {member} (card {card}): shown {cached}, ledger {ledger}</source>
        <translation>عضو {member} (کارت {card}): ثبت‌شده {cached}، طبق دفتر {ledger}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="415"/>
        <source>member {member} (card {card}): stamps shown {cached}, ledger {ledger}</source>
        <translation>عضو {member} (کارت {card}): مهر نمایش‌داده‌شده {cached}، دفتر {ledger}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="426"/>
        <source>coupon {coupon}: counted {uses} uses, {recorded} recorded</source>
        <translation>کوپن {coupon}: {uses} بار استفاده شمرده شده، {recorded} بار ثبت شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="436"/>
        <source>Stamp card: one stamp a visit from {amount}, at most {count} a day.</source>
        <translation>کارت مهر: برای هر خرید از {amount} یک مهر، حداکثر {count} مهر در روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="443"/>
        <source>Stamps instead of points: purchases earn no points.</source>
        <translation>مهر به‌جای امتیاز: خریدها امتیازی نمی‌گیرند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="451"/>
        <source>{points} point for every {amount} spent.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="467"/>
        <source>Rule version {version}, in force since {date}.</source>
        <translation>نسخهٔ {version} قوانین، از {date}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="453"/>
        <source>{points} points for every {amount} spent.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="69"/>
        <source>Enough stamps for {reward}.</source>
        <translation>مهرها برای {reward} کافی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="72"/>
        <source>{missing} more to {reward}.</source>
        <translation>{missing} دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="459"/>
        <source>Minimum purchase: {amount}.</source>
        <translation>حداقل خرید: {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="474"/>
        <source>At most {points} points a day.</source>
        <translation>حداکثر {points} امتیاز در روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="479"/>
        <source>First purchase: {points} extra points.</source>
        <translation>نخستین خرید: {points} امتیاز اضافه.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="480"/>
        <source>Birthday week: {points} extra points.</source>
        <translation>هفتهٔ تولد: {points} امتیاز اضافه.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="486"/>
        <source>Promotion: {name}</source>
        <translation>طرح تشویقی: {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="496"/>
        <source>Tier: {name} from {threshold}, {multiplier}</source>
        <translation>سطح {name} از {threshold}، {multiplier}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="506"/>
        <source>Points expire {months} months after they are earned.</source>
        <translation>امتیازها {months} ماه پس از کسب منقضی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="511"/>
        <source>Outstanding: {points} points ({money}).</source>
        <translation>امتیازهای مانده: {points} ({money}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="521"/>
        <source>No rewards yet.</source>
        <translation>هنوز جایزه‌ای تعریف نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="523"/>
        <source>(inactive)</source>
        <translation>(غیرفعال)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/printing.py" line="170"/>
        <source>{pages} page(s) written to {path}</source>
        <translation>{pages} صفحه در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/printing.py" line="174"/>
        <source>{pages} page(s) sent to {printer}</source>
        <translation>{pages} صفحه به {printer} فرستاده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/printing.py" line="178"/>
        <source>({cards} cards)</source>
        <translation>({cards} کارت)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/report_output.py" line="543"/>
        <source>No purchases in this period.</source>
        <translation>در این دوره خریدی نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/report_output.py" line="623"/>
        <source>No opening hours are set: the anomalies page does not check the time of day.</source>
        <translation>ساعت کاری تعیین نشده است: صفحهٔ ناهنجاری‌ها ساعت ثبت‌ها را بررسی نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/report_output.py" line="627"/>
        <source>Open from {opens} to {closes} every day.</source>
        <translation>هر روز از {opens} تا {closes} باز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="150"/>
        <source>It can be used now.</source>
        <translation>اکنون می‌شود از آن استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="154"/>
        <source>On a purchase of {gross}: {reward} free, {paid} to pay.</source>
        <translation>برای خرید {gross}: {reward} رایگان، {paid} برای پرداخت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="156"/>
        <source>On a purchase of {gross}: {discount} off, {paid} to pay.</source>
        <translation>برای خرید {gross}: {discount} تخفیف، {paid} برای پرداخت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="190"/>
        <source>used {when} at {counter} by {staff}, purchase {purchase}: {discount} off</source>
        <translation>استفاده در {when} در {counter} توسط {staff}، خرید {purchase}: {discount} تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="200"/>
        <source>(given back by a refund {when})</source>
        <translation>(با مرجوعی در {when} برگشت داده شد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="215"/>
        <source>Coupon {coupon} was already voided ({when}); nothing changed.</source>
        <translation>کوپن {coupon} پیش‌تر باطل شده بود ({when})؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="217"/>
        <source>Coupon {coupon} is voided: nobody can use it any more.</source>
        <translation>کوپن {coupon} باطل شد: دیگر کسی نمی‌تواند از آن استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="241"/>
        <source>No coupons.</source>
        <translation>کوپنی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="260"/>
        <source>A purchase refunded in full gives its coupon back.</source>
        <translation>خریدی که کامل مرجوع شود، کوپنش را پس می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="262"/>
        <source>A refunded purchase never gives its coupon back.</source>
        <translation>خرید مرجوعی هیچ‌وقت کوپنش را پس نمی‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="264"/>
        <source>A purchase refunded in full gives a member&apos;s own single-use coupon back; other coupons stay used.</source>
        <translation>خریدی که کامل مرجوع شود، کوپن یک‌بارمصرف شخصی عضو را پس می‌دهد؛ کوپن‌های دیگر استفاده‌شده می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="185"/>
        <source>{name}: {state}, {auto}, last run: {last}</source>
        <translation>{name}: {state}، {auto}، آخرین اجرا: {last}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="187"/>
        <source>on</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="187"/>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="188"/>
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="190"/>
        <source>by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="201"/>
        <source>No runs yet.</source>
        <translation>هنوز اجرایی نبوده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="209"/>
        <source>Campaign {name} saved.</source>
        <translation>کارزار {name} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="241"/>
        <source>{count} member qualifies; about {cost} and {points} points.</source>
        <translation>{count} عضو واجد شرایط است؛ حدود {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="243"/>
        <source>{count} members qualify; about {cost} and {points} points.</source>
        <translation>{count} عضو واجد شرایط‌اند؛ حدود {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="247"/>
        <source>{count} member qualifies; at most {cost} and {points} points.</source>
        <translation>{count} عضو واجد شرایط است؛ حداکثر {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="249"/>
        <source>{count} members qualify; at most {cost} and {points} points.</source>
        <translation>{count} عضو واجد شرایط‌اند؛ حداکثر {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="255"/>
        <source>{messages} message will be queued.</source>
        <translation>{messages} پیام در صف گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="257"/>
        <source>{messages} messages will be queued.</source>
        <translation>{messages} پیام در صف گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="265"/>
        <source>{messages} message</source>
        <translation>{messages} پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="267"/>
        <source>{messages} messages</source>
        <translation>{messages} پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="270"/>
        <source>{coupons} coupon</source>
        <translation>{coupons} کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="272"/>
        <source>{coupons} coupons</source>
        <translation>{coupons} کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="274"/>
        <source>{name} {when}: {status}; {qualified} qualified, {rewarded} rewarded, {coupons}, {points} points, {messages}.</source>
        <translation>{name} {when}: {status}؛ {qualified} واجد شرایط، {rewarded} پاداش گرفتند، {coupons}، {points} امتیاز، {messages}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="137"/>
        <source>Mail server set: {host}, port {port}, from {sender}.</source>
        <translation>سرور ایمیل تعیین شد: {host}، درگاه {port}، از طرف {sender}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="145"/>
        <source>The password is kept in the system keyring.</source>
        <translation>گذرواژه در جاکلیدی سیستم نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="151"/>
        <source>No mail server is set.</source>
        <translation>سرور ایمیلی تعیین نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="155"/>
        <source>Mail server: {host}, port {port}, from {sender}.</source>
        <translation>سرور ایمیل: {host}، درگاه {port}، از طرف {sender}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="163"/>
        <source>LoyaltyDesk: test message</source>
        <translation>LoyaltyDesk: پیام آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="164"/>
        <source>This is a test from LoyaltyDesk: the club&apos;s e-mail to members works.</source>
        <translation>این پیامی آزمایشی از LoyaltyDesk است: ایمیل باشگاه به اعضا کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="170"/>
        <source>Test message sent to {address}.</source>
        <translation>پیام آزمایشی به {address} فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="188"/>
        <source>No messages.</source>
        <translation>پیامی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="198"/>
        <source>tries: {attempts}</source>
        <translation>تلاش‌ها: {attempts}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/feedback.py" line="119"/>
        <source>Recorded why {name} stopped coming.</source>
        <translation>ثبت شد که {name} چرا دیگر نمی‌آید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/feedback.py" line="129"/>
        <source>Recorded: {name}&apos;s visit scored {score} of {high}.</source>
        <translation>ثبت شد: امتیاز مراجعهٔ {name}، {score} از {high}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/feedback.py" line="136"/>
        <source>(already recorded)</source>
        <translation>(پیش‌تر ثبت شده بود)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/shift_output.py" line="47"/>
        <source>Shift report sent to the receipt printer.</source>
        <translation>گزارش شیفت به چاپگر رسید فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/shift_output.py" line="53"/>
        <source>Shift report written to {path}</source>
        <translation>گزارش شیفت در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="81"/>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="83"/>
        <source>locked until {time}</source>
        <translation>قفل تا {time}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="97"/>
        <source>No staff accounts yet.</source>
        <translation>هنوز هیچ حساب کارکنی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="104"/>
        <source>Account added: {account}.</source>
        <translation>حساب افزوده شد: {account}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="107"/>
        <source>New PIN saved for {account}.</source>
        <translation>رمز تازه برای {account} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="110"/>
        <source>Role changed: {account}.</source>
        <translation>نقش عوض شد: {account}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="113"/>
        <source>Unlocked: {account}.</source>
        <translation>قفل باز شد: {account}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="117"/>
        <source>Enabled: {account}.</source>
        <translation>فعال شد: {account}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="119"/>
        <source>Disabled: {account}.</source>
        <translation>غیرفعال شد: {account}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="171"/>
        <source>A redemption above {points} points needs a manager.</source>
        <translation>دادن جایزه‌ی بالاتر از {points} امتیاز تأیید مدیر می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="166"/>
        <source>A credit above {amount} needs a manager.</source>
        <translation>ثبت خرید بالاتر از {amount} تأیید مدیر می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="170"/>
        <source>No credit needs a manager.</source>
        <translation>هیچ ثبت خریدی تأیید مدیر نمی‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="175"/>
        <source>No redemption needs a manager.</source>
        <translation>هیچ دادن جایزه‌ای تأیید مدیر نمی‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="176"/>
        <source>The window locks after {minutes} idle minutes.</source>
        <translation>پنجره پس از {minutes} دقیقه بی‌کاری قفل می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="180"/>
        <source>The window never locks by itself.</source>
        <translation>پنجره هیچ‌وقت خودبه‌خود قفل نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="181"/>
        <source>While the server does not answer, a member may spend {points} points a day.</source>
        <translation>تا سرور پاسخ ندهد، هر عضو روزانه تا {points} امتیاز می‌تواند خرج کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="185"/>
        <source>No rewards are given while the server does not answer.</source>
        <translation>تا سرور پاسخ ندهد، جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="219"/>
        <source>approved by {name}</source>
        <translation>با تأیید {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="228"/>
        <source>Nothing in the audit trail for this choice.</source>
        <translation>برای این انتخاب چیزی در دفتر رویدادها نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/staff_run.py" line="230"/>
        <source>{count} lines written to {path}</source>
        <translation>{count} سطر در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/member_import.py" line="114"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/member_import.py" line="114"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/member_import.py" line="150"/>
        <source>Checked {rows} rows, nothing written: {imported} would be imported, {already} already imported, {refused} refused.</source>
        <translation>{rows} ردیف بررسی شد و چیزی ذخیره نشد: {imported} ردیف وارد می‌شود، {already} ردیف پیش‌تر وارد شده و {refused} ردیف پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/member_import.py" line="156"/>
        <source>Imported {imported} of {rows} rows; {already} already imported, {refused} refused.</source>
        <translation>{imported} ردیف از {rows} ردیف وارد شد؛ {already} ردیف پیش‌تر وارد شده بود و {refused} ردیف پذیرفته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/member_import.py" line="169"/>
        <source>Row {row}: {reason}</source>
        <translation>ردیف {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/member_import.py" line="173"/>
        <source>Refused rows written to {path}</source>
        <translation>ردیف‌های پذیرفته‌نشده در {path} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/merge_run.py" line="70"/>
        <source>No likely duplicates found.</source>
        <translation>عضو تکراری احتمالی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/merge_run.py" line="72"/>
        <source>{shown} of {total} pairs shown.</source>
        <translation>{shown} جفت از {total} جفت نشان داده شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/merge_run.py" line="79"/>
        <source>{merged} merged into {kept}: {points} points and {stamps} stamps moved.</source>
        <translation>{merged} در {kept} ادغام شد: {points} امتیاز و {stamps} مهر منتقل شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/merge_run.py" line="100"/>
        <source>Merge of {merged} into {kept} undone.</source>
        <translation>ادغام {merged} در {kept} برگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/merge_run.py" line="110"/>
        <source>{name} (card {card}, {phone}, {points} points)</source>
        <translation>{name} (کارت {card}، {phone}، {points} امتیاز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/merge_run.py" line="145"/>
        <source>{count} rows written to {path}</source>
        <translation>{count} ردیف در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="33"/>
        <source>Backup passphrase: </source>
        <translation>عبارت عبور پشتیبان: </translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="34"/>
        <source>The passphrase again: </source>
        <translation>تکرار عبارت عبور: </translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="55"/>
        <source>Backup written to {path} ({size} bytes) and checked.</source>
        <translation>پشتیبان در {path} نوشته و بررسی شد ({size} بایت).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="59"/>
        <source>The server&apos;s own archive (pg_dump): {path}</source>
        <translation>بایگانی خود سرور (pg_dump): {path}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="65"/>
        <source>Older backups removed: {count}</source>
        <translation>پشتیبان‌های قدیمیِ پاک‌شده: {count}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="88"/>
        <source>No backups in {folder} yet.</source>
        <translation>هنوز پشتیبانی در {folder} نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="90"/>
        <source>Backups in {folder}:</source>
        <translation>پشتیبان‌های {folder}:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="92"/>
        <source>(encrypted)</source>
        <translation>(رمزگذاری‌شده)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/backups.py" line="103"/>
        <source>Encrypted backup written to {path} and checked.</source>
        <translation>پشتیبان رمزگذاری‌شده در {path} نوشته و بررسی شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="87"/>
        <source>Operation {op_id} will not be sent.</source>
        <translation>عملیات {op_id} فرستاده نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="154"/>
        <source>The club&apos;s server does not answer; operations waiting on this counter: {left}.</source>
        <translation>سرور باشگاه پاسخ نمی‌دهد؛ عملیات در انتظار روی این صندوق: {left}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="159"/>
        <source>Operations sent: {sent} ({replayed} of them were there already).</source>
        <translation>عملیات فرستاده‌شده: {sent} ({replayed} مورد از پیش ثبت شده بود).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="165"/>
        <source>Refused by the server: {count} (kept here; see `sync pending`).</source>
        <translation>ردشده از سوی سرور: {count} (این‌جا نگه داشته شد؛ `sync pending` را ببینید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="171"/>
        <source>Rewards the points no longer covered: {count} (see `sync conflicts`).</source>
        <translation>جایزه‌هایی که امتیازشان دیگر کافی نبود: {count} (`sync conflicts` را ببینید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="177"/>
        <source>The server went away again; still waiting: {left}.</source>
        <translation>ارتباط با سرور دوباره قطع شد؛ هنوز در انتظار: {left}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="189"/>
        <source>Nothing waits on this counter.</source>
        <translation>چیزی در این صندوق منتظر نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="194"/>
        <source>purchase {amount}, about {points} points</source>
        <translation>خرید {amount}، حدود {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="198"/>
        <source>{reward} for {points} points</source>
        <translation>{reward} با {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="204"/>
        <source>waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="206"/>
        <source>refused: {reason}</source>
        <translation>رد شد: {reason}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="226"/>
        <source>No offline rewards wait to be settled.</source>
        <translation>هیچ جایزهٔ آفلاینی در انتظار تسویه نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="230"/>
        <source>#{id} {member}: {reward} given offline at {counter} on {at}; {taken} of {wanted} points taken, {short} short.</source>
        <translation>#{id} {member}: {reward} در حالت آفلاین در {counter} در {at} داده شد؛ {taken} از {wanted} امتیاز کسر شد، {short} کم بود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/sync.py" line="245"/>
        <source>Settled ({how}) by {who}.</source>
        <translation>تسویه شد ({how}) توسط {who}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/club_run.py" line="94"/>
        <source>The club ({members} members, {entries} ledger lines) is on {server}, database {database}; verify is clean on both sides. This counter uses the server from its next start; the file on this computer is kept as it was.</source>
        <translation>باشگاه ({members} عضو، {entries} خط دفتر امتیاز) اکنون روی {server} است، در پایگاه دادهٔ {database}؛ بررسی حساب‌ها در هر دو سو بی‌اشکال است. این صندوق از اجرای بعدی با سرور کار می‌کند؛ فایل روی این رایانه همان‌طور که بود می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="38"/>
        <source>{name} · made {made}</source>
        <translation>{name} · ساخته‌شده در {made}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="42"/>
        <source>last used {time}</source>
        <translation>آخرین استفاده {time}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="46"/>
        <source>revoked {time}</source>
        <translation>باطل‌شده در {time}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="58"/>
        <source>Token for {name}: {token}
It is shown only this once: put it in the POS&apos;s settings now (Authorization: Bearer TOKEN).</source>
        <translation>توکن {name}: {token}
فقط همین یک بار نشان داده می‌شود: همین حالا آن را در تنظیمات برنامهٔ فروش (POS) وارد کنید (Authorization: Bearer TOKEN).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="69"/>
        <source>No API tokens yet.</source>
        <translation>هنوز هیچ توکن API ساخته نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="75"/>
        <source>Revoked: {name}; the POS using it is refused from now on.</source>
        <translation>باطل شد: {name}؛ از این پس درخواست‌های صندوقی که از آن استفاده می‌کند پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="100"/>
        <source>The API answers at {address}/ (Ctrl+C stops it).</source>
        <translation>رابط برنامه‌نویسی در {address}/ پاسخ می‌دهد (با Ctrl+C متوقف می‌شود).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="107"/>
        <source>Other computers of the network can reach it; each still needs a token.</source>
        <translation>رایانه‌های دیگر شبکه هم به آن دسترسی دارند؛ هر کدام همچنان به توکن نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/api_run.py" line="163"/>
        <source>Receipts dropped into {folder} are credited.</source>
        <translation>رسیدهایی که در پوشهٔ {folder} گذاشته شوند ثبت می‌شوند.</translation>
    </message>
</context>
<context>
    <name>ClubLight</name>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="104"/>
        <source>Shared club · server on this computer</source>
        <translation>باشگاه مشترک، سرور روی همین رایانه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="106"/>
        <source>Shared club · server {host}</source>
        <translation>باشگاه مشترک، سرور {host}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="109"/>
        <source>Club on this computer</source>
        <translation>باشگاه روی همین رایانه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="110"/>
        <source>The club&apos;s data is in a file on this computer: {place}</source>
        <translation>داده‌های باشگاه در پرونده‌ای روی همین رایانه است: {place}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="113"/>
        <source>{place}: cannot be used</source>
        <translation>{place}: قابل استفاده نیست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="117"/>
        <source>Nothing is sent to it: what this counter keeps waits here.</source>
        <translation>چیزی به آن فرستاده نمی‌شود: آنچه این صندوق نگه داشته، همین‌جا منتظر می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="121"/>
        <source>{place}: offline</source>
        <translation>{place}: بدون اتصال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="123"/>
        <source>The server {place} does not answer. The counter goes on working: purchases are kept here and sent, each once, when the server answers again.</source>
        <translation>سرور {place} پاسخ نمی‌دهد. صندوق به کار ادامه می‌دهد: خریدها این‌جا نگه داشته می‌شوند و وقتی سرور دوباره پاسخ داد، هر کدام یک بار فرستاده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="128"/>
        <source>{place}: sending</source>
        <translation>{place}: در حال فرستادن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="129"/>
        <source>What this counter kept is being sent to the server {place}.</source>
        <translation>آنچه این صندوق نگه داشته بود در حال فرستادن به سرور {place} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="131"/>
        <source>{place}: connected</source>
        <translation>{place}: وصل است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="132"/>
        <source>This counter shares the club on the server {place}.</source>
        <translation>این صندوق باشگاه مشترک روی سرور {place} را به کار می‌برد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="136"/>
        <source>{count} waiting</source>
        <translation>{count} مورد در انتظار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="139"/>
        <source>{count} refused</source>
        <translation>{count} مورد رد شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/light.py" line="142"/>
        <source>Click to see what waits (Club → Offline queue).</source>
        <translation>برای دیدن موارد در انتظار کلیک کنید (باشگاه ← صف آفلاین).</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="140"/>
        <source>Scan a card, or type a phone number, its last 4 digits or a name</source>
        <translation>کارت را اسکن کنید، یا شمارهٔ تلفن، چهار رقم آخر آن یا نام را بنویسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="143"/>
        <source>Scan a card or a coupon, or type a phone number, its last 4 digits or a name</source>
        <translation>کارت یا کوپن را اسکن کنید، یا شماره تلفن، ۴ رقم آخر آن یا نام را بنویسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="153"/>
        <source>New member (F2)</source>
        <translation>عضو جدید (F2)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="172"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="176"/>
        <source>Receipt no. (optional)</source>
        <translation>شمارهٔ رسید (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="177"/>
        <source>Credit purchase (Enter)</source>
        <translation>ثبت خرید (Enter)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="180"/>
        <source>Rewards (Ctrl+number)</source>
        <translation>جایزه‌ها (Ctrl+عدد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="182"/>
        <source>Undo last action (F8)</source>
        <translation>برگرداندن آخرین کار (F8)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="183"/>
        <source>Member details (F4)</source>
        <translation>جزئیات عضو (F4)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="184"/>
        <source>Print thank-you note (F9)</source>
        <translation>چاپ یادداشت تشکر (F9)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="186"/>
        <source>Shift+F9 prints a slip instead</source>
        <translation>Shift+F9 به‌جای آن رسید چاپ می‌کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="189"/>
        <source>How was the visit? (F3)</source>
        <translation>مراجعه چطور بود؟ (F3)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="266"/>
        <source>Purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="326"/>
        <source>A coupon code: press Enter.</source>
        <translation>کد کوپن است: Enter را بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="340"/>
        <source>A coupon code has 14 digits: type them all, then press Enter.</source>
        <translation>کد کوپن ۱۴ رقم دارد: همه را بنویسید، سپس Enter را بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="348"/>
        <source>The server does not answer: members this counter has seen.</source>
        <translation>سرور پاسخ نمی‌دهد: اعضایی که این صندوق دیده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="356"/>
        <source>The server does not answer, and this counter has not seen such a member. Do not register them again: keep the receipt and credit it when the light is green.</source>
        <translation>سرور پاسخ نمی‌دهد و این صندوق چنین عضوی را ندیده است. او را دوباره ثبت‌نام نکنید: رسید را نگه دارید و وقتی چراغ سبز شد خرید را ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="370"/>
        <source>{name}   ·   card {card}   ·   {phone}   ·   {balance} point</source>
        <translation>{name}   ·   کارت {card}   ·   {phone}   ·   {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="372"/>
        <source>{name}   ·   card {card}   ·   {phone}   ·   {balance} points</source>
        <translation>{name}   ·   کارت {card}   ·   {phone}   ·   {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="391"/>
        <source>No member matches.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="514"/>
        <source>The server does not answer: as this counter saw them at {time}.</source>
        <translation>سرور پاسخ نمی‌دهد: همان‌طور که این صندوق در {time} دیده بود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="522"/>
        <source>1 action waits to be sent ({points} points).</source>
        <translation>یک کار در انتظار فرستادن است ({points} امتیاز).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="524"/>
        <source>{count} actions wait to be sent ({points} points).</source>
        <translation>{count} کار در انتظار فرستادن است ({points} امتیاز).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="555"/>
        <source>The balance has changed meanwhile: now {balance}.</source>
        <translation>موجودی در این فاصله تغییر کرده است: اکنون {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="559"/>
        <source>The stamp card has changed meanwhile: now {stamps}.</source>
        <translation>کارت مهر در این فاصله تغییر کرده است: اکنون {stamps}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="594"/>
        <source>Now find the member who uses it.</source>
        <translation>حالا عضوی را که از آن استفاده می‌کند پیدا کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="622"/>
        <source>Type the whole purchase, before the discount.</source>
        <translation>مبلغ کل خرید را، پیش از تخفیف، بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="649"/>
        <source>Find the member first.</source>
        <translation>اول عضو را پیدا کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="708"/>
        <source>The purchase from the till was cancelled.</source>
        <translation>خرید برنامهٔ فروش لغو شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="740"/>
        <source>{points} point — balance {balance}</source>
        <translation>{points} امتیاز — موجودی {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="742"/>
        <source>{points} points — balance {balance}</source>
        <translation>{points} امتیاز — موجودی {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="746"/>
        <source>coupon gives {reward}</source>
        <translation>کوپن {reward} داد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="751"/>
        <source>coupon: {discount} off, {paid} paid</source>
        <translation>کوپن: {discount} تخفیف، {paid} پرداخت شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="759"/>
        <source>(already credited)</source>
        <translation>(پیش‌تر ثبت شده بود)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="794"/>
        <source>Thank you: the visit&apos;s score, {score}, is recorded.</source>
        <translation>سپاس: امتیاز مراجعه، {score}، ثبت شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="815"/>
        <source>{key}. {reward} — {cost} points</source>
        <translation>{key}. {reward} — {cost} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="841"/>
        <source>There is no reward number {number} for this member.</source>
        <translation>جایزهٔ شمارهٔ {number} برای این عضو نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="860"/>
        <source>Redeem a reward</source>
        <translation>دادن جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="862"/>
        <source>Give {reward} for {cost} points?</source>
        <translation>{reward} در برابر {cost} امتیاز داده شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="866"/>
        <source>Give {reward} for {stamps}?</source>
        <translation>{reward} در برابر {stamps} داده شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="895"/>
        <source>{reward} given: {points} points — balance {balance}</source>
        <translation>{reward} داده شد: {points} امتیاز — موجودی {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="901"/>
        <source>{reward} given: {stamps} — stamp card {balance}</source>
        <translation>{reward} داده شد: {stamps} — کارت مهر {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="922"/>
        <source>Kept on this counter: about {points} points, sent when the server answers.</source>
        <translation>در این صندوق نگه داشته شد: حدود {points} امتیاز؛ وقتی سرور پاسخ دهد فرستاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="926"/>
        <source>{reward} given, kept on this counter: {points} points, sent when the server answers.</source>
        <translation>{reward} داده شد و در این صندوق نگه داشته شد: {points} امتیاز؛ وقتی سرور پاسخ دهد فرستاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="971"/>
        <source>Take back the purchase of {amount} kept on this counter? It is never sent, and the member does not get its points.</source>
        <translation>خرید {amount} که روی این صندوق نگه داشته شده پس گرفته شود؟ هرگز فرستاده نمی‌شود و عضو امتیازش را نمی‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="976"/>
        <source>Take back {reward} kept on this counter? It is never sent, and the member keeps the {points} points.</source>
        <translation>{reward} که روی این صندوق نگه داشته شده پس گرفته شود؟ هرگز فرستاده نمی‌شود و {points} امتیاز برای عضو می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="997"/>
        <source>Undone: it will not be sent.</source>
        <translation>برگردانده شد: فرستاده نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1014"/>
        <source>Nothing to print yet: credit a purchase or give a reward first.</source>
        <translation>هنوز چیزی برای چاپ نیست: اول خریدی ثبت کنید یا جایزه‌ای بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1021"/>
        <source>Kept on this counter: its note can be printed once the server has it.</source>
        <translation>روی این صندوق نگه داشته شده: یادداشتش را وقتی سرور آن را ثبت کرد می‌توان چاپ کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1051"/>
        <source>Take back the purchase of {amount}? {points} point comes off; balance {before} → {after}.</source>
        <translation>خرید {amount} برگردانده شود؟ {points} امتیاز کم می‌شود؛ موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1056"/>
        <source>Take back the purchase of {amount}? {points} points come off; balance {before} → {after}.</source>
        <translation>خرید {amount} برگردانده شود؟ {points} امتیاز کم می‌شود؛ موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1066"/>
        <source>The visit&apos;s stamp comes off the stamp card.</source>
        <translation>مهر این خرید از کارت مهر کم می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1069"/>
        <source>The coupon {coupon} will be given back.</source>
        <translation>کوپن {coupon} پس داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1071"/>
        <source>The coupon {coupon} stays used.</source>
        <translation>کوپن {coupon} مصرف‌شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1077"/>
        <source>Take back {reward}? {points} points are given back; balance {before} → {after}.</source>
        <translation>{reward} پس گرفته شود؟ {points} امتیاز برمی‌گردد؛ موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1087"/>
        <source>Take back {reward}? {stamps} go back on the stamp card: {before} → {after}.</source>
        <translation>{reward} پس گرفته شود؟ {stamps} به کارت مهر برمی‌گردد: {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="958"/>
        <source>Undo the last action</source>
        <translation>برگرداندن آخرین کار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1122"/>
        <source>Undone — balance {balance}</source>
        <translation>برگردانده شد — موجودی {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1131"/>
        <source>Not done: this needs a manager&apos;s PIN.</source>
        <translation>انجام نشد: این کار رمز مدیر را می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1147"/>
        <source>Welcome to the club! Card {card}</source>
        <translation>به باشگاه خوش آمدید! کارت {card}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1176"/>
        <source>Recorded: no messages to this member.</source>
        <translation>ثبت شد: برای این عضو پیامی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="1178"/>
        <source>Recorded: this member gets the club&apos;s messages again.</source>
        <translation>ثبت شد: این عضو دوباره پیام‌های باشگاه را می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>CouponStrip</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="45"/>
        <source>Take the coupon off this purchase (Esc)</source>
        <translation>برداشتن کوپن از این خرید (Esc)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="66"/>
        <source>Coupon {code}: {terms}</source>
        <translation>کوپن {code}: {terms}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="77"/>
        <source>for {name}</source>
        <translation>برای {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="79"/>
        <source>for anyone ({uses} uses left)</source>
        <translation>برای همه ({uses} بار استفادهٔ باقی‌مانده)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="83"/>
        <source>{whom}, valid until {day}</source>
        <translation>{whom}، معتبر تا {day}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="97"/>
        <source>Gives {reward}, to pay {paid}, earns {points} point</source>
        <translation>{reward} می‌دهد، قابل پرداخت {paid}، {points} امتیاز می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="99"/>
        <source>Gives {reward}, to pay {paid}, earns {points} points</source>
        <translation>{reward} می‌دهد، قابل پرداخت {paid}، {points} امتیاز می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="108"/>
        <source>Discount {discount}, to pay {paid}, earns {points} point</source>
        <translation>تخفیف {discount}، قابل پرداخت {paid}، {points} امتیاز می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="110"/>
        <source>Discount {discount}, to pay {paid}, earns {points} points</source>
        <translation>تخفیف {discount}، قابل پرداخت {paid}، {points} امتیاز می‌گیرد</translation>
    </message>
</context>
<context>
    <name>CouponText</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="160"/>
        <source>{percent}% off</source>
        <translation>{percent}٪ تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="164"/>
        <source>{amount} off</source>
        <translation>{amount} تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="169"/>
        <source>a reward</source>
        <translation>یک جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="178"/>
        <source>at most {amount}</source>
        <translation>حداکثر {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="184"/>
        <source>on a purchase of at least {amount}</source>
        <translation>برای خرید دست‌کم {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="205"/>
        <source>valid</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="206"/>
        <source>not valid yet</source>
        <translation>هنوز معتبر نیست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="207"/>
        <source>used</source>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="208"/>
        <source>expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="209"/>
        <source>voided</source>
        <translation>باطل‌شده</translation>
    </message>
</context>
<context>
    <name>CouponsView</name>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="87"/>
        <source>All states</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="92"/>
        <source>Code (scan or type)</source>
        <translation>کد (اسکن کنید یا بنویسید)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="94"/>
        <source>Issue…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="96"/>
        <source>Void</source>
        <translation>باطل کردن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="98"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="104"/>
        <source>a member&apos;s single-use coupon comes back</source>
        <translation>کوپن یک‌بارمصرف شخصی برمی‌گردد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="106"/>
        <source>every coupon comes back</source>
        <translation>هر کوپنی برمی‌گردد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="107"/>
        <source>no coupon comes back</source>
        <translation>هیچ کوپنی برنمی‌گردد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="115"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="116"/>
        <source>Gives</source>
        <translation>چه می‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="117"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="118"/>
        <source>Valid from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="119"/>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="120"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="121"/>
        <source>Used</source>
        <translation>استفاده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="122"/>
        <source>Campaign</source>
        <translation>کارزار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="144"/>
        <source>A purchase with a coupon refunded in full:</source>
        <translation>اگر خریدِ با کوپن کامل مرجوع شود:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="227"/>
        <source>by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="278"/>
        <source>anyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="279"/>
        <source>anyone, {uses} of {allowed} uses left</source>
        <translation>همه، {uses} از {allowed} بار استفاده باقی است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="287"/>
        <source>voided {when} by {staff}</source>
        <translation>باطل‌شده در {when} توسط {staff}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="292"/>
        <source>{when} at {counter} by {staff}, purchase {purchase}</source>
        <translation>{when} در {counter} توسط {staff}، خرید {purchase}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="335"/>
        <source>Coupon {code} issued.</source>
        <translation>کوپن {code} صادر شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="337"/>
        <source>{count} coupons issued.</source>
        <translation>{count} کوپن صادر شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="340"/>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="344"/>
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="345"/>
        <source>Print them now?</source>
        <translation>همین حالا چاپ شوند؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="364"/>
        <source>Void coupon {code} ({terms})? Nobody can use it after that.</source>
        <translation>کوپن {code} ({terms}) باطل شود؟ پس از آن هیچ‌کس نمی‌تواند از آن استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="373"/>
        <source>Void {count} coupons? Nobody can use them after that.</source>
        <translation>{count} کوپن باطل شود؟ پس از آن هیچ‌کس نمی‌تواند از آن‌ها استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="379"/>
        <source>Void coupons</source>
        <translation>باطل کردن کوپن‌ها</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="702"/>
        <source>Ready</source>
        <translation>آماده است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="709"/>
        <source>Shop: {name}</source>
        <translation>فروشگاه: {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="710"/>
        <source>Money: {unit}; time zone {zone}</source>
        <translation>پول: {unit}؛ منطقه‌ی زمانی {zone}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="713"/>
        <source>One point for every {amount}</source>
        <translation>یک امتیاز به ازای هر {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="714"/>
        <source>Rewards: {rewards}</source>
        <translation>جایزه‌ها: {rewards}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="722"/>
        <source>Receipt printer: {printer}</source>
        <translation>چاپگر رسید: {printer}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="723"/>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="725"/>
        <source>Backups: {folder}</source>
        <translation>پشتیبان‌ها: {folder}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="728"/>
        <source>Owner: {name}</source>
        <translation>مالک: {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="730"/>
        <source>Owner: asked next, before the counter opens.</source>
        <translation>مالک: پیش از باز شدن صندوق پرسیده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="734"/>
        <source>Everything here can be changed later in Settings and Rules. Press Enter to open the counter.</source>
        <translation>همه‌ی این‌ها را بعداً در تنظیمات و قوانین می‌توانید تغییر دهید. برای باز کردن صندوق Enter را بزنید.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="106"/>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="324"/>
        <source>Possible duplicates</source>
        <translation>اعضای احتمالاً تکراری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="121"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="121"/>
        <source>Possibly the same as</source>
        <translation>احتمالاً همان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="121"/>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="135"/>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="135"/>
        <source>Kept</source>
        <translation>نگه‌داشته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="135"/>
        <source>Merged into it</source>
        <translation>ادغام‌شده در آن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="135"/>
        <source>Points moved</source>
        <translation>امتیاز منتقل‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="138"/>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="306"/>
        <source>Undo merge</source>
        <translation>برگرداندن ادغام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="142"/>
        <source>Today&apos;s merges</source>
        <translation>ادغام‌های امروز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="183"/>
        <source>No likely duplicates: every member looks unique.</source>
        <translation>عضو تکراری احتمالی نیست: همه اعضا یکتا به نظر می‌رسند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="187"/>
        <source>{total} pairs may be one person each; the first {shown} are listed.</source>
        <translation>{total} جفت ممکن است هر کدام یک نفر باشند؛ {shown} جفت اول فهرست شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="193"/>
        <source>{total} pairs may be one person each. Choose a pair, compare the two, and merge into the member to keep.</source>
        <translation>{total} جفت ممکن است هر کدام یک نفر باشند. یک جفت را انتخاب کنید، دو پرونده را مقایسه کنید و در عضوی که می‌ماند ادغام کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="228"/>
        <source>(undone)</source>
        <translation>(برگردانده شد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="261"/>
        <source>Merge {other} into {kept}?

{points} points and {stamps} stamps move from {other} to {kept} (new balance {balance}). {other}&apos;s cards ({cards}) will scan to {kept}, and {other} will no longer be found by name or mobile. Both histories stay readable. The owner can undo this today.</source>
        <translation>{other} در {kept} ادغام شود؟

{points} امتیاز و {stamps} مهر از {other} به {kept} منتقل می‌شود (مانده جدید {balance}). کارت‌های {other} ({cards}) از این پس {kept} را نشان می‌دهند و {other} دیگر با نام یا موبایل پیدا نمی‌شود. سابقه هر دو خواندنی می‌ماند. مالک تا پایان امروز می‌تواند آن را برگرداند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="276"/>
        <source>Merge members</source>
        <translation>ادغام اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="299"/>
        <source>Undo the merge of {merged} into {kept}? {points} points go back to {merged}, and {merged}&apos;s cards scan to them again.</source>
        <translation>ادغام {merged} در {kept} برگردانده شود؟ {points} امتیاز به {merged} برمی‌گردد و کارت‌های {merged} دوباره خودش را نشان می‌دهند.</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="28"/>
        <source>earned</source>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="29"/>
        <source>redeemed</source>
        <translation>دریافت جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="30"/>
        <source>refund</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="31"/>
        <source>redemption voided</source>
        <translation>لغو جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="32"/>
        <source>expired</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="33"/>
        <source>adjustment</source>
        <translation>اصلاح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="34"/>
        <source>bonus</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="35"/>
        <source>opening balance</source>
        <translation>موجودی اولیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="36"/>
        <source>merge</source>
        <translation>ادغام</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="657"/>
        <source>This adjustment would leave the balance below zero (balance {balance}, change {points}).</source>
        <translation>با این اصلاح موجودی منفی می‌شود (موجودی {balance}، تغییر {points}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="661"/>
        <source>Write the reason for this adjustment.</source>
        <translation>دلیل این اصلاح را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="664"/>
        <source>An adjustment can be at most {limit} points.</source>
        <translation>هر اصلاح حداکثر {limit} امتیاز می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="667"/>
        <source>An adjustment of zero points changes nothing.</source>
        <translation>اصلاح صفر امتیازی چیزی را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="669"/>
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="676"/>
        <source>{amount} is more than any purchase can be (at most {limit}).</source>
        <translation>{amount} بیش از اندازهٔ یک خرید است (حداکثر {limit}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="679"/>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} از قبل وجود دارد؛ برای پشتیبان نام تازه‌ای انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="682"/>
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>پشتیبان در {path} نوشته نشد: {detail}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="617"/>
        <location filename="../../loyaltydesk/ui/error_text.py" line="685"/>
        <source>The folder {path} does not exist.</source>
        <translation>پوشهٔ {path} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="106"/>
        <source>Only a manager may {action}: a manager&apos;s PIN approves it on the spot (--approver NAME --approver-pin PIN on the command line).</source>
        <translation>فقط مدیر می‌تواند {action}؛ رمز مدیر همین‌جا آن را تأیید می‌کند (در خط فرمان: ‎--approver NAME --approver-pin PIN‎).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="117"/>
        <source>This club has staff accounts: say who you are with --staff NAME and give your PIN (--pin, or LOYALTYDESK_PIN); {name} is not signed in.</source>
        <translation>این باشگاه حساب کارکنان دارد: با ‎--staff NAME‎ بگویید چه کسی هستید و رمزتان را بدهید (‎--pin‎ یا ‎LOYALTYDESK_PIN‎)؛ {name} وارد نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="122"/>
        <source>{name} may not approve requests: a manager or the owner must.</source>
        <translation>{name} نمی‌تواند درخواستی را تأیید کند: مدیر یا مالک باید تأیید کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="125"/>
        <source>Give {name}&apos;s PIN with --approver-pin (or LOYALTYDESK_APPROVER_PIN); nothing was done.</source>
        <translation>رمز {name} را با ‎--approver-pin‎ (یا ‎LOYALTYDESK_APPROVER_PIN‎) بدهید؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="129"/>
        <source>--approver-pin goes with --approver NAME, the manager approving.</source>
        <translation>‎--approver-pin‎ همراه ‎--approver NAME‎ (مدیری که تأیید می‌کند) می‌آید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="187"/>
        <source>A demo club has 1 to {limit} members.</source>
        <translation>باشگاه نمایشی ۱ تا {limit} عضو دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="188"/>
        <source>This database already holds members; a demo club needs an empty one.</source>
        <translation>این پایگاه داده عضو دارد؛ باشگاه نمایشی پایگاه خالی می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="180"/>
        <location filename="../../loyaltydesk/ui/error_text.py" line="191"/>
        <source>The period ends before it starts: put the earlier date first.</source>
        <translation>پایان دوره پیش از آغاز آن است: تاریخ زودتر را اول بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="33"/>
        <source>Send this POS&apos;s API token in the header Authorization: Bearer TOKEN.</source>
        <translation>توکن API این صندوق (POS) را در سرآیند Authorization: Bearer TOKEN بفرستید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="36"/>
        <source>This API token is unknown or was revoked; the owner can make a new one.</source>
        <translation>این توکن API شناخته نیست یا باطل شده است؛ مالک می‌تواند توکن تازه‌ای بسازد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="39"/>
        <source>The request&apos;s body is not a JSON object; nothing was done.</source>
        <translation>بدنهٔ درخواست یک شیء JSON نیست؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="42"/>
        <source>The request&apos;s body is larger than {limit} bytes; nothing was done.</source>
        <translation>بدنهٔ درخواست بزرگ‌تر از {limit} بایت است؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="45"/>
        <source>The field {key} is not one this request takes; nothing was done.</source>
        <translation>این درخواست فیلدی به نام {key} نمی‌پذیرد؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="48"/>
        <source>The field {key} is missing; nothing was done.</source>
        <translation>فیلد {key} فرستاده نشده است؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="51"/>
        <source>The field {key} must be a whole number; nothing was done.</source>
        <translation>فیلد {key} باید عدد صحیح باشد؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="54"/>
        <source>The field {key} must be text; nothing was done.</source>
        <translation>فیلد {key} باید متن باشد؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="57"/>
        <source>The field {key} must be true or false; nothing was done.</source>
        <translation>فیلد {key} باید true یا false باشد؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="60"/>
        <source>Give the member&apos;s card or phone (one of them); nothing was done.</source>
        <translation>کارت یا شمارهٔ موبایل عضو را بدهید (فقط یکی از این دو)؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="63"/>
        <source>A change needs an Idempotency-Key header (a new one per sale; the same one again on a retry, so it is done once); nothing was done.</source>
        <translation>هر تغییر به سرآیند Idempotency-Key نیاز دارد (برای هر فروش یک کلید تازه، و در تکرار همان کلید قبلی تا فقط یک بار انجام شود)؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="68"/>
        <source>Send {name}&apos;s PIN in the X-Staff-Pin header; nothing was done.</source>
        <translation>رمز {name} را در سرآیند X-Staff-Pin بفرستید؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="71"/>
        <source>The API has no {key}.</source>
        <translation>API نشانی {key} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="72"/>
        <source>{key} does not take this method; nothing was done.</source>
        <translation>{key} این نوع درخواست را نمی‌پذیرد؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="75"/>
        <source>The API cannot listen on {host} port {port} ({detail}): is another program using it? Choose another with --port.</source>
        <translation>API نمی‌تواند روی {host} درگاه {port} گوش بدهد ({detail}): آیا برنامهٔ دیگری از آن استفاده می‌کند؟ با --port درگاه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="80"/>
        <source>The till&apos;s API cannot listen on {host} port {port} ({detail}): is another program using it? Choose another port in Settings, on the Till page.</source>
        <translation>رابط برنامه‌نویسی برنامهٔ فروش نمی‌تواند روی {host} درگاه {port} گوش بدهد ({detail}): آیا برنامهٔ دیگری از آن استفاده می‌کند؟ در تنظیمات، صفحهٔ «برنامهٔ فروش»، درگاه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="85"/>
        <source>The till&apos;s API did not start on {host} port {port}; the details are in the program&apos;s log.</source>
        <translation>رابط برنامه‌نویسی برنامهٔ فروش روی {host} درگاه {port} راه نیفتاد؛ جزئیات در گزارش کار برنامه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="89"/>
        <source>Something unexpected went wrong; the details are in the program&apos;s log. Sending the request again with the same Idempotency-Key does it at most once.</source>
        <translation>مشکلی پیش‌بینی‌نشده پیش آمد؛ جزئیات در گزارش برنامه ثبت شده است. فرستادن دوبارهٔ درخواست با همان Idempotency-Key آن را حداکثر یک بار انجام می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="94"/>
        <source>Name the token after the POS or till that will use it.</source>
        <translation>نام توکن را نام صندوق یا برنامهٔ فروشی بگذارید که از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="97"/>
        <source>A token&apos;s name is up to {limit} letters, without control characters.</source>
        <translation>نام توکن حداکثر {limit} حرف است و نویسهٔ کنترلی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="105"/>
        <source>There is no token named {name}.</source>
        <translation>توکنی به نام {name} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="111"/>
        <source>A {role} may not {action}; nothing was changed.</source>
        <translation>{role} نمی‌تواند {action}؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="114"/>
        <source>This club has staff accounts: sign in with your name and PIN first.</source>
        <translation>این باشگاه حساب کارکنان دارد: اول با نام و رمزتان وارد شوید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="132"/>
        <source>Give the new PIN (--pin, or LOYALTYDESK_NEW_PIN).</source>
        <translation>رمز تازه را بدهید (‎--pin یا LOYALTYDESK_NEW_PIN).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="135"/>
        <source>The account {name} is disabled; the owner can enable it.</source>
        <translation>حساب {name} غیرفعال است؛ مالک می‌تواند آن را فعال کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="138"/>
        <source>Another manager must approve this: nobody approves their own request.</source>
        <translation>مدیر دیگری باید این را تأیید کند: کسی درخواست خودش را تأیید نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="141"/>
        <source>{name} may not approve this ({action}): a manager or the owner must.</source>
        <translation>{name} نمی‌تواند این را تأیید کند ({action})؛ باید مدیر یا مالک تأیید کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="144"/>
        <source>That name and PIN do not match. Try again.</source>
        <translation>این نام و رمز با هم جور نیستند. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="147"/>
        <source>Too many wrong PINs: this account is locked until {until}. The owner can unlock it.</source>
        <translation>رمز نادرست بیش از اندازه: این حساب تا {until} قفل است. مالک می‌تواند قفل را باز کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="151"/>
        <source>Type the person&apos;s name.</source>
        <translation>نام آن شخص را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="152"/>
        <source>A name is up to {limit} letters, without control characters.</source>
        <translation>نام حداکثر {limit} حرف است، بدون نویسه‌های کنترلی.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="155"/>
        <source>A PIN is digits only: {low} to {high} of them.</source>
        <translation>رمز فقط رقم است: {low} تا {high} رقم.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="158"/>
        <source>A PIN has {low} to {high} digits.</source>
        <translation>رمز {low} تا {high} رقم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="159"/>
        <source>The two PINs are not the same: type it again.</source>
        <translation>دو رمز یکی نیستند: دوباره بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="162"/>
        <source>The approval limit for a credit is an amount of 0 or more.</source>
        <translation>سقف تأیید برای ثبت خرید مبلغی از ۰ به بالاست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="165"/>
        <source>The approval limit for a redemption is 0 to {limit} points.</source>
        <translation>سقف تأیید برای جایزه ۰ تا {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="168"/>
        <source>The window locks after 1 to {limit} idle minutes (or never).</source>
        <translation>پنجره پس از ۱ تا {limit} دقیقه بیکاری قفل می‌شود (یا هرگز).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="171"/>
        <source>The club&apos;s first account is its owner&apos;s (--role owner).</source>
        <translation>نخستین حساب باشگاه از آنِ مالک است (‎--role owner).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="174"/>
        <source>There is already an account named {name}.</source>
        <translation>حسابی به نام {name} از پیش هست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="175"/>
        <source>There is no account named {name}.</source>
        <translation>حسابی به نام {name} نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="176"/>
        <source>{name} is the club&apos;s only owner: make someone else an owner first.</source>
        <translation>{name} تنها مالک باشگاه است: اول کس دیگری را مالک کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="183"/>
        <source>The trail shows 1 to {limit} lines.</source>
        <translation>دفتر رویدادها ۱ تا {limit} سطر نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="184"/>
        <source>There are no audit lines of the kind {kind}.</source>
        <translation>سطری از نوع {kind} در دفتر رویدادها نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="194"/>
        <source>Reports start in the year 2000 (1378 in the Jalali calendar): check the year.</source>
        <translation>گزارش‌ها از سال ۱۳۷۸ خورشیدی (۲۰۰۰ میلادی) آغاز می‌شوند: سال را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="197"/>
        <source>That period has not started yet: nothing has been bought in it.</source>
        <translation>این دوره هنوز آغاز نشده است: در آن خریدی انجام نشده.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="200"/>
        <source>A member stays a customer for 1 to {limit} days after a purchase.</source>
        <translation>عضو پس از هر خرید از یک تا {limit} روز مشتری به شمار می‌آید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="203"/>
        <source>The drifting-away factor is a number from 1 to {limit}, such as 2 or 1.5.</source>
        <translation>ضریب دور شدن عددی از یک تا {limit} است، مانند دو یا یک و نیم.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="206"/>
        <source>Give either a named period or dates (--from, --to), not both.</source>
        <translation>یا یک دورهٔ نام‌دار بدهید یا تاریخ‌ها (--from و --to)، نه هر دو را.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="209"/>
        <source>The period needs its first day too (--from).</source>
        <translation>روز اول دوره را هم بدهید (--from).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="212"/>
        <source>Whose shift? Give the name of the person at the counter.</source>
        <translation>شیفت چه کسی؟ نام کسی را که پشت صندوق است بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="215"/>
        <source>The shift&apos;s start and end need a time zone.</source>
        <translation>آغاز و پایان شیفت باید منطقهٔ زمانی داشته باشند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="218"/>
        <source>The shift ends before it starts: put the earlier time first.</source>
        <translation>پایان شیفت پیش از آغاز آن است: زمان زودتر را اول بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="221"/>
        <source>A list shows 1 to {limit} members.</source>
        <translation>یک فهرست دست‌کم یک عضو و حداکثر {limit} عضو را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="222"/>
        <source>{value} is not a time of day: type it as 10:00 or 23:30.</source>
        <translation>{value} ساعت نیست: آن را مثل ۱۰:۰۰ یا ۲۳:۳۰ بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="225"/>
        <source>Opening and closing at the same time leaves no hours: for a shop open round the clock, clear the opening hours.</source>
        <translation>ساعت باز و بسته شدن یکی است و ساعتی نمی‌ماند: برای فروشگاهی که شبانه‌روزی باز است، ساعت کاری را خالی کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="230"/>
        <source>Give both the opening time (--from) and the closing time (--to).</source>
        <translation>هم ساعت باز شدن (--from) و هم ساعت بسته شدن (--to) را بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="233"/>
        <source>Give both the opening and the closing time, or leave both empty.</source>
        <translation>هم ساعت باز شدن و هم ساعت بسته شدن را بنویسید، یا هر دو را خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="236"/>
        <source>Either set the opening hours or clear them, not both.</source>
        <translation>یا ساعت کاری را تعیین کنید یا آن را پاک کنید، نه هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="239"/>
        <source>The approval limit is an amount above zero.</source>
        <translation>سقف تأیید مبلغی بیشتر از صفر است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="242"/>
        <source>An anomaly rule needs counts of 1 or more and shares from 1 to 100 percent.</source>
        <translation>قاعدهٔ ناهنجاری به تعدادهای ۱ یا بیشتر و سهم‌های ۱ تا ۱۰۰ درصد نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="245"/>
        <source>The folder {path} does not exist; nothing was written.</source>
        <translation>پوشهٔ {path} وجود ندارد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="248"/>
        <source>Files cannot be written in the folder {path}; nothing was written.</source>
        <translation>در پوشهٔ {path} نمی‌شود پرونده نوشت؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="251"/>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} یک پوشه است؛ نام یک پرونده را برای نوشتن بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="254"/>
        <source>{path} is not an ordinary file (a device, a pipe or a socket); nothing was written.</source>
        <translation>{path} پروندهٔ معمولی نیست (دستگاه، پایپ یا سوکت است)؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="258"/>
        <source>{path} could not be written ({detail}); nothing half-written was left.</source>
        <translation>{path} نوشته نشد ({detail})؛ هیچ پروندهٔ نیمه‌کاره‌ای باقی نماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="261"/>
        <source>Type both days of the period as year/month/day.</source>
        <translation>هر دو روز بازه را به‌صورت سال/ماه/روز بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="264"/>
        <source>The daily limit must be more than zero (or left empty for none).</source>
        <translation>سقف روزانه باید بیشتر از صفر باشد (یا برای بی‌سقف خالی بماند).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="267"/>
        <source>A bonus is between 0 and {limit} points.</source>
        <translation>جایزهٔ امتیازی بین ۰ و {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="268"/>
        <source>The stacking limit is between ×1 and ×{limit}.</source>
        <translation>سقف ضریب‌ها بین ×۱ و ×{limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="271"/>
        <source>Nothing was changed; there is no new version to save.</source>
        <translation>چیزی تغییر نکرده است؛ نسخهٔ تازه‌ای برای ذخیره نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="274"/>
        <source>At most {limit} promotions.</source>
        <translation>حداکثر {limit} طرح تشویقی.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="275"/>
        <source>Two promotions are called {promotion}; give each its own name.</source>
        <translation>دو طرح به نام {promotion} هست؛ به هر کدام نام جدا بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="278"/>
        <source>{promotion} and {other} can meet and together pay more than ×{limit}, your limit.</source>
        <translation>{promotion} و {other} می‌توانند هم‌زمان شوند و با هم بیش از ×{limit}، سقف شما، بدهند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="282"/>
        <source>Give the promotion a name (at most {limit} characters).</source>
        <translation>برای طرح نامی بنویسید (حداکثر {limit} نویسه).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="285"/>
        <source>{promotion} gives nothing: set a multiplier above ×1 or a bonus.</source>
        <translation>{promotion} چیزی نمی‌دهد: ضریبی بیش از ×۱ یا امتیاز اضافه تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="288"/>
        <source>The multiplier of {promotion} must be between ×1 and ×10.</source>
        <translation>ضریب {promotion} باید بین ×۱ و ×۱۰ باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="291"/>
        <source>The bonus of {promotion} is between 0 and {limit} points.</source>
        <translation>امتیاز اضافهٔ {promotion} بین ۰ و {limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="294"/>
        <source>{promotion} ends before it starts.</source>
        <translation>{promotion} پیش از شروع تمام می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="297"/>
        <source>{promotion} needs both a start and an end hour, or neither.</source>
        <translation>{promotion} یا ساعت شروع و پایان هر دو را می‌خواهد یا هیچ‌کدام.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="300"/>
        <source>{promotion} ends before it starts in the day; hours run from start to end.</source>
        <translation>ساعت پایان {promotion} پیش از ساعت شروع است؛ ساعت‌ها از شروع تا پایان‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="303"/>
        <source>{promotion} has a day that is not a day of the week.</source>
        <translation>{promotion} روزی دارد که از روزهای هفته نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="306"/>
        <source>At most {limit} tiers.</source>
        <translation>حداکثر {limit} سطح.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="307"/>
        <source>The qualifying window is 1 to {limit} months.</source>
        <translation>بازهٔ شمارش ۱ تا {limit} ماه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="310"/>
        <source>Reviews are every 1 to {limit} months.</source>
        <translation>بازبینی هر ۱ تا {limit} ماه یک بار است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="311"/>
        <source>Give the tier a name (at most {limit} characters).</source>
        <translation>برای سطح نامی بنویسید (حداکثر {limit} نویسه).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="314"/>
        <source>Two tiers are called {tier}.</source>
        <translation>دو سطح به نام {tier} هست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="315"/>
        <source>The threshold of {tier} must be more than zero.</source>
        <translation>آستانهٔ {tier} باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="318"/>
        <source>The multiplier of {tier} must be between ×1 and ×5.</source>
        <translation>ضریب {tier} باید بین ×۱ و ×۵ باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="321"/>
        <source>{tier} must need more than {below}, the tier below it.</source>
        <translation>{tier} باید بیش از {below}، سطح پایین‌ترش، بخواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="324"/>
        <source>{tier} earns less than {below}, the tier below it.</source>
        <translation>{tier} کمتر از {below}، سطح پایین‌ترش، امتیاز می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="327"/>
        <source>A reward is only for tier {tier}; change that reward before removing the tier.</source>
        <translation>جایزه‌ای فقط برای سطح {tier} است؛ پیش از حذف سطح، آن جایزه را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="332"/>
        <source>There is no purchase {id} from the till.</source>
        <translation>خرید شمارهٔ {id} از برنامهٔ فروش وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="333"/>
        <source>Purchase {id} from the till was cancelled; it cannot be credited.</source>
        <translation>خرید شمارهٔ {id} از برنامهٔ فروش لغو شده است و امتیازی به آن داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="336"/>
        <source>Purchase {id} from the till is already credited; a refund takes its points back.</source>
        <translation>امتیاز خرید شمارهٔ {id} از برنامهٔ فروش پیش‌تر داده شده است؛ برای پس گرفتن امتیازش، خرید را مرجوع کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="340"/>
        <source>Receipt {receipt} already waits at the counter (purchase {id}).</source>
        <translation>رسید {receipt} همین حالا در صندوق منتظر است (خرید شمارهٔ {id}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="343"/>
        <source>Receipt {receipt} was already credited.</source>
        <translation>امتیاز رسید {receipt} پیش‌تر داده شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="346"/>
        <source>A counter&apos;s name is 1 to {limit} characters.</source>
        <translation>نام صندوق باید ۱ تا {limit} نویسه باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="349"/>
        <source>Points expire after 1 to {limit} months.</source>
        <translation>امتیازها پس از ۱ تا {limit} ماه منقضی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="350"/>
        <source>A reward&apos;s money value must be more than zero (or left empty).</source>
        <translation>ارزش ریالی جایزه باید بیشتر از صفر باشد (یا خالی بماند).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="353"/>
        <source>Stock is between 0 and {limit} (or empty for unlimited).</source>
        <translation>موجودی بین ۰ و {limit} است (یا خالی برای نامحدود).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="356"/>
        <source>There is no tier {tier}.</source>
        <translation>سطحی به نام {tier} نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="357"/>
        <source>The list of rewards changed meanwhile; open it again.</source>
        <translation>فهرست جایزه‌ها در این میان تغییر کرد؛ دوباره بازش کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="360"/>
        <source>{reward} is only for {tier} members.</source>
        <translation>{reward} فقط برای اعضای سطح {tier} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="361"/>
        <source>{reward} is out of stock.</source>
        <translation>{reward} تمام شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="362"/>
        <source>How the visit was is a score from {low} to {high}.</source>
        <translation>امتیاز مراجعه عددی از {low} تا {high} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="365"/>
        <source>Give how the visit was with --score, from {low} to {high}.</source>
        <translation>امتیاز مراجعه را با --score بدهید، از {low} تا {high}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="368"/>
        <source>Write: feedback CARD --score 1..5, feedback why-left CARD --reason R, or feedback reasons [--set &quot;a|b|c&quot;].</source>
        <translation>بنویسید: feedback CARD --score 1..5 یا feedback why-left CARD --reason R یا feedback reasons [--set &quot;a|b|c&quot;].</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="373"/>
        <source>A reason is at most {limit} characters long.</source>
        <translation>دلیل حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="376"/>
        <source>A note is at most {limit} characters long.</source>
        <translation>یادداشت حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="379"/>
        <source>The reason {reason} is in the list twice.</source>
        <translation>دلیل {reason} دو بار در فهرست آمده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="382"/>
        <source>The list of reasons needs at least one reason.</source>
        <translation>فهرست دلیل‌ها دست‌کم یک دلیل لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="385"/>
        <source>The list holds at most {limit} reasons.</source>
        <translation>فهرست حداکثر {limit} دلیل دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="388"/>
        <source>{reason} is not one of the reasons: {reasons}.</source>
        <translation>{reason} جزو دلیل‌ها نیست: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="391"/>
        <source>Say why they stopped coming: pick a reason, write a note, or both.</source>
        <translation>بگویید چرا دیگر نیامده: دلیلی انتخاب کنید، یادداشتی بنویسید، یا هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="394"/>
        <source>A member&apos;s feedback shows 1 to {limit} records.</source>
        <translation>از نظرهای یک عضو دست‌کم یک و حداکثر {limit} مورد نشان داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="397"/>
        <source>There is no visit to score: this member has no purchase that was not refunded in full.</source>
        <translation>مراجعه‌ای برای امتیاز دادن نیست: این عضو خریدی ندارد که به‌طور کامل مرجوع نشده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="401"/>
        <source>There is no visit to score: the purchase of {visit} was refunded in full.</source>
        <translation>مراجعه‌ای برای امتیاز دادن نیست: خرید {visit} به‌طور کامل مرجوع شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="404"/>
        <source>The visit of {visit} was already scored {score} on {scored_at} by {staff}: a visit is scored once.</source>
        <translation>به مراجعهٔ {visit} پیش‌تر در {scored_at} امتیاز {score} داده شده است (ثبت‌کننده: {staff})؛ هر مراجعه فقط یک بار امتیاز می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="409"/>
        <source>{reason} needs a name on both sides of =: English=Persian (or one name for both, without =).</source>
        <translation>{reason} باید دو طرف = نام داشته باشد: English=فارسی (یا یک نام برای هر دو زبان، بدون =).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="414"/>
        <source>This member has no purchase number {purchase_id}.</source>
        <translation>این عضو خریدی با شمارهٔ {purchase_id} ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="417"/>
        <source>{coupon} is not a valid coupon code: a digit is wrong or two are swapped.</source>
        <translation>{coupon} کد کوپن درستی نیست: یک رقم اشتباه است یا دو رقم جابه‌جا شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="421"/>
        <source>{coupon} is not a coupon code: those have {length} digits and start with 9.</source>
        <translation>{coupon} کد کوپن نیست: کد کوپن {length} رقم دارد و با ۹ شروع می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="425"/>
        <source>Write the coupon code.</source>
        <translation>کد کوپن را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="426"/>
        <source>Write what the coupon gives, e.g. 20% off.</source>
        <translation>بنویسید کوپن چه می‌دهد، مثلاً ۲۰٪ تخفیف.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="429"/>
        <source>The coupon’s last day ({valid_until}) has already passed.</source>
        <translation>آخرین روز اعتبار کوپن ({valid_until}) گذشته است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="432"/>
        <source>No coupon has the code {coupon}: check it was typed or scanned whole.</source>
        <translation>هیچ کوپنی کد {coupon} را ندارد: ببینید کامل تایپ یا اسکن شده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="435"/>
        <source>A coupon gives one thing: a reward, a percentage off or an amount off.</source>
        <translation>هر کوپن یک چیز می‌دهد: یک جایزه، درصدی تخفیف یا مبلغی تخفیف.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="438"/>
        <source>A percentage off is a whole number from 1 to {limit}.</source>
        <translation>درصد تخفیف عددی صحیح از ۱ تا {limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="441"/>
        <source>Only a percentage off has a ceiling in money.</source>
        <translation>فقط تخفیف درصدی سقف مبلغ دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="444"/>
        <source>The minimum purchase cannot be below zero.</source>
        <translation>حداقل خرید نمی‌تواند کمتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="447"/>
        <source>The coupon’s last day is before its first day.</source>
        <translation>آخرین روز اعتبار کوپن پیش از نخستین روز آن است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="450"/>
        <source>A coupon is valid for 1 to {limit} days.</source>
        <translation>اعتبار کوپن از ۱ تا {limit} روز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="451"/>
        <source>Say how long the coupon is valid: a number of days or a last day.</source>
        <translation>بگویید کوپن تا کی معتبر است: چند روز یا آخرین روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="454"/>
        <source>Give either a number of days or a last day, not both.</source>
        <translation>یا تعداد روزها را بدهید یا آخرین روز را، نه هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="457"/>
        <source>An open coupon can be used 1 to {limit} times.</source>
        <translation>کوپن آزاد از ۱ تا {limit} بار قابل استفاده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="460"/>
        <source>A member’s own coupon is used once; an open coupon can have more uses.</source>
        <translation>کوپن شخصی عضو یک بار استفاده می‌شود؛ کوپن آزاد می‌تواند چند بار استفاده شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="463"/>
        <source>Choose the members to give coupons to.</source>
        <translation>اعضایی را که کوپن می‌گیرند انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="464"/>
        <source>At most {limit} coupons are made at once.</source>
        <translation>یک‌جا حداکثر {limit} کوپن ساخته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="465"/>
        <source>A list shows 1 to {limit} coupons.</source>
        <translation>فهرست ۱ تا {limit} کوپن نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="466"/>
        <source>What a refund does to a coupon is one of: {choices}.</source>
        <translation>رفتار مرجوعی با کوپن یکی از این‌هاست: {choices}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="469"/>
        <source>A coupon’s state is one of: {choices}.</source>
        <translation>وضعیت کوپن یکی از این‌هاست: {choices}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="470"/>
        <source>Coupon {coupon} was voided on {when} by {by}: it cannot be used.</source>
        <translation>کوپن {coupon} در {when} به دست {by} باطل شده است: نمی‌شود از آن استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="473"/>
        <source>Coupon {coupon} was already used on {when} at {counter} by {staff}.</source>
        <translation>کوپن {coupon} پیش‌تر در {when} در {counter} به دست {staff} استفاده شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="476"/>
        <source>Coupon {coupon} has been used up.</source>
        <translation>کوپن {coupon} تمام شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="477"/>
        <source>Coupon {coupon} expired: its last day was {day}.</source>
        <translation>اعتبار کوپن {coupon} تمام شده است: آخرین روزش {day} بود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="480"/>
        <source>Coupon {coupon} is not valid yet: it can be used from {day}.</source>
        <translation>کوپن {coupon} هنوز معتبر نیست: از {day} می‌شود از آن استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="483"/>
        <source>Coupon {coupon} belongs to {member}: only they can use it.</source>
        <translation>کوپن {coupon} مال {member} است: فقط خود او می‌تواند از آن استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="486"/>
        <source>The coupon’s reward, {reward}, is no longer offered.</source>
        <translation>جایزهٔ این کوپن، {reward}، دیگر ارائه نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="489"/>
        <source>Coupon {coupon} needs a purchase of at least {minimum}.</source>
        <translation>کوپن {coupon} خرید دست‌کم {minimum} لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="492"/>
        <source>Coupon {coupon} is worth {worth} and the purchase is only {amount}: nothing would be left to pay. It needs a purchase above its value; credit this one without it.</source>
        <translation>کوپن {coupon} {worth} ارزش دارد و خرید فقط {amount} است: چیزی برای پرداخت نمی‌ماند. این کوپن خریدی بیشتر از ارزش خودش می‌خواهد؛ این خرید را بدون آن ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="497"/>
        <source>Entry {entry_id} is a reward given with coupon {coupon}: refund the purchase instead, and the coupon&apos;s reward goes back with it.</source>
        <translation>ردیف {entry_id} جایزه‌ای است که با کوپن {coupon} داده شده: به جای آن خرید را برگشت بزنید تا جایزهٔ کوپن هم با آن برگردد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="502"/>
        <source>An issue makes {least} to {limit} coupons.</source>
        <translation>در هر بار صدور {least} تا {limit} کوپن ساخته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="505"/>
        <source>Coupon {coupon} was used up on {when} at {counter}: a used coupon is not voided, it stays used.</source>
        <translation>کوپن {coupon} در {when} در {counter} مصرف شده است: کوپن مصرف‌شده باطل نمی‌شود و مصرف‌شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="510"/>
        <source>A coupon is used with today’s purchase: enter the past purchase without coupon {coupon}.</source>
        <translation>کوپن فقط با خرید امروز استفاده می‌شود: خرید گذشته را بدون کوپن {coupon} وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="514"/>
        <source>Several coupons at once are open coupons: give --open instead of --member.</source>
        <translation>چند کوپن با هم فقط کوپن آزاد می‌شود: به جای --member گزینهٔ --open را بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="517"/>
        <source>Coupon {coupon} was used on {when}: a used coupon is not printed again.</source>
        <translation>کوپن {coupon} در {when} استفاده شده است: کوپن استفاده‌شده دوباره چاپ نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="520"/>
        <source>Coupon {coupon} was voided on {when}: it is not printed.</source>
        <translation>کوپن {coupon} در {when} باطل شده است: چاپ نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="523"/>
        <source>Coupon {coupon} expired on {day}: an expired coupon is not printed.</source>
        <translation>اعتبار کوپن {coupon} در {day} تمام شده است: کوپن منقضی‌شده چاپ نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="526"/>
        <source>No coupon has the code {coupon}. To print a coupon made elsewhere, give its --title and --valid-until.</source>
        <translation>هیچ کوپنی کد {coupon} را ندارد. برای چاپ کوپنی که جای دیگری ساخته شده، --title و --valid-until آن را بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="531"/>
        <source>A coupon printed with --title needs its last day: --valid-until DATE.</source>
        <translation>کوپنی که با --title چاپ می‌شود آخرین روز اعتبارش را لازم دارد: --valid-until DATE.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="534"/>
        <source>A stored coupon prints its own last day and member: leave out --valid-until and --member, or give --title for a coupon made elsewhere.</source>
        <translation>کوپن ثبت‌شده آخرین روز و عضو خودش را چاپ می‌کند: --valid-until و --member را ندهید، یا برای کوپنی که جای دیگری ساخته شده --title را بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="539"/>
        <source>Write the message’s text.</source>
        <translation>متن پیام را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="540"/>
        <source>A message is at most {limit} characters.</source>
        <translation>پیام حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="543"/>
        <source>A brace in the message is not closed: write placeholders as {{name}}.</source>
        <translation>یک آکولاد در پیام بسته نشده است: جای‌نگهدارها را به شکل {{name}} بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="546"/>
        <source>The message uses {placeholder}, which is not known; use: {placeholders}.</source>
        <translation>پیام {placeholder} را به کار برده که شناخته نیست؛ از این‌ها استفاده کنید: {placeholders}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="549"/>
        <source>There is no campaign “{name}”. The campaigns are: {names}.</source>
        <translation>کارزاری به نام «{name}» نداریم. کارزارها: {names}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="552"/>
        <source>A campaign’s number of days is 1 to {limit}.</source>
        <translation>تعداد روزهای کارزار از یک تا {limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="555"/>
        <source>A campaign gives either bonus points or a coupon, not both.</source>
        <translation>کارزار یا امتیاز هدیه می‌دهد یا کوپن، نه هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="558"/>
        <source>A campaign’s bonus is 1 to {limit} points.</source>
        <translation>امتیاز هدیه‌ی کارزار از یک تا {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="561"/>
        <source>The message uses {placeholder}, but this campaign gives no coupon, so it would be sent empty. Take {placeholder} out of the message (change the message along with the reward).</source>
        <translation>پیام از {placeholder} استفاده می‌کند، ولی این کارزار کوپنی نمی‌دهد و این بخش خالی فرستاده می‌شود. {placeholder} را از پیام بردارید (همراه با پاداش، پیام را هم تغییر دهید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="567"/>
        <source>The message uses {placeholder}, but this campaign gives no reward, so it would be sent empty. Take {placeholder} out of the message (change the message along with the reward).</source>
        <translation>پیام از {placeholder} استفاده می‌کند، ولی این کارزار پاداشی نمی‌دهد و این بخش خالی فرستاده می‌شود. {placeholder} را از پیام بردارید (همراه با پاداش، پیام را هم تغییر دهید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="573"/>
        <source>A ceiling (--max) goes only with a percentage off; this campaign&apos;s reward is not one.</source>
        <translation>سقف تخفیف (--max) فقط با تخفیف درصدی معنا دارد و پاداش این کارزار درصدی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="577"/>
        <source>A minimum purchase goes only with a coupon; this campaign&apos;s reward is not one.</source>
        <translation>حداقل خرید فقط برای کوپن است و پاداش این کارزار کوپن نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="581"/>
        <source>Choose the reward the coupon gives; the catalogue has no active reward yet.</source>
        <translation>جایزه‌ای را که کوپن می‌دهد انتخاب کنید؛ فهرست جایزه‌ها هنوز جایزه‌ی فعالی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="584"/>
        <source>The referral campaign gives the referrer bonus points, not a coupon.</source>
        <translation>کارزار معرفی به معرف امتیاز هدیه می‌دهد، نه کوپن.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="587"/>
        <source>A campaign’s coupon is valid for 1 to {limit} days.</source>
        <translation>کوپن کارزار از یک تا {limit} روز اعتبار دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="590"/>
        <source>A history shows 1 to {limit} runs.</source>
        <translation>تاریخچه از یک تا {limit} اجرا را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="591"/>
        <source>A list shows 1 to {limit} messages.</source>
        <translation>فهرست ۱ تا {limit} پیام را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="592"/>
        <source>A coupon’s title is at most {limit} characters.</source>
        <translation>عنوان کوپن حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="595"/>
        <source>{path} is not a picture this program can read (use PNG or JPEG).</source>
        <translation>{path} تصویری نیست که برنامه بتواند بخواند (PNG یا JPEG به کار ببرید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="598"/>
        <source>Braces {{ }} in the note must hold a placeholder such as {{name}}.</source>
        <translation>میان آکولادهای {{ }} در یادداشت باید جای‌نمایی مثل {{name}} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="601"/>
        <source>The note is at most {limit} characters.</source>
        <translation>یادداشت حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="602"/>
        <source>The note has at most {limit} lines.</source>
        <translation>یادداشت حداکثر {limit} خط دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="603"/>
        <source>{placeholder} is not a placeholder; the note can use {placeholders}.</source>
        <translation>{placeholder} جای‌نما نیست؛ در یادداشت می‌توان این‌ها را به کار برد: {placeholders}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="607"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>فایل PDF در {path} نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="608"/>
        <source>Entry {entry_id} is not a purchase or a redemption; there is no note for it.</source>
        <translation>ردیف {entry_id} خرید یا دریافت جایزه نیست؛ یادداشتی برای آن نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="611"/>
        <source>This member has no active card to print.</source>
        <translation>این عضو کارت فعالی برای چاپ ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="614"/>
        <source>No members with a card were chosen; there is nothing to print.</source>
        <translation>عضوی با کارت انتخاب نشده است؛ چیزی برای چاپ نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="618"/>
        <source>{count} cards is more than one print run can take ({limit}); choose fewer members.</source>
        <translation>{count} کارت بیش از توان یک نوبت چاپ ({limit}) است؛ اعضای کمتری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="622"/>
        <source>Copies must be between 1 and {limit}.</source>
        <translation>تعداد نسخه باید بین ۱ و {limit} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="623"/>
        <source>Copies are for printers; a PDF file is written once.</source>
        <translation>تعداد نسخه برای چاپگر است؛ فایل PDF یک بار نوشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="626"/>
        <source>The printer {printer} did not accept the job.</source>
        <translation>چاپگر {printer} کار چاپ را نپذیرفت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="629"/>
        <source>No printer is set up on this computer; save the document as a PDF instead.</source>
        <translation>روی این رایانه چاپگری تعریف نشده است؛ سند را به‌صورت PDF ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="632"/>
        <source>There is no printer called {printer}; this computer has no printers set up.</source>
        <translation>چاپگری به نام {printer} نیست؛ روی این رایانه هیچ چاپگری تعریف نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="636"/>
        <source>There is no printer called {printer}. Printers here: {known}</source>
        <translation>چاپگری به نام {printer} نیست. چاپگرهای این‌جا: {known}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="639"/>
        <source>{value} is not a printer connection; see the examples under the field.</source>
        <translation>{value} نشانی اتصال چاپگر نیست؛ نمونه‌های زیر همین خانه را ببینید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="643"/>
        <source>A receipt printer takes 80 mm or 58 mm rolls, not {paper}.</source>
        <translation>چاپگر رسید رول ۸۰ یا ۵۸ میلی‌متری می‌گیرد، نه {paper}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="646"/>
        <source>The receipt printer ({printer}) stopped; check paper and cover, then print again.</source>
        <translation>چاپگر رسید ({printer}) از کار ایستاد؛ کاغذ و درِ آن را بررسی کنید و دوباره چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="650"/>
        <source>No receipt printer is set up; choose one in Settings.</source>
        <translation>چاپگر رسید تعریف نشده است؛ در تنظیمات آن را تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="653"/>
        <source>The receipt printer ({printer}) cannot be reached; check that it is on and connected.</source>
        <translation>به چاپگر رسید ({printer}) دسترسی نیست؛ ببینید روشن و وصل باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="668"/>
        <source>Type the purchase amount.</source>
        <translation>مبلغ خرید را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="670"/>
        <source>{value} is not a whole amount: type it without decimals.</source>
        <translation>{value} مبلغی درست نیست: آن را بدون اعشار بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="673"/>
        <source>{value} has too many decimals: the shop&apos;s money has {places} at most.</source>
        <translation>{value} بیش از اندازه رقم اعشار دارد: پول فروشگاه حداکثر {places} رقم اعشار دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="686"/>
        <source>The backup folder {path} is not there (a USB stick taken out?); the club is untouched.</source>
        <translation>پوشهٔ پشتیبان {path} در دسترس نیست (فلش بیرون آورده شده؟)؛ به داده‌های باشگاه دستی نخورده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="690"/>
        <source>The disk of {path} is full; no backup was written and the club is untouched.</source>
        <translation>دیسکِ {path} پر است؛ پشتیبانی نوشته نشد و به داده‌های باشگاه دستی نخورده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="693"/>
        <source>{path} cannot be written to (a locked USB stick, or no permission); the club is untouched.</source>
        <translation>در {path} نمی‌توان نوشت (فلش قفل است یا اجازهٔ نوشتن نیست)؛ به داده‌های باشگاه دستی نخورده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="698"/>
        <source>pg_dump is not installed on this computer, so only LoyaltyDesk&apos;s own copy of the server&apos;s club was made (it restores fine); install the PostgreSQL client tools for the server&apos;s own archive too.</source>
        <translation>pg_dump روی این رایانه نصب نیست، پس فقط نسخهٔ پشتیبان خود لویالتی‌دسک از باشگاهِ روی سرور ساخته شد (که بی‌مشکل بازگردانده می‌شود)؛ برای بایگانی خود سرور هم، ابزارهای کلاینت PostgreSQL را نصب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="704"/>
        <source>pg_dump could not write {path}: {detail}</source>
        <translation>pg_dump نتوانست {path} را بنویسد: {detail}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="707"/>
        <source>The backup {path} was written, but its balances do not all match its ledger: run Verify on the club.</source>
        <translation>پشتیبان {path} نوشته شد، اما همهٔ مانده‌هایش با دفتر امتیازها جور نیست: بررسی حساب‌های باشگاه را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="712"/>
        <source>Encrypted backups need the passphrase: set it in Backups, or in LOYALTYDESK_BACKUP_PASSPHRASE.</source>
        <translation>پشتیبان رمزگذاری‌شده عبارت عبور می‌خواهد: آن را در «پشتیبان‌ها» یا در LOYALTYDESK_BACKUP_PASSPHRASE بگذارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="717"/>
        <source>Put the backup&apos;s passphrase in the environment variable {variable}.</source>
        <translation>عبارت عبور پشتیبان را در متغیر محیطی {variable} بگذارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="720"/>
        <source>That is not the passphrase of {path}; nothing was restored.</source>
        <translation>این عبارت عبورِ {path} نیست؛ چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="723"/>
        <source>{path} is damaged or incomplete (it was changed or cut short); nothing was restored.</source>
        <translation>{path} آسیب دیده یا ناقص است (تغییر کرده یا نیمه‌کاره مانده)؛ چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="727"/>
        <source>{path} is not an encrypted backup.</source>
        <translation>{path} پشتیبان رمزگذاری‌شده نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="728"/>
        <source>The system&apos;s keyring did not keep the passphrase: {detail}</source>
        <translation>جاکلیدی سیستم عبارت عبور را نگه نداشت: {detail}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="731"/>
        <source>This computer has no keyring to keep the passphrase in: set {variable} in the environment instead.</source>
        <translation>این رایانه جاکلیدی برای نگه‌داشتن عبارت عبور ندارد: به‌جای آن {variable} را در محیط تنظیم کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="736"/>
        <source>Keep between 0 and {limit} backups.</source>
        <translation>بین ۰ تا {limit} پشتیبان نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="737"/>
        <source>Keep at least one daily or one monthly backup.</source>
        <translation>دست‌کم یک پشتیبان روزانه یا یک پشتیبان ماهانه نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="740"/>
        <source>The passphrase needs at least {length} characters.</source>
        <translation>عبارت عبور باید دست‌کم {length} نویسه باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="743"/>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکی نیستند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="746"/>
        <source>--auto and --list use the backup folder of the settings: give no PATH or --encrypt.</source>
        <translation>‏--auto و --list پوشهٔ پشتیبانِ تنظیمات را به کار می‌برند: PATH یا --encrypt ندهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="750"/>
        <source>Give the backup file&apos;s PATH, or --auto or --list.</source>
        <translation>مسیر فایل پشتیبان (PATH) یا --auto یا --list را بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="753"/>
        <source>The birthday cannot be in the future.</source>
        <translation>تاریخ تولد نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="754"/>
        <source>That birthday is more than 120 years ago.</source>
        <translation>این تاریخ تولد بیش از ۱۲۰ سال پیش است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="755"/>
        <source>{card} is not a valid card number: a digit is wrong or two are swapped.</source>
        <translation>{card} شمارهٔ کارت معتبری نیست: یک رقم اشتباه است یا دو رقم جابه‌جا شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="758"/>
        <source>No free card number could be found; please try again.</source>
        <translation>شمارهٔ کارت آزادی پیدا نشد؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="761"/>
        <source>Card {card} was replaced by card {new_card} and no longer works.</source>
        <translation>کارت {card} با کارت {new_card} جایگزین شده و دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="764"/>
        <source>No member has card {card}.</source>
        <translation>کارت {card} به هیچ عضوی تعلق ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="765"/>
        <source>That date is before the member joined the club.</source>
        <translation>این تاریخ پیش از عضویت این شخص است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="768"/>
        <source>The database {path} cannot be opened.</source>
        <translation>پایگاه دادهٔ {path} باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="769"/>
        <source>{path} is not a LoyaltyDesk database; nothing was changed in it.</source>
        <translation>{path} پایگاه دادهٔ LoyaltyDesk نیست؛ چیزی در آن تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="772"/>
        <source>{path} was written by a newer LoyaltyDesk; update this program before using it.</source>
        <translation>{path} با نسخهٔ تازه‌تری از LoyaltyDesk نوشته شده؛ پیش از استفاده این برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="776"/>
        <source>A purchase an offline counter kept cannot also be a past purchase or use a coupon.</source>
        <translation>خریدی که صندوق آفلاین نگه داشته نمی‌تواند خرید گذشته باشد یا کوپن داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="780"/>
        <source>The club&apos;s server does not answer: stamp-card rewards wait until it does.</source>
        <translation>سرور باشگاه پاسخ نمی‌دهد: جایزه‌های کارت مهر تا برگشتن سرور صبر می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="784"/>
        <source>The club&apos;s server does not answer, and the owner allows no rewards while it is offline. Credit the purchase; the reward can be given when the server is back.</source>
        <translation>سرور باشگاه پاسخ نمی‌دهد و مالک در حالت آفلاین اجازهٔ دادن جایزه نداده است. خرید را ثبت کنید؛ جایزه را وقتی سرور برگشت می‌توان داد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="789"/>
        <source>While the server does not answer, a member may spend at most {limit} points a day; {spent} are spent already, {left} are left.</source>
        <translation>تا سرور پاسخ ندهد، هر عضو روزانه حداکثر {limit} امتیاز می‌تواند خرج کند؛ {spent} امتیاز خرج شده و {left} امتیاز مانده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="794"/>
        <source>As far as this counter knows, the member has {balance} points; the reward costs {cost} ({missing} more needed).</source>
        <translation>تا جایی که این صندوق می‌داند، عضو {balance} امتیاز دارد؛ جایزه {cost} امتیاز است ({missing} امتیاز کم است).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="799"/>
        <source>The club&apos;s server does not answer, and this counter has not seen this member before. Keep the receipt and credit the purchase when the server is back (the light turns green).</source>
        <translation>سرور باشگاه پاسخ نمی‌دهد و این صندوق این عضو را پیش‌تر ندیده است. رسید را نگه دارید و وقتی سرور برگشت (چراغ سبز شد) خرید را ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="805"/>
        <source>The club&apos;s server does not answer: a coupon can only be used when it does. Take the coupon off to credit the purchase now.</source>
        <translation>سرور باشگاه پاسخ نمی‌دهد: کوپن فقط وقتی سرور پاسخ دهد به کار می‌رود. برای ثبت خرید همین حالا، کوپن را بردارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="810"/>
        <source>A purchase this large needs a manager&apos;s approval, which needs the club&apos;s server. Enter it when the server answers again.</source>
        <translation>خریدی به این بزرگی تأیید مدیر می‌خواهد و تأیید به سرور باشگاه نیاز دارد. وقتی سرور دوباره پاسخ داد آن را ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="815"/>
        <source>This counter&apos;s offline file {path} cannot be used ({reason}). Nothing was kept there; check the disk.</source>
        <translation>پروندهٔ آفلاین این صندوق ({path}) قابل استفاده نیست ({reason}). چیزی در آن نگه داشته نشد؛ دیسک را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="820"/>
        <source>No operation {op_id} was refused on this counter; `sync pending` lists what was.</source>
        <translation>عملیات {op_id} روی این صندوق رد نشده است؛ `sync pending` موارد ردشده را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="824"/>
        <source>No operation {op_id} waits on this counter (it may have been sent already); `sync pending` lists what waits.</source>
        <translation>عملیات {op_id} روی این صندوق در انتظار نیست (شاید پیش‌تر فرستاده شده باشد)؛ `sync pending` موارد در انتظار را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="829"/>
        <source>This counter is sending its queue to the server right now; try again in a moment.</source>
        <translation>این صندوق همین حالا صف خود را به سرور می‌فرستد؛ چند لحظه بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="833"/>
        <source>The offline reward limit is 0 to {limit} points per member per day.</source>
        <translation>سقف جایزهٔ آفلاین از ۰ تا {limit} امتیاز برای هر عضو در روز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="836"/>
        <source>The note can be at most {limit} characters.</source>
        <translation>یادداشت حداکثر {limit} نویسه می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="839"/>
        <source>There is no offline conflict number {conflict}.</source>
        <translation>ناهمخوانی آفلاینی با شمارهٔ {conflict} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="842"/>
        <source>Offline conflict {conflict} was settled already, another way.</source>
        <translation>ناهمخوانی آفلاین {conflict} پیش‌تر به شکل دیگری تسویه شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="845"/>
        <source>The database server {server} (database {database}) cannot be reached. Check that it is running and that this computer can reach it over the network, then try again.</source>
        <translation>به سرور پایگاه داده {server} (پایگاه داده {database}) دسترسی نیست. ببینید سرور روشن باشد و این رایانه از راه شبکه به آن برسد، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="850"/>
        <source>Write the currency&apos;s name or sign, such as € or AED.</source>
        <translation>نام یا نماد ارز را بنویسید، مانند € یا AED.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="853"/>
        <source>The currency&apos;s name can be at most {limit} characters.</source>
        <translation>نام ارز حداکثر {limit} نویسه می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="856"/>
        <source>A currency has from 0 to {limit} decimals.</source>
        <translation>ارز از ۰ تا {limit} رقم اعشار دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="859"/>
        <source>That date and time is in the future.</source>
        <translation>این تاریخ و ساعت در آینده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="860"/>
        <source>{value} is not a date; write it as 1403/05/21 or 2024-08-11 (and HH:MM).</source>
        <translation>{value} تاریخ نیست؛ آن را به شکل ۱۴۰۳/۰۵/۲۱ یا 2024-08-11 (و ساعت:دقیقه) بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="863"/>
        <source>Type the date as year/month/day, or untick the box if there is none.</source>
        <translation>تاریخ را به شکل سال/ماه/روز بنویسید، یا اگر تاریخی نیست تیک آن را بردارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="866"/>
        <source>{value} is not a date; type year/month/day, as {example}.</source>
        <translation>{value} تاریخ نیست؛ آن را به شکل سال/ماه/روز بنویسید، مانند {example}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="869"/>
        <source>The time has no time zone.</source>
        <translation>برای این زمان منطقهٔ زمانی مشخص نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="870"/>
        <source>There is no such day as {value}.</source>
        <translation>روزی به نام {value} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="871"/>
        <source>There is no such time as {value}.</source>
        <translation>ساعتی به شکل {value} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="872"/>
        <source>There is no ledger entry {entry_id}.</source>
        <translation>ردیف {entry_id} در دفتر امتیاز وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="873"/>
        <source>There is no member number {member_id}.</source>
        <translation>عضوی با شمارهٔ {member_id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="874"/>
        <source>Scan a card or type a phone number.</source>
        <translation>کارت را اسکن کنید یا شمارهٔ تلفن را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="875"/>
        <source>{value} is neither a card number nor a mobile number.</source>
        <translation>{value} نه شمارهٔ کارت است نه شمارهٔ موبایل.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="878"/>
        <source>The name contains invisible characters.</source>
        <translation>نام نویسه‌های نامرئی دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="881"/>
        <source>Write the member&apos;s name.</source>
        <translation>نام عضو را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="882"/>
        <source>A name needs letters; {name} has none.</source>
        <translation>نام باید حرف داشته باشد؛ {name} حرفی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="883"/>
        <source>A name can be at most {limit} characters.</source>
        <translation>نام حداکثر {limit} نویسه می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="884"/>
        <source>{value} is not a valid national code: its check digit does not match.</source>
        <translation>{value} کد ملی معتبری نیست: رقم کنترل آن نمی‌خواند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="887"/>
        <source>A national code has ten digits; {value} does not.</source>
        <translation>کد ملی ده رقم دارد؛ {value} ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="890"/>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1022"/>
        <source>This national code already belongs to {member}.</source>
        <translation>این کد ملی از قبل متعلق به {member} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="893"/>
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="894"/>
        <source>{value} is not a whole number: digits are grouped in threes (85,000), and a decimal part cannot be given.</source>
        <translation>{value} عدد صحیح نیست: رقم‌ها سه‌تا سه‌تا جدا می‌شوند (۸۵٬۰۰۰) و بخش اعشاری پذیرفته نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="899"/>
        <source>{value} is not a whole number.</source>
        <translation>{value} عدد صحیح نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="900"/>
        <source>{member} was merged into {kept}: their record is kept for its history only. Use {kept}&apos;s card instead.</source>
        <translation>{member} در {kept} ادغام شده است و پرونده‌اش فقط برای سابقه نگه داشته می‌شود. به‌جای آن از کارت {kept} استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="905"/>
        <source>A member cannot be merged into themselves; choose two different members.</source>
        <translation>یک عضو را نمی‌توان در خودش ادغام کرد؛ دو عضو متفاوت انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="908"/>
        <source>{member} was already merged into another member; nothing was changed.</source>
        <translation>{member} پیش‌تر در عضو دیگری ادغام شده است؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="911"/>
        <source>This merge was already undone.</source>
        <translation>این ادغام پیش‌تر برگردانده شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="912"/>
        <source>A merge can be undone only on the day it was done; this one is from an earlier day.</source>
        <translation>ادغام را فقط در همان روز انجام آن می‌توان برگرداند؛ این ادغام مال روزهای قبل است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="916"/>
        <source>{member} has since been merged into another member: undo that merge first.</source>
        <translation>{member} پس از آن در عضو دیگری ادغام شده است؛ اول آن ادغام را برگردانید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="920"/>
        <source>The merge cannot be undone: {points} points would go back, but the member kept has only {balance} left (points were spent since). Nothing was changed.</source>
        <translation>ادغام برگرداندنی نیست: باید {points} امتیاز برگردد، اما عضو نگه‌داشته‌شده فقط {balance} امتیاز دارد (از آن زمان امتیاز خرج شده است). چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="925"/>
        <source>The merge cannot be undone: {stamps} stamps would go back, but the member kept has only {balance} left (stamps were used since). Nothing was changed.</source>
        <translation>ادغام برگرداندنی نیست: باید {stamps} مهر برگردد، اما عضو نگه‌داشته‌شده فقط {balance} مهر دارد (از آن زمان مهر مصرف شده است). چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="930"/>
        <source>No such merge.</source>
        <translation>چنین ادغامی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="931"/>
        <source>Name the merge by the two members (KEEP OTHER) or by --merge ID, not both.</source>
        <translation>ادغام را یا با دو عضو (KEEP OTHER) مشخص کنید یا با ‎--merge ID‎، نه هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="934"/>
        <source>The first day of the period comes after its last day.</source>
        <translation>روز اول بازه بعد از روز آخر آن است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="937"/>
        <source>This member already has an opening balance; use an adjustment instead.</source>
        <translation>این عضو از قبل موجودی اولیه دارد؛ به جای آن از اصلاح استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="940"/>
        <source>Choose the column that holds the {field}: it is needed for every member.</source>
        <translation>ستونی را که {field} در آن است انتخاب کنید: برای هر عضو لازم است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="944"/>
        <source>The {field} is mapped to column {column}, which the file does not have.</source>
        <translation>برای {field} ستون {column} انتخاب شده، اما فایل چنین ستونی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="948"/>
        <source>Column {column} is chosen for both {field} and {other}.</source>
        <translation>ستون {column} هم برای {field} انتخاب شده و هم برای {other}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="952"/>
        <source>No field is called {field}; the fields are: {fields}.</source>
        <translation>فیلدی به نام {field} نیست؛ فیلدها اینها هستند: {fields}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="956"/>
        <source>Write a mapping as FIELD=COLUMN, not {value}.</source>
        <translation>نگاشت را به شکل FIELD=COLUMN بنویسید، نه {value}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="960"/>
        <source>The file has no column headed {header}.</source>
        <translation>فایل ستونی با عنوان {header} ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="964"/>
        <source>The birthday {value} is not a date (Jalali 1370/05/21 or Gregorian 1991-08-12).</source>
        <translation>تاریخ تولد {value} تاریخ درستی نیست (شمسی ۱۳۷۰/۰۵/۲۱ یا میلادی 1991-08-12).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="968"/>
        <source>The joining date {value} is not a date (Jalali 1402/01/15 or Gregorian 2023-04-04).</source>
        <translation>تاریخ عضویت {value} تاریخ درستی نیست (شمسی ۱۴۰۲/۰۱/۱۵ یا میلادی 2023-04-04).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="972"/>
        <source>The birthday {value} is in the future or before 1900.</source>
        <translation>تاریخ تولد {value} در آینده یا پیش از ۱۹۰۰ میلادی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="976"/>
        <source>The joining date {value} is in the future.</source>
        <translation>تاریخ عضویت {value} در آینده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="980"/>
        <source>The card number {card} has characters a scanner does not type; only digits and Latin letters are kept.</source>
        <translation>شماره کارت {card} نویسه‌هایی دارد که بارکدخوان تایپ نمی‌کند؛ فقط رقم و حروف لاتین نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="985"/>
        <source>The card number {card} is longer than {limit} characters.</source>
        <translation>شماره کارت {card} بیش از {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="989"/>
        <source>The card number {card} reads as a mobile number; typed at the counter it would find someone else.</source>
        <translation>شماره کارت {card} شبیه شماره موبایل است؛ اگر پشت پیشخوان وارد شود، کس دیگری را پیدا می‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="994"/>
        <source>The balance {value} is not a whole number of points.</source>
        <translation>مانده {value} عدد صحیحی از امتیاز نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="998"/>
        <source>The balance {value} is below zero; an opening balance cannot be a debt.</source>
        <translation>مانده {value} کمتر از صفر است؛ مانده اولیه نمی‌تواند بدهی باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1002"/>
        <source>The balance {value} is more than {limit} points.</source>
        <translation>مانده {value} بیش از {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1006"/>
        <source>Same member as row {row} (the same mobile number).</source>
        <translation>همان عضو ردیف {row} است (همان شماره موبایل).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1010"/>
        <source>The same national code as row {row}.</source>
        <translation>کد ملی همان کد ملی ردیف {row} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1014"/>
        <source>The same card number as row {row}.</source>
        <translation>شماره کارت همان شماره کارت ردیف {row} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1018"/>
        <source>{phone} is already a member of the club: {member}.</source>
        <translation>{phone} از پیش عضو باشگاه است: {member}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1026"/>
        <source>The card number {card} already belongs to a member.</source>
        <translation>شماره کارت {card} از پیش مال یکی از اعضاست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1030"/>
        <source>The file has more than {limit} rows; nothing was imported. Split it into smaller files.</source>
        <translation>فایل بیش از {limit} ردیف دارد و چیزی وارد نشد. آن را به چند فایل کوچک‌تر تقسیم کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1034"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} یک پوشه است، نه فایل.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1038"/>
        <source>There is no file {path}.</source>
        <translation>فایل {path} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1042"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1046"/>
        <source>{path} is empty.</source>
        <translation>{path} خالی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1050"/>
        <source>{path} is an old Excel file (.xls): open it in Excel or LibreOffice and save it as .xlsx or .csv.</source>
        <translation>{path} فایل اکسل قدیمی (.xls) است: آن را در اکسل یا لیبره‌آفیس باز کنید و با قالب .xlsx یا .csv ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1055"/>
        <source>{path} is not a table of members: it has one column, and a member list needs at least the name and the mobile in columns of their own (a comma, semicolon or tab between them).</source>
        <translation>{path} جدول اعضا نیست: یک ستون بیشتر ندارد، و فهرست اعضا دست‌کم نام و موبایل را هر کدام در ستونی جدا لازم دارد (با ویرگول، نقطه‌ویرگول یا تب میانشان).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1061"/>
        <source>{path} is neither a CSV nor an XLSX file.</source>
        <translation>{path} نه فایل CSV است و نه XLSX.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1065"/>
        <source>No text encoding is called {encoding}; try utf-8 or cp1256.</source>
        <translation>کدگذاری متنی به نام {encoding} وجود ندارد؛ utf-8 یا cp1256 را امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1069"/>
        <source>The text encoding of {path} cannot be told: choose it (UTF-8, or Windows-1256 for older Persian software).</source>
        <translation>کدگذاری متن {path} را نمی‌توان تشخیص داد: خودتان انتخاب کنید (UTF-8، یا Windows-1256 برای نرم‌افزارهای فارسی قدیمی).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1074"/>
        <source>{path} is not written in {encoding}: choose another encoding.</source>
        <translation>{path} با کدگذاری {encoding} نوشته نشده است: کدگذاری دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1078"/>
        <source>Row {row} of {path} is not written in {encoding}: choose another encoding. Nothing was imported.</source>
        <translation>ردیف {row} از {path} با کدگذاری {encoding} نوشته نشده است: کدگذاری دیگری انتخاب کنید. چیزی وارد نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1083"/>
        <source>Row {row} of the file cannot be read as CSV ({reason}); nothing was imported.</source>
        <translation>ردیف {row} فایل به‌صورت CSV خوانده نمی‌شود ({reason})؛ چیزی وارد نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1087"/>
        <source>The file has no header row: its first row must name the columns.</source>
        <translation>فایل ردیف عنوان ندارد: ردیف اول باید نام ستون‌ها را داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1091"/>
        <source>The file has no sheet {sheet}; its sheets are: {sheets}.</source>
        <translation>فایل برگه‌ای به نام {sheet} ندارد؛ برگه‌هایش اینها هستند: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1095"/>
        <source>An opening balance must be more than zero.</source>
        <translation>موجودی اولیه باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1098"/>
        <source>The operation id is empty.</source>
        <translation>شناسهٔ عملیات خالی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1099"/>
        <source>An operation id is at most {limit} printable characters.</source>
        <translation>شناسهٔ عملیات حداکثر {limit} نویسهٔ چاپی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1102"/>
        <source>The request was given up before it was saved; nothing was saved.</source>
        <translation>درخواست پیش از ثبت شدن رها شد؛ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1105"/>
        <source>Operation id {operation_id} was already used for a different action; nothing was done.</source>
        <translation>شناسهٔ عملیات {operation_id} پیش‌تر برای کار دیگری به کار رفته؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1109"/>
        <source>Write the mobile number.</source>
        <translation>شمارهٔ موبایل را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1110"/>
        <source>A mobile number has only digits; {phone} has others.</source>
        <translation>شمارهٔ موبایل فقط رقم دارد؛ {phone} نویسه‌های دیگری هم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1113"/>
        <source>{phone} is not an Iranian mobile number.</source>
        <translation>{phone} شمارهٔ موبایل ایران نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1114"/>
        <source>{phone} is not a mobile number: mobile numbers start with 09.</source>
        <translation>{phone} شمارهٔ موبایل نیست: شماره‌های موبایل با ۰۹ شروع می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1117"/>
        <source>This mobile number already belongs to {member}.</source>
        <translation>این شمارهٔ موبایل از قبل متعلق به {member} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1120"/>
        <source>No member has the mobile number {phone}.</source>
        <translation>هیچ عضوی شمارهٔ موبایل {phone} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1121"/>
        <source>{phone} has {digits} digits after 0; a mobile number has 10 (09xx xxx xxxx).</source>
        <translation>{phone} بعد از صفر {digits} رقم دارد؛ شمارهٔ موبایل ۱۰ رقم دارد (⁦۰۹xx&#xa0;xxx&#xa0;xxxx⁩).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1124"/>
        <source>There is no purchase {purchase_id}.</source>
        <translation>خریدی با شمارهٔ {purchase_id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1125"/>
        <source>Receipt {receipt} was already credited to {member}.</source>
        <translation>امتیاز رسید {receipt} پیش‌تر به {member} داده شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1128"/>
        <source>A receipt number is at most {limit} characters.</source>
        <translation>شمارهٔ رسید حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1132"/>
        <source>The file is not UTF-8 text; set the POS to save receipts as UTF-8.</source>
        <translation>این فایل متن UTF-8 نیست؛ صندوق (POS) را طوری تنظیم کنید که رسیدها را با UTF-8 ذخیره کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1135"/>
        <source>The file is not one complete JSON object.</source>
        <translation>این فایل یک شیء کامل JSON نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1138"/>
        <source>The field {key} must be text or a whole number.</source>
        <translation>فیلد {key} باید متن یا عدد صحیح باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1141"/>
        <source>{key} is not a receipt&apos;s field; they are card or phone, amount_rials or amount_toman, receipt and at.</source>
        <translation>{key} از فیلدهای رسید نیست؛ فیلدها این‌ها هستند: card یا phone، amount_rials یا amount_toman، receipt و at.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1146"/>
        <source>The amount does not say its unit: name it amount_rials or amount_toman, not {key}.</source>
        <translation>واحد مبلغ معلوم نیست: نام آن را amount_rials یا amount_toman بگذارید، نه {key}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1150"/>
        <source>Give the amount once: as amount_rials or as amount_toman.</source>
        <translation>مبلغ را فقط یک بار بدهید: یا amount_rials یا amount_toman.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1153"/>
        <source>This shop does not count in Toman: give the amount as amount_rials, in its money&apos;s smallest unit.</source>
        <translation>حساب این فروشگاه به تومان نیست: مبلغ را با amount_rials و به کوچک‌ترین واحد پول آن بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1158"/>
        <source>Give the member&apos;s card or phone: one of them.</source>
        <translation>کارت یا تلفن عضو را بدهید: فقط یکی از این دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1161"/>
        <source>The receipt number (receipt) is missing; without it one sale cannot be told from another.</source>
        <translation>شمارهٔ رسید (receipt) نیامده است؛ بدون آن نمی‌توان یک فروش را از فروش دیگر بازشناخت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1165"/>
        <source>The file has no sale under its header line.</source>
        <translation>زیر سطر عنوان‌های این فایل هیچ فروشی نیامده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1168"/>
        <source>The file holds {count} sales; the POS must write one file per sale.</source>
        <translation>این فایل {count} فروش دارد؛ صندوق باید برای هر فروش یک فایل جدا بنویسد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1171"/>
        <source>The sale&apos;s line has {found} values for {expected} columns (a comma in an amount that is not in quotes?).</source>
        <translation>سطر فروش {found} مقدار دارد ولی ستون‌ها {expected} تاست (شاید ویرگولی در مبلغی هست که داخل گیومه نیامده؟).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1176"/>
        <source>The column {key} appears twice in the header line.</source>
        <translation>ستون {key} دو بار در سطر عنوان‌ها آمده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1179"/>
        <source>The file is larger than {limit} bytes; one sale is far smaller.</source>
        <translation>حجم این فایل بیش از {limit} بایت است؛ یک فروش بسیار کوچک‌تر از این است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1182"/>
        <source>This sale was credited before; it was not credited again.</source>
        <translation>این فروش پیش‌تر ثبت شده بود؛ دوباره ثبت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1185"/>
        <source>Choose the folder the POS drops its receipts into.</source>
        <translation>پوشه‌ای را انتخاب کنید که صندوق رسیدهایش را در آن می‌گذارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1191"/>
        <source>This receipt is dated {at}, more than a day ahead of this computer&apos;s clock; check the date the POS writes.</source>
        <translation>تاریخ این رسید {at} است، بیش از یک روز جلوتر از ساعت این رایانه؛ تاریخی را که برنامهٔ فروش می‌نویسد بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1196"/>
        <source>The receipts folder {path} cannot be watched: {detail}</source>
        <translation>پوشهٔ رسیدها ({path}) را نمی‌توان زیر نظر گرفت: {detail}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1199"/>
        <source>No purchase was credited with receipt {receipt}.</source>
        <translation>هیچ خریدی با رسید {receipt} ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1202"/>
        <source>The member owes {debt} points from a refund; no reward until it is paid back.</source>
        <translation>این عضو به‌خاطر مرجوعی {debt} امتیاز بدهکار است؛ تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1205"/>
        <source>{reward} needs {cost} points; the member has {balance}, {missing} short.</source>
        <translation>{reward} به {cost} امتیاز نیاز دارد؛ عضو {balance} امتیاز دارد و {missing} امتیاز کم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1208"/>
        <source>This purchase was already refunded in full.</source>
        <translation>این خرید پیش‌تر به‌طور کامل مرجوع شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1211"/>
        <source>Only {remaining} of this purchase is left to refund, not {amount}.</source>
        <translation>از این خرید فقط {remaining} برای مرجوعی مانده است، نه {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1214"/>
        <source>Entry {entry_id} is not a purchase, so it cannot be refunded.</source>
        <translation>ردیف {entry_id} خرید نیست، پس مرجوع نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1217"/>
        <source>Name the purchase to refund by its receipt or by its ledger entry (one of the two).</source>
        <translation>خرید مرجوعی را با رسید یا با ردیف دفتر امتیاز آن مشخص کنید (یکی از این دو).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1221"/>
        <source>There is no backup file at {path}.</source>
        <translation>در {path} فایل پشتیبانی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1222"/>
        <source>A reward costs between 1 and {limit} points.</source>
        <translation>بهای هر جایزه بین ۱ و {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1225"/>
        <source>Name the reward.</source>
        <translation>نام جایزه را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1226"/>
        <source>There is already a reward called {reward}.</source>
        <translation>جایزه‌ای به نام {reward} از قبل هست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1227"/>
        <source>There is no reward called {reward}.</source>
        <translation>جایزه‌ای به نام {reward} نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1228"/>
        <source>With these points per amount one purchase of {amount} would earn more than {limit} points: give fewer points, or set a larger amount per step.</source>
        <translation>با این امتیاز برای هر مبلغ، یک خرید {amount} بیش از {limit} امتیاز می‌گیرد: امتیاز کمتری بدهید یا مبلغ هر پله را بیشتر کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1233"/>
        <source>This purchase would take the balance past {limit} points, more than a club can hold; check the earning rule. Nothing was credited.</source>
        <translation>با این خرید موجودی از {limit} امتیاز می‌گذرد که بیش از ظرفیت باشگاه است؛ قانون امتیازدهی را بررسی کنید. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1238"/>
        <source>The minimum purchase cannot be negative.</source>
        <translation>حداقل خرید نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1239"/>
        <source>Points per step must be more than zero.</source>
        <translation>امتیاز هر پله باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1240"/>
        <source>The amount per step must be more than zero.</source>
        <translation>مبلغ هر پله باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1241"/>
        <source>The minimum purchase can be at most {limit_rials}.</source>
        <translation>حداقل خرید حداکثر می‌تواند {limit_rials} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1244"/>
        <source>Points per step can be at most {limit}.</source>
        <translation>امتیاز هر پله حداکثر می‌تواند {limit} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1247"/>
        <source>The amount per step can be at most {limit_rials}.</source>
        <translation>مبلغ هر پله حداکثر می‌تواند {limit_rials} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1250"/>
        <source>The club has no earning rule.</source>
        <translation>باشگاه قاعدهٔ امتیازدهی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1251"/>
        <source>Ask for 1 to {limit} members at a time.</source>
        <translation>هر بار ۱ تا {limit} عضو بخواهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1252"/>
        <source>The database is busy with another counter; please try again.</source>
        <translation>پایگاه داده سرگرم صندوق دیگری است؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1255"/>
        <source>Another counter changed this member at the same moment; please try again.</source>
        <translation>صندوق دیگری همزمان این عضو را تغییر داد؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1258"/>
        <source>The disk is full; nothing was saved. Free some space.</source>
        <translation>دیسک پر است؛ چیزی ذخیره نشد. کمی جا باز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1261"/>
        <source>The database cannot be written (it is read-only); nothing was saved.</source>
        <translation>در پایگاه داده نمی‌شود نوشت (فقط‌خواندنی است)؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1265"/>
        <source>{reward} needs {cost} stamps; the member has {stamps}, {missing} short.</source>
        <translation>{reward} به {cost} مهر نیاز دارد؛ عضو {stamps} مهر دارد و {missing} مهر کم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1268"/>
        <source>A stamp reward costs between 1 and {limit} stamps.</source>
        <translation>هزینهٔ جایزهٔ مهری بین ۱ تا {limit} مهر است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1271"/>
        <source>The minimum purchase for a stamp cannot be negative.</source>
        <translation>حداقل خرید برای گرفتن مهر نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1274"/>
        <source>Stamps a day per member are between 1 and {limit}.</source>
        <translation>تعداد مهر روزانهٔ هر عضو بین ۱ تا {limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1277"/>
        <source>With points turned off, turn stamps on: otherwise purchases earn nothing.</source>
        <translation>وقتی امتیاز خاموش است، مهر را روشن کنید؛ وگرنه خریدها چیزی به دست نمی‌آورند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1281"/>
        <source>Say what to change: --email ADDRESS, --notes TEXT or both.</source>
        <translation>بگویید چه چیزی عوض شود: ‎--email ADDRESS‎، ‎--notes TEXT‎ یا هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1284"/>
        <source>Notes are at most {limit} characters; these have {length}.</source>
        <translation>یادداشت حداکثر {limit} نویسه است؛ این یکی {length} نویسه دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1287"/>
        <source>The notes have an invisible control character (pasted from another program): type them again.</source>
        <translation>در یادداشت یک نویسهٔ کنترلی نامرئی هست (از برنامهٔ دیگری چسبانده شده): آن را دوباره تایپ کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1293"/>
        <source>{address} is not an e-mail address: it needs one @, a dot after it and no spaces, like name@example.com.</source>
        <translation>{address} نشانی ایمیل نیست: باید یک @ داشته باشد، بعد از آن یک نقطه، و بدون فاصله باشد؛ مانند name@example.com.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1298"/>
        <source>An e-mail address is at most {limit} characters.</source>
        <translation>نشانی ایمیل حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1301"/>
        <source>{host} is not a server name: write it like smtp.example.com.</source>
        <translation>{host} نام سرور نیست: آن را مانند smtp.example.com بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1304"/>
        <source>The port is a whole number from {first} to {last}.</source>
        <translation>درگاه (پورت) عددی صحیح از {first} تا {last} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1307"/>
        <source>The user name has a space or is too long: write it as the server gave it.</source>
        <translation>نام کاربری فاصله دارد یا بیش از حد بلند است: آن را همان‌طور که سرور داده بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1310"/>
        <source>Give the address the e-mail comes from (From), like club@example.com.</source>
        <translation>نشانی فرستندهٔ ایمیل (From) را بدهید، مانند club@example.com.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1313"/>
        <source>No mail server is set: give one in E-mail server… (or `mail set`).</source>
        <translation>سرور ایمیل تعیین نشده است: آن را در «سرور ایمیل…» (یا با `mail set`) بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1316"/>
        <source>This program cannot send e-mail here; nothing was sent.</source>
        <translation>این برنامه اینجا نمی‌تواند ایمیل بفرستد؛ چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1319"/>
        <source>The mail server {host} (port {port}) did not work: {detail}. Nothing was sent.</source>
        <translation>سرور ایمیل {host} (درگاه {port}) کار نکرد: {detail}. چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1323"/>
        <source>Write the mail server’s name, like smtp.example.com.</source>
        <translation>نام سرور ایمیل را بنویسید، مثل smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1326"/>
        <source>{address} has letters a mail server cannot deliver to: write the address in English letters, like name@example.com.</source>
        <translation>{address} حروفی دارد که سرور ایمیل نمی‌تواند به آن بفرستد: نشانی را با حروف انگلیسی بنویسید، مثل name@example.com.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1331"/>
        <source>Withdrawn: the member asked for no messages after it was queued.</source>
        <translation>پس گرفته شد: عضو بعد از در صف رفتن این پیام خواست پیامی برایش فرستاده نشود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1334"/>
        <source>The outbox kept changing while the file was written; nothing was marked. Try again.</source>
        <translation>صندوق پیام‌ها هنگام نوشتن فایل مدام تغییر کرد؛ چیزی علامت نخورد. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1338"/>
        <source>The mail server did not take the message to {address}: {detail}.</source>
        <translation>سرور ایمیل پیام به {address} را نپذیرفت: {detail}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1341"/>
        <source>The password for {account} is not known on this computer: save it in E-mail server…, or set LOYALTYDESK_SMTP_PASSWORD in the environment of the program that sends.</source>
        <translation>گذرواژهٔ {account} روی این رایانه شناخته نیست: آن را در «سرور ایمیل…» ذخیره کنید، یا LOYALTYDESK_SMTP_PASSWORD را در محیط برنامه‌ای که می‌فرستد تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1346"/>
        <source>The system keyring did not keep the password: {detail}.</source>
        <translation>جاکلیدی سیستم گذرواژه را نگه نداشت: {detail}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1349"/>
        <source>No SMS is waiting in the outbox: there is nothing to export.</source>
        <translation>هیچ پیامکی در صندوق خروجی منتظر نیست: چیزی برای خروجی گرفتن نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1352"/>
        <source>Name at least one message.</source>
        <translation>دست‌کم یک پیام را نام ببرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1353"/>
        <source>There is no message {id} in the outbox.</source>
        <translation>پیام {id} در صندوق خروجی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1354"/>
        <source>Message {id} was not exported to an SMS panel, so it cannot be marked sent; nothing was marked.</source>
        <translation>پیام {id} به سامانهٔ پیامک داده نشده است، پس نمی‌توان آن را فرستاده‌شده علامت زد؛ چیزی علامت نخورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1359"/>
        <source>Message {id} has not failed, so there is nothing to retry; nothing changed.</source>
        <translation>پیام {id} ناموفق نبوده است، پس چیزی برای تلاش دوباره نیست؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1362"/>
        <source>{path}: the outbox exports to a .csv or an .xlsx file.</source>
        <translation>{path}: خروجی صندوق پیام‌ها فقط فایل ‎.csv یا ‎.xlsx است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1365"/>
        <source>Redemption {entry_id} was already voided.</source>
        <translation>دریافت جایزهٔ {entry_id} پیش‌تر لغو شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1368"/>
        <source>Entry {entry_id} is not a redemption, so it cannot be voided.</source>
        <translation>ردیف {entry_id} دریافت جایزه نیست، پس لغو نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1372"/>
        <source>Write the shop&apos;s name.</source>
        <translation>نام فروشگاه را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1373"/>
        <source>A shop&apos;s name is at most {limit} letters.</source>
        <translation>نام فروشگاه حداکثر {limit} حرف است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1377"/>
        <source>A branch name is one line of letters, digits and signs; leave it empty for no branch.</source>
        <translation>نام شعبه باید یک خط از حروف، رقم‌ها و نشانه‌ها باشد؛ اگر شعبه‌ای ندارید، خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1381"/>
        <source>A branch name is at most {limit} letters.</source>
        <translation>نام شعبه حداکثر {limit} حرف است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1382"/>
        <source>Choose the time zone from the list (for example Asia/Tehran).</source>
        <translation>منطقه‌ی زمانی را از فهرست انتخاب کنید (مثلاً Asia/Tehran).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1385"/>
        <source>Choose a whole folder path for the backups, or leave it empty.</source>
        <translation>نشانی کامل یک پوشه را برای پشتیبان‌ها انتخاب کنید، یا آن را خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1388"/>
        <source>Start with at most {limit} rewards; add more later in Rules.</source>
        <translation>با حداکثر {limit} جایزه شروع کنید؛ بقیه را بعداً در قوانین اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1391"/>
        <source>The club needs its owner&apos;s name and PIN.</source>
        <translation>باشگاه به نام و رمز مالک خود نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1394"/>
        <source>This club already has staff accounts; it was not set up again.</source>
        <translation>این باشگاه از قبل حساب کارکنان دارد؛ دوباره راه‌اندازی نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1397"/>
        <source>Type the server&apos;s name or address (for example 192.168.1.10).</source>
        <translation>نام یا نشانی سرور را بنویسید (مثلاً 192.168.1.10).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1400"/>
        <source>“{host}” is not a server name or address: letters, digits, dots and dashes only.</source>
        <translation>«{host}» نام یا نشانی سرور نیست: فقط حروف لاتین، رقم، نقطه و خط تیره.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1404"/>
        <source>The port is a number from 1 to 65535 (PostgreSQL’s usual one is 5432); “{value}” is not.</source>
        <translation>درگاه عددی از ۱ تا ۶۵۵۳۵ است (درگاه معمول PostgreSQL ‏۵۴۳۲ است)؛ «{value}» نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1408"/>
        <source>Type the name of the club’s database on the server.</source>
        <translation>نام پایگاه دادهٔ باشگاه روی سرور را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1411"/>
        <source>A database name has no spaces and at most {limit} letters.</source>
        <translation>نام پایگاه داده فاصله ندارد و حداکثر {limit} حرف است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1414"/>
        <source>Type the user name this counter signs in to the server with.</source>
        <translation>نام کاربری‌ای را بنویسید که این صندوق با آن به سرور وارد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1417"/>
        <source>A user name has no spaces and at most {limit} letters.</source>
        <translation>نام کاربری فاصله ندارد و حداکثر {limit} حرف است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1420"/>
        <source>The TLS setting is disable, require or verify-full; “{value}” is none of them.</source>
        <translation>تنظیم TLS یکی از disable،‏ require یا verify-full است؛ «{value}» هیچ‌کدام نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1424"/>
        <source>Verifying the server needs the certificate of the authority that signed the server’s certificate (a CA file).</source>
        <translation>برای وارسی سرور، گواهی مرجعی که گواهی سرور را امضا کرده لازم است (فایل CA).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1429"/>
        <source>The CA file {path} is not there.</source>
        <translation>فایل CA ‏{path} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1430"/>
        <source>{path} is a folder: choose the CA file in it (.pem or .crt).</source>
        <translation>{path} یک پوشه است: فایل CA درون آن را برگزینید (‎.pem یا ‎.crt).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1433"/>
        <source>The CA file {path} is there but cannot be read ({detail}): let this computer’s user read it, or copy it somewhere they can.</source>
        <translation>فایل CA ‏{path} هست اما خوانده نمی‌شود ({detail}): به کاربر این رایانه اجازهٔ خواندنش را بدهید، یا آن را جایی رونوشت کنید که بتواند بخواند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1438"/>
        <source>The password could not be kept in this computer’s keyring ({detail}).</source>
        <translation>گذرواژه در جاکلیدی این رایانه نگه داشته نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1441"/>
        <source>This computer has no keyring to keep the password in: give it in the environment variable {variable} instead.</source>
        <translation>این رایانه جاکلیدی‌ای برای نگه‌داشتن گذرواژه ندارد: به‌جایش آن را در متغیر محیطی {variable} بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1446"/>
        <source>The server {server} cannot be found: its name is not known here. Check the spelling, or use its IP address.</source>
        <translation>سرور {server} پیدا نمی‌شود: این نام این‌جا شناخته نیست. املای آن را بررسی کنید یا نشانی IP سرور را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1451"/>
        <source>There is no way to the server {server} from this computer (no route): is this computer on the shop’s network, and is the server switched on?</source>
        <translation>از این رایانه راهی به سرور {server} نیست (مسیری وجود ندارد): آیا این رایانه به شبکهٔ فروشگاه وصل است و سرور روشن است؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1456"/>
        <source>The server {server} does not answer in time: a firewall may be in the way, or the address is wrong.</source>
        <translation>سرور {server} به‌موقع پاسخ نمی‌دهد: شاید دیوارهٔ آتش جلویش را گرفته یا نشانی اشتباه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1461"/>
        <source>Nothing is listening at {server}: the computer is there, but PostgreSQL is not running on that port or does not take network connections.</source>
        <translation>در {server} هیچ برنامه‌ای منتظر اتصال نیست: رایانه در دسترس است، اما PostgreSQL روی آن درگاه اجرا نمی‌شود یا اتصال از شبکه را نمی‌پذیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1466"/>
        <source>The server {server} refused the user name or password. Check both (the password is case-sensitive).</source>
        <translation>سرور {server} نام کاربری یا گذرواژه را نپذیرفت. هر دو را بررسی کنید (در گذرواژه، حروف بزرگ و کوچک فرق دارند).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1471"/>
        <source>The server {server} does not let this computer or user in (no line for them in its pg_hba.conf). If the server takes only TLS connections, turn TLS on here; otherwise its administrator must allow this computer.</source>
        <translation>سرور {server} به این رایانه یا این کاربر اجازهٔ ورود نمی‌دهد (در pg_hba.conf آن سطری برایشان نیست). اگر سرور فقط اتصال TLS می‌پذیرد، TLS را این‌جا روشن کنید؛ وگرنه مدیر سرور باید به این رایانه اجازه بدهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1477"/>
        <source>The server {server} has no TLS, but this counter requires it. Turn TLS on at the server, or choose “disable” here on a network you trust.</source>
        <translation>سرور {server} ‏TLS ندارد، اما این صندوق آن را لازم می‌داند. TLS را روی سرور روشن کنید، یا در شبکه‌ای که به آن اطمینان دارید این‌جا «خاموش» را برگزینید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1482"/>
        <source>The server {server} shows a certificate this counter does not trust: the CA file chosen did not sign it.</source>
        <translation>سرور {server} گواهی‌ای نشان می‌دهد که این صندوق به آن اعتماد ندارد: فایل CA برگزیده آن را امضا نکرده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1487"/>
        <source>The server’s certificate is made out to another name than {server}: connect with the name in the certificate.</source>
        <translation>گواهی سرور به نامی جز {server} صادر شده است: با همان نامی که در گواهی آمده وصل شوید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1492"/>
        <source>The secure (TLS) connection to {server} failed ({detail}).</source>
        <translation>اتصال امن (TLS) به {server} برقرار نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1495"/>
        <source>The server {server} has no database named {database}. Create it (empty) first, or check the name.</source>
        <translation>سرور {server} پایگاه داده‌ای به نام {database} ندارد. اول آن را (خالی) بسازید یا نام را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1500"/>
        <source>This user may sign in to {server} but may not use the database {database}.</source>
        <translation>این کاربر می‌تواند به {server} وارد شود اما اجازهٔ کار با پایگاه دادهٔ {database} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1503"/>
        <source>The database {database} on {server} belongs to another program (it has tables, but not LoyaltyDesk’s). Use an empty database.</source>
        <translation>پایگاه دادهٔ {database} روی {server} مال برنامهٔ دیگری است (جدول دارد، اما نه جدول‌های LoyaltyDesk). یک پایگاه دادهٔ خالی به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1508"/>
        <source>The club in the database {database} on {server} was made by a newer LoyaltyDesk: update LoyaltyDesk on this counter first.</source>
        <translation>باشگاهِ پایگاه دادهٔ {database} روی {server} را نسخهٔ تازه‌تری از LoyaltyDesk ساخته است: اول LoyaltyDesk را روی این صندوق به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1528"/>
        <source>Connected to {server}. The database {database} holds a LoyaltyDesk club with {members} members.</source>
        <translation>به {server} وصل شد. پایگاه دادهٔ {database} یک باشگاه LoyaltyDesk با {members} عضو دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1533"/>
        <source>Connected to {server}. The database {database} holds a LoyaltyDesk club with {members} members, made by an older LoyaltyDesk: it will be upgraded when this counter first opens it (a copy is kept first). Then update the club’s other counters too.</source>
        <translation>به {server} وصل شد. پایگاه دادهٔ {database} یک باشگاه LoyaltyDesk با {members} عضو دارد که نسخهٔ قدیمی‌تری از LoyaltyDesk آن را ساخته است: نخستین بار که این صندوق بازش کند به‌روز می‌شود (پیش از آن یک نسخهٔ پشتیبان گرفته می‌شود). پس از آن صندوق‌های دیگر باشگاه را هم به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1540"/>
        <source>{database} on {server} is the server’s own database (PostgreSQL keeps it for itself): a club does not go in it. Ask whoever looks after the server to create a database for the club, with: {sql} Then type its name here.</source>
        <translation>پایگاه دادهٔ {database} روی {server} مال خود سرور است (سرور PostgreSQL آن را برای کار خودش نگه می‌دارد) و باشگاه در آن گذاشته نمی‌شود. از کسی که سرور را نگه‌داری می‌کند بخواهید با این دستور یک پایگاه داده برای باشگاه بسازد: {sql} سپس نام آن را این‌جا بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1513"/>
        <source>The server {server} could not be used ({detail}).</source>
        <translation>با سرور {server} نمی‌شود کار کرد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="100"/>
        <source>A token named {name} is in use: revoke it first (its POS is then refused), or choose another name.</source>
        <translation>توکنی به نام {name} در کار است: اول آن را باطل کنید (برنامهٔ فروشش دیگر پذیرفته نمی‌شود)، یا نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1188"/>
        <source>The receipts folder {path} is not there; make it, or choose another.</source>
        <translation>پوشهٔ رسیدها ({path}) پیدا نمی‌شود؛ آن را بسازید یا پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1516"/>
        <source>Type the server as {host} here and the port {port} in the Port field.</source>
        <translation>این‌جا سرور را {host} بنویسید و درگاه {port} را در خانهٔ «درگاه».</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1519"/>
        <source>This counter is on a shared club already: only a club in a file on this computer is moved to a server. Nothing was copied.</source>
        <translation>این صندوق همین حالا روی یک باشگاه مشترک است: فقط باشگاهی که در فایلی روی همین رایانه است به سرور منتقل می‌شود. چیزی رونوشت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1524"/>
        <source>Connected to {server}. The database {database} is empty: ready to move a club in.</source>
        <translation>به {server} وصل شد. پایگاه دادهٔ {database} خالی است: آمادهٔ انتقال یک باشگاه به آن.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1546"/>
        <source>The database {database} on {server} already holds a club ({members} members): a club is moved only into an empty database. Nothing was copied.</source>
        <translation>پایگاه دادهٔ {database} روی {server} از پیش یک باشگاه دارد ({members} عضو): باشگاه فقط به پایگاه دادهٔ خالی منتقل می‌شود. چیزی رونوشت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1551"/>
        <source>The database {database} on {server} holds another program’s tables: a club is moved only into an empty database. Nothing was copied.</source>
        <translation>پایگاه دادهٔ {database} روی {server} جدول‌های برنامهٔ دیگری را دارد: باشگاه فقط به پایگاه دادهٔ خالی منتقل می‌شود. چیزی رونوشت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1556"/>
        <source>This club’s own books do not add up ({differences} differences; see Verify): put them right before moving the club. Nothing was copied.</source>
        <translation>حساب‌های خود این باشگاه جور نیست ({differences} اختلاف؛ بررسی حساب‌ها را ببینید): پیش از انتقال باشگاه آن‌ها را درست کنید. چیزی رونوشت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1561"/>
        <source>The copy on {server} does not match this club ({differences} differences). This counter stays on its own file; empty the database {database} on the server (drop it and create it again) and try again.</source>
        <translation>رونوشت روی {server} با این باشگاه جور نیست ({differences} اختلاف). این صندوق روی فایل خودش می‌ماند؛ پایگاه دادهٔ {database} را روی سرور خالی کنید (حذف و دوباره ساختن) و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="1571"/>
        <source>The request could not be completed ({code}).</source>
        <translation>درخواست انجام نشد ({code}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="36"/>
        <source>The club&apos;s server does not answer: that could not be done now. Try again when it answers.</source>
        <translation>سرور باشگاه پاسخ نمی‌دهد: این کار الان انجام نشد. وقتی سرور پاسخ داد، دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="58"/>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="59"/>
        <source>Something unexpected went wrong. Nothing half-done was saved; you can go on working. The details were written to {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد. هیچ کار نیمه‌کاره‌ای ذخیره نشد؛ می‌توانید به کار ادامه دهید. جزئیات در {log} نوشته شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="73"/>
        <source>LoyaltyDesk cannot start</source>
        <translation>برنامهٔ باشگاه مشتریان باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="83"/>
        <source>Until the server answers, this counter cannot open: it has not worked with the club&apos;s server on this computer yet, so it has no members or staff of its own to work offline with. Once it has been online, it opens offline too.</source>
        <translation>تا سرور پاسخ ندهد، این صندوق باز نمی‌شود: هنوز روی این رایانه با سرور باشگاه کار نکرده است، پس عضو یا کارمندی از خودش ندارد که بدون اتصال با آن‌ها کار کند. وقتی یک بار به سرور وصل شد، از آن پس بدون اتصال هم باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="91"/>
        <source>Until the server answers, this counter cannot open. To use the club file on this computer instead (as it was before it joined), set &quot;shared_club&quot; to false in {path}.</source>
        <translation>تا سرور پاسخ ندهد این صندوق باز نمی‌شود. برای کار با فایل باشگاه روی همین رایانه (همان‌طور که پیش از پیوستن بود)، در {path} مقدار &quot;shared_club&quot; را false بگذارید.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="74"/>
        <source>How was the visit?</source>
        <translation>مراجعه چطور بود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="78"/>
        <source>How was {name}&apos;s visit? Press {low} to {high}, then Enter.</source>
        <translation>مراجعهٔ {name} چطور بود؟ {low} تا {high} را بزنید، سپس Enter.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="94"/>
        <source>The visit of {when}, {amount}.</source>
        <translation>مراجعهٔ {when}، {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="114"/>
        <source>No reason</source>
        <translation>بدون دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="124"/>
        <source>Note (optional)</source>
        <translation>یادداشت (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="126"/>
        <source>Save (Enter)</source>
        <translation>ذخیره (Enter)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="129"/>
        <source>Cancel (Esc)</source>
        <translation>انصراف (Esc)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="132"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="133"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="180"/>
        <source>Press a score from {low} to {high} first.</source>
        <translation>اول امتیازی از {low} تا {high} بزنید.</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="56"/>
        <source>What they said on the phone or in reply to the message</source>
        <translation>آنچه پشت تلفن یا در پاسخ به پیام گفت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="61"/>
        <source>Record</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="66"/>
        <source>Why did they stop coming?</source>
        <translation>چرا دیگر نیامد؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="68"/>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="69"/>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78"/>
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="91"/>
        <source>What they told us</source>
        <translation>آنچه به ما گفت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="108"/>
        <source>No reason</source>
        <translation>بدون دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="127"/>
        <source>Stopped coming</source>
        <translation>دیگر نیامد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="158"/>
        <source>Recorded.</source>
        <translation>ثبت شد.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="64"/>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="173"/>
        <source>Import members</source>
        <translation>ورود اعضا از فایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="79"/>
        <source>A CSV or XLSX file of members</source>
        <translation>فایل CSV یا XLSX فهرست اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="80"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;انتخاب فایل…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="83"/>
        <source>Text encoding: automatic</source>
        <translation>کدگذاری متن: خودکار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="84"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="85"/>
        <source>Windows-1256 (older Persian software)</source>
        <translation>Windows-1256 (نرم‌افزارهای فارسی قدیمی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="86"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="92"/>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="124"/>
        <source>&amp;Import</source>
        <translation>&amp;ورود اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="129"/>
        <source>Cancel the import</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="133"/>
        <source>&amp;Save refused rows…</source>
        <translation>&amp;ذخیره ردیف‌های پذیرفته‌نشده…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="137"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="149"/>
        <source>The first rows, as they will be imported:</source>
        <translation>ردیف‌های نخست، همان‌طور که وارد می‌شوند:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="159"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="160"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;موبایل:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="161"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;تاریخ تولد:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="162"/>
        <source>National &amp;code:</source>
        <translation>&amp;کد ملی:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="163"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="164"/>
        <source>Old ca&amp;rd number:</source>
        <translation>شماره &amp;کارت قبلی:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="165"/>
        <source>Opening &amp;balance (points):</source>
        <translation>&amp;مانده اولیه (امتیاز):</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="166"/>
        <source>&amp;Joined on:</source>
        <translation>تاریخ &amp;عضویت:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="167"/>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت عضو:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="175"/>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>فهرست اعضا (*.csv *.xlsx *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="208"/>
        <source>— not in the file —</source>
        <translation>— در فایل نیست —</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="210"/>
        <source>column {n}</source>
        <translation>ستون {n}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="250"/>
        <source>The file has no rows of members.</source>
        <translation>فایل هیچ ردیفی از اعضا ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="254"/>
        <source>Rows in red will not be imported; the reason is on each. The others will, when you press Import.</source>
        <translation>ردیف‌های قرمز وارد نمی‌شوند و دلیل هر کدام کنارش آمده است. بقیه با زدن «ورود اعضا» وارد می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="259"/>
        <source>These rows look right. Press Import to import the file.</source>
        <translation>این ردیف‌ها درست به نظر می‌رسند. برای ورود فایل «ورود اعضا» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="272"/>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="447"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="273"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="274"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="275"/>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="276"/>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="277"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="278"/>
        <source>Old card</source>
        <translation>کارت قبلی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="279"/>
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="280"/>
        <source>Joined</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="281"/>
        <source>Notes</source>
        <translation>یادداشت عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="282"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="318"/>
        <source>Already imported</source>
        <translation>پیش‌تر وارد شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="351"/>
        <source>Reading the whole file first…</source>
        <translation>اول کل فایل خوانده می‌شود…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="368"/>
        <source>Importing: {done} of {total} rows…</source>
        <translation>در حال ورود: {done} از {total} ردیف…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="392"/>
        <source>{imported} imported, {already} already imported before, {refused} refused.</source>
        <translation>{imported} ردیف وارد شد، {already} ردیف پیش‌تر وارد شده بود و {refused} ردیف پذیرفته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="400"/>
        <source>Cancelled: the rows done so far are imported, the other {untouched} are not.</source>
        <translation>لغو شد: ردیف‌هایی که تا این‌جا انجام شده بود وارد شدند و {untouched} ردیف دیگر وارد نشدند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="403"/>
        <source>Done.</source>
        <translation>انجام شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="438"/>
        <source>Save refused rows</source>
        <translation>ذخیره ردیف‌های پذیرفته‌نشده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="438"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="447"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/import_dialog.py" line="453"/>
        <source>Refused rows saved to {path}</source>
        <translation>ردیف‌های پذیرفته‌نشده در {path} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="313"/>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="314"/>
        <source>mobile number</source>
        <translation>شماره موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="315"/>
        <source>birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="316"/>
        <source>national code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="317"/>
        <source>e-mail address</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="318"/>
        <source>old card number</source>
        <translation>شماره کارت قبلی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="319"/>
        <source>opening balance</source>
        <translation>مانده اولیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="320"/>
        <source>joining date</source>
        <translation>تاریخ عضویت</translation>
    </message>
</context>
<context>
    <name>IssueCouponDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="73"/>
        <source>Issue coupons</source>
        <translation>صدور کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="85"/>
        <source>To whom</source>
        <translation>برای چه کسی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="87"/>
        <source>A member</source>
        <translation>یک عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="88"/>
        <source>Anyone (an open coupon), uses:</source>
        <translation>همه (کوپن آزاد)، دفعات استفاده:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="89"/>
        <source>A sheet of open coupons, how many:</source>
        <translation>برگه‌ای از کوپن‌های آزاد، چند عدد:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="95"/>
        <source>Card, phone or name</source>
        <translation>کارت، تلفن یا نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="117"/>
        <source>A personal coupon for each of the {count} chosen members</source>
        <translation>یک کوپن شخصی برای هر یک از {count} عضو انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="136"/>
        <source>What it gives</source>
        <translation>چه می‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="140"/>
        <source>A percentage off</source>
        <translation>درصدی تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="141"/>
        <source>An amount off</source>
        <translation>مبلغی تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="142"/>
        <source>A reward from the catalogue</source>
        <translation>جایزه‌ای از فهرست جایزه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="154"/>
        <source>no ceiling</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="156"/>
        <source>at most</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="161"/>
        <source>Amount off</source>
        <translation>مبلغ تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="180"/>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="181"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="182"/>
        <source>Gives</source>
        <translation>چه می‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="186"/>
        <source>Minimum purchase</source>
        <translation>حداقل خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="189"/>
        <source>Valid</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="198"/>
        <source>Until a last day instead:</source>
        <translation>به جای آن، تا روز مشخص:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="203"/>
        <source>Days, from today</source>
        <translation>چند روز، از امروز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="212"/>
        <source>Issue</source>
        <translation>صدور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="246"/>
        <source>{name} · {phone} · card ending {card}</source>
        <translation>{name} · {phone} · کارت با پایان {card}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="323"/>
        <source>Not done: this needs a manager&apos;s PIN.</source>
        <translation>انجام نشد: این کار رمز مدیر را می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="254"/>
        <source>No member matches.</source>
        <translation>هیچ عضوی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/join.py" line="29"/>
        <source>This counter joins a shared club</source>
        <translation>این صندوق به باشگاه مشترک می‌پیوندد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/join.py" line="35"/>
        <source>Join</source>
        <translation>پیوستن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/join.py" line="57"/>
        <source>That database is empty: set the club up on its first counter and move it there (Settings → Shared club), then join it from here.</source>
        <translation>این پایگاه داده خالی است: باشگاه را روی نخستین صندوقش راه بیندازید و آن را به سرور منتقل کنید (تنظیمات ← باشگاه مشترک)، بعد از این‌جا به آن بپیوندید.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="190"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="193"/>
        <source>The wizard switches to the language you choose from the next step.</source>
        <translation>از گام بعد، راهنما به زبانی که انتخاب کنید نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="198"/>
        <source>Language / زبان</source>
        <translation>زبان / Language</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="46"/>
        <source>E-mail server</source>
        <translation>سرور ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="55"/>
        <source>STARTTLS (without it: port {port} is TLS, others plain)</source>
        <translation>STARTTLS (بدون آن: درگاه {port} با TLS است و بقیه بی‌رمز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="74"/>
        <source>an address to send a test to</source>
        <translation>نشانی‌ای برای فرستادن پیام آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="75"/>
        <source>Save and send a test</source>
        <translation>ذخیره و فرستادن پیام آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="82"/>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="83"/>
        <source>Port</source>
        <translation>درگاه (پورت)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="85"/>
        <source>User (optional)</source>
        <translation>نام کاربری (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="86"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="88"/>
        <source>From address</source>
        <translation>نشانی فرستنده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="92"/>
        <source>Test</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="110"/>
        <source>Kept in the system keyring, never in a file. Leave empty to keep it.</source>
        <translation>در جاکلیدی سیستم نگه داشته می‌شود، هرگز در فایل. برای نگه داشتن همان گذرواژه خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="144"/>
        <source>Saved; the password is in the system keyring.</source>
        <translation>ذخیره شد؛ گذرواژه در جاکلیدی سیستم است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="146"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="159"/>
        <source>LoyaltyDesk: test message</source>
        <translation>LoyaltyDesk: پیام آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="160"/>
        <source>This is a test from LoyaltyDesk: the club&apos;s e-mail to members works.</source>
        <translation>این پیامی آزمایشی از LoyaltyDesk است: ایمیل باشگاه به اعضا کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="162"/>
        <source>Sending a test to {address}…</source>
        <translation>در حال فرستادن پیام آزمایشی به {address}…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="168"/>
        <source>Test message sent to {address}.</source>
        <translation>پیام آزمایشی به {address} فرستاده شد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="532"/>
        <source>LoyaltyDesk — {shop}</source>
        <translation>باشگاه مشتریان — {shop}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="228"/>
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="249"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="253"/>
        <source>Club rules</source>
        <translation>قوانین باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="270"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="283"/>
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="287"/>
        <source>Campaigns</source>
        <translation>کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="294"/>
        <source>Outbox</source>
        <translation>صندوق پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="301"/>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="303"/>
        <source>Audit trail</source>
        <translation>دفتر رویدادها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="389"/>
        <source>The club&apos;s server does not answer, so this part cannot be shown now. It fills itself as soon as the server answers; the counter goes on working meanwhile.</source>
        <translation>سرور باشگاه پاسخ نمی‌دهد، برای همین این بخش فعلاً نمایش داده نمی‌شود. به‌محض این‌که سرور پاسخ دهد، خودش پر می‌شود؛ صندوق در این مدت به کارش ادامه می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="479"/>
        <location filename="../../loyaltydesk/ui/main_window.py" line="488"/>
        <source>Card scanned</source>
        <translation>کارت اسکن شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="481"/>
        <source>Card {card} belongs to {name}. Go to the counter with them?</source>
        <translation>کارت {card} مال {name} است. با این عضو به پیشخوان بروید؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="485"/>
        <source>This window closes; what is not saved in it is lost.</source>
        <translation>این پنجره بسته می‌شود و آنچه در آن ذخیره نشده از دست می‌رود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="507"/>
        <source>Coupon scanned</source>
        <translation>کوپن اسکن شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="509"/>
        <source>Coupon {code}: close this window and scan it at the counter.</source>
        <translation>کوپن {code}: این پنجره را ببندید و کوپن را در صندوق اسکن کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="539"/>
        <source>&amp;Club</source>
        <translation>&amp;باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="555"/>
        <source>&amp;Counter</source>
        <translation>&amp;صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="556"/>
        <source>&amp;Members</source>
        <translation>&amp;اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="557"/>
        <source>Club &amp;rules</source>
        <translation>&amp;قوانین باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="558"/>
        <source>R&amp;eports</source>
        <translation>&amp;گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="559"/>
        <source>C&amp;oupons</source>
        <translation>&amp;کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="560"/>
        <source>S&amp;hift report…</source>
        <translation>گزارش &amp;شیفت…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="561"/>
        <source>&amp;Import members…</source>
        <translation>&amp;ورود اعضا از فایل…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="562"/>
        <source>Possible &amp;duplicates…</source>
        <translation>اعضای احتمالاً &amp;تکراری…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="564"/>
        <source>Export &amp;members…</source>
        <translation>خروجی &amp;اعضا…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="570"/>
        <source>Export the &amp;ledger…</source>
        <translation>خروجی &amp;دفتر امتیاز…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="575"/>
        <source>&amp;Outbox</source>
        <translation>&amp;صندوق پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="576"/>
        <source>S&amp;taff</source>
        <translation>&amp;کارکنان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="577"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;دفتر رویدادها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="578"/>
        <source>E-mail &amp;server…</source>
        <translation>&amp;سرور ایمیل…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="579"/>
        <source>Offline &amp;queue…</source>
        <translation>صف آ&amp;فلاین…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="580"/>
        <source>Bac&amp;kups…</source>
        <translation>پشتیبان‌&amp;ها…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="581"/>
        <source>&amp;Back up…</source>
        <translation>&amp;پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="582"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;بازگردانی از پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="583"/>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="584"/>
        <source>S&amp;witch cashier</source>
        <translation>&amp;تعویض صندوق‌دار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="585"/>
        <source>&amp;Lock the counter</source>
        <translation>&amp;قفل پیشخوان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="586"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="611"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="612"/>
        <source>&amp;About LoyaltyDesk…</source>
        <translation>&amp;دربارهٔ لویالتی‌دسک…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="649"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="779"/>
        <location filename="../../loyaltydesk/ui/main_window.py" line="800"/>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="885"/>
        <source>Shared club</source>
        <translation>باشگاه مشترک</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="887"/>
        <source>The club is on the server now. LoyaltyDesk closes: open it again to work on the shared club (the file on this computer is kept as it was).</source>
        <translation>باشگاه اکنون روی سرور است. LoyaltyDesk بسته می‌شود: برای کار با باشگاه مشترک دوباره بازش کنید (فایل روی این رایانه همان‌طور که بود می‌ماند).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="913"/>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="915"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="906"/>
        <source>Saved. Restart LoyaltyDesk to use the new database (shared club).</source>
        <translation>ذخیره شد. برای کار با پایگاه دادهٔ تازه (باشگاه مشترک) LoyaltyDesk را دوباره باز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="909"/>
        <source>Saved. Restart LoyaltyDesk to use the new language, calendar or money.</source>
        <translation>ذخیره شد. برای دیدن زبان، تقویم یا پول تازه برنامه را دوباره باز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="960"/>
        <source>Back up the club</source>
        <translation>پشتیبان‌گیری از باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="966"/>
        <source>Back up</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="967"/>
        <source>Writing the backup…</source>
        <translation>در حال نوشتن پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="969"/>
        <source>Backup written to {path}</source>
        <translation>پشتیبان در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="973"/>
        <source>Restore from a backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="984"/>
        <location filename="../../loyaltydesk/ui/main_window.py" line="999"/>
        <location filename="../../loyaltydesk/ui/main_window.py" line="1015"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="987"/>
        <source>Replace all the club&apos;s data with the backup {file}? Everything done since that backup was made (purchases, members, redemptions) is no longer in the club afterwards. A copy of the data as it is now is kept first.</source>
        <translation>همهٔ داده‌های باشگاه با پشتیبان {file} جایگزین شود؟ هر چه پس از گرفتن این پشتیبان انجام شده (خریدها، اعضا، استفاده از جایزه‌ها) پس از آن در باشگاه نخواهد بود. پیش از آن یک نسخه از داده‌های کنونی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="1000"/>
        <source>This backup is encrypted. Its passphrase:</source>
        <translation>این پشتیبان رمزگذاری شده است. عبارت عبورش:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="1184"/>
        <source>Backing up the club before closing…</source>
        <translation>در حال پشتیبان‌گیری از باشگاه پیش از بستن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="1185"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="1009"/>
        <source>Restored. The data as it was before is kept in {path}</source>
        <translation>بازگردانده شد. داده‌های پیشین در {path} نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="420"/>
        <source>Sent from this counter: {sent}.</source>
        <translation>فرستاده‌شده از این صندوق: {sent}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="423"/>
        <source>Refused by the server: {count}.</source>
        <translation>ردشده از سوی سرور: {count}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="429"/>
        <source>Rewards the points no longer covered: {count}.</source>
        <translation>جایزه‌هایی که امتیازشان دیگر کافی نبود: {count}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="433"/>
        <source>See Club → Offline queue.</source>
        <translation>باشگاه ← صف آفلاین را ببینید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="1016"/>
        <source>Restoring the backup…</source>
        <translation>در حال بازگردانی پشتیبان…</translation>
    </message>
</context>
<context>
    <name>MemberDetailsDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="70"/>
        <source>Member details</source>
        <translation>جزئیات عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="82"/>
        <source>No messages (never sent SMS or e-mail)</source>
        <translation>بدون پیام (هرگز پیامک یا ایمیل برایش فرستاده نشود)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="86"/>
        <source>What the staff should know, e.g. allergic to nuts</source>
        <translation>آنچه کارکنان باید بدانند، مثلاً به بادام‌زمینی حساسیت دارد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="100"/>
        <source>Save changes</source>
        <translation>ذخیرهٔ تغییرات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="102"/>
        <source>Replace lost card…</source>
        <translation>کارت جایگزین برای کارت گم‌شده…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="103"/>
        <source>Print card…</source>
        <translation>چاپ کارت…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="107"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="108"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="109"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="110"/>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="111"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="113"/>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="130"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="131"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="132"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="133"/>
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="134"/>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="142"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="135"/>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="143"/>
        <source>Statement</source>
        <translation>گردش امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="147"/>
        <source>Feedback</source>
        <translation>نظرها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="193"/>
        <source>receipt {receipt}</source>
        <translation>رسید {receipt}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="198"/>
        <source>(with coupon {coupon})</source>
        <translation>(با کوپن {coupon})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="243"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="249"/>
        <source>Replace lost card</source>
        <translation>کارت جایگزین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="251"/>
        <source>Give this member a new card? The old card stops working at once; the points stay.</source>
        <translation>کارت تازه‌ای به این عضو داده شود؟ کارت قبلی همین حالا از کار می‌افتد؛ امتیازها سر جایشان می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="266"/>
        <source>New card {new}; card {old} no longer works.</source>
        <translation>کارت تازه {new}؛ کارت {old} دیگر کار نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>MemberListDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/members_dialog.py" line="54"/>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/members_dialog.py" line="60"/>
        <source>Give a coupon…</source>
        <translation>دادن کوپن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/members_dialog.py" line="63"/>
        <source>To the members selected in the list, or to everyone listed if none is</source>
        <translation>به عضوهای انتخاب‌شده در فهرست، یا اگر کسی انتخاب نشده، به همهٔ فهرست</translation>
    </message>
</context>
<context>
    <name>MemberPanelWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="158"/>
        <source>Scan a card or search for a member to begin.</source>
        <translation>برای شروع کارت را اسکن کنید یا عضو را جست‌وجو کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="166"/>
        <source>Card {card} · {phone}</source>
        <translation>کارت {card} · {phone}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="172"/>
        <source>no messages</source>
        <translation>بدون پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="175"/>
        <source>The member asked not to be messaged; served at the counter as always.</source>
        <translation>این عضو خواسته است برایش پیامی فرستاده نشود؛ در صندوق مثل همیشه به او خدمت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="180"/>
        <source>Messages again</source>
        <translation>دوباره پیام بفرست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="181"/>
        <source>The member wants the club&apos;s messages again</source>
        <translation>عضو دوباره پیام‌های باشگاه را می‌خواهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="183"/>
        <source>Stop messages</source>
        <translation>قطع پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="185"/>
        <source>The member asks for no messages; anything queued for them is withdrawn</source>
        <translation>عضو پیامی نمی‌خواهد؛ هر پیامی که برایش در صف است پس گرفته می‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="188"/>
        <source>Note: {notes}</source>
        <translation>یادداشت: {notes}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="192"/>
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="199"/>
        <source>The club has no rewards to offer yet.</source>
        <translation>باشگاه هنوز جایزه‌ای برای پیشنهاد ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="205"/>
        <source>Every reward is within reach.</source>
        <translation>همهٔ جایزه‌ها در دسترس است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="211"/>
        <source>{missing} more point to {reward}</source>
        <translation>{missing} امتیاز دیگر تا {reward}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="213"/>
        <source>{missing} more points to {reward}</source>
        <translation>{missing} امتیاز دیگر تا {reward}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="228"/>
        <source>{points} point expires on {date}</source>
        <translation>{points} امتیاز در {date} منقضی می‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="230"/>
        <source>{points} points expire on {date}</source>
        <translation>{points} امتیاز در {date} منقضی می‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="238"/>
        <source>Owes {points} point from a refund: no reward until paid back.</source>
        <translation>به‌خاطر مرجوعی {points} امتیاز بدهکار است: تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="240"/>
        <source>Owes {points} points from a refund: no reward until paid back.</source>
        <translation>به‌خاطر مرجوعی {points} امتیاز بدهکار است: تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="245"/>
        <source>Replaced card: {cards} (no longer works)</source>
        <translation>کارت جایگزین‌شده: {cards} (دیگر کار نمی‌کند)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="250"/>
        <source>Birthday this week!</source>
        <translation>تولدش همین هفته است!</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="253"/>
        <source>Last visits</source>
        <translation>آخرین مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="265"/>
        <source>{date}   {amount}   {points} point</source>
        <translation>{date}   {amount}   {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="267"/>
        <source>{date}   {amount}   {points} points</source>
        <translation>{date}   {amount}   {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="277"/>
        <source>No visits yet.</source>
        <translation>هنوز مراجعه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="289"/>
        <source>{tier}: {amount} in the last {months} months</source>
        <translation>{tier}: {amount} در {months} ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="297"/>
        <source>{tier}: {amount} more</source>
        <translation>{tier}: {amount} دیگر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="303"/>
        <source>Reviewed on {date}</source>
        <translation>بازبینی در {date}</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="66"/>
        <source>Card, phone, last 4 digits or name</source>
        <translation>کارت، تلفن، چهار رقم آخر یا نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="75"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="76"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="77"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="78"/>
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="79"/>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="89"/>
        <source>Details…</source>
        <translation>جزئیات…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="90"/>
        <source>Print cards…</source>
        <translation>چاپ کارت‌ها…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="95"/>
        <source>The selected members</source>
        <translation>اعضای انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="96"/>
        <source>Everyone in this list</source>
        <translation>همهٔ اعضای این فهرست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="97"/>
        <source>Members who joined in the last 7 days</source>
        <translation>اعضایی که در ۷ روز گذشته عضو شده‌اند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="98"/>
        <source>Every member</source>
        <translation>همهٔ اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="105"/>
        <source>Possible duplicates…</source>
        <translation>اعضای احتمالاً تکراری…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="110"/>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="115"/>
        <source>Export members…</source>
        <translation>خروجی اعضا…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="116"/>
        <source>Export ledger…</source>
        <translation>خروجی دفتر امتیاز…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="175"/>
        <source>No member matches.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="187"/>
        <source>Type a card number, a mobile, its last 4 digits or a name to search. The newest members are listed below.</source>
        <translation>برای جستجو شمارهٔ کارت، موبایل، چهار رقم آخر آن یا نام را بنویسید. تازه‌ترین اعضا در زیر آمده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="191"/>
        <source>No members yet: register the first one at the counter with F2.</source>
        <translation>هنوز عضوی نیست: نخستین عضو را در صندوق با F2 ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="230"/>
        <source>Select members in the list first (search, then click or Ctrl+A).</source>
        <translation>اول اعضا را در فهرست انتخاب کنید (جست‌وجو، سپس کلیک یا Ctrl+A).</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="272"/>
        <source>same mobile</source>
        <translation>موبایل یکسان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="273"/>
        <source>same national code</source>
        <translation>کد ملی یکسان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="274"/>
        <source>same name and birthday</source>
        <translation>نام و تاریخ تولد یکسان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="285"/>
        <source>merged into {member}</source>
        <translation>ادغام‌شده در {member}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="287"/>
        <source>merged from {member}</source>
        <translation>ادغام از {member}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="288"/>
        <source>merge with {member} undone</source>
        <translation>ادغام با {member} برگردانده شد</translation>
    </message>
</context>
<context>
    <name>OfflineQueueDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="76"/>
        <source>Offline queue</source>
        <translation>صف آفلاین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="86"/>
        <source>Kept on this counter for the server</source>
        <translation>نگه‌داشته در این صندوق برای سرور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="88"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="88"/>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="110"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="88"/>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="88"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="91"/>
        <source>Send again at the next sync</source>
        <translation>فرستادن دوباره در همگام‌سازی بعدی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="93"/>
        <source>Send now</source>
        <translation>همین حالا بفرست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="95"/>
        <source>Take back: never send</source>
        <translation>پس گرفتن: هرگز نفرست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="106"/>
        <source>Rewards given offline that the points did not cover</source>
        <translation>جایزه‌های آفلاینی که امتیازشان کافی نبود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="109"/>
        <source>Given</source>
        <translation>داده‌شده در</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="111"/>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="112"/>
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="113"/>
        <source>Points short</source>
        <translation>امتیاز کم‌آمده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="119"/>
        <source>A note for the trail (optional)</source>
        <translation>یادداشتی برای سابقه (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="120"/>
        <source>Forgive: the shop bears it</source>
        <translation>بخشیدن: فروشگاه می‌پذیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="122"/>
        <source>Charge the member&apos;s points</source>
        <translation>کسر از امتیاز عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="163"/>
        <source>purchase {amount}: about {points} points</source>
        <translation>خرید {amount}: حدود {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="167"/>
        <source>{reward}: {points} points</source>
        <translation>{reward}: {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="173"/>
        <source>waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="175"/>
        <source>refused: {reason}</source>
        <translation>رد شد: {reason}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="224"/>
        <source>Sending…</source>
        <translation>در حال فرستادن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="235"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>مشکلی پیش آمد؛ جزئیات در گزارش کار (لاگ) است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="243"/>
        <source>A sync is under way; look again in a moment.</source>
        <translation>همگام‌سازی در جریان است؛ چند لحظهٔ دیگر دوباره نگاه کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="246"/>
        <source>The server does not answer; {left} still wait.</source>
        <translation>سرور پاسخ نمی‌دهد؛ {left} مورد هنوز منتظر است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="253"/>
        <source>Sent {sent}; {refused} refused.</source>
        <translation>{sent} فرستاده شد؛ {refused} رد شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="271"/>
        <source>It is sent again at the next sync.</source>
        <translation>در همگام‌سازی بعدی دوباره فرستاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="284"/>
        <source>Take back the purchase of {amount} for {member}? It is never sent, and the member does not get its points.</source>
        <translation>خرید {amount} برای {member} پس گرفته شود؟ هرگز فرستاده نمی‌شود و عضو امتیازش را نمی‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="289"/>
        <source>Take back the reward {reward} for {member}? It is never sent, and the member keeps its {points} points.</source>
        <translation>جایزهٔ {reward} برای {member} پس گرفته شود؟ هرگز فرستاده نمی‌شود و {points} امتیاز برای عضو می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="297"/>
        <source>Take back</source>
        <translation>پس گرفتن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="306"/>
        <source>Taken back: it will not be sent.</source>
        <translation>پس گرفته شد: فرستاده نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="318"/>
        <source>Forgive {member} the {points} points the reward was short? The shop bears it and the member&apos;s balance stays.</source>
        <translation>{points} امتیازی که برای جایزه کم بود به {member} بخشیده شود؟ هزینه‌اش با فروشگاه است و موجودی عضو تغییری نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="323"/>
        <source>Charge {member} the {points} points the reward was short? Their balance goes down by that much, below zero if it must.</source>
        <translation>{points} امتیازی که برای جایزه کم بود از {member} کسر شود؟ موجودی‌اش همین اندازه کم می‌شود، اگر لازم باشد تا زیر صفر.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="327"/>
        <source>Settle</source>
        <translation>تسویه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="343"/>
        <source>Settled: forgiven.</source>
        <translation>تسویه شد: بخشیده شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/offline/queue_dialog.py" line="345"/>
        <source>Settled: {points} points charged to {member}.</source>
        <translation>تسویه شد: {points} امتیاز از {member} کسر شد.</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <location filename="../../loyaltydesk/ui/widgets/optional_date.py" line="45"/>
        <source>e.g. {date}</source>
        <translation>مثلاً {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/widgets/optional_date.py" line="50"/>
        <source>Year, month and day, as {date}; separators may be left out.</source>
        <translation>سال، ماه و روز، مانند {date}؛ جداکننده‌ها را می‌توان ننوشت.</translation>
    </message>
</context>
<context>
    <name>OutboxLabels</name>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="20"/>
        <source>Queued</source>
        <translation>در صف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="21"/>
        <source>Exported</source>
        <translation>صادر شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="22"/>
        <source>Sent</source>
        <translation>فرستاده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="23"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="24"/>
        <source>Withdrawn</source>
        <translation>پس‌گرفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="30"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="31"/>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="60"/>
        <source>Quiet hours ({start}–{end} at the shop): nothing was sent. 1 e-mail waits; sending is possible from {time}.</source>
        <translation>ساعت سکوت ({start} تا {end} به وقت فروشگاه): چیزی فرستاده نشد. یک ایمیل منتظر است؛ از {time} می‌توان فرستاد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="66"/>
        <source>Quiet hours ({start}–{end} at the shop): nothing was sent. {waiting} e-mails wait; sending is possible from {time}.</source>
        <translation>ساعت سکوت ({start} تا {end} به وقت فروشگاه): چیزی فرستاده نشد. {waiting} ایمیل منتظر است؛ از {time} می‌توان فرستاد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="106"/>
        <source>1 SMS (1 part) written to {path} and marked exported. Upload the file to your SMS panel, then mark it sent.</source>
        <translation>یک پیامک (یک بخش) در {path} نوشته و صادرشده علامت خورد. فایل را در سامانهٔ پیامک خود بارگذاری کنید و سپس آن را فرستاده‌شده علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="112"/>
        <source>1 SMS ({parts} parts) written to {path} and marked exported. Upload the file to your SMS panel, then mark it sent.</source>
        <translation>یک پیامک ({parts} بخش) در {path} نوشته و صادرشده علامت خورد. فایل را در سامانهٔ پیامک خود بارگذاری کنید و سپس آن را فرستاده‌شده علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="119"/>
        <source>{count} SMS ({parts} parts) written to {path} and marked exported. Upload the file to your SMS panel, then mark them sent.</source>
        <translation>{count} پیامک ({parts} بخش) در {path} نوشته و صادرشده علامت خورد. فایل را در سامانهٔ پیامک خود بارگذاری کنید و سپس آن‌ها را فرستاده‌شده علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="134"/>
        <source>1 message was withdrawn: its member asked for no messages.</source>
        <translation>یک پیام پس گرفته شد: عضوش خواسته پیامی برایش فرستاده نشود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="137"/>
        <source>{count} messages were withdrawn: their members asked for no messages.</source>
        <translation>{count} پیام پس گرفته شد: عضوهایشان خواسته‌اند پیامی برایشان فرستاده نشود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="145"/>
        <source>It is the shop&apos;s quiet hours ({start}–{end}): send from the panel after {end}.</source>
        <translation>اکنون ساعت سکوت فروشگاه است ({start} تا {end}): بعد از {end} از سامانهٔ پیامک بفرستید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="156"/>
        <source>1 message marked sent.</source>
        <translation>یک پیام فرستاده‌شده علامت خورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="157"/>
        <source>{count} messages marked sent.</source>
        <translation>{count} پیام فرستاده‌شده علامت خورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="164"/>
        <source>1 message queued again.</source>
        <translation>یک پیام دوباره در صف رفت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="165"/>
        <source>{count} messages queued again.</source>
        <translation>{count} پیام دوباره در صف رفت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="79"/>
        <source>No e-mail is waiting to be sent.</source>
        <translation>هیچ ایمیلی منتظر فرستادن نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="80"/>
        <source>E-mail sent: {sent}. To try again later: {retrying}. Failed: {failed}.</source>
        <translation>ایمیل فرستاده‌شده: {sent}. برای تلاش دوباره در آینده: {retrying}. ناموفق: {failed}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="84"/>
        <source>Last error: {error}</source>
        <translation>آخرین خطا: {error}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="91"/>
        <source>This computer has no system keyring; the password is not saved: set LOYALTYDESK_SMTP_PASSWORD in the environment of the program that sends, or use a server without a password.</source>
        <translation>این رایانه جاکلیدی سیستمی ندارد؛ گذرواژه ذخیره نمی‌شود: LOYALTYDESK_SMTP_PASSWORD را در محیط برنامه‌ای که می‌فرستد تعیین کنید، یا از سروری بدون گذرواژه استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="75"/>
        <source>Every status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="80"/>
        <source>SMS and e-mail</source>
        <translation>پیامک و ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="86"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="94"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="95"/>
        <source>Channel</source>
        <translation>راه ارسال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="96"/>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="97"/>
        <source>Parts</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="98"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="99"/>
        <source>Tries</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="100"/>
        <source>Last error</source>
        <translation>آخرین خطا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="101"/>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="102"/>
        <source>Queued</source>
        <translation>در صف از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="103"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="113"/>
        <source>Export SMS…</source>
        <translation>خروجی پیامک‌ها…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="116"/>
        <source>Queued SMS as a CSV or Excel file for your bulk-SMS panel</source>
        <translation>پیامک‌های در صف به‌صورت فایل CSV یا اکسل برای سامانهٔ پیامک انبوه شما</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="118"/>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="281"/>
        <source>Mark sent</source>
        <translation>فرستاده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="121"/>
        <source>The selected exported messages, or all exported ones, were sent by the panel</source>
        <translation>پیام‌های صادرشدهٔ انتخاب‌شده، یا همهٔ صادرشده‌ها، را سامانه فرستاده است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="123"/>
        <source>Send e-mail now</source>
        <translation>فرستادن ایمیل‌ها اکنون</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="125"/>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="306"/>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="127"/>
        <source>Queue the selected failed messages again</source>
        <translation>پیام‌های ناموفق انتخاب‌شده دوباره در صف بروند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="128"/>
        <source>E-mail server…</source>
        <translation>سرور ایمیل…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="186"/>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="231"/>
        <source>Subject: {subject}</source>
        <translation>موضوع: {subject}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="244"/>
        <source>Export queued SMS</source>
        <translation>خروجی پیامک‌های در صف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="246"/>
        <source>CSV for an SMS panel (*.csv)</source>
        <translation>CSV برای سامانهٔ پیامک (*.csv)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="246"/>
        <source>Excel (*.xlsx)</source>
        <translation>اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="254"/>
        <source>Export SMS</source>
        <translation>خروجی پیامک</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="255"/>
        <source>Export now anyway?</source>
        <translation>با این حال الان خروجی گرفته شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="271"/>
        <source>None of the selected messages was exported, so none can be marked sent.</source>
        <translation>هیچ‌یک از پیام‌های انتخاب‌شده صادر نشده است، پس هیچ‌کدام را نمی‌توان فرستاده‌شده علامت زد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="278"/>
        <source>No exported message is waiting to be marked sent.</source>
        <translation>هیچ پیام صادرشده‌ای منتظر علامت «فرستاده شد» نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="282"/>
        <source>Mark the exported message sent?</source>
        <translation>پیام صادرشده فرستاده‌شده علامت بخورد؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="284"/>
        <source>Mark all {count} exported messages sent?</source>
        <translation>همهٔ {count} پیام صادرشده فرستاده‌شده علامت بخورند؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="303"/>
        <source>No failed message is shown to retry.</source>
        <translation>هیچ پیام ناموفقی برای تلاش دوباره نمایش داده نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="307"/>
        <source>Queue the failed message shown again?</source>
        <translation>پیام ناموفقِ نمایش‌داده‌شده دوباره در صف برود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="309"/>
        <source>Queue all {count} failed messages shown again?</source>
        <translation>همهٔ {count} پیام ناموفق نمایش‌داده‌شده دوباره در صف بروند؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="322"/>
        <source>Sending e-mail…</source>
        <translation>در حال فرستادن ایمیل‌ها…</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="486"/>
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="489"/>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="496"/>
        <source>PIN again</source>
        <translation>تکرار رمز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="494"/>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="495"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>رمز (۴ تا ۸ رقم)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="500"/>
        <source>The owner signs in with this name and PIN to add the staff, set their roles and change the club&apos;s settings. Keep the PIN to yourself.</source>
        <translation>مالک با این نام و رمز وارد می‌شود تا کارکنان را اضافه کند، نقش‌هایشان را تعیین کند و تنظیمات باشگاه را تغییر دهد. رمز را پیش خودتان نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="509"/>
        <source>A club needs its owner: if you skip this step, you are asked for them before the counter opens.</source>
        <translation>هر باشگاه یک مالک لازم دارد: اگر از این گام بگذرید، پیش از باز شدن صندوق از شما پرسیده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="517"/>
        <source>Who owns this club?</source>
        <translation>مالک این باشگاه کیست؟</translation>
    </message>
</context>
<context>
    <name>OwnerSetupDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="38"/>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="43"/>
        <source>Who owns this club?</source>
        <translation>مالک این باشگاه کیست؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="52"/>
        <source>The owner signs in with this name and PIN to add the staff, set their roles and change the club&apos;s settings. Keep the PIN to yourself.</source>
        <translation>مالک با همین نام و رمز وارد می‌شود تا کارکنان را اضافه کند، نقششان را تعیین کند و تنظیمات باشگاه را تغییر دهد. رمز را پیش خودتان نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="65"/>
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="68"/>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="72"/>
        <source>PIN again</source>
        <translation>تکرار رمز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="70"/>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="71"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>رمز (۴ تا ۸ رقم)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="82"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/owner_dialog.py" line="84"/>
        <source>Quit</source>
        <translation>خروج از برنامه</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="328"/>
        <source>find and look up members</source>
        <translation>اعضا را پیدا و بررسی کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="331"/>
        <source>register members</source>
        <translation>عضو ثبت‌نام کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="332"/>
        <source>edit a member&apos;s details</source>
        <translation>مشخصات عضو را ویرایش کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="333"/>
        <source>credit purchases</source>
        <translation>خرید ثبت کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="334"/>
        <source>redeem rewards</source>
        <translation>جایزه بدهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="335"/>
        <source>apply coupons</source>
        <translation>کوپن اعمال کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="336"/>
        <source>print</source>
        <translation>چاپ کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="337"/>
        <source>record feedback</source>
        <translation>نظر مشتری را ثبت کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="338"/>
        <source>see the rules</source>
        <translation>قوانین را ببیند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="339"/>
        <source>see their own shift report</source>
        <translation>گزارش شیفت خودش را ببیند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="342"/>
        <source>change their own PIN</source>
        <translation>رمز خودش را عوض کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="343"/>
        <source>refund purchases</source>
        <translation>خرید را برگشت بزند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="344"/>
        <source>void redemptions</source>
        <translation>جایزهٔ داده‌شده را باطل کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="345"/>
        <source>adjust balances</source>
        <translation>مانده را اصلاح کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="346"/>
        <source>enter opening balances</source>
        <translation>مانده‌ٔ اولیه وارد کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="349"/>
        <source>credit a purchase above the limit</source>
        <translation>خریدی بالاتر از سقف را ثبت کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="352"/>
        <source>redeem a reward above the limit</source>
        <translation>جایزه‌ای بالاتر از سقف بدهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="355"/>
        <source>issue coupons by hand</source>
        <translation>دستی کوپن صادر کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="356"/>
        <source>void coupons</source>
        <translation>کوپن باطل کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="357"/>
        <source>run campaigns</source>
        <translation>کارزار اجرا کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="358"/>
        <source>change the rules and rewards</source>
        <translation>قوانین و جایزه‌ها را تغییر دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="361"/>
        <source>work the outbox</source>
        <translation>صندوق پیام‌های خروجی را بگرداند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="362"/>
        <source>check the books</source>
        <translation>حساب‌ها را وارسی کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="363"/>
        <source>see anyone&apos;s shift report</source>
        <translation>گزارش شیفت هر کسی را ببیند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="364"/>
        <source>import members from a file</source>
        <translation>وارد کردن اعضا از فایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="365"/>
        <source>manage staff</source>
        <translation>کارکنان را مدیریت کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="366"/>
        <source>change the club&apos;s settings</source>
        <translation>تنظیمات باشگاه را تغییر دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="367"/>
        <source>see the reports</source>
        <translation>گزارش‌ها را ببیند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="368"/>
        <source>back up the data</source>
        <translation>از داده‌ها پشتیبان بگیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="369"/>
        <source>restore a backup</source>
        <translation>پشتیبان را بازگرداند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="370"/>
        <source>export personal data</source>
        <translation>داده‌های شخصی را خروجی بگیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="371"/>
        <source>read the audit trail</source>
        <translation>دفتر رویدادها را بخواند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="372"/>
        <source>merge duplicate members</source>
        <translation>ادغام اعضای تکراری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="373"/>
        <source>undo a merge</source>
        <translation>بازگرداندن ادغام</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="194"/>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="200"/>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="202"/>
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="206"/>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="223"/>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="224"/>
        <source>Delete the last digit</source>
        <translation>پاک کردن آخرین رقم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="228"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="241"/>
        <source>Cancel (Esc)</source>
        <translation>انصراف (Esc)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="293"/>
        <source>Choose your name</source>
        <translation>نام خود را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="408"/>
        <source>Choose your name first.</source>
        <translation>اول نام خود را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/pin_dialog.py" line="414"/>
        <source>Type your PIN, then press OK.</source>
        <translation>رمز خود را بزنید، سپس «تأیید» را بزنید.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="64"/>
        <source>Thank you, {name}!
You earned {points} points today.
{missing} more points to {reward}.</source>
        <translation>{name} عزیز، از خرید شما سپاسگزاریم!
امروز {points} امتیاز گرفتید.
فقط {missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="96"/>
        <location filename="../../loyaltydesk/selfcheck.py" line="205"/>
        <source>Membership card</source>
        <translation>کارت عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="118"/>
        <location filename="../../loyaltydesk/printing/documents.py" line="136"/>
        <source>Membership cards</source>
        <translation>کارت‌های عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="172"/>
        <source>Member since {date}</source>
        <translation>عضو از {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="187"/>
        <source>How the club works</source>
        <translation>باشگاه چگونه کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="196"/>
        <source>{reward}: {points} points</source>
        <translation>{reward}: {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="204"/>
        <source>Show this card at every visit.</source>
        <translation>این کارت را در هر خرید نشان دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="238"/>
        <source>{points} points for every {amount} you spend.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="241"/>
        <source>Purchases from {amount}.</source>
        <translation>برای خریدهای از {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="256"/>
        <source>Enjoy your {reward}, {name}!</source>
        <translation>{name} عزیز، {reward} نوش جان!</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="268"/>
        <source>{missing} more points to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="292"/>
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="58"/>
        <source>{points} points</source>
        <translation>{points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="56"/>
        <source>{points} point</source>
        <translation>{points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="194"/>
        <source>{reward}: {points} point</source>
        <translation>{reward}: {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="236"/>
        <source>{points} point for every {amount} you spend.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="266"/>
        <source>{missing} more point to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="302"/>
        <location filename="../../loyaltydesk/printing/documents.py" line="346"/>
        <source>Purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="304"/>
        <location filename="../../loyaltydesk/printing/documents.py" line="358"/>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="306"/>
        <location filename="../../loyaltydesk/printing/documents.py" line="354"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="307"/>
        <source>Thank-you note</source>
        <translation>یادداشت تشکر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="317"/>
        <source>Stamp card: {stamps} stamps</source>
        <translation>کارت مهر: {stamps} مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="324"/>
        <source>Stamp card: {stamps} of {goal}. {missing} more for {reward}.</source>
        <translation>کارت مهر: {stamps} از {goal}. {missing} مهر دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="333"/>
        <source>Stamp card: {stamps} of {goal}. {reward} is yours on your next visit!</source>
        <translation>کارت مهر: {stamps} از {goal}. {reward} در مراجعهٔ بعدی مال شماست!</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="346"/>
        <source>Redemption</source>
        <translation>دریافت جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="352"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="356"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="360"/>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="361"/>
        <source>Points spent</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="363"/>
        <source>Points earned</source>
        <translation>امتیاز به‌دست‌آمده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="366"/>
        <source>New balance</source>
        <translation>موجودی تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="372"/>
        <source>Entry</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="373"/>
        <source>Slip</source>
        <translation>رسید امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="404"/>
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="434"/>
        <source>For {name}</source>
        <translation>ویژهٔ {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="443"/>
        <source>Valid from {first} until {last}</source>
        <translation>معتبر از {first} تا {last}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="447"/>
        <source>Valid until {date}</source>
        <translation>معتبر تا {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="452"/>
        <source>One use only. Show this code at the counter.</source>
        <translation>فقط یک بار. این کد را به صندوق نشان دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="391"/>
        <source>Coupon</source>
        <translation>کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="454"/>
        <source>Show this code at the counter.</source>
        <translation>این کد را به صندوق نشان دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="465"/>
        <location filename="../../loyaltydesk/printing/documents.py" line="473"/>
        <source>Printer test page</source>
        <translation>صفحهٔ آزمایش چاپگر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="469"/>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="65"/>
        <source>Print — {title}</source>
        <translation>چاپ — {title}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="78"/>
        <source>◀ Previous page</source>
        <translation>صفحهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="79"/>
        <source>Next page ▶</source>
        <translation>صفحهٔ بعد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="91"/>
        <source>Receipt printer ({paper})</source>
        <translation>چاپگر رسید ({paper})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="98"/>
        <source>{printer} (default)</source>
        <translation>{printer} (پیش‌فرض)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="110"/>
        <source>Printer</source>
        <translation>چاپگر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="111"/>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="112"/>
        <source>Copies</source>
        <translation>تعداد نسخه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="123"/>
        <source>No printer is set up on this computer; save the document as a PDF.</source>
        <translation>روی این رایانه چاپگری تعریف نشده است؛ سند را به‌صورت PDF ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="125"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="129"/>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="131"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="184"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="226"/>
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="227"/>
        <source>Sending {title} to the printer…</source>
        <translation>فرستادن {title} به چاپگر…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="240"/>
        <source>Printing was cancelled.</source>
        <translation>چاپ لغو شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="249"/>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="260"/>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="265"/>
        <source>A4 sheet</source>
        <translation>برگهٔ A4</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="266"/>
        <source>A5 sheet</source>
        <translation>برگه A5</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="267"/>
        <source>A6 (postcard)</source>
        <translation>A6 (کارت‌پستالی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="268"/>
        <source>Plastic card (CR80)</source>
        <translation>کارت پلاستیکی (CR80)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="269"/>
        <source>80 mm receipt roll</source>
        <translation>رول رسید ۸۰ میلی‌متری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="270"/>
        <source>58 mm receipt roll</source>
        <translation>رول رسید ۵۸ میلی‌متری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/progress.py" line="33"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="554"/>
        <source>None (notes go to the system printer)</source>
        <translation>هیچ (یادداشت‌ها با چاپگر سیستم چاپ می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="558"/>
        <source>{width} roll</source>
        <translation>رول {width}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="560"/>
        <source>Test print</source>
        <translation>چاپ آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="571"/>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="585"/>
        <source>Receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="574"/>
        <source>For example network:192.168.1.60, usb:04b8:0e15, serial:/dev/ttyUSB0</source>
        <translation>مثلاً network:192.168.1.60، usb:04b8:0e15، serial:/dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="576"/>
        <source>Receipt paper</source>
        <translation>کاغذ رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="580"/>
        <source>No receipt printer? Leave it empty: notes go to the system printer.</source>
        <translation>چاپگر رسید ندارید؟ خالی بگذارید: یادداشت‌ها با چاپگر سیستم چاپ می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="616"/>
        <source>Write the receipt printer&apos;s connection first.</source>
        <translation>اول نشانی اتصال چاپگر رسید را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="618"/>
        <source>Printing the test page…</source>
        <translation>در حال چاپ صفحه‌ی آزمایشی…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="624"/>
        <source>The test page was sent. Is the Persian line joined and right to left?</source>
        <translation>صفحه‌ی آزمایشی فرستاده شد. آیا سطر فارسی پیوسته و راست‌به‌چپ چاپ شده است؟</translation>
    </message>
</context>
<context>
    <name>PrintingUi</name>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="79"/>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="112"/>
        <source>the receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="82"/>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="112"/>
        <source>Printed on {printer}.</source>
        <translation>با {printer} چاپ شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="152"/>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="173"/>
        <source>Print cards</source>
        <translation>چاپ کارت‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="153"/>
        <source>None of the chosen members has a card to print.</source>
        <translation>هیچ‌یک از اعضای انتخاب‌شده کارتی برای چاپ ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="174"/>
        <source>Laying out {cards} cards…</source>
        <translation>چیدن {cards} کارت…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="208"/>
        <source>Print coupons</source>
        <translation>چاپ کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="209"/>
        <source>Laying out {coupons} coupons…</source>
        <translation>چیدن {coupons} کوپن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="223"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../../loyaltydesk/ui/about.py" line="31"/>
        <source>LoyaltyDesk — customer club</source>
        <translation>باشگاه مشتریان لویالتی‌دسک</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="90"/>
        <source>Promotion</source>
        <translation>طرح تشویقی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="94"/>
        <source>Multiply points</source>
        <translation>ضریب امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="96"/>
        <source>Fixed bonus per purchase</source>
        <translation>امتیاز اضافهٔ ثابت برای هر خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="112"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="114"/>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="124"/>
        <source>Only between</source>
        <translation>فقط بین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="138"/>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="140"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="143"/>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="145"/>
        <source>Days (none: every day)</source>
        <translation>روزها (هیچ: همهٔ روزها)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="146"/>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
</context>
<context>
    <name>ReceiptsFolder</name>
    <message>
        <location filename="../../loyaltydesk/ui/receipts_folder.py" line="30"/>
        <source>Receipt {receipt}: {amount} credited to {member}.</source>
        <translation>رسید {receipt}: خرید {amount} برای {member} ثبت شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/receipts_folder.py" line="38"/>
        <source>Receipt {receipt} was credited before; not credited again.</source>
        <translation>رسید {receipt} پیش‌تر ثبت شده بود؛ دوباره ثبت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/receipts_folder.py" line="42"/>
        <source>Receipt {receipt} waits in the folder: {reason} It is tried again by itself.</source>
        <translation>رسید {receipt} در پوشه منتظر مانده است: {reason} خودکار دوباره امتحان می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/receipts_folder.py" line="47"/>
        <source>Receipt file {file} not credited, moved to failed: {reason}</source>
        <translation>فایل رسید {file} ثبت نشد و به پوشهٔ failed رفت: {reason}</translation>
    </message>
</context>
<context>
    <name>ReceiptsFolderWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/settings/receipts_folder.py" line="32"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/receipts_folder.py" line="38"/>
        <source>Credit the receipts a POS drops into this folder</source>
        <translation>رسیدهایی را که صندوق در این پوشه می‌گذارد ثبت کن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/receipts_folder.py" line="44"/>
        <source>One file per sale, JSON or CSV, with the amount as amount_rials or amount_toman. Each is credited as it arrives and moved to done, or to failed with a file that says why.</source>
        <translation>برای هر فروش یک فایل، JSON یا CSV، با مبلغ به‌صورت amount_rials یا amount_toman. هر فایل به محض رسیدن ثبت می‌شود و به پوشهٔ done می‌رود، یا به پوشهٔ failed همراه با فایلی که دلیلش را می‌گوید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/receipts_folder.py" line="51"/>
        <source>Receipts folder</source>
        <translation>پوشهٔ رسیدها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/receipts_folder.py" line="58"/>
        <source>The POS&apos;s receipts folder</source>
        <translation>پوشهٔ رسیدهای برنامهٔ فروش</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="283"/>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="284"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="289"/>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="290"/>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="291"/>
        <source>Another currency</source>
        <translation>واحد پول دیگر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="296"/>
        <source>For example AED or Lira</source>
        <translation>مثلاً درهم یا لیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="303"/>
        <source>Time zone</source>
        <translation>منطقه‌ی زمانی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="304"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="305"/>
        <source>Money</source>
        <translation>پول</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="306"/>
        <source>Currency name</source>
        <translation>نام واحد پول</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="307"/>
        <source>Decimals</source>
        <translation>رقم‌های اعشار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="310"/>
        <source>Type a few letters of a city to find its time zone.</source>
        <translation>برای یافتن منطقه‌ی زمانی، چند حرف از نام شهر را (به انگلیسی) تایپ کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="316"/>
        <source>Time, calendar and money</source>
        <translation>زمان، تقویم و پول</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="54"/>
        <source>New member</source>
        <translation>عضو جدید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="68"/>
        <source>Card or mobile of who introduced them</source>
        <translation>کارت یا موبایل معرف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="72"/>
        <source>No messages (never sent SMS or e-mail)</source>
        <translation>بدون پیام (هرگز پیامک یا ایمیل برایش فرستاده نشود)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="77"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="78"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="79"/>
        <source>Birthday (optional)</source>
        <translation>تاریخ تولد (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="80"/>
        <source>National code (optional)</source>
        <translation>کد ملی (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="81"/>
        <source>Introduced by (optional)</source>
        <translation>معرف (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="82"/>
        <source>E-mail (optional)</source>
        <translation>ایمیل (اختیاری)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="68"/>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="80"/>
        <source>Export {title}</source>
        <translation>خروجی گرفتن از {title}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="83"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="84"/>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="122"/>
        <source>Excel workbook</source>
        <translation>فایل اکسل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="120"/>
        <source>Export the report</source>
        <translation>خروجی گرفتن از گزارش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="148"/>
        <source>Save the report as PDF</source>
        <translation>ذخیرهٔ گزارش به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="150"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="90"/>
        <source>Report options</source>
        <translation>تنظیمات گزارش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="102"/>
        <source>A customer for (days after a purchase)</source>
        <translation>مشتری حساب می‌شود تا (روز پس از خرید)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="104"/>
        <source>Drifting away after (× their usual gap)</source>
        <translation>در حال دور شدن پس از (× فاصلهٔ معمول او)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="118"/>
        <source>Shop opens at (every day)</source>
        <translation>ساعت باز شدن فروشگاه (هر روز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="119"/>
        <source>Shop closes at (after midnight: 01:00)</source>
        <translation>ساعت بسته شدن فروشگاه (بعد از نیمه‌شب: ۰۱:۰۰)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="123"/>
        <source>A member who bought in the last {days} days counts as a customer. A member is drifting away when absent longer than their usual gap between visits times this factor.</source>
        <translation>عضوی که در {days} روز گذشته خرید کرده مشتری حساب می‌شود. عضوی در حال دور شدن است که غیبتش از فاصلهٔ معمول میان مراجعه‌هایش ضرب در این ضریب بیشتر شده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="131"/>
        <source>The Anomalies page lists ledger entries made outside the opening hours; leave both times empty to skip that check. The hours are the whole club&apos;s.</source>
        <translation>صفحهٔ ناهنجاری‌ها ردیف‌هایی از دفتر امتیاز را که بیرون از ساعت کاری ثبت شده‌اند نشان می‌دهد؛ برای نادیده گرفتن این بررسی هر دو ساعت را خالی بگذارید. این ساعت‌ها برای کل باشگاه است.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="67"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="68"/>
        <source>Retention</source>
        <translation>ماندگاری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="69"/>
        <source>Repeat purchases</source>
        <translation>خرید تکراری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="70"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="429"/>
        <source>Lifetime value</source>
        <translation>ارزش طول عمر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="71"/>
        <source>Best customers</source>
        <translation>بهترین مشتریان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="72"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="107"/>
        <source>Drifting away</source>
        <translation>در حال دور شدن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="73"/>
        <source>Segments</source>
        <translation>بخش‌بندی مشتریان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="74"/>
        <source>Cohorts</source>
        <translation>گروه‌های عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="75"/>
        <source>Busy hours</source>
        <translation>ساعت‌های شلوغ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="76"/>
        <source>Club economics</source>
        <translation>اقتصاد باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="77"/>
        <source>Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="78"/>
        <source>Cashiers and counters</source>
        <translation>صندوق‌داران و صندوق‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="87"/>
        <source>Customers at the start</source>
        <translation>مشتریان در آغاز دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="88"/>
        <source>Customers at the end</source>
        <translation>مشتریان در پایان دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="89"/>
        <source>New customers</source>
        <translation>مشتریان تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="90"/>
        <source>Customers kept</source>
        <translation>مشتریان حفظ‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="91"/>
        <source>Customers lost</source>
        <translation>مشتریان از دست رفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="92"/>
        <source>Retention rate</source>
        <translation>نرخ ماندگاری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="93"/>
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="94"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1091"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1105"/>
        <source>Members who bought</source>
        <translation>اعضای خریدار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="95"/>
        <source>Members who came back</source>
        <translation>اعضایی که دوباره آمدند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="96"/>
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="97"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="631"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1082"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1106"/>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="98"/>
        <source>Purchases per member</source>
        <translation>خرید به ازای هر عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="99"/>
        <source>Average purchase</source>
        <translation>میانگین خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="100"/>
        <source>Days between purchases</source>
        <translation>فاصله میان خریدها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="103"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1108"/>
        <source>Members&apos; purchases</source>
        <translation>خرید اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="104"/>
        <source>Top 20% of members</source>
        <translation>بیست درصد برتر اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="105"/>
        <source>Their purchases</source>
        <translation>خرید آنان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="106"/>
        <source>Top 20%&apos;s share of sales</source>
        <translation>سهم بیست درصد برتر از فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="108"/>
        <source>Years a customer stays</source>
        <translation>سال‌های ماندن یک مشتری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="109"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="497"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1171"/>
        <source>Average lifetime value</source>
        <translation>میانگین ارزش طول عمر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="110"/>
        <source>Customers in the last year</source>
        <translation>مشتریان یک سال اخیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="111"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="492"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="539"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1242"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1270"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1355"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="112"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1095"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1111"/>
        <source>New members</source>
        <translation>اعضای تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="113"/>
        <source>Active members</source>
        <translation>اعضای فعال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="114"/>
        <source>Points issued</source>
        <translation>امتیاز صادرشده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="115"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="634"/>
        <source>Points redeemed</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="116"/>
        <source>Points expired</source>
        <translation>امتیاز منقضی‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="117"/>
        <source>Points adjusted</source>
        <translation>امتیاز اصلاح‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="596"/>
        <source>Opening balances</source>
        <translation>مانده‌های آغازین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="119"/>
        <source>Points outstanding</source>
        <translation>امتیاز مانده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="79"/>
        <source>Branches</source>
        <translation>شعبه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="80"/>
        <source>Customer voice</source>
        <translation>صدای مشتری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="81"/>
        <source>Anomalies</source>
        <translation>ناهنجاری‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="118"/>
        <source>Points from opening balances</source>
        <translation>امتیاز مانده‌های آغازین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="120"/>
        <source>Points liability</source>
        <translation>بدهی امتیازها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="121"/>
        <source>Redemption rate</source>
        <translation>نرخ استفاده از امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="122"/>
        <source>Breakage (expired unused)</source>
        <translation>سوخت (منقضی و استفاده‌نشده)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="123"/>
        <source>Sales to non-members</source>
        <translation>فروش به غیراعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="124"/>
        <source>Campaign coupons issued</source>
        <translation>کوپن‌های صادرشده‌ی کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="125"/>
        <source>Campaign coupons used</source>
        <translation>کوپن‌های استفاده‌شده‌ی کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="126"/>
        <source>Members won back</source>
        <translation>اعضای بازگشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="127"/>
        <source>Sales with campaign coupons</source>
        <translation>فروش با کوپن‌های کارزار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="128"/>
        <source>Campaign bonus points</source>
        <translation>امتیاز هدیه‌ی کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="129"/>
        <source>Campaign cost (discounts and bonus points)</source>
        <translation>هزینه‌ی کارزارها (تخفیف‌ها و امتیازهای هدیه)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="132"/>
        <source>Campaign bonus points not in the cost (no reward gives a point a value)</source>
        <translation>امتیازهای هدیه‌ی کارزار که در هزینه نیامده (هیچ جایزه‌ای به امتیاز ارزش پولی نمی‌دهد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="135"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="670"/>
        <source>Visits scored</source>
        <translation>مراجعه‌های امتیازدار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="136"/>
        <source>Average score (of 5)</source>
        <translation>میانگین امتیاز (از پنج)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="137"/>
        <source>Low scores (1 or 2)</source>
        <translation>امتیازهای کم (یک یا دو)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="138"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="761"/>
        <source>Gave a low score and did not come back</source>
        <translation>امتیاز کم دادند و برنگشتند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="141"/>
        <source>Reasons for leaving recorded</source>
        <translation>دلیل‌های رفتن که ثبت شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="148"/>
        <source>Champions</source>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="149"/>
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="150"/>
        <source>Promising</source>
        <translation>امیدوارکننده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="151"/>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="152"/>
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="153"/>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="154"/>
        <source>Can&apos;t lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="155"/>
        <source>Hibernating</source>
        <translation>خواب‌رفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="156"/>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="163"/>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="164"/>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="165"/>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="166"/>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="167"/>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="168"/>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="169"/>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="184"/>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="187"/>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="192"/>
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="204"/>
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="205"/>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="206"/>
        <source>years</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="227"/>
        <source>{days} days</source>
        <translation>{days} روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="231"/>
        <source>{years} years</source>
        <translation>{years} سال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="252"/>
        <source>&gt;{value}</source>
        <translation>بیش از {value}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="307"/>
        <source>{month} (so far)</source>
        <translation>{month} (تا امروز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="312"/>
        <source>{first} to {last}</source>
        <translation>{first} تا {last}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="318"/>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="67"/>
        <source>{period}, compared with {previous}</source>
        <translation>{period}، در مقایسه با {previous}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="382"/>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="383"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="384"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1142"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1339"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1370"/>
        <source>This period</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="385"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1146"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1343"/>
        <source>Previous period</source>
        <translation>دوره قبل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="386"/>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="413"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="764"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="414"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="765"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="415"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="491"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="416"/>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="417"/>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="421"/>
        <source>Purchases in the period</source>
        <translation>تعداد خرید در دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="425"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="506"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="632"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1244"/>
        <source>Spent in the period</source>
        <translation>مبلغ خرید در دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="523"/>
        <source>Lifetime value by tier</source>
        <translation>ارزش طول عمر در هر سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="525"/>
        <source>Members by tier</source>
        <translation>اعضای هر سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="622"/>
        <source>No branch</source>
        <translation>بدون شعبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="630"/>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="633"/>
        <source>Points earned</source>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="635"/>
        <source>Members served</source>
        <translation>اعضای مراجعه‌کننده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="648"/>
        <source>Each line counts at the branch that wrote it; no branch: lines from before the counter had one.</source>
        <translation>هر ردیف در شعبه‌ای شمرده می‌شود که آن را ثبت کرده است؛ «بدون شعبه»: ردیف‌هایی که پیش از تعیین شعبه برای صندوق ثبت شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="669"/>
        <source>Average score</source>
        <translation>میانگین امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="673"/>
        <source>Average score by month</source>
        <translation>میانگین امتیاز در هر ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="689"/>
        <source>Visits scored, by month</source>
        <translation>مراجعه‌های امتیازدار در هر ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="694"/>
        <source>Scores given</source>
        <translation>امتیازهای داده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="702"/>
        <source>Reasons given</source>
        <translation>دلیل‌های گفته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="705"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="736"/>
        <source>After a visit</source>
        <translation>پس از مراجعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="709"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="737"/>
        <source>Why they stopped coming</source>
        <translation>چرا دیگر نیامدند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="715"/>
        <source>Satisfaction month by month</source>
        <translation>رضایت ماه به ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="732"/>
        <source>Reasons counted</source>
        <translation>شمار دلیل‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="735"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="767"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1011"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="738"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="751"/>
        <source>No reasons were given in this period.</source>
        <translation>در این دوره دلیلی گفته نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="755"/>
        <source>The first {shown} of {total} members.</source>
        <translation>{shown} عضو نخست از {total} عضو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="766"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="769"/>
        <source>Days since</source>
        <translation>روزهای گذشته از آن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="798"/>
        <source>Many refunds or voids</source>
        <translation>مرجوعی یا ابطال زیاد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="799"/>
        <source>Credits just under the approval limit</source>
        <translation>ثبت خرید درست زیر سقف تأیید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="802"/>
        <source>Redeemed right after a large credit</source>
        <translation>جایزه درست پس از یک خرید بزرگ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="805"/>
        <source>Points added with no purchase that day</source>
        <translation>امتیاز افزوده بدون خرید در آن روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="808"/>
        <source>Credited at two counters within a minute</source>
        <translation>ثبت خرید در دو صندوق در کمتر از یک دقیقه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="811"/>
        <source>Activity outside opening hours</source>
        <translation>فعالیت بیرون از ساعت کاری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="818"/>
        <source>{opens} to {closes}</source>
        <translation>{opens} تا {closes}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="828"/>
        <source>A cashier with {count} or more refunds and voids in the period, and more of them than {share} of the credits they gave.</source>
        <translation>صندوق‌داری که در این دوره {count} مرجوعی و ابطال یا بیشتر داشته و شمار آن‌ها از {share} ثبت خریدهایش بیشتر است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="838"/>
        <source>Not checked: the approval limit (a credit above it needs a manager) is not set.</source>
        <translation>بررسی نشد: سقف تأیید (خرید بالاتر از آن تأیید مدیر می‌خواهد) تعیین نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="842"/>
        <source>A cashier with {count} or more credits from {low} up to just under the approval limit of {limit}.</source>
        <translation>صندوق‌داری که {count} ثبت خرید یا بیشتر از {low} تا درست زیر سقف تأیید {limit} داشته است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="854"/>
        <source>Not checked: no approval limit is set and nothing was bought.</source>
        <translation>بررسی نشد: سقف تأیید تعیین نشده و خریدی هم ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="859"/>
        <source>A redemption within {minutes} minutes after a credit of {large} or more (the approval limit) to the same member.</source>
        <translation>دادن جایزه در کمتر از {minutes} دقیقه پس از ثبت خرید {large} یا بیشتر (سقف تأیید) برای همان عضو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="864"/>
        <source>A redemption within {minutes} minutes after a credit of {large} or more (the largest {share} of the period&apos;s purchases) to the same member.</source>
        <translation>دادن جایزه در کمتر از {minutes} دقیقه پس از ثبت خرید {large} یا بیشتر (بزرگ‌ترین {share} خریدهای دوره) برای همان عضو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="874"/>
        <source>Points added by hand (an adjustment) to a member who bought nothing that day.</source>
        <translation>امتیازی که با دست (اصلاح) به عضوی داده شده که آن روز خریدی نداشته است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="879"/>
        <source>A member credited at two different counters within {seconds} seconds.</source>
        <translation>عضوی که در کمتر از {seconds} ثانیه در دو صندوق مختلف برایش خرید ثبت شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="884"/>
        <source>Not checked: the opening hours are not set (Options…).</source>
        <translation>بررسی نشد: ساعت کاری تعیین نشده است (تنظیمات گزارش…).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="887"/>
        <source>Entries made while the shop is closed (open {hours}), by cashier, counter and day.</source>
        <translation>ردیف‌هایی که وقتی فروشگاه بسته است ثبت شده‌اند (ساعت کاری {hours})، به تفکیک صندوق‌دار، صندوق و روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="898"/>
        <source>{refunds} refunds and {voids} voids against {credits} credits</source>
        <translation>{refunds} مرجوعی و {voids} ابطال در برابر {credits} ثبت خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="906"/>
        <source>{credits} credits from {low} to just under {limit}</source>
        <translation>{credits} ثبت خرید از {low} تا درست زیر {limit}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="914"/>
        <source>{points} points redeemed {minutes} minutes after a credit of {amount}</source>
        <translation>{points} امتیاز جایزه {minutes} دقیقه پس از ثبت خرید {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="922"/>
        <source>{points} points added</source>
        <translation>{points} امتیاز افزوده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="926"/>
        <source>{seconds} seconds apart</source>
        <translation>به فاصلهٔ {seconds} ثانیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="929"/>
        <source>Entries while closed: {entries}</source>
        <translation>ثبت در ساعت تعطیل: {entries}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="944"/>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="946"/>
        <source>What is checked</source>
        <translation>چه چیزهایی بررسی می‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="950"/>
        <source>Found</source>
        <translation>یافته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="952"/>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="965"/>
        <source>Findings</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="968"/>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="972"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="973"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="974"/>
        <source>When</source>
        <translation>کی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="975"/>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="976"/>
        <source>What was seen</source>
        <translation>آنچه دیده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="995"/>
        <source>Nothing unusual was found in this period.</source>
        <translation>در این دوره چیز غیرعادی‌ای دیده نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="999"/>
        <source>Ledger lines behind the findings</source>
        <translation>ردیف‌های دفتر امتیاز پشت یافته‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1002"/>
        <source>Finding</source>
        <translation>یافته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1003"/>
        <source>Entry</source>
        <translation>شمارهٔ ردیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1004"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1006"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1007"/>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1008"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1030"/>
        <source>The first {count} lines of a finding are listed; all are counted.</source>
        <translation>{count} ردیف نخست هر یافته آمده است؛ همه شمرده شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1229"/>
        <source>Members to call</source>
        <translation>اعضایی که باید تماس گرفت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="418"/>
        <source>Usual gap (days)</source>
        <translation>فاصله معمول (روز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="419"/>
        <source>Days away</source>
        <translation>روزهای غیبت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="458"/>
        <source>The {shown} most valuable of {total} members.</source>
        <translation>باارزش‌ترین {shown} عضو از {total} عضو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="462"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="759"/>
        <source>No members.</source>
        <translation>عضوی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="474"/>
        <source>No tier</source>
        <translation>بدون سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="503"/>
        <source>Moved up into it</source>
        <translation>بالارفته به این سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="504"/>
        <source>Moved down into it</source>
        <translation>پایین‌آمده به این سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="538"/>
        <source>Joined in</source>
        <translation>ماه عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="542"/>
        <source>Month {n}</source>
        <translation>ماه {n}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="553"/>
        <source>Cohorts by month of joining</source>
        <translation>گروه‌ها بر حسب ماه عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="557"/>
        <source>Share of each month&apos;s new members still buying, month by month</source>
        <translation>سهم اعضای تازه هر ماه که هنوز خرید می‌کنند، ماه به ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="570"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="768"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="578"/>
        <source>Purchases by day and hour</source>
        <translation>خریدها بر حسب روز و ساعت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="589"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="970"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1009"/>
        <source>Cashier</source>
        <translation>صندوق‌دار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="590"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="971"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1010"/>
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="591"/>
        <source>Credits</source>
        <translation>ثبت خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="592"/>
        <source>Redemptions</source>
        <translation>جایزه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="593"/>
        <source>Refunds</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="594"/>
        <source>Voids</source>
        <translation>ابطال‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="595"/>
        <source>Adjustments</source>
        <translation>اصلاح‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="597"/>
        <source>Points given</source>
        <translation>امتیاز داده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="598"/>
        <source>Points taken</source>
        <translation>امتیاز گرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="617"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="654"/>
        <source>Nothing was recorded in this period.</source>
        <translation>در این دوره چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/report_output.py" line="545"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1059"/>
        <source>No purchases in this period.</source>
        <translation>در این دوره خریدی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1077"/>
        <source>Members&apos; purchases by month</source>
        <translation>خرید اعضا در هر ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1088"/>
        <source>Members who bought, by month</source>
        <translation>اعضای خریدار در هر ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1101"/>
        <source>Month by month</source>
        <translation>ماه به ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="718"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1104"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1168"/>
        <source>Average lifetime value by tier</source>
        <translation>میانگین ارزش طول عمر در هر سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1184"/>
        <source>Highest lifetime value</source>
        <translation>بیشترین ارزش طول عمر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1196"/>
        <source>The top 20%</source>
        <translation>بیست درصد برتر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1205"/>
        <source>Share of sales by tenth of members, biggest spenders first</source>
        <translation>سهم هر دهک اعضا از فروش، پرخریدترین‌ها اول</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1212"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1247"/>
        <source>Share of sales</source>
        <translation>سهم از فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1241"/>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1267"/>
        <source>Members by segment</source>
        <translation>اعضا در هر بخش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1311"/>
        <source>Rewards redeemed</source>
        <translation>جایزه‌های گرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1314"/>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1315"/>
        <source>Redeemed</source>
        <translation>گرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1005"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1316"/>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1336"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1328"/>
        <source>No rewards were redeemed in this period.</source>
        <translation>در این دوره جایزه‌ای گرفته نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1353"/>
        <source>Members by tier at the end of the period</source>
        <translation>اعضای هر سطح در پایان دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1366"/>
        <source>Members&apos; purchases by branch</source>
        <translation>خرید اعضا به تفکیک شعبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1380"/>
        <source>Club report</source>
        <translation>گزارش باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1385"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحه {page} از {pages}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="164"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="165"/>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="167"/>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="168"/>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="169"/>
        <source>Last 12 months</source>
        <translation>دوازده ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="170"/>
        <source>Custom…</source>
        <translation>بازهٔ دلخواه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="173"/>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="176"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="177"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="180"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="186"/>
        <source>Refresh</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="188"/>
        <source>Count the period shown again (Ctrl+R)</source>
        <translation>شمارش دوبارهٔ دورهٔ نمایش‌داده‌شده (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="189"/>
        <source>Options…</source>
        <translation>تنظیمات گزارش…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="190"/>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="191"/>
        <source>The whole report with its charts, to print or send</source>
        <translation>کل گزارش با نمودارهایش، برای چاپ یا فرستادن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="192"/>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="526"/>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="193"/>
        <source>Every table of the report as an Excel workbook</source>
        <translation>همهٔ جدول‌های گزارش در یک فایل اکسل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="198"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="398"/>
        <source>The report was cancelled. Pick a period to run it again.</source>
        <translation>گزارش لغو شد. برای ساختن دوباره، یک بازه انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="407"/>
        <source>The report waits for the club&apos;s server.</source>
        <translation>گزارش منتظر سرور باشگاه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="411"/>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="571"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="413"/>
        <source>The report could not be made.</source>
        <translation>گزارش ساخته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="206"/>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="428"/>
        <source>No purchases in this period.</source>
        <translation>در این بازه خریدی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="452"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="260"/>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="273"/>
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="274"/>
        <source>stamps</source>
        <translation>مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="282"/>
        <source>Optional: what it costs the shop</source>
        <translation>اختیاری: هزینهٔ آن برای فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="285"/>
        <source>Limited stock</source>
        <translation>موجودی محدود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="300"/>
        <source>Every member</source>
        <translation>همهٔ اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="305"/>
        <source>Offered at the counter</source>
        <translation>در صندوق پیشنهاد شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="308"/>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="309"/>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="310"/>
        <source>Cost</source>
        <translation>بها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="311"/>
        <source>Money value</source>
        <translation>ارزش ریالی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="312"/>
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="313"/>
        <source>Only for</source>
        <translation>فقط برای</translation>
    </message>
</context>
<context>
    <name>RewardRow</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="366"/>
        <source>Reward, e.g. a free coffee</source>
        <translation>جایزه، مثلاً یک قهوه‌ی رایگان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="371"/>
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="372"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="303"/>
        <source>cashier</source>
        <translation>صندوق‌دار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="304"/>
        <source>manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="305"/>
        <source>owner</source>
        <translation>مالک</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="408"/>
        <source>One point for every</source>
        <translation>یک امتیاز به ازای هر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="412"/>
        <source>Add a reward</source>
        <translation>افزودن جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="418"/>
        <source>First rewards (their price in points)</source>
        <translation>نخستین جایزه‌ها (بهای هر کدام به امتیاز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="422"/>
        <source>Promotions, tiers, expiry and more rewards are in Rules later.</source>
        <translation>تخفیف‌های ویژه، سطح‌ها، انقضا و جایزه‌های بیشتر را بعداً در قوانین می‌یابید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="428"/>
        <source>Points and rewards</source>
        <translation>امتیاز و جایزه</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="110"/>
        <source>Earning</source>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="111"/>
        <source>Promotions</source>
        <translation>طرح‌های تشویقی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="112"/>
        <source>Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="113"/>
        <source>Expiry</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="114"/>
        <source>Rewards</source>
        <translation>جایزه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="116"/>
        <source>Stamp card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="117"/>
        <source>Simulate the last 90 days</source>
        <translation>شبیه‌سازی ۹۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="119"/>
        <source>Save as a new version…</source>
        <translation>ذخیره به‌عنوان نسخهٔ تازه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="121"/>
        <source>Undo my changes</source>
        <translation>برگرداندن تغییراتم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="157"/>
        <source>Down (the default)</source>
        <translation>رو به پایین (پیش‌فرض)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="158"/>
        <source>To the nearest point</source>
        <translation>به نزدیک‌ترین امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="159"/>
        <source>Up</source>
        <translation>رو به بالا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="163"/>
        <source>No limit</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="183"/>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="286"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="185"/>
        <source>for every ({unit})</source>
        <translation>به ازای هر ({unit})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="187"/>
        <source>Minimum purchase ({unit})</source>
        <translation>حداقل خرید ({unit})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="189"/>
        <source>Rounding</source>
        <translation>گرد کردن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="190"/>
        <source>Most points a member earns a day</source>
        <translation>بیشترین امتیاز روزانهٔ هر عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="192"/>
        <source>Bonus on the first purchase</source>
        <translation>امتیاز اضافه در نخستین خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="193"/>
        <source>Bonus in the birthday week</source>
        <translation>امتیاز اضافه در هفتهٔ تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="195"/>
        <source>Promotions and tier together pay at most</source>
        <translation>طرح‌ها و سطح روی هم حداکثر می‌دهند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="203"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="203"/>
        <source>Gives</source>
        <translation>می‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="203"/>
        <source>When</source>
        <translation>کی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="206"/>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="234"/>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="294"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="208"/>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="236"/>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="296"/>
        <source>Change…</source>
        <translation>تغییر…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="209"/>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="237"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="219"/>
        <source>Money spent</source>
        <translation>مبلغ خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="220"/>
        <source>Points earned</source>
        <translation>امتیاز به‌دست‌آمده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="224"/>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="228"/>
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="231"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="231"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="231"/>
        <source>Multiplier</source>
        <translation>ضریب</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="245"/>
        <source>Tiers by</source>
        <translation>سطح‌بندی بر پایهٔ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="246"/>
        <source>Counted over the last</source>
        <translation>شمارش در</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="247"/>
        <source>A member may move down every</source>
        <translation>پایین آمدن سطح حداکثر هر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="254"/>
        <source>Points expire</source>
        <translation>امتیازها منقضی شوند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="259"/>
        <source> months after they are earned</source>
        <translation> ماه پس از کسب</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="266"/>
        <source>The oldest points are used first. Expired points are written off when the program starts and once a day; the counter shows a member when theirs expire.</source>
        <translation>قدیمی‌ترین امتیازها زودتر خرج می‌شوند. امتیازهای منقضی هنگام باز شدن برنامه و روزی یک بار کسر می‌شوند؛ صندوق به هر عضو نشان می‌دهد امتیازهایش کی منقضی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="285"/>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="287"/>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="288"/>
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="289"/>
        <source>Only for</source>
        <translation>فقط برای</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="290"/>
        <source>At the counter</source>
        <translation>در صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="297"/>
        <source>Move up</source>
        <translation>بالاتر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="299"/>
        <source>Move down</source>
        <translation>پایین‌تر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="370"/>
        <source>Version {version}, in force since {date}.</source>
        <translation>نسخهٔ {version}، از {date}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="374"/>
        <source>Members hold {points} point</source>
        <translation>اعضا {points} امتیاز دارند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="376"/>
        <source>Members hold {points} points</source>
        <translation>اعضا {points} امتیاز دارند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="379"/>
        <source>(worth {money} in rewards).</source>
        <translation>(به ارزش {money} جایزه).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="381"/>
        <source>(give rewards a money value to see what they are worth).</source>
        <translation>(برای دیدن ارزش آن‌ها، به جایزه‌ها ارزش ریالی بدهید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="396"/>
        <source>{points} points</source>
        <translation>{points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="396"/>
        <source>{points} point</source>
        <translation>{points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="409"/>
        <source>always</source>
        <translation>همیشه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="438"/>
        <source>unlimited</source>
        <translation>نامحدود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="440"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="440"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="570"/>
        <source>Replaying the last 90 days…</source>
        <translation>بازپخش ۹۰ روز گذشته…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="597"/>
        <source>Over the last {days} days, {purchases} purchases by {members} members:</source>
        <translation>در {days} روز گذشته، {purchases} خرید از {members} عضو:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="599"/>
        <source>Points: {now} under the current rule, {new} with this one ({change}).</source>
        <translation>امتیاز: {now} با قانون کنونی، {new} با این قانون ({change}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="604"/>
        <source>Rewards reached: {now} under the current rule, {new} with this one.</source>
        <translation>جایزه‌های در دسترس: {now} با قانون کنونی، {new} با این قانون.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="612"/>
        <source>Points liability: {change}.</source>
        <translation>تغییر بدهی امتیازی: {change}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="636"/>
        <source>Save the rules</source>
        <translation>ذخیرهٔ قوانین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="639"/>
        <source>Save as a new version, used at the counter from now on?</source>
        <translation>به‌عنوان نسخهٔ تازه ذخیره شود و از همین حالا در صندوق به کار رود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="649"/>
        <source>Saved. The counter uses the new rules now.</source>
        <translation>ذخیره شد. صندوق از حالا قوانین تازه را به کار می‌برد.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="85"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="94"/>
        <source>The language’s own (Jalali in Persian)</source>
        <translation>تقویم زبان (در فارسی هجری شمسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="95"/>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="96"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="100"/>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="101"/>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="102"/>
        <source>Another currency</source>
        <translation>ارزی دیگر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="108"/>
        <source>€, AED, USD…</source>
        <translation>€، AED، USD…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="109"/>
        <source>Currency name or sign</source>
        <translation>نام یا نماد ارز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="115"/>
        <source>Decimals</source>
        <translation>رقم‌های اعشار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="123"/>
        <source>None (a shop in one place)</source>
        <translation>ندارد (فروشگاه تک‌شعبه)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="126"/>
        <source>The branch this counter stands in: written with the counter&apos;s name on every line it records, and counted on its own in the reports.</source>
        <translation>شعبه‌ای که این صندوق در آن است: همراه نام صندوق روی هر ردیفی که ثبت می‌کند نوشته می‌شود و در گزارش‌ها جداگانه شمرده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="134"/>
        <source>A new language, calendar or money is used from the next start. Amounts already recorded are not converted: change the money only before the first sale.</source>
        <translation>زبان، تقویم یا پول تازه از دفعهٔ بعد که برنامه باز شود به کار می‌رود. مبلغ‌هایی که پیش‌تر ثبت شده‌اند تبدیل نمی‌شوند: پول فروشگاه را فقط پیش از نخستین فروش عوض کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="141"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="142"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="143"/>
        <source>Money shown in</source>
        <translation>نمایش مبلغ به</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="148"/>
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="149"/>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="160"/>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="161"/>
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="167"/>
        <source>Shared club</source>
        <translation>باشگاه مشترک</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="170"/>
        <source>Till</source>
        <translation>برنامهٔ فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="172"/>
        <source>POS receipts</source>
        <translation>رسیدهای برنامهٔ فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="204"/>
        <source>No logo</source>
        <translation>بدون نشان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="205"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="211"/>
        <source>Print how the club works on the back of cards</source>
        <translation>پشت کارت‌ها روش کار باشگاه چاپ شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="215"/>
        <source>You can use: {placeholders}. A line with {missing} or {reward} is left out when no reward is ahead.</source>
        <translation>می‌توانید این‌ها را به کار ببرید: {placeholders}. خطی که {missing} یا {reward} دارد، وقتی جایزهٔ بعدی نباشد چاپ نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="234"/>
        <source>None (notes go to the system printer)</source>
        <translation>ندارد (یادداشت‌ها با چاپگر سیستم چاپ می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="236"/>
        <source>For example network:192.168.1.60, usb:04b8:0e15, serial:/dev/ttyUSB0</source>
        <translation>برای نمونه network:192.168.1.60، usb:04b8:0e15، serial:/dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="242"/>
        <source>{width} roll</source>
        <translation>رول {width}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="244"/>
        <source>Print test page</source>
        <translation>چاپ صفحهٔ آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="258"/>
        <source>The system&apos;s default printer</source>
        <translation>چاپگر پیش‌فرض سیستم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="263"/>
        <source>{printer} (not found)</source>
        <translation>{printer} (پیدا نشد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="268"/>
        <source>Only when asked (F9)</source>
        <translation>فقط با درخواست (F9)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="269"/>
        <source>A thank-you note after every sale</source>
        <translation>یادداشت تشکر پس از هر خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="270"/>
        <source>A slip after every sale</source>
        <translation>رسید امتیاز پس از هر خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="274"/>
        <source>Logo</source>
        <translation>نشان فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="277"/>
        <source>Thank-you note (Persian)</source>
        <translation>یادداشت تشکر (فارسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="279"/>
        <source>Thank-you note (English)</source>
        <translation>یادداشت تشکر (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="282"/>
        <source>Receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="285"/>
        <source>Receipt paper</source>
        <translation>کاغذ رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="287"/>
        <source>Other documents print on</source>
        <translation>چاپ سندهای دیگر با</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="288"/>
        <source>Print at the counter</source>
        <translation>چاپ در صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="306"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>انتخاب نشان فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="306"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="409"/>
        <source>That database is empty: move this counter&apos;s club there (Move my club to this server…), or give the database the shared club is in.</source>
        <translation>این پایگاه داده خالی است: باشگاه این صندوق را به آن منتقل کنید («انتقال باشگاهم به این سرور…») یا پایگاه داده‌ای را بدهید که باشگاه مشترک در آن است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="414"/>
        <source>Press Test connection first: this counter is switched to a server only once the club was found there (a counter that cannot reach its server at the start does not open).</source>
        <translation>نخست «آزمودن اتصال» را بزنید: این صندوق فقط وقتی به سرور می‌رود که باشگاه آن‌جا پیدا شده باشد (صندوقی که هنگام باز شدن به سرورش نرسد باز نمی‌شود).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="426"/>
        <source>Leave the shared club</source>
        <translation>ترک باشگاه مشترک</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="429"/>
        <source>This counter goes back to the club file on this computer as it was before it joined the server: none of the sales made since at any counter are in it. Leave the shared club?</source>
        <translation>این صندوق به فایل باشگاه روی همین رایانه برمی‌گردد، همان‌طور که پیش از پیوستن به سرور بود: هیچ‌یک از فروش‌های پس از آن در هیچ صندوقی در آن نیست. باشگاه مشترک را ترک می‌کنید؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="466"/>
        <source>Write the receipt printer&apos;s connection first.</source>
        <translation>اول نشانی اتصال چاپگر رسید را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="471"/>
        <source>Printing the test page…</source>
        <translation>در حال چاپ صفحهٔ آزمایشی…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="477"/>
        <source>The test page was sent. Is the Persian line joined and right to left?</source>
        <translation>صفحهٔ آزمایشی فرستاده شد. آیا خط فارسی پیوسته و راست‌به‌چپ است؟</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/wizard.py" line="139"/>
        <source>Setting up LoyaltyDesk</source>
        <translation>راه‌اندازی LoyaltyDesk</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/wizard.py" line="140"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/wizard.py" line="141"/>
        <source>Skip</source>
        <translation>رد شدن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/wizard.py" line="156"/>
        <source>Step {step} of {steps}</source>
        <translation>گام {step} از {steps}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/wizard.py" line="165"/>
        <source>Set up my shop</source>
        <translation>راه‌اندازی فروشگاه من</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/wizard.py" line="167"/>
        <source>Open the counter</source>
        <translation>باز کردن صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/wizard.py" line="169"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
</context>
<context>
    <name>SharedClubWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="101"/>
        <source>This counter uses a shared club</source>
        <translation>این صندوق از باشگاه مشترک استفاده می‌کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="107"/>
        <source>The server&apos;s name or address, e.g. 192.168.1.10</source>
        <translation>نام یا نشانی سرور، مثلاً 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="119"/>
        <source>Kept in this computer&apos;s keyring</source>
        <translation>در جاکلیدی این رایانه نگه داشته شده است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="122"/>
        <source>Off (only on a network you trust)</source>
        <translation>خاموش (فقط در شبکه‌ای که به آن اطمینان دارید)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="123"/>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="125"/>
        <source>Required, and the server verified with a CA file</source>
        <translation>الزامی، همراه با وارسی سرور با فایل CA</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="130"/>
        <source>The CA certificate (.pem or .crt)</source>
        <translation>گواهی CA ‏(‎.pem یا ‎.crt)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="131"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="137"/>
        <source>CA file</source>
        <translation>فایل CA</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="142"/>
        <source>Test connection</source>
        <translation>آزمودن اتصال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="146"/>
        <source>Move my club to this server…</source>
        <translation>انتقال باشگاهم به این سرور…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="171"/>
        <source>A changed database is used from the next start of LoyaltyDesk. The password is kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>پایگاه دادهٔ تغییرکرده از اجرای بعدی LoyaltyDesk به کار می‌رود. گذرواژه در جاکلیدی این رایانه نگه داشته می‌شود، هرگز در فایل تنظیمات.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="176"/>
        <source>The club is set up on its first counter, which moves it to the server (Settings → Shared club). Here this counter joins it.</source>
        <translation>باشگاه روی نخستین صندوقش راه‌اندازی می‌شود و همان صندوق آن را به سرور منتقل می‌کند (تنظیمات ← باشگاه مشترک). این‌جا این صندوق به آن می‌پیوندد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="184"/>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="186"/>
        <source>Port</source>
        <translation>درگاه (پورت)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="188"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="190"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="192"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="193"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="241"/>
        <source>The server&apos;s CA certificate</source>
        <translation>گواهی CA سرور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="241"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>گواهی‌ها (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="324"/>
        <source>Connecting to {server}…</source>
        <translation>در حال وصل شدن به {server}…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="376"/>
        <source>Move my club to a server</source>
        <translation>انتقال باشگاهم به سرور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="378"/>
        <source>Copy this counter&apos;s club into the database {database} on {server}? The database must be empty. The file on this computer is kept as it is; LoyaltyDesk then closes, and opens on the server next time.</source>
        <translation>باشگاه این صندوق در پایگاه دادهٔ {database} روی {server} رونوشت شود؟ پایگاه داده باید خالی باشد. فایل روی این رایانه همان‌طور می‌ماند؛ سپس LoyaltyDesk بسته می‌شود و دفعهٔ بعد با سرور باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="407"/>
        <source>Moving the club…</source>
        <translation>در حال انتقال باشگاه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="415"/>
        <source>The club ({members} members) is on the server and checked on both sides. This counter uses it from the next start.</source>
        <translation>باشگاه ({members} عضو) روی سرور است و در هر دو سو بررسی شد. این صندوق از اجرای بعدی با آن کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="434"/>
        <source>Looking at the server…</source>
        <translation>در حال نگاه به سرور…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="435"/>
        <source>Checking this club&apos;s books…</source>
        <translation>در حال بررسی حساب‌های این باشگاه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="436"/>
        <source>Copying the club…</source>
        <translation>در حال رونوشت باشگاه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/shared_club.py" line="437"/>
        <source>Checking the copy on the server…</source>
        <translation>در حال بررسی رونوشت روی سرور…</translation>
    </message>
</context>
<context>
    <name>ShiftPrint</name>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="26"/>
        <source>Shift report</source>
        <translation>گزارش شیفت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="46"/>
        <source>Cashier</source>
        <translation>صندوق‌دار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="52"/>
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="57"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="58"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="62"/>
        <source>First action</source>
        <translation>نخستین کار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="63"/>
        <source>Last action</source>
        <translation>آخرین کار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="66"/>
        <source>Nothing was done in this shift.</source>
        <translation>در این شیفت کاری انجام نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="73"/>
        <source>Purchases credited</source>
        <translation>خریدهای ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="75"/>
        <source>Amount paid</source>
        <translation>مبلغ پرداختی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="76"/>
        <source>Points earned</source>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="79"/>
        <source>Coupons used</source>
        <translation>کوپن‌های استفاده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="81"/>
        <source>Discount given</source>
        <translation>تخفیف داده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="84"/>
        <source>Redemptions</source>
        <translation>جایزه‌های داده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="86"/>
        <source>Points spent</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="91"/>
        <source>{reward} × {count}</source>
        <translation>{reward} × {count}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="99"/>
        <source>Refunds</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="101"/>
        <source>Amount refunded</source>
        <translation>مبلغ برگشتی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="102"/>
        <source>Points taken back</source>
        <translation>امتیاز پس‌گرفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="105"/>
        <source>Redemptions voided</source>
        <translation>جایزه‌های باطل‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="107"/>
        <source>Points given back</source>
        <translation>امتیاز برگردانده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="110"/>
        <source>Adjustments</source>
        <translation>اصلاح‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="112"/>
        <source>Points adjusted</source>
        <translation>امتیاز اصلاح‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="116"/>
        <source>Campaign bonuses</source>
        <translation>پاداش‌های کمپین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="118"/>
        <source>Bonus points</source>
        <translation>امتیاز پاداش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="121"/>
        <source>Members registered</source>
        <translation>عضوهای ثبت‌نام‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="125"/>
        <source>Net points given</source>
        <translation>خالص امتیاز داده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/shift.py" line="152"/>
        <source>Printed {time}</source>
        <translation>چاپ {time}</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="55"/>
        <source>Shift report</source>
        <translation>گزارش شیفت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="68"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="72"/>
        <source>Cashier</source>
        <translation>صندوق‌دار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="92"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="97"/>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="101"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="179"/>
        <source>Shift report {name}</source>
        <translation>گزارش شیفت {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="182"/>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="182"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/shift_dialog.py" line="193"/>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="220"/>
        <source>As your receipts and messages should say it</source>
        <translation>همان‌طور که باید روی رسیدها و پیام‌ها بیاید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="223"/>
        <source>No logo (optional)</source>
        <translation>بدون نشان (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="224"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="230"/>
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="231"/>
        <source>Logo</source>
        <translation>نشان (لوگو)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="233"/>
        <source>The logo is printed on cards, notes and receipts.</source>
        <translation>نشان روی کارت‌ها، یادداشت‌ها و رسیدها چاپ می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="237"/>
        <source>Your shop</source>
        <translation>فروشگاه شما</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="244"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>انتخاب نشان فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="244"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../loyaltydesk/ui/staff/dialogs.py" line="32"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/dialogs.py" line="33"/>
        <source>Choose your name and type your PIN.</source>
        <translation>نام خود را انتخاب کنید و رمزتان را بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/dialogs.py" line="58"/>
        <source>A manager&apos;s approval</source>
        <translation>تأیید مدیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/dialogs.py" line="60"/>
        <source>{name} asks to {action}. A manager approves with their PIN.</source>
        <translation>{name} می‌خواهد {action}. مدیر با رمز خود تأیید می‌کند.</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="233"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="234"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="235"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="236"/>
        <source>Locked until</source>
        <translation>قفل تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="237"/>
        <source>Last sign-in</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="246"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="248"/>
        <source>New PIN…</source>
        <translation>رمز تازه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="250"/>
        <source>Role…</source>
        <translation>نقش…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="252"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="425"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="493"/>
        <source>Disable</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="254"/>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="256"/>
        <source>Let a person locked out by wrong PINs try again</source>
        <translation>کسی که با رمزهای نادرست قفل شده دوباره بتواند امتحان کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="257"/>
        <source>Refresh</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="296"/>
        <source>Counter policy</source>
        <translation>سیاست صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="301"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="309"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="334"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="375"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="306"/>
        <source>A credit above this needs a manager</source>
        <translation>خرید بالاتر از این مبلغ تأیید مدیر می‌خواهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="312"/>
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="313"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="535"/>
        <source>A redemption above this needs a manager</source>
        <translation>جایزهٔ بالاتر از این امتیاز تأیید مدیر می‌خواهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="318"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="321"/>
        <source>When the club&apos;s server does not answer, a counter can still give rewards, up to this many points per member per day. What it gives is checked when the server answers again; a reward the points no longer cover waits for a manager.</source>
        <translation>وقتی سرور باشگاه پاسخ نمی‌دهد، صندوق همچنان می‌تواند جایزه بدهد؛ تا این مقدار امتیاز برای هر عضو در روز. آنچه داده می‌شود وقتی سرور دوباره پاسخ داد بررسی می‌شود؛ جایزه‌ای که امتیازش دیگر کافی نباشد منتظر مدیر می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="328"/>
        <source>points a member a day</source>
        <translation>امتیاز برای هر عضو در روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="329"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="540"/>
        <source>Rewards while the server does not answer</source>
        <translation>جایزه وقتی سرور پاسخ نمی‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="335"/>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="336"/>
        <source>Save policy</source>
        <translation>ذخیرهٔ سیاست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="342"/>
        <source>Lock the window after idle</source>
        <translation>قفل پنجره پس از بیکاری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="373"/>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="373"/>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="425"/>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="493"/>
        <source>Enable</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="439"/>
        <source>Add a person</source>
        <translation>افزودن یک نفر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="441"/>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} اکنون می‌تواند در نقش {role} وارد شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="451"/>
        <source>A new PIN for {name}</source>
        <translation>رمز تازه برای {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="457"/>
        <source>New PIN saved for {name}.</source>
        <translation>رمز تازهٔ {name} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="473"/>
        <source>The role of {name}</source>
        <translation>نقش {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="480"/>
        <source>{name} is now {role}.</source>
        <translation>{name} اکنون {role} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="489"/>
        <source>Let {name} sign in again?</source>
        <translation>{name} دوباره بتواند وارد شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="491"/>
        <source>Disable {name}? They can no longer sign in; their history stays.</source>
        <translation>{name} غیرفعال شود؟ دیگر نمی‌تواند وارد شود؛ سابقه‌اش می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="501"/>
        <source>{name} can sign in again.</source>
        <translation>{name} دوباره می‌تواند وارد شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="501"/>
        <source>{name} is disabled.</source>
        <translation>{name} غیرفعال شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="511"/>
        <source>{name} is unlocked and may try their PIN again.</source>
        <translation>قفل {name} باز شد و می‌تواند دوباره رمزش را امتحان کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="547"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/staff/view.py" line="557"/>
        <source>The counter policy is saved.</source>
        <translation>سیاست صندوق ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>StampCardWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/stamps.py" line="108"/>
        <source>Stamp card: {stamps}</source>
        <translation>کارت مهر: {stamps}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/stamps.py" line="111"/>
        <source>{stamps} of {goal} stamps: {reward} can be given now</source>
        <translation>{stamps} از {goal} مهر: {reward} را می‌توان همین حالا داد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/stamps.py" line="114"/>
        <source>{stamps} of {goal} stamps: {missing} more for {reward}</source>
        <translation>{stamps} از {goal} مهر: {missing} مهر دیگر تا {reward}</translation>
    </message>
</context>
<context>
    <name>StampSettings</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="21"/>
        <source>Give a stamp for every visit (a stamp card)</source>
        <translation>برای هر مراجعه یک مهر بده (کارت مهر)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="29"/>
        <source>Points per amount stay on beside the stamps</source>
        <translation>امتیاز بر پایهٔ مبلغ در کنار مهر بماند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="36"/>
        <source>A purchase from the minimum on is a visit and earns one stamp. Give a reward a cost in stamps (Rewards tab) for &quot;the 10th coffee is free&quot;. A refund takes the visit&apos;s stamp back when nothing, or less than the minimum, is left of it.</source>
        <translation>هر خرید از حداقل به بالا یک مراجعه است و یک مهر می‌گیرد. برای «قهوهٔ دهم رایگان» بهای یک جایزه را به مهر تعیین کنید (زبانهٔ جایزه‌ها). با مرجوعی، اگر از خرید چیزی باقی نماند یا باقی‌مانده کمتر از حداقل باشد، مهر آن مراجعه پس گرفته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="45"/>
        <source>Minimum purchase for a stamp ({unit})</source>
        <translation>حداقل خرید برای مهر ({unit})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="47"/>
        <source>Stamps a member may earn a day</source>
        <translation>مهرهایی که هر عضو در روز می‌تواند بگیرد</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../loyaltydesk/bootstrap.py" line="618"/>
        <source>Setting up a demo club to try things out…</source>
        <translation>در حال ساختن یک باشگاه نمایشی برای آزمودن…</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="200"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="219"/>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="220"/>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="222"/>
        <source>Spent in the window</source>
        <translation>خرید در بازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="226"/>
        <source>Points earned in the window</source>
        <translation>امتیاز کسب‌شده در بازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="229"/>
        <source>Earning multiplier</source>
        <translation>ضریب امتیاز</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/tiles.py" line="56"/>
        <source>Previous period: {value}</source>
        <translation>بازهٔ قبل: {value}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/tiles.py" line="59"/>
        <source>Double-click or Enter lists the members</source>
        <translation>با دوبار کلیک یا Enter فهرست اعضا باز می‌شود</translation>
    </message>
</context>
<context>
    <name>TillBanner</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/till_banner.py" line="64"/>
        <source>Not a member (Esc)</source>
        <translation>عضو نیست (Esc)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/till_banner.py" line="122"/>
        <source>{amount} from the till — scan the card</source>
        <translation>خرید {amount} از برنامهٔ فروش — کارت را اسکن کنید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/till_banner.py" line="130"/>
        <source>Receipt {receipt}</source>
        <translation>رسید {receipt}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/till_banner.py" line="134"/>
        <source>{count} purchases from the till wait; this is the oldest.</source>
        <translation>{count} خرید از برنامهٔ فروش منتظر است؛ این قدیمی‌ترینِ آن‌هاست.</translation>
    </message>
</context>
<context>
    <name>TillWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="68"/>
        <source>The till&apos;s POS program can credit purchases, redeem rewards and look up members through LoyaltyDesk&apos;s API while this window is open, so nobody types an amount twice. Each POS program gets its own token.</source>
        <translation>تا این پنجره باز است، برنامهٔ فروشِ صندوق می‌تواند از راه رابط برنامه‌نویسی LoyaltyDesk خرید ثبت کند، جایزه بدهد و عضوها را پیدا کند، تا هیچ مبلغی دو بار تایپ نشود. هر برنامهٔ فروش توکن خودش را می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="74"/>
        <source>Let the POS program talk to this counter</source>
        <translation>برنامهٔ فروش بتواند با این صندوق کار کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="83"/>
        <source>Other computers on the shop&apos;s network may use it too</source>
        <translation>رایانه‌های دیگرِ شبکهٔ فروشگاه هم بتوانند از آن استفاده کنند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="88"/>
        <source>Only when the POS program runs on another computer. Anyone on the network who has a token can then credit points; leave it off otherwise.</source>
        <translation>فقط وقتی برنامهٔ فروش روی رایانهٔ دیگری است. در آن صورت هر کس در شبکه که توکن داشته باشد می‌تواند امتیاز ثبت کند؛ وگرنه خاموش بگذارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="108"/>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="115"/>
        <source>POS program</source>
        <translation>برنامهٔ فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="115"/>
        <source>Made</source>
        <translation>ساخته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="115"/>
        <source>Last used</source>
        <translation>آخرین استفاده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="115"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="123"/>
        <source>New token…</source>
        <translation>توکن تازه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="126"/>
        <source>Revoke</source>
        <translation>باطل کردن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="141"/>
        <source>Tokens are made and revoked at once; Cancel does not undo them.</source>
        <translation>توکن‌ها همان لحظه ساخته و باطل می‌شوند؛ «لغو» آن‌ها را برنمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="192"/>
        <source>Refused for a missing or wrong token since it started: {count} (the last at {when}, from {address}).
A POS program with a wrong token, or someone trying tokens: check the POS program&apos;s settings.</source>
        <translation>از وقتی روشن شده، {count} درخواست به خاطر نداشتن توکن یا توکن نادرست رد شده است (آخرینش {when}، از {address}).
یا برنامهٔ فروشی توکن نادرست دارد یا کسی توکن‌ها را امتحان می‌کند: تنظیمات برنامهٔ فروش را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="137"/>
        <source>Tokens of the POS programs</source>
        <translation>توکن‌های برنامه‌های فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="219"/>
        <source>Off: the POS program cannot reach LoyaltyDesk.</source>
        <translation>خاموش: برنامهٔ فروش به LoyaltyDesk دسترسی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="221"/>
        <source>Used once the settings are saved.</source>
        <translation>پس از ذخیرهٔ تنظیمات به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="228"/>
        <source>Listening at {address}; what it answers is described at {document}.</source>
        <translation>در نشانی {address} آماده است؛ شرح پاسخ‌هایش در {document} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="255"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="256"/>
        <source>in use</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="256"/>
        <source>revoked</source>
        <translation>باطل‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="280"/>
        <source>New token</source>
        <translation>توکن تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="282"/>
        <source>Name the POS program or till that will use it (its calls are recorded under this name):</source>
        <translation>نام برنامهٔ فروش یا صندوقی که از آن استفاده می‌کند (کارهایش با همین نام ثبت می‌شود):</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="303"/>
        <source>Revoke the token</source>
        <translation>باطل کردن توکن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="306"/>
        <source>{name} can no longer talk to LoyaltyDesk from now on, until it is given a new token. Revoke it?</source>
        <translation>{name} از این پس، تا توکن تازه‌ای نگیرد، نمی‌تواند با LoyaltyDesk کار کند. باطل شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="320"/>
        <source>{name} is revoked.</source>
        <translation>توکن {name} باطل شد.</translation>
    </message>
</context>
<context>
    <name>TokenShownOnce</name>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="331"/>
        <source>New token</source>
        <translation>توکن تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="341"/>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="347"/>
        <source>The token for {name}. Put it in the POS program&apos;s settings now: it is shown only this once. Lost, it is revoked and a new one made.</source>
        <translation>توکن {name}. همین حالا آن را در تنظیمات برنامهٔ فروش بگذارید: فقط همین یک بار نشان داده می‌شود. اگر گم شد، باطلش کنید و توکن تازه‌ای بسازید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/till.py" line="366"/>
        <source>Copied</source>
        <translation>کپی شد</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="45"/>
        <source>Mon</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="46"/>
        <source>Tue</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="47"/>
        <source>Wed</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="48"/>
        <source>Thu</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="49"/>
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="50"/>
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="51"/>
        <source>Sun</source>
        <translation>یکشنبه</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="143"/>
        <source>Set up your own shop in a few steps: language, name, money, the earning rule and first rewards, your owner&apos;s PIN, the receipt printer and backups. Each step can be skipped and changed later in Settings.</source>
        <translation>فروشگاه خودتان را در چند گام راه‌اندازی کنید: زبان، نام، پول، قانون امتیاز و نخستین جایزه‌ها، رمز مالک، چاپگر رسید و پشتیبان‌گیری. از هر گام می‌توانید بگذرید و بعداً در تنظیمات تغییرش دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="148"/>
        <source>Look around a demo club</source>
        <translation>گشتی در باشگاه نمونه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="152"/>
        <source>A made-up café with a year of members and sales, to try everything first.</source>
        <translation>یک کافه‌ی خیالی با یک سال عضو و فروش، تا اول همه‌چیز را امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="158"/>
        <source>This counter joins a shared club…</source>
        <translation>این صندوق به باشگاه مشترک می‌پیوندد…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="168"/>
        <source>Another counter already runs the club on a PostgreSQL server: connect this one to it.</source>
        <translation>صندوق دیگری باشگاه را روی یک سرور PostgreSQL می‌گرداند: این صندوق را هم به آن وصل کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/setup/pages.py" line="176"/>
        <source>Welcome to LoyaltyDesk</source>
        <translation>به LoyaltyDesk خوش آمدید</translation>
    </message>
</context>
<context>
    <name>_MemberBox</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="52"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="53"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="54"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="55"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="56"/>
        <source>Stamps</source>
        <translation>مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="57"/>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="58"/>
        <source>Member since</source>
        <translation>عضو از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="76"/>
        <source>Merge into this member</source>
        <translation>ادغام در این عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/duplicates_dialog.py" line="91"/>
        <source>Merge into {name}</source>
        <translation>ادغام در {name}</translation>
    </message>
</context>
</TS>
