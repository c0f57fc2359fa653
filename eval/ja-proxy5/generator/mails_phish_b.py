from registry import *
