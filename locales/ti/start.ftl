### /start: the invite link, and people the bot is not for.

start-no-invite =
    ሰላም! ኣነ Lotsen እየ።
    ኣነ ንተሳተፍትን ሰራሕተኛታትን ናይ ኮሙን ፕሮግራማት ስራሕ እየ።
    ንምጅማር ካብ ኣማኻሪኹም (ሎትስ) ሊንክ የድልየኩም።
    ንኣማኻሪኹም ሊንክ ሕተቱ።
start-invite-invalid =
    እቲ ሊንክ ኣይሰርሕን እዩ።
    ኣዝዩ ኣረጊቱ ወይ ድሮ ኣብ ጥቕሚ ውዒሉ ክኸውን ይኽእል።
    ንኣማኻሪኹም ሓድሽ ሊንክ ሕተቱ።
start-already-member = ድሮ ኣብ Lotsen ኣለኹም። እንሆ ሜኑ።
start-invite-already-joined = ድሮ ኣብ Lotsen ኣለኹም። እዚ ሊንክ ኣየድልየኩምን እዩ።
