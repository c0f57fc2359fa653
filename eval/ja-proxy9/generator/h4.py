# Genuine batch 4: more look-alike-prone genuine mails.
from lib import *

D = "Mon, 06 Jan 2025 09:00:00 +0900"
M("genuine/rakuten-card-campaign-entry-html.eml", "楽天カード (キャンペーン)",
  "real-style 楽天カード campaign mail with 'エントリー' button, deadline, many tracking links on rakuten-card.co.jp redirector; Shift_JIS HTML",
  addr("楽天カード", "info@mail.rakuten-card.co.jp", "shift_jis"), "nao.kimura@gmail.com",
  "【楽天カード】エントリー＆利用で最大5,000ポイント！", D,
  html="""<html><head><meta charset="Shift_JIS"></head><body>
<p>楽天カード会員様限定キャンペーン</p><p>期間中にエントリーのうえ、合計3万円以上のカード利用で最大5,000ポイント！</p>
<p><a href="https://www.rakuten-card.co.jp/campaign/entry/?l-id=mail_20250106">エントリーはこちら</a></p>
<p>エントリー期限：2025年1月31日</p>
<p style="font-size:10px">配信停止は楽天e-NAVIの「メール配信設定」から。<br>楽天カード株式会社</p></body></html>
""", cs="shift_jis", cte="quoted-printable",
  trace=G("nao.kimura@gmail.com", "mail-s22.rakuten-card.co.jp", "133.237.16.22", D, "mail.rakuten-card.co.jp", "mail.rakuten-card.co.jp",
          dkim=[("mail.rakuten-card.co.jp", "pass")], dmarc="pass", policy="REJECT"))

D = "Thu, 16 Jan 2025 13:30:00 +0900"
M("genuine/apple-id-password-reset-requested.eml", "Apple",
  "real Apple Account password-reset mail with reset link on iforgot.apple.com and 'if you did not request' wording",
  addr("Apple", "appleid@id.apple.com"), "m.inoue@icloud.com",
  "Apple Account のパスワードをリセットする方法", D,
  text="""井上 真理 様

Apple Account（m.inoue@icloud.com）のパスワードのリセットがリクエストされました。
パスワードをリセットするには、以下のリンクをクリックしてください。

パスワードをリセット >
https://iforgot.apple.com/verify/email?key=Zm8kL2pQ9x&language=JP-JA

このリクエストに心当たりがない場合は、このメールを無視してください。あなたのアカウントは安全です。

Apple サポート
""", cte="quoted-printable",
  trace=G("m.inoue@icloud.com", "rn2-txn-msbadger04103.apple.com", "17.111.110.52", D, "id.apple.com", "id.apple.com",
          dkim=[("id.apple.com", "pass")], dmarc="pass", policy="QUARANTINE"))

D = "Tue, 28 Jan 2025 18:40:00 +0900"
M("genuine/microsoft-unusual-signin-activity.eml", "Microsoft",
  "real-style Microsoft 'unusual sign-in activity' alert with country/IP and 'review recent activity' link on account.live.com",
  addr("Microsoft アカウント チーム", "account-security-noreply@accountprotection.microsoft.com"), "s.nakagawa@outlook.jp",
  "Microsoft アカウントの通常とは異なるサインイン アクティビティ", D,
  text="""Microsoft アカウント

通常とは異なるサインイン アクティビティ

Microsoft アカウント s*****@outlook.jp で、通常とは異なるサインインが検出されました。

サインインの詳細
国/地域: ブラジル
IP アドレス: 177.37.xx.xx
日付: 2025/01/28 9:31 (UTC)
プラットフォーム: Windows
ブラウザー: Firefox

ご本人でない場合は、アカウントが侵害されている可能性があります。
最近のアクティビティを確認: https://account.live.com/Activity

Microsoft アカウント チーム
""", cte="quoted-printable",
  trace=MS("s.nakagawa@outlook.jp", "BL2NAM02HT301.eop-nam02.prod.protection.outlook.com", "40.92.3.41", D,
           "accountprotection.microsoft.com", "accountprotection.microsoft.com"))

D = "Sat, 08 Feb 2025 10:00:00 +0900"
M("genuine/mercari-password-reset.eml", "メルカリ",
  "real-style メルカリ password-reset mail with a one-time link and expiry",
  addr("メルカリ", "no-reply@mercari.jp"), "haru.t.0810@gmail.com",
  "【メルカリ】パスワード再設定のご案内", D,
  text="""パスワード再設定のリクエストを受け付けました。
以下のURLから新しいパスワードを設定してください。

https://jp.mercari.com/password/reset?token=b7d1e94c2a0f4e58

このURLの有効期限は1時間です。
お心当たりがない場合は、このメールを破棄してください。

メルカリ
""", cte="base64",
  trace=G("haru.t.0810@gmail.com", "mail-a13.mercari.jp", "198.2.177.13", D, "mercari.jp", "mercari.jp",
          dkim=[("mercari.jp", "pass")], dmarc="pass"),
  unsure="reset URL path invented")

D = "Wed, 19 Feb 2025 12:12:12 +0900"
M("genuine/shinkin-bank-info-email-registration.eml", "信用金庫 (お知らせ)",
  "real-style shinkin bank notice (しんきん) that a one-time password app update is needed, instructing to use the official app store — not a link; own domain shinkin.co.jp subdomain",
  addr("多摩信用金庫", "info@tamashin.jp", "iso-2022-jp"), "fujii.k@nifty.com",
  "【たましん】ワンタイムパスワードアプリ更新のお願い（重要）", D,
  text="""たましんインターネットバンキングをご利用のお客さま

ワンタイムパスワードアプリの新バージョンを公開しました。
3月31日以降、旧バージョンはご利用いただけなくなります。

更新は、お使いのスマートフォンの App Store / Google Play から行ってください。
当金庫がメールやSMSで、アプリのダウンロードURLやパスワード入力ページへのリンクをお送りすることはありません。

多摩信用金庫
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("fujii.k@nifty.com", "mail.tamashin.jp", "210.224.97.12", D, "mx02.nifty.com", "tamashin.jp", "tamashin.jp"),
  unsure="tamashin.jp is the shinkin's web domain; sender address invented")

D = "Mon, 03 Mar 2025 15:00:00 +0900"
M("genuine/condo-management-notice-cp932.eml", "マンション管理会社",
  "condominium management company notice (water-tank inspection, water stop) with CP932 chars (①②, ㈱, ～); ISO-2022-JP; own domain, no DKIM",
  addr("㈱あさひ住宅管理 フロント担当", "front@asahi-jk.co.jp", "iso-2022-jp"), "c.matsuda@gmail.com",
  "【ルミエール三鷹】断水を伴う給水設備点検のお知らせ", D,
  text="""ルミエール三鷹　居住者各位

㈱あさひ住宅管理です。
下記日程で受水槽の清掃・点検を行います。作業中は断水となりますのでご協力をお願いいたします。

① 日時：3月12日(水) 10:00～15:00
② 断水時間：10:30～13:30（予定）
③ 作業会社：㈱みずほ設備（※銀行とは無関係です）

ご不明な点は管理事務所（0422-xx-xxxx）までお問い合わせください。
""", cs="iso-2022-jp", cte="7bit",
  trace=G("c.matsuda@gmail.com", "mail.asahi-jk.co.jp", "219.94.162.40", D, "asahi-jk.co.jp", "asahi-jk.co.jp", dmarc="none"),
  unsure="company invented")

D = "Fri, 14 Mar 2025 11:45:00 +0900"
M("genuine/city-hall-mynumber-card-renewal.eml", "市役所 (マイナンバーカード更新)",
  "municipal citizen-services notice about マイナンバーカード電子証明書 renewal (same theme as lures), lg.jp, instructs visiting the counter; Shift_JIS QP",
  addr("三鷹市 市民課", "shimin@city.example-mitaka.lg.jp", "shift_jis"), "c.matsuda@gmail.com",
  "【三鷹市】電子証明書の有効期限が近づいています（ご案内）", D,
  text="""三鷹市 市民課からのお知らせです（メール配信登録者向け）

マイナンバーカードの電子証明書の有効期限が近づいている方に、順次「有効期限通知書」を郵送しています。
更新手続きは、市民課窓口で行います。予約は市ホームページから可能です。

※市役所からメールでマイナンバーや暗証番号、口座情報をお尋ねすることはありません。

三鷹市 市民部 市民課
""", cs="shift_jis", cte="quoted-printable",
  trace=G("c.matsuda@gmail.com", "mail.city.example-mitaka.lg.jp", "61.211.160.41", D, "city.example-mitaka.lg.jp", "city.example-mitaka.lg.jp",
          dkim=[("city.example-mitaka.lg.jp", "pass")], dmarc="pass"),
  unsure="municipal domain invented")

D = "Tue, 25 Mar 2025 20:10:00 +0900"
M("genuine/friend-forwards-amazon-scam-line.eml", "友人からの相談 (転送)",
  "friend pastes a suspicious Amazon SMS into a gmail message asking for advice; includes the fake link; short; no subject tag",
  addr("ゆみ", "yumi.k.0912@gmail.com"), "rie.ogawa@gmail.com",
  "ちょっと聞きたいんだけど", D,
  text="""りえちゃん

さっきこんなSMSが来たんだけど、Amazonってこういうの送ってくる？
アカウント止まったら困るから焦ってる…

「Amazonプライムの会費のお支払い方法に問題があります。詳細はこちら https://amazon-co-jp.support-prime.top」

夫のカードで払ってるからよくわからなくて。
""", cte="base64",
  trace=G("rie.ogawa@gmail.com", "mail-sor-f41.google.com", "209.85.220.41", D, "gmail.com", "gmail.com",
          dkim=[("gmail.com", "pass")], dmarc="pass"))

D = "Thu, 03 Apr 2025 08:55:00 +0900"
M("genuine/ja-bank-notice-forwarded-by-it.eml", "JAバンク (社内転送)",
  "company staff forwards a genuine bank notice to colleague (Fwd: with headers inline), sender is internal; Japanese ISP AR",
  addr("経理 田村", "tamura@kitano-shoji.co.jp", "iso-2022-jp"), "yamaguchi.t@kitano-shoji.co.jp",
  "Fwd: 【JAネットバンク】ご登録メールアドレス変更のお知らせ", D,
  text="""山口さん

JAネットバンクの登録メールアドレス変更の通知が来ました。
昨日、私の方で経理共通アドレスに変更したものですので問題ありません。念のため共有です。

田村

-------- Forwarded Message --------
差出人: JAネットバンク <info@janetbank.jp>
件名: 【JAネットバンク】ご登録メールアドレス変更のお知らせ

JAネットバンクをご利用いただきありがとうございます。
ご登録メールアドレスの変更を受け付けました。
お心当たりのない場合は、JAネットバンクヘルプデスクまでご連絡ください。
""", cs="iso-2022-jp", cte="7bit",
  trace=MS("yamaguchi.t@kitano-shoji.co.jp", "TYWPR01MB7711.jpnprd01.prod.outlook.com", "10.167.3.8", D, "kitano-shoji.co.jp", "kitano-shoji.co.jp"),
  unsure="janetbank.jp address in quoted part unverified")

D = "Sun, 13 Apr 2025 07:00:00 +0900"
M("genuine/yahoo-japan-shopping-payment-error.eml", "Yahoo!ショッピング",
  "real-style Yahoo!ショッピング order payment error (再決済のお願い) sent on behalf of a store via yahoo.co.jp; Shift_JIS",
  addr("Yahoo!ショッピング", "shopping-order-master@mail.yahoo.co.jp", "shift_jis"), "akiko.y@yahoo.co.jp",
  "【Yahoo!ショッピング】お支払い手続きのお願い（ご注文番号：shop-10293847）", D,
  text="""ご注文いただいた商品について、クレジットカード決済が完了しておりません。

ご注文番号：shop-10293847
ストア名：インテリア雑貨のモリタ

4月16日までに、注文履歴からお支払い方法を変更してください。
https://odhistory.shopping.yahoo.co.jp/order-history/list

期限までにお手続きがない場合、ご注文はキャンセルとなります。
Yahoo!ショッピング
""", cs="shift_jis", cte="base64",
  trace=ISP("akiko.y@yahoo.co.jp", "nmc-mgw01.mail.yahoo.co.jp", "182.22.16.231", D, "mta1.mail.yahoo.co.jp", "mail.yahoo.co.jp", "mail.yahoo.co.jp"),
  unsure="sender address and order-history URL from memory")

D = "Thu, 24 Apr 2025 12:30:00 +0900"
M("genuine/spotify-payment-failed.eml", "Spotify",
  "real-style Spotify payment-failure mail in Japanese from no-reply@spotify.com, 'update payment' button",
  addr("Spotify", "no-reply@spotify.com"), "y.ishida@gmail.com",
  "お支払いに問題が発生しました", D,
  html="""<html><body><h2>お支払いを処理できませんでした</h2><p>Premiumプランの継続には、お支払い情報の更新が必要です。</p>
<p><a href="https://www.spotify.com/jp/account/subscription/update/">お支払い情報を更新</a></p>
<p style="font-size:11px">Spotify AB, Regeringsgatan 19, 111 53, Stockholm, Sweden</p></body></html>
""", cte="quoted-printable",
  trace=G("y.ishida@gmail.com", "mail.spotify.com", "35.174.145.124", D, "spotify.com", "spotify.com",
          dkim=[("spotify.com", "pass")], dmarc="pass", policy="REJECT"),
  unsure="sender host/IP invented")

D = "Sat, 03 May 2025 11:00:00 +0900"
M("genuine/pta-mailing-list-announcement.eml", "PTA連絡 (メーリングリスト)",
  "PTA mailing list via a free ML service (freeml-like): [pta-sakura:123] tag, footer ad, Reply-To list, sender's own gmail From rewritten",
  addr("さくら小PTA連絡網", "pta-sakura@ml.freelist-jp.net"), "pta-sakura@ml.freelist-jp.net",
  "[pta-sakura:123] 運動会のお手伝いボランティア募集", D,
  text="""保護者の皆様

PTA広報委員の佐藤です。
5月24日（土）の運動会で、受付・誘導のお手伝いをしてくださる方を募集します。
下記フォームからお申し込みください（5/10締切）。
https://forms.gle/Pta8SakuraUndokai

よろしくお願いいたします。

--
このメールは無料メーリングリストサービスから配信されています。
配信停止：https://ml.freelist-jp.net/unsubscribe/pta-sakura
""", cte="8bit",
  xh=["Reply-To: pta-sakura@ml.freelist-jp.net", "List-Id: <pta-sakura.ml.freelist-jp.net>", "Precedence: list"],
  trace=G("satoko.minami@gmail.com", "mx.ml.freelist-jp.net", "153.122.18.44", D, "ml.freelist-jp.net", "ml.freelist-jp.net",
          dkim=[("ml.freelist-jp.net", "pass")], dmarc="pass"),
  unsure="ML service invented")

D = "Mon, 19 May 2025 09:30:00 +0900"
M("genuine/web-hosting-renewal-invoice.eml", "レンタルサーバー (更新請求)",
  "hosting company renewal invoice: 'your domain will expire, pay by deadline' (phish-like), link to its control panel; DKIM pass; EUC-JP",
  addr("さくらサーバー事務局", "billing@sakura-hosting-example.jp", "euc-jp"), "yamaguchi.t@kitano-shoji.co.jp",
  "【重要】ドメイン更新期限のお知らせ（kitano-shoji.co.jp）", D,
  text="""北野商事 ご担当者様

ご契約中のドメインの有効期限が近づいております。

ドメイン名：kitano-shoji.co.jp
有効期限：2025年6月30日
更新料金：5,280円（税込）

期限までに更新手続きが完了しない場合、ドメインが失効し、ウェブサイトおよびメールがご利用いただけなくなります。
会員メニューより更新手続きをお願いいたします。
https://secure.sakura-hosting-example.jp/member/

さくらサーバー事務局
""", cs="euc-jp", cte="8bit",
  trace=MS("yamaguchi.t@kitano-shoji.co.jp", "mail.sakura-hosting-example.jp", "153.121.33.12", D, "sakura-hosting-example.jp", "sakura-hosting-example.jp"),
  unsure="hosting company invented")

D = "Wed, 28 May 2025 14:00:00 +0900"
M("genuine/amazon-business-invoice-pdf.eml", "Amazon",
  "real-style Amazon invoice (請求書) mail with PDF attachment from a real amazon.co.jp address, multipart/mixed",
  addr("Amazon.co.jp", "no-reply@amazon.co.jp"), "keiri@kitano-shoji.co.jp",
  "Amazonビジネス：請求書のご案内（2025年5月分）", D,
  text="""Amazonビジネスをご利用いただきありがとうございます。

2025年5月分の請求書を添付いたします。
お支払期限：2025年6月30日

請求書はAmazonビジネスのアカウントからもダウンロードできます。
https://www.amazon.co.jp/b2b/abws/

Amazon.co.jp
""", cte="base64",
  atts=[att("invoice_202505.pdf", b"%PDF-1.4\n% placeholder invoice\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf")],
  trace=MS("keiri@kitano-shoji.co.jp", "a48-30.smtp-out.amazonses.com", "54.240.48.30", D, "amazonses.com", "amazon.co.jp", dkim_d="amazon.co.jp"),
  msgdom="email.amazonses.com", unsure="Amazon Business invoice mail format and sender from memory")

D = "Sat, 07 Jun 2025 16:00:00 +0900"
M("genuine/jcb-myjcb-campaign-winner.eml", "JCB (キャンペーン当選)",
  "real-style JCB campaign winner notice (当選のお知らせ) – same theme as prize lures – with no link, points auto-credited",
  addr("JCB", "mail@qa.jcb.co.jp", "iso-2022-jp"), "hiroshi-ueda@nifty.com",
  "【JCB】キャンペーン当選のお知らせ", D,
  text="""ＪＣＢカードをご利用いただき、ありがとうございます。

先日ご参加いただいた「春のキャッシュバックキャンペーン」にご当選されましたので、お知らせいたします。
キャッシュバック金額：3,000円

キャッシュバックは、2025年8月10日お支払い分のご請求金額から差し引かせていただきます。
お手続きは不要です。

株式会社ジェーシービー
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("hiroshi-ueda@nifty.com", "mo13.qa.jcb.co.jp", "202.216.232.13", D, "mx01.nifty.com", "qa.jcb.co.jp", "qa.jcb.co.jp"),
  unsure="sender subdomain from memory")

D = "Tue, 17 Jun 2025 10:20:00 +0900"
M("genuine/japanpost-import-duty-cash-on-delivery.eml", "日本郵便 (関税支払い・正規)",
  "real-style notice that an international parcel has import duty payable on delivery (cash to the carrier) — same theme as customs lures, but no payment link",
  addr("日本郵便", "noreply@mail.japanpost.jp", "iso-2022-jp"), "m.inoue@gmail.com",
  "【日本郵便】国際郵便物のお届けについて（関税等のお支払い）", D,
  text="""井上 真理 様

お客様宛の国際郵便物に関税・消費税等が課されています。
お届けの際、配達員に現金でお支払いください（郵便局窓口での受取も可能です）。

お問い合わせ番号：RR123456785DE
関税等：1,200円
通関料：200円

インターネット上でのお支払いをお願いすることはありません。

日本郵便株式会社
""", cs="iso-2022-jp", cte="7bit",
  trace=G("m.inoue@gmail.com", "mo13.mail.japanpost.jp", "153.156.22.13", D, "mail.japanpost.jp", "mail.japanpost.jp",
          dkim=[("mail.japanpost.jp", "pass")], dmarc="pass"),
  unsure="sender address unverified; whether Japan Post sends this exact mail is unverified")
