"""The export log names the researcher who took data out: an audit trail, kept on purpose.

Registered with website.account_data in EvaluationConfig.ready(). Nothing to download or erase here:
deleting a researcher's account clears the `user` link (SET_NULL), the `actor` column keeps the username,
and `manage.py purge_expired` deletes the rows after RETENTION_DAYS["export_logs"] (docs/privacy.md).
"""

from website.account_data import PersonalData

PERSONAL_DATA = PersonalData(app_label="evaluation", covers=("evaluation.ExportLog.user",))
