### Staff tools.

staff-invite-participant-ready =
    این یک دعوت‌نامه برای یک اشتراک‌کنندهٔ جدید است.
    لینک یا کود QR را به اشتراک‌کننده بدهید.
    فقط یک بار کار می‌کند و تا { DATETIME($expires, dateStyle: "long") } اعتبار دارد.
    { $link }
staff-invite-staff-ready =
    این یک دعوت‌نامه برای یک همکار جدید است.
    فقط یک بار کار می‌کند و تا { DATETIME($expires, dateStyle: "long") } اعتبار دارد.
    { $link }
staff-invite-admin-ready =
    این یک دعوت‌نامه برای یک مدیر سیستم جدید است.
    فقط یک بار کار می‌کند و تا { DATETIME($expires, dateStyle: "long") } اعتبار دارد.
    { $link }
staff-participant-joined = اشتراک‌کننده { $name } استفاده از Lotsen را شروع کرد.
staff-participant-joined-noname = یک اشتراک‌کنندهٔ جدید استفاده از Lotsen را شروع کرد.
staff-caseload-title =
    { $count ->
        [0] شما هنوز اشتراک‌کننده ندارید. از مینو کسی را دعوت کنید.
        [one] شما { $count } اشتراک‌کننده دارید:
       *[other] شما { $count } اشتراک‌کننده دارید:
    }
staff-card =
    { $name }
    زبان: { $language }
staff-card-rhythm-off = احوال‌پرسی: خاموش
staff-card-rhythm =
    احوال‌پرسی: { $every ->
        [1] هر روز
        [7] هر هفته
        [one] هر روز
       *[other] هر { $every } روز
    } ساعت { $time }
staff-rhythm-button = 🗓 تبدیل احوال‌پرسی
staff-rhythm-ask-every = ربات هر چند وقت یک بار احوال بپرسد؟
staff-rhythm-daily = هر روز
staff-rhythm-weekly = هر هفته
staff-rhythm-fortnightly = هر دو هفته یک بار
staff-rhythm-off = بدون احوال‌پرسی
staff-rhythm-ask-weekday = کدام روز؟
staff-rhythm-ask-time = کدام ساعت؟
staff-rhythm-saved = ثبت شد. احوال‌پرسی بعدی: { DATETIME($next, dateStyle: "long", timeStyle: "short") }.
staff-rhythm-stopped = ثبت شد. ربات دیگر احوال نمی‌پرسد.
