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
