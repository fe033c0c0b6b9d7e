from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("community/meetups/<int:page_id>/register/", views.register, name="meetup_register"),
    path("community/meetups/<int:page_id>/cancel/", views.cancel, name="meetup_cancel"),
    path("community/meetups/<int:page_id>/calendar.ics", views.ical, name="meetup_ical"),
    path("community/meetups.ics", views.meetups_ical, name="meetups_ical"),
]
