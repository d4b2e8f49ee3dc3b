### Mående: how I have felt the last two weeks. Optional.

maende-title = حال و احوال
maende-theme-wellbeing = حال و احوال
maende-energy = توان انجام کارهایی را که می‌خواستم داشته‌ام.
maende-sleep = خوب خوابیده‌ام.
maende-someone = کسی را داشته‌ام که با او حرف بزنم.
maende-hope = به آینده امید داشته‌ام.
maende-difficult = از پس چیزهای سخت برآمده‌ام.
