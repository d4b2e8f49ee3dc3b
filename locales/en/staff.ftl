### Staff tools.

staff-invite-participant-ready =
    Here is an invite for a new participant.
    Give the link or the QR code to the participant.
    It works once and is valid until { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-staff-ready =
    Here is an invite for a new colleague.
    It works once and is valid until { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-invite-admin-ready =
    Here is an invite for a new administrator.
    It works once and is valid until { DATETIME($expires, dateStyle: "long") }.
    { $link }
staff-participant-joined = { $name } has started using Lotsen.
staff-participant-joined-noname = A new participant has started using Lotsen.
