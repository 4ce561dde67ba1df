"""Webinars: pages, registration with a waiting list, time zones, calendars, reminders and
recordings."""
