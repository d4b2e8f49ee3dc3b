### /start: the invite link, and people the bot is not for.

start-no-invite =
    سلام! من Lotsen هستم.
    من برای شرکت‌کنندگان و کارکنان برنامه‌های بازار کار کمون هستم.
    برای شروع، به یک لینک از راهنمای خود (lots) نیاز دارید.
    از راهنمای خود یک لینک بخواهید.
start-invite-invalid =
    این لینک کار نمی‌کند.
    شاید خیلی قدیمی باشد یا قبلاً استفاده شده باشد.
    از راهنمای خود (lots) یک لینک جدید بخواهید.
start-already-member = شما از قبل در Lotsen عضو هستید. منو اینجاست.
start-invite-already-joined = شما از قبل در Lotsen عضو هستید. به این لینک نیاز ندارید.
