"""View decorators about who the member is."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from .services import is_verified


def verified_required(view):
    """Anonymous visitors go to the login page; signed-in members need a verified email."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_verified(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
