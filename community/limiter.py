"""Kept only because settings name it: MIDDLEWARE has "community.limiter.AdminLoginLimiterMiddleware".
The limiter lives in community.accounts.limiter; delete this module once settings point there."""

from community.accounts.limiter import AdminLoginLimiterMiddleware

__all__ = ["AdminLoginLimiterMiddleware"]
