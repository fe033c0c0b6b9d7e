"""What the evaluation app keeps that points at a person: audit trails, kept on purpose, nothing to download.

Registered with website.account_data in EvaluationConfig.ready().

* ExportLog.user: the researcher who took data out. Deleting the account clears the link (SET_NULL); the
  `actor` column keeps the username, and `manage.py purge_expired` deletes the rows after
  RETENTION_DAYS["export_logs"] (docs/privacy.md).
* OrganisationMeasurement.submitted_by: who submitted an organisation's figures for a wave. The figures are
  the organisation's, not the person's; deleting the account clears the link (SET_NULL).
"""

from website.account_data import PersonalData

PERSONAL_DATA = PersonalData(
    app_label="evaluation",
    covers=("evaluation.ExportLog.user", "evaluation.OrganisationMeasurement.submitted_by"),
)
