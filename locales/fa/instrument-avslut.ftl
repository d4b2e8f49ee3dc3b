### Avslut: my own view at the end of the programme.

avslut-title = پایان برنامه
avslut-theme-exit = وقتی برنامه تمام می‌شود
avslut-ready = برای شروع یک کار آماده هستم و احساس اطمینان دارم.
avslut-physical = سلامت جسمی‌ام خوب است.
avslut-mental = سلامت روانی‌ام خوب است.
avslut-support = حمایتی گرفته‌ام که مناسب من بوده است.
avslut-chances = شانس من برای پیدا کردن کار یا جایی در یک دوره آموزشی بیشتر شده است.
