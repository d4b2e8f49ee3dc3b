### Alerts to staff: the kind of concern, never the answers.

alert-unnamed = المشارك رقم { $number }
alert-kind =
    { $kind ->
        [low-mood] شعور سيئ جدًا
        [wants-contact] طلب تواصل
        [message] رسالة جديدة
        [no-answer] لم يصل ردّ مرتين
        [inactive] لا تواصل منذ مدة طويلة
        [unreachable] تم حظر البوت
        [assessment] نتيجة التقييم الذاتي تحت الحدّ: { $instrument }
        [question] سؤال عن: «{ $question }»
       *[other] بحاجة إلى تواصل
    }
alert-notice = 🔔 { $name }: { alert-kind }. للتفاصيل: /menu ← التنبيهات.
alerts-title =
    { $count ->
        [0] لا توجد تنبيهات مفتوحة.
        [one] تنبيه مفتوح واحد:
        [two] تنبيهان مفتوحان:
        [few] { $count } تنبيهات مفتوحة:
        [many] { $count } تنبيهًا مفتوحًا:
       *[other] { $count } تنبيه مفتوح:
    }
alerts-item = { $name } · { alert-kind } · { DATETIME($at, dateStyle: "medium") }
alerts-view =
    { $name }
    { alert-kind }
    { DATETIME($at, dateStyle: "long") }
alerts-handled-button = ✅ تم، لقد تواصلتُ
alerts-handled = تم إغلاق التنبيه.
alerts-gone = هذا التنبيه لم يعد موجودًا.
menu-staff-alerts =
    { $count ->
        [0] 🔔 التنبيهات
       *[other] 🔔 التنبيهات ({ $count })
    }
alerts-note-button = ✍️ تم، مع ملاحظة
alerts-note-ask = اكتب باختصار ما فعلته. { core-max-chars }
