# Genuine specs for ja-proxy12.
from make import M
from lib import *
