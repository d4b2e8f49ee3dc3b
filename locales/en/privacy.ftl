### What is stored, who sees it, and the reader’s rights. Keep it short and true.

privacy-notice-participant =
    This is what we store about you:
    • your Telegram id, your language and what you want to be called
    • what you answer and write in Lotsen
    • which voice messages and photos you send your lots. The sound and the picture stay only in Telegram.
    Your lots and the municipality’s staff in your programme can see it.
    We do not share it with anyone else.
    Under 🔒 My data in the menu, you can get a copy, stop all messages or delete your data.
privacy-notice-staff =
    This is what we store about you:
    • your Telegram id, your language and your name
    • which participants you work with
    • when you read or download participants’ data
    The municipality’s administrators can see it.
