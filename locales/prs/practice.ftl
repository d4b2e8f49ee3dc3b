### Vocational Swedish practice: short sessions between shifts.
# Afghan Dari: سویدنی = Swedish, مسلک = occupation (yrke), پی‌هم = in a row, شاباش = well done.

menu-practice = 🗣 تمرین سویدنی

practice-home = شما برای این مسلک تمرین می‌کنید: { $track }
practice-home-no-track = زبان سویدنی را برای کار خود تمرین کنید، هر بار چند دقیقه.
practice-streak =
    { $streak ->
        [one] 🔥 { $streak } روز پی‌هم
       *[other] 🔥 { $streak } روز پی‌هم
    }
practice-week =
    این هفته:
    { $week }
    { $answers } جواب. { $known } کلمه را تمرین کرده‌اید.
practice-week-words = { $answers } جواب. { $known } کلمه را تمرین کرده‌اید.
practice-start = ▶️ حالا تمرین کنیم
practice-track-button = 🧰 انتخاب مسلک
practice-times-button = ⏰ یادآوری
practice-meanings-now = 🌍 زبان معنای کلمه‌ها: { $language }
practice-meanings-button = 🌍 زبان معنای کلمه‌ها
practice-ask-meanings =
    معنای کلمه‌ها را به کدام زبان می‌خواهید ببینید؟
    زبانی را که از همه بهتر می‌فهمید انتخاب کنید.
practice-meanings-saved = ثبت شد. از حالا معنای کلمه‌ها به زبان { $language } است.
practice-ask-track = برای کدام مسلک می‌خواهید سویدنی تمرین کنید؟
practice-track-saved = ثبت شد. هر وقت خواستید، «حالا تمرین کنیم» را فشار دهید.
practice-ask-times =
    در کدام ساعت به شما یادآوری کنیم که تمرین کنید؟
    یک یا دو وقت را انتخاب کنید. برای حذف، دوباره فشار دهید.
practice-times-max = بیشتر از دو وقت را انتخاب کرده نمی‌توانید.
practice-times-done = ✅ خلاص
practice-nothing-due = برای امروز همه را تمرین کرده‌اید. شاباش! فردا دوباره بیایید.
practice-saved = ثبت شد. هر وقت خواستید، در بخش «تمرین سویدنی» ادامه بدهید.

practice-head = کلمهٔ { $number } از { $total }
practice-ask-recognise =
    معنای این چیست؟
    { $sv }
practice-ask-recall =
    این را به سویدنی چطور می‌گویند؟
    { $meaning }
practice-ask-gap =
    کدام کلمه مناسب است؟
    { $gap }
practice-ask-type =
    به سویدنی بنویسید:
    { $meaning }
practice-ask-listen = گوش کنید و کلمه‌ای را که می‌شنوید انتخاب کنید.
practice-listen = 🔊 گوش کنید
practice-dont-know = 🤷 نمی‌دانم
practice-stop = ⏸ فعلاً بس است
practice-old-button = این سوال قبلاً خلاص شده است. سوال فعلی شما این است.
practice-gone = این تمرین دیگر وجود ندارد.

practice-right = ✅ درست است!
practice-wrong = کاملاً درست نیست. جواب درست این است:
practice-explain =
    { $sv } = { $meaning }
    { $example }
practice-hear-word = 🔊 کلمه
practice-hear-example = 🔊 جمله
practice-hear-meaning = 🔊 به { $language }
practice-voice-failed = حالا صدا پخش شده نمی‌تواند. بعداً دوباره کوشش کنید.
practice-next = بعدی ◀️
practice-grade-again = دوباره
practice-grade-hard = سخت
practice-grade-good = خوب
practice-grade-easy = آسان
practice-graded = ثبت شد. این کلمه مطابق انتخاب شما دوباره می‌آید.

practice-done = شاباش! { $correct } از { $total } درست.
practice-more = ▶️ بیشتر تمرین کنیم

# Sent by the outbox at the times the participant chose.
practice-prompt = 🗣 دو دقیقه وقت دارید؟ کمی سویدنی برای کار تمرین کنید.
practice-prompt-button = ▶️ حالا تمرین کنیم
practice-week-summary =
    🗓 هفتهٔ شما با زبان سویدنی:
    { $week }
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    }، { $answers } جواب. { $known } کلمه را تمرین کرده‌اید.

# Staff: the participant's track, from the participant card.
staff-practice-button = 🗣 مسلک تمرین
staff-practice-ask = اشتراک‌کننده برای کدام مسلک سویدنی تمرین کند؟
staff-practice-saved = ثبت شد.
