### Staff tools.

staff-invite-participant-ready =
    این یک دعوت‌نامه برای یک شرکت‌کننده جدید است.
    لینک یا کد QR را به شرکت‌کننده بدهید.
    فقط یک بار کار می‌کند و تا { DATETIME($expires, dateStyle: "long") } معتبر است.
    { $link }
staff-invite-staff-ready =
    این یک دعوت‌نامه برای یک همکار جدید است.
    فقط یک بار کار می‌کند و تا { DATETIME($expires, dateStyle: "long") } معتبر است.
    { $link }
staff-invite-admin-ready =
    این یک دعوت‌نامه برای یک مدیر سیستم جدید است.
    فقط یک بار کار می‌کند و تا { DATETIME($expires, dateStyle: "long") } معتبر است.
    { $link }
staff-participant-joined = شرکت‌کننده { $name } استفاده از Lotsen را شروع کرد.
staff-participant-joined-noname = یک شرکت‌کننده جدید استفاده از Lotsen را شروع کرد.
staff-caseload-title =
    { $count ->
        [0] هنوز شرکت‌کننده‌ای ندارید. از منو کسی را دعوت کنید.
        [one] شما { $count } شرکت‌کننده دارید:
       *[other] شما { $count } شرکت‌کننده دارید:
    }
staff-card =
    { $name }
    زبان: { $language }
staff-card-rhythm-off = پیگیری: خاموش
staff-card-rhythm =
    پیگیری: { $every ->
        [1] هر روز
        [7] هر هفته
        [one] هر روز
       *[other] هر { $every } روز
    } ساعت { $time }
staff-rhythm-button = 🗓 تغییر پیگیری
staff-rhythm-ask-every = ربات هر چند وقت یک بار بپرسد که اوضاع چطور است؟
staff-rhythm-daily = هر روز
staff-rhythm-weekly = هر هفته
staff-rhythm-fortnightly = هر دو هفته یک بار
staff-rhythm-off = بدون پیگیری
staff-rhythm-ask-weekday = چه روزی؟
staff-rhythm-ask-time = چه ساعتی؟
staff-rhythm-saved = ذخیره شد. پیگیری بعدی: { DATETIME($next, dateStyle: "long", timeStyle: "short") }.
staff-rhythm-stopped = ذخیره شد. ربات دیگر سؤال نمی‌پرسد.
