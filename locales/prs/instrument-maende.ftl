### Mående: how I have felt the last two weeks. Optional.

maende-title = حال و احوال
maende-theme-wellbeing = حال و احوال
maende-energy = توان کارهایی را که می‌خواستم انجام بدهم، داشته‌ام.
maende-sleep = خوب خواب کرده‌ام.
maende-someone = کسی را داشته‌ام که با او گپ بزنم.
maende-hope = به آینده امیدوار بوده‌ام.
maende-difficult = از عهدهٔ کارهای سخت برآمده‌ام.
