from mails import *  # noqa
