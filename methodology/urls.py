app_name = "methodology"

urlpatterns = []
