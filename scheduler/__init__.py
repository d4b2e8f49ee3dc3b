"""Time-driven work: APScheduler ticks, due reminders and check-ins, and the outbox sender.

Nothing is scheduled here yet; the delivery machinery arrives with check-ins.
"""
