### The end of the programme, the facts the report counts, and the question six months after.

programme-facts-button = 📊 Uppgifter för rapport
programme-end-button = 🏁 Avsluta programmet
programme-facts =
    Uppgifter för rapporten: { $name }
    Kön: { $gender }
    Födelseår: { $birth_year }
    Status vid start: { $entry_status }
    Utbildning: { $education }
programme-facts-sensitive =
    Funktionsnedsättning: { $disability }
    Medborgare i land utanför EU: { $third_country }
programme-facts-job-started = Jobbet började: { DATETIME($job_started, dateStyle: "long") }
programme-facts-running = Programmet pågår.
programme-facts-ended = Avslutat { DATETIME($at, dateStyle: "long") }: { $exit_status }
programme-facts-follow-up = Efter sex månader: { $follow_up }
programme-not-recorded = –
programme-saved = Sparat.
programme-fact-gender = Kön
programme-fact-job-started = Jobbet började
programme-fact-birth-year = Födelseår
programme-fact-entry-status = Status vid start
programme-fact-education = Utbildning
programme-fact-disability = Funktionsnedsättning
programme-fact-third-country = Medborgarskap
programme-ask-gender = Vilket kön har deltagaren?
programme-ask-birth-year = Vilket år är deltagaren född? Skriv året, till exempel 2004.
programme-ask-entry-status = Vad gjorde deltagaren när programmet började?
programme-ask-education = Vilken är deltagarens högsta utbildning?
programme-ask-disability = Har deltagaren en funktionsnedsättning?
programme-ask-third-country = Är deltagaren medborgare i ett land utanför EU?
programme-birth-year-bad = Skriv ett år med fyra siffror, till exempel 2004.
programme-gender-woman = Kvinna
programme-gender-man = Man
programme-gender-non-binary = Icke-binär
programme-gender-not-stated = Vill inte svara
programme-entry-status-unemployed = Arbetslös
programme-entry-status-long-term-unemployed = Arbetslös längre än ett år
programme-entry-status-inactive = Varken jobbar eller söker jobb
programme-entry-status-employed = Har ett jobb
programme-education-isced-0-2 = Grundskola eller kortare
programme-education-isced-3-4 = Gymnasium
programme-education-isced-5-8 = Högskola eller universitet
programme-disability-yes = Ja
programme-disability-no = Nej
programme-disability-not-stated = Vill inte svara
programme-third-country-yes = Ja
programme-third-country-no = Nej
programme-third-country-not-stated = Vill inte svara
programme-end-ask = Hur går { $name } vidare när programmet slutar?
programme-end-confirm =
    Avsluta programmet för { $name }?
    Status vid avslut: { $status }
    Boten slutar med avstämningar och övningar. { $name } får en sista enkät. Om sex månader frågar boten hur det går.
programme-end-yes = 🏁 Ja, avsluta
programme-end-already = Programmet för { $name } avslutades { DATETIME($at, dateStyle: "long") }.
programme-ended-saved = Programmet är avslutat. Den sista enkäten är skickad.
programme-end-again = Programmet var redan avslutat. Inget har ändrats.
programme-ended-notice =
    Ditt program är slut nu. Tack för tiden tillsammans!
    Lycka till med det som kommer.
programme-follow-up-ask =
    Hej! Det har gått sex månader sedan ditt program slutade.
    Vad gör du nu?
programme-follow-up-again = Vi vill gärna veta hur det går för dig. Vad gör du nu?
programme-follow-up-button-working = 💼 Jag jobbar
programme-follow-up-button-studying = 📚 Jag studerar
programme-follow-up-button-looking = 🔎 Jag söker jobb
programme-follow-up-button-other = Något annat
programme-follow-up-thanks = Tack för ditt svar! Lycka till.
programme-follow-up-done = Du har redan svarat. Tack!
programme-follow-up-working = Jobbar
programme-follow-up-studying = Studerar
programme-follow-up-looking = Söker jobb
programme-follow-up-other = Något annat
programme-follow-up-none = Inget svar
programme-ask-job-start = Vilken dag började { $name } jobbet? Välj dagen.
programme-job-start-unknown = Vet inte
programme-job-month-ask = Tack! Vilken månad började du jobbet?
programme-job-month-unknown = Jag minns inte
