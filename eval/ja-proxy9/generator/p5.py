# Phishing batch 5.
from lib import *

D = "Fri, 19 Sep 2025 18:05:00 +0900"
M("phishing/ana-mileage-expiry-sfmc-lookalike-click.eml", "ANA",
  "mileage-expiry lure mimicking an ESP: click-tracking style host click.ana-mileage-club.com (invented), pixel, List-Unsubscribe; attacker's own domain passing SPF/DKIM/DMARC",
  addr("ANAマイレージクラブ", "info@ana-mileage-club.com"), "ryota.k@gmail.com",
  "【ANAマイレージクラブ】マイル有効期限延長のお手続き", D,
  text="""ANAマイレージクラブ会員の皆様

今月末に有効期限を迎えるマイルがございます。
特別措置として、以下よりお手続きいただくとマイルの有効期限を1年延長いたします。
https://click.ana-mileage-club.com/?qs=e81f0a9c2b

ANAマイレージクラブ事務局
""", html="""<html><body><p>ANAマイレージクラブ会員の皆様</p><p>今月末に有効期限を迎えるマイルがございます。<br>特別措置として、お手続きいただくとマイルの有効期限を<b>1年延長</b>いたします。</p>
<p><a href="https://click.ana-mileage-club.com/?qs=e81f0a9c2b">有効期限を延長する</a></p>
<img src="https://click.ana-mileage-club.com/open.aspx?e81f" width="1" height="1"></body></html>
""", cte="quoted-printable",
  xh=["List-Unsubscribe: <https://click.ana-mileage-club.com/unsub?e81f>"],
  trace=G("ryota.k@gmail.com", "mta1.ana-mileage-club.com", "45.131.66.101", D, "ana-mileage-club.com", "ana-mileage-club.com",
          dkim=[("ana-mileage-club.com", "pass")], dmarc="pass"))
