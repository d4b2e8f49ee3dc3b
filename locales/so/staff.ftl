### Staff tools.

staff-invite-participant-ready =
    Waa kan casuumaad loogu talagalay ka-qaybgale cusub.
    Linkiga ama koodhka QR sii ka-qaybgalaha.
    Hal mar ayuu shaqeeyaa. Wuxuu ansax yahay ilaa { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-staff-ready =
    Waa kan casuumaad loogu talagalay shaqaale cusub.
    Hal mar ayuu shaqeeyaa. Wuxuu ansax yahay ilaa { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-admin-ready =
    Waa kan casuumaad loogu talagalay maamule cusub.
    Hal mar ayuu shaqeeyaa. Wuxuu ansax yahay ilaa { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-participant-joined = Ka-qaybgalaha { $name } ayaa bilaabay isticmaalka Lotsen.
staff-participant-joined-noname = Ka-qaybgale cusub ayaa bilaabay isticmaalka Lotsen.
staff-caseload-title =
    { $count ->
        [0] Weli ka-qaybgalayaal ma lihid. Mid ka casuun liiska.
        [one] Waxaad leedahay { $count } ka-qaybgale:
       *[other] Waxaad leedahay { $count } ka-qaybgale:
    }
staff-card =
    { $name }
    Luqadda: { $language }
# "Warsi" (asking how someone is doing) stands for the check-in (avstämning).
staff-card-rhythm-off = Warsi: ma jiro
staff-card-rhythm =
    Warsi: { $every ->
        [1] maalin kasta
        [7] toddobaad kasta
       *[other] { $every } maalmoodba mar
    } saacadda { $time }
staff-rhythm-button = 🗓 Beddel warsiga
staff-rhythm-ask-every = Immisa jeer ayuu botku weydiinayaa sida ay wax u socdaan?
staff-rhythm-daily = Maalin kasta
staff-rhythm-weekly = Toddobaad kasta
staff-rhythm-fortnightly = Labadii toddobaadba mar
staff-rhythm-off = Warsi la’aan
staff-rhythm-ask-weekday = Maalintee?
staff-rhythm-ask-time = Saacaddee?
staff-rhythm-saved = Waa la kaydiyay. Warsiga xiga: { DATETIME($next, dateStyle: "long", timeStyle: "short") }.
staff-rhythm-stopped = Waa la kaydiyay. Botku hadda wax ma weydiinayo.
