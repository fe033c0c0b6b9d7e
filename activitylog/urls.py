app_name = "activitylog"

urlpatterns = []
