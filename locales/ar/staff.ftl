### Staff tools.

staff-invite-participant-ready =
    هذه دعوة لمشارك جديد.
    يُرجى إعطاء الرابط أو رمز QR للمشارك.
    الدعوة تعمل مرة واحدة، وهي صالحة حتى { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-staff-ready =
    هذه دعوة لزميل جديد.
    الدعوة تعمل مرة واحدة، وهي صالحة حتى { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-admin-ready =
    هذه دعوة لمسؤول نظام جديد.
    الدعوة تعمل مرة واحدة، وهي صالحة حتى { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-participant-joined = انضمام جديد إلى Lotsen: { $name }.
staff-participant-joined-noname = بدأ مشارك جديد استخدام Lotsen.
staff-caseload-title =
    { $count ->
        [0] ليس لديك مشاركون بعد. يمكنك دعوة أحد من القائمة.
        [one] لديك مشارك واحد:
        [two] لديك مشاركان:
        [few] لديك { $count } مشاركين:
        [many] لديك { $count } مشاركًا:
       *[other] لديك { $count } مشارك:
    }
staff-card =
    { $name }
    اللغة: { $language }
staff-card-rhythm-off = المتابعة: متوقفة
staff-card-rhythm =
    المتابعة: { $every ->
        [1] كل يوم
        [7] كل أسبوع
        [two] كل يومين
        [few] كل { $every } أيام
        [many] كل { $every } يومًا
        [zero] كل { $every } يوم
       *[other] كل { $every } يوم
    } الساعة { $time }
staff-rhythm-button = 🗓 تغيير المتابعة
staff-rhythm-ask-every = كم مرة يسأل البوت كيف تسير الأمور؟
staff-rhythm-daily = كل يوم
staff-rhythm-weekly = كل أسبوع
staff-rhythm-fortnightly = كل أسبوعين
staff-rhythm-off = بدون متابعة
staff-rhythm-ask-weekday = في أي يوم؟
staff-rhythm-ask-time = في أي ساعة؟
staff-rhythm-saved = تم الحفظ. المتابعة القادمة: { DATETIME($next, dateStyle: "long", timeStyle: "short") }.
staff-rhythm-stopped = تم الحفظ. لن يسأل البوت بعد الآن.
