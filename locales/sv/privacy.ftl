### What is stored, who sees it, and the reader's rights. Keep it short and true.

privacy-notice-participant =
    Det här sparar vi om dig:
    • ditt Telegram-id, ditt språk och vad du vill kallas
    • det du svarar och skriver i Lotsen
    • vilka röstmeddelanden och foton du skickar till din lots. Själva ljudet och bilden finns bara kvar i Telegram.
    Din lots och kommunens personal i ditt program kan se det.
    Vi delar det inte med någon annan.
    Under 🔒 Mina uppgifter i menyn kan du få en kopia, stoppa alla meddelanden eller ta bort dina uppgifter.
privacy-notice-staff =
    Det här sparar vi om dig:
    • ditt Telegram-id, ditt språk och ditt namn
    • vilka deltagare du arbetar med
    • när du läser eller hämtar deltagares uppgifter
    Kommunens administratörer kan se det.
