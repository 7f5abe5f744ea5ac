<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>BirthdayField</name>
    <message>
        <location filename="../../loyaltydesk/ui/widgets/birthday_field.py" line="19" />
        <source>Known</source>
        <translation>معلوم است</translation>
    </message>
</context>
<context>
    <name>Calculation</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="48" />
        <source>{points} per {amount}</source>
        <translation>{points} امتیاز برای هر {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="57" />
        <source>{name} {points}</source>
        <translation>{name} {points}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="63" />
        <source>first purchase {points}</source>
        <translation>نخستین خرید {points}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="69" />
        <source>birthday week {points}</source>
        <translation>هفتهٔ تولد {points}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="75" />
        <source>daily limit {points}</source>
        <translation>سقف روزانه {points}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="80" />
        <source>below the minimum purchase</source>
        <translation>کمتر از حداقل خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="83" />
        <source>{points} point: {how}</source>
        <translation>{points} امتیاز: {how}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="85" />
        <source>{points} points: {how}</source>
        <translation>{points} امتیاز: {how}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="96" />
        <source>{count} stamp</source>
        <translation>{count} مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="99" />
        <source>{count} stamps</source>
        <translation>{count} مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="115" />
        <source>{stamps}: visit of {amount}</source>
        <translation>{stamps}: خرید {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="119" />
        <source>no stamp: stamp limit for today reached</source>
        <translation>بدون مهر: سقف مهر امروز پر شده است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="121" />
        <source>no stamp: below the minimum purchase for a stamp</source>
        <translation>بدون مهر: کمتر از حداقل خرید برای مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="132" />
        <source>{stamps} taken back: the visit was refunded</source>
        <translation>{stamps} پس گرفته شد: خرید مرجوع شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="136" />
        <source>{stamps} spent</source>
        <translation>{stamps} خرج شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="140" />
        <source>{stamps} given back</source>
        <translation>{stamps} برگردانده شد</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="223" />
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="224" />
        <source>Win-back</source>
        <translation>بازگرداندن مشتری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="225" />
        <source>First-purchase anniversary</source>
        <translation>سالگرد اولین خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="228" />
        <source>Second visit</source>
        <translation>مراجعه‌ی دوم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="229" />
        <source>Referral</source>
        <translation>معرفی دوستان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="230" />
        <source>Thank-you</source>
        <translation>تشکر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="254" />
        <source>{campaign}: brought {member}</source>
        <translation>{campaign}: {member} را معرفی کرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="237" />
        <source>running</source>
        <translation>در حال اجرا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="238" />
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="239" />
        <source>cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="240" />
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="95" />
        <source>On</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="96" />
        <source>Runs by itself every day</source>
        <translation>هر روز خودکار اجرا شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="104" />
        <source>A message only</source>
        <translation>فقط پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="105" />
        <source>Bonus points</source>
        <translation>امتیاز هدیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="106" />
        <source>Coupon: percent off</source>
        <translation>کوپن: درصد تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="107" />
        <source>Coupon: amount off</source>
        <translation>کوپن: مبلغ تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="108" />
        <source>Coupon: a reward from the catalogue</source>
        <translation>کوپن: جایزه‌ای از فهرست جایزه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="119" />
        <source>no ceiling</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="126" />
        <source>The shop language’s calendar</source>
        <translation>تقویم زبان فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="127" />
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="128" />
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="146" />
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="155" />
        <source>Days (N)</source>
        <translation>روزها (N)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="161" />
        <source>Reward</source>
        <translation>پاداش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="163" />
        <source>At most</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="165" />
        <source>Valid days</source>
        <translation>روزهای اعتبار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="168" />
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="170" />
        <source>Message (Persian)</source>
        <translation>پیام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="171" />
        <source>Message (English)</source>
        <translation>پیام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="180" />
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="183" />
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="435" />
        <source>Run now</source>
        <translation>اجرا کن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="186" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="197" />
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="197" />
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="197" />
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="222" />
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="223" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="224" />
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="225" />
        <source>Rewarded</source>
        <translation>پاداش‌گرفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="226" />
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="227" />
        <source>Points</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="228" />
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="229" />
        <source>Used</source>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="242" />
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="243" />
        <source>Preview and run</source>
        <translation>پیش‌نمایش و اجرا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="244" />
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="324" />
        <source>A birthday within the next N days, today included.</source>
        <translation>تولدی در N روز آینده، با احتساب امروز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="326" />
        <source>Away longer than their usual gap × the reports’ factor; one-visit members: longer than N days.</source>
        <translation>غیبتی طولانی‌تر از فاصله‌ی معمول مراجعه × ضریب گزارش‌ها؛ برای اعضای یک‌بارمراجعه: بیش از N روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="330" />
        <source>The first purchase’s anniversary within the next N days.</source>
        <translation>سالگرد اولین خرید در N روز آینده.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="332" />
        <source>No second visit N days after the first.</source>
        <translation>تا N روز پس از اولین مراجعه، مراجعه‌ی دومی نبوده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="334" />
        <source>The return window: the friend’s first purchase kept N days, not refunded.</source>
        <translation>مهلت مرجوعی: اولین خرید دوستِ معرفی‌شده N روز گذشته و مرجوع نشده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="336" />
        <source>A first purchase within the last N days.</source>
        <translation>اولین خرید در N روز گذشته.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="393" />
        <source>Campaigns</source>
        <translation>کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="395" />
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="423" />
        <source>Reward {count} member now?</source>
        <translation>همین حالا به {count} عضو پاداش داده شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="425" />
        <source>Reward {count} members now?</source>
        <translation>همین حالا به {count} عضو پاداش داده شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="429" />
        <source>{campaign} is switched off.</source>
        <translation>کارزار {campaign} خاموش است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="493" />
        <source>The campaign could not run; what was done so far is kept.</source>
        <translation>کارزار اجرا نشد؛ آنچه تا این لحظه انجام شده محفوظ است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="501" />
        <source>about {cost}</source>
        <translation>حدود {cost}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="503" />
        <source>{count} member qualifies today. Cost at most: {cost} and {points} points.</source>
        <translation>امروز {count} عضو واجد شرایط است. حداکثر هزینه: {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="505" />
        <source>{count} members qualify today. Cost at most: {cost} and {points} points.</source>
        <translation>امروز {count} عضو واجد شرایط‌اند. حداکثر هزینه: {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="508" />
        <source>{messages} message will be queued.</source>
        <translation>{messages} پیام در صف گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="510" />
        <source>{messages} messages will be queued.</source>
        <translation>{messages} پیام در صف گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="519" />
        <source>away {days} days</source>
        <translation>{days} روز غیبت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="521" />
        <source>usually every {gap} days</source>
        <translation>معمولاً هر {gap} روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="525" />
        <source>brought {name}</source>
        <translation>{name} را معرفی کرده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="535" />
        <source>[{parts} SMS] {text}</source>
        <translation>[{parts} پیامک] {text}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="547" />
        <source>{coupons} coupon</source>
        <translation>{coupons} کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="547" />
        <source>{coupons} coupons</source>
        <translation>{coupons} کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="550" />
        <source>{messages} message</source>
        <translation>{messages} پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="552" />
        <source>{messages} messages</source>
        <translation>{messages} پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/campaigns/view.py" line="555" />
        <source>{status}: {rewarded} rewarded, {coupons}, {messages}.</source>
        <translation>{status}: {rewarded} نفر پاداش گرفتند، {coupons}، {messages}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="267" />
        <source>Done, but the result could not be written out ({detail}).</source>
        <translation>انجام شد، ولی نتیجه را نشد نوشت ({detail}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="436" />
        <source>{points} points expired for {members} members.</source>
        <translation>{points} امتیاز از {members} عضو منقضی شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="451" />
        <source>Backup written to {path}</source>
        <translation>پشتیبان در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="498" />
        <source>Report written to {path}</source>
        <translation>گزارش در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="526" />
        <source>Restored from {path}. The data as it was before is kept in {safety}</source>
        <translation>داده‌ها از {path} بازگردانده شد. داده‌های پیش از آن در {safety} نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="629" />
        <source>Demo club built: {members} members, {purchases} purchases, {redemptions} redemptions, {refunds} refunds.</source>
        <translation>باشگاه نمایشی ساخته شد: {members} عضو، {purchases} خرید، {redemptions} جایزهٔ دریافت‌شده، {refunds} مرجوعی.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="650" />
        <source>Running the command again with --op-id {op_id} does it at most once.</source>
        <translation>اجرای دوبارهٔ فرمان با ⁦--op-id {op_id}⁩ آن را حداکثر یک بار انجام می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="682" />
        <source>Interrupted; nothing half-done was saved.</source>
        <translation>متوقف شد؛ هیچ کار نیمه‌کاره‌ای ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="684" />
        <source>Interrupted; the change may already be saved. Running the command again with --op-id {op_id} does it at most once.</source>
        <translation>متوقف شد؛ شاید تغییر ذخیره شده باشد. اجرای دوبارهٔ فرمان با ⁦--op-id {op_id}⁩ آن را حداکثر یک بار انجام می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="689" />
        <source>Interrupted; the change may already be saved, so look before doing it again.</source>
        <translation>متوقف شد؛ شاید تغییر ذخیره شده باشد، پس پیش از انجام دوباره‌اش نگاهی بیندازید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="696" />
        <source>Something unexpected went wrong; nothing half-done was saved. The details are in {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد؛ هیچ کار نیمه‌کاره‌ای ذخیره نشد. جزئیات در {log} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="702" />
        <source>Something unexpected went wrong; the change may already be saved. Running the command again with --op-id {op_id} does it at most once. The details are in {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد؛ شاید تغییر ذخیره شده باشد. اجرای دوبارهٔ فرمان با ⁦--op-id {op_id}⁩ آن را حداکثر یک بار انجام می‌دهد. جزئیات در {log} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/main.py" line="707" />
        <source>Something unexpected went wrong; the change may already be saved, so look before doing it again. The details are in {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد؛ شاید تغییر ذخیره شده باشد، پس پیش از انجام دوباره‌اش نگاهی بیندازید. جزئیات در {log} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="77" />
        <source>Every reward is within reach.</source>
        <translation>همهٔ جایزه‌ها در دسترس است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="79" />
        <source>{missing} more point to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="81" />
        <source>{missing} more points to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="112" />
        <source>{name} — card {card}</source>
        <translation>{name} — کارت {card}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="115" />
        <source>Mobile: {phone}</source>
        <translation>موبایل: {phone}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="117" />
        <source>Balance: {balance} point</source>
        <translation>موجودی: {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="119" />
        <source>Balance: {balance} points</source>
        <translation>موجودی: {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="121" />
        <source>Member since: {date}</source>
        <translation>عضو از: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="122" />
        <source>Last visit: {date}</source>
        <translation>آخرین مراجعه: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="126" />
        <source>Stamp card: {stamps}</source>
        <translation>کارت مهر: {stamps}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="131" />
        <source>Birthday: {date}</source>
        <translation>تولد: {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="138" />
        <source>Owes {points} points from a refund; no reward until paid back.</source>
        <translation>به‌خاطر مرجوعی {points} امتیاز بدهکار است؛ تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="146" />
        <source>No member matches.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="155" />
        <source>Registered {name}: card {card}.</source>
        <translation>{name} عضو شد: کارت {card}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="163" />
        <source>Card {old} is replaced by card {new}; the balance stays.</source>
        <translation>کارت {new} جای کارت {old} را گرفت؛ موجودی دست نخورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="182" />
        <source>{points} point for {name} ({amount}). Balance: {balance}.</source>
        <translation>{points} امتیاز برای {name} ({amount}). موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="184" />
        <source>{points} points for {name} ({amount}). Balance: {balance}.</source>
        <translation>{points} امتیاز برای {name} ({amount}). موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="219" />
        <source>{stamp}. Stamp card: {stamps}.</source>
        <translation>{stamp}. کارت مهر: {stamps}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="82" />
        <location filename="../../loyaltydesk/cli/text.py" line="177" />
        <location filename="../../loyaltydesk/cli/text.py" line="228" />
        <location filename="../../loyaltydesk/cli/text.py" line="255" />
        <source>(Already done earlier with this operation id; nothing changed.)</source>
        <translation>(این کار پیش‌تر با همین شناسهٔ عملیات انجام شده بود؛ چیزی تغییر نکرد.)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="92" />
        <source>for {name}</source>
        <translation>برای {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="94" />
        <source>open, one use</source>
        <translation>آزاد، یک‌بار مصرف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="96" />
        <source>open, {left} of {uses} uses left</source>
        <translation>آزاد، {left} بار از {uses} بار مانده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="99" />
        <source>{code}  {terms}; {who}; {first} to {last}; {state}</source>
        <translation>{code}  {terms}؛ {who}؛ {first} تا {last}؛ {state}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="133" />
        <source>E-mail: {address}</source>
        <translation>ایمیل: {address}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="135" />
        <source>No messages: asked not to be messaged.</source>
        <translation>بدون پیام: خواسته است برایش پیامی فرستاده نشود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="195" />
        <source>Coupon {coupon} gives {reward}; {paid} paid.</source>
        <translation>کوپن {coupon} {reward} می‌دهد؛ {paid} پرداخت شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="203" />
        <source>Coupon {coupon} ({terms}): {discount} off {gross}; {paid} paid.</source>
        <translation>کوپن {coupon} ({terms}): {discount} تخفیف از {gross}؛ {paid} پرداخت شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="234" />
        <source>{reward} for {name}: {stamps}. Stamp card: {balance}.</source>
        <translation>{reward} برای {name}: {stamps}. کارت مهر: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="241" />
        <source>{reward} for {name}: {points} points. Balance: {balance}.</source>
        <translation>{reward} برای {name}: {points} امتیاز. موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="251" />
        <source>Redemption entry {entry}.</source>
        <translation>ردیف دریافت جایزه: {entry}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="261" />
        <source>Refund {refund} of {purchase} for {name}: {points} points back, balance {before} → {after}.</source>
        <translation>مرجوعی {refund} از خرید {purchase} برای {name}: {points} امتیاز پس گرفته می‌شود، موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="276" />
        <source>{points} of this purchase's points had already expired; they are not taken back again.</source>
        <translation>{points} امتیاز از امتیازهای این خرید پیش‌تر منقضی شده بود؛ این امتیازها دوباره پس گرفته نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="284" />
        <source>The points were already spent: the member will owe {points}.</source>
        <translation>این امتیازها خرج شده‌اند: عضو {points} امتیاز بدهکار می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="290" />
        <source>The visit's stamp is taken back: stamp card {before} → {after}.</source>
        <translation>مهر این خرید پس گرفته می‌شود: کارت مهر {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="297" />
        <source>The coupon {coupon} is given back: it can be used again.</source>
        <translation>کوپن {coupon} پس داده می‌شود: دوباره می‌شود از آن استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="299" />
        <source>The coupon {coupon} stays used.</source>
        <translation>کوپن {coupon} مصرف‌شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="305" />
        <location filename="../../loyaltydesk/cli/text.py" line="331" />
        <source>Done. {details}</source>
        <translation>انجام شد. {details}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="312" />
        <source>Void redemption {entry} ({reward}): {points} points back, balance {before} → {after}.</source>
        <translation>لغو دریافت جایزهٔ {entry} ({reward}): {points} امتیاز برمی‌گردد، موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="324" />
        <source>{stamps} back on the stamp card: {before} → {after}.</source>
        <translation>{stamps} به کارت مهر برگشت: {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="334" />
        <source>{kind} {points} points for {name}. Balance: {balance}.</source>
        <translation>{kind}: {points} امتیاز برای {name}. موجودی: {balance}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="345" />
        <source>No points have moved yet.</source>
        <translation>هنوز امتیازی جابه‌جا نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="357" />
        <source>(with coupon {coupon})</source>
        <translation>(با کوپن {coupon})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="365" />
        <source>[stamp card: {stamps}]</source>
        <translation>[کارت مهر: {stamps}]</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="370" />
        <source>(entered {date})</source>
        <translation>(ثبت‌شده در {date})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="381" />
        <source>{members} members and {entries} ledger entries checked.</source>
        <translation>{members} عضو و {entries} ردیف دفتر امتیاز بررسی شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="385" />
        <source>Every balance matches its ledger.</source>
        <translation>موجودی همهٔ اعضا با دفتر امتیاز می‌خواند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="388" />
        <source>{count} balances differ from their ledger:</source>
        <translation>موجودی {count} عضو با دفتر امتیاز نمی‌خواند:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="394" />
        <source>member {member} (card {card}): shown {cached}, ledger {ledger}</source>
        <translation>عضو {member} (کارت {card}): ثبت‌شده {cached}، طبق دفتر {ledger}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="405" />
        <source>member {member} (card {card}): stamps shown {cached}, ledger {ledger}</source>
        <translation>عضو {member} (کارت {card}): مهر نمایش‌داده‌شده {cached}، دفتر {ledger}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="416" />
        <source>coupon {coupon}: counted {uses} uses, {recorded} recorded</source>
        <translation>کوپن {coupon}: {uses} بار استفاده شمرده شده، {recorded} بار ثبت شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="426" />
        <source>Stamp card: one stamp a visit from {amount}, at most {count} a day.</source>
        <translation>کارت مهر: برای هر خرید از {amount} یک مهر، حداکثر {count} مهر در روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="433" />
        <source>Stamps instead of points: purchases earn no points.</source>
        <translation>مهر به‌جای امتیاز: خریدها امتیازی نمی‌گیرند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="441" />
        <source>{points} point for every {amount} spent.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="457" />
        <source>Rule version {version}, in force since {date}.</source>
        <translation>نسخهٔ {version} قوانین، از {date}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="443" />
        <source>{points} points for every {amount} spent.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="68" />
        <source>Enough stamps for {reward}.</source>
        <translation>مهرها برای {reward} کافی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="71" />
        <source>{missing} more to {reward}.</source>
        <translation>{missing} دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="449" />
        <source>Minimum purchase: {amount}.</source>
        <translation>حداقل خرید: {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="464" />
        <source>At most {points} points a day.</source>
        <translation>حداکثر {points} امتیاز در روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="469" />
        <source>First purchase: {points} extra points.</source>
        <translation>نخستین خرید: {points} امتیاز اضافه.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="470" />
        <source>Birthday week: {points} extra points.</source>
        <translation>هفتهٔ تولد: {points} امتیاز اضافه.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="476" />
        <source>Promotion: {name}</source>
        <translation>طرح تشویقی: {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="486" />
        <source>Tier: {name} from {threshold}, {multiplier}</source>
        <translation>سطح {name} از {threshold}، {multiplier}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="496" />
        <source>Points expire {months} months after they are earned.</source>
        <translation>امتیازها {months} ماه پس از کسب منقضی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="501" />
        <source>Outstanding: {points} points ({money}).</source>
        <translation>امتیازهای مانده: {points} ({money}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="511" />
        <source>No rewards yet.</source>
        <translation>هنوز جایزه‌ای تعریف نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/text.py" line="513" />
        <source>(inactive)</source>
        <translation>(غیرفعال)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/printing.py" line="170" />
        <source>{pages} page(s) written to {path}</source>
        <translation>{pages} صفحه در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/printing.py" line="174" />
        <source>{pages} page(s) sent to {printer}</source>
        <translation>{pages} صفحه به {printer} فرستاده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/printing.py" line="178" />
        <source>({cards} cards)</source>
        <translation>({cards} کارت)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/report_output.py" line="449" />
        <source>No purchases in this period.</source>
        <translation>در این دوره خریدی نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="150" />
        <source>It can be used now.</source>
        <translation>اکنون می‌شود از آن استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="154" />
        <source>On a purchase of {gross}: {reward} free, {paid} to pay.</source>
        <translation>برای خرید {gross}: {reward} رایگان، {paid} برای پرداخت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="156" />
        <source>On a purchase of {gross}: {discount} off, {paid} to pay.</source>
        <translation>برای خرید {gross}: {discount} تخفیف، {paid} برای پرداخت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="190" />
        <source>used {when} at {counter} by {staff}, purchase {purchase}: {discount} off</source>
        <translation>استفاده در {when} در {counter} توسط {staff}، خرید {purchase}: {discount} تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="200" />
        <source>(given back by a refund {when})</source>
        <translation>(با مرجوعی در {when} برگشت داده شد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="215" />
        <source>Coupon {coupon} was already voided ({when}); nothing changed.</source>
        <translation>کوپن {coupon} پیش‌تر باطل شده بود ({when})؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="217" />
        <source>Coupon {coupon} is voided: nobody can use it any more.</source>
        <translation>کوپن {coupon} باطل شد: دیگر کسی نمی‌تواند از آن استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="241" />
        <source>No coupons.</source>
        <translation>کوپنی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="260" />
        <source>A purchase refunded in full gives its coupon back.</source>
        <translation>خریدی که کامل مرجوع شود، کوپنش را پس می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="262" />
        <source>A refunded purchase never gives its coupon back.</source>
        <translation>خرید مرجوعی هیچ‌وقت کوپنش را پس نمی‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/coupon_output.py" line="264" />
        <source>A purchase refunded in full gives a member's own single-use coupon back; other coupons stay used.</source>
        <translation>خریدی که کامل مرجوع شود، کوپن یک‌بارمصرف شخصی عضو را پس می‌دهد؛ کوپن‌های دیگر استفاده‌شده می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="185" />
        <source>{name}: {state}, {auto}, last run: {last}</source>
        <translation>{name}: {state}، {auto}، آخرین اجرا: {last}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="187" />
        <source>on</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="187" />
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="188" />
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="190" />
        <source>by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="201" />
        <source>No runs yet.</source>
        <translation>هنوز اجرایی نبوده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="209" />
        <source>Campaign {name} saved.</source>
        <translation>کارزار {name} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="241" />
        <source>{count} member qualifies; about {cost} and {points} points.</source>
        <translation>{count} عضو واجد شرایط است؛ حدود {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="243" />
        <source>{count} members qualify; about {cost} and {points} points.</source>
        <translation>{count} عضو واجد شرایط‌اند؛ حدود {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="247" />
        <source>{count} member qualifies; at most {cost} and {points} points.</source>
        <translation>{count} عضو واجد شرایط است؛ حداکثر {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="249" />
        <source>{count} members qualify; at most {cost} and {points} points.</source>
        <translation>{count} عضو واجد شرایط‌اند؛ حداکثر {cost} و {points} امتیاز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="255" />
        <source>{messages} message will be queued.</source>
        <translation>{messages} پیام در صف گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="257" />
        <source>{messages} messages will be queued.</source>
        <translation>{messages} پیام در صف گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="265" />
        <source>{messages} message</source>
        <translation>{messages} پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="267" />
        <source>{messages} messages</source>
        <translation>{messages} پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="270" />
        <source>{coupons} coupon</source>
        <translation>{coupons} کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="272" />
        <source>{coupons} coupons</source>
        <translation>{coupons} کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/campaign_run.py" line="274" />
        <source>{name} {when}: {status}; {qualified} qualified, {rewarded} rewarded, {coupons}, {points} points, {messages}.</source>
        <translation>{name} {when}: {status}؛ {qualified} واجد شرایط، {rewarded} پاداش گرفتند، {coupons}، {points} امتیاز، {messages}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="136" />
        <source>Mail server set: {host}, port {port}, from {sender}.</source>
        <translation>سرور ایمیل تعیین شد: {host}، درگاه {port}، از طرف {sender}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="144" />
        <source>The password is kept in the system keyring.</source>
        <translation>گذرواژه در جاکلیدی سیستم نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="150" />
        <source>No mail server is set.</source>
        <translation>سرور ایمیلی تعیین نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="154" />
        <source>Mail server: {host}, port {port}, from {sender}.</source>
        <translation>سرور ایمیل: {host}، درگاه {port}، از طرف {sender}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="161" />
        <source>LoyaltyDesk: test message</source>
        <translation>LoyaltyDesk: پیام آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="162" />
        <source>This is a test from LoyaltyDesk: the club's e-mail to members works.</source>
        <translation>این پیامی آزمایشی از LoyaltyDesk است: ایمیل باشگاه به اعضا کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="168" />
        <source>Test message sent to {address}.</source>
        <translation>پیام آزمایشی به {address} فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="186" />
        <source>No messages.</source>
        <translation>پیامی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/outbox.py" line="196" />
        <source>tries: {attempts}</source>
        <translation>تلاش‌ها: {attempts}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/feedback.py" line="119" />
        <source>Recorded why {name} stopped coming.</source>
        <translation>ثبت شد که {name} چرا دیگر نمی‌آید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/feedback.py" line="129" />
        <source>Recorded: {name}'s visit scored {score} of {high}.</source>
        <translation>ثبت شد: امتیاز مراجعهٔ {name}، {score} از {high}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/feedback.py" line="136" />
        <source>(already recorded)</source>
        <translation>(پیش‌تر ثبت شده بود)</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="118" />
        <source>Scan a card, or type a phone number, its last 4 digits or a name</source>
        <translation>کارت را اسکن کنید، یا شمارهٔ تلفن، چهار رقم آخر آن یا نام را بنویسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="121" />
        <source>Scan a card or a coupon, or type a phone number, its last 4 digits or a name</source>
        <translation>کارت یا کوپن را اسکن کنید، یا شماره تلفن، ۴ رقم آخر آن یا نام را بنویسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="131" />
        <source>New member (F2)</source>
        <translation>عضو جدید (F2)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="138" />
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="142" />
        <source>Receipt no. (optional)</source>
        <translation>شمارهٔ رسید (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="143" />
        <source>Credit purchase (Enter)</source>
        <translation>ثبت خرید (Enter)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="146" />
        <source>Rewards (Ctrl+number)</source>
        <translation>جایزه‌ها (Ctrl+عدد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="148" />
        <source>Undo last action (F8)</source>
        <translation>برگرداندن آخرین کار (F8)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="149" />
        <source>Member details (F4)</source>
        <translation>جزئیات عضو (F4)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="150" />
        <source>Print thank-you note (F9)</source>
        <translation>چاپ یادداشت تشکر (F9)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="152" />
        <source>Shift+F9 prints a slip instead</source>
        <translation>Shift+F9 به‌جای آن رسید چاپ می‌کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="155" />
        <source>How was the visit? (F3)</source>
        <translation>مراجعه چطور بود؟ (F3)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="213" />
        <source>Purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="266" />
        <source>A coupon code: press Enter.</source>
        <translation>کد کوپن است: Enter را بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="282" />
        <source>{name}   ·   card {card}   ·   {phone}   ·   {balance} point</source>
        <translation>{name}   ·   کارت {card}   ·   {phone}   ·   {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="284" />
        <source>{name}   ·   card {card}   ·   {phone}   ·   {balance} points</source>
        <translation>{name}   ·   کارت {card}   ·   {phone}   ·   {balance} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="299" />
        <source>No member matches.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="419" />
        <source>Now find the member who uses it.</source>
        <translation>حالا عضوی را که از آن استفاده می‌کند پیدا کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="447" />
        <source>Type the whole purchase, before the discount.</source>
        <translation>مبلغ کل خرید را، پیش از تخفیف، بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="474" />
        <source>Find the member first.</source>
        <translation>اول عضو را پیدا کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="510" />
        <source>{points} point — balance {balance}</source>
        <translation>{points} امتیاز — موجودی {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="512" />
        <source>{points} points — balance {balance}</source>
        <translation>{points} امتیاز — موجودی {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="516" />
        <source>coupon gives {reward}</source>
        <translation>کوپن {reward} داد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="521" />
        <source>coupon: {discount} off, {paid} paid</source>
        <translation>کوپن: {discount} تخفیف، {paid} پرداخت شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="529" />
        <source>(already credited)</source>
        <translation>(پیش‌تر ثبت شده بود)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="563" />
        <source>Thank you: the visit's score, {score}, is recorded.</source>
        <translation>سپاس: امتیاز مراجعه، {score}، ثبت شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="584" />
        <source>{key}. {reward} — {cost} points</source>
        <translation>{key}. {reward} — {cost} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="610" />
        <source>There is no reward number {number} for this member.</source>
        <translation>جایزهٔ شمارهٔ {number} برای این عضو نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="629" />
        <source>Redeem a reward</source>
        <translation>دادن جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="631" />
        <source>Give {reward} for {cost} points?</source>
        <translation>{reward} در برابر {cost} امتیاز داده شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="635" />
        <source>Give {reward} for {stamps}?</source>
        <translation>{reward} در برابر {stamps} داده شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="654" />
        <source>{reward} given: {points} points — balance {balance}</source>
        <translation>{reward} داده شد: {points} امتیاز — موجودی {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="660" />
        <source>{reward} given: {stamps} — stamp card {balance}</source>
        <translation>{reward} داده شد: {stamps} — کارت مهر {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="685" />
        <source>Nothing to print yet: credit a purchase or give a reward first.</source>
        <translation>هنوز چیزی برای چاپ نیست: اول خریدی ثبت کنید یا جایزه‌ای بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="712" />
        <source>Take back the purchase of {amount}? {points} point comes off; balance {before} → {after}.</source>
        <translation>خرید {amount} برگردانده شود؟ {points} امتیاز کم می‌شود؛ موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="717" />
        <source>Take back the purchase of {amount}? {points} points come off; balance {before} → {after}.</source>
        <translation>خرید {amount} برگردانده شود؟ {points} امتیاز کم می‌شود؛ موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="727" />
        <source>The visit's stamp comes off the stamp card.</source>
        <translation>مهر این خرید از کارت مهر کم می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="730" />
        <source>The coupon {coupon} will be given back.</source>
        <translation>کوپن {coupon} پس داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="732" />
        <source>The coupon {coupon} stays used.</source>
        <translation>کوپن {coupon} مصرف‌شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="738" />
        <source>Take back {reward}? {points} points are given back; balance {before} → {after}.</source>
        <translation>{reward} پس گرفته شود؟ {points} امتیاز برمی‌گردد؛ موجودی {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="748" />
        <source>Take back {reward}? {stamps} go back on the stamp card: {before} → {after}.</source>
        <translation>{reward} پس گرفته شود؟ {stamps} به کارت مهر برمی‌گردد: {before} ← {after}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="758" />
        <source>Undo the last action</source>
        <translation>برگرداندن آخرین کار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="781" />
        <source>Undone — balance {balance}</source>
        <translation>برگردانده شد — موجودی {balance}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="799" />
        <source>Welcome to the club! Card {card}</source>
        <translation>به باشگاه خوش آمدید! کارت {card}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="826" />
        <source>Recorded: no messages to this member.</source>
        <translation>ثبت شد: برای این عضو پیامی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="828" />
        <source>Recorded: this member gets the club's messages again.</source>
        <translation>ثبت شد: این عضو دوباره پیام‌های باشگاه را می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="853" />
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/view.py" line="853" />
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
</context>
<context>
    <name>CouponStrip</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="45" />
        <source>Take the coupon off this purchase (Esc)</source>
        <translation>برداشتن کوپن از این خرید (Esc)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="66" />
        <source>Coupon {code}: {terms}</source>
        <translation>کوپن {code}: {terms}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="75" />
        <source>for {name}</source>
        <translation>برای {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="77" />
        <source>for anyone ({uses} uses left)</source>
        <translation>برای همه ({uses} بار استفادهٔ باقی‌مانده)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="81" />
        <source>{whom}, valid until {day}</source>
        <translation>{whom}، معتبر تا {day}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="95" />
        <source>Gives {reward}, to pay {paid}, earns {points} point</source>
        <translation>{reward} می‌دهد، قابل پرداخت {paid}، {points} امتیاز می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="97" />
        <source>Gives {reward}, to pay {paid}, earns {points} points</source>
        <translation>{reward} می‌دهد، قابل پرداخت {paid}، {points} امتیاز می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="106" />
        <source>Discount {discount}, to pay {paid}, earns {points} point</source>
        <translation>تخفیف {discount}، قابل پرداخت {paid}، {points} امتیاز می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/coupon_strip.py" line="108" />
        <source>Discount {discount}, to pay {paid}, earns {points} points</source>
        <translation>تخفیف {discount}، قابل پرداخت {paid}، {points} امتیاز می‌گیرد</translation>
    </message>
</context>
<context>
    <name>CouponText</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="152" />
        <source>{percent}% off</source>
        <translation>{percent}٪ تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="156" />
        <source>{amount} off</source>
        <translation>{amount} تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="161" />
        <source>a reward</source>
        <translation>یک جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="170" />
        <source>at most {amount}</source>
        <translation>حداکثر {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="176" />
        <source>on a purchase of at least {amount}</source>
        <translation>برای خرید دست‌کم {amount}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="197" />
        <source>valid</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="198" />
        <source>not valid yet</source>
        <translation>هنوز معتبر نیست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="199" />
        <source>used</source>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="200" />
        <source>expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="201" />
        <source>voided</source>
        <translation>باطل‌شده</translation>
    </message>
</context>
<context>
    <name>CouponsView</name>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="87" />
        <source>All states</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="92" />
        <source>Code (scan or type)</source>
        <translation>کد (اسکن کنید یا بنویسید)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="94" />
        <source>Issue…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="96" />
        <source>Void</source>
        <translation>باطل کردن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="98" />
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="104" />
        <source>a member's single-use coupon comes back</source>
        <translation>کوپن یک‌بارمصرف شخصی برمی‌گردد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="106" />
        <source>every coupon comes back</source>
        <translation>هر کوپنی برمی‌گردد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="107" />
        <source>no coupon comes back</source>
        <translation>هیچ کوپنی برنمی‌گردد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="115" />
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="116" />
        <source>Gives</source>
        <translation>چه می‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="117" />
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="118" />
        <source>Valid from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="119" />
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="120" />
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="121" />
        <source>Used</source>
        <translation>استفاده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="122" />
        <source>Campaign</source>
        <translation>کارزار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="144" />
        <source>A purchase with a coupon refunded in full:</source>
        <translation>اگر خریدِ با کوپن کامل مرجوع شود:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="227" />
        <source>by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="278" />
        <source>anyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="279" />
        <source>anyone, {uses} of {allowed} uses left</source>
        <translation>همه، {uses} از {allowed} بار استفاده باقی است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="287" />
        <source>voided {when} by {staff}</source>
        <translation>باطل‌شده در {when} توسط {staff}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="292" />
        <source>{when} at {counter} by {staff}, purchase {purchase}</source>
        <translation>{when} در {counter} توسط {staff}، خرید {purchase}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="335" />
        <source>Coupon {code} issued.</source>
        <translation>کوپن {code} صادر شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="337" />
        <source>{count} coupons issued.</source>
        <translation>{count} کوپن صادر شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="340" />
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="344" />
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="345" />
        <source>Print them now?</source>
        <translation>همین حالا چاپ شوند؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="362" />
        <source>Void coupon {code} ({terms})? Nobody can use it after that.</source>
        <translation>کوپن {code} ({terms}) باطل شود؟ پس از آن هیچ‌کس نمی‌تواند از آن استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="369" />
        <source>Void {count} coupons? Nobody can use them after that.</source>
        <translation>{count} کوپن باطل شود؟ پس از آن هیچ‌کس نمی‌تواند از آن‌ها استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/view.py" line="375" />
        <source>Void coupons</source>
        <translation>باطل کردن کوپن‌ها</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="23" />
        <source>earned</source>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="24" />
        <source>redeemed</source>
        <translation>دریافت جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="25" />
        <source>refund</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="26" />
        <source>redemption voided</source>
        <translation>لغو جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="27" />
        <source>expired</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="28" />
        <source>adjustment</source>
        <translation>اصلاح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="29" />
        <source>bonus</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/labels.py" line="30" />
        <source>opening balance</source>
        <translation>موجودی اولیه</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="449" />
        <source>This adjustment would leave the balance below zero (balance {balance}, change {points}).</source>
        <translation>با این اصلاح موجودی منفی می‌شود (موجودی {balance}، تغییر {points}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="453" />
        <source>Write the reason for this adjustment.</source>
        <translation>دلیل این اصلاح را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="456" />
        <source>An adjustment can be at most {limit} points.</source>
        <translation>هر اصلاح حداکثر {limit} امتیاز می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="459" />
        <source>An adjustment of zero points changes nothing.</source>
        <translation>اصلاح صفر امتیازی چیزی را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="461" />
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="465" />
        <source>{amount} is more than any purchase can be (at most {limit}).</source>
        <translation>{amount} بیش از اندازهٔ یک خرید است (حداکثر {limit}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="468" />
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} از قبل وجود دارد؛ برای پشتیبان نام تازه‌ای انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="471" />
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>پشتیبان در {path} نوشته نشد: {detail}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="409" />
        <location filename="../../loyaltydesk/ui/error_text.py" line="474" />
        <source>The folder {path} does not exist.</source>
        <translation>پوشهٔ {path} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="29" />
        <source>A demo club has 1 to {limit} members.</source>
        <translation>باشگاه نمایشی ۱ تا {limit} عضو دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="30" />
        <source>This database already holds members; a demo club needs an empty one.</source>
        <translation>این پایگاه داده عضو دارد؛ باشگاه نمایشی پایگاه خالی می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="33" />
        <source>The period ends before it starts: put the earlier date first.</source>
        <translation>پایان دوره پیش از آغاز آن است: تاریخ زودتر را اول بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="36" />
        <source>Reports start in the year 2000 (1378 in the Jalali calendar): check the year.</source>
        <translation>گزارش‌ها از سال ۱۳۷۸ خورشیدی (۲۰۰۰ میلادی) آغاز می‌شوند: سال را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="39" />
        <source>That period has not started yet: nothing has been bought in it.</source>
        <translation>این دوره هنوز آغاز نشده است: در آن خریدی انجام نشده.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="42" />
        <source>A member stays a customer for 1 to {limit} days after a purchase.</source>
        <translation>عضو پس از هر خرید از یک تا {limit} روز مشتری به شمار می‌آید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="45" />
        <source>The drifting-away factor is a number from 1 to {limit}, such as 2 or 1.5.</source>
        <translation>ضریب دور شدن عددی از یک تا {limit} است، مانند دو یا یک و نیم.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="48" />
        <source>Give either a named period or dates (--from, --to), not both.</source>
        <translation>یا یک دورهٔ نام‌دار بدهید یا تاریخ‌ها (--from و --to)، نه هر دو را.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="51" />
        <source>The period needs its first day too (--from).</source>
        <translation>روز اول دوره را هم بدهید (--from).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="54" />
        <source>A list shows 1 to {limit} members.</source>
        <translation>یک فهرست دست‌کم یک عضو و حداکثر {limit} عضو را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="55" />
        <source>The folder {path} does not exist; nothing was written.</source>
        <translation>پوشهٔ {path} وجود ندارد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="58" />
        <source>Files cannot be written in the folder {path}; nothing was written.</source>
        <translation>در پوشهٔ {path} نمی‌شود پرونده نوشت؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="61" />
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} یک پوشه است؛ نام یک پرونده را برای نوشتن بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="64" />
        <source>{path} is not an ordinary file (a device, a pipe or a socket); nothing was written.</source>
        <translation>{path} پروندهٔ معمولی نیست (دستگاه، پایپ یا سوکت است)؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="68" />
        <source>{path} could not be written ({detail}); nothing half-written was left.</source>
        <translation>{path} نوشته نشد ({detail})؛ هیچ پروندهٔ نیمه‌کاره‌ای باقی نماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="71" />
        <source>Type both days of the period as year/month/day.</source>
        <translation>هر دو روز بازه را به‌صورت سال/ماه/روز بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="74" />
        <source>The daily limit must be more than zero (or left empty for none).</source>
        <translation>سقف روزانه باید بیشتر از صفر باشد (یا برای بی‌سقف خالی بماند).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="77" />
        <source>A bonus is between 0 and {limit} points.</source>
        <translation>جایزهٔ امتیازی بین ۰ و {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="78" />
        <source>The stacking limit is between ×1 and ×{limit}.</source>
        <translation>سقف ضریب‌ها بین ×۱ و ×{limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="81" />
        <source>Nothing was changed; there is no new version to save.</source>
        <translation>چیزی تغییر نکرده است؛ نسخهٔ تازه‌ای برای ذخیره نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="84" />
        <source>At most {limit} promotions.</source>
        <translation>حداکثر {limit} طرح تشویقی.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="85" />
        <source>Two promotions are called {promotion}; give each its own name.</source>
        <translation>دو طرح به نام {promotion} هست؛ به هر کدام نام جدا بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="88" />
        <source>{promotion} and {other} can meet and together pay more than ×{limit}, your limit.</source>
        <translation>{promotion} و {other} می‌توانند هم‌زمان شوند و با هم بیش از ×{limit}، سقف شما، بدهند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="92" />
        <source>Give the promotion a name (at most {limit} characters).</source>
        <translation>برای طرح نامی بنویسید (حداکثر {limit} نویسه).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="95" />
        <source>{promotion} gives nothing: set a multiplier above ×1 or a bonus.</source>
        <translation>{promotion} چیزی نمی‌دهد: ضریبی بیش از ×۱ یا امتیاز اضافه تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="98" />
        <source>The multiplier of {promotion} must be between ×1 and ×10.</source>
        <translation>ضریب {promotion} باید بین ×۱ و ×۱۰ باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="101" />
        <source>The bonus of {promotion} is between 0 and {limit} points.</source>
        <translation>امتیاز اضافهٔ {promotion} بین ۰ و {limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="104" />
        <source>{promotion} ends before it starts.</source>
        <translation>{promotion} پیش از شروع تمام می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="107" />
        <source>{promotion} needs both a start and an end hour, or neither.</source>
        <translation>{promotion} یا ساعت شروع و پایان هر دو را می‌خواهد یا هیچ‌کدام.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="110" />
        <source>{promotion} ends before it starts in the day; hours run from start to end.</source>
        <translation>ساعت پایان {promotion} پیش از ساعت شروع است؛ ساعت‌ها از شروع تا پایان‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="113" />
        <source>{promotion} has a day that is not a day of the week.</source>
        <translation>{promotion} روزی دارد که از روزهای هفته نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="116" />
        <source>At most {limit} tiers.</source>
        <translation>حداکثر {limit} سطح.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="117" />
        <source>The qualifying window is 1 to {limit} months.</source>
        <translation>بازهٔ شمارش ۱ تا {limit} ماه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="120" />
        <source>Reviews are every 1 to {limit} months.</source>
        <translation>بازبینی هر ۱ تا {limit} ماه یک بار است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="121" />
        <source>Give the tier a name (at most {limit} characters).</source>
        <translation>برای سطح نامی بنویسید (حداکثر {limit} نویسه).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="124" />
        <source>Two tiers are called {tier}.</source>
        <translation>دو سطح به نام {tier} هست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="125" />
        <source>The threshold of {tier} must be more than zero.</source>
        <translation>آستانهٔ {tier} باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="128" />
        <source>The multiplier of {tier} must be between ×1 and ×5.</source>
        <translation>ضریب {tier} باید بین ×۱ و ×۵ باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="131" />
        <source>{tier} must need more than {below}, the tier below it.</source>
        <translation>{tier} باید بیش از {below}، سطح پایین‌ترش، بخواهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="134" />
        <source>{tier} earns less than {below}, the tier below it.</source>
        <translation>{tier} کمتر از {below}، سطح پایین‌ترش، امتیاز می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="137" />
        <source>A reward is only for tier {tier}; change that reward before removing the tier.</source>
        <translation>جایزه‌ای فقط برای سطح {tier} است؛ پیش از حذف سطح، آن جایزه را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="141" />
        <source>Points expire after 1 to {limit} months.</source>
        <translation>امتیازها پس از ۱ تا {limit} ماه منقضی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="142" />
        <source>A reward's money value must be more than zero (or left empty).</source>
        <translation>ارزش ریالی جایزه باید بیشتر از صفر باشد (یا خالی بماند).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="145" />
        <source>Stock is between 0 and {limit} (or empty for unlimited).</source>
        <translation>موجودی بین ۰ و {limit} است (یا خالی برای نامحدود).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="148" />
        <source>There is no tier {tier}.</source>
        <translation>سطحی به نام {tier} نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="149" />
        <source>The list of rewards changed meanwhile; open it again.</source>
        <translation>فهرست جایزه‌ها در این میان تغییر کرد؛ دوباره بازش کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="152" />
        <source>{reward} is only for {tier} members.</source>
        <translation>{reward} فقط برای اعضای سطح {tier} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="153" />
        <source>{reward} is out of stock.</source>
        <translation>{reward} تمام شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="154" />
        <source>How the visit was is a score from {low} to {high}.</source>
        <translation>امتیاز مراجعه عددی از {low} تا {high} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="157" />
        <source>Give how the visit was with --score, from {low} to {high}.</source>
        <translation>امتیاز مراجعه را با --score بدهید، از {low} تا {high}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="160" />
        <source>Write: feedback CARD --score 1..5, feedback why-left CARD --reason R, or feedback reasons [--set "a|b|c"].</source>
        <translation>بنویسید: feedback CARD --score 1..5 یا feedback why-left CARD --reason R یا feedback reasons [--set "a|b|c"].</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="165" />
        <source>A reason is at most {limit} characters long.</source>
        <translation>دلیل حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="168" />
        <source>A note is at most {limit} characters long.</source>
        <translation>یادداشت حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="171" />
        <source>The reason {reason} is in the list twice.</source>
        <translation>دلیل {reason} دو بار در فهرست آمده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="174" />
        <source>The list of reasons needs at least one reason.</source>
        <translation>فهرست دلیل‌ها دست‌کم یک دلیل لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="177" />
        <source>The list holds at most {limit} reasons.</source>
        <translation>فهرست حداکثر {limit} دلیل دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="180" />
        <source>{reason} is not one of the reasons: {reasons}.</source>
        <translation>{reason} جزو دلیل‌ها نیست: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="183" />
        <source>Say why they stopped coming: pick a reason, write a note, or both.</source>
        <translation>بگویید چرا دیگر نیامده: دلیلی انتخاب کنید، یادداشتی بنویسید، یا هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="186" />
        <source>A member's feedback shows 1 to {limit} records.</source>
        <translation>از نظرهای یک عضو دست‌کم یک و حداکثر {limit} مورد نشان داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="189" />
        <source>There is no visit to score: this member has no purchase that was not refunded in full.</source>
        <translation>مراجعه‌ای برای امتیاز دادن نیست: این عضو خریدی ندارد که به‌طور کامل مرجوع نشده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="193" />
        <source>There is no visit to score: the purchase of {visit} was refunded in full.</source>
        <translation>مراجعه‌ای برای امتیاز دادن نیست: خرید {visit} به‌طور کامل مرجوع شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="196" />
        <source>The visit of {visit} was already scored {score} on {scored_at} by {staff}: a visit is scored once.</source>
        <translation>به مراجعهٔ {visit} پیش‌تر در {scored_at} امتیاز {score} داده شده است (ثبت‌کننده: {staff})؛ هر مراجعه فقط یک بار امتیاز می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="201" />
        <source>{reason} needs a name on both sides of =: English=Persian (or one name for both, without =).</source>
        <translation>{reason} باید دو طرف = نام داشته باشد: English=فارسی (یا یک نام برای هر دو زبان، بدون =).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="206" />
        <source>This member has no purchase number {purchase_id}.</source>
        <translation>این عضو خریدی با شمارهٔ {purchase_id} ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="209" />
        <source>{coupon} is not a valid coupon code: a digit is wrong or two are swapped.</source>
        <translation>{coupon} کد کوپن درستی نیست: یک رقم اشتباه است یا دو رقم جابه‌جا شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="213" />
        <source>{coupon} is not a coupon code: those have {length} digits and start with 9.</source>
        <translation>{coupon} کد کوپن نیست: کد کوپن {length} رقم دارد و با ۹ شروع می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="217" />
        <source>Write the coupon code.</source>
        <translation>کد کوپن را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="218" />
        <source>Write what the coupon gives, e.g. 20% off.</source>
        <translation>بنویسید کوپن چه می‌دهد، مثلاً ۲۰٪ تخفیف.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="221" />
        <source>The coupon’s last day ({valid_until}) has already passed.</source>
        <translation>آخرین روز اعتبار کوپن ({valid_until}) گذشته است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="224" />
        <source>No coupon has the code {coupon}: check it was typed or scanned whole.</source>
        <translation>هیچ کوپنی کد {coupon} را ندارد: ببینید کامل تایپ یا اسکن شده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="227" />
        <source>A coupon gives one thing: a reward, a percentage off or an amount off.</source>
        <translation>هر کوپن یک چیز می‌دهد: یک جایزه، درصدی تخفیف یا مبلغی تخفیف.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="230" />
        <source>A percentage off is a whole number from 1 to {limit}.</source>
        <translation>درصد تخفیف عددی صحیح از ۱ تا {limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="233" />
        <source>Only a percentage off has a ceiling in money.</source>
        <translation>فقط تخفیف درصدی سقف مبلغ دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="236" />
        <source>The minimum purchase cannot be below zero.</source>
        <translation>حداقل خرید نمی‌تواند کمتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="239" />
        <source>The coupon’s last day is before its first day.</source>
        <translation>آخرین روز اعتبار کوپن پیش از نخستین روز آن است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="242" />
        <source>A coupon is valid for 1 to {limit} days.</source>
        <translation>اعتبار کوپن از ۱ تا {limit} روز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="243" />
        <source>Say how long the coupon is valid: a number of days or a last day.</source>
        <translation>بگویید کوپن تا کی معتبر است: چند روز یا آخرین روز.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="246" />
        <source>Give either a number of days or a last day, not both.</source>
        <translation>یا تعداد روزها را بدهید یا آخرین روز را، نه هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="249" />
        <source>An open coupon can be used 1 to {limit} times.</source>
        <translation>کوپن آزاد از ۱ تا {limit} بار قابل استفاده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="252" />
        <source>A member’s own coupon is used once; an open coupon can have more uses.</source>
        <translation>کوپن شخصی عضو یک بار استفاده می‌شود؛ کوپن آزاد می‌تواند چند بار استفاده شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="255" />
        <source>Choose the members to give coupons to.</source>
        <translation>اعضایی را که کوپن می‌گیرند انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="256" />
        <source>At most {limit} coupons are made at once.</source>
        <translation>یک‌جا حداکثر {limit} کوپن ساخته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="257" />
        <source>A list shows 1 to {limit} coupons.</source>
        <translation>فهرست ۱ تا {limit} کوپن نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="258" />
        <source>What a refund does to a coupon is one of: {choices}.</source>
        <translation>رفتار مرجوعی با کوپن یکی از این‌هاست: {choices}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="261" />
        <source>A coupon’s state is one of: {choices}.</source>
        <translation>وضعیت کوپن یکی از این‌هاست: {choices}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="262" />
        <source>Coupon {coupon} was voided on {when} by {by}: it cannot be used.</source>
        <translation>کوپن {coupon} در {when} به دست {by} باطل شده است: نمی‌شود از آن استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="265" />
        <source>Coupon {coupon} was already used on {when} at {counter} by {staff}.</source>
        <translation>کوپن {coupon} پیش‌تر در {when} در {counter} به دست {staff} استفاده شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="268" />
        <source>Coupon {coupon} has been used up.</source>
        <translation>کوپن {coupon} تمام شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="269" />
        <source>Coupon {coupon} expired: its last day was {day}.</source>
        <translation>اعتبار کوپن {coupon} تمام شده است: آخرین روزش {day} بود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="272" />
        <source>Coupon {coupon} is not valid yet: it can be used from {day}.</source>
        <translation>کوپن {coupon} هنوز معتبر نیست: از {day} می‌شود از آن استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="275" />
        <source>Coupon {coupon} belongs to {member}: only they can use it.</source>
        <translation>کوپن {coupon} مال {member} است: فقط خود او می‌تواند از آن استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="278" />
        <source>The coupon’s reward, {reward}, is no longer offered.</source>
        <translation>جایزهٔ این کوپن، {reward}، دیگر ارائه نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="281" />
        <source>Coupon {coupon} needs a purchase of at least {minimum}.</source>
        <translation>کوپن {coupon} خرید دست‌کم {minimum} لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="284" />
        <source>Coupon {coupon} is worth {worth} and the purchase is only {amount}: nothing would be left to pay. It needs a purchase above its value; credit this one without it.</source>
        <translation>کوپن {coupon} {worth} ارزش دارد و خرید فقط {amount} است: چیزی برای پرداخت نمی‌ماند. این کوپن خریدی بیشتر از ارزش خودش می‌خواهد؛ این خرید را بدون آن ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="289" />
        <source>Entry {entry_id} is a reward given with coupon {coupon}: refund the purchase instead, and the coupon's reward goes back with it.</source>
        <translation>ردیف {entry_id} جایزه‌ای است که با کوپن {coupon} داده شده: به جای آن خرید را برگشت بزنید تا جایزهٔ کوپن هم با آن برگردد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="294" />
        <source>An issue makes {least} to {limit} coupons.</source>
        <translation>در هر بار صدور {least} تا {limit} کوپن ساخته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="297" />
        <source>Coupon {coupon} was used up on {when} at {counter}: a used coupon is not voided, it stays used.</source>
        <translation>کوپن {coupon} در {when} در {counter} مصرف شده است: کوپن مصرف‌شده باطل نمی‌شود و مصرف‌شده می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="302" />
        <source>A coupon is used with today’s purchase: enter the past purchase without coupon {coupon}.</source>
        <translation>کوپن فقط با خرید امروز استفاده می‌شود: خرید گذشته را بدون کوپن {coupon} وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="306" />
        <source>Several coupons at once are open coupons: give --open instead of --member.</source>
        <translation>چند کوپن با هم فقط کوپن آزاد می‌شود: به جای --member گزینهٔ --open را بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="309" />
        <source>Coupon {coupon} was used on {when}: a used coupon is not printed again.</source>
        <translation>کوپن {coupon} در {when} استفاده شده است: کوپن استفاده‌شده دوباره چاپ نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="312" />
        <source>Coupon {coupon} was voided on {when}: it is not printed.</source>
        <translation>کوپن {coupon} در {when} باطل شده است: چاپ نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="315" />
        <source>Coupon {coupon} expired on {day}: an expired coupon is not printed.</source>
        <translation>اعتبار کوپن {coupon} در {day} تمام شده است: کوپن منقضی‌شده چاپ نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="318" />
        <source>No coupon has the code {coupon}. To print a coupon made elsewhere, give its --title and --valid-until.</source>
        <translation>هیچ کوپنی کد {coupon} را ندارد. برای چاپ کوپنی که جای دیگری ساخته شده، --title و --valid-until آن را بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="323" />
        <source>A coupon printed with --title needs its last day: --valid-until DATE.</source>
        <translation>کوپنی که با --title چاپ می‌شود آخرین روز اعتبارش را لازم دارد: --valid-until DATE.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="326" />
        <source>A stored coupon prints its own last day and member: leave out --valid-until and --member, or give --title for a coupon made elsewhere.</source>
        <translation>کوپن ثبت‌شده آخرین روز و عضو خودش را چاپ می‌کند: --valid-until و --member را ندهید، یا برای کوپنی که جای دیگری ساخته شده --title را بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="331" />
        <source>Write the message’s text.</source>
        <translation>متن پیام را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="332" />
        <source>A message is at most {limit} characters.</source>
        <translation>پیام حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="335" />
        <source>A brace in the message is not closed: write placeholders as {{name}}.</source>
        <translation>یک آکولاد در پیام بسته نشده است: جای‌نگهدارها را به شکل {{name}} بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="338" />
        <source>The message uses {placeholder}, which is not known; use: {placeholders}.</source>
        <translation>پیام {placeholder} را به کار برده که شناخته نیست؛ از این‌ها استفاده کنید: {placeholders}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="341" />
        <source>There is no campaign “{name}”. The campaigns are: {names}.</source>
        <translation>کارزاری به نام «{name}» نداریم. کارزارها: {names}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="344" />
        <source>A campaign’s number of days is 1 to {limit}.</source>
        <translation>تعداد روزهای کارزار از یک تا {limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="347" />
        <source>A campaign gives either bonus points or a coupon, not both.</source>
        <translation>کارزار یا امتیاز هدیه می‌دهد یا کوپن، نه هر دو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="350" />
        <source>A campaign’s bonus is 1 to {limit} points.</source>
        <translation>امتیاز هدیه‌ی کارزار از یک تا {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="353" />
        <source>The message uses {placeholder}, but this campaign gives no coupon, so it would be sent empty. Take {placeholder} out of the message (change the message along with the reward).</source>
        <translation>پیام از {placeholder} استفاده می‌کند، ولی این کارزار کوپنی نمی‌دهد و این بخش خالی فرستاده می‌شود. {placeholder} را از پیام بردارید (همراه با پاداش، پیام را هم تغییر دهید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="359" />
        <source>The message uses {placeholder}, but this campaign gives no reward, so it would be sent empty. Take {placeholder} out of the message (change the message along with the reward).</source>
        <translation>پیام از {placeholder} استفاده می‌کند، ولی این کارزار پاداشی نمی‌دهد و این بخش خالی فرستاده می‌شود. {placeholder} را از پیام بردارید (همراه با پاداش، پیام را هم تغییر دهید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="365" />
        <source>A ceiling (--max) goes only with a percentage off; this campaign's reward is not one.</source>
        <translation>سقف تخفیف (--max) فقط با تخفیف درصدی معنا دارد و پاداش این کارزار درصدی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="369" />
        <source>A minimum purchase goes only with a coupon; this campaign's reward is not one.</source>
        <translation>حداقل خرید فقط برای کوپن است و پاداش این کارزار کوپن نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="373" />
        <source>Choose the reward the coupon gives; the catalogue has no active reward yet.</source>
        <translation>جایزه‌ای را که کوپن می‌دهد انتخاب کنید؛ فهرست جایزه‌ها هنوز جایزه‌ی فعالی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="376" />
        <source>The referral campaign gives the referrer bonus points, not a coupon.</source>
        <translation>کارزار معرفی به معرف امتیاز هدیه می‌دهد، نه کوپن.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="379" />
        <source>A campaign’s coupon is valid for 1 to {limit} days.</source>
        <translation>کوپن کارزار از یک تا {limit} روز اعتبار دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="382" />
        <source>A history shows 1 to {limit} runs.</source>
        <translation>تاریخچه از یک تا {limit} اجرا را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="383" />
        <source>A list shows 1 to {limit} messages.</source>
        <translation>فهرست ۱ تا {limit} پیام را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="384" />
        <source>A coupon’s title is at most {limit} characters.</source>
        <translation>عنوان کوپن حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="387" />
        <source>{path} is not a picture this program can read (use PNG or JPEG).</source>
        <translation>{path} تصویری نیست که برنامه بتواند بخواند (PNG یا JPEG به کار ببرید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="390" />
        <source>Braces {{ }} in the note must hold a placeholder such as {{name}}.</source>
        <translation>میان آکولادهای {{ }} در یادداشت باید جای‌نمایی مثل {{name}} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="393" />
        <source>The note is at most {limit} characters.</source>
        <translation>یادداشت حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="394" />
        <source>The note has at most {limit} lines.</source>
        <translation>یادداشت حداکثر {limit} خط دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="395" />
        <source>{placeholder} is not a placeholder; the note can use {placeholders}.</source>
        <translation>{placeholder} جای‌نما نیست؛ در یادداشت می‌توان این‌ها را به کار برد: {placeholders}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="399" />
        <source>The PDF could not be written to {path}.</source>
        <translation>فایل PDF در {path} نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="400" />
        <source>Entry {entry_id} is not a purchase or a redemption; there is no note for it.</source>
        <translation>ردیف {entry_id} خرید یا دریافت جایزه نیست؛ یادداشتی برای آن نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="403" />
        <source>This member has no active card to print.</source>
        <translation>این عضو کارت فعالی برای چاپ ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="406" />
        <source>No members with a card were chosen; there is nothing to print.</source>
        <translation>عضوی با کارت انتخاب نشده است؛ چیزی برای چاپ نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="410" />
        <source>{count} cards is more than one print run can take ({limit}); choose fewer members.</source>
        <translation>{count} کارت بیش از توان یک نوبت چاپ ({limit}) است؛ اعضای کمتری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="414" />
        <source>Copies must be between 1 and {limit}.</source>
        <translation>تعداد نسخه باید بین ۱ و {limit} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="415" />
        <source>Copies are for printers; a PDF file is written once.</source>
        <translation>تعداد نسخه برای چاپگر است؛ فایل PDF یک بار نوشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="418" />
        <source>The printer {printer} did not accept the job.</source>
        <translation>چاپگر {printer} کار چاپ را نپذیرفت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="421" />
        <source>No printer is set up on this computer; save the document as a PDF instead.</source>
        <translation>روی این رایانه چاپگری تعریف نشده است؛ سند را به‌صورت PDF ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="424" />
        <source>There is no printer called {printer}; this computer has no printers set up.</source>
        <translation>چاپگری به نام {printer} نیست؛ روی این رایانه هیچ چاپگری تعریف نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="428" />
        <source>There is no printer called {printer}. Printers here: {known}</source>
        <translation>چاپگری به نام {printer} نیست. چاپگرهای این‌جا: {known}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="431" />
        <source>{value} is not a printer connection; see the examples under the field.</source>
        <translation>{value} نشانی اتصال چاپگر نیست؛ نمونه‌های زیر همین خانه را ببینید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="435" />
        <source>A receipt printer takes 80 mm or 58 mm rolls, not {paper}.</source>
        <translation>چاپگر رسید رول ۸۰ یا ۵۸ میلی‌متری می‌گیرد، نه {paper}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="438" />
        <source>The receipt printer ({printer}) stopped; check paper and cover, then print again.</source>
        <translation>چاپگر رسید ({printer}) از کار ایستاد؛ کاغذ و درِ آن را بررسی کنید و دوباره چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="442" />
        <source>No receipt printer is set up; choose one in Settings.</source>
        <translation>چاپگر رسید تعریف نشده است؛ در تنظیمات آن را تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="445" />
        <source>The receipt printer ({printer}) cannot be reached; check that it is on and connected.</source>
        <translation>به چاپگر رسید ({printer}) دسترسی نیست؛ ببینید روشن و وصل باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="460" />
        <source>Type the purchase amount.</source>
        <translation>مبلغ خرید را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="462" />
        <source>{value} is not a whole amount: type it without decimals.</source>
        <translation>{value} مبلغی درست نیست: آن را بدون اعشار بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="475" />
        <source>The birthday cannot be in the future.</source>
        <translation>تاریخ تولد نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="476" />
        <source>That birthday is more than 120 years ago.</source>
        <translation>این تاریخ تولد بیش از ۱۲۰ سال پیش است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="477" />
        <source>{card} is not a valid card number: a digit is wrong or two are swapped.</source>
        <translation>{card} شمارهٔ کارت معتبری نیست: یک رقم اشتباه است یا دو رقم جابه‌جا شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="480" />
        <source>No free card number could be found; please try again.</source>
        <translation>شمارهٔ کارت آزادی پیدا نشد؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="483" />
        <source>Card {card} was replaced by card {new_card} and no longer works.</source>
        <translation>کارت {card} با کارت {new_card} جایگزین شده و دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="486" />
        <source>No member has card {card}.</source>
        <translation>کارت {card} به هیچ عضوی تعلق ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="487" />
        <source>That date is before the member joined the club.</source>
        <translation>این تاریخ پیش از عضویت این شخص است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="490" />
        <source>The database {path} cannot be opened.</source>
        <translation>پایگاه دادهٔ {path} باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="491" />
        <source>{path} is not a LoyaltyDesk database; nothing was changed in it.</source>
        <translation>{path} پایگاه دادهٔ LoyaltyDesk نیست؛ چیزی در آن تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="494" />
        <source>{path} was written by a newer LoyaltyDesk; update this program before using it.</source>
        <translation>{path} با نسخهٔ تازه‌تری از LoyaltyDesk نوشته شده؛ پیش از استفاده این برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="498" />
        <source>The database server {server} (database {database}) cannot be reached. Check that it is running and that this computer can reach it over the network, then try again.</source>
        <translation>به سرور پایگاه داده {server} (پایگاه داده {database}) دسترسی نیست. ببینید سرور روشن باشد و این رایانه از راه شبکه به آن برسد، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="503" />
        <source>That date and time is in the future.</source>
        <translation>این تاریخ و ساعت در آینده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="504" />
        <source>{value} is not a date; write it as 1403/05/21 or 2024-08-11 (and HH:MM).</source>
        <translation>{value} تاریخ نیست؛ آن را به شکل ۱۴۰۳/۰۵/۲۱ یا 2024-08-11 (و ساعت:دقیقه) بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="507" />
        <source>Type the date as year/month/day, or untick the box if there is none.</source>
        <translation>تاریخ را به شکل سال/ماه/روز بنویسید، یا اگر تاریخی نیست تیک آن را بردارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="510" />
        <source>{value} is not a date; type year/month/day, as {example}.</source>
        <translation>{value} تاریخ نیست؛ آن را به شکل سال/ماه/روز بنویسید، مانند {example}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="513" />
        <source>The time has no time zone.</source>
        <translation>برای این زمان منطقهٔ زمانی مشخص نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="514" />
        <source>There is no such day as {value}.</source>
        <translation>روزی به نام {value} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="515" />
        <source>There is no such time as {value}.</source>
        <translation>ساعتی به شکل {value} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="516" />
        <source>There is no ledger entry {entry_id}.</source>
        <translation>ردیف {entry_id} در دفتر امتیاز وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="517" />
        <source>There is no member number {member_id}.</source>
        <translation>عضوی با شمارهٔ {member_id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="518" />
        <source>Scan a card or type a phone number.</source>
        <translation>کارت را اسکن کنید یا شمارهٔ تلفن را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="519" />
        <source>{value} is neither a card number nor a mobile number.</source>
        <translation>{value} نه شمارهٔ کارت است نه شمارهٔ موبایل.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="522" />
        <source>The name contains invisible characters.</source>
        <translation>نام نویسه‌های نامرئی دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="525" />
        <source>Write the member's name.</source>
        <translation>نام عضو را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="526" />
        <source>A name needs letters; {name} has none.</source>
        <translation>نام باید حرف داشته باشد؛ {name} حرفی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="527" />
        <source>A name can be at most {limit} characters.</source>
        <translation>نام حداکثر {limit} نویسه می‌تواند باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="528" />
        <source>{value} is not a valid national code: its check digit does not match.</source>
        <translation>{value} کد ملی معتبری نیست: رقم کنترل آن نمی‌خواند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="531" />
        <source>A national code has ten digits; {value} does not.</source>
        <translation>کد ملی ده رقم دارد؛ {value} ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="534" />
        <source>This national code already belongs to {member}.</source>
        <translation>این کد ملی از قبل متعلق به {member} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="537" />
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="538" />
        <source>{value} is not a whole number: digits are grouped in threes (85,000), and a decimal part cannot be given.</source>
        <translation>{value} عدد صحیح نیست: رقم‌ها سه‌تا سه‌تا جدا می‌شوند (۸۵٬۰۰۰) و بخش اعشاری پذیرفته نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="543" />
        <source>{value} is not a whole number.</source>
        <translation>{value} عدد صحیح نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="544" />
        <source>This member already has an opening balance; use an adjustment instead.</source>
        <translation>این عضو از قبل موجودی اولیه دارد؛ به جای آن از اصلاح استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="547" />
        <source>An opening balance must be more than zero.</source>
        <translation>موجودی اولیه باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="550" />
        <source>The operation id is empty.</source>
        <translation>شناسهٔ عملیات خالی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="551" />
        <source>An operation id is at most {limit} printable characters.</source>
        <translation>شناسهٔ عملیات حداکثر {limit} نویسهٔ چاپی است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="554" />
        <source>Operation id {operation_id} was already used for a different action; nothing was done.</source>
        <translation>شناسهٔ عملیات {operation_id} پیش‌تر برای کار دیگری به کار رفته؛ کاری انجام نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="558" />
        <source>Write the mobile number.</source>
        <translation>شمارهٔ موبایل را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="559" />
        <source>A mobile number has only digits; {phone} has others.</source>
        <translation>شمارهٔ موبایل فقط رقم دارد؛ {phone} نویسه‌های دیگری هم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="562" />
        <source>{phone} is not an Iranian mobile number.</source>
        <translation>{phone} شمارهٔ موبایل ایران نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="563" />
        <source>{phone} is not a mobile number: mobile numbers start with 09.</source>
        <translation>{phone} شمارهٔ موبایل نیست: شماره‌های موبایل با ۰۹ شروع می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="566" />
        <source>This mobile number already belongs to {member}.</source>
        <translation>این شمارهٔ موبایل از قبل متعلق به {member} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="569" />
        <source>No member has the mobile number {phone}.</source>
        <translation>هیچ عضوی شمارهٔ موبایل {phone} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="570" />
        <source>{phone} has {digits} digits after 0; a mobile number has 10 (09xx xxx xxxx).</source>
        <translation>{phone} بعد از صفر {digits} رقم دارد؛ شمارهٔ موبایل ۱۰ رقم دارد (⁦۰۹xx xxx xxxx⁩).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="573" />
        <source>There is no purchase {purchase_id}.</source>
        <translation>خریدی با شمارهٔ {purchase_id} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="574" />
        <source>Receipt {receipt} was already credited to {member}.</source>
        <translation>امتیاز رسید {receipt} پیش‌تر به {member} داده شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="577" />
        <source>A receipt number is at most {limit} characters.</source>
        <translation>شمارهٔ رسید حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="580" />
        <source>No purchase was credited with receipt {receipt}.</source>
        <translation>هیچ خریدی با رسید {receipt} ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="583" />
        <source>The member owes {debt} points from a refund; no reward until it is paid back.</source>
        <translation>این عضو به‌خاطر مرجوعی {debt} امتیاز بدهکار است؛ تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="586" />
        <source>{reward} needs {cost} points; the member has {balance}, {missing} short.</source>
        <translation>{reward} به {cost} امتیاز نیاز دارد؛ عضو {balance} امتیاز دارد و {missing} امتیاز کم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="589" />
        <source>This purchase was already refunded in full.</source>
        <translation>این خرید پیش‌تر به‌طور کامل مرجوع شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="592" />
        <source>Only {remaining} of this purchase is left to refund, not {amount}.</source>
        <translation>از این خرید فقط {remaining} برای مرجوعی مانده است، نه {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="595" />
        <source>Entry {entry_id} is not a purchase, so it cannot be refunded.</source>
        <translation>ردیف {entry_id} خرید نیست، پس مرجوع نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="598" />
        <source>Name the purchase to refund by its receipt or by its ledger entry (one of the two).</source>
        <translation>خرید مرجوعی را با رسید یا با ردیف دفتر امتیاز آن مشخص کنید (یکی از این دو).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="602" />
        <source>There is no backup file at {path}.</source>
        <translation>در {path} فایل پشتیبانی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="603" />
        <source>A reward costs between 1 and {limit} points.</source>
        <translation>بهای هر جایزه بین ۱ و {limit} امتیاز است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="606" />
        <source>Name the reward.</source>
        <translation>نام جایزه را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="607" />
        <source>There is already a reward called {reward}.</source>
        <translation>جایزه‌ای به نام {reward} از قبل هست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="608" />
        <source>There is no reward called {reward}.</source>
        <translation>جایزه‌ای به نام {reward} نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="609" />
        <source>With these points per amount one purchase of {amount} would earn more than {limit} points: give fewer points, or set a larger amount per step.</source>
        <translation>با این امتیاز برای هر مبلغ، یک خرید {amount} بیش از {limit} امتیاز می‌گیرد: امتیاز کمتری بدهید یا مبلغ هر پله را بیشتر کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="614" />
        <source>This purchase would take the balance past {limit} points, more than a club can hold; check the earning rule. Nothing was credited.</source>
        <translation>با این خرید موجودی از {limit} امتیاز می‌گذرد که بیش از ظرفیت باشگاه است؛ قانون امتیازدهی را بررسی کنید. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="619" />
        <source>The minimum purchase cannot be negative.</source>
        <translation>حداقل خرید نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="620" />
        <source>Points per step must be more than zero.</source>
        <translation>امتیاز هر پله باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="621" />
        <source>The amount per step must be more than zero.</source>
        <translation>مبلغ هر پله باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="622" />
        <source>The minimum purchase can be at most {limit_rials}.</source>
        <translation>حداقل خرید حداکثر می‌تواند {limit_rials} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="625" />
        <source>Points per step can be at most {limit}.</source>
        <translation>امتیاز هر پله حداکثر می‌تواند {limit} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="628" />
        <source>The amount per step can be at most {limit_rials}.</source>
        <translation>مبلغ هر پله حداکثر می‌تواند {limit_rials} باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="631" />
        <source>The club has no earning rule.</source>
        <translation>باشگاه قاعدهٔ امتیازدهی ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="632" />
        <source>Ask for 1 to {limit} members at a time.</source>
        <translation>هر بار ۱ تا {limit} عضو بخواهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="633" />
        <source>The database is busy with another counter; please try again.</source>
        <translation>پایگاه داده سرگرم صندوق دیگری است؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="636" />
        <source>Another counter changed this member at the same moment; please try again.</source>
        <translation>صندوق دیگری همزمان این عضو را تغییر داد؛ لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="639" />
        <source>The disk is full; nothing was saved. Free some space.</source>
        <translation>دیسک پر است؛ چیزی ذخیره نشد. کمی جا باز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="642" />
        <source>The database cannot be written (it is read-only); nothing was saved.</source>
        <translation>در پایگاه داده نمی‌شود نوشت (فقط‌خواندنی است)؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="646" />
        <source>{reward} needs {cost} stamps; the member has {stamps}, {missing} short.</source>
        <translation>{reward} به {cost} مهر نیاز دارد؛ عضو {stamps} مهر دارد و {missing} مهر کم دارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="649" />
        <source>A stamp reward costs between 1 and {limit} stamps.</source>
        <translation>هزینهٔ جایزهٔ مهری بین ۱ تا {limit} مهر است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="652" />
        <source>The minimum purchase for a stamp cannot be negative.</source>
        <translation>حداقل خرید برای گرفتن مهر نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="655" />
        <source>Stamps a day per member are between 1 and {limit}.</source>
        <translation>تعداد مهر روزانهٔ هر عضو بین ۱ تا {limit} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="658" />
        <source>With points turned off, turn stamps on: otherwise purchases earn nothing.</source>
        <translation>وقتی امتیاز خاموش است، مهر را روشن کنید؛ وگرنه خریدها چیزی به دست نمی‌آورند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="662" />
        <source>{address} is not an e-mail address: it needs one @, a dot after it and no spaces, like name@example.com.</source>
        <translation>{address} نشانی ایمیل نیست: باید یک @ داشته باشد، بعد از آن یک نقطه، و بدون فاصله باشد؛ مانند name@example.com.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="667" />
        <source>An e-mail address is at most {limit} characters.</source>
        <translation>نشانی ایمیل حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="670" />
        <source>{host} is not a server name: write it like smtp.example.com.</source>
        <translation>{host} نام سرور نیست: آن را مانند smtp.example.com بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="673" />
        <source>The port is a whole number from {first} to {last}.</source>
        <translation>درگاه (پورت) عددی صحیح از {first} تا {last} است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="676" />
        <source>The user name has a space or is too long: write it as the server gave it.</source>
        <translation>نام کاربری فاصله دارد یا بیش از حد بلند است: آن را همان‌طور که سرور داده بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="679" />
        <source>Give the address the e-mail comes from (From), like club@example.com.</source>
        <translation>نشانی فرستندهٔ ایمیل (From) را بدهید، مانند club@example.com.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="682" />
        <source>No mail server is set: give one in E-mail server… (or `mail set`).</source>
        <translation>سرور ایمیل تعیین نشده است: آن را در «سرور ایمیل…» (یا با `mail set`) بدهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="685" />
        <source>This program cannot send e-mail here; nothing was sent.</source>
        <translation>این برنامه اینجا نمی‌تواند ایمیل بفرستد؛ چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="688" />
        <source>The mail server {host} (port {port}) did not work: {detail}. Nothing was sent.</source>
        <translation>سرور ایمیل {host} (درگاه {port}) کار نکرد: {detail}. چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="692" />
        <source>Write the mail server’s name, like smtp.example.com.</source>
        <translation>نام سرور ایمیل را بنویسید، مثل smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="695" />
        <source>{address} has letters a mail server cannot deliver to: write the address in English letters, like name@example.com.</source>
        <translation>{address} حروفی دارد که سرور ایمیل نمی‌تواند به آن بفرستد: نشانی را با حروف انگلیسی بنویسید، مثل name@example.com.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="700" />
        <source>Withdrawn: the member asked for no messages after it was queued.</source>
        <translation>پس گرفته شد: عضو بعد از در صف رفتن این پیام خواست پیامی برایش فرستاده نشود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="703" />
        <source>The outbox kept changing while the file was written; nothing was marked. Try again.</source>
        <translation>صندوق پیام‌ها هنگام نوشتن فایل مدام تغییر کرد؛ چیزی علامت نخورد. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="707" />
        <source>The mail server did not take the message to {address}: {detail}.</source>
        <translation>سرور ایمیل پیام به {address} را نپذیرفت: {detail}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="710" />
        <source>The password for {account} is not known on this computer: save it in E-mail server…, or set LOYALTYDESK_SMTP_PASSWORD in the environment of the program that sends.</source>
        <translation>گذرواژهٔ {account} روی این رایانه شناخته نیست: آن را در «سرور ایمیل…» ذخیره کنید، یا LOYALTYDESK_SMTP_PASSWORD را در محیط برنامه‌ای که می‌فرستد تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="715" />
        <source>The system keyring did not keep the password: {detail}.</source>
        <translation>جاکلیدی سیستم گذرواژه را نگه نداشت: {detail}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="718" />
        <source>No SMS is waiting in the outbox: there is nothing to export.</source>
        <translation>هیچ پیامکی در صندوق خروجی منتظر نیست: چیزی برای خروجی گرفتن نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="721" />
        <source>Name at least one message.</source>
        <translation>دست‌کم یک پیام را نام ببرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="722" />
        <source>There is no message {id} in the outbox.</source>
        <translation>پیام {id} در صندوق خروجی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="723" />
        <source>Message {id} was not exported to an SMS panel, so it cannot be marked sent; nothing was marked.</source>
        <translation>پیام {id} به سامانهٔ پیامک داده نشده است، پس نمی‌توان آن را فرستاده‌شده علامت زد؛ چیزی علامت نخورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="728" />
        <source>Message {id} has not failed, so there is nothing to retry; nothing changed.</source>
        <translation>پیام {id} ناموفق نبوده است، پس چیزی برای تلاش دوباره نیست؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="731" />
        <source>{path}: the outbox exports to a .csv or an .xlsx file.</source>
        <translation>{path}: خروجی صندوق پیام‌ها فقط فایل ‎.csv یا ‎.xlsx است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="734" />
        <source>Redemption {entry_id} was already voided.</source>
        <translation>دریافت جایزهٔ {entry_id} پیش‌تر لغو شده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="737" />
        <source>Entry {entry_id} is not a redemption, so it cannot be voided.</source>
        <translation>ردیف {entry_id} دریافت جایزه نیست، پس لغو نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/error_text.py" line="744" />
        <source>The request could not be completed ({code}).</source>
        <translation>درخواست انجام نشد ({code}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="24" />
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="25" />
        <source>Something unexpected went wrong. Nothing half-done was saved; you can go on working. The details were written to {log}.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد. هیچ کار نیمه‌کاره‌ای ذخیره نشد؛ می‌توانید به کار ادامه دهید. جزئیات در {log} نوشته شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/errors.py" line="39" />
        <source>LoyaltyDesk cannot start</source>
        <translation>برنامهٔ باشگاه مشتریان باز نمی‌شود</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="74" />
        <source>How was the visit?</source>
        <translation>مراجعه چطور بود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="78" />
        <source>How was {name}'s visit? Press {low} to {high}, then Enter.</source>
        <translation>مراجعهٔ {name} چطور بود؟ {low} تا {high} را بزنید، سپس Enter.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="94" />
        <source>The visit of {when}, {amount}.</source>
        <translation>مراجعهٔ {when}، {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="114" />
        <source>No reason</source>
        <translation>بدون دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="124" />
        <source>Note (optional)</source>
        <translation>یادداشت (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="126" />
        <source>Save (Enter)</source>
        <translation>ذخیره (Enter)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="129" />
        <source>Cancel (Esc)</source>
        <translation>انصراف (Esc)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="132" />
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="133" />
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/feedback_dialog.py" line="180" />
        <source>Press a score from {low} to {high} first.</source>
        <translation>اول امتیازی از {low} تا {high} بزنید.</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="56" />
        <source>What they said on the phone or in reply to the message</source>
        <translation>آنچه پشت تلفن یا در پاسخ به پیام گفت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="61" />
        <source>Record</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="66" />
        <source>Why did they stop coming?</source>
        <translation>چرا دیگر نیامد؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="68" />
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78" />
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="69" />
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78" />
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78" />
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="78" />
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="91" />
        <source>What they told us</source>
        <translation>آنچه به ما گفت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="108" />
        <source>No reason</source>
        <translation>بدون دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="127" />
        <source>Stopped coming</source>
        <translation>دیگر نیامد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/feedback_tab.py" line="158" />
        <source>Recorded.</source>
        <translation>ثبت شد.</translation>
    </message>
</context>
<context>
    <name>IssueCouponDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="74" />
        <source>Issue coupons</source>
        <translation>صدور کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="86" />
        <source>To whom</source>
        <translation>برای چه کسی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="88" />
        <source>A member</source>
        <translation>یک عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="89" />
        <source>Anyone (an open coupon), uses:</source>
        <translation>همه (کوپن آزاد)، دفعات استفاده:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="90" />
        <source>A sheet of open coupons, how many:</source>
        <translation>برگه‌ای از کوپن‌های آزاد، چند عدد:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="96" />
        <source>Card, phone or name</source>
        <translation>کارت، تلفن یا نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="118" />
        <source>A personal coupon for each of the {count} chosen members</source>
        <translation>یک کوپن شخصی برای هر یک از {count} عضو انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="137" />
        <source>What it gives</source>
        <translation>چه می‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="141" />
        <source>A percentage off</source>
        <translation>درصدی تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="142" />
        <source>An amount off</source>
        <translation>مبلغی تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="143" />
        <source>A reward from the catalogue</source>
        <translation>جایزه‌ای از فهرست جایزه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="155" />
        <source>no ceiling</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="157" />
        <source>at most</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="162" />
        <source>Amount off</source>
        <translation>مبلغ تخفیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="181" />
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="182" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="183" />
        <source>Gives</source>
        <translation>چه می‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="187" />
        <source>Minimum purchase</source>
        <translation>حداقل خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="190" />
        <source>Valid</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="199" />
        <source>Until a last day instead:</source>
        <translation>به جای آن، تا روز مشخص:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="204" />
        <source>Days, from today</source>
        <translation>چند روز، از امروز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="213" />
        <source>Issue</source>
        <translation>صدور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="247" />
        <source>{name} · {phone} · card ending {card}</source>
        <translation>{name} · {phone} · کارت با پایان {card}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="259" />
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="259" />
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/coupons/issue_dialog.py" line="255" />
        <source>No member matches.</source>
        <translation>هیچ عضوی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="39" />
        <source>E-mail server</source>
        <translation>سرور ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="48" />
        <source>STARTTLS (without it: port {port} is TLS, others plain)</source>
        <translation>STARTTLS (بدون آن: درگاه {port} با TLS است و بقیه بی‌رمز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="67" />
        <source>an address to send a test to</source>
        <translation>نشانی‌ای برای فرستادن پیام آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="68" />
        <source>Save and send a test</source>
        <translation>ذخیره و فرستادن پیام آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="75" />
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="76" />
        <source>Port</source>
        <translation>درگاه (پورت)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="78" />
        <source>User (optional)</source>
        <translation>نام کاربری (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="79" />
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="81" />
        <source>From address</source>
        <translation>نشانی فرستنده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="85" />
        <source>Test</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="103" />
        <source>Kept in the system keyring, never in a file. Leave empty to keep it.</source>
        <translation>در جاکلیدی سیستم نگه داشته می‌شود، هرگز در فایل. برای نگه داشتن همان گذرواژه خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="137" />
        <source>Saved; the password is in the system keyring.</source>
        <translation>ذخیره شد؛ گذرواژه در جاکلیدی سیستم است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="139" />
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="152" />
        <source>LoyaltyDesk: test message</source>
        <translation>LoyaltyDesk: پیام آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="153" />
        <source>This is a test from LoyaltyDesk: the club's e-mail to members works.</source>
        <translation>این پیامی آزمایشی از LoyaltyDesk است: ایمیل باشگاه به اعضا کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="155" />
        <source>Sending a test to {address}…</source>
        <translation>در حال فرستادن پیام آزمایشی به {address}…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/mail_dialog.py" line="161" />
        <source>Test message sent to {address}.</source>
        <translation>پیام آزمایشی به {address} فرستاده شد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="95" />
        <source>LoyaltyDesk — {shop}</source>
        <translation>باشگاه مشتریان — {shop}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="118" />
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="119" />
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="123" />
        <source>Club rules</source>
        <translation>قوانین باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="136" />
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="149" />
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="153" />
        <source>Campaigns</source>
        <translation>کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="158" />
        <source>Outbox</source>
        <translation>صندوق پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="210" />
        <location filename="../../loyaltydesk/ui/main_window.py" line="219" />
        <source>Card scanned</source>
        <translation>کارت اسکن شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="212" />
        <source>Card {card} belongs to {name}. Go to the counter with them?</source>
        <translation>کارت {card} مال {name} است. با این عضو به پیشخوان بروید؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="216" />
        <source>This window closes; what is not saved in it is lost.</source>
        <translation>این پنجره بسته می‌شود و آنچه در آن ذخیره نشده از دست می‌رود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="242" />
        <source>Coupon scanned</source>
        <translation>کوپن اسکن شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="244" />
        <source>Coupon {code}: close this window and scan it at the counter.</source>
        <translation>کوپن {code}: این پنجره را ببندید و کوپن را در صندوق اسکن کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="263" />
        <source>&amp;Club</source>
        <translation>&amp;باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="265" />
        <source>&amp;Counter</source>
        <translation>&amp;صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="266" />
        <source>&amp;Members</source>
        <translation>&amp;اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="267" />
        <source>Club &amp;rules</source>
        <translation>&amp;قوانین باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="268" />
        <source>R&amp;eports</source>
        <translation>&amp;گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="269" />
        <source>C&amp;oupons</source>
        <translation>&amp;کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="270" />
        <source>&amp;Outbox</source>
        <translation>&amp;صندوق پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="271" />
        <source>E-mail &amp;server…</source>
        <translation>&amp;سرور ایمیل…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="272" />
        <source>&amp;Back up…</source>
        <translation>&amp;پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="273" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;بازگردانی از پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="274" />
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="275" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="362" />
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="363" />
        <source>Saved. Restart LoyaltyDesk to use the new language or unit.</source>
        <translation>ذخیره شد. برای دیدن زبان یا واحد تازه برنامه را دوباره باز کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="368" />
        <source>Back up the club</source>
        <translation>پشتیبان‌گیری از باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="373" />
        <source>Back up</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="374" />
        <source>Writing the backup…</source>
        <translation>در حال نوشتن پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="376" />
        <source>Backup written to {path}</source>
        <translation>پشتیبان در {path} نوشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="380" />
        <source>Restore from a backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="385" />
        <location filename="../../loyaltydesk/ui/main_window.py" line="401" />
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="387" />
        <source>Replace all the club's data with this backup? A copy of the data as it is now is kept first.</source>
        <translation>همهٔ داده‌های باشگاه با این پشتیبان جایگزین شود؟ پیش از آن یک نسخه از داده‌های کنونی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="396" />
        <source>Restored. The data as it was before is kept in {path}</source>
        <translation>بازگردانده شد. داده‌های پیشین در {path} نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/main_window.py" line="402" />
        <source>Restoring the backup…</source>
        <translation>در حال بازگردانی پشتیبان…</translation>
    </message>
</context>
<context>
    <name>MemberDetailsDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="67" />
        <source>Member details</source>
        <translation>جزئیات عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="79" />
        <source>No messages (never sent SMS or e-mail)</source>
        <translation>بدون پیام (هرگز پیامک یا ایمیل برایش فرستاده نشود)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="84" />
        <source>Save changes</source>
        <translation>ذخیرهٔ تغییرات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="86" />
        <source>Replace lost card…</source>
        <translation>کارت جایگزین برای کارت گم‌شده…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="87" />
        <source>Print card…</source>
        <translation>چاپ کارت…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="91" />
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="92" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="93" />
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="94" />
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="95" />
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="113" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="114" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="115" />
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="116" />
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="117" />
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="125" />
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="118" />
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="126" />
        <source>Statement</source>
        <translation>گردش امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="130" />
        <source>Feedback</source>
        <translation>نظرها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="170" />
        <source>receipt {receipt}</source>
        <translation>رسید {receipt}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="175" />
        <source>(with coupon {coupon})</source>
        <translation>(با کوپن {coupon})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="218" />
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="224" />
        <source>Replace lost card</source>
        <translation>کارت جایگزین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="226" />
        <source>Give this member a new card? The old card stops working at once; the points stay.</source>
        <translation>کارت تازه‌ای به این عضو داده شود؟ کارت قبلی همین حالا از کار می‌افتد؛ امتیازها سر جایشان می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/details_dialog.py" line="241" />
        <source>New card {new}; card {old} no longer works.</source>
        <translation>کارت تازه {new}؛ کارت {old} دیگر کار نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>MemberListDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/members_dialog.py" line="52" />
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/members_dialog.py" line="56" />
        <source>Give a coupon…</source>
        <translation>دادن کوپن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/members_dialog.py" line="59" />
        <source>To the members selected in the list, or to everyone listed if none is</source>
        <translation>به عضوهای انتخاب‌شده در فهرست، یا اگر کسی انتخاب نشده، به همهٔ فهرست</translation>
    </message>
</context>
<context>
    <name>MemberPanelWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="152" />
        <source>Scan a card or search for a member to begin.</source>
        <translation>برای شروع کارت را اسکن کنید یا عضو را جست‌وجو کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="160" />
        <source>Card {card} · {phone}</source>
        <translation>کارت {card} · {phone}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="166" />
        <source>no messages</source>
        <translation>بدون پیام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="169" />
        <source>The member asked not to be messaged; served at the counter as always.</source>
        <translation>این عضو خواسته است برایش پیامی فرستاده نشود؛ در صندوق مثل همیشه به او خدمت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="174" />
        <source>Messages again</source>
        <translation>دوباره پیام بفرست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="175" />
        <source>The member wants the club's messages again</source>
        <translation>عضو دوباره پیام‌های باشگاه را می‌خواهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="177" />
        <source>Stop messages</source>
        <translation>قطع پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="179" />
        <source>The member asks for no messages; anything queued for them is withdrawn</source>
        <translation>عضو پیامی نمی‌خواهد؛ هر پیامی که برایش در صف است پس گرفته می‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="182" />
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="189" />
        <source>The club has no rewards to offer yet.</source>
        <translation>باشگاه هنوز جایزه‌ای برای پیشنهاد ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="195" />
        <source>Every reward is within reach.</source>
        <translation>همهٔ جایزه‌ها در دسترس است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="201" />
        <source>{missing} more point to {reward}</source>
        <translation>{missing} امتیاز دیگر تا {reward}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="203" />
        <source>{missing} more points to {reward}</source>
        <translation>{missing} امتیاز دیگر تا {reward}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="218" />
        <source>{points} point expires on {date}</source>
        <translation>{points} امتیاز در {date} منقضی می‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="220" />
        <source>{points} points expire on {date}</source>
        <translation>{points} امتیاز در {date} منقضی می‌شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="228" />
        <source>Owes {points} point from a refund: no reward until paid back.</source>
        <translation>به‌خاطر مرجوعی {points} امتیاز بدهکار است: تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="230" />
        <source>Owes {points} points from a refund: no reward until paid back.</source>
        <translation>به‌خاطر مرجوعی {points} امتیاز بدهکار است: تا جبران آن جایزه‌ای داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="235" />
        <source>Replaced card: {cards} (no longer works)</source>
        <translation>کارت جایگزین‌شده: {cards} (دیگر کار نمی‌کند)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="240" />
        <source>Birthday this week!</source>
        <translation>تولدش همین هفته است!</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="243" />
        <source>Last visits</source>
        <translation>آخرین مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="255" />
        <source>{date}   {amount}   {points} point</source>
        <translation>{date}   {amount}   {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="257" />
        <source>{date}   {amount}   {points} points</source>
        <translation>{date}   {amount}   {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="267" />
        <source>No visits yet.</source>
        <translation>هنوز مراجعه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="279" />
        <source>{tier}: {amount} in the last {months} months</source>
        <translation>{tier}: {amount} در {months} ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="287" />
        <source>{tier}: {amount} more</source>
        <translation>{tier}: {amount} دیگر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/member_panel.py" line="293" />
        <source>Reviewed on {date}</source>
        <translation>بازبینی در {date}</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="63" />
        <source>Card, phone, last 4 digits or name</source>
        <translation>کارت، تلفن، چهار رقم آخر یا نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="72" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="73" />
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="74" />
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="75" />
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="76" />
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="86" />
        <source>Details…</source>
        <translation>جزئیات…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="87" />
        <source>Print cards…</source>
        <translation>چاپ کارت‌ها…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="92" />
        <source>The selected members</source>
        <translation>اعضای انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="93" />
        <source>Everyone in this list</source>
        <translation>همهٔ اعضای این فهرست</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="94" />
        <source>Members who joined in the last 7 days</source>
        <translation>اعضایی که در ۷ روز گذشته عضو شده‌اند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="95" />
        <source>Every member</source>
        <translation>همهٔ اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="145" />
        <source>No member matches.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="157" />
        <source>Type a card number, a mobile, its last 4 digits or a name to search. The newest members are listed below.</source>
        <translation>برای جستجو شمارهٔ کارت، موبایل، چهار رقم آخر آن یا نام را بنویسید. تازه‌ترین اعضا در زیر آمده‌اند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="161" />
        <source>No members yet: register the first one at the counter with F2.</source>
        <translation>هنوز عضوی نیست: نخستین عضو را در صندوق با F2 ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/view.py" line="200" />
        <source>Select members in the list first (search, then click or Ctrl+A).</source>
        <translation>اول اعضا را در فهرست انتخاب کنید (جست‌وجو، سپس کلیک یا Ctrl+A).</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <location filename="../../loyaltydesk/ui/widgets/optional_date.py" line="45" />
        <source>e.g. {date}</source>
        <translation>مثلاً {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/widgets/optional_date.py" line="50" />
        <source>Year, month and day, as {date}; separators may be left out.</source>
        <translation>سال، ماه و روز، مانند {date}؛ جداکننده‌ها را می‌توان ننوشت.</translation>
    </message>
</context>
<context>
    <name>OutboxLabels</name>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="20" />
        <source>Queued</source>
        <translation>در صف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="21" />
        <source>Exported</source>
        <translation>صادر شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="22" />
        <source>Sent</source>
        <translation>فرستاده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="23" />
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="24" />
        <source>Withdrawn</source>
        <translation>پس‌گرفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="30" />
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="31" />
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="60" />
        <source>Quiet hours ({start}–{end} at the shop): nothing was sent. 1 e-mail waits; sending is possible from {time}.</source>
        <translation>ساعت سکوت ({start} تا {end} به وقت فروشگاه): چیزی فرستاده نشد. یک ایمیل منتظر است؛ از {time} می‌توان فرستاد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="66" />
        <source>Quiet hours ({start}–{end} at the shop): nothing was sent. {waiting} e-mails wait; sending is possible from {time}.</source>
        <translation>ساعت سکوت ({start} تا {end} به وقت فروشگاه): چیزی فرستاده نشد. {waiting} ایمیل منتظر است؛ از {time} می‌توان فرستاد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="106" />
        <source>1 SMS (1 part) written to {path} and marked exported. Upload the file to your SMS panel, then mark it sent.</source>
        <translation>یک پیامک (یک بخش) در {path} نوشته و صادرشده علامت خورد. فایل را در سامانهٔ پیامک خود بارگذاری کنید و سپس آن را فرستاده‌شده علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="112" />
        <source>1 SMS ({parts} parts) written to {path} and marked exported. Upload the file to your SMS panel, then mark it sent.</source>
        <translation>یک پیامک ({parts} بخش) در {path} نوشته و صادرشده علامت خورد. فایل را در سامانهٔ پیامک خود بارگذاری کنید و سپس آن را فرستاده‌شده علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="119" />
        <source>{count} SMS ({parts} parts) written to {path} and marked exported. Upload the file to your SMS panel, then mark them sent.</source>
        <translation>{count} پیامک ({parts} بخش) در {path} نوشته و صادرشده علامت خورد. فایل را در سامانهٔ پیامک خود بارگذاری کنید و سپس آن‌ها را فرستاده‌شده علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="134" />
        <source>1 message was withdrawn: its member asked for no messages.</source>
        <translation>یک پیام پس گرفته شد: عضوش خواسته پیامی برایش فرستاده نشود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="137" />
        <source>{count} messages were withdrawn: their members asked for no messages.</source>
        <translation>{count} پیام پس گرفته شد: عضوهایشان خواسته‌اند پیامی برایشان فرستاده نشود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="145" />
        <source>It is the shop's quiet hours ({start}–{end}): send from the panel after {end}.</source>
        <translation>اکنون ساعت سکوت فروشگاه است ({start} تا {end}): بعد از {end} از سامانهٔ پیامک بفرستید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="156" />
        <source>1 message marked sent.</source>
        <translation>یک پیام فرستاده‌شده علامت خورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="157" />
        <source>{count} messages marked sent.</source>
        <translation>{count} پیام فرستاده‌شده علامت خورد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="164" />
        <source>1 message queued again.</source>
        <translation>یک پیام دوباره در صف رفت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="165" />
        <source>{count} messages queued again.</source>
        <translation>{count} پیام دوباره در صف رفت.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="79" />
        <source>No e-mail is waiting to be sent.</source>
        <translation>هیچ ایمیلی منتظر فرستادن نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="80" />
        <source>E-mail sent: {sent}. To try again later: {retrying}. Failed: {failed}.</source>
        <translation>ایمیل فرستاده‌شده: {sent}. برای تلاش دوباره در آینده: {retrying}. ناموفق: {failed}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="84" />
        <source>Last error: {error}</source>
        <translation>آخرین خطا: {error}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/labels.py" line="91" />
        <source>This computer has no system keyring; the password is not saved: set LOYALTYDESK_SMTP_PASSWORD in the environment of the program that sends, or use a server without a password.</source>
        <translation>این رایانه جاکلیدی سیستمی ندارد؛ گذرواژه ذخیره نمی‌شود: LOYALTYDESK_SMTP_PASSWORD را در محیط برنامه‌ای که می‌فرستد تعیین کنید، یا از سروری بدون گذرواژه استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="71" />
        <source>Every status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="76" />
        <source>SMS and e-mail</source>
        <translation>پیامک و ایمیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="82" />
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="90" />
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="91" />
        <source>Channel</source>
        <translation>راه ارسال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="92" />
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="93" />
        <source>Parts</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="94" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="95" />
        <source>Tries</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="96" />
        <source>Last error</source>
        <translation>آخرین خطا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="97" />
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="98" />
        <source>Queued</source>
        <translation>در صف از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="99" />
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="109" />
        <source>Export SMS…</source>
        <translation>خروجی پیامک‌ها…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="112" />
        <source>Queued SMS as a CSV or Excel file for your bulk-SMS panel</source>
        <translation>پیامک‌های در صف به‌صورت فایل CSV یا اکسل برای سامانهٔ پیامک انبوه شما</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="114" />
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="277" />
        <source>Mark sent</source>
        <translation>فرستاده شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="117" />
        <source>The selected exported messages, or all exported ones, were sent by the panel</source>
        <translation>پیام‌های صادرشدهٔ انتخاب‌شده، یا همهٔ صادرشده‌ها، را سامانه فرستاده است</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="119" />
        <source>Send e-mail now</source>
        <translation>فرستادن ایمیل‌ها اکنون</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="121" />
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="302" />
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="123" />
        <source>Queue the selected failed messages again</source>
        <translation>پیام‌های ناموفق انتخاب‌شده دوباره در صف بروند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="124" />
        <source>E-mail server…</source>
        <translation>سرور ایمیل…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="182" />
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="227" />
        <source>Subject: {subject}</source>
        <translation>موضوع: {subject}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="240" />
        <source>Export queued SMS</source>
        <translation>خروجی پیامک‌های در صف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="242" />
        <source>CSV for an SMS panel (*.csv)</source>
        <translation>CSV برای سامانهٔ پیامک (*.csv)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="242" />
        <source>Excel (*.xlsx)</source>
        <translation>اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="250" />
        <source>Export SMS</source>
        <translation>خروجی پیامک</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="251" />
        <source>Export now anyway?</source>
        <translation>با این حال الان خروجی گرفته شود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="267" />
        <source>None of the selected messages was exported, so none can be marked sent.</source>
        <translation>هیچ‌یک از پیام‌های انتخاب‌شده صادر نشده است، پس هیچ‌کدام را نمی‌توان فرستاده‌شده علامت زد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="274" />
        <source>No exported message is waiting to be marked sent.</source>
        <translation>هیچ پیام صادرشده‌ای منتظر علامت «فرستاده شد» نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="278" />
        <source>Mark the exported message sent?</source>
        <translation>پیام صادرشده فرستاده‌شده علامت بخورد؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="280" />
        <source>Mark all {count} exported messages sent?</source>
        <translation>همهٔ {count} پیام صادرشده فرستاده‌شده علامت بخورند؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="299" />
        <source>No failed message is shown to retry.</source>
        <translation>هیچ پیام ناموفقی برای تلاش دوباره نمایش داده نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="303" />
        <source>Queue the failed message shown again?</source>
        <translation>پیام ناموفقِ نمایش‌داده‌شده دوباره در صف برود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="305" />
        <source>Queue all {count} failed messages shown again?</source>
        <translation>همهٔ {count} پیام ناموفق نمایش‌داده‌شده دوباره در صف بروند؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/outbox/view.py" line="318" />
        <source>Sending e-mail…</source>
        <translation>در حال فرستادن ایمیل‌ها…</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="62" />
        <source>Thank you, {name}!
You earned {points} points today.
{missing} more points to {reward}.</source>
        <translation>{name} عزیز، از خرید شما سپاسگزاریم!
امروز {points} امتیاز گرفتید.
فقط {missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="94" />
        <source>Membership card</source>
        <translation>کارت عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="116" />
        <location filename="../../loyaltydesk/printing/documents.py" line="134" />
        <source>Membership cards</source>
        <translation>کارت‌های عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="170" />
        <source>Member since {date}</source>
        <translation>عضو از {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="185" />
        <source>How the club works</source>
        <translation>باشگاه چگونه کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="194" />
        <source>{reward}: {points} points</source>
        <translation>{reward}: {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="202" />
        <source>Show this card at every visit.</source>
        <translation>این کارت را در هر خرید نشان دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="236" />
        <source>{points} points for every {amount} you spend.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="239" />
        <source>Purchases from {amount}.</source>
        <translation>برای خریدهای از {amount}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="254" />
        <source>Enjoy your {reward}, {name}!</source>
        <translation>{name} عزیز، {reward} نوش جان!</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="266" />
        <source>{missing} more points to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="290" />
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="56" />
        <source>{points} points</source>
        <translation>{points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="54" />
        <source>{points} point</source>
        <translation>{points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="192" />
        <source>{reward}: {points} point</source>
        <translation>{reward}: {points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="234" />
        <source>{points} point for every {amount} you spend.</source>
        <translation>{points} امتیاز برای هر {amount} خرید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="264" />
        <source>{missing} more point to {reward}.</source>
        <translation>{missing} امتیاز دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="300" />
        <location filename="../../loyaltydesk/printing/documents.py" line="344" />
        <source>Purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="302" />
        <location filename="../../loyaltydesk/printing/documents.py" line="356" />
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="304" />
        <location filename="../../loyaltydesk/printing/documents.py" line="352" />
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="305" />
        <source>Thank-you note</source>
        <translation>یادداشت تشکر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="315" />
        <source>Stamp card: {stamps} stamps</source>
        <translation>کارت مهر: {stamps} مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="322" />
        <source>Stamp card: {stamps} of {goal}. {missing} more for {reward}.</source>
        <translation>کارت مهر: {stamps} از {goal}. {missing} مهر دیگر تا {reward}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="331" />
        <source>Stamp card: {stamps} of {goal}. {reward} is yours on your next visit!</source>
        <translation>کارت مهر: {stamps} از {goal}. {reward} در مراجعهٔ بعدی مال شماست!</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="344" />
        <source>Redemption</source>
        <translation>دریافت جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="350" />
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="354" />
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="358" />
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="359" />
        <source>Points spent</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="361" />
        <source>Points earned</source>
        <translation>امتیاز به‌دست‌آمده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="364" />
        <source>New balance</source>
        <translation>موجودی تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="370" />
        <source>Entry</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="371" />
        <source>Slip</source>
        <translation>رسید امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="388" />
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="418" />
        <source>For {name}</source>
        <translation>ویژهٔ {name}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="427" />
        <source>Valid from {first} until {last}</source>
        <translation>معتبر از {first} تا {last}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="431" />
        <source>Valid until {date}</source>
        <translation>معتبر تا {date}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="436" />
        <source>One use only. Show this code at the counter.</source>
        <translation>فقط یک بار. این کد را به صندوق نشان دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="375" />
        <source>Coupon</source>
        <translation>کوپن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="438" />
        <source>Show this code at the counter.</source>
        <translation>این کد را به صندوق نشان دهید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="449" />
        <location filename="../../loyaltydesk/printing/documents.py" line="457" />
        <source>Printer test page</source>
        <translation>صفحهٔ آزمایش چاپگر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/printing/documents.py" line="453" />
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="65" />
        <source>Print — {title}</source>
        <translation>چاپ — {title}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="78" />
        <source>◀ Previous page</source>
        <translation>صفحهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="79" />
        <source>Next page ▶</source>
        <translation>صفحهٔ بعد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="91" />
        <source>Receipt printer ({paper})</source>
        <translation>چاپگر رسید ({paper})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="98" />
        <source>{printer} (default)</source>
        <translation>{printer} (پیش‌فرض)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="110" />
        <source>Printer</source>
        <translation>چاپگر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="111" />
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="112" />
        <source>Copies</source>
        <translation>تعداد نسخه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="123" />
        <source>No printer is set up on this computer; save the document as a PDF.</source>
        <translation>روی این رایانه چاپگری تعریف نشده است؛ سند را به‌صورت PDF ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="125" />
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="129" />
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="131" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="184" />
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="226" />
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="227" />
        <source>Sending {title} to the printer…</source>
        <translation>فرستادن {title} به چاپگر…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="240" />
        <source>Printing was cancelled.</source>
        <translation>چاپ لغو شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="249" />
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="249" />
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="260" />
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="265" />
        <source>A4 sheet</source>
        <translation>برگهٔ A4</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="266" />
        <source>A6 (postcard)</source>
        <translation>A6 (کارت‌پستالی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="267" />
        <source>Plastic card (CR80)</source>
        <translation>کارت پلاستیکی (CR80)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="268" />
        <source>80 mm receipt roll</source>
        <translation>رول رسید ۸۰ میلی‌متری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/preview.py" line="269" />
        <source>58 mm receipt roll</source>
        <translation>رول رسید ۵۸ میلی‌متری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/progress.py" line="33" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>PrintingUi</name>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="77" />
        <source>the receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="80" />
        <source>Printed on {printer}.</source>
        <translation>با {printer} چاپ شد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="114" />
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="135" />
        <source>Print cards</source>
        <translation>چاپ کارت‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="115" />
        <source>None of the chosen members has a card to print.</source>
        <translation>هیچ‌یک از اعضای انتخاب‌شده کارتی برای چاپ ندارد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="136" />
        <source>Laying out {cards} cards…</source>
        <translation>چیدن {cards} کارت…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="170" />
        <source>Print coupons</source>
        <translation>چاپ کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="171" />
        <source>Laying out {coupons} coupons…</source>
        <translation>چیدن {coupons} کوپن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/printing/controller.py" line="186" />
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="90" />
        <source>Promotion</source>
        <translation>طرح تشویقی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="94" />
        <source>Multiply points</source>
        <translation>ضریب امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="96" />
        <source>Fixed bonus per purchase</source>
        <translation>امتیاز اضافهٔ ثابت برای هر خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="112" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="114" />
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="124" />
        <source>Only between</source>
        <translation>فقط بین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="138" />
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="140" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="143" />
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="145" />
        <source>Days (none: every day)</source>
        <translation>روزها (هیچ: همهٔ روزها)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="146" />
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="54" />
        <source>New member</source>
        <translation>عضو جدید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="68" />
        <source>Card or mobile of who introduced them</source>
        <translation>کارت یا موبایل معرف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="72" />
        <source>No messages (never sent SMS or e-mail)</source>
        <translation>بدون پیام (هرگز پیامک یا ایمیل برایش فرستاده نشود)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="77" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="78" />
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="79" />
        <source>Birthday (optional)</source>
        <translation>تاریخ تولد (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="80" />
        <source>National code (optional)</source>
        <translation>کد ملی (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="81" />
        <source>Introduced by (optional)</source>
        <translation>معرف (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/members/register_dialog.py" line="82" />
        <source>E-mail (optional)</source>
        <translation>ایمیل (اختیاری)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="68" />
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="80" />
        <source>Export {title}</source>
        <translation>خروجی گرفتن از {title}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="83" />
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="84" />
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="110" />
        <source>Excel workbook</source>
        <translation>فایل اکسل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="108" />
        <source>Export the report</source>
        <translation>خروجی گرفتن از گزارش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="130" />
        <source>Save the report as PDF</source>
        <translation>ذخیرهٔ گزارش به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/exporting.py" line="132" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="69" />
        <source>Report options</source>
        <translation>تنظیمات گزارش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="81" />
        <source>A customer for (days after a purchase)</source>
        <translation>مشتری حساب می‌شود تا (روز پس از خرید)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="83" />
        <source>Drifting away after (× their usual gap)</source>
        <translation>در حال دور شدن پس از (× فاصلهٔ معمول او)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/options_dialog.py" line="87" />
        <source>A member who bought in the last {days} days counts as a customer. A member is drifting away when absent longer than their usual gap between visits times this factor.</source>
        <translation>عضوی که در {days} روز گذشته خرید کرده مشتری حساب می‌شود. عضوی در حال دور شدن است که غیبتش از فاصلهٔ معمول میان مراجعه‌هایش ضرب در این ضریب بیشتر شده باشد.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="60" />
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="61" />
        <source>Retention</source>
        <translation>ماندگاری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="62" />
        <source>Repeat purchases</source>
        <translation>خرید تکراری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="63" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="415" />
        <source>Lifetime value</source>
        <translation>ارزش طول عمر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="64" />
        <source>Best customers</source>
        <translation>بهترین مشتریان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="65" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="98" />
        <source>Drifting away</source>
        <translation>در حال دور شدن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="66" />
        <source>Segments</source>
        <translation>بخش‌بندی مشتریان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="67" />
        <source>Cohorts</source>
        <translation>گروه‌های عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="68" />
        <source>Busy hours</source>
        <translation>ساعت‌های شلوغ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="69" />
        <source>Club economics</source>
        <translation>اقتصاد باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="70" />
        <source>Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="71" />
        <source>Cashiers and counters</source>
        <translation>صندوق‌داران و صندوق‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="78" />
        <source>Customers at the start</source>
        <translation>مشتریان در آغاز دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="79" />
        <source>Customers at the end</source>
        <translation>مشتریان در پایان دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="80" />
        <source>New customers</source>
        <translation>مشتریان تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="81" />
        <source>Customers kept</source>
        <translation>مشتریان حفظ‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="82" />
        <source>Customers lost</source>
        <translation>مشتریان از دست رفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="83" />
        <source>Retention rate</source>
        <translation>نرخ ماندگاری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="84" />
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="85" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="790" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="804" />
        <source>Members who bought</source>
        <translation>اعضای خریدار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="86" />
        <source>Members who came back</source>
        <translation>اعضایی که دوباره آمدند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="87" />
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="88" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="781" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="805" />
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="89" />
        <source>Purchases per member</source>
        <translation>خرید به ازای هر عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="90" />
        <source>Average purchase</source>
        <translation>میانگین خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="91" />
        <source>Days between purchases</source>
        <translation>فاصله میان خریدها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="94" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="807" />
        <source>Members' purchases</source>
        <translation>خرید اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="95" />
        <source>Top 20% of members</source>
        <translation>بیست درصد برتر اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="96" />
        <source>Their purchases</source>
        <translation>خرید آنان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="97" />
        <source>Top 20%'s share of sales</source>
        <translation>سهم بیست درصد برتر از فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="99" />
        <source>Years a customer stays</source>
        <translation>سال‌های ماندن یک مشتری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="100" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="483" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="870" />
        <source>Average lifetime value</source>
        <translation>میانگین ارزش طول عمر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="101" />
        <source>Customers in the last year</source>
        <translation>مشتریان یک سال اخیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="102" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="478" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="525" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="941" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="969" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1054" />
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="103" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="794" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="810" />
        <source>New members</source>
        <translation>اعضای تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="104" />
        <source>Active members</source>
        <translation>اعضای فعال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="105" />
        <source>Points issued</source>
        <translation>امتیاز صادرشده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="106" />
        <source>Points redeemed</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="107" />
        <source>Points expired</source>
        <translation>امتیاز منقضی‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="108" />
        <source>Points adjusted</source>
        <translation>امتیاز اصلاح‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="582" />
        <source>Opening balances</source>
        <translation>مانده‌های آغازین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="110" />
        <source>Points outstanding</source>
        <translation>امتیاز مانده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="72" />
        <source>Customer voice</source>
        <translation>صدای مشتری</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="109" />
        <source>Points from opening balances</source>
        <translation>امتیاز مانده‌های آغازین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="111" />
        <source>Points liability</source>
        <translation>بدهی امتیازها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="112" />
        <source>Redemption rate</source>
        <translation>نرخ استفاده از امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="113" />
        <source>Breakage (expired unused)</source>
        <translation>سوخت (منقضی و استفاده‌نشده)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="114" />
        <source>Sales to non-members</source>
        <translation>فروش به غیراعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="115" />
        <source>Campaign coupons issued</source>
        <translation>کوپن‌های صادرشده‌ی کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="116" />
        <source>Campaign coupons used</source>
        <translation>کوپن‌های استفاده‌شده‌ی کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="117" />
        <source>Members won back</source>
        <translation>اعضای بازگشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="118" />
        <source>Sales with campaign coupons</source>
        <translation>فروش با کوپن‌های کارزار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="119" />
        <source>Campaign bonus points</source>
        <translation>امتیاز هدیه‌ی کارزارها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="120" />
        <source>Campaign cost (discounts and bonus points)</source>
        <translation>هزینه‌ی کارزارها (تخفیف‌ها و امتیازهای هدیه)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="123" />
        <source>Campaign bonus points not in the cost (no reward gives a point a value)</source>
        <translation>امتیازهای هدیه‌ی کارزار که در هزینه نیامده (هیچ جایزه‌ای به امتیاز ارزش پولی نمی‌دهد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="126" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="619" />
        <source>Visits scored</source>
        <translation>مراجعه‌های امتیازدار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="127" />
        <source>Average score (of 5)</source>
        <translation>میانگین امتیاز (از پنج)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="128" />
        <source>Low scores (1 or 2)</source>
        <translation>امتیازهای کم (یک یا دو)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="129" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="710" />
        <source>Gave a low score and did not come back</source>
        <translation>امتیاز کم دادند و برنگشتند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="132" />
        <source>Reasons for leaving recorded</source>
        <translation>دلیل‌های رفتن که ثبت شد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="139" />
        <source>Champions</source>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="140" />
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="141" />
        <source>Promising</source>
        <translation>امیدوارکننده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="142" />
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="143" />
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="144" />
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="145" />
        <source>Can't lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="146" />
        <source>Hibernating</source>
        <translation>خواب‌رفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="147" />
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="154" />
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="155" />
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="156" />
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="157" />
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="158" />
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="159" />
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="160" />
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="176" />
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="177" />
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="182" />
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="194" />
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="195" />
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="196" />
        <source>years</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="217" />
        <source>{days} days</source>
        <translation>{days} روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="221" />
        <source>{years} years</source>
        <translation>{years} سال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="242" />
        <source>&gt;{value}</source>
        <translation>بیش از {value}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="293" />
        <source>{month} (so far)</source>
        <translation>{month} (تا امروز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="298" />
        <source>{first} to {last}</source>
        <translation>{first} تا {last}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="304" />
        <location filename="../../loyaltydesk/ui/reports/view.py" line="66" />
        <source>{period}, compared with {previous}</source>
        <translation>{period}، در مقایسه با {previous}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="368" />
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="369" />
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="370" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="841" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1038" />
        <source>This period</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="371" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="845" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1042" />
        <source>Previous period</source>
        <translation>دوره قبل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="372" />
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="399" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="713" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="400" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="714" />
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="401" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="477" />
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="402" />
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="403" />
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="407" />
        <source>Purchases in the period</source>
        <translation>تعداد خرید در دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="411" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="492" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="943" />
        <source>Spent in the period</source>
        <translation>مبلغ خرید در دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="509" />
        <source>Lifetime value by tier</source>
        <translation>ارزش طول عمر در هر سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="511" />
        <source>Members by tier</source>
        <translation>اعضای هر سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="618" />
        <source>Average score</source>
        <translation>میانگین امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="622" />
        <source>Average score by month</source>
        <translation>میانگین امتیاز در هر ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="638" />
        <source>Visits scored, by month</source>
        <translation>مراجعه‌های امتیازدار در هر ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="643" />
        <source>Scores given</source>
        <translation>امتیازهای داده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="651" />
        <source>Reasons given</source>
        <translation>دلیل‌های گفته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="654" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="685" />
        <source>After a visit</source>
        <translation>پس از مراجعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="658" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="686" />
        <source>Why they stopped coming</source>
        <translation>چرا دیگر نیامدند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="664" />
        <source>Satisfaction month by month</source>
        <translation>رضایت ماه به ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="681" />
        <source>Reasons counted</source>
        <translation>شمار دلیل‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="684" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="716" />
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="687" />
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="700" />
        <source>No reasons were given in this period.</source>
        <translation>در این دوره دلیلی گفته نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="704" />
        <source>The first {shown} of {total} members.</source>
        <translation>{shown} عضو نخست از {total} عضو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="715" />
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="718" />
        <source>Days since</source>
        <translation>روزهای گذشته از آن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="928" />
        <source>Members to call</source>
        <translation>اعضایی که باید تماس گرفت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="404" />
        <source>Usual gap (days)</source>
        <translation>فاصله معمول (روز)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="405" />
        <source>Days away</source>
        <translation>روزهای غیبت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="444" />
        <source>The {shown} most valuable of {total} members.</source>
        <translation>باارزش‌ترین {shown} عضو از {total} عضو.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="448" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="708" />
        <source>No members.</source>
        <translation>عضوی نیست.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="460" />
        <source>No tier</source>
        <translation>بدون سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="489" />
        <source>Moved up into it</source>
        <translation>بالارفته به این سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="490" />
        <source>Moved down into it</source>
        <translation>پایین‌آمده به این سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="524" />
        <source>Joined in</source>
        <translation>ماه عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="528" />
        <source>Month {n}</source>
        <translation>ماه {n}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="539" />
        <source>Cohorts by month of joining</source>
        <translation>گروه‌ها بر حسب ماه عضویت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="543" />
        <source>Share of each month's new members still buying, month by month</source>
        <translation>سهم اعضای تازه هر ماه که هنوز خرید می‌کنند، ماه به ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="556" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="717" />
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="564" />
        <source>Purchases by day and hour</source>
        <translation>خریدها بر حسب روز و ساعت</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="575" />
        <source>Cashier</source>
        <translation>صندوق‌دار</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="576" />
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="577" />
        <source>Credits</source>
        <translation>ثبت خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="578" />
        <source>Redemptions</source>
        <translation>جایزه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="579" />
        <source>Refunds</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="580" />
        <source>Voids</source>
        <translation>ابطال‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="581" />
        <source>Adjustments</source>
        <translation>اصلاح‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="583" />
        <source>Points given</source>
        <translation>امتیاز داده‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="584" />
        <source>Points taken</source>
        <translation>امتیاز گرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="603" />
        <source>Nothing was recorded in this period.</source>
        <translation>در این دوره چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/cli/report_output.py" line="451" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="758" />
        <source>No purchases in this period.</source>
        <translation>در این دوره خریدی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="776" />
        <source>Members' purchases by month</source>
        <translation>خرید اعضا در هر ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="787" />
        <source>Members who bought, by month</source>
        <translation>اعضای خریدار در هر ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="800" />
        <source>Month by month</source>
        <translation>ماه به ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="667" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="803" />
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="867" />
        <source>Average lifetime value by tier</source>
        <translation>میانگین ارزش طول عمر در هر سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="883" />
        <source>Highest lifetime value</source>
        <translation>بیشترین ارزش طول عمر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="895" />
        <source>The top 20%</source>
        <translation>بیست درصد برتر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="904" />
        <source>Share of sales by tenth of members, biggest spenders first</source>
        <translation>سهم هر دهک اعضا از فروش، پرخریدترین‌ها اول</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="911" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="946" />
        <source>Share of sales</source>
        <translation>سهم از فروش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="940" />
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="966" />
        <source>Members by segment</source>
        <translation>اعضا در هر بخش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1010" />
        <source>Rewards redeemed</source>
        <translation>جایزه‌های گرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1013" />
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1014" />
        <source>Redeemed</source>
        <translation>گرفته‌شده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1015" />
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1035" />
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1027" />
        <source>No rewards were redeemed in this period.</source>
        <translation>در این دوره جایزه‌ای گرفته نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1052" />
        <source>Members by tier at the end of the period</source>
        <translation>اعضای هر سطح در پایان دوره</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1064" />
        <source>Club report</source>
        <translation>گزارش باشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/layout.py" line="1069" />
        <source>Page {page} of {pages}</source>
        <translation>صفحه {page} از {pages}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="159" />
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="160" />
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="162" />
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="163" />
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="164" />
        <source>Last 12 months</source>
        <translation>دوازده ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="165" />
        <source>Custom…</source>
        <translation>بازهٔ دلخواه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="168" />
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="171" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="172" />
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="175" />
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="181" />
        <source>Refresh</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="183" />
        <source>Count the period shown again (Ctrl+R)</source>
        <translation>شمارش دوبارهٔ دورهٔ نمایش‌داده‌شده (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="184" />
        <source>Options…</source>
        <translation>تنظیمات گزارش…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="185" />
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="186" />
        <source>The whole report with its charts, to print or send</source>
        <translation>کل گزارش با نمودارهایش، برای چاپ یا فرستادن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="187" />
        <location filename="../../loyaltydesk/ui/reports/view.py" line="516" />
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="188" />
        <source>Every table of the report as an Excel workbook</source>
        <translation>همهٔ جدول‌های گزارش در یک فایل اکسل</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="193" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="391" />
        <source>The report was cancelled. Pick a period to run it again.</source>
        <translation>گزارش لغو شد. برای ساختن دوباره، یک بازه انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="401" />
        <location filename="../../loyaltydesk/ui/reports/view.py" line="559" />
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="403" />
        <source>The report could not be made.</source>
        <translation>گزارش ساخته نشد.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="201" />
        <location filename="../../loyaltydesk/ui/reports/view.py" line="418" />
        <source>No purchases in this period.</source>
        <translation>در این بازه خریدی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/view.py" line="442" />
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="260" />
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="273" />
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="274" />
        <source>stamps</source>
        <translation>مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="282" />
        <source>Optional: what it costs the shop</source>
        <translation>اختیاری: هزینهٔ آن برای فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="285" />
        <source>Limited stock</source>
        <translation>موجودی محدود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="300" />
        <source>Every member</source>
        <translation>همهٔ اعضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="305" />
        <source>Offered at the counter</source>
        <translation>در صندوق پیشنهاد شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="308" />
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="309" />
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="310" />
        <source>Cost</source>
        <translation>بها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="311" />
        <source>Money value</source>
        <translation>ارزش ریالی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="312" />
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="313" />
        <source>Only for</source>
        <translation>فقط برای</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="106" />
        <source>Earning</source>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="107" />
        <source>Promotions</source>
        <translation>طرح‌های تشویقی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="108" />
        <source>Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="109" />
        <source>Expiry</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="110" />
        <source>Rewards</source>
        <translation>جایزه‌ها</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="112" />
        <source>Stamp card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="113" />
        <source>Simulate the last 90 days</source>
        <translation>شبیه‌سازی ۹۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="115" />
        <source>Save as a new version…</source>
        <translation>ذخیره به‌عنوان نسخهٔ تازه…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="117" />
        <source>Undo my changes</source>
        <translation>برگرداندن تغییراتم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="153" />
        <source>Down (the default)</source>
        <translation>رو به پایین (پیش‌فرض)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="154" />
        <source>To the nearest point</source>
        <translation>به نزدیک‌ترین امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="155" />
        <source>Up</source>
        <translation>رو به بالا</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="159" />
        <source>No limit</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="177" />
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="177" />
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="179" />
        <location filename="../../loyaltydesk/ui/rules/view.py" line="282" />
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="181" />
        <source>for every ({unit})</source>
        <translation>به ازای هر ({unit})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="183" />
        <source>Minimum purchase ({unit})</source>
        <translation>حداقل خرید ({unit})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="185" />
        <source>Rounding</source>
        <translation>گرد کردن</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="186" />
        <source>Most points a member earns a day</source>
        <translation>بیشترین امتیاز روزانهٔ هر عضو</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="188" />
        <source>Bonus on the first purchase</source>
        <translation>امتیاز اضافه در نخستین خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="189" />
        <source>Bonus in the birthday week</source>
        <translation>امتیاز اضافه در هفتهٔ تولد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="191" />
        <source>Promotions and tier together pay at most</source>
        <translation>طرح‌ها و سطح روی هم حداکثر می‌دهند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="199" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="199" />
        <source>Gives</source>
        <translation>می‌دهد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="199" />
        <source>When</source>
        <translation>کی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="202" />
        <location filename="../../loyaltydesk/ui/rules/view.py" line="230" />
        <location filename="../../loyaltydesk/ui/rules/view.py" line="290" />
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="204" />
        <location filename="../../loyaltydesk/ui/rules/view.py" line="232" />
        <location filename="../../loyaltydesk/ui/rules/view.py" line="292" />
        <source>Change…</source>
        <translation>تغییر…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="205" />
        <location filename="../../loyaltydesk/ui/rules/view.py" line="233" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="215" />
        <source>Money spent</source>
        <translation>مبلغ خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="216" />
        <source>Points earned</source>
        <translation>امتیاز به‌دست‌آمده</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="220" />
        <location filename="../../loyaltydesk/ui/rules/view.py" line="224" />
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="227" />
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="227" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="227" />
        <source>Multiplier</source>
        <translation>ضریب</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="241" />
        <source>Tiers by</source>
        <translation>سطح‌بندی بر پایهٔ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="242" />
        <source>Counted over the last</source>
        <translation>شمارش در</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="243" />
        <source>A member may move down every</source>
        <translation>پایین آمدن سطح حداکثر هر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="250" />
        <source>Points expire</source>
        <translation>امتیازها منقضی شوند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="255" />
        <source> months after they are earned</source>
        <translation> ماه پس از کسب</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="262" />
        <source>The oldest points are used first. Expired points are written off when the program starts and once a day; the counter shows a member when theirs expire.</source>
        <translation>قدیمی‌ترین امتیازها زودتر خرج می‌شوند. امتیازهای منقضی هنگام باز شدن برنامه و روزی یک بار کسر می‌شوند؛ صندوق به هر عضو نشان می‌دهد امتیازهایش کی منقضی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="281" />
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="283" />
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="284" />
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="285" />
        <source>Only for</source>
        <translation>فقط برای</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="286" />
        <source>At the counter</source>
        <translation>در صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="293" />
        <source>Move up</source>
        <translation>بالاتر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="295" />
        <source>Move down</source>
        <translation>پایین‌تر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="366" />
        <source>Version {version}, in force since {date}.</source>
        <translation>نسخهٔ {version}، از {date}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="370" />
        <source>Members hold {points} point</source>
        <translation>اعضا {points} امتیاز دارند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="372" />
        <source>Members hold {points} points</source>
        <translation>اعضا {points} امتیاز دارند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="375" />
        <source>(worth {money} in rewards).</source>
        <translation>(به ارزش {money} جایزه).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="377" />
        <source>(give rewards a money value to see what they are worth).</source>
        <translation>(برای دیدن ارزش آن‌ها، به جایزه‌ها ارزش ریالی بدهید).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="392" />
        <source>{points} points</source>
        <translation>{points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="392" />
        <source>{points} point</source>
        <translation>{points} امتیاز</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="405" />
        <source>always</source>
        <translation>همیشه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="434" />
        <source>unlimited</source>
        <translation>نامحدود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="436" />
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="436" />
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="566" />
        <source>Replaying the last 90 days…</source>
        <translation>بازپخش ۹۰ روز گذشته…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="593" />
        <source>Over the last {days} days, {purchases} purchases by {members} members:</source>
        <translation>در {days} روز گذشته، {purchases} خرید از {members} عضو:</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="595" />
        <source>Points: {now} under the current rule, {new} with this one ({change}).</source>
        <translation>امتیاز: {now} با قانون کنونی، {new} با این قانون ({change}).</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="600" />
        <source>Rewards reached: {now} under the current rule, {new} with this one.</source>
        <translation>جایزه‌های در دسترس: {now} با قانون کنونی، {new} با این قانون.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="608" />
        <source>Points liability: {change}.</source>
        <translation>تغییر بدهی امتیازی: {change}.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="632" />
        <source>Save the rules</source>
        <translation>ذخیرهٔ قوانین</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="635" />
        <source>Save as a new version, used at the counter from now on?</source>
        <translation>به‌عنوان نسخهٔ تازه ذخیره شود و از همین حالا در صندوق به کار رود؟</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/view.py" line="645" />
        <source>Saved. The counter uses the new rules now.</source>
        <translation>ذخیره شد. صندوق از حالا قوانین تازه را به کار می‌برد.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="51" />
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="59" />
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="60" />
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="63" />
        <source>A new language or unit is used from the next start.</source>
        <translation>زبان یا واحد تازه از دفعهٔ بعد که برنامه باز شود به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="66" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="67" />
        <source>Money shown in</source>
        <translation>نمایش مبلغ به</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="68" />
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="76" />
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="77" />
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="95" />
        <source>No logo</source>
        <translation>بدون نشان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="96" />
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="102" />
        <source>Print how the club works on the back of cards</source>
        <translation>پشت کارت‌ها روش کار باشگاه چاپ شود</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="106" />
        <source>You can use: {placeholders}. A line with {missing} or {reward} is left out when no reward is ahead.</source>
        <translation>می‌توانید این‌ها را به کار ببرید: {placeholders}. خطی که {missing} یا {reward} دارد، وقتی جایزهٔ بعدی نباشد چاپ نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="125" />
        <source>None (notes go to the system printer)</source>
        <translation>ندارد (یادداشت‌ها با چاپگر سیستم چاپ می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="127" />
        <source>For example network:192.168.1.60, usb:04b8:0e15, serial:/dev/ttyUSB0</source>
        <translation>برای نمونه network:192.168.1.60، usb:04b8:0e15، serial:/dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="133" />
        <source>{width} roll</source>
        <translation>رول {width}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="135" />
        <source>Print test page</source>
        <translation>چاپ صفحهٔ آزمایشی</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="149" />
        <source>The system's default printer</source>
        <translation>چاپگر پیش‌فرض سیستم</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="154" />
        <source>{printer} (not found)</source>
        <translation>{printer} (پیدا نشد)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="159" />
        <source>Only when asked (F9)</source>
        <translation>فقط با درخواست (F9)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="160" />
        <source>A thank-you note after every sale</source>
        <translation>یادداشت تشکر پس از هر خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="161" />
        <source>A slip after every sale</source>
        <translation>رسید امتیاز پس از هر خرید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="165" />
        <source>Logo</source>
        <translation>نشان فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="168" />
        <source>Thank-you note (Persian)</source>
        <translation>یادداشت تشکر (فارسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="170" />
        <source>Thank-you note (English)</source>
        <translation>یادداشت تشکر (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="173" />
        <source>Receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="176" />
        <source>Receipt paper</source>
        <translation>کاغذ رسید</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="178" />
        <source>Other documents print on</source>
        <translation>چاپ سندهای دیگر با</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="179" />
        <source>Print at the counter</source>
        <translation>چاپ در صندوق</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="200" />
        <source>Choose the shop's logo</source>
        <translation>انتخاب نشان فروشگاه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="200" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="254" />
        <source>Write the receipt printer's connection first.</source>
        <translation>اول نشانی اتصال چاپگر رسید را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="259" />
        <source>Printing the test page…</source>
        <translation>در حال چاپ صفحهٔ آزمایشی…</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/settings/dialog.py" line="265" />
        <source>The test page was sent. Is the Persian line joined and right to left?</source>
        <translation>صفحهٔ آزمایشی فرستاده شد. آیا خط فارسی پیوسته و راست‌به‌چپ است؟</translation>
    </message>
</context>
<context>
    <name>StampCardWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/counter/stamps.py" line="108" />
        <source>Stamp card: {stamps}</source>
        <translation>کارت مهر: {stamps}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/stamps.py" line="111" />
        <source>{stamps} of {goal} stamps: {reward} can be given now</source>
        <translation>{stamps} از {goal} مهر: {reward} را می‌توان همین حالا داد</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/counter/stamps.py" line="114" />
        <source>{stamps} of {goal} stamps: {missing} more for {reward}</source>
        <translation>{stamps} از {goal} مهر: {missing} مهر دیگر تا {reward}</translation>
    </message>
</context>
<context>
    <name>StampSettings</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="22" />
        <source>Give a stamp for every visit (a stamp card)</source>
        <translation>برای هر مراجعه یک مهر بده (کارت مهر)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="30" />
        <source>Points per amount stay on beside the stamps</source>
        <translation>امتیاز بر پایهٔ مبلغ در کنار مهر بماند</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="34" />
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="34" />
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="37" />
        <source>A purchase from the minimum on is a visit and earns one stamp. Give a reward a cost in stamps (Rewards tab) for "the 10th coffee is free". A refund takes the visit's stamp back when nothing, or less than the minimum, is left of it.</source>
        <translation>هر خرید از حداقل به بالا یک مراجعه است و یک مهر می‌گیرد. برای «قهوهٔ دهم رایگان» بهای یک جایزه را به مهر تعیین کنید (زبانهٔ جایزه‌ها). با مرجوعی، اگر از خرید چیزی باقی نماند یا باقی‌مانده کمتر از حداقل باشد، مهر آن مراجعه پس گرفته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="46" />
        <source>Minimum purchase for a stamp ({unit})</source>
        <translation>حداقل خرید برای مهر ({unit})</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/stamps.py" line="48" />
        <source>Stamps a member may earn a day</source>
        <translation>مهرهایی که هر عضو در روز می‌تواند بگیرد</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../loyaltydesk/bootstrap.py" line="235" />
        <source>Setting up a demo club to try things out…</source>
        <translation>در حال ساختن یک باشگاه نمایشی برای آزمودن…</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="200" />
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="219" />
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="220" />
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="222" />
        <source>Spent in the window</source>
        <translation>خرید در بازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="226" />
        <source>Points earned in the window</source>
        <translation>امتیاز کسب‌شده در بازه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="229" />
        <source>Earning multiplier</source>
        <translation>ضریب امتیاز</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <location filename="../../loyaltydesk/ui/reports/tiles.py" line="56" />
        <source>Previous period: {value}</source>
        <translation>بازهٔ قبل: {value}</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/reports/tiles.py" line="59" />
        <source>Double-click or Enter lists the members</source>
        <translation>با دوبار کلیک یا Enter فهرست اعضا باز می‌شود</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="45" />
        <source>Mon</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="46" />
        <source>Tue</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="47" />
        <source>Wed</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="48" />
        <source>Thu</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="49" />
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="50" />
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../loyaltydesk/ui/rules/dialogs.py" line="51" />
        <source>Sun</source>
        <translation>یکشنبه</translation>
    </message>
</context>
</TS>