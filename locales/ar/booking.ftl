### Booking meetings with the lots, and the staff's agenda and hours.

menu-booking = 📅 المواعيد
menu-staff-booking = 📅 المواعيد والأوقات

booking-kind-mapping = تقييم المهارات
booking-kind-follow-up = متابعة
booking-kind-guidance = إرشاد مهني
booking-place-in-person = حضوريًا
booking-place-phone = بالهاتف
booking-place-video = بالفيديو

booking-list-title = مواعيدك:
booking-list-empty = ليس لديك مواعيد محجوزة.
booking-list-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $kind }
booking-new = ➕ حجز موعد

booking-ask-staff = مع مَن يكون الموعد؟
booking-ask-kind = ما نوع الموعد؟
booking-kind-button = { $kind } · { $minutes } دقيقة · { $place }
booking-ask-day = يُرجى اختيار يوم. تظهر هنا فقط الأيام التي فيها أوقات متاحة.
booking-no-days = لا توجد أوقات متاحة في الأسابيع القادمة. يُرجى التحدث مع مرشدك.
booking-ask-time = الأوقات المتاحة يوم { DATETIME($day, dateStyle: "full") }:
booking-day-full = لم تبقَ أوقات متاحة في هذا اليوم. يُرجى اختيار يوم آخر.
booking-taken = حجز شخص آخر هذا الوقت قبل قليل. هذه هي الأوقات المتاحة التالية:
booking-confirm =
    { $kind }، { $minutes } دقيقة
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مع { $staff }
    المكان: { $where }
booking-confirm-button = ✅ حجز
booking-move-button = ✅ التغيير إلى هذا الوقت
booking-confirmed =
    ✅ تم الحجز!
    { $kind }، { $minutes } دقيقة
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مع { $staff }
    المكان: { $where }
    يُرجى الضغط على الملف لحفظ الموعد في تقويمك.
booking-confirmed-moved =
    ✅ تم تغيير الوقت!
    { $kind }، { $minutes } دقيقة
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مع { $staff }
    المكان: { $where }
    يُرجى الضغط على الملف لحفظ الموعد في تقويمك.
booking-ics-summary = { $kind } مع { $name }
booking-done = تم حجز الموعد.
booking-moved = تم تغيير وقت الموعد.
booking-too-many =
    { $max ->
        [one] لديك موعد محجوز واحد بالفعل.
        [two] لديك موعدان محجوزان بالفعل.
        [few] لديك { $max } مواعيد محجوزة بالفعل.
        [many] لديك { $max } موعدًا محجوزًا بالفعل.
        [zero] لديك { $max } موعد محجوز بالفعل.
       *[other] لديك { $max } موعد محجوز بالفعل.
    } يُرجى إلغاء موعد أولًا.
booking-locked =
    { $hours ->
        [one] بقيت أقل من ساعة واحدة على الموعد.
        [two] بقيت أقل من ساعتين على الموعد.
        [few] بقيت أقل من { $hours } ساعات على الموعد.
        [many] بقيت أقل من { $hours } ساعة على الموعد.
        [zero] بقيت أقل من { $hours } ساعة على الموعد.
       *[other] بقيت أقل من { $hours } ساعة على الموعد.
    } إذا أردت التغيير، يُرجى التحدث مع مرشدك.
booking-gone = هذا الموعد لم يعد موجودًا.

booking-view =
    { $kind }، { $minutes } دقيقة
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    مع { $staff }
    المكان: { $where }
booking-move = 🔁 تغيير الوقت
booking-cancel-button = ❌ إلغاء الموعد
booking-ics-button = 📎 ملف التقويم
# In the calendar file: a link back to the chat.
booking-ics-description = للتغيير أو السؤال افتح Lotsen: { $link }
# File names: letters and hyphens; ".ics" is added.
booking-ics-file = موعد-lotsen
booking-ics-cancelled-file = موعد-ملغى-lotsen
booking-ics-cancelled-caption = 📎 افتح الملف. سيُحذف الموعد من تقويمك.
booking-cancel-ask = هل نلغي الموعد؟
booking-cancel-yes = نعم، إلغاء الموعد
booking-cancel-no = لا
booking-cancelled = تم إلغاء الموعد.

# Sent by the outbox.
booking-notice-booked = 📅 حجز جديد من { $name }: { $kind }، { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-booked-for-you = 📅 حجز مرشدك موعدًا معك: { $kind }، { DATETIME($at, dateStyle: "full", timeStyle: "short") }. المكان: { $where }.
booking-notice-moved = 🔁 تغيير موعد من { $name }: الوقت الجديد هو { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-moved-for-you = 🔁 غيّر مرشدك وقت الموعد إلى { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled = ❌ إلغاء موعد من { $name }: { DATETIME($at, dateStyle: "full", timeStyle: "short") }.
booking-notice-cancelled-for-you = ❌ تم إلغاء موعدك في { DATETIME($at, dateStyle: "full", timeStyle: "short") }. يمكنك حجز وقت جديد من 📅 المواعيد.
booking-notice-cant-come =
    { $response ->
        [move] ⚠️ طلب تغيير الوقت من { $name }: موعد { DATETIME($at, dateStyle: "full", timeStyle: "short") }. يُرجى التواصل مع { $name }.
       *[other] ⚠️ اعتذار عن الحضور من { $name }: موعد { DATETIME($at, dateStyle: "full", timeStyle: "short") }. يُرجى التواصل مع { $name }.
    }
booking-reminder =
    ⏰ تذكير: { $kind } مع { $name }
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
booking-answer-coming = 👍 سأحضر
booking-answer-move = 🔁 أحتاج إلى تغيير الوقت
booking-answer-cant = ❌ لا أستطيع الحضور
booking-answer-thanks = شكرًا! إلى اللقاء.
booking-answer-told = سيعرف مرشدك بذلك الآن، وسيتواصل معك.
booking-answer-cancelled = تم إلغاء الموعد. يمكنك حجز وقت جديد من 📅 المواعيد.
booking-no-show = افتقدناك في موعد { DATETIME($at, dateStyle: "full", timeStyle: "short") }. لا بأس. هل نحجز وقتًا جديدًا؟
booking-book-again = 📅 حجز وقت جديد

# Staff: agenda, hours, days off, kinds.
staff-book-button = 📅 حجز موعد
staff-agenda-today = اليوم:
staff-agenda-week = الأيام السبعة القادمة:
staff-agenda-empty = لا توجد مواعيد.
staff-agenda-item =
    { DATETIME($at, dateStyle: "short", timeStyle: "short") } · { $name } · { $kind }{ $status ->
        [attended] {" "}✅
        [no-show] {" "}❌
       *[other] { $response ->
            [coming] {" "}👍
            [cant] {" "}⚠️
            [move] {" "}⚠️
           *[other] {""}
        }
    }
staff-agenda-show-week = 📆 عرض الأسبوع
staff-agenda-show-today = 📆 عرض اليوم
staff-meeting-view =
    { $name }
    { $kind }، { $minutes } دقيقة
    { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    المكان: { $where }
    { $status ->
        [attended] الحضور: نعم
        [no-show] الحضور: لا
        [cancelled] ملغى
       *[other] { $response ->
            [coming] الرد: تأكيد الحضور
            [cant] الرد: اعتذار عن الحضور
            [move] الرد: طلب تغيير الوقت
           *[other] لا يوجد رد بعد
        }
    }
staff-meeting-attended = ✅ حضور
staff-meeting-no-show = ❌ غياب
staff-meeting-marked = تم الحفظ.
staff-hours-button = 🕘 أوقاتي
staff-hours-title = هذه أوقات يمكن للمشاركين حجزها. لحذف وقت، يُرجى الضغط عليه.
staff-hours-none = لا توجد أوقات بعد.
staff-hours-item = ✖ { $day } { $start }–{ $end }
staff-hours-add = ➕ إضافة وقت
staff-hours-ask-day = أي يوم من الأسبوع؟
staff-hours-ask-start = من أي ساعة؟
staff-hours-ask-end = إلى أي ساعة؟
staff-hours-saved = تم الحفظ.
staff-days-off-button = 🏖 أيام الإجازة
staff-days-off-title = يُرجى الضغط على يوم لإغلاقه أو فتحه. 🏖 تعني يوم إجازة. أيام العطل الرسمية مغلقة دائمًا.
staff-day-off-closed = هذا اليوم مغلق الآن أمام الحجز.
staff-day-off-opened = هذا اليوم مفتوح للحجز من جديد.
staff-kinds-button = 🧾 أنواع المواعيد
staff-kinds-title = أنواع المواعيد. لتغيير نوع، يُرجى الضغط عليه.
staff-kind-view =
    { $kind }
    { $minutes } دقيقة
    المكان: { $where }
staff-kind-length = ⏱ المدة
staff-kind-place = 📍 المكان
staff-kind-address = ✏️ العنوان
staff-kind-ask-length = كم مدة الموعد؟
staff-kind-ask-place = أين يكون الموعد؟
staff-kind-ask-address = يُرجى كتابة العنوان كرسالة عادية.
