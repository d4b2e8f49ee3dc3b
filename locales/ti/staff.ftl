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
