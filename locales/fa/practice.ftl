### Vocational Swedish practice: short sessions between shifts.

menu-practice = 🗣 تمرین سوئدی

practice-home = شما برای این شغل تمرین می‌کنید: { $track }
practice-home-no-track = سوئدی را برای کارتان تمرین کنید، هر بار چند دقیقه.
practice-streak =
    { $streak ->
        [one] 🔥 { $streak } روز پشت سر هم
       *[other] 🔥 { $streak } روز پشت سر هم
    }
practice-week =
    این هفته:
    { $week }
    { $answers } پاسخ. { $known } کلمه را تمرین کرده‌اید.
practice-week-words = { $answers } پاسخ. { $known } کلمه را تمرین کرده‌اید.
practice-start = ▶️ الان تمرین کنیم
practice-track-button = 🧰 انتخاب شغل
practice-times-button = ⏰ یادآوری
practice-meanings-now = 🌍 زبان معنی کلمه‌ها: { $language }
practice-meanings-button = 🌍 زبان معنی کلمه‌ها
practice-ask-meanings =
    معنی کلمه‌ها را به چه زبانی می‌خواهید ببینید؟
    زبانی را که از همه بهتر بلدید انتخاب کنید.
practice-meanings-saved = ذخیره شد. از حالا معنی کلمه‌ها به زبان { $language } است.
practice-ask-track = برای کدام شغل می‌خواهید سوئدی تمرین کنید؟
practice-track-saved = ذخیره شد. هر وقت خواستید، «الان تمرین کنیم» را بزنید.
practice-ask-times =
    چه ساعتی به شما یادآوری کنیم که تمرین کنید؟
    یک یا دو ساعت انتخاب کنید. برای حذف، دوباره بزنید.
practice-times-max = حداکثر دو ساعت می‌توانید انتخاب کنید.
practice-times-done = ✅ تمام
practice-nothing-due = برای امروز همه را تمرین کرده‌اید. آفرین! فردا دوباره بیایید.
practice-saved = ذخیره شد. هر وقت خواستید، در بخش «تمرین سوئدی» ادامه دهید.

practice-head = کلمه { $number } از { $total }
practice-ask-recognise =
    این یعنی چه؟
    { $sv }
practice-ask-recall =
    این را به سوئدی چطور می‌گویند؟
    { $meaning }
practice-ask-gap =
    کدام کلمه مناسب است؟
    { $gap }
practice-ask-type =
    به سوئدی بنویسید:
    { $meaning }
practice-ask-listen = گوش کنید و کلمه‌ای را که می‌شنوید انتخاب کنید.
practice-listen = 🔊 گوش کنید
practice-dont-know = 🤷 نمی‌دانم
practice-stop = ⏸ فعلاً کافی است
practice-old-button = این سؤال قبلاً تمام شده است. سؤال فعلی شما این است.
practice-gone = این تمرین دیگر وجود ندارد.

practice-right = ✅ درست است!
practice-wrong = کاملاً درست نیست. پاسخ درست این است:
practice-explain =
    { $sv } = { $meaning }
    { $example }
practice-hear-word = 🔊 کلمه
practice-hear-example = 🔊 جمله
practice-hear-meaning = 🔊 به { $language }
practice-voice-failed = الان نمی‌شود صدا را پخش کرد. بعداً دوباره امتحان کنید.
practice-next = بعدی ◀️
practice-grade-again = دوباره
practice-grade-hard = سخت
practice-grade-good = خوب
practice-grade-easy = آسان
practice-graded = ذخیره شد. این کلمه بر اساس انتخاب شما دوباره می‌آید.

practice-done = آفرین! { $correct } از { $total } درست.
practice-more = ▶️ بیشتر تمرین کنیم

# Sent by the outbox at the times the participant chose.
practice-prompt = 🗣 دو دقیقه وقت دارید؟ کمی سوئدی برای کار تمرین کنید.
practice-prompt-button = ▶️ الان تمرین کنیم
practice-week-summary =
    🗓 سوئدی شما در این هفته:
    { $week }
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    }، { $answers } پاسخ. { $known } کلمه را تمرین کرده‌اید.

# Staff: the participant's track, from the participant card.
staff-practice-button = 🗣 شغل تمرین
staff-practice-ask = شرکت‌کننده برای کدام شغل سوئدی تمرین کند؟
staff-practice-saved = ذخیره شد.
