# Genuine batch 1: big brands' transactional mails from their real sending domains.
from lib import *

D = "Sat, 18 Jan 2025 10:14:52 +0900"
M("genuine/amazon-order-confirmation-auto-confirm.eml", "Amazon",
  "real auto-confirm@amazon.co.jp order confirmation via Amazon SES; DKIM amazon.co.jp + amazonses.com pass, DMARC pass (Gmail); many links to amazon.co.jp",
  addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), "k.tanabe1987@gmail.com",
  "Amazon.co.jpでのご注文 \"サーモス 真空断熱ケータイマグ...\"", D,
  text="""Amazon.co.jpをご利用いただき、ありがとうございます。
お客様のご注文を承りましたのでお知らせいたします。

注文番号: 250-7731942-4410638
お届け予定: 1月20日 月曜日

サーモス 真空断熱ケータイマグ 500ml ネイビー JOK-500 NVY
数量: 1
価格: ￥2,480

ご注文の状況は、アカウントサービスの「注文履歴」からご確認いただけます。
https://www.amazon.co.jp/gp/css/order-history?ref_=pe_1234_ohist

このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
Amazon.co.jp
""", cte="quoted-printable",
  trace=G("k.tanabe1987@gmail.com", "a27-12.smtp-out.us-west-2.amazonses.com", "54.240.27.12", D, "amazonses.com", "amazon.co.jp",
          dkim=[("amazon.co.jp", "pass"), ("amazonses.com", "pass")], dmarc="pass", policy="QUARANTINE"),
  msgdom="email.amazonses.com")

D = "Mon, 03 Feb 2025 22:48:05 +0900"
M("genuine/amazon-otp-sign-in-code.eml", "Amazon",
  "real one-time sign-in code mail (account-update@amazon.co.jp); urgent wording 'do not share', but no link to log in; DKIM/DMARC pass",
  addr("Amazon.co.jp", "account-update@amazon.co.jp"), "mika.s.0322@gmail.com",
  "Amazon.co.jp: サインインを完了するには", D,
  html="""<html><body>
<p>サインインを完了するには、次のワンタイムパスワード（OTP）を入力してください。</p>
<p style="font-size:24px"><b>804417</b></p>
<p>このOTPは10分間有効です。</p>
<p>サインインしようとしていない場合は、パスワードを変更してください。<br>
Amazonがお客様にパスワード、クレジットカード番号、銀行口座番号の提供を求めることはありません。</p>
<p>Amazon.co.jp</p>
</body></html>
""", cte="quoted-printable",
  trace=G("mika.s.0322@gmail.com", "a11-64.smtp-out.amazonses.com", "54.240.11.64", D, "amazonses.com", "amazon.co.jp",
          dkim=[("amazon.co.jp", "pass"), ("amazonses.com", "pass")], dmarc="pass", policy="QUARANTINE"),
  msgdom="email.amazonses.com")

D = "Wed, 12 Feb 2025 19:05:31 +0900"
M("genuine/amazon-payment-declined-real.eml", "Amazon",
  "real payment-declined notice asking to update the card ('お支払い方法の更新') from payments-update@amazon.co.jp; looks exactly like phishing lures but links only to amazon.co.jp",
  addr("Amazon.co.jp", "payments-update@amazon.co.jp"), "hiroshi-ueda@nifty.com",
  "ご注文のお支払い方法に問題があります", D,
  text="""Amazon.co.jpをご利用いただき、ありがとうございます。

ご注文（注文番号 503-2918374-6620514）のお支払いに使用されたクレジットカードが承認されませんでした。
ご注文を完了するには、2025年2月15日までにお支払い方法を更新してください。

お支払い方法の更新:
https://www.amazon.co.jp/gp/css/order/edit.html?orderID=503-2918374-6620514

期限までに更新されない場合、ご注文はキャンセルされます。
Amazon.co.jp カスタマーサービス
""", cte="base64",
  trace=ISP("hiroshi-ueda@nifty.com", "a48-92.smtp-out.amazonses.com", "54.240.48.92", D, "mx01.nifty.com", "amazonses.com", "amazon.co.jp"),
  msgdom="email.amazonses.com", unsure="sender local part payments-update@ from memory")

D = "Tue, 04 Mar 2025 12:01:18 +0900"
M("genuine/vpass-usage-notice-smbc-card.eml", "三井住友カード (Vpass)",
  "real card usage notice (ご利用のお知らせ) with amount and shop; ISO-2022-JP; DKIM/DMARC pass for vpass.ne.jp",
  addr("三井住友カード", "statement@vpass.ne.jp", "iso-2022-jp"), "mika.s.0322@gmail.com",
  "ご利用のお知らせ【三井住友カード】", D,
  text="""いつも三井住友カードをご利用いただきありがとうございます。
お客様のカードご利用内容をお知らせいたします。

ご利用カード：三井住友カード（NL）
◇利用日：2025/03/04 11:58
◇利用先：セブン－イレブン
◇利用取引：買物
◇利用金額：1,296円

ご利用内容の詳細はVpassアプリ・Vpassでご確認いただけます。
https://www.smbc-card.com/mem/index.jsp

■本メールは送信専用です。
三井住友カード株式会社
""", cs="iso-2022-jp", cte="7bit",
  trace=G("mika.s.0322@gmail.com", "mta-s12.vpass.ne.jp", "210.171.162.12", D, "vpass.ne.jp", "vpass.ne.jp",
          dkim=[("vpass.ne.jp", "pass")], dmarc="pass", policy="REJECT"),
  unsure="statement@ local part and sending IP invented; vpass.ne.jp is the real Vpass domain")

D = "Fri, 14 Mar 2025 09:30:00 +0900"
M("genuine/myjcb-usage-alert-jcb.eml", "JCB (MyJCB)",
  "real JCB card-usage alert ('カードご利用のお知らせ') with shop and amount; CRLF; DKIM/DMARC pass",
  addr("JCB", "mail@qa.jcb.co.jp"), "hiroshi-ueda@nifty.com",
  "JCBカード／ショッピングご利用のお知らせ", D,
  text="""ＪＣＢカードをご利用いただき、ありがとうございます。
ショッピングのご利用がありましたのでお知らせします。

【ご利用日時(日本時間)】　2025/03/14 09:27
【ご利用者】　本会員
【ご利用先】　ＡＭＡＺＯＮ．ＣＯ．ＪＰ
【ご利用金額】　3,980円

ご利用内容の詳細はMyJCBでご確認いただけます。
https://my.jcb.co.jp/

株式会社ジェーシービー
""", cs="iso-2022-jp", cte="7bit", crlf=True,
  trace=ISP("hiroshi-ueda@nifty.com", "mo12.qa.jcb.co.jp", "202.216.232.12", D, "mx01.nifty.com", "qa.jcb.co.jp", "qa.jcb.co.jp"),
  unsure="sender mail@qa.jcb.co.jp from memory (JCB's notice subdomain)")

D = "Thu, 27 Mar 2025 20:16:44 +0900"
M("genuine/rakuten-card-usage-sokuhou.eml", "楽天カード",
  "real 楽天カード利用速報 from info@mail.rakuten-card.co.jp; Shift_JIS quoted-printable; many e-NAVI links; DKIM/DMARC pass",
  addr("楽天カード株式会社", "info@mail.rakuten-card.co.jp", "shift_jis"), "nao.kimura@gmail.com",
  "カード利用のお知らせ(本人ご利用分)", D,
  text="""楽天カードをご利用いただきありがとうございます。
以下の内容でカードのご利用がありましたのでお知らせいたします。

■利用日: 2025/03/27
■利用先: 楽天市場
■利用者: 本人
■支払方法: 1回
■利用金額: 5,478 円

※ご利用内容の詳細は楽天e-NAVIにてご確認ください。
https://www.rakuten-card.co.jp/e-navi/

このメールは送信専用です。
楽天カード株式会社
""", cs="shift_jis", cte="quoted-printable",
  trace=G("nao.kimura@gmail.com", "mail-s21.rakuten-card.co.jp", "133.237.16.21", D, "mail.rakuten-card.co.jp", "mail.rakuten-card.co.jp",
          dkim=[("mail.rakuten-card.co.jp", "pass")], dmarc="pass", policy="REJECT"))

D = "Sun, 06 Apr 2025 07:40:22 +0900"
M("genuine/ekinet-reservation-complete.eml", "えきねっと (JR東日本)",
  "real えきねっと reservation-complete mail with train details; UTF-8 8bit; DKIM/DMARC pass for eki-net.com",
  addr("えきねっと", "info@eki-net.com"), "satoko.minami@gmail.com",
  "【えきねっと】申込完了のお知らせ", D,
  text="""えきねっとをご利用いただき、ありがとうございます。
以下の内容で申込みを承りました。

申込番号：E2504060741
乗車日：2025年4月12日
列車名：はやぶさ 17号
区間：東京 09:36発 → 仙台 11:07着
号車・座席：5号車 8番D席
きっぷ受取方法：新幹線eチケット

内容の確認・変更は「えきねっと」の申込状況照会からお手続きください。
https://www.eki-net.com/

東日本旅客鉄道株式会社
""", cte="8bit",
  trace=G("satoko.minami@gmail.com", "mx-out03.eki-net.com", "210.149.34.103", D, "eki-net.com", "eki-net.com",
          dkim=[("eki-net.com", "pass")], dmarc="pass"),
  unsure="local part info@ and IP invented; eki-net.com is the real domain")

D = "Tue, 15 Apr 2025 08:05:10 +0900"
M("genuine/yamato-delivery-schedule-kuroneko-members.eml", "ヤマト運輸",
  "real お届け予定eメール (クロネコメンバーズ) with tracking number and change-delivery link on kuronekoyamato.co.jp",
  addr("ヤマト運輸", "mail@kuronekoyamato.co.jp"), "c.matsuda@gmail.com",
  "お届け予定eメール", D,
  text="""松田　知恵様

ヤマト運輸です。
お客様へのお荷物のお届け予定をお知らせします。

■お届け予定日時：4月15日　14時～16時
■送り状番号：4738-2291-6604
■ご依頼主：アスクル株式会社　様
■品名：事務用品

お受け取り日時・場所の変更はこちら
https://member.kms.kuronekoyamato.co.jp/

※このメールは送信専用です。ご返信いただいてもお答えできません。
ヤマト運輸株式会社
""", cs="iso-2022-jp", cte="7bit",
  trace=G("c.matsuda@gmail.com", "mo-a04.kuronekoyamato.co.jp", "210.253.24.4", D, "kuronekoyamato.co.jp", "kuronekoyamato.co.jp",
          dkim=[("kuronekoyamato.co.jp", "pass")], dmarc="pass"),
  unsure="mail@ local part and member.kms subdomain from memory")

D = "Fri, 25 Apr 2025 13:44:51 +0900"
M("genuine/yucho-direct-login-notice.eml", "ゆうちょ銀行",
  "real ゆうちょダイレクト login notice ('ログインがありました'); advises to contact if not you; no login link; DMARC pass",
  addr("ゆうちょ銀行", "yuchodirect@jp-bank.japanpost.jp", "iso-2022-jp"), "t.okada@ezweb.ne.jp",
  "【ゆうちょ銀行】ゆうちょダイレクトへのログインのお知らせ", D,
  text="""いつもゆうちょダイレクトをご利用いただきありがとうございます。

ゆうちょダイレクトへのログインがありましたのでお知らせします。

ログイン日時：2025年4月25日 13時44分

お客さまご自身のログインでない場合は、お手数ですが、ゆうちょダイレクトサポートデスクまでご連絡ください。

なお、ゆうちょ銀行では、電子メールでお客さまのパスワード等の入力を求めることはありません。

株式会社ゆうちょ銀行
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("t.okada@ezweb.ne.jp", "mailgw2.jp-bank.japanpost.jp", "210.162.104.61", D, "mx.ezweb.ne.jp", "jp-bank.japanpost.jp", "jp-bank.japanpost.jp"),
  unsure="local part yuchodirect@ invented")

D = "Mon, 12 May 2025 10:22:37 +0900"
M("genuine/mufg-ib-login-notice.eml", "三菱UFJ銀行",
  "real 三菱UFJダイレクト login/transfer notice from bk.mufg.jp; Shift_JIS base64; DKIM pass",
  addr("三菱UFJ銀行", "direct@bk.mufg.jp", "shift_jis"), "akiko.y@gmail.com",
  "【三菱UFJ銀行】振込受付のお知らせ", D,
  text="""三菱UFJダイレクトをご利用いただき、ありがとうございます。
以下の内容で振込を受け付けました。

受付日時：2025年05月12日 10:22
振込先：みずほ銀行 渋谷支店 普通 ****482
受取人名：ヤマダ　タロウ
振込金額：30,000円
手数料：0円

お心当たりがない場合は、三菱UFJ銀行 不正取引専用ダイヤルへご連絡ください。

株式会社三菱UFJ銀行
""", cs="shift_jis", cte="base64",
  trace=G("akiko.y@gmail.com", "mx1.bk.mufg.jp", "153.150.68.11", D, "bk.mufg.jp", "bk.mufg.jp",
          dkim=[("bk.mufg.jp", "pass")], dmarc="pass", policy="REJECT"),
  unsure="local part direct@ and IP invented; bk.mufg.jp is the bank's domain")

D = "Sat, 24 May 2025 18:09:15 +0900"
M("genuine/sbi-sec-login-notice-info.eml", "SBI証券",
  "real SBI証券 login notification from info@sbisec.co.jp including IP address and 'if not you' advice; M365 AR pass",
  addr("SBI証券", "info@sbisec.co.jp"), "kenji.arai@example-ikkyo.co.jp",
  "【SBI証券】ログインのお知らせ", D,
  text="""SBI証券をご利用いただき誠にありがとうございます。

お客様のアカウントでログインがありましたのでお知らせいたします。

ログイン日時：2025/05/24 18:08
ご利用環境：Windows / Chrome
IPアドレス：126.xx.xx.xx

お心当たりがない場合は、至急パスワードの変更を行い、カスタマーサービスセンターまでご連絡ください。

株式会社SBI証券
https://www.sbisec.co.jp/
""", cte="base64",
  trace=MS("kenji.arai@example-ikkyo.co.jp", "mail-out4.sbisec.co.jp", "202.214.86.74", D, "sbisec.co.jp", "sbisec.co.jp"))

D = "Wed, 04 Jun 2025 06:30:02 +0900"
M("genuine/rakuten-sec-mfa-mandatory-announcement.eml", "楽天証券",
  "real-style 2025 announcement that multi-factor authentication becomes mandatory, with deadline (same wording as lures); links to rakuten-sec.co.jp only",
  addr("楽天証券", "info@mail.rakuten-sec.co.jp"), "sho.tamura@yahoo.co.jp",
  "【楽天証券】多要素認証の必須化について（重要）", D,
  text="""楽天証券をご利用いただき、ありがとうございます。

フィッシング詐欺による不正取引の被害拡大を受け、当社ではログイン時の多要素認証を必須化いたします。

■必須化予定日：2025年6月下旬
■対象：全てのお客様

必須化以降は、多要素認証の設定を行わないとログインできなくなります。
事前の設定をお願いいたします。設定方法は当社ウェブサイトをご確認ください。
https://www.rakuten-sec.co.jp/

※当社からのメールやSMSに記載されたリンクからログインさせることはございません。
　必ずブックマークや公式アプリからアクセスしてください。

楽天証券株式会社
""", cte="quoted-printable",
  trace=ISP("sho.tamura@yahoo.co.jp", "mo24.mail.rakuten-sec.co.jp", "202.32.115.24", D, "mta1.mail.yahoo.co.jp", "mail.rakuten-sec.co.jp", "mail.rakuten-sec.co.jp"),
  unsure="mail.rakuten-sec.co.jp subdomain unverified")

D = "Thu, 19 Jun 2025 12:11:40 +0900"
M("genuine/paypay-payment-completed.eml", "PayPay",
  "real-style PayPay payment completed notice with amount and store; HTML multipart; DKIM pass for paypay.ne.jp",
  addr("PayPay", "no-reply@paypay.ne.jp"), "emi.watanabe@icloud.com",
  "【PayPay】支払い完了のお知らせ", D,
  text="""PayPayをご利用いただきありがとうございます。

以下の内容で支払いが完了しました。
支払い日時：2025年6月19日 12:11
支払い先：ローソン 新宿三丁目店
支払い金額：648円
支払い方法：PayPay残高

PayPay株式会社
""", html="""<html><body><p>PayPayをご利用いただきありがとうございます。</p><p>以下の内容で支払いが完了しました。</p>
<table><tr><td>支払い日時</td><td>2025年6月19日 12:11</td></tr><tr><td>支払い先</td><td>ローソン 新宿三丁目店</td></tr>
<tr><td>支払い金額</td><td>648円</td></tr><tr><td>支払い方法</td><td>PayPay残高</td></tr></table>
<p><a href="https://paypay.ne.jp/help/">ヘルプ</a></p><p>PayPay株式会社</p></body></html>
""", cte="base64",
  trace=G("emi.watanabe@icloud.com", "o1.ptr1234.paypay.ne.jp", "149.72.120.44", D, "em.paypay.ne.jp", "paypay.ne.jp",
          dkim=[("paypay.ne.jp", "pass")], dmarc="pass"),
  unsure="sender no-reply@paypay.ne.jp and SendGrid-style bounce domain are guesses")

D = "Mon, 30 Jun 2025 21:55:17 +0900"
M("genuine/mercari-item-sold-notice.eml", "メルカリ",
  "real メルカリ 'sold' notice asking to ship; link to jp.mercari.com; DKIM pass",
  addr("メルカリ", "no-reply@mercari.jp"), "haru.t.0810@gmail.com",
  "商品が購入されました", D,
  text="""はるさん

あなたの出品した商品が購入されました。
購入者の支払いが完了しましたので、商品の発送をお願いします。

商品名：ノースフェイス ヌプシ ジャケット Mサイズ
販売価格：¥18,500

取引画面から発送方法をご確認ください。
https://jp.mercari.com/transaction/m83920174552

メルカリ
""", cte="base64",
  trace=G("haru.t.0810@gmail.com", "mail-a12.mercari.jp", "198.2.177.12", D, "mercari.jp", "mercari.jp",
          dkim=[("mercari.jp", "pass")], dmarc="pass"),
  unsure="sending host/IP invented")

D = "Tue, 08 Jul 2025 09:00:03 +0900"
M("genuine/docomo-d-account-security-code.eml", "NTTドコモ (dアカウント)",
  "real dアカウント two-step security code mail; short; no links; DKIM pass for docomo.ne.jp",
  addr("NTTドコモ", "daccount@docomo.ne.jp"), "kaori.mori@docomo.ne.jp",
  "dアカウント セキュリティコード", D,
  text="""dアカウントのセキュリティコードをお知らせします。

セキュリティコード：482913

このセキュリティコードの有効期限は発行後30分です。
このメールにお心当たりのない場合は、他の方がお客様のIDでログインしようとしている可能性があります。
パスワードの変更をおすすめします。

株式会社NTTドコモ
""", cs="iso-2022-jp", cte="7bit",
  trace=[rcv("mgw-d01.docomo.ne.jp", "203.138.180.71", "mfsmax.docomo.ne.jp", D, "kaori.mori@docomo.ne.jp")],
  unsure="local part daccount@ invented")

D = "Fri, 18 Jul 2025 17:03:44 +0900"
M("genuine/softbank-billing-confirmed.eml", "SoftBank",
  "real My SoftBank monthly billing-amount notice (ご請求金額確定のお知らせ) with link to my.softbank.jp",
  addr("ソフトバンク", "info@mail.softbank.jp"), "m.hayashi55@gmail.com",
  "【ソフトバンク】ご請求金額確定のお知らせ", D,
  text="""いつもソフトバンクをご利用いただきありがとうございます。

2025年6月分のご請求金額が確定しましたのでお知らせします。

ご請求金額：6,732円（税込）
お支払い方法：クレジットカード
お支払い日：2025年7月28日

明細はMy SoftBankでご確認いただけます。
https://my.softbank.jp/msb/d/top

ソフトバンク株式会社
""", cte="quoted-printable",
  trace=G("m.hayashi55@gmail.com", "mo-sb12.mail.softbank.jp", "126.245.14.12", D, "mail.softbank.jp", "mail.softbank.jp",
          dkim=[("mail.softbank.jp", "pass")], dmarc="pass"),
  unsure="mail.softbank.jp sender subdomain unverified")

D = "Sun, 27 Jul 2025 15:26:08 +0900"
M("genuine/apple-receipt-icloud-plus.eml", "Apple",
  "real Apple receipt (iCloud+ subscription) from no_reply@email.apple.com; HTML-only; 'if you did not make this purchase' link to reportaproblem.apple.com",
  addr("Apple", "no_reply@email.apple.com"), "m.inoue@icloud.com",
  "Appleからの領収書です", D,
  html="""<html><body style="font-family:-apple-system,'Hiragino Sans',sans-serif">
<h2>領収書</h2>
<p>Apple Account: m.inoue@icloud.com<br>日付: 2025年7月27日<br>注文番号: MQ8ZK41LPD</p>
<table><tr><td>iCloud+ 200GB（月額）</td><td>¥450</td></tr><tr><td>合計</td><td>¥450</td></tr></table>
<p>この購入に心当たりがない場合は、<a href="https://reportaproblem.apple.com/">reportaproblem.apple.com</a> で問題を報告してください。</p>
<p><a href="https://support.apple.com/ja-jp/billing">購入および請求についてのサポート</a></p>
<p>Apple Japan合同会社</p>
</body></html>
""", cte="quoted-printable",
  trace=G("m.inoue@icloud.com", "rn2-txn-msbadger06105.apple.com", "17.111.110.47", D, "email.apple.com", "email.apple.com",
          dkim=[("email.apple.com", "pass")], dmarc="pass", policy="QUARANTINE"))

D = "Wed, 06 Aug 2025 02:13:29 +0900"
M("genuine/microsoft-account-security-code.eml", "Microsoft",
  "real Microsoft account security code from account-security-noreply@accountprotection.microsoft.com; sent at 2 a.m.; M365 AR pass",
  addr("Microsoft アカウント チーム", "account-security-noreply@accountprotection.microsoft.com"), "a.takeuchi@outlook.com",
  "Microsoft アカウントのセキュリティ コード", D,
  text="""Microsoft アカウント

セキュリティ コード

Microsoft アカウント a*****@outlook.com には、次のセキュリティ コードを使用してください。

セキュリティ コード: 6018

このコードに心当たりがない場合は、このメールを無視してかまいません。誰かが間違ってあなたのメール アドレスを入力した可能性があります。

ありがとうございます。
Microsoft アカウント チーム
""", cte="quoted-printable",
  trace=MS("a.takeuchi@outlook.com", "BN8NAM12HT234.eop-nam12.prod.protection.outlook.com", "40.92.21.14", D,
           "accountprotection.microsoft.com", "accountprotection.microsoft.com"))

D = "Thu, 14 Aug 2025 23:40:11 +0900"
M("genuine/google-security-alert-new-signin.eml", "Google",
  "real Google security alert (new sign-in on Windows) from no-reply@accounts.google.com; button 'アクティビティを確認' to myaccount.google.com",
  addr("Google", "no-reply@accounts.google.com"), "haru.t.0810@gmail.com",
  "セキュリティ通知", D,
  text="""Windows デバイスでの新しいログイン
haru.t.0810@gmail.com

Google アカウントへの新しいログインがありました。ご自身でログインした場合は、何もする必要はありません。ご自身でログインしていない場合は、Google がアカウントの保護をお手伝いします。

アクティビティを確認
https://accounts.google.com/AccountChooser?Email=haru.t.0810@gmail.com&continue=https://myaccount.google.com/alert/nt/1755182411000

このメールは、Google アカウントとサービスの重要な変更についてお知らせするために送信されました。
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", cte="base64",
  trace=G("haru.t.0810@gmail.com", "mail-sor-f69.google.com", "209.85.220.69", D, "accounts.google.com", "accounts.google.com",
          dkim=[("accounts.google.com", "pass")], dmarc="pass", policy="REJECT"))

D = "Mon, 25 Aug 2025 07:55:40 +0900"
M("genuine/netflix-payment-failed-update.eml", "Netflix",
  "real Netflix payment-failure mail ('お支払いに問題があります') with 'update payment' button, from info@account.netflix.com; phishing-like content",
  addr("Netflix", "info@account.netflix.com"), "rie.ogawa@gmail.com",
  "お支払い情報を更新してください", D,
  text="""お支払いに問題があります

次回のお支払いを処理できませんでした。お支払い情報を更新して、Netflixを引き続きお楽しみください。

お支払い情報を更新
https://www.netflix.com/YourAccountPayment

ご不明な点がございましたら、ヘルプセンターをご覧ください。
https://help.netflix.com/

Netflix
""", html="""<html><body><h2>お支払いに問題があります</h2><p>次回のお支払いを処理できませんでした。お支払い情報を更新して、Netflixを引き続きお楽しみください。</p>
<p><a href="https://www.netflix.com/YourAccountPayment?g=5C2A11&lkid=UPDATE_PAYMENT">お支払い情報を更新</a></p>
<p><a href="https://help.netflix.com/">ヘルプセンター</a></p></body></html>
""", cte="quoted-printable",
  trace=G("rie.ogawa@gmail.com", "omta-ss2-sp-207.netflix.com", "54.240.3.15", D, "bounces.netflix.com", "account.netflix.com",
          dkim=[("account.netflix.com", "pass")], dmarc="pass", policy="REJECT"),
  unsure="bounce domain/IP invented")

D = "Tue, 02 Sep 2025 11:20:55 +0900"
M("genuine/nta-etax-message-box-notice.eml", "国税庁 (e-Tax)",
  "real e-Tax メッセージボックス notice: says a message arrived, no link text to log in beyond e-tax.nta.go.jp; go.jp sender, DMARC pass",
  addr("e-Tax", "info@e-tax.nta.go.jp", "iso-2022-jp"), "j.sakamoto@gmail.com",
  "【e-Tax】メッセージボックスへの格納のお知らせ", D,
  text="""e-Taxをご利用いただきありがとうございます。

メッセージボックスに新しいメッセージが格納されました。
e-Taxソフト（WEB版）等にログインの上、ご確認ください。

なお、国税庁・国税局・税務署から、メールで納税を求めたり、金融機関・クレジットカードの情報を求めることはありません。

国税庁 e-Tax
https://www.e-tax.nta.go.jp/
""", cs="iso-2022-jp", cte="7bit",
  trace=G("j.sakamoto@gmail.com", "mail.e-tax.nta.go.jp", "160.17.1.66", D, "e-tax.nta.go.jp", "e-tax.nta.go.jp",
          dkim=[("e-tax.nta.go.jp", "pass")], dmarc="pass", policy="REJECT"),
  unsure="sender local part/IP invented")

D = "Fri, 12 Sep 2025 16:45:12 +0900"
M("genuine/ana-mileage-expiry-reminder.eml", "ANA",
  "real-style ANA mileage-expiry reminder (same theme as lures); HTML via Salesforce Marketing Cloud click-tracking (click.mail.ana.co.jp); DKIM pass",
  addr("ANA", "ana-mileage@mail.ana.co.jp"), "ryota.k@gmail.com",
  "【ANAマイレージクラブ】マイル有効期限のお知らせ", D,
  text="""ANAマイレージクラブ会員の皆様

2025年10月末に有効期限を迎えるマイルがございます。
有効期限：2025年10月31日
失効予定マイル：4,210マイル

マイルは特典航空券やANA SKYコインなどにご利用いただけます。
https://click.mail.ana.co.jp/?qs=7f3a2c9e18b4d0a6

ANAマイレージクラブ
""", html="""<html><body><p>ANAマイレージクラブ会員の皆様</p><p>2025年10月末に有効期限を迎えるマイルがございます。</p>
<p>失効予定マイル：<b>4,210マイル</b>（有効期限：2025年10月31日）</p>
<p><a href="https://click.mail.ana.co.jp/?qs=7f3a2c9e18b4d0a6">マイルの使い道を見る</a></p>
<img src="https://view.mail.ana.co.jp/?qs=open1a2b" width="1" height="1"></body></html>
""", cte="quoted-printable",
  trace=G("ryota.k@gmail.com", "mta-ana.mail.ana.co.jp", "13.111.64.22", D, "bounce.mail.ana.co.jp", "mail.ana.co.jp",
          dkim=[("mail.ana.co.jp", "pass")], dmarc="pass"),
  unsure="mail.ana.co.jp subdomain and SFMC click host are guesses")

D = "Mon, 22 Sep 2025 10:02:33 +0900"
M("genuine/tepco-kurashi-usage-notice.eml", "東京電力エナジーパートナー",
  "real-style くらしTEPCO web monthly usage/bill notice; ISO-2022-JP; link to kurashi.tepco.co.jp",
  addr("くらしTEPCO web", "info@kurashi.tepco.co.jp", "iso-2022-jp"), "tkd_yoshio@ybb.ne.jp",
  "【くらしTEPCO web】9月分の電気料金のお知らせ", D,
  text="""いつも東京電力エナジーパートナーをご利用いただき、ありがとうございます。

9月分の電気料金が確定しました。
ご使用量：312kWh
ご請求金額：10,486円
お支払い予定日：2025年10月2日（口座振替）

詳細はくらしTEPCO webでご確認ください。
https://www.kurashi.tepco.co.jp/

東京電力エナジーパートナー株式会社
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("tkd_yoshio@ybb.ne.jp", "mo.kurashi.tepco.co.jp", "210.148.91.40", D, "mx.ybb.ne.jp", "kurashi.tepco.co.jp", "kurashi.tepco.co.jp"),
  unsure="sender address on kurashi.tepco.co.jp unverified")

D = "Wed, 01 Oct 2025 09:15:00 +0900"
M("genuine/etc-meisai-monthly-statement-ready.eml", "ETC利用照会サービス",
  "real-style ETC利用照会サービス notice that the month's usage statement is available; etc-meisai.jp; Shift_JIS",
  addr("ETC利用照会サービス", "mail@etc-meisai.jp", "shift_jis"), "tkd_yoshio@ybb.ne.jp",
  "ETC利用照会サービス 利用明細確定のお知らせ", D,
  text="""ETC利用照会サービスをご利用いただきありがとうございます。

2025年9月分の利用明細が確定しましたのでお知らせします。
ログインの上、ご確認ください。

https://www.etc-meisai.jp/

※このメールは送信専用アドレスから配信しています。
ETC利用照会サービス事務局
""", cs="shift_jis", cte="8bit",
  trace=ISP("tkd_yoshio@ybb.ne.jp", "mail.etc-meisai.jp", "150.95.24.8", D, "mx.ybb.ne.jp", "etc-meisai.jp", "etc-meisai.jp"),
  unsure="whether ETC利用照会 sends this exact notice and from which local part")

D = "Sat, 11 Oct 2025 13:33:21 +0900"
M("genuine/line-login-new-device-notice.eml", "LINE (LINEヤフー)",
  "real-style LINE new-device login notice; says to change password if not you; link to line.me help",
  addr("LINE", "no-reply@line.me"), "y.ishida@gmail.com",
  "[LINE] 新しい端末でログインしました", D,
  text="""お使いのLINEアカウントに新しい端末からログインがありました。

日時：2025/10/11 13:32
端末：iPad

心当たりがない場合は、すぐにパスワードを変更してください。
https://help.line.me/line/?contentId=20000074

LINEヤフー株式会社
""", cte="base64",
  trace=G("y.ishida@gmail.com", "mail-out.line.me", "147.92.146.10", D, "line.me", "line.me",
          dkim=[("line.me", "pass")], dmarc="pass"),
  unsure="LINE sender address and IP unverified")
