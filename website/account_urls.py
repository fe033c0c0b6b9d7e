app_name = "account_data"

urlpatterns = []
