# Phishing batch 2: government, utilities, global platforms, airlines, regional banks, BEC, malware.
from lib import *

D = "Tue, 21 Jan 2025 10:08:12 +0900"
M("phishing/nta-unpaid-tax-seizure-forged-dmarcfail.eml", "国税庁",
  "forged nta.go.jp From (SPF fail, DMARC fail p=REJECT, delivered to ISP; AR present); 差押え threat; payment via invented nta-go-jp.top",
  addr("国税庁", "info@nta.go.jp", "iso-2022-jp"), "hiroshi-ueda@nifty.com",
  "【国税庁】未納税金の差押え最終通知", D,
  text="""納税者各位

国税庁です。あなたの所得税（令和５年分）について、納付期限を過ぎても納付が確認できておりません。

未納額：52,300円
延滞税：3,140円

本通知到着後、速やかに下記よりお支払いください。
期限までに納付が確認できない場合、国税徴収法に基づき財産（給与・預貯金等）の差押えを執行します。

納付手続き：https://nta-go-jp.top/payment/

国税庁 徴収部
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("hiroshi-ueda@nifty.com", "host-42.bbx-vps.cn", "117.50.190.42", D, "mx01.nifty.com", "nta.go.jp", "nta.go.jp",
            spf="fail", dkim="none", dmarc="fail"))

D = "Fri, 31 Jan 2025 12:45:33 +0900"
M("phishing/myna-portal-point-qr.eml", "マイナポータル (デジタル庁)",
  "QR code image attachment (not decodable) plus text; マイナ保険証 point lure; sender invented digital-myna.com",
  addr("マイナポータル事務局", "support@digital-myna.com"), "m.hayashi55@gmail.com",
  "【マイナポータル】マイナ保険証 登録特典ポイントのお受け取り", D,
  text="""マイナンバーカードをお持ちの皆様へ

マイナ保険証の利用登録をされた方に、20,000円分のポイントを付与しております。
お客様のお受け取り手続きがまだ完了しておりません。

添付のQRコードをスマートフォンで読み取り、手続きを行ってください。
受付期限：2025年2月3日

デジタル庁 マイナポータル事務局
""", cte="base64",
  atts=[att("myna_qr.png", png("myna-qr"), "image/png")],
  trace=G("m.hayashi55@gmail.com", "mx.digital-myna.com", "139.180.141.7", D, "digital-myna.com", "digital-myna.com",
          dkim=[("digital-myna.com", "pass")], dmarc="pass"))

D = "Wed, 12 Feb 2025 15:19:47 +0900"
M("phishing/nhk-fee-refund-callback.eml", "NHK",
  "refund callback lure: NHK 受信料 overpaid, asks to phone an invented number or reply with bank details; free mail (gmail)",
  addr("NHK受信料窓口", "nhk.jushinryo.center@gmail.com"), "akiko.y@yahoo.co.jp",
  "NHK受信料の過払い金返還のご案内", D,
  text="""NHKをご覧いただきありがとうございます。

お客様の受信料について、二重にお支払いいただいていることが判明しました。
過払い分 13,650円を返還いたします。

返還手続きのため、下記の受信料窓口までお電話いただくか、
本メールに返信のうえ、振込先口座（銀行名・支店名・口座番号・名義）をお知らせください。

NHK受信料窓口：03-6812-4490（平日9時〜18時）

日本放送協会
""", cte="8bit",
  trace=ISP("akiko.y@yahoo.co.jp", "mail-ej1-f54.google.com", "209.85.218.54", D, "mta1.mail.yahoo.co.jp", "gmail.com", "gmail.com"))

D = "Tue, 04 Mar 2025 09:30:09 +0900"
M("phishing/tepco-electricity-stop-notice.eml", "東京電力",
  "payment-overdue / power-stop threat; hyphen look-alike tepco-kurashi.com; CRLF; Shift_JIS base64",
  addr("東京電力エナジーパートナー", "info@tepco-kurashi.com", "shift_jis"), "rie.ogawa@gmail.com",
  "【東京電力】電気料金未払いによる送電停止のお知らせ", D,
  text="""東京電力エナジーパートナーをご利用のお客さま

お客さまの電気料金（2月分 8,412円）のお支払いが確認できておりません。
2025年3月6日までにお支払いがない場合、送電を停止させていただきます。

お支払いはこちらから（クレジットカード払い）
https://tepco-kurashi.com/pay/login

東京電力エナジーパートナー株式会社
""", cs="shift_jis", cte="base64", crlf=True,
  trace=G("rie.ogawa@gmail.com", "smtp.tepco-kurashi.com", "185.225.73.8", D, "tepco-kurashi.com", "tepco-kurashi.com", dmarc=None))

D = "Thu, 20 Mar 2025 18:22:36 +0900"
M("phishing/kepco-refund-html-linktext.eml", "関西電力",
  "HTML link text shows https://home.kepco.co.jp/, href goes to invented kepco-henkin.com; refund lure",
  addr("関西電力", "hapie@kepco-henkin.com"), "yamaguchi.t@gmail.com",
  "【関西電力】電気料金の還付について", D,
  html="""<html><body><p>関西電力をご利用いただきありがとうございます。</p>
<p>料金計算の誤りにより、お客さまに <b>3,872円</b> の還付金が発生しております。</p>
<p>還付のお手続きは、はぴｅみる電にログインのうえ、受取口座をご登録ください。</p>
<p><a href="https://kepco-henkin.com/hapie/login">https://home.kepco.co.jp/</a></p>
<p>関西電力株式会社</p></body></html>
""", cte="base64",
  trace=G("yamaguchi.t@gmail.com", "mail.kepco-henkin.com", "103.151.20.99", D, "kepco-henkin.com", "kepco-henkin.com",
          dkim=[("kepco-henkin.com", "pass")], dmarc="pass"))

D = "Mon, 07 Apr 2025 04:51:02 +0900"
M("phishing/apple-id-locked-english-mixed.eml", "Apple",
  "Japanese/English mixed Apple ID lock lure; display name 'Apple' from appleid-support-jp.com; order-number style",
  addr("Apple", "no_reply@appleid-support-jp.com"), "m.inoue@icloud.com",
  "Apple IDがロックされました - Your Apple ID has been locked", D,
  text="""Dear Customer,

お客様のApple ID は、セキュリティ上の理由によりロックされています。
Your Apple ID has been locked for security reasons.

最近、不明なデバイスからのサインインが検出されました。
アカウントのロックを解除するには、以下のリンクから本人確認を行ってください。

https://appleid-support-jp.com/unlock/?lang=ja

If you do not verify within 24 hours, your account will be permanently disabled.

Apple Support
""", cte="quoted-printable",
  trace=G("m.inoue@icloud.com", "mail.appleid-support-jp.com", "51.89.192.5", D, "appleid-support-jp.com", "appleid-support-jp.com", dmarc=None))

D = "Wed, 16 Apr 2025 09:12:40 +0900"
M("phishing/microsoft365-password-expiry-compromised-school.eml", "Microsoft 365",
  "compromised school teacher account (ac.jp-like invented school domain, full pass); password-expiry lure; link on a free web-form host path",
  addr("Microsoft 365 管理センター", "t-suzuki@hikarigaoka-gakuen.ed.jp"), "nakagawa@kitano-shoji.co.jp",
  "パスワードの有効期限が本日切れます", D,
  text="""Microsoft 365

nakagawa@kitano-shoji.co.jp のパスワードは本日有効期限が切れます。

同じパスワードを引き続き使用するには、以下から手続きしてください。

現在のパスワードを維持する
https://forms-office365-keep.web.app/kitano-shoji

Microsoft 365 管理者
""", cte="base64",
  trace=MS("nakagawa@kitano-shoji.co.jp", "mail.hikarigaoka-gakuen.ed.jp", "210.131.4.88", D, "hikarigaoka-gakuen.ed.jp", "hikarigaoka-gakuen.ed.jp"))

D = "Sat, 26 Apr 2025 20:07:55 +0900"
M("phishing/google-photos-storage-full-lookalike.eml", "Google",
  "Google storage-full lure; look-alike goog1e-storage.com (digit 1 for l); HTML + text",
  addr("Google One", "storage@goog1e-storage.com"), "satoko.minami@gmail.com",
  "Google フォトの容量がいっぱいです。写真が削除されます", D,
  text="""Google アカウントの保存容量が上限に達しました。

48時間以内に容量を追加しない場合、Google フォトの写真と動画が削除されます。
今なら特別価格 ¥250 で 100GB を追加できます。

https://goog1e-storage.com/one/upgrade

Google LLC
""", html="""<html><body><h3>保存容量が上限に達しました</h3><p>48時間以内に容量を追加しない場合、Google フォトの写真と動画が削除されます。</p>
<p>今なら特別価格 ¥250 で 100GB を追加できます。</p><p><a href="https://goog1e-storage.com/one/upgrade">容量を追加する</a></p></body></html>
""", cte="quoted-printable",
  trace=G("satoko.minami@gmail.com", "vm1.goog1e-storage.com", "45.86.86.17", D, "goog1e-storage.com", "goog1e-storage.com",
          dkim=[("goog1e-storage.com", "pass")], dmarc="pass"))

D = "Tue, 13 May 2025 22:31:18 +0900"
M("phishing/line-account-verify-qr-html.eml", "LINE",
  "HTML with QR (multipart/related) asking to scan to keep LINE account; sender invented line-security-center.com",
  addr("LINE", "security@line-security-center.com"), "y.ishida@gmail.com",
  "【LINE】アカウント利用停止のお知らせ", D,
  html="""<html><body><p>お客様のLINEアカウントで異常なログインが検出されたため、アカウントを一時停止しました。</p>
<p>引き続きご利用いただくには、スマートフォンで下記のQRコードを読み取り、本人確認を行ってください。</p>
<p><img src="cid:lineqr"></p><p>LINEヤフー株式会社</p></body></html>
""", cte="base64",
  related=[leaf("image/png", None, cte="base64", name="qr.png", data=png("line-qr"), extra=["Content-ID: <lineqr>"])],
  trace=G("y.ishida@gmail.com", "mta.line-security-center.com", "156.225.20.3", D, "line-security-center.com", "line-security-center.com", dmarc=None))

D = "Fri, 23 May 2025 07:49:26 +0900"
M("phishing/netflix-payment-machine-translated.eml", "Netflix",
  "machine-translated stiff Japanese (お客様の会員資格は保留にされて), English subject fragment; sender on invented .top domain",
  addr("Netflix", "billing@netflix-renew.top"), "rie.ogawa@gmail.com",
  "Netflix：お客様の会員資格は保留にされて", D,
  text="""こんにちは、

私たちはあなたの次の請求期間のためにあなたの支払いを承認することができませんでした。
したがって、あなたの会員資格は保留にされています。

あなたのアカウントを再アクティブ化するために、あなたの支払い情報を更新することを要求します。

アカウントを更新する: https://netflix-renew.top/account/

私たちはあなたを手伝うためにここにいる。
-Netflixチーム
""", cte="base64",
  trace=G("rie.ogawa@gmail.com", "srv.netflix-renew.top", "185.196.9.44", D, "netflix-renew.top", "netflix-renew.top", spf="softfail", dmarc=None))

D = "Mon, 02 Jun 2025 11:10:58 +0900"
M("phishing/jal-mileage-survey-prize.eml", "JAL",
  "survey-prize lure (アンケート回答で5,000マイル) from invented jal-survey.net; shortener-free, button in HTML only",
  addr("JALマイレージバンク", "info@jal-survey.net"), "ryota.k@gmail.com",
  "【JAL】アンケートご協力のお願い（5,000マイル進呈）", D,
  html="""<html><body><p>JALマイレージバンク会員の皆様</p><p>サービス向上のため、簡単なアンケートにご協力ください。<br>
回答いただいた方全員に<b>5,000マイル</b>を進呈いたします（送料のみ300円）。</p>
<p><a href="https://jal-survey.net/q/?m=ja">アンケートに回答する</a></p><p>日本航空株式会社</p></body></html>
""", cte="quoted-printable",
  trace=G("ryota.k@gmail.com", "mail.jal-survey.net", "62.106.66.21", D, "jal-survey.net", "jal-survey.net", dmarc=None))

D = "Wed, 18 Jun 2025 14:37:03 +0900"
M("phishing/tama-shinkin-token-update.eml", "多摩信用金庫",
  "regional shinkin bank impersonation (ソフトウェアトークン更新); brand as subdomain tamashin.jp.token-renew.com; ISO-2022-JP",
  addr("たましん", "ib@tamashin.jp.token-renew.com", "iso-2022-jp"), "fujii.k@nifty.com",
  "【たましん】ワンタイムパスワード（トークン）更新のお願い", D,
  text="""たましんインターネットバンキングをご利用のお客様

ワンタイムパスワード（ソフトウェアトークン）の有効期限が近づいております。
下記より更新手続きを行ってください。

https://tamashin.jp.token-renew.com/ib/token

更新されない場合、インターネットバンキングのご利用ができなくなります。

多摩信用金庫
""", cs="iso-2022-jp", cte="7bit",
  trace=[rcv("mail.token-renew.com", "45.88.91.201", "mx02.nifty.com", D, "fujii.k@nifty.com")])

D = "Thu, 26 Jun 2025 16:50:22 +0900"
M("phishing/yokohama-bank-ib-lookalike-hyphen.eml", "横浜銀行",
  "regional bank (地銀) impersonation; hyphen look-alike boy-hamagin.com; phone + link; EUC-JP",
  addr("横浜銀行", "info@boy-hamagin.com", "euc-jp"), "s.nakagawa@outlook.jp",
  "【横浜銀行】お取引目的等の確認のお願い", D,
  text="""横浜銀行をご利用いただきありがとうございます。

当行では、マネー・ローンダリング等防止のため、お客さまの情報・お取引目的の確認を実施しております。
ご回答いただけない場合、お取引を制限させていただくことがございます。

回答はこちら：https://boy-hamagin.com/kakunin/

株式会社横浜銀行
""", cs="euc-jp", cte="8bit",
  trace=MS("s.nakagawa@outlook.jp", "mail.boy-hamagin.com", "91.215.85.40", D, "boy-hamagin.com", "boy-hamagin.com",
           dkim="none", dmarc="none", compauth="none", reason=905))

D = "Sun, 06 Jul 2025 00:18:44 +0900"
M("phishing/amazon-prime-renewal-failed-iso2022.eml", "Amazon",
  "Prime renewal failure lure; ISO-2022-JP; look-alike amazon-co-jp.prime-renew.com; forged Return-Path style (no AR)",
  addr("Amazon.co.jp", "prime@amazon-co-jp.prime-renew.com", "iso-2022-jp"), "k.tanabe1987@icloud.com",
  "Amazonプライムの更新ができませんでした", D,
  text="""Amazonプライム会員様

お客様のAmazonプライム会員資格の更新に失敗しました。
登録されているお支払い方法が無効になっている可能性があります。

お支払い情報を更新してください。
https://amazon-co-jp.prime-renew.com/ap/signin

更新が行われない場合、プライム特典はご利用いただけなくなります。

Amazon.co.jp
""", cs="iso-2022-jp", cte="7bit",
  xh=["Return-Path: <bounce@prime-renew.com>", "X-Mailer: Microsoft Outlook 16.0"],
  trace=[])

D = "Tue, 15 Jul 2025 13:02:19 +0900"
M("phishing/amazon-unauthorized-order-callback-no-link.eml", "Amazon",
  "callback scam: fake high-value order (iPhone) with a phone number to cancel; no link at all; Outlook.com sender",
  addr("Amazon カスタマーサービス", "amazon.cs.jp2025@outlook.com"), "mariko.f@nifty.com",
  "ご注文の確認：Apple iPhone 16 Pro 256GB（注文番号 249-8837162-0091847）", D,
  text="""Amazon.co.jp をご利用いただきありがとうございます。

以下のご注文を承りました。

注文番号：249-8837162-0091847
商品：Apple iPhone 16 Pro 256GB ナチュラルチタニウム
数量：2
合計：￥359,600
お届け先：大阪府大阪市北区梅田3-1-1

このご注文に心当たりがない場合は、24時間以内にカスタマーサービスまでお電話ください。
キャンセル受付：0120-947-318 / 050-5470-2231

Amazon.co.jp
""", cte="base64",
  trace=ISP("mariko.f@nifty.com", "EUR05-AM6-obe.outbound.protection.outlook.com", "52.100.174.210", D, "mx01.nifty.com", "outlook.com", "outlook.com"))

D = "Fri, 25 Jul 2025 17:45:30 +0900"
M("phishing/bec-president-urgent-transfer-lookalike.eml", "社内 (BEC)",
  "BEC: president display name, look-alike company domain (kitano-shouji.co.jp vs kitano-shoji.co.jp), urgent confidential wire transfer, no link; Reply-To to free mail",
  addr("北野 正和", "m.kitano@kitano-shouji.co.jp"), "keiri@kitano-shoji.co.jp",
  "至急のお願い", D,
  text="""経理ご担当者様

お疲れ様です。北野です。

現在、極秘で進めている買収案件があり、本日中に手付金の振込が必要になりました。
詳細は後ほど説明しますので、この件は他の社員には口外しないでください。

振込額：4,850,000円
振込先は追ってお知らせします。本日15時までに対応可能か、このメールに返信してください。

会議中のため電話には出られません。メールでやり取りをお願いします。

北野
""", cs="iso-2022-jp", cte="7bit",
  xh=["Reply-To: m.kitano.ceo@gmail.com"],
  trace=MS("keiri@kitano-shoji.co.jp", "mail.kitano-shouji.co.jp", "104.168.44.210", D, "kitano-shouji.co.jp", "kitano-shouji.co.jp",
           dkim="none", dmarc="none", compauth="softpass", reason=201))

z = zipf([("請求書_2025年8月分.docm", b"PK\x03\x04 dummy macro document placeholder (not real malware)\n")])
D = "Mon, 04 Aug 2025 10:25:17 +0900"
M("phishing/invoice-zip-password-reply-thread-compromised.eml", "取引先 (マルウェア)",
  "Emotet-style reply to a hijacked real thread (Re: quoting earlier mail) from a compromised supplier mailbox (full pass); ZIP attachment with password in body; no link",
  addr("株式会社ミナト資材 営業部 佐藤", "sato@minato-shizai.co.jp", "iso-2022-jp"), "yamaguchi.t@kitano-shoji.co.jp",
  "Re: 7月分お見積りの件", D,
  text="""山口様

いつもお世話になっております。
ご依頼の件、請求書を添付いたしますのでご確認ください。

パスワード：Mz0804

よろしくお願いいたします。

-----Original Message-----
From: 山口 隆 <yamaguchi.t@kitano-shoji.co.jp>
Sent: Thursday, July 24, 2025 3:12 PM
Subject: 7月分お見積りの件

佐藤様
7月分のお見積りをお送りいただけますでしょうか。
""", cs="iso-2022-jp", cte="7bit",
  atts=[att("請求書_0804.zip", z, "application/zip")],
  trace=MS("yamaguchi.t@kitano-shoji.co.jp", "mail.minato-shizai.co.jp", "219.94.128.50", D, "minato-shizai.co.jp", "minato-shizai.co.jp"))

D = "Wed, 13 Aug 2025 08:59:59 +0900"
M("phishing/rakuten-ichiba-order-problem-eucjp.eml", "楽天市場",
  "EUC-JP 8bit; 楽天市場 order-hold lure; combo domain rakuten-ichiba-order.com; display name 楽天市場",
  addr("楽天市場", "order@rakuten-ichiba-order.com", "euc-jp"), "nao.kimura@gmail.com",
  "【楽天市場】ご注文の手続きに問題が発生しました", D,
  text="""楽天市場をご利用いただきありがとうございます。

ご注文いただいた商品の決済処理に問題が発生したため、ご注文を保留しております。
下記より楽天会員情報の確認をお願いいたします。

https://rakuten-ichiba-order.com/myrakuten/

楽天グループ株式会社
""", cs="euc-jp", cte="8bit",
  trace=G("nao.kimura@gmail.com", "mx.rakuten-ichiba-order.com", "172.245.19.87", D, "rakuten-ichiba-order.com", "rakuten-ichiba-order.com", dmarc=None))

D = "Thu, 28 Aug 2025 19:40:41 +0900"
M("phishing/mercari-sales-proceeds-expire.eml", "メルカリ",
  "sales-proceeds expiry lure (売上金の振込申請期限); mercari used as subdomain of invented .bond domain",
  addr("メルカリ", "info@mercari.jp-uriage.bond"), "haru.t.0810@gmail.com",
  "【メルカリ】売上金の振込申請期限のお知らせ", D,
  text="""メルカリをご利用いただきありがとうございます。

お客様の売上金 12,840円 の振込申請期限が近づいております。
期限を過ぎると売上金は失効いたします。

振込申請はこちら：https://mercari.jp-uriage.bond/transfer

株式会社メルカリ
""", cte="quoted-printable",
  trace=G("haru.t.0810@gmail.com", "mail.jp-uriage.bond", "38.180.60.14", D, "jp-uriage.bond", "mercari.jp-uriage.bond", dmarc=None))

D = "Fri, 05 Sep 2025 11:33:45 +0900"
M("phishing/paypay-card-3ds-fullwidth-digits.eml", "PayPayカード",
  "full-width digits and letters in the URL host (ｐａｙｐａｙ-card-3ds.com shown, href ASCII); 3-D Secure re-registration",
  addr("PayPayカード", "no-reply@paypay-card-3ds.com"), "emi.watanabe@icloud.com",
  "【PayPayカード】本人認証サービス（3Dセキュア）再登録のお願い", D,
  html="""<html><body><p>PayPayカードをご利用いただきありがとうございます。</p>
<p>本人認証サービス（3Dセキュア2.0）への移行に伴い、再登録が必要です。<br>２０２５年９月８日までにお手続きください。</p>
<p><a href="https://paypay-card-3ds.com/regist">ｈｔｔｐｓ：／／ｗｗｗ．ｐａｙｐａｙ－ｃａｒｄ．ｃｏ．ｊｐ／ｒｅｇｉｓｔ</a></p>
<p>PayPayカード株式会社</p></body></html>
""", cte="base64",
  trace=G("emi.watanabe@icloud.com", "mta.paypay-card-3ds.com", "45.61.136.44", D, "paypay-card-3ds.com", "paypay-card-3ds.com",
          dkim=[("paypay-card-3ds.com", "pass")], dmarc="pass"))

D = "Mon, 15 Sep 2025 15:05:02 +0900"
M("phishing/au-id-security-forged-kddi-dmarcfail.eml", "au (KDDI)",
  "forged au.com From (DMARC fail, Gmail AR, p=REJECT yet shown); au ID security lure; link on invented au-id-login.com",
  addr("au お客さまサポート", "support@au.com"), "ryota.k@gmail.com",
  "【au】au IDのセキュリティ確認のお願い", D,
  text="""いつもauをご利用いただきありがとうございます。

お客さまのau IDで不正なログインの可能性が検知されました。
安全のため、au IDのパスワード再設定をお願いいたします。

https://au-id-login.com/connect/

KDDI株式会社
""", cte="base64",
  trace=G("ryota.k@gmail.com", "ip-29-81.vps-jp.net", "160.251.29.81", D, "vps-jp.net", "au.com", spf="neutral", dmarc="fail", policy="REJECT"))

D = "Wed, 24 Sep 2025 10:40:27 +0900"
M("phishing/docomo-billing-overdue-sjis.eml", "NTTドコモ",
  "overdue bill with late-fee threat; Shift_JIS quoted-printable; docomo-billing.info domain",
  addr("NTTドコモ", "billing@docomo-billing.info", "shift_jis"), "kaori.mori@docomo.ne.jp",
  "【ドコモ】ご利用料金のお支払い確認のお願い", D,
  text="""ドコモをご利用いただき、ありがとうございます。

8月分のご利用料金のお支払いが確認できておりません。
9月30日までにお支払いがない場合、回線のご利用を停止いたします。

お支払い手続き：https://docomo-billing.info/pay

株式会社NTTドコモ
""", cs="shift_jis", cte="quoted-printable",
  trace=[rcv("mail.docomo-billing.info", "193.233.48.5", "mfsmax.docomo.ne.jp", D, "kaori.mori@docomo.ne.jp")])

D = "Thu, 09 Oct 2025 09:01:19 +0900"
M("phishing/jcb-html-only-cp932-sjis.eml", "JCB",
  "HTML-only Shift_JIS(CP932) with ～ and ㈱; meta charset; link text 'MyJCBにログイン' to myjcb-card-security.com",
  addr("JCBカード", "info@myjcb-card-security.com", "shift_jis"), "j.sakamoto@gmail.com",
  "【JCB】カードご利用の確認について～重要なお知らせ～", D,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<p>いつもJCBカードをご利用いただきありがとうございます。</p>
<p>お客様のカードで、不正利用の可能性がある取引を検知しました。<br>ご利用内容をご確認ください。</p>
<p><a href="https://myjcb-card-security.com/iss-pc/member/user_manage/Login">MyJCBにログイン</a></p>
<p>㈱ジェーシービー</p></body></html>
""", cs="shift_jis", cte="base64",
  trace=G("j.sakamoto@gmail.com", "smtp.myjcb-card-security.com", "91.208.197.33", D, "myjcb-card-security.com", "myjcb-card-security.com", dmarc=None))

D = "Sat, 18 Oct 2025 06:14:36 +0900"
M("phishing/smbc-direct-bank-iso2022-crlf.eml", "三井住友銀行",
  "三井住友銀行 (SMBCダイレクト) lure; ISO-2022-JP; CRLF; look-alike smbc-direct-login.com; raw JIS display name",
  b"From: " + jis("三井住友銀行") + b" <info@smbc-direct-login.com>", "k.tanabe1987@gmail.com",
  "【三井住友銀行】お取引を一時停止しました", D,
  text="""三井住友銀行をご利用いただきありがとうございます。

お客様の口座で第三者による不正利用の可能性が確認されたため、お取引を一時停止しました。
SMBCダイレクトにログインし、ご本人確認をお願いいたします。

https://smbc-direct-login.com/ib/

株式会社三井住友銀行
""", cs="iso-2022-jp", cte="7bit", crlf=True,
  trace=G("k.tanabe1987@gmail.com", "smtp.smbc-direct-login.com", "185.122.204.9", D, "smbc-direct-login.com", "smbc-direct-login.com", dmarc=None))
