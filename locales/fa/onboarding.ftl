### Onboarding: language, welcome, privacy notice and name.

onboarding-pick-language = زبان خود را انتخاب کنید.
onboarding-welcome =
    به Lotsen خوش آمدید!
    اینجا با راهنمای خود (lots) در تماس هستید.
    اول می‌خواهیم بگوییم چه چیزهایی ذخیره می‌کنیم.
onboarding-privacy = { privacy-notice-participant }
onboarding-accept = ✅ متوجه شدم
onboarding-decline = نه، ممنون
onboarding-declined =
    بسیار خب. اطلاعات شما را پاک کردیم.
    می‌خواهید بعداً شروع کنید؟ از راهنمای خود یک لینک جدید بخواهید.
onboarding-ask-name =
    دوست دارید شما را چه صدا کنیم؟
    یک نام بنویسید.
onboarding-skip-name = رد شدن
onboarding-done = تمام شد! حالا می‌توانید شروع کنید.
onboarding-staff-welcome =
    به Lotsen خوش آمدید!
    شما به‌عنوان کارمند اینجا هستید.
# Staff give the name participants see; the button offers their name in Telegram.
onboarding-staff-ask-name =
    نام شما چیست؟
    شرکت‌کنندگان وقتی وقت ملاقات می‌گیرند و در پیام‌های شما، نام شما را می‌بینند.
    نام خود را بنویسید.
onboarding-staff-name-use = ✅ نام من { $name } است
