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
