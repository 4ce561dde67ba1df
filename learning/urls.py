"""Public, language-prefixed URLs of the learning app."""

from django.urls import path

from learning import views

app_name = "learning"
urlpatterns = [
    path("learning/webinar/<int:pk>/register/", views.register, name="register"),
    path("learning/webinar/<int:pk>/cancel/", views.cancel_mine, name="cancel_mine"),
    path("learning/registration/confirm/<str:token>/", views.confirm, name="confirm"),
    path("learning/registration/cancel/<str:token>/", views.cancel, name="cancel"),
    path("learning/time-zone/", views.set_time_zone, name="set_time_zone"),
    path("learning/course/<int:pk>/enrol/", views.enrol, name="enrol"),
    path("learning/course/<int:pk>/resume/", views.resume, name="resume"),
    path("learning/course/<int:pk>/certificate.pdf", views.certificate_pdf, name="certificate"),
    path("learning/module/<int:pk>/check/", views.knowledge_check, name="check"),
    path("learning/certificates/<str:code>/", views.verify_certificate, name="verify"),
]
