### Check-ins (avstämningar): how the week has been, and whether help is needed.

checkin-prompt = سلام! هفتهٔ شما چطور گذشت؟
checkin-prompt-named = سلام { $name }! هفتهٔ شما چطور گذشت؟
checkin-reminder = از شما خبری نشد. هفتهٔ شما چطور گذشت؟ لطفاً یک دکمه را فشار دهید.
checkin-mood-5 = 😄 بسیار خوب
checkin-mood-4 = 🙂 خوب
checkin-mood-3 = 😐 معمولی
checkin-mood-2 = 🙁 بد
checkin-mood-1 = 😞 بسیار بد
checkin-ask-help = تشکر! به کمک ضرورت دارید؟
checkin-help-no = نخیر، خوب هستم
checkin-help-contact = بلی، با من به تماس شوید
checkin-help-message = پیام به رهنمای خودم
checkin-write-message =
    پیام خود را برای رهنمای خود بنویسید.
    یا یک پیام صوتی ثبت کنید 🎙. می‌توانید عکس هم روان کنید.
checkin-message-too-long = پیام بسیار طولانی است. بیشتر از { $max } حرف ننویسید.
checkin-thanks = از جواب شما تشکر!
checkin-thanks-contact = تشکر! رهنمای شما با شما به تماس می‌شود.
checkin-thanks-message = تشکر! پیام شما به رهنمای شما رسید.
checkin-already-answered = شما قبلاً جواب داده‌اید. تشکر!
checkin-message-to-staff =
    💬 پیام از { $name }:
    { $message }

# Pause: "I'm sick or away".
pause-ask = پیام‌ها را برای چه مدت متوقف کنیم؟
pause-days =
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    }
pause-saved = پیام‌ها متوقف شد. تا آخر روز { DATETIME($until, dateStyle: "long") } برای شما پیام روان نمی‌کنیم.
pause-status = ⏸ پیام‌ها تا آخر روز { DATETIME($until, dateStyle: "long") } متوقف هستند.
pause-resumed = دوباره خوش آمدید! حالا دوباره پیام دریافت می‌کنید.
