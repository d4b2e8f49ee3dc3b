### Vägen till jobb: how ready I feel for work. One statement a screen; the scale says how well it fits.

vagen-title = Vägen till jobb
vagen-theme-health = Hälsa och ork
vagen-theme-routines = Vardag och rutiner
vagen-theme-language = Språk och kontakt med andra
vagen-theme-skills = Kunskap och erfarenhet
vagen-theme-social = Stöd från andra
vagen-theme-motivation = Vilja och självförtroende
vagen-theme-practical = Praktiska saker

vagen-health-1 = Min hälsa gör att jag kan arbeta.
vagen-health-2 = Jag orkar vara aktiv en hel dag.
vagen-health-3 = Jag sover så att jag orkar.
vagen-health-4 = Jag vet vad jag kan göra när jag mår dåligt.
vagen-health-5 = Jag kan få vård när jag behöver.
vagen-health-6 = Jag klarar att stå och gå en stor del av dagen.
vagen-health-7 = Jag kan hantera oro och stress.

vagen-routines-1 = Min vardag har fasta rutiner.
vagen-routines-2 = Jag kommer upp i tid på morgonen.
vagen-routines-3 = Jag kommer i tid till möten.
vagen-routines-4 = Jag planerar min vecka.
vagen-routines-5 = Jag har koll på mina brev och papper.
vagen-routines-6 = Jag hittar till nya platser själv.
vagen-routines-7 = Jag gör det jag har lovat.

vagen-language-1 = Min svenska räcker för ett jobb.
vagen-language-2 = Jag förstår när någon förklarar en uppgift på svenska.
vagen-language-3 = Jag frågar när jag inte förstår.
vagen-language-4 = Jag kan prata i telefon på svenska.
vagen-language-5 = Jag kan läsa enkla texter på svenska, till exempel ett schema.
vagen-language-6 = Jag kan skriva ett kort meddelande på svenska.
vagen-language-7 = Jag kan söka information på mobilen eller datorn.

vagen-skills-1 = Jag vet vad jag är bra på.
vagen-skills-2 = Jag har erfarenhet som passar i ett jobb.
vagen-skills-3 = Jag kan berätta om min erfarenhet för en arbetsgivare.
vagen-skills-4 = Jag vet vilka jobb som passar mig.
vagen-skills-5 = Jag vet vilken utbildning som kan hjälpa mig.
vagen-skills-6 = Jag lär mig nya uppgifter.
vagen-skills-7 = Jag har ett cv eller vet hur jag skriver ett.

vagen-social-1 = Jag har människor som stöttar mig.
vagen-social-2 = Jag har någon att prata med när det är svårt.
vagen-social-3 = Människor nära mig tycker att det är bra att jag jobbar eller studerar.
vagen-social-4 = Jag träffar andra människor varje vecka.
vagen-social-5 = Jag trivs med att arbeta tillsammans med andra.
vagen-social-6 = Jag vet vart jag kan gå för att få hjälp.
vagen-social-7 = Jag känner någon som har ett jobb.

vagen-motivation-1 = Jag vill ha ett jobb eller börja studera.
vagen-motivation-2 = Jag tror att jag kan få ett jobb.
vagen-motivation-3 = Jag har ett mål för de närmaste månaderna.
vagen-motivation-4 = Jag vet vad jag ska göra för att nå mitt mål.
vagen-motivation-5 = Jag vågar prova nya saker.
vagen-motivation-6 = Jag fortsätter när något är svårt.
vagen-motivation-7 = Jag tror på mig själv.

vagen-practical-1 = Praktiska saker hindrar mig inte från att jobba.
vagen-practical-2 = Jag kan ta mig till en arbetsplats, till exempel med buss.
vagen-practical-3 = Jag har barnomsorg, eller så behöver jag ingen.
vagen-practical-4 = Mina pengar räcker så att jag kan planera.
vagen-practical-5 = Jag har ett tryggt ställe att bo på.
vagen-practical-6 = Jag har de papper jag behöver för att arbeta.
vagen-practical-7 = Jag kan arbeta på de tider som ett jobb kräver.
