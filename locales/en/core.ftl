### Shared texts: errors, unexpected input, buttons and commands.

# The language’s own name, shown on the language buttons.
language-name = English

core-error = Something went wrong. Please try again in a moment.
core-unexpected-input = I don’t understand that. Please press a button.
core-unexpected-input-type = I can’t read that. Write with letters or press a button.
core-old-button = That button is old. Here is the menu.
core-throttled = You are sending many messages. Please wait a little.
core-not-allowed = You can’t do that here.
core-cancelled = OK. You are back in the menu.
core-unknown-command = I don’t know that command. Write /help for help.
core-text-too-long = The text is too long. { core-max-chars }
# A limit on a text's length, as its own sentence.
core-max-chars =
    { $max ->
        [one] At most 1 character.
       *[other] At most { $max } characters.
    }

core-button-back = ◀️ Back
core-button-menu = 🏠 Menu
core-button-cancel = Cancel

# Bot commands in Telegram’s menu. Short: at most a few words.
command-menu = Show the menu
command-help = Get help
command-language = Change language
command-privacy = About your data
command-cancel = Stop and go to the menu
command-settings = Settings

help-participant =
    How to use Lotsen:
    Press the buttons under the messages.
    /menu shows the menu.
    /cancel takes you back to the menu.
    /settings shows your settings.
    /language changes the language.
    /privacy shows what we store about you.
    Questions? Talk to your lots.
help-staff =
    Lotsen for staff:
    /menu shows the staff menu.
    Invite participants under /menu, then 🗂 More.
    /cancel takes you back to the menu.
    /settings shows your settings.
    /language changes the language.
    /privacy shows what is stored.
core-stale-button = That button does not work here. Press one of the buttons below.
core-no-access = You no longer have access to Lotsen. Talk to an administrator if you think this is a mistake.
core-page = Page { $page } of { $pages }
core-page-previous = ◀️ Previous
core-page-next = Next ▶️
# A staff member who has given no name yet (never called a participant).
core-staff-unnamed = Lots no. { $number }
# The month before and after, on the calendar's arrows.
core-calendar-previous = ◀️ { $month }
core-calendar-next = { $month } ▶️
