"""Genuine mails, part B: streaming, business SaaS, government, retail/EC/delivery,
insurance, hospitals, and mails from people (forwards, colleagues, a tax accountant)."""
from registry import (G, A, R_SATO, R_SUZUKI, R_TAKA, R_TANAKA, R_ITO, R_WATA, R_NAKA,
                      R_KOBA, R_ISP, R_DOCOMO, R_CORP, tok, page, btn, paras)
import mime

V = "sender domain verified (public source, see README)"
U = "sender domain from memory, NOT verified"
LP = "; local part is ours"


def sg(name, n=1):
    return "https://u%d.ct.sendgrid.net/ls/click?upn=%s-2F%s" % (
        4813000 + n, tok(name + "u", 40), tok(name + "v", 24))


# ------------------------------------------------------------------ streaming
G("netflix-new-device-signin-genuine", "Netflix",
  ("Netflix", "info@account.netflix.com"),
  "新しいデバイスからのNetflixへのサインイン",
  html=page("NETFLIX", paras(
      "鈴木 一郎様",
      "新しいデバイスからお客様のNetflixアカウントへのサインインがありました。",
      "デバイス:Fire TV\n場所:東京都, 日本\n日時:2026年11月8日 20:14 JST",
      "心当たりがない場合は、すべてのデバイスからサインアウトし、パスワードを変更してください。") +
      btn("https://www.netflix.com/password", "パスワードを変更", "#e50914"),
      color="#000000", foot="Netflix International B.V. このメッセージはアカウントに関する重要なお知らせのため送信しています。"),
  cte="quoted-printable", to=R_SUZUKI, auth=A("gmail", ip="192.0.2.61", d="netflix.com", mf="bounces@bounce.netflix.com"),
  tricks="hard case: genuine sign-in alert telling the user to change the password (same subdomain as a forged phishing mail in this set)",
  note="netflix.com named by a third-party write-up; the account. subdomain is from memory, NOT verified")

G("netflix-price-change-genuine", "Netflix",
  ("Netflix", "info@mailer.netflix.com"),
  "料金プランの価格改定のお知らせ",
  body="""田中 健太様

Netflixをご利用いただきありがとうございます。
2026年12月の請求日より、スタンダードプランの料金が月額1,590円から1,790円に変更されます。

プランの変更や解約は、いつでもアカウントページから行えます。
https://www.netflix.com/YourAccount

Netflix""",
  cte="base64", to=R_TANAKA, auth=A("m365", ip="192.0.2.61", d="netflix.com"),
  tricks="genuine price-change notice mentioning 解約", note="netflix.com third party; mailer. subdomain NOT verified")

G("hulu-receipt-genuine", "Hulu",
  ("Hulu", "noreply@hulu.jp"),
  "【Hulu】お支払い完了のお知らせ",
  body="""Huluをご利用いただきありがとうございます。
月額利用料のお支払いが完了しました。

お支払い日:2026年11月1日
金額:1,026円(税込)
お支払い方法:クレジットカード(末尾 4421)

HJホールディングス株式会社""",
  cs="shift_jis", cte="base64", subj_enc="b-sjis", to=R_TAKA, auth=A("gmail", ip="192.0.2.62"),
  tricks="genuine receipt, Shift_JIS", note=U)

G("dazn-match-reminder-genuine", "DAZN",
  ("DAZN", "no-reply@dazn.com"),
  "今週末の注目試合:Jリーグ 最終節",
  html=page("DAZN", paras(
      "今週末はJ1リーグ最終節。優勝の行方を見逃すな!",
      "配信予定:11月29日(日)14:00~") +
      btn(sg("dazn-news", 5), "配信スケジュールを見る", "#f8fc00"), color="#0c161c",
      foot="DAZN Japan Investment G.K. 配信停止はアカウント設定から"),
  to=R_KOBA, auth=A("gmail", ip="192.0.2.63"),
  hdrs=["List-Unsubscribe: <%s>" % sg("dazn-unsub", 6)],
  tricks="genuine marketing mail with ESP-tracked link", note=U + "; tracker is our assumption")

G("abema-premium-start-genuine", "ABEMA",
  ("ABEMA", "noreply@abema.tv"),
  "ABEMAプレミアムへのご登録ありがとうございます",
  body="""ABEMAプレミアムにご登録いただき、ありがとうございます。

プラン:ABEMAプレミアム(月額)
料金:月額960円(税込)
次回更新日:2026年12月10日

解約はいつでも「マイページ」から行えます。

株式会社AbemaTV""",
  cte="8bit", to=R_KOBA, auth=A("m365", ip="192.0.2.64"), tricks="genuine subscription notice", note=U)

# ------------------------------------------------------------------ business SaaS
G("chatwork-unread-genuine", "Chatwork",
  ("Chatwork", "info@chatwork.com"),
  "[Chatwork] 未読メッセージが3件あります",
  body="""佐藤 花子さん

未読メッセージが3件あります。

・カワセミ工業 営業部(2件)
・小野寺 誠(1件)

Chatworkを開く
https://www.chatwork.com/

通知メールの設定は、Chatworkの「環境設定」から変更できます。""",
  cte="base64", to=R_SATO, auth=A("gmail", ip="192.0.2.71"),
  tricks="genuine unread-message digest naming the real CEO (compare the fake contact request)", note=U)

G("chatwork-impersonation-warning-genuine", "Chatwork",
  ("Chatwork", "info@chatwork.com"),
  "【重要】Chatwork上でのなりすまし詐欺にご注意ください",
  body="""Chatworkをご利用の皆さまへ

Chatwork上で、実在の企業の代表者や社員を装った偽アカウントから
コンタクト申請を送り、口座情報や現金をだまし取る詐欺が確認されています。

心当たりのないコンタクト申請は承認せず、拒否してください。
すでに承認してしまった場合は、当該アカウントの「アカウントID」を控えたうえで、
「ご意見・ご要望」からご報告ください。

株式会社kubell""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_CORP,
  auth=A("m365", ip="192.0.2.71"),
  tricks="hard case: genuine warning (詐欺, 口座情報, 現金) from the platform; no link", note=U)

G("slack-confirmation-code-genuine", "Slack",
  ("Slack", "no-reply@slack.com"),
  "Slack 確認コード: 284-619",
  body="""Slack にサインインするための確認コードは以下のとおりです。

284-619

このコードは10分間有効です。このリクエストに心当たりがない場合は、このメールを無視してください。

Slack Technologies, LLC""",
  cte="8bit", to=R_TANAKA, auth=A("gmail", ip="192.0.2.72"), tricks="OTP mail, no link", note=U)

G("zoom-invite-genuine-partner", "Zoom",
  ("株式会社オオルリ設計 営業部 木下", "kinoshita@ooruri-sekkei.co.jp"),
  "Zoomミーティングへの招待:定例打合せ(10/16)",
  body="""いつもお世話になっております。オオルリ設計の木下です。

次回定例のZoomミーティングを設定しましたのでご参加ください。

トピック:定例打合せ
時刻:2026年10月16日 14:00 大阪、札幌、東京

Zoomミーティングに参加する
https://us06web.zoom.us/j/84622159301?pwd=""" + tok("zoomg", 22) + """

ミーティングID: 846 2215 9301
パスコード: 772104

よろしくお願いいたします。""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="raw-jis", to=R_TANAKA,
  auth=A("gmail", ip="192.0.2.73"),
  tricks="hard case: the same business partner's genuine Zoom invite a month earlier, link on zoom.us; raw JIS display name",
  note="partner domain invented (same as the compromised-partner phishing mail)")

G("freee-invoice-received-genuine", "freee",
  ("freee請求書", "no-reply@freee.co.jp"),
  "【freee請求書】株式会社ヤマセミ様から請求書が届きました",
  body="""株式会社カワセミ工業
経理部 山口 様

株式会社ヤマセミ様から請求書が届きました。

請求書番号:INV-2026-1104
請求金額:264,000円(税込)
お支払期限:2026年12月31日

請求書は以下からご確認ください。
https://invoice.secure.freee.co.jp/reports/""" + tok("freeeg", 20) + """

freee株式会社""",
  cte="base64", to=R_CORP, auth=A("gmail", ip="192.0.2.74"),
  tricks="hard case: genuine invoice notification (same lure theme), official domain link", note=U)

G("cybozu-password-expiry-genuine", "kintone(サイボウズ)",
  ("cybozu.com", "noreply@cybozu.com"),
  "[cybozu.com] パスワードの有効期限のお知らせ",
  body="""cybozu.comからのお知らせです。

ご利用中のアカウント(keiri)のパスワードの有効期限が2026/12/01に切れます。
有効期限が切れた後にログインすると、パスワードの変更が求められます。

ログインURL:https://kawasemi.cybozu.com/

サイボウズ株式会社""",
  cs="iso-2022-jp", subj_enc="b-iso", to=R_CORP, auth=A("isp", ip="192.0.2.75"),
  tricks="hard case: genuine password-expiry notice on the tenant subdomain (compare the brand-as-subdomain fake)",
  note=U + "; tenant name invented")

G("eight-connected-genuine", "Sansan / Eight",
  ("Eight", "info@8card.net"),
  "大西 亮太さんとつながりました",
  body="""大西 亮太さん(株式会社ミサゴ物流)とEightでつながりました。

名刺の詳細やメッセージはEightアプリでご確認ください。
https://8card.net/

Sansan株式会社""",
  cte="base64", to=R_WATA, auth=A("gmail", ip="192.0.2.76"), tricks="genuine connection notice", note=U)

G("moneyforward-invoice-pdf-genuine", "マネーフォワード クラウド",
  ("マネーフォワード クラウド請求書", "noreply@moneyforward.com"),
  "株式会社ヤマセミ様より請求書が送付されました",
  body="""株式会社カワセミ工業 御中

株式会社ヤマセミ様より、マネーフォワード クラウド請求書を通じて請求書が送付されました。
請求書(PDF)を添付しておりますのでご確認ください。

件名:2026年10月分 保守費用
金額:110,000円(税込)

株式会社マネーフォワード""",
  attach=[("請求書_INV-2610.pdf", "application/pdf", mime.tiny_pdf("Invoice INV-2610 110000 JPY"))],
  cte="base64", to=R_CORP, auth=A("m365", ip="192.0.2.77"),
  tricks="genuine invoice with a PDF attachment (multipart/mixed)", note=U)

G("cloudsign-review-request-genuine", "クラウドサイン",
  ("クラウドサイン", "noreply@cloudsign.jp"),
  "株式会社ミサゴ物流 大西 亮太 さんから「秘密保持契約書」の確認依頼が届いています",
  html=page("クラウドサイン", paras(
      "株式会社カワセミ工業 山口 様",
      "株式会社ミサゴ物流 大西 亮太 さんから書類の確認依頼が届いています。",
      "書類名:秘密保持契約書\n送信者メッセージ:ご確認のほどよろしくお願いいたします。") +
      btn("https://www.cloudsign.jp/document/" + tok("csg", 24), "書類を確認する", "#1d4e9e"),
      color="#1d4e9e", foot="弁護士ドットコム株式会社"),
  to=R_CORP, auth=A("gmail", ip="192.0.2.78"),
  tricks="hard case: genuine e-contract request (same wording as the lure), official domain link", note=U)

# ------------------------------------------------------------------ government
G("etax-zeimusho-oshirase-genuine", "国税庁 e-Tax",
  ("e-Tax(国税電子申告・納税システム)", "info@e-tax.nta.go.jp"),
  "税務署からのお知らせ(佐藤 花子様)",
  body="""佐藤 花子様

e-Taxをご利用いただきありがとうございます。
メッセージボックスに新しいお知らせが格納されました。
e-Taxにログインし、メッセージボックスをご確認ください。

※このメールは送信専用です。返信いただいてもお答えできません。
※本メールにはURLを記載しておりません。

国税庁""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_SATO,
  auth=A("gmail", ip="192.0.2.81", d="e-tax.nta.go.jp"),
  tricks="genuine fixed-form e-Tax notice with the name in the subject and no URL",
  note="verified: e-Tax's own page gives the sender as e-Tax(国税電子申告・納税システム)<info@e-tax.nta.go.jp> and the subject form")

G("etax-zeimusho-oshirase-rawjis-crlf-genuine", "国税庁 e-Tax",
  ("e-Tax(国税電子申告・納税システム)", "info@e-tax.nta.go.jp"),
  "税務署からのお知らせ(鈴木 一郎様)",
  body="""鈴木 一郎様

e-Taxをご利用いただきありがとうございます。
申告等データの受付が完了したお知らせをメッセージボックスに格納しました。
e-Taxにログインし、メッセージボックスをご確認ください。

国税庁""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="raw-jis", to=R_SUZUKI, crlf=True,
  auth=A("m365", ip="192.0.2.81", d="e-tax.nta.go.jp"),
  tricks="same genuine form with a raw JIS display name, CRLF, Microsoft 365 AR", note="verified (see above)")

G("nta-mailmagazine-genuine", "国税庁",
  ("国税庁", "mailmagazine@nta.go.jp"),
  "国税庁メールマガジン(第214号)",
  body="""━━━━━━━━━━━━━━━━━━━━
国税庁メールマガジン 第214号
━━━━━━━━━━━━━━━━━━━━

■ 年末調整の時期です
年末調整の手続は、国税庁ホームページの「年末調整がよくわかるページ」をご覧ください。
https://www.nta.go.jp/users/gensen/nencho/index.htm

■ 国税庁をかたる不審なメールやSMSにご注意ください
国税庁(国税局、税務署を含む)では、ショートメッセージによる案内を送信しておりません。
未払い税金の支払や差押の予告をするメールは国税庁から送信したものではありません。

配信停止:https://www.nta.go.jp/information/mail/""",
  cte="quoted-printable", to=R_TANAKA, auth=A("gmail", ip="192.0.2.82", d="nta.go.jp"),
  tricks="hard case: genuine government newsletter containing phishing vocabulary (未払い税金, 差押)",
  note="subject 国税庁メールマガジン and sender name 国税庁 from a public write-up; address NOT verified")

G("nenkin-net-password-changed-genuine", "日本年金機構",
  ("ねんきんネット", "noreply@idpass-net.nenkin.go.jp"),
  "【ねんきんネット】パスワード変更のお知らせ",
  body="""ねんきんネットをご利用いただきありがとうございます。
パスワードの変更を受け付けました。

受付日時:2026年11月7日 16:22

このお手続きにお心当たりがない場合は、ねんきんネット専用番号までお問い合わせください。

日本年金機構""",
  cs="euc-jp", cte="8bit", subj_enc="b-iso", to=R_NAKA, auth=A("gmail", ip="192.0.2.83", d="nenkin.go.jp"),
  tricks="genuine security notice; EUC-JP 8bit body with ISO-2022-JP subject",
  note="address quoted by a third-party write-up; the agency says its mails come from xxx@xxx.nenkin.go.jp")

G("mynaportal-new-notice-genuine", "マイナポータル(デジタル庁)",
  ("マイナポータル", "noreply@myna.go.jp"),
  "マイナポータルに新しいお知らせが届きました",
  body="""マイナポータルに新しいお知らせが届きました。
マイナポータルにログインして、お知らせをご確認ください。

※このメールは送信専用です。
※このメールに個人情報の入力を求めるリンクは記載しておりません。

デジタル庁""",
  cte="base64", to=R_ITO, auth=A("gmail", ip="192.0.2.84", d="myna.go.jp"),
  tricks="genuine fixed-form notice, no URL", note=U)

G("city-fukuoka-kyufukin-genuine", "福岡市",
  ("福岡市", "kyufu@city.fukuoka.lg.jp"),
  "【福岡市】物価高騰対応 給付金の支給決定のお知らせ",
  body="""鈴木 一郎 様

福岡市です。オンラインで申請いただいた給付金について、支給を決定しました。

支給額:30,000円
振込予定日:2026年12月4日
振込先:申請時にご登録の口座

※福岡市から給付金に関して、ATMの操作や手数料の支払いをお願いすることはありません。
※市職員をかたる電話・メールにご注意ください。

詳細:https://www.city.fukuoka.lg.jp/
福岡市 保健福祉局""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="raw-jis", to=R_SUZUKI,
  auth=A("isp", ip="192.0.2.85", d="city.fukuoka.lg.jp"),
  tricks="hard case: genuine benefit decision from a real lg.jp domain (compare the fake lg.jp hierarchy); raw JIS display name",
  note=U + " (city.fukuoka.lg.jp is the city's web domain)")

G("setagaya-kuho-newsletter-genuine", "世田谷区役所",
  ("世田谷区", "mail@city.setagaya.lg.jp"),
  "せたがや区報 メール版 11月15日号",
  body="""せたがや区報 メール版 11月15日号

■ 年末年始のごみ収集について
■ 高齢者インフルエンザ予防接種のご案内(期限:1月31日)
■ 区職員をかたる還付金詐欺にご注意ください
  区役所や税務署の職員を名乗り「医療費の還付がある」と電話をかけ、ATMへ誘導する詐欺が発生しています。

詳しくは区ホームページをご覧ください。
https://www.city.setagaya.lg.jp/

配信停止はこちら:https://www.city.setagaya.lg.jp/mail/""",
  cs="shift_jis", cte="base64", subj_enc="b-sjis", to=R_ITO, auth=A("gmail", ip="192.0.2.86", d="city.setagaya.lg.jp"),
  tricks="hard case: municipal newsletter warning about 還付金詐欺; Shift_JIS", note=U)

G("keishicho-mail-alert-genuine", "警視庁",
  ("メールけいしちょう", "mail-keishicho@info.keishicho.metro.tokyo.lg.jp"),
  "【メールけいしちょう】警察官をかたる詐欺電話が多発しています",
  body="""警視庁からのお知らせです。

都内で、警察官を名乗り「あなたの口座が犯罪に使われている」「逮捕状が出ている」などと電話をかけ、
LINEのビデオ通話に誘導して現金や暗証番号をだまし取る詐欺が多発しています。

警察官がLINEで事情聴取をしたり、現金の振込を求めることはありません。
不審な電話は一度切り、最寄りの警察署か #9110 にご相談ください。

警視庁 犯罪抑止対策本部""",
  cs="euc-jp", cte="8bit", subj_enc="b-utf8", to=R_TAKA, auth=A("gmail", ip="192.0.2.87", d="metro.tokyo.lg.jp"),
  tricks="hard case: genuine police alert full of scam vocabulary (逮捕状, LINE, 暗証番号); EUC-JP 8bit", note=U)

G("tax-accountant-etax-mention-genuine", "国税庁 e-Tax(言及のみ)",
  ("税理士法人みなと会計 高田", "takada@minato-kaikei.example.jp"),
  "年末調整と確定申告(e-Tax)のご案内",
  body="""株式会社カワセミ工業
経理部 山口 様

いつもお世話になっております。みなと会計の高田です。

①年末調整の書類は12月10日までにご提出ください。
②扶養控除等申告書は㈱カワセミ工業様の様式で結構です。
また、来年の確定申告はe-Taxで行う予定です。e-Taxからは「税務署からのお知らせ」という
定型のメールが届きますが、e-Taxのメールには原則URLが記載されていません。
最近、国税庁をかたる不審なメールが増えていますので、リンクのあるメールにはご注意ください。

e-Taxの案内:https://www.e-tax.nta.go.jp/

税理士法人みなと会計
高田 修""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="raw-jis", to=R_CORP, crlf=True,
  auth=A("m365", ip="192.0.2.88", d="minato-kaikei.example.jp"),
  tricks="hard case: a tax accountant writing about e-Tax (brand mentioned, not claimed) with an official link; raw JIS display name; CRLF",
  note="invented accountant on example.jp")

G("it-dept-fake-etax-warning-genuine", "社内情報システム部",
  ("情報システム部", "it-support@kawasemi-kogyo.example.jp"),
  "【注意喚起】国税庁・e-Taxをかたる不審メールについて",
  body="""社員各位

情報システム部です。
社内アドレス宛に、国税庁・e-Taxをかたる不審なメールが複数届いています。
件名の例:「国税還付金の電子発行を開始しました」「【最終通知】所得税および延滞金の未納について」

・本文のリンク(www.e-tax.nta.go.jp.〇〇.cn のようなURL)は開かないでください。
・誤って開いた場合やIDを入力した場合は、内線2100までご連絡ください。

情報システム部""",
  cte="base64", to=R_CORP, auth=A("m365", ip="192.0.2.89", d="kawasemi-kogyo.example.jp"),
  tricks="hard case: internal IT warning quoting phishing subjects and a defanged fake URL", note="internal mail, invented company")

# ------------------------------------------------------------------ retail / EC / delivery
G("yamato-otodoke-yotei-genuine", "ヤマト運輸",
  ("ヤマト運輸", "mail@kuronekoyamato.co.jp"),
  "【ヤマト運輸】お届け予定のお知らせ",
  body="""佐藤 花子 様

ヤマト運輸です。
お客様宛てにお荷物のお届け予定をお知らせいたします。

お届け予定日時:11月20日 14時-16時
送り状番号:4913-2240-""" + str(int(mime.h("ymtg", 6), 16) % 9000 + 1000) + """
ご依頼主:株式会社ヨドバシカメラ 様
品名:家電

受け取り日時や場所の変更は、クロネコメンバーズからお手続きいただけます。
https://member.kms.kuronekoyamato.co.jp/

ヤマト運輸株式会社""",
  cte="base64", to=R_SATO, auth=A("gmail", ip="192.0.2.91", d="kuronekoyamato.co.jp"),
  tricks="genuine delivery notice with name, tracking number and sender; official domain link",
  note=V + LP + "; member.kms host from memory")

G("yamato-fuzai-renraku-genuine", "ヤマト運輸",
  ("ヤマト運輸", "mail@kuronekoyamato.co.jp"),
  "【ヤマト運輸】ご不在連絡のお知らせ",
  body="""佐藤 花子 様

本日お荷物をお届けにまいりましたが、ご不在でしたので持ち帰りました。

送り状番号:4913-2240-""" + str(int(mime.h("ymtg2", 6), 16) % 9000 + 1000) + """
保管期限:11月27日

再配達のご依頼はクロネコメンバーズ、またはヤマト運輸のホームページからお願いいたします。
https://www.kuronekoyamato.co.jp/

ヤマト運輸株式会社""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_SATO,
  auth=A("isp", ip="192.0.2.91", d="kuronekoyamato.co.jp"),
  tricks="hard case: genuine missed-delivery notice (the theme of most delivery lures); ISO-2022-JP",
  note=V + LP)

G("sagawa-otodoke-genuine", "佐川急便",
  ("佐川急便", "info@sagawa-exp.co.jp"),
  "【佐川急便】お届け予定のご案内",
  body="""伊藤 由美 様

佐川急便です。以下のお荷物のお届け予定をご案内いたします。

お問い合せ送り状No.:3601-""" + str(int(mime.h("sgwg", 6), 16) % 90000000 + 10000000) + """
お届け予定日:2026年11月19日
時間帯:午前中

お届け日時の変更は、スマートクラブからお手続きください。
https://www.sagawa-exp.co.jp/

佐川急便株式会社""",
  cs="shift_jis", cte="quoted-printable", subj_enc="b-sjis", to=R_ITO, auth=A("gmail", ip="192.0.2.92", d="sagawa-exp.co.jp"),
  tricks="genuine delivery notice; Shift_JIS QP", note="sagawa-exp.co.jp named by a third-party write-up" + LP)

G("japanpost-e-hassou-genuine", "日本郵便",
  ("日本郵便", "info@mail.post.japanpost.jp"),
  "【日本郵便】ゆうパック配達完了のお知らせ",
  body="""ゆうパックの配達が完了しました。

お問い合わせ番号:1234-5678-""" + str(int(mime.h("jpg", 4), 16) % 9000 + 1000) + """
配達日時:2026年11月14日 11:23
配達先:東京都世田谷区

日本郵便株式会社""",
  cte="base64", to=R_NAKA, auth=A("gmail", ip="192.0.2.93", d="mail.post.japanpost.jp"),
  tricks="short genuine delivery-complete notice, no link",
  note="mail.post.japanpost.jp named only by one third-party blog, NOT verified")

G("mercari-purchase-genuine", "メルカリ",
  ("メルカリ", "no-reply@mercari.jp"),
  "「ヴィンテージ 木製スツール」の購入手続きが完了しました",
  body="""高橋 美咲さん

「ヴィンテージ 木製スツール」の購入手続きが完了しました。
商品価格:¥4,800
支払い方法:メルペイ残高

出品者が商品を発送するまでお待ちください。取引画面はアプリからご確認いただけます。

株式会社メルカリ""",
  cte="base64", to=R_TAKA, auth=A("gmail", ip="192.0.2.94", d="mercari.jp"),
  tricks="genuine purchase notice from the exact address forged by a phishing mail in this set; DMARC pass",
  note="verified: Mercari's own notice says it mails from @mercari.jp; no-reply@ quoted by third parties")

G("mercari-login-alert-genuine", "メルカリ",
  ("メルカリ", "no-reply@mercari.jp"),
  "[メルカリ]ログインがありました",
  body="""[メルカリ]ログインがありました

日時:2026/11/16 07:52
端末:iPhone

このログインに心当たりがない場合は、アプリの「個人情報設定」からパスワードを変更し、
お問い合わせください。

株式会社メルカリ""",
  cte="base64", subj_enc="split-utf8", to=R_DOCOMO, auth=A("docomo", ip="192.0.2.94", d="mercari.jp"),
  tricks="hard case: genuine login alert whose UTF-8 subject is split mid-character (as bulk senders do); docomo.ne.jp AR pass",
  note="verified (see above)")

G("yahuoku-rakusatsu-genuine", "ヤフオク!",
  ("Yahoo!オークション", "auction-master@mail.yahoo.co.jp"),
  "【ヤフオク!】落札のお知らせ:Nikon レンズキャップ",
  html=page("Yahoo!オークション", paras(
      "田中 健太さん", "おめでとうございます。以下のオークションを落札しました。",
      "商品名:Nikon レンズキャップ LC-58\n落札価格:1,200円\n終了日時:11月16日 22:14",
      "取引ナビで出品者と連絡をとり、支払い手続きを進めてください。") +
      btn("https://contact.auctions.yahoo.co.jp/buyer/top", "取引ナビへ", "#ff0033"),
      color="#ff0033", foot="LINEヤフー株式会社"),
  cte="quoted-printable", to=R_TANAKA, auth=A("gmail", ip="192.0.2.95", d="mail.yahoo.co.jp"),
  tricks="genuine win notice with payment instruction; official auctions.yahoo.co.jp link", note=U)

G("demaecan-order-genuine", "出前館",
  ("出前館", "info@demae-can.com"),
  "【出前館】ご注文ありがとうございます",
  body="""小林 大輔 様

ご注文ありがとうございます。

店舗:〇〇飯店 三軒茶屋店
お届け予定:19:10~19:25
お支払い:クレジットカード 2,840円
クーポン利用:-500円

株式会社出前館""",
  cte="8bit", to=R_KOBA, auth=A("m365", ip="192.0.2.96"), tricks="genuine order receipt", note=U)

G("nitori-order-genuine", "ニトリ",
  ("ニトリネット", "order@nitori-net.jp"),
  "【ニトリネット】ご注文内容の確認",
  body="""佐藤 花子 様

ニトリネットをご利用いただき誠にありがとうございます。
以下の内容でご注文を承りました。

注文番号:NT2610-""" + str(int(mime.h("ntg", 4), 16) % 90000 + 10000) + """
商品:Nクール 敷きパッド(S) ×1
販売:㈱ニトリ
合計金額:2,990円(税込)
お支払い:クレジットカード

ご注文のキャンセル・変更はマイページから行えます。
https://www.nitori-net.jp/

株式会社ニトリ""",
  cs="iso-2022-jp", subj_enc="b-iso", to=R_SATO, auth=A("gmail", ip="192.0.2.97"),
  tricks="genuine order confirmation (compare the fake 398,000円 order)", note=U)

G("uniqlo-newsletter-sfmc-tracker-genuine", "ユニクロ",
  ("UNIQLO", "news@mail.uniqlo.com"),
  "【期間限定価格】ヒートテック特集・今週末まで",
  html=page("UNIQLO", paras(
      "今週末まで、ヒートテックシリーズが期間限定価格。",
      "オンラインストアでは送料無料キャンペーンも実施中です。") +
      btn("https://click.mail.uniqlo.com/?qs=" + tok("uq1", 64).lower(), "オンラインストアで見る", "#ff0000") +
      '<p style="font-size:11px"><a href="https://click.mail.uniqlo.com/?qs=%s">配信停止</a></p>' % tok("uq2", 64).lower(),
      color="#ff0000", foot="株式会社ユニクロ"),
  to=R_ITO, auth=A("gmail", ip="192.0.2.98"),
  hdrs=["List-Unsubscribe: <mailto:leave-%s@mail.uniqlo.com>" % tok("uql", 16).lower()],
  tricks="hard case: marketing mail whose links all go through a click-tracking subdomain (click.mail.…); 期間限定/無料 wording",
  note=U + "; tracker host is our assumption")

# ------------------------------------------------------------------ insurance / health
G("tokiomarine-renewal-genuine", "東京海上日動",
  ("東京海上日動", "info@tokiomarine-nichido.co.jp"),
  "【東京海上日動】自動車保険 ご契約更新のご案内",
  body="""渡辺 翔 様

平素は東京海上日動をご愛顧いただき、誠にありがとうございます。
お客さまの自動車保険は2026年12月15日に満期を迎えます。

更新内容のご確認とお手続きは、契約者さま専用ページから行えます。
https://www.tokiomarine-nichido.co.jp/

ご不明な点は、取扱代理店またはカスタマーセンターまでお問い合わせください。
東京海上日動火災保険株式会社""",
  cte="base64", to=R_WATA, auth=A("gmail", ip="192.0.2.101"), tricks="genuine renewal reminder with a deadline", note=U)

G("nissay-mynissay-genuine", "日本生命",
  ("日本生命", "info@nissay.co.jp"),
  "【ずっともっとサービス】サンクスマイル付与のお知らせ",
  body="""日本生命をご利用いただき、ありがとうございます。
ずっともっとサービスのサンクスマイルを付与しました。

付与マイル:1,200マイル
有効期限:2029年3月31日

日本生命保険相互会社""",
  cs="shift_jis", cte="8bit", subj_enc="b-utf8", to=R_SATO, auth=A("m365", ip="192.0.2.102"),
  tricks="short genuine loyalty notice; Shift_JIS 8bit", note=U)

G("kyoukaikenpo-mailmag-genuine", "協会けんぽ",
  ("協会けんぽ", "mailmag@kyoukaikenpo.or.jp"),
  "協会けんぽメールマガジン 11月号",
  body="""協会けんぽメールマガジン 11月号

■ 健診を受けましょう
■ 協会けんぽをかたる不審な電話・メールにご注意ください
  「還付金がある」としてATMへ誘導する詐欺が発生しています。協会けんぽが電話で
  ATMの操作をお願いすることはありません。

https://www.kyoukaikenpo.or.jp/

全国健康保険協会""",
  cte="quoted-printable", to=R_ITO, auth=A("gmail", ip="192.0.2.103"),
  tricks="hard case: newsletter warning about 還付金 scams", note=U)

G("hospital-reservation-genuine", "病院(架空: 桜ヶ丘総合病院)",
  ("桜ヶ丘総合病院", "yoyaku@sakuragaoka-hp.example.jp"),
  "【桜ヶ丘総合病院】外来予約のお知らせ(11月20日)",
  body="""中村 恵 様

桜ヶ丘総合病院です。外来のご予約を承りました。

日時:2026年11月20日(金)10:30
診療科:整形外科
担当医:森田

当日は①診察券 ②マイナ保険証(または資格確認書)をお持ちください。
予約の変更は、平日9時~17時に予約センター(03-0000-0000)までお電話ください。

桜ヶ丘総合病院""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="raw-jis", to=R_NAKA,
  auth=A("isp", ip="192.0.2.104", d="sakuragaoka-hp.example.jp"),
  tricks="genuine small-organisation mail with raw JIS display name, phone number, no link", note="invented hospital on example.jp")

G("family-forward-yamato-genuine", "ヤマト運輸",
  ("田中 京子", "kyoko.tanaka.1958@gmail.com"),
  "Fwd: 【ヤマト運輸】お届け予定のお知らせ",
  body="""健太へ
あなたが送ってくれた荷物、明日届くみたい。ありがとう。

---------- Forwarded message ---------
From: ヤマト運輸 <mail@kuronekoyamato.co.jp>
Date: 2026年11月17日(火) 18:05
Subject: 【ヤマト運輸】お届け予定のお知らせ

田中 京子 様
お届け予定日時:11月18日 午前中
ご依頼主:田中 健太 様
送り状番号:4913-2271-6630

ヤマト運輸株式会社""",
  cte="8bit", to=R_TANAKA, auth=A("gmail", d="gmail.com", mf="kyoko.tanaka.1958@gmail.com", ip="209.85.220.41"),
  tricks="hard case: genuine delivery notice forwarded by the mother from Gmail (the same mother forwards a fake 国税庁 SMS elsewhere)",
  note="forwarded; original sender " + V)

# ------------------------------------------------------------------ added: urgency and user forwards
G("tepco-pg-teiden-genuine", "東京電力パワーグリッド",
  ("東京電力パワーグリッド", "teiden-info@tepco.co.jp"),
  "【停電のお知らせ】世田谷区の一部で停電が発生しています",
  body="""東京電力パワーグリッドからのお知らせです。

11月18日 06:42頃から、世田谷区の一部地域で停電が発生しています。
現在、復旧作業を行っております。復旧見込みは09:00頃です。

停電中は電気機器のスイッチを切り、ブレーカーの確認をお願いいたします。
最新の停電情報は「停電情報」ページまたはアプリでご確認ください。
https://teideninfo.tepco.co.jp/

東京電力パワーグリッド株式会社""",
  cte="base64", to=R_WATA, auth=A("gmail", ip="192.0.2.11", d="tepco.co.jp"),
  tricks="hard case: genuine urgent outage alert (停電), official domain", note=V + LP + "; teideninfo host from memory")

G("mercari-receipt-user-forward-to-work-genuine", "メルカリ",
  ("高橋 美咲", "misaki.takahashi@example.jp"),
  "FW: 「ヴィンテージ 木製スツール」の購入手続きが完了しました",
  body="""(経費精算用に自分の会社アドレスへ転送)

________________________________
差出人: メルカリ <no-reply@mercari.jp>
送信日時: 2026年11月12日 21:03
宛先: misaki.takahashi@example.jp
件名: 「ヴィンテージ 木製スツール」の購入手続きが完了しました

高橋 美咲さん

「ヴィンテージ 木製スツール」の購入手続きが完了しました。
商品価格:¥4,800
支払い方法:メルペイ残高

株式会社メルカリ""",
  cte="quoted-printable", to=("高橋 美咲", "m.takahashi@kawasemi-kogyo.example.jp"),
  auth=A("m365", ip="192.0.2.25", d="example.jp"),
  tricks="hard case: genuine receipt forwarded by the user to their own work address (Outlook-style FW header block)",
  note="forwarded; original sender verified (mercari.jp)")

G("smbc-card-vpass-forwarded-by-user-genuine", "三井住友銀行",
  ("鈴木 一郎", "ichiro.suzuki@example.jp"),
  "Fwd: 【三井住友銀行】振込入金のお知らせ",
  body="""妻へ:給料の入金、確認できました。

---------- Forwarded message ---------
From: 三井住友銀行 <info@dn.smbc.co.jp>
Date: 2026年11月16日(月) 9:31
Subject: 【三井住友銀行】振込入金のお知らせ

鈴木 一郎 様
お客さまの口座に振込入金がありましたのでお知らせします。
入金額:235,000円
振込依頼人:カ)カワセミコウギヨウ

株式会社三井住友銀行""",
  cte="8bit", to=("鈴木 陽子", "yoko.suzuki.0305@gmail.com"),
  auth=A("gmail", d="example.jp", mf="ichiro.suzuki@example.jp", ip="192.0.2.27", p="NONE"),
  tricks="hard case: genuine bank notice forwarded by the user to the spouse", note="forwarded; original sender domain smbc.co.jp verified, subdomain not")
