### /start: the invite link, and people the bot is not for.

start-no-invite =
    Hello! My name is Lotsen.
    I am for participants and staff in the municipality’s labour-market programmes.
    You need a link from your lots to start.
    Ask your lots for a link.
start-invite-invalid =
    The link does not work.
    It may be too old or already used.
    Ask your lots for a new link.
start-already-member = You are already in Lotsen. Here is the menu.
start-invite-already-joined = You are already in Lotsen. You do not need this link.
