### The programme report: an Excel file with the participants and a summary.

report-menu-button = 📊 راپور
report-home-staff = راپور دربارهٔ اشتراک‌کنندگان شماست. آن را منحیث فایل Excel می‌گیرید.
report-home-admin = راپور دربارهٔ کدام اشتراک‌کنندگان باشد؟ نظر به وقت شروع شان انتخاب کنید.
report-make = ساختن راپور
report-cohort-all = همهٔ اشتراک‌کنندگان
report-cohort-year = شروع در { $year }
report-cohort-half =
    شروع در { $year }، { $half ->
        [1] جنوری–جون
       *[other] جولای–دسمبر
    }
report-scope-own = اشتراک‌کنندگان من
report-progress = راپور ساخته می‌شود …
report-done = آماده شد! راپور { $count } اشتراک‌کننده دارد.
report-caption = راپور از Lotsen. این فایل معلومات دربارهٔ اشخاص دارد: آن را مصئون نگه دارید.
report-sheet-participants = اشتراک‌کنندگان
report-sheet-summary = خلاصه
report-column-id = شناسه
report-column-start = شروع
report-column-end = ختم
report-column-gender = جنسیت
report-column-age-band = سن
report-column-entry-status = وضعیت در شروع
report-column-education = تحصیلات
report-column-track = مسیر
report-column-ladder = مرحله کارآموزی
report-column-exit-status = وضعیت در ختم
report-column-follow-up = بعد از شش ماه
report-column-disability = معلولیت
report-column-third-country = تبعهٔ بیرون از اتحادیه اروپا
report-age-under-18 = کمتر از 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-55-plus = 55 و بالاتر
report-not-recorded = ثبت نشده
report-summary-what = مورد
report-summary-value = تعداد یا سهم
report-summary-of = از
report-summary-note = توضیح
report-summary-scope = انتخاب
report-summary-participants = اشتراک‌کنندگان
report-summary-gender = جنسیت
report-summary-age = سن در شروع
report-summary-entry-status = وضعیت در شروع
report-summary-education = تحصیلات
report-summary-track = مسیر
report-summary-ladder = مرحله کارآموزی
report-summary-disability = معلولیت
report-summary-third-country = تبعهٔ بیرون از اتحادیه اروپا
report-summary-ended = ختم‌شده
report-summary-follow-up = پرسیده‌شده بعد از شش ماه
report-summary-targets = هدف‌ها (سهم کسانی که به هدف رسیدند)
report-target-work-after-six-months = کار در ختم و کار شش ماه بعد
report-target-ready-for-job = آماده و مطمئن برای گرفتن کار
report-target-physical-health = صحت جسمی خوب
report-target-mental-health = صحت روانی خوب
report-target-adapted-support = کمک مطابق ضرورت‌ها
report-target-improved-chances = چانس بهتر برای کار یا تحصیل
report-note-work = از میان کسانی که بعد از شش ماه پرسیده شدند. کسی که جواب نداده، رسیده به هدف حساب نمی‌شود.
report-note-exit = از میان کسانی که به این سوال در پرسشنامهٔ { avslut-title } جواب دادند. جواب { $cut } یا بالاتر به هدف می‌رسد.
report-note-shares = سهم‌ها تنها از روی اشتراک‌کنندگان همین راپور حساب می‌شوند. سن، سن اشتراک‌کننده در سالی است که شروع کرد.
