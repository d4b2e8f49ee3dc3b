### What is stored, who sees it, and the reader's rights. Keep it short and true.

privacy-notice-participant =
    ብዛዕባኹም እዚ ንዕቅብ:
    • ናይ Telegram መለለዪኹም (ID)፣ ቋንቋኹም ከምኡውን ክንጽውዓኩም እትደልዩዎ ስም
    • ኣብ Lotsen እትምልስዎን እትጽሕፍዎን
    ኣማኻሪኹምን ኣብ ፕሮግራምኩም ዘለዉ ሰራሕተኛታት ኮሙንን ክርእይዎ ይኽእሉ።
    ምስ ካልእ ሰብ ኣይንማቐሎን።
    ሓበሬታኹም ክትርእዩ፣ ቅዳሕ ክትረኽቡ ወይ ክትድምስሱ ትደልዩ ዶ? ንኣማኻሪኹም ንገሩ።
privacy-notice-staff =
    ብዛዕባኹም እዚ ንዕቅብ:
    • ናይ Telegram መለለዪኹም (ID)፣ ቋንቋኹምን ስምኩምን
    • ምስ ኣየኖት ተሳተፍቲ ከም እትሰርሑ
    • መዓስ ሓበሬታ ተሳተፍቲ ከም እተንብቡ ወይ ከም እተውርዱ
    ኣመሓደርቲ ኮሙን ክርእይዎ ይኽእሉ።
