### Avslut: my own view at the end of the programme.

avslut-title = Dhammaadka barnaamijka
avslut-theme-exit = Marka barnaamijku dhammaado
avslut-ready = Waan diyaar u ahay oo waan ku kalsoonahay inaan shaqo qaato.
avslut-physical = Caafimaadka jidhkaygu waa wanaagsan yahay.
avslut-mental = Caafimaadka maskaxdaydu waa wanaagsan yahay.
avslut-support = Waxaan helay taageero igu habboon.
avslut-chances = Fursadaha aan shaqo ama waxbarasho ku heli karo way fiicnaadeen.
