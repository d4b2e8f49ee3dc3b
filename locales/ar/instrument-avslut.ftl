### Avslut: my own view at the end of the programme.

avslut-title = نهاية البرنامج
avslut-theme-exit = عند انتهاء البرنامج
avslut-ready = أشعر بالاستعداد والثقة لبدء عمل.
avslut-physical = صحتي الجسدية جيدة.
avslut-mental = صحتي النفسية جيدة.
avslut-support = حصلتُ على دعم يناسبني.
avslut-chances = أصبحت فرصي أفضل في الحصول على عمل أو مقعد دراسي.
