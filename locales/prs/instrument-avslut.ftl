### Avslut: my own view at the end of the programme.

avslut-title = ختم برنامه
avslut-theme-exit = وقتی برنامه ختم می‌شود
avslut-ready = برای شروع یک وظیفه آماده هستم و احساس اطمینان دارم.
avslut-physical = صحت جسمی من خوب است.
avslut-mental = صحت روانی من خوب است.
avslut-support = حمایتی گرفته‌ام که برایم مناسب بوده است.
avslut-chances = فرصت‌های من برای پیدا کردن وظیفه یا جای در یک کورس تحصیلی بهتر شده است.
