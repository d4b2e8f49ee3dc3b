### The reader's own settings: language and name.

profile-pick-language = یک زبان انتخاب کنید.
profile-language-saved = از حالا به فارسی می‌نویسم.
profile-ask-name =
    دوست دارید شما را چه صدا کنیم؟
    یک نام بنویسید.
profile-name-now = الان شما را { $name } صدا می‌کنیم.
profile-name-none = هنوز اینجا نامی ندارید.
profile-name-saved = ممنون! از حالا شما را { $name } صدا می‌کنیم.
profile-name-text-only = نام را با حروف بنویسید.
quiet-ask-start = شب‌ها از چه ساعتی دیگر برای شما پیام نفرستم؟
quiet-ask-end = صبح‌ها از چه ساعتی دوباره می‌توانم پیام بفرستم؟
quiet-saved = ذخیره شد. از ساعت { $start } تا ساعت { $end } هیچ پیامی نمی‌فرستم.
profile-settings-title = تنظیمات. چه چیزی را می‌خواهید تغییر دهید؟
