### Onboarding: language, welcome, privacy notice and name.

onboarding-pick-language = زبان خود را انتخاب کنید.
onboarding-welcome =
    به Lotsen خوش آمدید!
    در اینجا با رهنمای خود (lots) در تماس هستید.
    اول می‌خواهیم بگوییم که چه چیزها را نگه می‌داریم.
onboarding-privacy = { privacy-notice-participant }
onboarding-accept = ✅ فهمیدم
onboarding-decline = نخیر، تشکر
onboarding-declined =
    خوب. معلومات شما را حذف کردیم.
    می‌خواهید بعداً شروع کنید؟ از رهنمای خود یک لینک جدید بخواهید.
onboarding-ask-name =
    شما را به چه نام صدا کنیم؟
    یک نام بنویسید.
onboarding-skip-name = تیر شدن
onboarding-done = تمام شد! حالا می‌توانید شروع کنید.
onboarding-staff-welcome =
    به Lotsen خوش آمدید!
    شما به حیث کارمند در اینجا هستید.
# Staff give the name participants see; the button offers their name in Telegram.
onboarding-staff-ask-name =
    نام شما چیست؟
    اشتراک‌کننده‌ها وقتی وقت ملاقات می‌گیرند و در پیام‌های شما، نام شما را می‌بینند.
    نام خود را بنویسید.
onboarding-staff-name-use = ✅ نام من { $name } است
