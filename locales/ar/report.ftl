### The programme report: an Excel file with the participants and a summary.

report-menu-button = 📊 التقرير
report-home-staff = يشمل التقرير المشاركين الذين تتابعهم. ستحصل عليه كملف Excel.
report-home-admin = أي مشاركين يجب أن يشملهم التقرير؟ اختر حسب وقت بدئهم.
report-make = أنشئ التقرير
report-cohort-all = كل المشاركين
report-cohort-year = بدأوا في { $year }
report-cohort-half =
    بدأوا في { $year }، { $half ->
        [1] يناير–يونيو
       *[other] يوليو–ديسمبر
    }
report-scope-own = المشاركون الذين أتابعهم
report-progress = جارٍ إنشاء التقرير …
report-done =
    تم! يضم التقرير { $count ->
        [zero] { $count } مشارك
        [one] مشارك واحد
        [two] مشاركَين
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }.
report-caption = تقرير من Lotsen. يحتوي الملف على بيانات عن أشخاص: احفظه بأمان.
report-sheet-participants = المشاركون
report-sheet-summary = ملخص
report-column-id = المعرّف
report-column-start = البداية
report-column-end = النهاية
report-column-gender = الجنس
report-column-age-band = العمر
report-column-entry-status = الوضع عند البدء
report-column-education = التعليم
report-column-track = المسار
report-column-ladder = مرحلة التدريب
report-column-exit-status = الوضع عند الانتهاء
report-column-follow-up = بعد ستة أشهر
report-column-disability = إعاقة
report-column-third-country = مواطن خارج الاتحاد الأوروبي
report-age-under-18 = أقل من 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-55-plus = 55 فأكثر
report-not-recorded = غير مسجّل
report-summary-what = البند
report-summary-value = العدد أو النسبة
report-summary-of = من أصل
report-summary-note = ملاحظة
report-summary-scope = الاختيار
report-summary-participants = المشاركون
report-summary-gender = الجنس
report-summary-age = العمر عند البدء
report-summary-entry-status = الوضع عند البدء
report-summary-education = التعليم
report-summary-track = المسار
report-summary-ladder = مرحلة التدريب
report-summary-disability = إعاقة
report-summary-third-country = مواطن خارج الاتحاد الأوروبي
report-summary-ended = أنهوا البرنامج
report-summary-follow-up = سُئلوا بعد ستة أشهر
report-summary-targets = الأهداف (نسبة من بلغ الهدف)
report-target-work-after-six-months = عمل عند الانتهاء وعمل بعد ستة أشهر
report-target-ready-for-job = مستعد وواثق لقبول عمل
report-target-physical-health = صحة جسدية جيدة
report-target-mental-health = صحة نفسية جيدة
report-target-adapted-support = دعم مناسب للاحتياجات
report-target-improved-chances = فرص أفضل للعمل أو التعليم
report-note-work = من الذين سُئلوا بعد ستة أشهر. من لم يُجب يُحسب كأنه لم يبلغ الهدف.
report-note-exit = من الذين أجابوا عن السؤال في استبيان { avslut-title }. الإجابة { $cut } أو أعلى تبلغ الهدف.
report-note-shares = تُحسب النسب فقط على المشاركين في هذا التقرير. العمر هو العمر في السنة التي بدأ فيها المشارك.
report-sheet-overview = نظرة عامة
report-title = تقرير البرنامج
report-title-municipality = البلدية
report-title-programme = البرنامج
report-title-period = الاختيار
report-title-made-at = تاريخ الإعداد
report-title-made-by = أعدّه
report-made-by-operator = سطر الأوامر في الخادم
report-target-column-name = الهدف
report-target-column-level = المستوى
report-target-column-counted = يُحتسب
report-target-column-of = من
report-target-column-share = النسبة
report-target-column-met = تحقّق؟
report-target-met = تحقّق
report-target-not-met = لم يتحقّق
report-note-targets = تُحسب الأهداف على المشاركين في هذا التقرير، في يوم إعداده. العدد (مثل 40) يتحقّق عندما يُحتسب هذا العدد؛ والنسبة عندما تُبلغ.
report-column-job-started = بدأ العمل
report-column-meetings-booked = المواعيد المحجوزة
report-column-meetings-attended = المواعيد التي حضرها
report-column-meetings-missed = المواعيد الفائتة
report-summary-meetings = المواعيد
