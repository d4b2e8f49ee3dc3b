### /start: the invite link, and people the bot is not for.

start-no-invite =
    Hej! Jag heter Lotsen.
    Jag är till för deltagare och personal i kommunens arbetsmarknadsprogram.
    Du behöver en länk från din lots för att börja.
    Fråga din lots om en länk.
start-invite-invalid =
    Länken fungerar inte.
    Den kan vara för gammal eller redan använd.
    Fråga din lots om en ny länk.
start-already-member = Du är redan med i Lotsen. Här är menyn.
start-invite-already-joined = Du är redan med i Lotsen. Den här länken behövs inte.
