# Genuine batch 2: ESPs, vendors sending for brands, small businesses, schools, municipalities,
# forwarded suspicious SMS, IT-department warnings, mailing lists, newsletters.
from lib import *

D = "Thu, 23 Jan 2025 12:00:41 +0900"
M("genuine/small-ec-shop-sale-sendgrid-tracking.eml", "小規模ECショップ (自社)",
  "small Japanese online shop newsletter via SendGrid: links rewritten to uNNNN.ct.sendgrid.net tracking host, From on own domain, DKIM for shop + sendgrid.net; urgency ('本日限り')",
  addr("器と暮らしの店 つむぎ", "info@tsumugi-utsuwa.jp"), "satoko.minami@gmail.com",
  "【本日23:59まで】冬の器フェア 最大30%OFF", D,
  text="""いつも「器と暮らしの店 つむぎ」をご利用いただきありがとうございます。

冬の器フェアは本日23:59で終了です。
波佐見焼・益子焼の人気シリーズが最大30%OFFとなっております。

▼フェア会場はこちら
https://u4012873.ct.sendgrid.net/ls/click?upn=u001.Gq8Tz2KxR7vL0w-2BqPq

送料無料ライン：5,500円（税込）以上

配信停止はこちら：https://u4012873.ct.sendgrid.net/asm/unsubscribe/?user_id=4012873&data=kQ2x

器と暮らしの店 つむぎ
〒329-4302 栃木県芳賀郡益子町（運営：合同会社つむぎ）
""", cte="quoted-printable",
  xh=["List-Unsubscribe: <https://u4012873.ct.sendgrid.net/asm/unsubscribe/?user_id=4012873&data=kQ2x>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  trace=G("satoko.minami@gmail.com", "o12.ptr4021.tsumugi-utsuwa.jp", "167.89.104.12", D, "em4021.tsumugi-utsuwa.jp", "tsumugi-utsuwa.jp",
          dkim=[("tsumugi-utsuwa.jp", "pass"), ("sendgrid.net", "pass")], dmarc="pass"),
  msgdom="geopod-ismtpd-3.sendgrid.net")

D = "Tue, 04 Feb 2025 18:30:00 +0900"
M("genuine/retailer-campaign-cuenote-tracking.eml", "ドラッグストア会員向けメルマガ (Cuenote)",
  "Japanese retailer newsletter delivered by Cuenote FC: tracking links on a cuenote click host, Sender header for the ESP, point-campaign wording (ポイント10倍, 期限)",
  addr("くすりのミドリヤ", "news@midoriya-drug.co.jp"), "akiko.y@yahoo.co.jp",
  "【ポイント10倍】2/7(金)まで！会員様限定キャンペーン", D,
  html="""<html><body style="margin:0"><table width="100%" bgcolor="#f3f7f0"><tr><td align="center">
<table width="600" bgcolor="#ffffff"><tr><td style="padding:16px">
<p>ミドリヤ会員の皆さま</p>
<p>いつもご利用ありがとうございます。<br>2月7日(金)まで、アプリ会員証のご提示で<b>ポイント10倍</b>！</p>
<p><a href="https://c.cuenote.jp/c/aBcD0003eF4gHiJ/kL5m6NoPq7?rt=nc">キャンペーン詳細を見る</a></p>
<p><a href="https://c.cuenote.jp/c/aBcD0003eF4gHiJ/rS8t9UvWx0?rt=nc">チラシを見る</a></p>
<p style="font-size:11px">配信停止：<a href="https://c.cuenote.jp/c/aBcD0003eF4gHiJ/yZ1a2BcDe3?rt=nc">こちら</a><br>
株式会社ミドリヤ 〒330-0063 埼玉県さいたま市浦和区</p>
</td></tr></table></td></tr></table>
<img src="https://c.cuenote.jp/o/aBcD0003eF4gHiJ/open.gif" width="1" height="1"></body></html>
""", cs="iso-2022-jp", cte="7bit",
  xh=["Sender: news@midoriya-drug.cuenote.jp", "X-Mailer: Cuenote FC"],
  trace=ISP("akiko.y@yahoo.co.jp", "mta-c12.cuenote.jp", "210.154.123.12", D, "mta1.mail.yahoo.co.jp", "midoriya-drug.cuenote.jp", "midoriya-drug.co.jp"),
  unsure="click/open URL shape of Cuenote is approximate; retailer invented")

D = "Mon, 17 Feb 2025 10:15:00 +0900"
M("genuine/card-campaign-sent-by-dm-vendor-sfmc.eml", "三井住友カード (キャンペーン, 配信委託)",
  "card company's campaign mail sent through Salesforce Marketing Cloud: link host click.mail.smbc-card.com rewriting, 'リボ払い' campaign with deadline (phish-like), DKIM pass for mail subdomain",
  addr("三井住友カード", "campaign@mail.smbc-card.com"), "mika.s.0322@gmail.com",
  "【三井住友カード】最大10,000円分プレゼント！エントリー期限は2/28まで", D,
  text="""三井住友カード会員の皆さま

いつもご利用いただきありがとうございます。
期間中にエントリーのうえ、対象のお店で合計5万円以上ご利用いただいた方全員に、
最大10,000円分のVポイントをプレゼントいたします。

▼エントリーはこちら（Vpassへのログインが必要です）
https://click.mail.smbc-card.com/?qs=3b8d1c0e92f7a45e61

エントリー期限：2025年2月28日（金）

※本メールは配信を希望された方にお送りしています。配信停止はVpassの「メール配信サービス」から。
三井住友カード株式会社
""", cte="quoted-printable",
  trace=G("mika.s.0322@gmail.com", "mta12.mail.smbc-card.com", "13.111.18.12", D, "bounce.mail.smbc-card.com", "mail.smbc-card.com",
          dkim=[("mail.smbc-card.com", "pass")], dmarc="pass"),
  unsure="mail.smbc-card.com subdomain and SFMC click host are guesses")

D = "Wed, 26 Feb 2025 15:40:12 +0900"
M("genuine/insurance-notice-via-printing-company.eml", "損害保険 (印刷・発送代行会社が送信)",
  "printing/DM company sending on behalf of an insurer: From on the vendor's domain, body says the vendor is commissioned; asks to log in to renew (phish-like), links to insurer domain",
  addr("ひまわり損害保険 更新手続き事務局", "koushin@dm-support.dmsc-hassou.jp"), "hiroshi-ueda@nifty.com",
  "【ひまわり損保】自動車保険 満期のご案内（お手続き期限：3月10日）", D,
  text="""上田 浩 様

ひまわり損害保険の自動車保険をご契約いただき、誠にありがとうございます。
ご契約の満期日が近づいておりますので、ご案内申し上げます。

証券番号：H7-2284019
満期日：2025年3月20日

継続手続きは、契約者専用ページからお手続きいただけます。
https://www.himawari-sonpo.co.jp/keiyaku/

本メールは、ひまわり損害保険株式会社の委託を受け、
株式会社DMサポートセンターが送信しております。
お問い合わせ：ひまわり損保 契約者ダイヤル 0120-xx-xxxx（平日9:00-17:00）
""", cs="iso-2022-jp", cte="7bit",
  trace=ISP("hiroshi-ueda@nifty.com", "smtp3.dmsc-hassou.jp", "202.241.89.3", D, "mx01.nifty.com", "dm-support.dmsc-hassou.jp", "dm-support.dmsc-hassou.jp"),
  unsure="insurer and vendor are invented (realistic pattern)")

D = "Sat, 08 Mar 2025 09:05:33 +0900"
M("genuine/hair-salon-reservation-reminder.eml", "美容室 (個人店)",
  "small hair salon reservation reminder sent from a Gmail address; casual; includes map link and phone; no auth beyond gmail",
  addr("hair studio Lino", "hair.lino.kichijoji@gmail.com"), "rie.ogawa@gmail.com",
  "明日のご予約のご確認【hair studio Lino】", D,
  text="""小川 理恵 様

いつもありがとうございます。hair studio Lino です。
明日のご予約の確認でご連絡いたしました。

日時：3月9日(日) 11:00〜
メニュー：カット＋カラー
担当：高橋

ご変更・キャンセルの際は、お手数ですがお電話（0422-xx-xxxx）またはこのメールへのご返信でお知らせください。

地図：https://maps.app.goo.gl/xR7kLino2

hair studio Lino
東京都武蔵野市吉祥寺本町2丁目
""", cte="base64",
  trace=G("rie.ogawa@gmail.com", "mail-sor-f41.google.com", "209.85.220.41", D, "gmail.com", "gmail.com",
          dkim=[("gmail.com", "pass")], dmarc="pass"))

D = "Thu, 20 Mar 2025 07:45:10 +0900"
M("genuine/elementary-school-notice-lgjp.eml", "市立小学校 (学校連絡)",
  "school notice from a city education-board lg.jp domain: schedule change, asks parents to reply via a Google Form (docs.google.com/forms); ISO-2022-JP",
  addr("○○市立さくら小学校", "sakura-es@edu.city.example-mitaka.lg.jp", "iso-2022-jp"), "c.matsuda@gmail.com",
  "【さくら小】修了式の日程変更とアンケートのお願い", D,
  text="""保護者の皆様

いつも本校の教育活動にご理解とご協力をいただき、ありがとうございます。
修了式の日程を以下のとおり変更いたします。

変更前：3月24日（月）
変更後：3月25日（火）　下校 11時30分

あわせて、今年度の学校評価アンケートへのご協力をお願いいたします。
回答期限：3月28日（金）
https://docs.google.com/forms/d/e/1FAIpQLSd8kS7u2Qv0mZ3xSakuraEs/viewform

※本メールは送信専用です。ご質問は学校（0422-xx-xxxx）までお電話ください。

○○市立さくら小学校　校長
""", cs="iso-2022-jp", cte="7bit",
  trace=G("c.matsuda@gmail.com", "mail.edu.city.example-mitaka.lg.jp", "61.211.160.40", D, "edu.city.example-mitaka.lg.jp", "edu.city.example-mitaka.lg.jp",
          dkim=[("edu.city.example-mitaka.lg.jp", "pass")], dmarc="pass"),
  unsure="municipality domain invented (lg.jp pattern)")

D = "Tue, 01 Apr 2025 09:00:00 +0900"
M("genuine/yokohama-city-benefit-notice-lgjp.eml", "横浜市 (給付金)",
  "municipality benefit notice (給付金) that resembles the lure theme: tells residents that the city never asks for ATM operations, points to city.yokohama.lg.jp; Shift_JIS",
  addr("横浜市 メール配信サービス", "info@mail.city.yokohama.lg.jp", "shift_jis"), "fujii.k@nifty.com",
  "【横浜市】物価高騰対応 給付金の申請受付開始について", D,
  text="""横浜市からのお知らせです。

物価高騰対応の給付金について、4月1日から申請の受付を開始しました。
対象となる世帯には、3月下旬に確認書を郵送しています。

詳細は横浜市ウェブページをご確認ください。
https://www.city.yokohama.lg.jp/

【ご注意】
市役所や区役所の職員が、ATMの操作をお願いしたり、手数料の振込を求めることは絶対にありません。
給付金をかたった詐欺メール・電話にご注意ください。

横浜市 健康福祉局
（このメールは横浜市メール配信サービスに登録された方にお送りしています）
""", cs="shift_jis", cte="base64",
  trace=ISP("fujii.k@nifty.com", "mail.city.yokohama.lg.jp", "160.17.73.5", D, "mx02.nifty.com", "mail.city.yokohama.lg.jp", "mail.city.yokohama.lg.jp"),
  unsure="mail.city.yokohama.lg.jp sender subdomain unverified; benefit details fictional")

D = "Sun, 13 Apr 2025 20:44:09 +0900"
M("genuine/mother-forwards-sms-asking-if-real.eml", "家族からの相談 (SMS転送)",
  "mother's docomo.ne.jp mail forwarding a suspicious Yamato SMS text (with its fake URL) asking 'これ本物？'; genuine personal mail quoting a lure",
  addr("母", "yoshiko.tanabe.1958@docomo.ne.jp", plain=True), "k.tanabe1987@gmail.com",
  "これ本物？", D,
  text="""けんちゃん
こんなメッセージがスマホに来たんだけど、本物かな？
荷物は頼んでないと思うんだけど。押してないよ。

---
お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。配送物は下記よりご確認ください。
http://yamato-nimotsu.cheap-tracking-jp.com/
---

母より
""", cte="8bit",
  trace=G("k.tanabe1987@gmail.com", "mgw-d12.docomo.ne.jp", "203.138.181.24", D, "docomo.ne.jp", "docomo.ne.jp",
          dkim=[("docomo.ne.jp", "pass")], dmarc="pass"))

D = "Fri, 18 Apr 2025 11:30:25 +0900"
M("genuine/it-dept-phishing-warning-quoting-fake.eml", "社内情報システム部 (注意喚起)",
  "internal IT department warning that quotes a received phishing mail including its fake URL (defanged partially) and the spoofed sender; internal M365, all pass",
  addr("情報システム部", "it-support@kitano-shoji.co.jp"), "all-staff@kitano-shoji.co.jp",
  "【注意喚起】Microsoft 365 をかたるフィッシングメールについて", D,
  text="""社員各位

情報システム部です。
本日午前より、Microsoft 365 のパスワード期限切れを装ったフィッシングメールが複数の社員に届いています。
以下のようなメールを受信した場合、リンクを開かずに削除してください。

----- 受信したメールの例 -----
差出人：Microsoft 365 管理センター <t-suzuki@hikarigaoka-gakuen.ed.jp>
件名：パスワードの有効期限が本日切れます
本文：同じパスワードを引き続き使用するには、以下から手続きしてください。
　　　hxxps://forms-office365-keep[.]web[.]app/kitano-shoji
------------------------------

当社のパスワード変更は、社内ポータルからのみ行います。
誤ってリンクを開いた・パスワードを入力した場合は、直ちに情報システム部（内線 2200）へ連絡してください。

情報システム部
""", cs="iso-2022-jp", cte="7bit",
  trace=MS("all-staff@kitano-shoji.co.jp", "TYWPR01MB1234.jpnprd01.prod.outlook.com", "10.167.1.20", D, "kitano-shoji.co.jp", "kitano-shoji.co.jp"))

D = "Wed, 30 Apr 2025 23:02:51 +0900"
M("genuine/mailing-list-ruby-users-subject-tag.eml", "メーリングリスト (技術系)",
  "mailing list post with [tag:番号] subject prefix, List-* headers, Sender rewritten to the list, DMARC from-munging style 'via' display name; plain UTF-8 8bit",
  addr("佐々木 聡 via dev-ja", "dev-ja@lists.example-oss.jp"), "dev-ja@lists.example-oss.jp",
  "[dev-ja:08812] Re: パスワードリセットのメールが届かない件", D,
  text="""佐々木です。

> リセットメールが迷惑メールフォルダに入っていました。

手元でも同じ現象を確認しました。送信元の SPF レコードに新しい
送信サーバーの IP が入っていなかったのが原因のようです。
本日 DNS を修正したので、明日以降は改善すると思います。

--
佐々木 聡
""", cte="8bit",
  xh=["Reply-To: dev-ja@lists.example-oss.jp", "List-Id: <dev-ja.lists.example-oss.jp>", "List-Post: <mailto:dev-ja@lists.example-oss.jp>",
      "List-Unsubscribe: <mailto:dev-ja-request@lists.example-oss.jp?subject=unsubscribe>", "Precedence: list", "X-ML-Name: dev-ja", "X-Mail-Count: 08812"],
  trace=G("tkd_yoshio@gmail.com", "lists.example-oss.jp", "153.127.42.9", D, "lists.example-oss.jp", "lists.example-oss.jp",
          dkim=[("lists.example-oss.jp", "pass")], dmarc="pass"),
  unsure="list domain invented")

D = "Mon, 12 May 2025 06:00:00 +0900"
M("genuine/news-site-newsletter-benchmark.eml", "ニュースレター (Benchmark Email)",
  "Japanese media newsletter sent through Benchmark Email (bmetrack.com tracking links, Sender on bmsend), HTML-only with many links",
  addr("ものづくり新報 編集部", "newsletter@monozukuri-shinpo.jp"), "j.sakamoto@gmail.com",
  "ものづくり新報 週刊ニュース 5/12号", D,
  html="""<html><body><h2>ものづくり新報 週刊ニュース</h2>
<ul>
<li><a href="https://monozukuri-shinpo.bmetrack.com/c/l?u=12AB34C&e=18F2A3&c=1A2B3&t=0&l=FF1&email=j.sakamoto%40gmail.com">中小製造業のDX、補助金活用の最新事例</a></li>
<li><a href="https://monozukuri-shinpo.bmetrack.com/c/l?u=12AB34D&e=18F2A3&c=1A2B3&t=0&l=FF1&email=j.sakamoto%40gmail.com">工場のサイバー攻撃、取引先経由の侵入が増加</a></li>
<li><a href="https://monozukuri-shinpo.bmetrack.com/c/l?u=12AB34E&e=18F2A3&c=1A2B3&t=0&l=FF1&email=j.sakamoto%40gmail.com">【セミナー】生成AIと品質管理</a></li>
</ul>
<p style="font-size:11px"><a href="https://monozukuri-shinpo.bmetrack.com/c/su?e=18F2A3&c=1A2B3&t=0&l=FF1&email=j.sakamoto%40gmail.com">配信停止</a> | 株式会社ものづくり新報社</p>
<img src="https://monozukuri-shinpo.bmetrack.com/c/o?e=18F2A3&c=1A2B3&t=0&l=FF1&email=j.sakamoto%40gmail.com" width="1" height="1">
</body></html>
""", cte="quoted-printable",
  xh=["Sender: newsletter=monozukuri-shinpo.jp@bmsend.com"],
  trace=G("j.sakamoto@gmail.com", "mx2.bmsend.com", "74.112.67.150", D, "bmsend.com", "monozukuri-shinpo.jp",
          dkim=[("monozukuri-shinpo.jp", "pass"), ("bmsend.com", "pass")], dmarc="pass"),
  unsure="Benchmark tracking URL format approximate; media invented")

D = "Thu, 22 May 2025 14:12:37 +0900"
M("genuine/dental-clinic-recall-postcard-mail.eml", "歯科医院 (定期検診案内)",
  "small clinic recall mail from its own domain on a rental server (Xserver-like), no DKIM, SPF pass; asks to book via web reservation link on a reservation SaaS",
  addr("さくら並木歯科", "uketsuke@sakuranamiki-dental.jp"), "t.okada@ezweb.ne.jp",
  "定期検診のご案内（さくら並木歯科）", D,
  text="""岡田 拓也 様

さくら並木歯科です。前回のご来院から6か月が経過しました。
お口の健康を保つため、定期検診のご予約をおすすめしております。

ご予約はWEB予約から24時間受け付けています。
https://reserve.dental-yoyaku-cloud.jp/sakuranamiki/

お電話：045-xxx-xxxx（月〜土 9:30-18:30）

さくら並木歯科
""", cte="base64",
  trace=ISP("t.okada@ezweb.ne.jp", "sv8102.xserver.jp", "183.181.89.102", D, "mx.ezweb.ne.jp", "sakuranamiki-dental.jp", "sakuranamiki-dental.jp", dkim="none", dmarc="none"),
  unsure="clinic and reservation SaaS invented (same clinic domain is used, compromised, in a phishing mail)")

D = "Tue, 03 Jun 2025 16:20:00 +0900"
M("genuine/supplier-bank-account-change-legit.eml", "取引先 (振込先変更・正規)",
  "genuine supplier notice of a bank-account change (classic BEC theme) sent on official letterhead from its own domain, with PDF attachment and phone confirmation advice",
  addr("株式会社ミナト資材 経理部", "keiri@minato-shizai.co.jp", "iso-2022-jp"), "keiri@kitano-shoji.co.jp",
  "【ご案内】お振込先口座変更のお知らせ（2025年7月分より）", D,
  text="""株式会社北野商事
経理ご担当者様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
このたび、当社の取引銀行の統合に伴い、2025年7月お支払い分よりお振込先口座を変更させていただくことになりました。

詳細は添付の書面（社印押印済み）をご確認ください。
なお、念のため、変更内容は担当営業（佐藤）からもお電話でご説明いたします。
ご不明な点は、当社経理部 03-xxxx-xxxx までお問い合わせください。

株式会社ミナト資材 経理部
""", cs="iso-2022-jp", cte="7bit",
  atts=[att("furikomisaki_henkou.pdf", b"%PDF-1.4\n% placeholder letter\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf")],
  trace=MS("keiri@kitano-shoji.co.jp", "mail.minato-shizai.co.jp", "219.94.128.50", D, "minato-shizai.co.jp", "minato-shizai.co.jp"))

D = "Fri, 13 Jun 2025 10:45:00 +0900"
M("genuine/coop-delivery-password-reset.eml", "生協 (パスワード再設定)",
  "password reset mail with a tokenised one-time link (expires in 30 min) from a co-op web ordering system on its own domain; EUC-JP",
  addr("生活協同組合あおば 宅配Webサービス", "noreply@web.example-coop.or.jp", "euc-jp"), "akiko.y@yahoo.co.jp",
  "パスワード再設定のご案内", D,
  text="""パスワード再設定のお申し込みを受け付けました。

以下のURLにアクセスし、30分以内に新しいパスワードを設定してください。
https://web.example-coop.or.jp/member/password/reset?token=8f2c41e09b7d4a31a5c6

お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。

Webサービス事務局
""", cs="euc-jp", cte="8bit",
  trace=ISP("akiko.y@yahoo.co.jp", "mail.web.example-coop.or.jp", "202.218.2.55", D, "mta1.mail.yahoo.co.jp", "web.example-coop.or.jp", "web.example-coop.or.jp"),
  unsure="co-op domain invented")

D = "Mon, 23 Jun 2025 19:05:00 +0900"
M("genuine/uniqlo-like-sfmc-sale-html.eml", "アパレル大手メルマガ (SFMC)",
  "large apparel retailer newsletter via Salesforce Marketing Cloud: all links via click.<brand>.com redirector, image-heavy HTML, preheader, List-Unsubscribe",
  addr("AOZORA STORE", "info@mail.aozora-store.com"), "rie.ogawa@gmail.com",
  "【期間限定価格】夏の人気アイテムが続々登場", D,
  text="""AOZORA STORE 期間限定価格のお知らせ
https://click.mail.aozora-store.com/?qs=9a7b6c5d4e3f2a1b
""", html="""<html><body>
<div style="display:none">6/26(木)まで。エアリズム素材のTシャツなど</div>
<a href="https://click.mail.aozora-store.com/?qs=9a7b6c5d4e3f2a1b"><img src="https://image.mail.aozora-store.com/lib/fe9/m/1/summer_main.jpg" alt="期間限定価格"></a>
<p><a href="https://click.mail.aozora-store.com/?qs=1b2c3d4e5f6a7b8c">メンズ</a> | <a href="https://click.mail.aozora-store.com/?qs=2c3d4e5f6a7b8c9d">ウィメンズ</a> | <a href="https://click.mail.aozora-store.com/?qs=3d4e5f6a7b8c9d0e">キッズ</a></p>
<p style="font-size:10px"><a href="https://click.mail.aozora-store.com/?qs=unsub77">配信停止</a></p>
<img src="https://click.mail.aozora-store.com/open.aspx?ffcb10-fe9d" width="1" height="1"></body></html>
""", cte="quoted-printable",
  xh=["List-Unsubscribe: <https://click.mail.aozora-store.com/?qs=unsub77>, <mailto:leave-fd8@mail.aozora-store.com>"],
  trace=G("rie.ogawa@gmail.com", "mta5.mail.aozora-store.com", "13.111.44.5", D, "bounce.mail.aozora-store.com", "mail.aozora-store.com",
          dkim=[("mail.aozora-store.com", "pass")], dmarc="pass"),
  unsure="retailer invented")

D = "Wed, 02 Jul 2025 08:30:00 +0900"
M("genuine/jr-west-e5489-reservation-cp932.eml", "JR西日本 (e5489)",
  "real-style e5489 reservation mail, Shift_JIS with CP932 chars (①, ～); train times; link to e5489.jr-odekake.net",
  addr("JR西日本 e5489", "e5489@jr-odekake.net", "shift_jis"), "yamaguchi.t@gmail.com",
  "【e5489】ご予約内容のお知らせ", D,
  text="""e5489をご利用いただき、ありがとうございます。
以下の内容で予約を承りました。

予約番号：A58921
① 7月5日 のぞみ23号 新大阪 10:30発 ～ 博多 12:57着　7号車 12番E席
② 7月6日 のぞみ40号 博多 17:12発 ～ 新大阪 19:40着　7号車 3番A席

きっぷの受取は、乗車駅のみどりの券売機等でお願いします。
https://e5489.jr-odekake.net/

西日本旅客鉄道株式会社
""", cs="shift_jis", cte="8bit",
  trace=G("yamaguchi.t@gmail.com", "mail.jr-odekake.net", "210.190.107.42", D, "jr-odekake.net", "jr-odekake.net",
          dkim=[("jr-odekake.net", "pass")], dmarc="pass"),
  unsure="sender local part and IP invented")

D = "Fri, 11 Jul 2025 12:00:05 +0900"
M("genuine/aeon-card-statement-ready.eml", "イオンカード",
  "real-style イオンカード statement-ready notice (ご請求額確定) pointing to イオンウォレット; says the company never asks for PIN by mail",
  addr("イオンカード", "info@aeon.co.jp"), "y.ishida@gmail.com",
  "【イオンカード】ご請求額確定のお知らせ", D,
  text="""イオンカードをご利用いただきありがとうございます。

8月2日お支払い分のご請求額が確定しました。
ご請求金額：23,416円

ご利用明細はイオンウォレット（アプリ）または暮らしのマネーサイトでご確認ください。
https://www.aeon.co.jp/

※イオンカードからのメールで、暗証番号やセキュリティコードの入力をお願いすることはありません。

イオンフィナンシャルサービス株式会社
""", cte="base64",
  trace=G("y.ishida@gmail.com", "mail-out.aeon.co.jp", "203.140.81.23", D, "aeon.co.jp", "aeon.co.jp",
          dkim=[("aeon.co.jp", "pass")], dmarc="pass"),
  unsure="info@aeon.co.jp unverified as AEON card sender")

D = "Mon, 21 Jul 2025 09:40:33 +0900"
M("genuine/epos-net-password-changed.eml", "エポスカード",
  "real-style エポスNet 'password changed' confirmation: security-alert wording and phone number; link only to eposcard.co.jp",
  addr("エポスカード", "info@eposcard.co.jp"), "rie.ogawa@gmail.com",
  "【エポスカード】パスワード変更完了のお知らせ", D,
  text="""エポスNetをご利用いただきありがとうございます。

エポスNetのパスワード変更を受け付けました。
変更日時：2025年7月21日 09:39

お客さまご自身で変更されていない場合は、至急エポスカスタマーセンターまでご連絡ください。
https://www.eposcard.co.jp/

株式会社エポスカード
""", cte="quoted-printable",
  trace=G("rie.ogawa@gmail.com", "mta.eposcard.co.jp", "210.130.250.7", D, "eposcard.co.jp", "eposcard.co.jp",
          dkim=[("eposcard.co.jp", "pass")], dmarc="pass"),
  unsure="sender local part unverified")

D = "Thu, 31 Jul 2025 18:18:18 +0900"
M("genuine/saison-netanswer-otp.eml", "セゾンカード",
  "real-style Netアンサー one-time password mail (6 digits, 10 min), no links",
  addr("セゾンカード", "info@saisoncard.co.jp", "iso-2022-jp"), "a.takeuchi@outlook.com",
  "【セゾンカード】ワンタイムパスワードのお知らせ", D,
  text="""セゾンカードをご利用いただきありがとうございます。

Netアンサーのワンタイムパスワードをお知らせします。

ワンタイムパスワード：370258
有効期限：発行から10分

このメールにお心当たりがない場合は、第三者がログインしようとしている可能性があります。
株式会社クレディセゾン
""", cs="iso-2022-jp", cte="7bit", crlf=True,
  trace=MS("a.takeuchi@outlook.com", "mail.saisoncard.co.jp", "210.199.176.40", D, "saisoncard.co.jp", "saisoncard.co.jp"),
  unsure="sender local part unverified")

D = "Sun, 10 Aug 2025 08:00:00 +0900"
M("genuine/nhk-plus-id-registration.eml", "NHK",
  "real-style NHK ONE / NHKプラス registration-confirmation mail with a confirmation link (click to verify) on nhk.or.jp",
  addr("NHK", "noreply@nhk.or.jp"), "akiko.y@yahoo.co.jp",
  "【NHK】メールアドレス確認のお願い", D,
  text="""NHKのサービスにお申し込みいただきありがとうございます。

以下のURLにアクセスして、メールアドレスの確認を完了してください。
https://id.nhk.or.jp/verify?code=Q9c7Jz21LmP0

このURLの有効期限は24時間です。
お心当たりのない場合は、本メールを破棄してください。

日本放送協会
""", cte="base64",
  trace=ISP("akiko.y@yahoo.co.jp", "smtp.nhk.or.jp", "202.214.190.22", D, "mta1.mail.yahoo.co.jp", "nhk.or.jp", "nhk.or.jp"),
  unsure="NHK sender address and id.nhk.or.jp path unverified")
