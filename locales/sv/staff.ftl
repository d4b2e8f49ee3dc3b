### Staff tools.

staff-invite-participant-ready =
    Här är en inbjudan för en ny deltagare.
    Ge länken eller QR-koden till deltagaren.
    Den fungerar en gång och gäller till { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-staff-ready =
    Här är en inbjudan för en ny kollega.
    Den fungerar en gång och gäller till { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-admin-ready =
    Här är en inbjudan för en ny administratör.
    Den fungerar en gång och gäller till { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-participant-joined = { $name } har börjat använda Lotsen.
staff-participant-joined-noname = En ny deltagare har börjat använda Lotsen.
staff-caseload-title =
    { $count ->
        [0] Du har inga deltagare ännu. Bjud in någon från menyn.
        [one] Du har { $count } deltagare:
       *[other] Du har { $count } deltagare:
    }
staff-card =
    { $name }
    Språk: { $language }
staff-card-rhythm-off = Avstämning: av
staff-card-rhythm =
    Avstämning: { $every ->
        [1] varje dag
        [7] varje vecka
       *[other] var { $every }:e dag
    } kl. { $time }
staff-rhythm-button = 🗓 Ändra avstämning
staff-rhythm-ask-every = Hur ofta ska boten fråga hur det går?
staff-rhythm-daily = Varje dag
staff-rhythm-weekly = Varje vecka
staff-rhythm-fortnightly = Varannan vecka
staff-rhythm-off = Ingen avstämning
staff-rhythm-ask-weekday = Vilken dag?
staff-rhythm-ask-time = Vilken tid?
staff-rhythm-saved = Sparat. Nästa avstämning: { DATETIME($next, dateStyle: "long", timeStyle: "short") }.
staff-rhythm-stopped = Sparat. Boten frågar inte längre.
