from engine import png
MAILS = []
def M(**k):
    MAILS.append(k)
