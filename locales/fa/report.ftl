### The programme report: an Excel file with the participants and a summary.

report-menu-button = 📊 گزارش
report-home-staff = گزارش دربارهٔ شرکت‌کنندگان شماست. آن را به شکل فایل Excel دریافت می‌کنید.
report-home-admin = گزارش دربارهٔ کدام شرکت‌کنندگان باشد؟ بر اساس زمان شروعشان انتخاب کنید.
report-make = ساختن گزارش
report-cohort-all = همهٔ شرکت‌کنندگان
report-cohort-year = شروع در { $year }
report-cohort-half =
    شروع در { $year }، { $half ->
        [1] ژانویه–ژوئن
       *[other] ژوئیه–دسامبر
    }
report-scope-own = شرکت‌کنندگان من
report-progress = در حال ساختن گزارش …
report-done = آماده است! گزارش { $count } شرکت‌کننده دارد.
report-caption = گزارش از Lotsen. این فایل اطلاعاتی دربارهٔ افراد دارد: آن را امن نگه دارید.
report-sheet-participants = شرکت‌کنندگان
report-sheet-summary = خلاصه
report-column-id = شناسه
report-column-start = شروع
report-column-end = پایان
report-column-gender = جنسیت
report-column-age-band = سن
report-column-entry-status = وضعیت در شروع
report-column-education = تحصیلات
report-column-track = مسیر
report-column-ladder = مرحله کارآموزی
report-column-exit-status = وضعیت در پایان
report-column-follow-up = پس از شش ماه
report-column-disability = معلولیت
report-column-third-country = تبعهٔ خارج از اتحادیه اروپا
report-age-under-18 = زیر 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-55-plus = 55 و بالاتر
report-not-recorded = ثبت نشده
report-summary-what = مورد
report-summary-value = تعداد یا سهم
report-summary-of = از
report-summary-note = توضیح
report-summary-scope = انتخاب
report-summary-participants = شرکت‌کنندگان
report-summary-gender = جنسیت
report-summary-age = سن در شروع
report-summary-entry-status = وضعیت در شروع
report-summary-education = تحصیلات
report-summary-track = مسیر
report-summary-ladder = مرحله کارآموزی
report-summary-disability = معلولیت
report-summary-third-country = تبعهٔ خارج از اتحادیه اروپا
report-summary-ended = پایان‌یافته
report-summary-follow-up = پرسیده‌شده پس از شش ماه
report-summary-targets = هدف‌ها (سهم کسانی که به هدف رسیدند)
report-target-work-after-six-months = کار در پایان و کار شش ماه بعد
report-target-ready-for-job = آماده و مطمئن برای پذیرفتن کار
report-target-physical-health = سلامت جسمی خوب
report-target-mental-health = سلامت روانی خوب
report-target-adapted-support = حمایت متناسب با نیازها
report-target-improved-chances = شانس بهتر برای کار یا تحصیل
report-note-work = از میان کسانی که پس از شش ماه پرسیده شدند. کسی که پاسخ نداده، رسیده به هدف شمرده نمی‌شود.
report-note-exit = از میان کسانی که به این سؤال در پرسشنامهٔ { avslut-title } پاسخ دادند. پاسخ { $cut } یا بالاتر به هدف می‌رسد.
report-note-shares = سهم‌ها فقط بر اساس شرکت‌کنندگان همین گزارش شمرده می‌شوند. سن، سن شرکت‌کننده در سالی است که شروع کرد.
