### Vägen till jobb: how ready I feel for work. One statement a screen; the scale says how well it fits.

vagen-title = راه رسیدن به کار
vagen-theme-health = سلامتی و توان
vagen-theme-routines = زندگی روزانه و نظم
vagen-theme-language = زبان و ارتباط با دیگران
vagen-theme-skills = دانش و تجربه
vagen-theme-social = حمایت دیگران
vagen-theme-motivation = انگیزه و اعتماد به نفس
vagen-theme-practical = مسائل عملی

vagen-health-1 = سلامتی‌ام اجازه می‌دهد کار کنم.
vagen-health-2 = توان دارم یک روز کامل فعال باشم.
vagen-health-3 = به اندازه کافی می‌خوابم تا انرژی داشته باشم.
vagen-health-4 = می‌دانم وقتی حالم بد است، چه کاری می‌توانم بکنم.
vagen-health-5 = وقتی لازم باشد، می‌توانم پیش دکتر بروم.
vagen-health-6 = می‌توانم بیشتر روز سرپا باشم و راه بروم.
vagen-health-7 = می‌توانم با نگرانی و استرس کنار بیایم.

vagen-routines-1 = زندگی روزانه‌ام نظم ثابتی دارد.
vagen-routines-2 = صبح‌ها سر وقت از خواب بیدار می‌شوم.
vagen-routines-3 = سر وقت به قرارهایم می‌رسم.
vagen-routines-4 = برای هفته‌ام برنامه‌ریزی می‌کنم.
vagen-routines-5 = نامه‌ها و مدارکم را پیگیری می‌کنم.
vagen-routines-6 = خودم راه جاهای جدید را پیدا می‌کنم.
vagen-routines-7 = کاری را که قول داده‌ام انجام می‌دهم.

vagen-language-1 = زبان سوئدی‌ام برای یک شغل کافی است.
vagen-language-2 = وقتی کسی کاری را به سوئدی توضیح می‌دهد، متوجه می‌شوم.
vagen-language-3 = وقتی متوجه نمی‌شوم، سؤال می‌کنم.
vagen-language-4 = می‌توانم تلفنی به سوئدی صحبت کنم.
vagen-language-5 = می‌توانم متن‌های ساده سوئدی را بخوانم، مثلاً یک برنامه زمانی.
vagen-language-6 = می‌توانم یک پیام کوتاه به سوئدی بنویسم.
vagen-language-7 = می‌توانم با موبایل یا کامپیوتر اطلاعات پیدا کنم.

vagen-skills-1 = می‌دانم در چه کارهایی خوب هستم.
vagen-skills-2 = تجربه‌ای دارم که به درد یک شغل می‌خورد.
vagen-skills-3 = می‌توانم تجربه‌ام را برای یک کارفرما تعریف کنم.
vagen-skills-4 = می‌دانم چه شغل‌هایی مناسب من است.
vagen-skills-5 = می‌دانم چه درس یا دوره‌ای می‌تواند به من کمک کند.
vagen-skills-6 = کارهای جدید را یاد می‌گیرم.
vagen-skills-7 = رزومه دارم یا بلدم رزومه بنویسم.

vagen-social-1 = کسانی را دارم که از من حمایت می‌کنند.
vagen-social-2 = وقتی اوضاع سخت است، کسی را دارم که با او حرف بزنم.
vagen-social-3 = نزدیکانم فکر می‌کنند خوب است که کار کنم یا درس بخوانم.
vagen-social-4 = هر هفته آدم‌های دیگری را می‌بینم.
vagen-social-5 = کار کردن با دیگران را دوست دارم.
vagen-social-6 = می‌دانم برای گرفتن کمک کجا بروم.
vagen-social-7 = کسی را می‌شناسم که شغل دارد.

vagen-motivation-1 = می‌خواهم کار کنم یا درس خواندن را شروع کنم.
vagen-motivation-2 = فکر می‌کنم می‌توانم کار پیدا کنم.
vagen-motivation-3 = برای چند ماه آینده هدفی دارم.
vagen-motivation-4 = می‌دانم برای رسیدن به هدفم چه کار باید بکنم.
vagen-motivation-5 = جرئت دارم چیزهای جدید را امتحان کنم.
vagen-motivation-6 = وقتی کاری سخت است، باز هم ادامه می‌دهم.
vagen-motivation-7 = به خودم باور دارم.

vagen-practical-1 = مسائل عملی مانع کار کردن من نمی‌شوند.
vagen-practical-2 = می‌توانم خودم را به محل کار برسانم، مثلاً با اتوبوس.
vagen-practical-3 = برای نگهداری بچه‌هایم جایی دارم، یا به آن نیازی ندارم.
vagen-practical-4 = پولم آن‌قدر هست که بتوانم برنامه‌ریزی کنم.
vagen-practical-5 = جای امنی برای زندگی دارم.
vagen-practical-6 = مدارک لازم برای کار کردن را دارم.
vagen-practical-7 = می‌توانم در ساعت‌هایی که یک شغل لازم دارد کار کنم.
