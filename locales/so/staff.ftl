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
