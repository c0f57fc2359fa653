# Phishing batch 1: cards, rail/ETC, retail, payments, carriers, banks, brokers, delivery.
from lib import *

D = "Tue, 14 Jan 2025 08:41:07 +0900"
M("phishing/smbc-card-usage-confirm-lookalike-iso2022.eml", "三井住友カード",
  "hyphen look-alike sender domain passing its own SPF/DKIM/DMARC (Gmail AR); card usage-confirmation lure; 24h deadline",
  addr("三井住友カード", "info@smbc-card-vpass.com", "iso-2022-jp"), "k.tanabe1987@gmail.com",
  "【重要】三井住友カード ご利用確認のお願い", D,
  text="""三井住友カードをご利用いただき、誠にありがとうございます。

お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知いたしました。
被害拡大防止のため、現在カードのご利用を一部制限させていただいております。

お手数ですが、下記URLよりご本人様によるご利用であるかをご確認ください。

▼ご利用確認はこちら
https://www.smbc-card-vpass.com/vpass/login/confirm?id=8821047

※24時間以内にご確認いただけない場合、カードのご利用を停止させていただきます。
※本メールは送信専用アドレスから送信しております。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
三井住友カード株式会社
〒135-0061 東京都江東区豊洲2-2-31 SMBC豊洲ビル
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""", cs="iso-2022-jp", cte="7bit",
  trace=G("k.tanabe1987@gmail.com", "mail.smbc-card-vpass.com", "45.153.241.18", D, "smbc-card-vpass.com", "smbc-card-vpass.com",
          dkim=[("smbc-card-vpass.com", "pass")], dmarc="pass"))

D = "Fri, 07 Mar 2025 23:12:55 +0900"
M("phishing/vpass-forged-from-dmarcfail-html-qp.eml", "三井住友カード (Vpass)",
  "forged official From vpass.ne.jp (SPF softfail, no DKIM, DMARC fail p=QUARANTINE, Gmail AR); HTML-only; link text shows vpass.ne.jp, href invented .shop domain",
  addr("三井住友カード", "mail@vpass.ne.jp"), "mika.s.0322@gmail.com",
  "【Vpass】ご本人様確認のお願い（カード利用一時停止のお知らせ）", D,
  html="""<html><body style="font-family:'メイリオ',sans-serif">
<p><img src="https://vpass-jp.verify-member.shop/img/logo.png" alt="三井住友カード"></p>
<p>いつも三井住友カードをご利用いただきありがとうございます。</p>
<p>弊社では、インターネット上の不正利用防止のためモニタリングを行っております。<br>
お客様のカードについて、ご利用の確認をさせていただきたいお取引がありましたので、<br>
誠に勝手ながらカードのご利用を一時的に停止させていただきました。</p>
<p>下記よりVpassにログインの上、ご本人様確認をお願いいたします。</p>
<p><a href="https://vpass-jp.verify-member.shop/cgi-bin/vp/login?uid=a8f2e1">https://www.vpass.ne.jp/</a></p>
<p>ご確認いただけない場合、カードのご利用制限が継続されますのでご了承ください。</p>
<hr><p style="font-size:11px">三井住友カード株式会社<br>Copyright (C) Sumitomo Mitsui Card Co., Ltd.</p>
</body></html>
""", cs="utf-8", cte="quoted-printable",
  trace=G("mika.s.0322@gmail.com", "vps-2291.hostsrv-cloud.net", "103.124.105.77", D, "hostsrv-cloud.net", "vpass.ne.jp",
          spf="softfail", dmarc="fail", policy="QUARANTINE"))

D = "Mon, 19 May 2025 10:03:22 +0900"
M("phishing/myjcb-payment-stop-sjis-8bit.eml", "JCB (MyJCB)",
  "combo look-alike domain myjcb-secure-login.com; Shift_JIS 8bit; no Authentication-Results; payment-stop threat",
  addr("MyJCB", "no-reply@myjcb-secure-login.com", "shift_jis"), "hiroshi-ueda@nifty.com",
  "【MyJCB】カードご利用停止のお知らせ", D,
  text="""MyJCBをご利用のお客様

いつもJCBカードをご利用いただき、ありがとうございます。

JCBでは、カードの不正利用防止を目的として24時間体制でモニタリングを行っております。
お客様のカードにおいて、通常と異なるご利用が確認されたため、
現在カードのご利用を停止しております。

以下のURLよりMyJCBにログインし、ご利用内容のご確認をお願いいたします。
https://myjcb-secure-login.com/myjcb/Login?ref=stop

ご確認後、カードのご利用を再開いたします。

株式会社ジェーシービー
東京都港区南青山5-1-22 青山ライズスクエア
""", cs="shift_jis", cte="8bit",
  trace=[rcv("smtp01.myjcb-secure-login.com", "185.244.150.9", "mx01.nifty.com", D, "hiroshi-ueda@nifty.com")])

D = "Sat, 21 Jun 2025 14:30:10 +0900"
M("phishing/ekinet-point-expire-html-official-linktext.eml", "えきねっと (JR東日本)",
  "multipart/alternative; HTML link text shows https://www.eki-net.com/, href brand-as-subdomain of invented .cn domain; point expiry lure; SPF neutral, no DMARC record (Gmail)",
  addr("えきねっと", "support@eki-net.jr-east-point.cn"), "satoko.minami@gmail.com",
  "【えきねっと】JRE POINT失効のお知らせ（本日23:59まで）", D,
  text="""えきねっとをご利用いただきありがとうございます。

お客様の保有されているJRE POINT 3,260ポイントが本日失効いたします。
ポイントを継続するには、下記よりえきねっとにログインしてください。

https://www.eki-net.com/

※ログイン後、有効期限が自動的に延長されます。
東日本旅客鉄道株式会社
""",
  html="""<html><body>
<p>えきねっとをご利用いただきありがとうございます。</p>
<p>お客様の保有されているJRE POINT <b>3,260ポイント</b>が<span style="color:red">本日失効</span>いたします。<br>
ポイントを継続するには、下記よりえきねっとにログインしてください。</p>
<p><a href="https://www.eki-net.com.jr-east-point.cn/Personal/member/login?p=3260">https://www.eki-net.com/</a></p>
<p>※ログイン後、有効期限が自動的に延長されます。</p>
<p>東日本旅客鉄道株式会社</p>
</body></html>
""", cte="base64",
  trace=G("satoko.minami@gmail.com", "mail.jr-east-point.cn", "47.243.12.190", D, "eki-net.jr-east-point.cn", "eki-net.jr-east-point.cn",
          spf="neutral", dmarc=None))

D = "Wed, 02 Jul 2025 06:55:48 +0900"
M("phishing/etc-meisai-withdrawal-notice-eucjp-forged.eml", "ETC利用照会サービス",
  "forged From etc-meisai.jp (SPF fail, DMARC fail, Japanese ISP AR); EUC-JP 8bit; service-withdrawal threat; look-alike etc-meisai.jp-kaiin.top",
  addr("ETC利用照会サービス", "info@etc-meisai.jp", "euc-jp"), "tkd_yoshio@ybb.ne.jp",
  "ETC利用照会サービス 退会予告のお知らせ", D,
  text="""ETC利用照会サービスをご利用いただきありがとうございます。

お客様のアカウントは長期間ログインが確認されていないため、
利用規約に基づき、2025年7月5日をもって退会処理を行う予定です。

継続してご利用される場合は、下記URLよりログインのうえ、
登録情報（カード情報を含む）の更新をお願いいたします。

https://etc-meisai.jp-kaiin.top/etc/R?funccode=1013000000

※本メールにお心当たりのない場合でも、必ずご確認ください。

ETC利用照会サービス事務局
""", cs="euc-jp", cte="8bit",
  trace=ISP("tkd_yoshio@ybb.ne.jp", "unknown-61.147.x.example.cn", "61.147.88.201", D, "mx.ybb.ne.jp", "etc-meisai.jp", "etc-meisai.jp",
            spf="fail", dkim="none", dmarc="fail"))

D = "Thu, 17 Jul 2025 19:22:01 +0900"
M("phishing/aeon-card-sms-style-short-freemail.eml", "イオンカード",
  "SMS-style two-line text sent from a free Gmail account; short random-looking domain aeon-ncard.cc; no signature",
  addr(None, "fujimoto.kei8731@gmail.com"), "y.ishida@docomo.ne.jp",
  "イオンカード", D,
  text="""【イオンカード】ご利用確認のためご連絡しました。ご確認ください。
https://aeon-ncard.cc/m/
""", cte="8bit",
  trace=[rcv("mail-pl1-f178.google.com", "209.85.214.178", "mfsmax.docomo.ne.jp", D, "y.ishida@docomo.ne.jp")])

D = "Sun, 10 Aug 2025 11:47:36 +0900"
M("phishing/rakuten-card-display-name-holds-official-address.eml", "楽天カード",
  "display name contains the official address (\"楽天カード株式会社 info@mail.rakuten-card.co.jp\") while the real sender is an outlook.jp free mail; M365 AR pass for outlook.jp",
  addr("楽天カード株式会社 <info@mail.rakuten-card.co.jp>", "rakutencard.support8841@outlook.jp"), "nao.kimura@example-kougyou.co.jp",
  "【楽天カード】重要：お支払い方法の確認", D,
  text="""楽天カードをご利用いただきありがとうございます。

お客様の今月のご請求分について、口座振替ができませんでした。
このままではカードのご利用が停止となる可能性がございます。

お手数ですが、以下よりお支払い方法の再登録をお願いします。
https://rakuten-card.account-pay.net/e-navi/payment

楽天カード株式会社
""", cte="quoted-printable",
  trace=MS("nao.kimura@example-kougyou.co.jp", "TY3P286CU002.outbound.protection.outlook.com", "52.101.229.31", D,
           "outlook.jp", "outlook.jp", dkim_d="outlook.jp"))

qr = png("paypay-qr")
D = "Mon, 25 Aug 2025 12:05:44 +0900"
M("phishing/paypay-points-expire-qr-image.eml", "PayPay",
  "HTML-only with inline QR image (multipart/related, cid) and no clickable link; invented sender paypay-campaign-jp.com passing own SPF; point expiry",
  addr("PayPay", "campaign@paypay-campaign-jp.com"), "emi.watanabe@icloud.com",
  "【PayPay】付与予定のPayPayポイント（5,000pt）受け取り期限のお知らせ", D,
  html="""<html><body style="text-align:center">
<h2>PayPayポイント受け取りのご案内</h2>
<p>キャンペーン特典として <b>5,000ポイント</b> が付与予定です。</p>
<p>受け取り期限：<b>2025年8月27日 23:59</b></p>
<p>スマートフォンのカメラで下記のQRコードを読み取り、<br>PayPayアカウントにログインして受け取り手続きを完了してください。</p>
<p><img src="cid:qr0825@paypay" width="168" height="168" alt="QR"></p>
<p style="font-size:11px;color:#888">PayPay株式会社</p>
</body></html>
""", cte="base64",
  related=[leaf("image/png", None, cte="base64", name="qr.png", data=qr, extra=["Content-ID: <qr0825@paypay>", 'Content-Disposition: inline; filename="qr.png"'])],
  trace=G("emi.watanabe@icloud.com", "mx2.paypay-campaign-jp.com", "154.38.162.44", D, "paypay-campaign-jp.com", "paypay-campaign-jp.com", dmarc=None))

puny = "mercаri".encode("idna").decode() + ".jp"
D = "Tue, 09 Sep 2025 09:18:29 +0900"
M("phishing/mercari-account-restricted-punycode.eml", "メルカリ",
  "punycode homograph (Cyrillic 'а' in mercari) link %s shown as mercаri.jp in text; sender bulk domain m-notify-mercari.com" % puny,
  addr("メルカリ事務局", "no-reply@m-notify-mercari.com"), "haru.t.0810@gmail.com",
  "【メルカリ】お客様のアカウントは利用制限されています", D,
  text="""いつもメルカリをご利用いただきありがとうございます。

お客様のアカウントにおいて、利用規約に違反する可能性のある取引が確認されたため、
アカウントの機能を一部制限させていただきました。

制限の解除には、本人確認書類の再提出が必要です。
https://www.mercаri.jp/account/verify

（リンクが開けない場合：https://www.%s/account/verify ）

メルカリ事務局
""" % puny, cte="base64",
  trace=G("haru.t.0810@gmail.com", "out-12.m-notify-mercari.com", "193.149.185.60", D, "m-notify-mercari.com", "m-notify-mercari.com",
          dkim=[("m-notify-mercari.com", "pass")], dmarc="pass"))

ZW = "\u200b"
D = "Fri, 26 Sep 2025 17:40:13 +0900"
M("phishing/au-pay-card-zero-width-brand.eml", "au PAY カード (KDDI)",
  "zero-width spaces inside the brand name in display name, subject and body; attacker domain aupay-card-info.net passing SPF/DKIM/DMARC",
  addr("a" + ZW + "u PAY カ" + ZW + "ード", "support@aupay-card-info.net"), "ryota.k@au.com",
  "【a" + ZW + "u PAY カード】ご利用制限のお知らせ", D,
  text=("""a%su PAY カードをご利用いただき誠にありがとうございます。

ご登録のカードにおいて、不正利用の疑いがあるお取引を検知いたしました。
安全のため、現在カードのご利用を制限しております。

以下のリンクより本人認証を完了してください。
https://aupay-card-info.net/member/auth?c=%s

※48時間以内に手続きがない場合、カードは無効となります。
a%su フィナンシャルサービス株式会社
""" % (ZW, "q7Zk2", ZW)), cte="base64",
  trace=G("ryota.k@au.com", "smtp.aupay-card-info.net", "91.92.241.103", D, "aupay-card-info.net", "aupay-card-info.net",
          dkim=[("aupay-card-info.net", "pass")], dmarc="pass"))

D = "Sat, 04 Oct 2025 08:02:57 +0900"
M("phishing/docomo-d-account-fullwidth-url.eml", "NTTドコモ (dアカウント)",
  "full-width URL (ｈｔｔｐｓ：／／…) to defeat link detection; display name spoof from .sbs domain; ISO-2022-JP",
  addr("ドコモ dアカウント", "d-account@docomo-info-center.sbs", "iso-2022-jp"), "kaori.mori@docomo.ne.jp",
  "dアカウントのセキュリティ確認について", D,
  text="""いつもドコモをご利用いただきありがとうございます。

お客様のdアカウントに対し、海外からのログイン試行が複数回確認されました。
アカウント保護のため、以下の手順でセキュリティ確認を行ってください。

確認ページ：ｈｔｔｐｓ：／／ｄｏｃｏｍｏ－ｄａｃｃｏｕｎｔ．ｓｂｓ／ｌｏｇｉｎ

※上記URLをコピーしてブラウザに貼り付けてください。
※期限内に確認が完了しない場合、dポイント等のサービスがご利用いただけなくなります。

株式会社NTTドコモ
""", cs="iso-2022-jp", cte="7bit",
  trace=[rcv("mail.docomo-info-center.sbs", "5.181.80.36", "mfsmax.docomo.ne.jp", D, "kaori.mori@docomo.ne.jp")])

D = "Mon, 13 Oct 2025 13:26:40 +0900"
M("phishing/softbank-unpaid-callback-phone.eml", "SoftBank",
  "callback scam: no link, asks to phone an invented 050 number about unpaid charges and legal action; free mail (yahoo.co.jp) sender",
  addr("ソフトバンク料金センター", "sb_ryokin_center@yahoo.co.jp"), "m.hayashi55@gmail.com",
  "【SoftBank】ご利用料金未払いに関する最終通知", D,
  text="""ソフトバンクをご利用のお客様

お客様のご利用料金（合計 38,720円）について、再三のご請求にもかかわらず
お支払いが確認できておりません。

本日中にご連絡がない場合、契約解除および法的手続きに移行させていただきます。

至急、下記窓口までお電話ください。
ソフトバンク料金センター 050-3852-1947（受付 9:00〜20:00）

※本通知は最終通知となります。
""", cte="base64",
  trace=G("m.hayashi55@gmail.com", "sonic302-21.consmr.mail.kks.yahoo.co.jp", "182.22.12.181", D, "yahoo.co.jp", "yahoo.co.jp",
          dkim=[("yahoo.co.jp", "pass")], dmarc="pass"))

D = "Wed, 22 Oct 2025 16:15:33 +0900"
M("phishing/yucho-direct-compromised-clinic-mailbox.eml", "ゆうちょ銀行",
  "sent from a compromised dental clinic mailbox (SPF/DKIM/DMARC all pass for the clinic domain); display name ゆうちょ銀行; link on invented domain",
  addr("ゆうちょ銀行", "uketsuke@sakuranamiki-dental.jp"), "t.okada@ezweb.ne.jp",
  "【ゆうちょ銀行】お取引を一時制限しております", D,
  text="""いつもゆうちょ銀行をご利用いただきありがとうございます。

お客様の口座について、犯罪収益移転防止法に基づくお取引目的等の確認が必要となりました。
ご確認いただけるまで、一部のお取引を制限させていただいております。

下記よりゆうちょダイレクトにログインし、確認手続きを行ってください。
https://yucho-direct-kakunin.com/login

株式会社ゆうちょ銀行
""", cte="8bit",
  trace=ISP("t.okada@ezweb.ne.jp", "mail.sakuranamiki-dental.jp", "157.7.107.12", D, "mx.ezweb.ne.jp", "sakuranamiki-dental.jp", "sakuranamiki-dental.jp"))

D = "Mon, 03 Nov 2025 03:44:19 +0900"
M("phishing/mufg-chinese-mixed-machine-translated.eml", "三菱UFJ銀行",
  "machine-translated Japanese mixed with simplified Chinese characters (您的账户, 验证); .cn sender; odd punctuation",
  addr("三菱UFJ銀行", "service@mufg-bk-jp.cn"), "akiko.y@gmail.com",
  "【三菱UFJ銀行】您的账户 確認が必要です", D,
  text="""尊敬なるお客様：

您的账户に異常なログインがありました，安全のため一時凍結しています。
下記のリンクで身分验证を行ってください，完成後に利用が再開されます。

验证リンク：https://mufg-bk-jp.cn/verify/index.html

24時間内に処理しないと，口座は永久凍結されます。
ご理解とご協力をお願いします。

三菱UFJ銀行 客服中心
""", cte="base64",
  trace=G("akiko.y@gmail.com", "mail.mufg-bk-jp.cn", "122.228.237.14", D, "mufg-bk-jp.cn", "mufg-bk-jp.cn", spf="pass", dmarc=None))

form = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>みずほダイレクト ログイン</title></head>
<body>
<h3>みずほダイレクト 本人確認</h3>
<form action="https://mizuho-direct-auth.icu/post.php" method="post">
お客さま番号 <input name="kokyaku"><br>
ログインパスワード <input type="password" name="pw"><br>
第2暗証番号 <input type="password" name="pin2"><br>
<input type="submit" value="ログイン">
</form></body></html>
"""
D = "Tue, 11 Nov 2025 10:58:02 +0900"
M("phishing/mizuho-direct-html-attachment-form.eml", "みずほ銀行",
  "HTML attachment containing a login form that POSTs credentials to an invented .icu host; body has no link; sender invented domain",
  addr("みずほ銀行", "info@mizuho-bank-notice.com"), "s.nakagawa@outlook.jp",
  "【みずほ銀行】お客さま情報の確認のお願い", D,
  text="""みずほダイレクトをご利用のお客さまへ

平素よりみずほ銀行をご利用いただき、誠にありがとうございます。

マネー・ローンダリング対策の一環として、お客さま情報の確認をお願いしております。
添付のファイルを開き、必要事項をご入力ください。

添付ファイル：mizuho_kakunin.html

株式会社みずほ銀行
""", cte="base64",
  atts=[att("mizuho_kakunin.html", form.encode("utf-8"), "text/html; charset=UTF-8")],
  trace=MS("s.nakagawa@outlook.jp", "mail.mizuho-bank-notice.com", "194.36.189.58", D, "mizuho-bank-notice.com", "mizuho-bank-notice.com",
           spf="pass", dkim="none", dmarc="none", compauth="softpass", reason=109))

D = "Thu, 20 Nov 2025 15:31:26 +0900"
M("phishing/resona-google-open-redirect.eml", "りそな銀行",
  "link goes through a google.com/url open redirect to an invented domain; forged resonabank.co.jp From with DMARC fail (M365 AR, compauth fail)",
  addr("りそな銀行", "mail@resonabank.co.jp"), "yamaguchi.t@kitano-shoji.co.jp",
  "【りそなグループ】取引規制のお知らせ", D,
  text="""りそなグループアプリ・マイゲートをご利用のお客さま

お客さまの口座において、取引目的等の確認が取れていないため、
お振込等のお取引を規制させていただいております。

以下のURLからお手続きをお願いいたします。
https://www.google.com/url?q=https%3A%2F%2Fresona-mygate-check.com%2Fauth&sa=D&usg=AOvVaw2k

株式会社りそな銀行
""", cte="quoted-printable",
  trace=MS("yamaguchi.t@kitano-shoji.co.jp", "vm3321.kagoya-host.net", "45.77.20.141", D, "kagoya-host.net", "resonabank.co.jp",
           spf="pass", dkim="none", dmarc="fail", action="quarantine", compauth="fail", reason=0))

D = "Sat, 29 Nov 2025 07:12:48 +0900"
M("phishing/sbi-sec-auth-upgrade-shortener.eml", "SBI証券",
  "URL shortener link (invented path); securities-account authentication-upgrade lure referencing real 2025 takeover wave; attacker domain full pass",
  addr("SBI証券", "support@sbisec-info.jp"), "kenji.arai@gmail.com",
  "【SBI証券】セキュリティ強化のための認証手続きのお願い", D,
  text="""SBI証券をご利用いただきありがとうございます。

昨今、証券口座への不正アクセスが多発していることを受け、
当社ではお客様の資産を守るため、追加認証の設定を必須とさせていただきます。

期限：2025年12月1日
手続き：https://bit.ly/4sbiNinsho

期限までにお手続きいただけない場合、お取引を制限させていただきます。

株式会社SBI証券
""", cte="base64",
  trace=G("kenji.arai@gmail.com", "mta.sbisec-info.jp", "45.142.122.70", D, "sbisec-info.jp", "sbisec-info.jp",
          dkim=[("sbisec-info.jp", "pass")], dmarc="pass"))

D = "Wed, 10 Dec 2025 21:05:14 +0900"
M("phishing/nomura-two-factor-iso2022-split-subject.eml", "野村證券",
  "ISO-2022-JP subject split into encoded words at raw byte boundaries (escape state spans words); look-alike nomura-sec.co-jp.net; no AR",
  addr("野村證券", "info@nomura-sec.co-jp.net", "iso-2022-jp"), "mariko.f@nifty.com",
  "【野村證券】多要素認証の設定が完了していないお客様へ", D,
  text="""野村證券をご利用のお客様

いつも野村證券をご利用いただきありがとうございます。

当社では、お客様の大切な資産を守るため、多要素認証を必須化いたしました。
お客様のアカウントでは、まだ設定が完了しておりません。

下記リンクより設定をお願いいたします。
https://nomura-sec.co-jp.net/mfa/setting

野村證券株式会社
""", cs="iso-2022-jp", cte="7bit", schunk=21, sraw=True,
  trace=[rcv("out.co-jp.net", "38.54.30.117", "mx01.nifty.com", D, "mariko.f@nifty.com")])

D = "Mon, 05 Jan 2026 09:47:31 +0900"
M("phishing/rakuten-sec-unauthorized-login-sjis-b64.eml", "楽天証券",
  "Shift_JIS base64 body; invented rakuten-sec-login.com domain; unauthorized-login alert asking to reset password via link",
  addr("楽天証券", "security@rakuten-sec-login.com", "shift_jis"), "sho.tamura@yahoo.co.jp",
  "【楽天証券】不正ログインの可能性について", D,
  text="""楽天証券をご利用いただき、誠にありがとうございます。

お客様のアカウントに、普段と異なる環境からのログインを検知しました。

日時：2026/01/05 03:12
IPアドレス：185.220.101.4
場所：オランダ

お心当たりがない場合は、直ちに以下よりパスワードを変更してください。
https://rakuten-sec-login.com/member/pw-reset

楽天証券株式会社
""", cs="shift_jis", cte="base64",
  trace=ISP("sho.tamura@yahoo.co.jp", "mx.rakuten-sec-login.com", "80.66.88.214", D, "mta1.mail.yahoo.co.jp", "rakuten-sec-login.com", "rakuten-sec-login.com",
            spf="pass", dkim="none", dmarc="none"))

D = "Thu, 15 Jan 2026 12:20:08 +0900"
M("phishing/monex-cp932-circled-numbers-iso2022.eml", "マネックス証券",
  "ISO-2022-JP with CP932 extension chars (①②③, ㈱) in subject and body; hyphen look-alike monex-secure.com; step-by-step instructions",
  addr("マネックス証券㈱", "notice@monex-secure.com", "iso-2022-jp"), "j.sakamoto@gmail.com",
  "【マネックス証券】①お取引制限 ②本人確認のお願い", D,
  text="""マネックス証券をご利用のお客様へ

お客様の口座について、以下の手続きが必要です。

① 下記URLよりログイン
② ご登録情報（氏名・生年月日・取引暗証番号）の入力
③ 確認完了メールの受信

https://monex-secure.com/login/?acc=chk

手続きが完了するまで、出金・お取引を制限いたします。

マネックス証券㈱
""", cs="iso-2022-jp", cte="7bit",
  trace=G("j.sakamoto@gmail.com", "smtp.monex-secure.com", "79.141.160.58", D, "monex-secure.com", "monex-secure.com",
          dkim=[("monex-secure.com", "pass")], dmarc="pass"))

D = "Tue, 27 Jan 2026 18:33:52 +0900"
M("phishing/saison-netanswer-typo-domain.eml", "セゾンカード",
  "typo look-alike saisoncrad.com (swapped letters); CRLF line ends; multipart/alternative",
  addr("セゾンカード", "netanswer@saisoncrad.com"), "a.takeuchi@outlook.com",
  "【重要】Netアンサー ご登録情報確認のお願い", D,
  text="""いつもセゾンカードをご利用いただきありがとうございます。

Netアンサーのご登録情報に不備がありました。
カードのご利用継続のため、下記よりご確認ください。

https://www.saisoncrad.com/netanswer/

株式会社クレディセゾン
""",
  html="""<html><body><p>いつもセゾンカードをご利用いただきありがとうございます。</p>
<p>Netアンサーのご登録情報に不備がありました。<br>カードのご利用継続のため、下記よりご確認ください。</p>
<p><a href="https://www.saisoncrad.com/netanswer/">Netアンサーにログイン</a></p><p>株式会社クレディセゾン</p></body></html>
""", cte="base64", crlf=True,
  trace=MS("a.takeuchi@outlook.com", "mail.saisoncrad.com", "146.70.53.19", D, "saisoncrad.com", "saisoncrad.com",
           dkim="none", dmarc="none", compauth="none", reason=905))

D = "Fri, 06 Feb 2026 08:10:40 +0900"
M("phishing/epos-brand-as-subdomain.eml", "エポスカード",
  "brand domain used as subdomain (www.eposcard.co.jp.member-verify.icu); display name エポスNet",
  addr("エポスNet", "info@eposcard.co.jp.member-verify.icu"), "rie.ogawa@gmail.com",
  "エポスNet ご利用確認のお願い", D,
  text="""エポスカードをご利用いただき、ありがとうございます。

お客様のカードに不審なお取引がありましたので、ご利用を一時停止しております。
下記のエポスNetよりご利用内容をご確認ください。

https://www.eposcard.co.jp.member-verify.icu/memberservice/pc/login

株式会社エポスカード
""", cte="quoted-printable",
  trace=G("rie.ogawa@gmail.com", "mail.member-verify.icu", "103.75.190.21", D, "member-verify.icu", "eposcard.co.jp.member-verify.icu",
          dmarc=None))

D = "Thu, 19 Feb 2026 20:41:09 +0900"
M("phishing/yamato-absent-delivery-sms-style.eml", "ヤマト運輸",
  "SMS-style absence notice, one line + link on invented domain; sent from an email-to-SMS style mobile address; no subject",
  addr(None, "s7k2m9q@i.softbank.jp"), "h.kondo@docomo.ne.jp",
  "", D,
  text="""お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。配送物はこちらにてご確認ください https://kuroneko-yamato-td.top/
""", cte="8bit",
  trace=[rcv("mx.i.softbank.jp", "126.240.66.7", "mfsmax.docomo.ne.jp", D, "h.kondo@docomo.ne.jp")])

D = "Mon, 02 Mar 2026 11:29:33 +0900"
M("phishing/sagawa-unpaid-shipping-fee.eml", "佐川急便",
  "unpaid shipping-fee lure (small amount card payment); sagawa-exp.co.jp used as subdomain of invented .xyz; ISO-2022-JP body, UTF-8 subject",
  addr("佐川急便株式会社", "info@sagawa-exp.co.jp.delivery-fee.xyz"), "c.matsuda@gmail.com",
  "【佐川急便】お荷物の配送料金未払いについて", D,
  text="""佐川急便をご利用いただきありがとうございます。

お客様宛のお荷物について、配送料金（220円）のお支払いが確認できていないため、
配達を保留しております。

下記URLよりお支払い手続きをお願いいたします。
https://sagawa-exp.co.jp.delivery-fee.xyz/pay?no=4401-2289-7710

お問い合わせ送り状番号：4401-2289-7710

佐川急便株式会社
""", cs="iso-2022-jp", cte="7bit", scs="utf-8",
  trace=G("c.matsuda@gmail.com", "smtp.delivery-fee.xyz", "45.95.147.231", D, "delivery-fee.xyz", "sagawa-exp.co.jp.delivery-fee.xyz", dmarc=None))

D = "Wed, 11 Mar 2026 15:02:44 +0900"
M("phishing/japanpost-customs-fee-html-only.eml", "日本郵便",
  "HTML-only customs-duty lure with button; hidden preheader text; japanpost look-alike jppost-kanzei.com",
  addr("日本郵便", "noreply@jppost-kanzei.com"), "m.inoue@icloud.com",
  "【日本郵便】国際郵便物の関税お支払いのお願い", D,
  html="""<html><body>
<div style="display:none;font-size:0">お荷物は税関で保留されています</div>
<table width="600" align="center"><tr><td>
<p><b>日本郵便</b></p>
<p>お客様宛の国際郵便物が税関で保留されています。<br>
関税（1,480円）のお支払いが確認でき次第、配達いたします。</p>
<p>追跡番号：EJ394821755CN</p>
<p style="text-align:center"><a href="https://jppost-kanzei.com/pay/EJ394821755CN" style="background:#c00;color:#fff;padding:10px 30px;text-decoration:none">関税を支払う</a></p>
<p style="font-size:11px">お支払い期限を過ぎますと、お荷物は差出人へ返送されます。</p>
<p style="font-size:11px">日本郵便株式会社</p>
</td></tr></table></body></html>
""", cte="quoted-printable",
  trace=G("m.inoue@icloud.com", "mail.jppost-kanzei.com", "31.220.93.11", D, "jppost-kanzei.com", "jppost-kanzei.com",
          dkim=[("jppost-kanzei.com", "pass")], dmarc="pass"))
