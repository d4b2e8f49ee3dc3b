### Reminders and messages from staff to their participants.

reminders-menu-button = 📣 إرسال تذكير
reminders-card-button = ✉️ إرسال رسالة

reminders-ask-audience = من يجب أن يستلم الرسالة؟
reminders-no-participants = ليس لديك مشاركون بعد. يمكنك رؤية التذكيرات التي أرسلتها.
reminders-audience-one = 👤 مشارك واحد
reminders-audience-several = 👥 عدة مشاركين
reminders-audience-all = 📣 كل المشاركين عندي
reminders-sent-button = 📋 التذكيرات المرسلة

reminders-ask-one = من يجب أن يستلم الرسالة؟
reminders-ask-several = اضغط على الأسماء. اضغط مرة أخرى لإزالة اسم.
reminders-picked-done = تم (المختارون: { $picked })
reminders-pick-none = اختر مشاركًا واحدًا على الأقل.

reminders-ask-content = ماذا تريد أن ترسل؟
reminders-write = ✏️ اكتب رسالة بنفسك
reminders-ask-text =
    اكتب رسالتك.
    سترسل كما تكتبها تمامًا.
    { core-max-chars }

reminders-ask-when = متى يجب إرسال الرسالة؟
reminders-when-now = ⚡ الآن
reminders-when-tomorrow = 🌅 غدًا الساعة 08:00
reminders-when-monday = 📅 الاثنين الساعة 08:00
reminders-when-pick = 🗓 اختر يومًا ووقتًا
reminders-ask-day = اختر يومًا.
reminders-ask-hour = في أي ساعة يوم { DATETIME($day, dateStyle: "full") }؟

reminders-preview =
    هكذا تبدو الرسالة:

    { $text }

reminders-preview-own-language = كل شخص يقرؤها بلغته.
reminders-preview-to =
    إلى { $count ->
        [zero] { $count } مشارك
        [one] مشارك واحد
        [two] مشاركَين
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }: { $names }
reminders-preview-now = الإرسال: الآن
reminders-preview-at = الإرسال: { DATETIME($at, dateStyle: "full", timeStyle: "short") }
reminders-send = ✅ إرسال
reminders-nobody = لا أحد منهم يستطيع استلام الرسالة. لم يُرسل شيء.
reminders-names-more = { $names } و{ $more } آخرون
reminders-done-now = ✅ تم. الرسالة تُرسل الآن.
reminders-done-later = ✅ تم. سترسل الرسالة في الوقت الذي اخترته.

reminders-sent-title =
    { $count ->
        [0] لم ترسل أي تذكير في { reminders-days }.
       *[other] تذكيراتك في { reminders-days }. الأحدث أولًا:
    }
reminders-days =
    { $days ->
        [zero] آخر { $days } يوم
        [one] آخر يوم
        [two] آخر يومين
        [few] آخر { $days } أيام
        [many] آخر { $days } يومًا
       *[other] آخر { $days } يوم
    }
reminders-sent-item = { DATETIME($at, dateStyle: "medium", timeStyle: "short") } · { $what } · 👥 { $count }
reminders-report =
    📣 { DATETIME($at, dateStyle: "full", timeStyle: "short") }
    { $text }

    إلى { $count ->
        [zero] { $count } مشارك
        [one] مشارك واحد
        [two] مشاركَين
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }.
    ✅ أُرسلت: { $sent }
    ⏳ تنتظر: { $waiting }
    ⚠️ لم تصل: { $unreached }
reminders-report-unreached = لم تصل إلى: { $names }
reminders-gone = هذا التذكير لم يعد موجودًا.
reminders-cancel-button = 🚫 إيقاف التذكير
reminders-cancel-ask = هل تريد إيقاف التذكير؟ من لم يستلمه بعد لن يستلمه.
reminders-cancel-yes = نعم، أوقفه
reminders-cancel-no = لا، اتركه
reminders-cancelled = ✅ تم إيقاف التذكير.
reminders-cancel-too-late = تم إرساله بالفعل. لا يوجد شيء لإيقافه.
reminders-report-cancelled = 🚫 تم الإيقاف: { $cancelled }

# Short names of the templates, on the staff member’s buttons.
reminders-template-button-meeting-tomorrow = 📅 الموعد غدًا
reminders-template-button-bring-id = 🪪 أحضر هويتك
reminders-template-button-self-assessment = 📝 وقت التقييم الذاتي
reminders-template-button-placement-monday = 🏢 التدريب يبدأ الاثنين
reminders-template-button-call-me = 📞 اتصل بي

# The templates as the participant reads them, in their own language.
reminders-template-meeting-tomorrow = 📅 تذكّر موعدك غدًا.
reminders-template-bring-id = 🪪 أحضر هويتك، مثلًا بطاقة الهوية أو جواز السفر.
reminders-template-self-assessment = 📝 حان وقت التقييم الذاتي. افتح القائمة واضغط على 📝 التقييم الذاتي.
reminders-template-placement-monday = 🏢 يبدأ تدريبك العملي يوم الاثنين.
reminders-template-call-me = 📞 اتصل بي عندما تستطيع.
reminders-signed =
    { $text }
    – { $name }، مرشدك
reminders-signed-unnamed =
    { $text }
    – مرشدك
