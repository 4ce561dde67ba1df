from django.urls import path

from portal.patterns import views

urlpatterns = [path("patterns/", views.pattern_library, name="pattern_library")]
