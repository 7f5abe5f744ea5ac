<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="299"/>
        <source>Backup written to {path}</source>
        <translation>پشتیبان در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="307"/>
        <source>Restored from {path}. The data as it was before is kept in {safety}</source>
        <translation>داده‌ها از {path} بازگردانده شد. داده‌های پیش از آن در {safety} نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="333"/>
        <source>A demo club was created in {path} ({members} members).</source>
        <translation>یک باشگاه نمایشی در {path} ساخته شد ({members} عضو).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="342"/>
        <source>Club database: {db}</source>
        <translation>پایگاه دادهٔ باشگاه: {db}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="375"/>
        <source>Demo club built: {members} members, {purchases} purchases, {redemptions} redemptions, {refunds} refunds.</source>
        <translation>باشگاه نمایشی ساخته شد: {members} عضو، {purchases} خرید، {redemptions} جایزهٔ دریافت‌شده، {refunds} مرجوعی.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="403"/>
        <source>Interrupted; nothing half-done was saved.</source>
        <translation>متوقف شد؛ هیچ کار نیمه‌کاره‌ای ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="409"/>
        <source>Something unexpected went wrong; nothing half-done was saved. The details are in {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد؛ هیچ کار نیمه‌کاره‌ای ذخیره نشد. جزئیات در {log} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="79"/>
        <source>Every reward is within reach.</source>
        <translation>همهٔ جایزه‌ها در دسترس است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="80"/>
        <source>{missing} more points to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="88"/>
        <source>{name} — card {card}</source>
        <translation>{name} — کارت {card}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="91"/>
        <source>Mobile: {phone}</source>
        <translation>موبایل: {phone}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="92"/>
        <source>Balance: {balance} points</source>
        <translation>موجودی: {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="93"/>
        <source>Member since: {date}</source>
        <translation>عضو از: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="94"/>
        <source>Last visit: {date}</source>
        <translation>آخرین مراجعه: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="98"/>
        <source>Birthday: {date}</source>
        <translation>تولد: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="104"/>
        <source>Owes {points} points from a refund; no reward until paid back.</source>
        <translation>به‌خاطر مرجوعی {points} امتیاز بدهکار است؛ تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="112"/>
        <source>No member matches.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="120"/>
        <source>Registered {name}: card {card}.</source>
        <translation>{name} عضو شد: کارت {card}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="125"/>
        <source>Card {old} is replaced by card {new}; the balance stays.</source>
        <translation>کارت {new} جای کارت {old} را گرفت؛ موجودی دست نخورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="130"/>
        <source>{points} points for {name} ({amount}). Balance: {balance}.</source>
        <translation>{points} امتیاز برای {name} ({amount}). موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="141"/>
        <location filename="../../loyaltydesk/cli/text.py" line="157"/>
        <source>(Already done earlier with this operation id; nothing changed.)</source>
        <translation>(این کار پیش‌تر با همین شناسهٔ عملیات انجام شده بود؛ چیزی تغییر نکرد.)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="147"/>
        <source>{reward} for {name}: {points} points. Balance: {balance}.</source>
        <translation>{reward} برای {name}: {points} امتیاز. موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="153"/>
        <source>Redemption entry {entry}.</source>
        <translation>ردیف دریافت جایزه: {entry}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="163"/>
        <source>Refund {refund} of {purchase} for {name}: {points} points back, balance {before} → {after}.</source>
        <translation>مرجوعی {refund} از خرید {purchase} برای {name}: {points} امتیاز پس گرفته می‌شود، موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="178"/>
        <source>The points were already spent: the member will owe {points}.</source>
        <translation>این امتیازها خرج شده‌اند: عضو {points} امتیاز بدهکار می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="185"/>
        <location filename="../../loyaltydesk/cli/text.py" line="202"/>
        <source>Done. {details}</source>
        <translation>انجام شد. {details}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="190"/>
        <source>Void redemption {entry} ({reward}): {points} points back, balance {before} → {after}.</source>
        <translation>لغو دریافت جایزهٔ {entry} ({reward}): {points} امتیاز برمی‌گردد، موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="205"/>
        <source>{kind} {points} points for {name}. Balance: {balance}.</source>
        <translation>{kind}: {points} امتیاز برای {name}. موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="215"/>
        <source>No points have moved yet.</source>
        <translation>هنوز امتیازی جابه‌جا نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="222"/>
        <source>(entered {date})</source>
        <translation>(ثبت‌شده در {date})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="233"/>
        <source>{members} members and {entries} ledger entries checked.</source>
        <translation>{members} عضو و {entries} ردیف دفتر امتیاز بررسی شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="237"/>
        <source>Every balance matches its ledger.</source>
        <translation>موجودی همهٔ اعضا با دفتر امتیاز می‌خواند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="240"/>
        <source>{count} balances differ from their ledger:</source>
        <translation>موجودی {count} عضو با دفتر امتیاز نمی‌خواند:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="246"/>
        <source>member {member} (card {card}): shown {cached}, ledger {ledger}</source>
        <translation>عضو {member} (کارت {card}): ثبت‌شده {cached}، طبق دفتر {ledger}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="259"/>
        <source>{points} points for every {amount} spent.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="265"/>
        <source>Minimum purchase: {amount}.</source>
        <translation>حداقل خرید: {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="270"/>
        <source>No rewards yet.</source>
        <translation>هنوز جایزه‌ای تعریف نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="272"/>
        <source>(inactive)</source>
        <translation>(غیرفعال)</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="66"/>
        <source>earned</source>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="67"/>
        <source>redeemed</source>
        <translation>دریافت جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="68"/>
        <source>refund</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="69"/>
        <source>redemption voided</source>
        <translation>لغو جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="70"/>
        <source>expired</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="71"/>
        <source>adjustment</source>
        <translation>اصلاح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="72"/>
        <source>bonus</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="73"/>
        <source>opening balance</source>
        <translation>موجودی اولیه</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="26"/>
        <source>This adjustment would leave the balance below zero (balance {balance}, change {points}).</source>
        <translation>با این اصلاح موجودی منفی می‌شود (موجودی {balance}، تغییر {points}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="30"/>
        <source>Write the reason for this adjustment.</source>
        <translation>دلیل این اصلاح را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="33"/>
        <source>An adjustment can be at most {limit} points.</source>
        <translation>هر اصلاح حداکثر {limit} امتیاز می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="36"/>
        <source>An adjustment of zero points changes nothing.</source>
        <translation>اصلاح صفر امتیازی چیزی را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="37"/>
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="38"/>
        <source>{amount} is more than any purchase can be (at most {limit}).</source>
        <translation>{amount} بیش از اندازهٔ یک خرید است (حداکثر {limit}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="41"/>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} از قبل وجود دارد؛ برای پشتیبان نام تازه‌ای انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="44"/>
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>پشتیبان در {path} نوشته نشد: {detail}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="47"/>
        <source>The folder {path} does not exist.</source>
        <translation>پوشهٔ {path} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="48"/>
        <source>The birthday cannot be in the future.</source>
        <translation>تاریخ تولد نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="49"/>
        <source>That birthday is more than 120 years ago.</source>
        <translation>این تاریخ تولد بیش از ۱۲۰ سال پیش است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="50"/>
        <source>{card} is not a valid card number: a digit is wrong or two are swapped.</source>
        <translation>{card} شمارهٔ کارت معتبری نیست: یک رقم اشتباه است یا دو رقم جابه‌جا شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="53"/>
        <source>No free card number could be found; please try again.</source>
        <translation>شمارهٔ کارت آزادی پیدا نشد؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="56"/>
        <source>Card {card} was replaced by card {new_card} and no longer works.</source>
        <translation>کارت {card} با کارت {new_card} جایگزین شده و دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="59"/>
        <source>No member has card {card}.</source>
        <translation>کارت {card} به هیچ عضوی تعلق ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="60"/>
        <source>That date is before the member joined the club.</source>
        <translation>این تاریخ پیش از عضویت این شخص است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="63"/>
        <source>The database {path} cannot be opened.</source>
        <translation>پایگاه دادهٔ {path} باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="64"/>
        <source>{path} is not a LoyaltyDesk database; nothing was changed in it.</source>
        <translation>{path} پایگاه دادهٔ LoyaltyDesk نیست؛ چیزی در آن تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="67"/>
        <source>{path} was written by a newer LoyaltyDesk; update this program before using it.</source>
        <translation>{path} با نسخهٔ تازه‌تری از LoyaltyDesk نوشته شده؛ پیش از استفاده این برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="71"/>
        <source>The database server cannot be reached: {detail}</source>
        <translation>به سرور پایگاه داده دسترسی نیست: {detail}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="74"/>
        <source>That date and time is in the future.</source>
        <translation>این تاریخ و ساعت در آینده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="75"/>
        <source>{value} is not a date; write it as 1403/05/21 or 2024-08-11 (and HH:MM).</source>
        <translation>{value} تاریخ نیست؛ آن را به شکل ۱۴۰۳/۰۵/۲۱ یا 2024-08-11 (و ساعت:دقیقه) بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="78"/>
        <source>The time has no time zone.</source>
        <translation>برای این زمان منطقهٔ زمانی مشخص نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="79"/>
        <source>There is no such day as {value}.</source>
        <translation>روزی به نام {value} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="80"/>
        <source>There is no such time as {value}.</source>
        <translation>ساعتی به شکل {value} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="81"/>
        <source>There is no ledger entry {entry_id}.</source>
        <translation>ردیف {entry_id} در دفتر امتیاز وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="82"/>
        <source>There is no member number {member_id}.</source>
        <translation>عضوی با شمارهٔ {member_id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="83"/>
        <source>Scan a card or type a phone number.</source>
        <translation>کارت را اسکن کنید یا شمارهٔ تلفن را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="84"/>
        <source>{value} is neither a card number nor a mobile number.</source>
        <translation>{value} نه شمارهٔ کارت است نه شمارهٔ موبایل.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="87"/>
        <source>The name contains invisible characters.</source>
        <translation>نام نویسه‌های نامرئی دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="90"/>
        <source>Write the member&apos;s name.</source>
        <translation>نام عضو را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="91"/>
        <source>A name needs letters; {name} has none.</source>
        <translation>نام باید حرف داشته باشد؛ {name} حرفی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="92"/>
        <source>A name can be at most {limit} characters.</source>
        <translation>نام حداکثر {limit} نویسه می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="93"/>
        <source>{value} is not a valid national code: its check digit does not match.</source>
        <translation>{value} کد ملی معتبری نیست: رقم کنترل آن نمی‌خواند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="96"/>
        <source>A national code has ten digits; {value} does not.</source>
        <translation>کد ملی ده رقم دارد؛ {value} ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="99"/>
        <source>This national code already belongs to {member}.</source>
        <translation>این کد ملی از قبل متعلق به {member} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="102"/>
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="103"/>
        <source>{value} is not a whole number.</source>
        <translation>{value} عدد صحیح نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="104"/>
        <source>This member already has an opening balance; use an adjustment instead.</source>
        <translation>این عضو از قبل موجودی اولیه دارد؛ به جای آن از اصلاح استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="107"/>
        <source>An opening balance must be more than zero.</source>
        <translation>موجودی اولیه باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="110"/>
        <source>The operation id is empty.</source>
        <translation>شناسهٔ عملیات خالی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="111"/>
        <source>An operation id is at most {limit} printable characters.</source>
        <translation>شناسهٔ عملیات حداکثر {limit} نویسهٔ چاپی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="114"/>
        <source>Operation id {operation_id} was already used for a different action; nothing was done.</source>
        <translation>شناسهٔ عملیات {operation_id} پیش‌تر برای کار دیگری به کار رفته؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="118"/>
        <source>Write the mobile number.</source>
        <translation>شمارهٔ موبایل را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="119"/>
        <source>A mobile number has only digits; {phone} has others.</source>
        <translation>شمارهٔ موبایل فقط رقم دارد؛ {phone} نویسه‌های دیگری هم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="122"/>
        <source>{phone} is not an Iranian mobile number.</source>
        <translation>{phone} شمارهٔ موبایل ایران نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="123"/>
        <source>{phone} is not a mobile number: mobile numbers start with 09.</source>
        <translation>{phone} شمارهٔ موبایل نیست: شماره‌های موبایل با ۰۹ شروع می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="126"/>
        <source>This mobile number already belongs to {member}.</source>
        <translation>این شمارهٔ موبایل از قبل متعلق به {member} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="129"/>
        <source>No member has the mobile number {phone}.</source>
        <translation>هیچ عضوی شمارهٔ موبایل {phone} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="130"/>
        <source>{phone} has {digits} digits after 0; a mobile number has 10 (09xx xxx xxxx).</source>
        <translation>{phone} بعد از صفر {digits} رقم دارد؛ شمارهٔ موبایل ۱۰ رقم دارد (۰۹xx xxx xxxx).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="133"/>
        <source>Receipt {receipt} was already credited to {member}.</source>
        <translation>امتیاز رسید {receipt} پیش‌تر به {member} داده شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="136"/>
        <source>A receipt number is at most {limit} characters.</source>
        <translation>شمارهٔ رسید حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="139"/>
        <source>No purchase was credited with receipt {receipt}.</source>
        <translation>هیچ خریدی با رسید {receipt} ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="142"/>
        <source>The member owes {debt} points from a refund; no reward until it is paid back.</source>
        <translation>این عضو به‌خاطر مرجوعی {debt} امتیاز بدهکار است؛ تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="145"/>
        <source>{reward} needs {cost} points; the member has {balance}, {missing} short.</source>
        <translation>{reward} به {cost} امتیاز نیاز دارد؛ عضو {balance} امتیاز دارد و {missing} امتیاز کم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="148"/>
        <source>This purchase was already refunded in full.</source>
        <translation>این خرید پیش‌تر به‌طور کامل مرجوع شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="151"/>
        <source>Only {remaining} of this purchase is left to refund, not {amount}.</source>
        <translation>از این خرید فقط {remaining} برای مرجوعی مانده است، نه {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="154"/>
        <source>Entry {entry_id} is not a purchase, so it cannot be refunded.</source>
        <translation>ردیف {entry_id} خرید نیست، پس مرجوع نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="157"/>
        <source>Name the purchase to refund by its receipt or by its ledger entry (one of the two).</source>
        <translation>خرید مرجوعی را با رسید یا با ردیف دفتر امتیاز آن مشخص کنید (یکی از این دو).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="161"/>
        <source>There is no backup file at {path}.</source>
        <translation>در {path} فایل پشتیبانی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="162"/>
        <source>A reward costs between 1 and {limit} points.</source>
        <translation>بهای هر جایزه بین ۱ و {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="165"/>
        <source>Name the reward.</source>
        <translation>نام جایزه را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="166"/>
        <source>There is already a reward called {reward}.</source>
        <translation>جایزه‌ای به نام {reward} از قبل هست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="167"/>
        <source>There is no reward called {reward}.</source>
        <translation>جایزه‌ای به نام {reward} نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="168"/>
        <source>The minimum purchase cannot be negative.</source>
        <translation>حداقل خرید نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="169"/>
        <source>Points per step must be more than zero.</source>
        <translation>امتیاز هر پله باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="170"/>
        <source>The amount per step must be more than zero.</source>
        <translation>مبلغ هر پله باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="171"/>
        <source>The club has no earning rule.</source>
        <translation>باشگاه قاعدهٔ امتیازدهی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="172"/>
        <source>The database is busy with another counter; please try again.</source>
        <translation>پایگاه داده سرگرم صندوق دیگری است؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="175"/>
        <source>Another counter changed this member at the same moment; please try again.</source>
        <translation>صندوق دیگری همزمان این عضو را تغییر داد؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="178"/>
        <source>The disk is full; nothing was saved. Free some space.</source>
        <translation>دیسک پر است؛ چیزی ذخیره نشد. کمی جا باز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="181"/>
        <source>The database cannot be written (it is read-only); nothing was saved.</source>
        <translation>در پایگاه داده نمی‌شود نوشت (فقط‌خواندنی است)؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="184"/>
        <source>Redemption {entry_id} was already voided.</source>
        <translation>دریافت جایزهٔ {entry_id} پیش‌تر لغو شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="187"/>
        <source>Entry {entry_id} is not a redemption, so it cannot be voided.</source>
        <translation>ردیف {entry_id} دریافت جایزه نیست، پس لغو نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="192"/>
        <source>The request could not be completed ({code}).</source>
        <translation>درخواست انجام نشد ({code}).</translation>
    </message>
</context>
</TS>
