"""Kept only because settings name it: ACCOUNT_SIGNUP_FORM_CLASS = "community.forms.HoneypotSignupForm".
The form lives in community.accounts.forms; delete this module once settings point there."""

from community.accounts.forms import HoneypotSignupForm

__all__ = ["HoneypotSignupForm"]
