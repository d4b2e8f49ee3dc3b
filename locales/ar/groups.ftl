### Group meetings: the information meeting, its seats, answers, attendance and the mapping talk.

groups-button = 👥 اجتماعات جماعية
groups-kind-information = اجتماع معلومات
groups-kind-workshop = ورشة عمل
groups-kind-button = { $kind } · { $minutes } دقيقة

## Staff

groups-list-title = اجتماعاتك الجماعية:
groups-list-empty = ليس لديك اجتماعات جماعية. اضغط على ➕ لتخطيط اجتماع.
groups-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind } · { $taken }/{ $seats }
groups-new = ➕ اجتماع جماعي جديد
groups-ask-kind = ما نوع الاجتماع؟
groups-ask-day = في أي يوم؟
groups-ask-time = في أي ساعة يوم { DATETIME($day, dateStyle: "full") }؟
groups-ask-place = أين الاجتماع؟
groups-ask-address = اكتب العنوان أو الغرفة. أو اضغط على تخطٍّ.
groups-no-address = تخطٍّ
groups-ask-seats = كم عدد المقاعد؟
groups-confirm =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
    المقاعد: { $seats }
groups-confirm-move = كل من قال نعم سيعرف الموعد الجديد.
groups-create = ✅ إنشاء
groups-move-here = ✅ انقل إلى هنا
groups-created = تم إنشاء الاجتماع الجماعي. يمكنك الآن دعوة الناس.
groups-moved = تم نقل الاجتماع. كل من قال نعم سيعرف ذلك.
groups-cancelled = تم إلغاء الاجتماع. كل من قال نعم سيعرف ذلك.
groups-gone = هذا الاجتماع لم يعد موجودًا.
groups-view =
    { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
    المقاعد المحجوزة: { $taken } من { $seats }
    المدعوون: { $invited }
    في الانتظار: { $waiting }
groups-view-coming = سيحضرون: { $coming_names }
groups-invite = ✉️ دعوة
groups-move = 🔁 نقل
groups-cancel = ❌ إلغاء الاجتماع
groups-attendance = ✅ الحضور
groups-ask-invite = من تريد أن تدعو؟ اضغط على الأسماء.
groups-invite-nobody = كل المشاركين لديك مدعوون بالفعل.
groups-invite-picked = ✉️ ادعُ من اخترتهم
groups-invite-all = ✉️ ادعُ الجميع
groups-pick-none = اختر شخصًا واحدًا على الأقل.
groups-invited =
    { $count ->
        [zero] لم تتم دعوة أحد.
        [one] تمت دعوة شخص واحد.
        [two] تمت دعوة شخصين.
        [few] تمت دعوة { $count } أشخاص.
        [many] تمت دعوة { $count } شخصًا.
       *[other] تمت دعوة { $count } شخص.
    } يحصل كل شخص على الدعوة بلغته.
groups-invited-none = لم تتم دعوة أي شخص جديد.
groups-cancel-ask = هل تريد إلغاء الاجتماع؟ كل من قال نعم سيحصل على رسالة.
groups-cancel-yes = نعم، ألغِه
groups-cancel-no = لا
groups-ask-attendance = من حضر؟ الجميع محدد. أزل العلامة عن من لم يحضر.
groups-attendance-nobody = لم يقل أحد نعم.
groups-attendance-save = 💾 حفظ
groups-marked = تم الحفظ. من حضر يمكنه اختيار موعد لجلسة التقييم. ومن لم يحضر يحصل على رسالة لطيفة.
groups-card = 👥 الاجتماعات الجماعية: حضر { $attended }، غاب { $missed }
groups-report-attended = الاجتماعات الجماعية، حضر
groups-report-missed = الاجتماعات الجماعية، غاب

## Participants

groups-list-item-mine = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · 👥 { $kind }
groups-visit =
    👥 { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
groups-visit-waiting = أنت في قائمة الانتظار. ستصلك رسالة إذا أصبح مقعد متاحًا.
groups-ics-button = 📎 ملف التقويم
groups-ics-caption = اضغط على الملف لحفظ الاجتماع في تقويمك.
groups-ics-file = اجتماع جماعي lotsen
groups-ics-cancelled-file = اجتماع جماعي ملغى lotsen
groups-leave = ❌ لا أستطيع الحضور
groups-leave-ask = هل تريد التخلي عن مقعدك؟ عندها يمكن لشخص آخر أن يأخذه.
groups-leave-yes = نعم، أتخلى عن مقعدي
groups-leave-no = لا، سأحضر
groups-left = لقد تخليت عن مقعدك. شكرًا لأنك أخبرتنا.
groups-invitation =
    👥 أنت مدعو إلى اجتماع جماعي: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
    { $left ->
        [zero] لا توجد مقاعد متبقية.
        [one] بقي مقعد واحد.
        [two] بقي مقعدان.
        [few] بقيت { $left } مقاعد.
        [many] بقي { $left } مقعدًا.
       *[other] بقي { $left } مقعد.
    } هل ستحضر؟
groups-answer-coming = 👍 سأحضر
groups-answer-cant = ❌ لا أستطيع
groups-answer-wait = ⏳ نعم، ضعني في قائمة الانتظار
groups-answer-no-thanks = لا، شكرًا
groups-answer-seated = ✅ لديك مقعد. نراك هناك! اضغط على الملف لحفظ الاجتماع في تقويمك.
groups-answer-full = كل المقاعد محجوزة. هل تريد الانتظار؟ ستصلك رسالة إذا أصبح مقعد متاحًا.
groups-answer-waiting = ⏳ أنت في قائمة الانتظار. ستصلك رسالة إذا أصبح مقعد متاحًا.
groups-answer-declined = حسنًا. شكرًا لأنك أخبرتنا.
groups-reminder =
    ⏰ تذكير: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
groups-notice-moved =
    🔁 للاجتماع الجماعي موعد جديد: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
    اضغط على الملف لتغييره في تقويمك.
groups-notice-cancelled =
    ❌ تم إلغاء الاجتماع الجماعي: { $kind }، { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
    اضغط على الملف لحذفه من تقويمك.
groups-notice-moved-up =
    🎉 أصبح مقعد متاحًا. لديك الآن مقعد: { $kind }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
groups-thanks = شكرًا لحضورك! الخطوة التالية هي جلسة خاصة بك مع المرشد: جلسة تقييم. اختر موعدًا يناسبك.
groups-book-mapping = 📅 اختر موعدًا
groups-missed = افتقدناك في { $kind } يوم { DATETIME($at, dateStyle: "full") }. لا بأس. سيخبرك مرشدك عن المرة القادمة.
groups-missed-next = افتقدناك في { $kind } يوم { DATETIME($at, dateStyle: "full") }. لا بأس. المرة القادمة { DATETIME($next, dateStyle: "full", timeStyle: "short") }. هل تريد أن تأتي؟
