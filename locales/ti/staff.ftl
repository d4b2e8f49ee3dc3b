### Staff tools.

staff-invite-participant-ready =
    እንሆ ንሓድሽ ተሳታፊ ዝኸውን መዕደሚ ሊንክ።
    ነቲ ሊንክ ወይ QR ኮድ ንተሳታፊ ሃብዎ።
    ሓንሳብ ጥራይ ይሰርሕ። ክሳብ { DATETIME($expires, dateStyle: "long") } ቅቡል እዩ።
    { $link }
staff-invite-staff-ready =
    እንሆ ንሓድሽ መሳርሕቲ ዝኸውን መዕደሚ ሊንክ።
    ሓንሳብ ጥራይ ይሰርሕ። ክሳብ { DATETIME($expires, dateStyle: "long") } ቅቡል እዩ።
    { $link }
staff-invite-admin-ready =
    እንሆ ንሓድሽ ኣመሓዳሪ ዝኸውን መዕደሚ ሊንክ።
    ሓንሳብ ጥራይ ይሰርሕ። ክሳብ { DATETIME($expires, dateStyle: "long") } ቅቡል እዩ።
    { $link }
# Honorific plural (ጀሚሮም): respectful, and it does not show the participant's gender.
staff-participant-joined = { $name } Lotsen ክጥቀሙ ጀሚሮም።
staff-participant-joined-noname = ሓድሽ ተሳታፊ Lotsen ክጥቀም ጀሚሩ።
staff-caseload-title =
    { $count ->
        [0] ገና ተሳተፍቲ የብልኩምን። ካብ ሜኑ ሓደ ሰብ ዕደሙ።
        [one] { $count } ተሳታፊ ኣለኩም:
       *[other] { $count } ተሳተፍቲ ኣለዉኹም:
    }
staff-card =
    { $name }
    ቋንቋ: { $language }
# ምክትታል ("follow-up") stands for the check-in (avstämning).
staff-card-rhythm-off = ምክትታል: የለን
staff-card-rhythm =
    ምክትታል: { $every ->
        [1] ኩሉ መዓልቲ
        [7] ኩሉ ሰሙን
        [one] ኩሉ መዓልቲ
       *[other] ኣብ ነፍሲ ወከፍ { $every } መዓልቲ
    } ሰዓት { $time }
staff-rhythm-button = 🗓 ምክትታል ቀይሩ
staff-rhythm-ask-every = እቲ ቦት ኣብ ክንደይ ግዜ ሓንሳብ ኩነታት ክሓትት ኣለዎ?
staff-rhythm-daily = ኩሉ መዓልቲ
staff-rhythm-weekly = ኩሉ ሰሙን
staff-rhythm-fortnightly = ኣብ ክልተ ሰሙን ሓንሳብ
staff-rhythm-off = ብዘይ ምክትታል
staff-rhythm-ask-weekday = ኣየናይ መዓልቲ?
staff-rhythm-ask-time = ኣብ ክንደይ ሰዓት?
staff-rhythm-saved = ተዓቂቡ። ዝቕጽል ምክትታል: { DATETIME($next, dateStyle: "long", timeStyle: "short") }
staff-rhythm-stopped = ተዓቂቡ። ካብ ሕጂ ንደሓር እቲ ቦት ኣይሓትትን እዩ።
