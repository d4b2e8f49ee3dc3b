### Questions and answers: the municipality's own answers, and a way to ask the lots.

questions-open-button = ❓ ሕቶታትን መልስታትን
questions-title =
    ❓ ሕቶታትን መልስታትን
    ኣብዚ ንልሙዳት ሕቶታት መልስታት ኣለው።
    እቶም መልስታት ሓፈሻውያን እዮም። ሓላፊ ጉዳይካ እንታይ ከም ዝምልከተካ ይፈልጥ።
    ሓደ ሕቶ ምረጽ።
questions-answer =
    ❓ { $question }

    { $answer }
questions-missing = እቲ ሕቶ ደጊም የለን። ካልእ ሕቶ ምረጽ።
questions-ask-button = 💬 ንኣማኻሪየ ብዛዕባዚ ክሓትት
questions-all-button = ❓ ኩሎም ሕቶታት
questions-asked = የቐንየልና! ኣማኻሪኻ ሕቶኻ ተቐቢሉ፣ ክረኽበካ እዩ።
questions-already-asked = ኣማኻሪኻ ነዚ ሕቶ ሎሚ ድሮ ተቐቢሉዎ እዩ።
questions-no-lots = ኣብዚ ገና ኣማኻሪ የብልካን። ነቲ ሕቶ ናብ ዝቕጽል ርክብካ ምስ ሰራሕተኛታት ሓዞ።
# In an alert to the lots: a question no longer in the list, by its number.
questions-gone = ሕቶ ቁ. { $number }
