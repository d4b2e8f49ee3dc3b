### Mående: how I have felt the last two weeks. Optional.

maende-title = الحالة العامة
maende-theme-wellbeing = الحالة العامة
maende-energy = كانت لديّ طاقة لأفعل ما أردت.
maende-sleep = نمتُ جيدًا.
maende-someone = كان لديّ شخص أتحدث معه.
maende-hope = شعرتُ بالأمل في المستقبل.
maende-difficult = استطعتُ التعامل مع الأمور الصعبة.
