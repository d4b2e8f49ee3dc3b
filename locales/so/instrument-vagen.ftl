### Vägen till jobb: how ready I feel for work. One statement a screen; the scale says how well it fits.

vagen-title = Jidka shaqada
vagen-theme-health = Caafimaadka iyo tamarta
vagen-theme-routines = Nolol maalmeedka iyo nidaamka
vagen-theme-language = Luqadda iyo la xiriirka dadka kale
vagen-theme-skills = Aqoonta iyo khibradda
vagen-theme-social = Taageerada dadka kale
vagen-theme-motivation = Rabitaanka iyo is-kalsoonida
# Arrimaha nolosha (everyday matters of life): transport, childcare, money, housing, papers.
vagen-theme-practical = Arrimaha nolosha

vagen-health-1 = Caafimaadkaygu wuu ii oggol yahay inaan shaqeeyo.
vagen-health-2 = Waxaan tamar u hayaa inaan maalin dhan firfircoonaado.
vagen-health-3 = Hurdo ku filan ayaan helaa si aan tamar u yeesho.
vagen-health-4 = Waan ogahay waxa aan samayn karo marka aanan fiicnayn.
vagen-health-5 = Waan heli karaa daryeel caafimaad marka aan u baahdo.
vagen-health-6 = Waan istaagi karaa oo socon karaa inta badan maalinta.
vagen-health-7 = Waan la tacaali karaa walwalka iyo cadaadiska.

vagen-routines-1 = Maalmahaygu waxay leeyihiin nidaam joogto ah.
vagen-routines-2 = Subaxdii waqtiga ayaan ku kacaa.
vagen-routines-3 = Waqtiga ayaan ku imaadaa kulamada.
vagen-routines-4 = Waxaan qorsheeyaa toddobaadkayga.
vagen-routines-5 = Waxaan la socdaa waraaqahayga iyo dukumiintiyadayda.
vagen-routines-6 = Keligay ayaan tagi karaa meel cusub oo aanan hore u aqoon.
vagen-routines-7 = Waan sameeyaa waxa aan ballanqaaday.

vagen-language-1 = Iswiidhishka aan aqaan wuu ku filan yahay shaqo.
vagen-language-2 = Waan fahmaa marka qof hawl iigu sharaxo Iswiidhish.
vagen-language-3 = Waan weydiiyaa marka aanan fahmin.
vagen-language-4 = Taleefanka waan kaga hadli karaa Iswiidhish.
vagen-language-5 = Waan akhrin karaa qoraal fudud oo Iswiidhish ah, tusaale ahaan jadwal.
vagen-language-6 = Waan qori karaa fariin gaaban oo Iswiidhish ah.
vagen-language-7 = Waan ka raadin karaa macluumaad taleefanka ama kombiyuutarka.

vagen-skills-1 = Waan ogahay waxa aan ku fiicnahay.
vagen-skills-2 = Waxaan leeyahay khibrad ku habboon shaqo.
vagen-skills-3 = Waan u sheegi karaa loo-shaqeeye khibraddayda.
vagen-skills-4 = Waan ogahay shaqooyinka igu habboon.
vagen-skills-5 = Waan ogahay waxbarashada i caawin karta.
vagen-skills-6 = Waan bartaa hawlo cusub.
vagen-skills-7 = Waxaan haystaa CV, ama waan ogahay sida loo qoro.

vagen-social-1 = Waxaan leeyahay dad i taageera.
vagen-social-2 = Waxaan leeyahay qof aan la hadli karo marka ay wax adag yihiin.
vagen-social-3 = Dadka ii dhow waxay u arkaan inay fiican tahay inaan shaqeeyo ama wax barto.
vagen-social-4 = Toddobaad kasta waxaan la kulmaa dad kale.
vagen-social-5 = Waan ku faraxsanahay inaan dad kale la shaqeeyo.
vagen-social-6 = Waan ogahay meesha aan u tagi karo si aan caawimaad u helo.
vagen-social-7 = Waxaan aqaan qof shaqo leh.

vagen-motivation-1 = Waxaan rabaa shaqo ama inaan waxbarasho bilaabo.
vagen-motivation-2 = Waxaan rumaysanahay inaan shaqo heli karo.
vagen-motivation-3 = Waxaan leeyahay yool bilaha soo socda.
vagen-motivation-4 = Waan ogahay waxa aan samayn doono si aan yoolkayga u gaaro.
vagen-motivation-5 = Waan u dhiirradaa inaan isku dayo waxyaabo cusub.
vagen-motivation-6 = Waan sii wadaa marka ay wax adag yihiin.
vagen-motivation-7 = Waan isku kalsoonahay.

vagen-practical-1 = Arrimaha nolosha ima hor istaagaan inaan shaqeeyo.
vagen-practical-2 = Waan tagi karaa goob shaqo, tusaale ahaan baska.
vagen-practical-3 = Waxaan haystaa daryeel carruur, ama uma baahni.
vagen-practical-4 = Lacagtaydu way igu filan tahay si aan wax u qorsheeyo.
vagen-practical-5 = Waxaan haystaa meel ammaan ah oo aan ku noolaado.
vagen-practical-6 = Waxaan haystaa waraaqaha aan u baahanahay si aan u shaqeeyo.
vagen-practical-7 = Waan shaqayn karaa saacadaha ay shaqadu u baahan tahay.
