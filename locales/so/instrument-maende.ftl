### Mående: how I have felt the last two weeks. Optional.
# Past tense: the items look back over the last two weeks and are rated on the how-often scale.

maende-title = Ladnaanta
maende-theme-wellbeing = Ladnaanta
maende-energy = Waxaan tamar u helay waxa aan rabay inaan sameeyo.
maende-sleep = Si fiican ayaan u seexday.
maende-someone = Waxaan haystay qof aan la hadlo.
maende-hope = Waxaan rajo ka qabay mustaqbalka.
maende-difficult = Waan la tacaalay waxyaabihii adkaa.
