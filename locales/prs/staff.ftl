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
