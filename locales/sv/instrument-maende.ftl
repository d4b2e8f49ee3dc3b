### Mående: how I have felt the last two weeks. Optional.

maende-title = Mående
maende-theme-wellbeing = Mående
maende-energy = Jag har orkat med det jag ville göra.
maende-sleep = Jag har sovit bra.
maende-someone = Jag har haft någon att prata med.
maende-hope = Jag har känt hopp om framtiden.
maende-difficult = Jag har klarat av det som var svårt.
