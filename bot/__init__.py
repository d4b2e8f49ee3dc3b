"""Lotsen's app shell: settings, CLI, dispatcher factory, middlewares and runners."""
