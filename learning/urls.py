"""Public, language-prefixed URLs of the learning app."""

from django.urls import path

from learning.courses import views as courses
from learning.webinars import views as webinars

app_name = "learning"
urlpatterns = [
    path("learning/webinar/<int:pk>/register/", webinars.register, name="register"),
    path("learning/webinar/<int:pk>/cancel/", webinars.cancel_mine, name="cancel_mine"),
    path("learning/registration/confirm/<str:token>/", webinars.confirm, name="confirm"),
    path("learning/registration/cancel/<str:token>/", webinars.cancel, name="cancel"),
    path("learning/time-zone/", webinars.set_time_zone, name="set_time_zone"),
    path("learning/course/<int:pk>/enrol/", courses.enrol, name="enrol"),
    path("learning/course/<int:pk>/resume/", courses.resume, name="resume"),
    path("learning/course/<int:pk>/certificate.pdf", courses.certificate_pdf, name="certificate"),
    path("learning/module/<int:pk>/check/", courses.knowledge_check, name="check"),
    path("learning/certificates/<str:code>/", courses.verify_certificate, name="verify"),
]
