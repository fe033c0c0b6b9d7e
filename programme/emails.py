"""The invitation e-mail: the sign-up link sent straight to the colleague, when the inviter gives an address.

The address is used for this one message and not stored: the invitation row never holds it. The e-mail is in
Dutch, the language of the programme, whatever language the inviter uses the site in.
"""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import override

logger = logging.getLogger(__name__)


def send_invitation(invitation, link, address, inviter):
    """Mail the link to `address`; True when the mail server accepted it. A failure is logged, not raised."""
    context = {"invitation": invitation, "link": link, "inviter": inviter.get_full_name() or inviter.get_username()}
    with override("nl"):
        subject = render_to_string("programme/emails/invitation_subject.txt", context).strip()
        body = render_to_string("programme/emails/invitation.txt", context)
    try:
        send_mail(subject, body, None, [address])
    except Exception as error:  # the invitation exists either way; the inviter is told to send the link themselves
        # Only the kind of error: its text may hold the address, which we promise not to keep.
        logger.error("Could not send invitation %s by e-mail: %s", invitation.pk, type(error).__name__)
        return False
    return True
