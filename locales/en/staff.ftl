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
staff-caseload-title =
    { $count ->
        [0] You have no participants yet. Invite someone from the menu.
        [one] You have { $count } participant:
       *[other] You have { $count } participants:
    }
staff-card =
    { $name }
    Language: { $language }
staff-card-rhythm-off = Check-in: off
staff-card-rhythm =
    Check-in: { $every ->
        [1] every day
        [7] every week
       *[other] every { $every } days
    } at { $time }
staff-rhythm-button = 🗓 Change check-in
staff-rhythm-ask-every = How often should the bot ask how it goes?
staff-rhythm-daily = Every day
staff-rhythm-weekly = Every week
staff-rhythm-fortnightly = Every second week
staff-rhythm-off = No check-in
staff-rhythm-ask-weekday = Which day?
staff-rhythm-ask-time = What time?
staff-rhythm-saved = Saved. Next check-in: { DATETIME($next, dateStyle: "long", timeStyle: "short") }.
staff-rhythm-stopped = Saved. The bot no longer asks.
