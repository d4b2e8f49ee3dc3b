### The line to the own lots: 📞 My lots, messages by voice, photo or text, and answers.

lotsline-menu-button = 📞 رهنمای من
lotsline-none = الان رهنمایی ندارید.
lotsline-home = 📞 رهنمای شما { $name } است.
lotsline-hours =
    ساعت‌های کار { $name }:
    { $schedule }
# One weekday of the lots's hours, e.g. "Monday: 09:00–12:00, 13:00–15:00".
lotsline-hours-day = { $day }: { $times }
lotsline-hours-time = { $start }–{ $end }
lotsline-write-button = 🎙 بنویسید یا ثبت کنید
lotsline-book-button = 📅 وقت ملاقات بگیرید
lotsline-call-button = 📞 تماس با { $name }
lotsline-write =
    به { $name } بنویسید.
    یا یک پیام صوتی ثبت کنید 🎙.
    می‌توانید عکس هم روان کنید.
lotsline-sent = ✅ روان شد. رهنمای شما پیامتان را می‌گیرد.
lotsline-forwarded = این از کس دیگری است. خودتان بنویسید یا ثبت کنید.
lotsline-too-long =
    ضبط خیلی طولانی است. { $minutes ->
        [one] حداکثر ۱ دقیقه.
       *[other] حداکثر { $minutes } دقیقه.
    }
lotsline-sticker = نمی‌توانم استیکر روان کنم. بنویسید یا ثبت کنید.
lotsline-offer = می‌خواهید این را برای رهنمای خود روان کنید؟
lotsline-offer-button = 📨 برای رهنمایم روان کن

# To staff.
lotsline-gone = این پیام دیگر وجود ندارد.
lotsline-thread = 💬 { $name } و شما. روی یک پیام بزنید تا آن را ببینید یا بشنوید.
lotsline-thread-empty = 💬 { $name } و شما. هنوز پیامی نیست.
lotsline-item =
    { $who ->
        [lots] ↩️ شما
       *[participant] { $name }
    } · { $kind ->
        [voice] 🎙
        [video_note] 📹
        [audio] 🎵
        [photo] 🖼
       *[text] 💬
    } · { DATETIME($at, dateStyle: "medium", timeStyle: "short") }
lotsline-play-button = ▶️ پخش
lotsline-reply-button = ↩️ پاسخ
lotsline-card-button = 💬 پیام‌ها ({ $line })
lotsline-reply =
    پاسخ خود را به { $name } بنویسید.
    یا یک پیام صوتی ثبت کنید 🎙.
lotsline-answer-queued = ✅ روان شد. { $name } به‌زودی پاسخ را می‌گیرد.
lotsline-answer-held = ⏸ { $name } پیام‌ها را متوقف کرده است. پاسخ وقتی توقف تمام شود می‌رسد.
lotsline-answer-stopped = ⛔ { $name } همه پیام‌ها را متوقف کرده است. پاسخ روان نشد.

# To the participant: the lots's answer.
lotsline-answer-text =
    💬 { $name }، رهنمای شما:
    { $text }
lotsline-answer-voice = 🎙 { $name }، رهنمای شما
lotsline-answer-back = ↩️ جواب

# A lots's work number.
lotsline-phone-button = 📞 شماره کاری من
lotsline-phone-now = شرکت‌کنندگان می‌توانند با { $phone } با شما تماس بگیرند.
lotsline-phone-none = شرکت‌کنندگان هیچ شماره‌ای از شما نمی‌بینند.
lotsline-phone-ask = شماره کاری خود را بنویسید. آن‌وقت شرکت‌کنندگان با یک لمس با شما تماس می‌گیرند.
lotsline-phone-hide = 🚫 هیچ شماره‌ای نشان نده
lotsline-phone-saved = نگه داشته شد. شرکت‌کنندگان می‌توانند با شماره کاری شما تماس بگیرند.
lotsline-phone-hidden = انجام شد. شرکت‌کنندگان هیچ شماره‌ای نمی‌بینند.
lotsline-phone-bad = این شبیه شماره تلفن نیست. برای نمونه بنویسید 070-123 45 67.
