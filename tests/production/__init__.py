"""The production smoke job (``make prod-check``): a fresh clone served by gunicorn."""
