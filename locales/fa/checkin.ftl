### Check-ins (avstämningar): how the week has been, and whether help is needed.

checkin-prompt = سلام! هفته‌تان چطور بود؟
checkin-prompt-named = سلام { $name }! هفته‌تان چطور بود؟
checkin-reminder = از شما خبری نشد. هفته‌تان چطور بود؟ لطفاً یک دکمه را بزنید.
checkin-mood-5 = 😄 خیلی خوب
checkin-mood-4 = 🙂 خوب
checkin-mood-3 = 😐 معمولی
checkin-mood-2 = 🙁 بد
checkin-mood-1 = 😞 خیلی بد
checkin-ask-help = ممنون! به کمک نیاز دارید؟
checkin-help-no = نه، همه‌چیز خوب است
checkin-help-contact = بله، با من تماس بگیرید
checkin-help-message = پیام به راهنمای خودم
checkin-write-message =
    پیام خود را برای راهنمای خود بنویسید.
    یا یک پیام صوتی ضبط کنید 🎙. می‌توانید عکس هم بفرستید.
checkin-message-too-long = پیام خیلی طولانی است. حداکثر { $max } حرف بنویسید.
checkin-thanks = ممنون از پاسخ شما!
checkin-thanks-contact = ممنون! راهنمای شما با شما تماس می‌گیرد.
checkin-thanks-message = ممنون! پیام شما به راهنمای شما رسید.
checkin-already-answered = شما قبلاً پاسخ داده‌اید. ممنون!
checkin-message-to-staff =
    💬 پیام از { $name }:
    { $message }

# Pause: "I'm sick or away".
pause-ask = پیام‌ها را برای چه مدتی متوقف کنیم؟
pause-days =
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    }
pause-saved = پیام‌ها متوقف شد. تا آخر روز { DATETIME($until, dateStyle: "long") } برای شما پیامی نمی‌فرستیم.
pause-status = ⏸ پیام‌ها تا آخر روز { DATETIME($until, dateStyle: "long") } متوقف هستند.
pause-resumed = دوباره خوش آمدید! از حالا دوباره پیام می‌گیرید.
