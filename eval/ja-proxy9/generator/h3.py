# Genuine batch 3: more brand notices that read like lures, forwarded/quoted content, odd encodings.
from lib import *

D = "Wed, 29 Jan 2025 14:03:11 +0900"
M("genuine/sagawa-delivery-notice-smart-club.eml", "佐川急便",
  "real-style 佐川急便 お届け予定 notice (SMART Club) with tracking link on sagawa-exp.co.jp; Shift_JIS",
  addr("佐川急便", "info@ds.sagawa-exp.co.jp", "shift_jis"), "hiroshi-ueda@nifty.com",
  "【佐川急便】お荷物お届けのお知らせ", D,
  text="""上田 浩 様

佐川急便です。
お客様宛のお荷物を本日お届け予定です。

お問い合せ送り状No.：3601-2284-9915
お届け予定日：1月29日
時間帯：18時～20時
ご依頼主：株式会社ニトリ

お届け日時の変更は以下から。
https://www.sagawa-exp.co.jp/

佐川急便株式会社
""", cs="shift_jis", cte="8bit",
  trace=ISP("hiroshi-ueda@nifty.com", "mail.ds.sagawa-exp.co.jp", "210.230.73.10", D, "mx01.nifty.com", "ds.sagawa-exp.co.jp", "ds.sagawa-exp.co.jp"),
  unsure="ds.sagawa-exp.co.jp sender subdomain is a guess")

D = "Sun, 09 Feb 2025 16:50:00 +0900"
M("genuine/japanpost-e-oshirase-redelivery.eml", "日本郵便",
  "real-style 郵便局 e-お知らせ / 不在 notice with redelivery link on japanpost.jp; ISO-2022-JP",
  addr("日本郵便", "noreply@mail.japanpost.jp", "iso-2022-jp"), "m.inoue@gmail.com",
  "【日本郵便】ご不在のため持ち戻りました（ゆうパック）", D,
  text="""井上 真理 様

本日ゆうパックをお届けにまいりましたが、ご不在でしたので持ち戻りました。

お問い合わせ番号：6613-4027-8852
差出人：株式会社千趣会
保管期限：2月16日

再配達のお申し込みは以下からお願いいたします。
https://trackings.post.japanpost.jp/delivery/deli/

日本郵便株式会社
""", cs="iso-2022-jp", cte="7bit",
  trace=G("m.inoue@gmail.com", "mo12.mail.japanpost.jp", "153.156.22.12", D, "mail.japanpost.jp", "mail.japanpost.jp",
          dkim=[("mail.japanpost.jp", "pass")], dmarc="pass"),
  unsure="mail.japanpost.jp sender unverified (redelivery path on japanpost.jp is real)")

D = "Fri, 21 Feb 2025 11:01:41 +0900"
M("genuine/mizuho-direct-important-info-change.eml", "みずほ銀行",
  "real-style みずほダイレクト notice that registered e-mail/phone was changed; security wording, no link besides mizuhobank.co.jp",
  addr("みずほ銀行", "info@mizuhobank.co.jp", "iso-2022-jp"), "s.nakagawa@outlook.jp",
  "【みずほ銀行】お届け情報変更のお知らせ", D,
  text="""みずほダイレクトをご利用いただき、ありがとうございます。

お客さまのお届け情報（メールアドレス）の変更を受け付けました。
受付日時：2025年2月21日 11時00分

本お手続きにお心当たりのない場合は、みずほダイレクトヘルプデスクまでご連絡ください。
みずほ銀行では、メールでお客さまの暗証番号等をお尋ねすることはありません。

https://www.mizuhobank.co.jp/
株式会社みずほ銀行
""", cs="iso-2022-jp", cte="7bit",
  trace=MS("s.nakagawa@outlook.jp", "mx.mizuhobank.co.jp", "210.229.18.60", D, "mizuhobank.co.jp", "mizuhobank.co.jp"),
  unsure="sender local part/IP invented")

D = "Mon, 03 Mar 2025 09:12:00 +0900"
M("genuine/resona-transfer-completed.eml", "りそな銀行",
  "real-style りそな振込受付完了 notice; CRLF; Shift_JIS QP",
  addr("りそな銀行", "resona-info@resonabank.co.jp", "shift_jis"), "yamaguchi.t@kitano-shoji.co.jp",
  "【りそな銀行】お振込受付のお知らせ", D,
  text="""りそなマイゲートをご利用いただき、ありがとうございます。
以下のお振込を受け付けました。

受付日時：2025年03月03日 09時11分
お振込先：ミナト資材（カ
お振込金額：128,400円

お心当たりのない場合は、りそなマイゲートヘルプデスクへご連絡ください。
株式会社りそな銀行
""", cs="shift_jis", cte="quoted-printable", crlf=True,
  trace=MS("yamaguchi.t@kitano-shoji.co.jp", "mail.resonabank.co.jp", "211.13.201.40", D, "resonabank.co.jp", "resonabank.co.jp"),
  unsure="sender local part invented")

D = "Thu, 13 Mar 2025 20:20:20 +0900"
M("genuine/monex-trade-execution-notice.eml", "マネックス証券",
  "real-style 約定通知 (trade execution) from monex.co.jp; numbers and tickers; EUC-JP",
  addr("マネックス証券", "info@monex.co.jp", "euc-jp"), "j.sakamoto@gmail.com",
  "【マネックス証券】約定のお知らせ", D,
  text="""マネックス証券をご利用いただきありがとうございます。

以下のご注文が約定しました。

銘柄：トヨタ自動車（7203）
売買：現物買
約定数量：100株
約定単価：2,684.5円
約定日時：2025/03/13 14:58

詳細は会員画面でご確認ください。
https://www.monex.co.jp/

マネックス証券株式会社
""", cs="euc-jp", cte="8bit",
  trace=G("j.sakamoto@gmail.com", "mail.monex.co.jp", "210.171.8.101", D, "monex.co.jp", "monex.co.jp",
          dkim=[("monex.co.jp", "pass")], dmarc="pass"),
  unsure="sender local part/IP invented")

D = "Tue, 25 Mar 2025 07:30:00 +0900"
M("genuine/nomura-security-2fa-setup-reminder.eml", "野村證券",
  "real-style reminder to set up 2-factor auth (2025 wave) — same theme as lures; tells users to use the app/bookmark; no login link",
  addr("野村證券", "nomura-info@nomura.co.jp", "iso-2022-jp"), "mariko.f@nifty.com",
  "【野村證券】多要素認証の設定をお願いします", D,
  text="""野村證券をご利用いただき、ありがとうございます。

インターネット取引サービスの不正アクセス被害が他社で発生していることを受け、
当社では多要素認証の設定をお願いしております。

設定は、ブックマークまたは公式アプリから「野村證券 オンラインサービス」にログインし、
「各種設定」からお手続きください。
当社からのメールに記載したリンクからログインを求めることはありません。

野村證券株式会社
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("mariko.f@nifty.com", "mail.nomura.co.jp", "202.232.3.40", D, "mx01.nifty.com", "nomura.co.jp", "nomura.co.jp"),
  unsure="sender local part invented")

D = "Sat, 05 Apr 2025 13:00:00 +0900"
M("genuine/jal-booking-confirmation.eml", "JAL",
  "real-style JAL domestic booking confirmation from jal.com with e-ticket details and app link",
  addr("JAL", "jal_booking@jal.com"), "ryota.k@gmail.com",
  "【JAL】ご予約確認（国内線）", D,
  text="""JALをご利用いただきありがとうございます。
ご予約内容をお知らせいたします。

予約番号：K8P2QZ
4月20日 JL903 羽田 07:35 → 那覇 10:30　普通席
搭乗者：カジワラ リョウタ 様

ご予約の確認・座席指定は以下から
https://www.jal.co.jp/jp/ja/dom/

日本航空株式会社
""", cte="base64",
  trace=G("ryota.k@gmail.com", "mail.jal.com", "150.27.140.12", D, "jal.com", "jal.com",
          dkim=[("jal.com", "pass")], dmarc="pass"),
  unsure="jal_booking@jal.com local part is a guess")

D = "Thu, 17 Apr 2025 22:45:10 +0900"
M("genuine/kepco-hapie-bill-notice.eml", "関西電力",
  "real-style はぴeみる電 monthly bill notice from kepco.co.jp; HTML + text",
  addr("関西電力 はぴeみる電", "hapie@kepco.co.jp"), "yamaguchi.t@gmail.com",
  "【はぴeみる電】4月分の電気料金が確定しました", D,
  text="""関西電力をご利用いただきありがとうございます。
4月分の電気料金が確定しました。

ご使用量：228kWh
ご請求金額：7,186円

詳細ははぴeみる電でご確認ください。
https://home.kepco.co.jp/

関西電力株式会社
""", html="""<html><body><p>関西電力をご利用いただきありがとうございます。</p><p>4月分の電気料金が確定しました。</p>
<p>ご使用量：228kWh<br>ご請求金額：7,186円</p><p><a href="https://home.kepco.co.jp/">はぴeみる電で詳細を見る</a></p></body></html>
""", cte="quoted-printable",
  trace=G("yamaguchi.t@gmail.com", "mail.kepco.co.jp", "210.136.33.12", D, "kepco.co.jp", "kepco.co.jp",
          dkim=[("kepco.co.jp", "pass")], dmarc="pass"),
  unsure="sender local part hapie@ invented")

D = "Sun, 27 Apr 2025 10:00:00 +0900"
M("genuine/myna-portal-notification-digital-go-jp.eml", "マイナポータル (デジタル庁)",
  "real-style マイナポータル お知らせ notice (new message), from a go.jp domain, tells user to open the official app",
  addr("マイナポータル", "no-reply@myna.go.jp", "iso-2022-jp"), "m.hayashi55@gmail.com",
  "【マイナポータル】お知らせが届いています", D,
  text="""マイナポータルに新しいお知らせが届いています。
マイナポータルアプリまたはマイナポータルのウェブサイトにログインしてご確認ください。

https://myna.go.jp/

※このメールに返信されても、お答えできません。
※マイナポータルから、ポイント付与等を理由に口座情報やパスワードをメールで求めることはありません。

デジタル庁
""", cs="iso-2022-jp", cte="7bit",
  trace=G("m.hayashi55@gmail.com", "mail.myna.go.jp", "160.17.98.4", D, "myna.go.jp", "myna.go.jp",
          dkim=[("myna.go.jp", "pass")], dmarc="pass"),
  unsure="sender address on myna.go.jp unverified")

D = "Wed, 07 May 2025 08:08:00 +0900"
M("genuine/au-pay-card-usage-notice.eml", "au PAY カード (KDDI)",
  "real-style au PAY カード usage notice; ISO-2022-JP; link to aupay.wallet.auone.jp",
  addr("au PAY カード", "info@aupaycard.jp", "iso-2022-jp"), "ryota.k@au.com",
  "【au PAY カード】カードご利用のお知らせ", D,
  text="""au PAY カードをご利用いただきありがとうございます。

ご利用日時：2025/05/07 08:05
ご利用金額：1,540円
ご利用先：ＪＲ東日本　モバイルＳｕｉｃａ

ご利用内容はau PAY アプリでご確認いただけます。

auフィナンシャルサービス株式会社
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("ryota.k@au.com", "mail.aupaycard.jp", "27.86.113.30", D, "mx.au.com", "aupaycard.jp", "aupaycard.jp"),
  unsure="aupaycard.jp sender domain unverified")

D = "Sat, 17 May 2025 12:40:00 +0900"
M("genuine/father-forwards-bank-phish-asking.eml", "家族からの相談 (転送)",
  "father forwards a suspected bank phishing e-mail (Fwd:) including the original From and link, asking whether to click; ybb.ne.jp sender; ISO-2022-JP",
  addr("高田 義男", "tkd_yoshio@ybb.ne.jp", "iso-2022-jp"), "tkd.akira@gmail.com",
  "Fwd: 【三菱UFJ銀行】お取引目的の確認", D,
  text="""明へ

こんなメールが来たけど、三菱UFJには口座がないはずなんだが。
リンクは押していない。詐欺だよな？

---------- 転送メッセージ ----------
From: 三菱UFJ銀行 <mufg-kakunin@mufgbank-kyc.com>
Date: 2025年5月17日(土) 9:14
Subject: 【三菱UFJ銀行】お取引目的の確認

お客様の口座について、お取引目的の確認が必要です。
https://mufgbank-kyc.com/ib/
-----------------------------------

父
""", cs="iso-2022-jp", cte="7bit",
  trace=G("tkd.akira@gmail.com", "mta.ybb.ne.jp", "182.22.24.60", D, "ybb.ne.jp", "ybb.ne.jp",
          dkim=[("ybb.ne.jp", "pass")], dmarc="pass"))

D = "Tue, 27 May 2025 17:05:22 +0900"
M("genuine/university-it-center-phish-alert.eml", "大学 情報基盤センター (注意喚起)",
  "university IT center alert quoting a fake webmail quota phishing mail, includes the fake sender and URL in text; ac.jp; UTF-8 QP",
  addr("情報基盤センター", "helpdesk@itc.example-u.ac.jp"), "students-all@ml.example-u.ac.jp",
  "【重要】大学メールを装ったフィッシングメールにご注意ください", D,
  text="""学生・教職員の皆様

情報基盤センターです。
現在、「メールボックスの容量が上限に達しました」という件名で、大学のメールシステムを装ったフィッシングメールが送られています。

■ 確認されているメールの特徴
差出人：Webmail 管理者 <admin@example-u-webmail.com>
本文中のURL：https://example-u-webmail.com/quota/upgrade（※アクセスしないでください）

本センターがメールでパスワード入力を求めることはありません。
入力してしまった場合は、直ちにパスワードを変更し、helpdesk までご連絡ください。

情報基盤センター ヘルプデスク
""", cte="quoted-printable",
  xh=["List-Id: <students-all.ml.example-u.ac.jp>", "Precedence: bulk"],
  trace=G("haru.t.0810@gmail.com", "mx.ml.example-u.ac.jp", "133.11.10.45", D, "ml.example-u.ac.jp", "itc.example-u.ac.jp",
          dkim=[("itc.example-u.ac.jp", "pass")], dmarc="pass"),
  unsure="university domain invented")

D = "Fri, 06 Jun 2025 11:11:00 +0900"
M("genuine/rakuten-ichiba-order-from-shop.eml", "楽天市場 (出店店舗)",
  "楽天市場 order confirmation sent by the shop via the Rakuten relay address (@shop.rakuten.co.jp style); Shift_JIS; many item details",
  addr("雑貨のお店 こもれび 楽天市場店", "komorebi-zakka@shop.rakuten.co.jp", "shift_jis"), "nao.kimura@gmail.com",
  "【楽天市場】注文内容ご確認（自動配信メール）", D,
  text="""この度は楽天市場店をご利用いただきありがとうございます。
以下の内容でご注文を承りました。

[受注番号] 412345-20250606-0011223344
[日時] 2025-06-06 11:10:41
[商品] 木製カッティングボード Lサイズ　1個　3,300円
[送料] 0円
[合計] 3,300円
[支払方法] クレジットカード

購入履歴：https://order.my.rakuten.co.jp/

雑貨のお店 こもれび
""", cs="shift_jis", cte="base64",
  trace=G("nao.kimura@gmail.com", "mail-s01.rakuten.co.jp", "133.237.60.21", D, "rakuten.co.jp", "shop.rakuten.co.jp",
          dkim=[("rakuten.co.jp", "pass")], dmarc="pass"),
  unsure="shop relay address format and DKIM domain from memory")

D = "Mon, 16 Jun 2025 09:00:00 +0900"
M("genuine/company-hr-nenmatsu-portal-login.eml", "社内人事 (Web給与明細)",
  "HR notice asking staff to log in to an outsourced payroll portal (third-party SaaS domain) by a deadline — phish-like, but internal sender and all pass",
  addr("人事部 給与担当", "jinji@kitano-shoji.co.jp", "iso-2022-jp"), "all-staff@kitano-shoji.co.jp",
  "【人事部】賞与明細のWeb公開について（6/20まで要確認）", D,
  text="""社員各位

人事部です。
夏季賞与の明細を、Web給与明細サービスで公開しました。
6月20日までに内容をご確認ください。

https://kitano-shoji.kyuyo-meisai-cloud.jp/login

ログインIDは社員番号、初期パスワードは入社時にお渡ししたものです。
ご不明点は人事部（内線 1300）まで。

人事部 給与担当
""", cs="iso-2022-jp", cte="7bit",
  trace=MS("all-staff@kitano-shoji.co.jp", "TYCPR01MB8800.jpnprd01.prod.outlook.com", "10.167.9.14", D, "kitano-shoji.co.jp", "kitano-shoji.co.jp"),
  unsure="payroll SaaS domain invented")

D = "Thu, 26 Jun 2025 15:15:15 +0900"
M("genuine/google-workspace-shared-doc.eml", "Google Drive (共有通知)",
  "real Google Drive share notification (drive-shares-dm-noreply@google.com) from a colleague; link to docs.google.com",
  addr("佐藤 健 (Google ドキュメント)", "drive-shares-dm-noreply@google.com"), "satoko.minami@gmail.com",
  "ドキュメント「PTA会計報告_2025」が共有されました", D,
  text="""佐藤 健 さん（ken.sato.pta@gmail.com）が次のドキュメントを共有しました。

PTA会計報告_2025
https://docs.google.com/document/d/1xQpL8R2vT6mN0aZkP3sW9yJ/edit?usp=sharing_eil

確認よろしくお願いします。

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
このメールは、他のユーザーが Google ドキュメントでアイテムを共有したため送信されました。
""", cte="base64",
  xh=["Reply-To: \"佐藤 健\" <ken.sato.pta@gmail.com>"],
  trace=G("satoko.minami@gmail.com", "mail-sor-f73.google.com", "209.85.220.73", D, "doclist.bounces.google.com", "google.com",
          dkim=[("google.com", "pass")], dmarc="pass", policy="REJECT"))

D = "Sun, 06 Jul 2025 10:30:00 +0900"
M("genuine/gym-membership-card-payment-failed.eml", "フィットネスクラブ (決済エラー)",
  "small fitness club (own domain via Amazon SES) telling member the monthly card charge failed and asking to update the card on its member site",
  addr("フィットネスクラブ ラクア", "info@fitness-laqua.jp"), "kenji.arai@gmail.com",
  "【重要】月会費の決済ができませんでした", D,
  text="""新井 健二 様

いつもフィットネスクラブ ラクアをご利用いただきありがとうございます。
7月分の月会費（8,580円）について、ご登録のクレジットカードで決済ができませんでした。

カードの有効期限切れ等が考えられます。お手数ですが、会員サイトからカード情報を更新してください。
https://member.fitness-laqua.jp/mypage/card

7月15日までに更新がない場合、店頭でのお支払いをお願いいたします。
ご不明な点はフロントまでお気軽にどうぞ。

フィットネスクラブ ラクア 武蔵小杉店
""", cte="base64",
  trace=G("kenji.arai@gmail.com", "a48-112.smtp-out.ap-northeast-1.amazonses.com", "23.251.232.112", D, "mail.fitness-laqua.jp", "fitness-laqua.jp",
          dkim=[("fitness-laqua.jp", "pass"), ("amazonses.com", "pass")], dmarc="pass"),
  msgdom="ap-northeast-1.amazonses.com", unsure="club invented")

D = "Wed, 16 Jul 2025 13:45:00 +0900"
M("genuine/amazon-shipment-html-only.eml", "Amazon",
  "real-style Amazon shipment notice (shipment-tracking@amazon.co.jp) HTML-only with tracking button",
  addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), "c.matsuda@gmail.com",
  "発送済み: \"キッチンペーパー 6ロール...\"", D,
  html="""<html><body><p>松田 知恵 様</p><p>ご注文の商品を発送しました。</p>
<p>お届け予定：7月17日 木曜日</p><p>注文番号 #503-4419203-7751420</p>
<p><a href="https://www.amazon.co.jp/gp/your-account/ship-track?ie=UTF8&orderId=503-4419203-7751420">配送状況を確認</a></p>
<p>Amazon.co.jp</p></body></html>
""", cte="quoted-printable",
  trace=G("c.matsuda@gmail.com", "a11-96.smtp-out.amazonses.com", "54.240.11.96", D, "amazonses.com", "amazon.co.jp",
          dkim=[("amazon.co.jp", "pass"), ("amazonses.com", "pass")], dmarc="pass", policy="QUARANTINE"),
  msgdom="email.amazonses.com")

D = "Sat, 26 Jul 2025 19:19:19 +0900"
M("genuine/ramen-shop-coupon-blastmail.eml", "飲食店 (クーポン案内)",
  "small ramen shop coupon mail via a Japanese blast-mail service (blastmail-like bme.jp tracking), ISO-2022-JP, 'this week only' urgency",
  addr("らーめん一心", "info@ramen-isshin.jp", "iso-2022-jp"), "ryota.k@gmail.com",
  "【らーめん一心】今週末限定！味玉無料クーポン", D,
  text="""いつもらーめん一心をご利用いただきありがとうございます！

今週末（7/26・27）限定で、このメールを店頭でご提示いただくと
味玉トッピングを無料でサービスいたします。

▼クーポン画面はこちら
https://bme.jp/click/isshin/7HpK2m

配信停止：https://bme.jp/unsub/isshin/7HpK2m

らーめん一心 中野店
""", cs="iso-2022-jp", cte="7bit",
  trace=G("ryota.k@gmail.com", "smtp08.bme.jp", "203.183.35.8", D, "bme.jp", "ramen-isshin.jp",
          dkim=[("bme.jp", "pass")], dmarc="fail", policy="NONE"),
  unsure="shop invented; DMARC fail (ESP-only DKIM, p=none) on purpose")

D = "Tue, 05 Aug 2025 06:00:00 +0900"
M("genuine/softbank-new-login-my-softbank.eml", "SoftBank",
  "real-style My SoftBank login notice with time and device; says contact if not you",
  addr("ソフトバンク", "noreply@softbank.jp"), "m.hayashi55@gmail.com",
  "【My SoftBank】ログインのお知らせ", D,
  text="""My SoftBankへのログインがありました。

日時：2025年8月5日 05:58
ログイン方法：SoftBank ID

お客さまご自身によるログインでない場合は、パスワードを変更してください。
https://my.softbank.jp/

ソフトバンク株式会社
""", cte="8bit",
  trace=G("m.hayashi55@gmail.com", "mail.softbank.jp", "126.245.5.40", D, "softbank.jp", "softbank.jp",
          dkim=[("softbank.jp", "pass")], dmarc="pass"),
  unsure="sender address unverified")

D = "Fri, 15 Aug 2025 09:30:00 +0900"
M("genuine/yodobashi-order-shipped.eml", "ヨドバシ.com",
  "real-style ヨドバシ.com shipping notice with order number and tracking; ISO-2022-JP",
  addr("ヨドバシ・ドット・コム", "thanks_gochuumon@yodobashi.com", "iso-2022-jp"), "kenji.arai@gmail.com",
  "ヨドバシ・ドット・コム：ご注文商品出荷のお知らせ", D,
  text="""新井 健二 様

ヨドバシ・ドット・コムをご利用いただき、ありがとうございます。
ご注文の商品を出荷いたしました。

ご注文番号：2381947720
商品：Anker USB急速充電器 65W　1点
配送業者：ヨドバシエクストリーム

ご注文履歴はこちら
https://order.yodobashi.com/yc/orderhistory/index.html

株式会社ヨドバシカメラ
""", cs="iso-2022-jp", cte="7bit",
  trace=G("kenji.arai@gmail.com", "mx.yodobashi.com", "210.248.154.12", D, "yodobashi.com", "yodobashi.com",
          dkim=[("yodobashi.com", "pass")], dmarc="pass"),
  unsure="sender local part from memory")
