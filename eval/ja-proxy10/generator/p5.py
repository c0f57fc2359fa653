from lib import *  # noqa
