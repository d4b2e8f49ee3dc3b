### /start: the invite link, and people the bot is not for.

start-no-invite =
    سلام! نام من Lotsen است.
    من برای اشتراک‌کنندگان و کارمندان برنامه‌های بازار کار کمون هستم.
    برای شروع، یک لینک از رهنمای خود (lots) لازم دارید.
    از رهنمای خود یک لینک بخواهید.
start-invite-invalid =
    این لینک کار نمی‌کند.
    شاید بسیار کهنه باشد یا قبلاً استفاده شده باشد.
    از رهنمای خود (lots) یک لینک جدید بخواهید.
start-already-member = شما از قبل در Lotsen عضو هستید. مینو اینجاست.
start-invite-already-joined = شما از قبل در Lotsen عضو هستید. به این لینک ضرورت ندارید.
