### Avslut: my own view at the end of the programme.

avslut-title = መወዳእታ ፕሮግራም
avslut-theme-exit = እቲ ፕሮግራም ክውዳእ ከሎ
avslut-ready = ስራሕ ክጅምር ድሉውን ርግጸኛን እየ።
avslut-physical = ኣካላዊ ጥዕናይ ጽቡቕ እዩ።
avslut-mental = ኣእምሮኣዊ ጥዕናይ ጽቡቕ እዩ።
avslut-support = ዝሰማማዓኒ ደገፍ ረኺበ።
avslut-chances = ስራሕ ወይ ቦታ ትምህርቲ ናይ ምርካብ ዕድለይ ተመሓይሹ እዩ።
