from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "programme"

urlpatterns = [
    path(_("mijn-leerpad/"), views.my_path, name="my_path"),
    path(_("mijn-leerpad/certificaat/"), views.certificate, name="certificate"),
    path(_("mijn-leerpad/certificaat/controle/"), views.certificate_visibility, name="certificate_visibility"),
    path(_("certificaat/<str:number>/"), views.verify_certificate, name="verify_certificate"),
    path(_("mijn-leerpad/toestemming/"), views.consent, name="consent"),
    path("leerpad/les/<uuid:lesson_key>/afronden/", views.complete_lesson, name="complete_lesson"),
    path("leerpad/les/<uuid:lesson_key>/heropenen/", views.undo_lesson, name="undo_lesson"),
    path("leerpad/les/<uuid:lesson_key>/reflectie/<str:block_id>/", views.save_reflection, name="save_reflection"),
    path(
        "leerpad/les/<uuid:lesson_key>/kennisvraag/<str:block_id>/",
        views.answer_knowledge_check,
        name="answer_knowledge_check",
    ),
    path(
        "leerpad/module/<uuid:module_key>/zelfinschatting/<str:moment>/", views.self_assessment, name="self_assessment"
    ),
    path(_("uitnodigingen/"), views.invitations, name="invitations"),
    path(_("uitnodigingen/<int:pk>/intrekken/"), views.revoke_invitation, name="revoke_invitation"),
    path(_("uitnodiging/<str:token>/"), views.accept_invitation, name="accept_invitation"),
]
