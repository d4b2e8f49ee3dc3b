### The reader's own settings: language and name.

profile-pick-language = یک زبان را انتخاب کنید.
profile-language-saved = حالا به دری می‌نویسم.
profile-ask-name =
    شما را به چه نام صدا کنیم؟
    یک نام بنویسید.
profile-name-now = حالا شما را { $name } صدا می‌کنیم.
profile-name-none = شما هنوز در اینجا نام ندارید.
profile-name-saved = تشکر! حالا شما را { $name } صدا می‌کنیم.
profile-name-text-only = نام را با حروف بنویسید.
quiet-ask-start = شب‌ها از چه ساعت دیگر برای شما پیام روان نکنم؟
quiet-ask-end = صبح‌ها از چه ساعت دوباره پیام روان کرده می‌توانم؟
quiet-saved = ثبت شد. از ساعت { $start } تا ساعت { $end } هیچ پیامی روان نمی‌کنم.
profile-settings-title = تنظیمات. چه چیز را می‌خواهید تبدیل کنید؟
