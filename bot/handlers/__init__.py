"""Plain aiogram handlers: the deep-link start, commands, strangers, and what nothing else took."""
