"""Phishing mails, part B: streaming, business SaaS and BEC, government, retail/EC/delivery,
insurance and hospitals. Every attacker domain here is invented."""
from registry import (P, A, R_SATO, R_SUZUKI, R_TAKA, R_TANAKA, R_ITO, R_WATA, R_NAKA,
                      R_KOBA, R_ISP, R_DOCOMO, R_CORP, tok, page, btn, paras, qr_png)
import mime

# ------------------------------------------------------------------ streaming
P("netflix-annual-plan-isp-mailbox", "Netflix",
  ("HealthDesk", "hd-support7731@plala.or.jp"),
  "【確認のお願い】Netflix 年額プラン登録について",
  body="""お客様のアカウントにて
「Netflix 年額メンバーシップ」のご登録が完了しました。
ご利用料金 32,000円(税込)が、まもなくご指定のお支払い方法から引き落とされる予定です。

もし本件のご登録にお心当たりがない場合、または解約をご希望の場合は、
下記のリンクより詳細をご確認のうえお手続きください。

▼ ご確認・解約はこちら
https://nf-member-center.com/account/cancel

引き続き Netflix をご愛顧賜りますようお願い申し上げます。
━━━━━━━━━━━━━━
Netflix カスタマーサービス
(本メールは自動送信されています)""",
  cte="base64", to=R_SUZUKI,
  auth=A("gmail", d="plala.or.jp", mf="hd-support7731@plala.or.jp", ip="60.36.166.10"),
  tricks="consumer ISP mailbox (plala.or.jp) of an unrelated user, display name 'HealthDesk'; fake annual-plan charge 'cancel here'")

P("netflix-forged-payment-hold", "Netflix",
  ("Netflix", "info@account.netflix.com"),
  "お支払い情報に問題があります - アカウントを保留中です",
  html=page("NETFLIX", paras(
      "お支払いに問題が発生しました",
      "次回の請求についてお支払いを処理できませんでした。アカウントを保留中にしています。"
      "48時間以内にお支払い情報を更新しない場合、メンバーシップは終了します。") +
      btn("https://netflix-billing-update.duckdns.org/ja/account", "お支払い情報を更新", "#e50914"),
      color="#000000", foot="Netflix International B.V."),
  to=R_NAKA, auth=A("gmail", spf="fail", dkim="none", dmarc="fail", mf="mail@nfx-upd.click", ip="203.0.113.84"),
  tricks="forged netflix.com subdomain sender (DMARC fail p=REJECT, Gmail); duckdns.org dynamic DNS host")

P("hulu-lookalike-sjis-qp", "Hulu",
  ("Hulu", "support@hulu-jp-account.com"),
  "【Hulu】お支払い方法の更新をお願いします",
  body="""Huluをご利用いただきありがとうございます。

ご登録のクレジットカードでのお支払いができませんでした。
引き続きHuluをお楽しみいただくため、下記よりお支払い方法を更新してください。

https://hulu-jp-account.com/account/payment

HJホールディングス株式会社""",
  cs="shift_jis", cte="quoted-printable", subj_enc="b-sjis", to=R_TAKA,
  auth=A("isp", ip="198.51.100.58", dmarc="none"),
  tricks="look-alike hulu-jp-account.com (own auth pass); Shift_JIS quoted-printable")

P("dazn-sms-style-bitly-carrier", "DAZN",
  ("", "dazn-jp@ezweb.ne.jp"), "DAZN",
  body="DAZN: お支払いが確認できないため視聴を停止しました。再開はこちら https://bit.ly/" + tok("dazn", 7),
  cte="8bit", to=R_DOCOMO,
  auth=A("docomo", d="ezweb.ne.jp", mf="dazn-jp@ezweb.ne.jp", ip="27.85.160.10"),
  tricks="SMS-style from a carrier mailbox (ezweb.ne.jp) named after the brand; bit.ly")

P("abema-auto-renewal-cancel-netlify", "ABEMA",
  ("ABEMA", "noreply@abema-premium.info"),
  "【ABEMAプレミアム】年間プランの自動更新について(29,800円)",
  html=page("ABEMAプレミアム", paras(
      "ABEMAプレミアム 年間プラン(29,800円)が明日自動更新されます。",
      "更新を希望されない場合は、下記より解約手続きを行ってください。") +
      btn("https://abema-premium-cancel.netlify.app/", "解約手続きへ", "#000000"), color="#000000",
      foot="株式会社AbemaTV"),
  to=R_KOBA, auth=A("gmail", ip="198.51.100.44", dmarc="none"),
  tricks="fake auto-renewal 'cancel here' lure; netlify.app landing")

P("disneyplus-visible-official-url", "Disney+",
  ("Disney+", "disneyplus@mail-disneyplus.help"),
  "Disney+ アカウントの確認が必要です",
  html=page("Disney+", paras(
      "お客様のアカウントへの異常なログインを検出しました。",
      "アカウントを保護するため、以下のリンクからログインし、本人確認を行ってください。") +
      '<p><a href="https://disneyplus-verify.sbs/login">https://www.disneyplus.com/ja-jp/login</a></p>',
      color="#0e1a4a", foot="The Walt Disney Company (Japan) Ltd."),
  to=R_ITO, auth=A("m365", ip="203.0.113.159", dmarc="none", compauth="softpass reason=201"),
  tricks="link text shows the official disneyplus.com login URL, href goes to .sbs; look-alike .help sender")

# ------------------------------------------------------------------ business SaaS / BEC
P("chatwork-contact-request-ceo", "Chatwork",
  ("Chatwork", "notify@chatwork-contact.com"),
  "[Chatwork] 小野寺 誠さんからコンタクト承認リクエストが届いています",
  body="""佐藤 花子さん

小野寺 誠さん(株式会社カワセミ工業 代表取締役)からコンタクト承認リクエストが届いています。

メッセージ:
お疲れ様です。至急ご相談したい件があります。承認をお願いします。

▼ リクエストを確認する
https://chatwork-contact.com/login?req=""" + tok("cwreq", 12) + """

Chatwork""",
  cte="base64", to=R_SATO, auth=A("gmail", ip="198.51.100.81", dmarc="none"),
  tricks="fake Chatwork contact-request notice (the 2026 Chatwork CEO-impersonation campaign) leading to a look-alike login page")

P("ceo-line-group-qr-bec", "社長なりすまし(LINE)",
  ("小野寺 誠", "onodera.kawasemi.ceo@gmail.com"),
  "株式会社カワセミ工業",
  body="""お疲れ様です。

今後の業務プロジェクトの進行のため、新しい社内LINEグループを作成してください。
メンバーはまだ追加しないでください。
作成後、グループのQRコードをこのメールに返信で送ってください。

会議中のため電話には出られません。よろしくお願いします。

小野寺""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_CORP,
  auth=A("gmail", d="gmail.com", mf="onodera.kawasemi.ceo@gmail.com", ip="209.85.220.69"),
  tricks="CEO impersonation from free mail (gmail.com) asking to create a LINE group and send its QR code (BEC first step), no link; subject is only the company name")

P("ceo-giftcard-bec", "社長なりすまし(ギフトカード)",
  ("小野寺 誠", "m.onodera@kawasemi-kogyo-jp.com"),
  "至急のお願い",
  body="""山口さん

今どこにいますか?取引先へのお礼として至急ギフトカードが必要です。
近くのコンビニでAppleギフトカード 5万円分(1万円×5枚)を購入し、
裏面のコードを写真に撮ってこのメールに返信してください。
費用は後で精算します。他の人には内密にお願いします。

小野寺""",
  cte="8bit", to=R_CORP, auth=A("m365", ip="203.0.113.221", dmarc="none", compauth="softpass reason=201"),
  tricks="gift-card BEC: look-alike of the company's own domain (kawasemi-kogyo-jp.com), urgency and secrecy, reply with card codes")

P("freee-invoice-lookalike-html", "freee",
  ("freee請求書", "invoice@freee-invoice.net"),
  "【freee】株式会社ハヤブサ商事 様より請求書が届きました",
  html=page("請求書が届きました", paras(
      "株式会社ハヤブサ商事 様より請求書が発行されました。",
      "請求金額:1,386,000円\nお支払期限:2026年11月30日",
      "請求書を確認するにはfreeeアカウントでログインしてください。") +
      btn("https://freee-invoice.net/secure/login?doc=" + tok("freee", 10), "請求書を確認する", "#2864f0"),
      color="#2864f0", foot="freee株式会社"),
  to=R_CORP, auth=A("gmail", ip="198.51.100.246", dmarc="none"),
  tricks="fake invoice notification; look-alike freee-invoice.net credential page")

P("slack-shared-file-sbs", "Slack",
  ("Slack", "feedback@slack-workspace-files.sbs"),
  "田村 さんがファイルを共有しました:2026年度_賞与査定.xlsx",
  html=page("Slack", paras(
      "田村 さんが #general でファイルを共有しました。",
      "📄 2026年度_賞与査定.xlsx",
      "ファイルを表示するにはワークスペースにサインインしてください。") +
      btn("https://slack-workspace-files.sbs/signin?f=" + tok("slack", 10), "Slackで開く", "#4a154b"),
      color="#4a154b", foot="Slack Technologies, LLC"),
  to=R_TANAKA, auth=A("m365", ip="198.51.100.212", dmarc="none", compauth="softpass reason=201"),
  tricks="'shared file' lure with a tempting file name (賞与査定); look-alike .sbs sign-in")

P("zoom-invite-compromised-pagesdev", "Zoom",
  ("株式会社オオルリ設計 営業部 木下", "kinoshita@ooruri-sekkei.co.jp"),
  "Zoomミーティングへの招待:定例打合せ(11/20)",
  body="""いつもお世話になっております。オオルリ設計の木下です。

次回定例のZoomミーティングを設定しましたのでご参加ください。

トピック:定例打合せ
時刻:2026年11月20日 14:00 大阪、札幌、東京

Zoomミーティングに参加する
https://zoom-us-join.pages.dev/j/8462215930?pwd=""" + tok("zoompwd", 22) + """

ミーティングID: 846 221 5930

よろしくお願いいたします。""",
  cte="7bit", cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_TANAKA,
  auth=A("gmail", ip="203.0.113.31"),
  tricks="compromised business partner (full pass) sending a Zoom invite whose link is on pages.dev, not zoom.us")

P("cybozu-password-expiry-brand-subdomain", "kintone(サイボウズ)",
  ("cybozu.com", "no-reply@cybozu-com.login-portal.top"),
  "[cybozu.com] パスワードの有効期限が近づいています",
  body="""cybozu.com共通管理者からのお知らせです。

ご利用中のアカウントのパスワードの有効期限が2026/11/21に切れます。
引き続きkintoneをご利用いただくため、以下からパスワードを更新してください。

https://kawasemi.cybozu.com.login-portal.top/login

サイボウズ株式会社""",
  cte="quoted-printable", to=R_CORP, auth=A("gmail", ip="198.51.100.35", dmarc="none"),
  tricks="tenant-looking brand-as-subdomain kawasemi.cybozu.com.login-portal.top; password-expiry lure")

P("sansan-eight-vercel", "Sansan / Eight",
  ("Eight", "info@eight-card-exchange.com"),
  "大西 亮太さんとEightでつながりました",
  body="""大西 亮太さん(株式会社ミサゴ物流)とEightでつながりました。
大西さんからメッセージが届いています。

「先日はありがとうございました。資料をお送りしますのでご確認ください。」

メッセージを見る
https://eight-message-view.vercel.app/m/""" + tok("eight", 10) + """

Sansan株式会社""",
  cte="base64", to=R_WATA, auth=A("gmail", ip="203.0.113.62", dmarc="none"),
  tricks="business-card exchange notice lure; vercel.app landing; look-alike sender")

P("moneyforward-invoice-zip-js", "マネーフォワード クラウド",
  ("マネーフォワード クラウド請求書", "no-reply@mf-invoice-cloud.com"),
  "【請求書送付】2026年11月分 ご請求書(株式会社ヤマセミ)",
  body="""株式会社カワセミ工業
経理ご担当者様

いつもお世話になっております。
2026年11月分のご請求書を添付にてお送りいたします。
パスワードは別メールにてお送りいたします。

株式会社ヤマセミ""",
  attach=[("請求書_202611.zip", "application/zip",
           mime.zip_bytes([("請求書_202611.pdf.js", b"/* placeholder: inert test file, not malware */\nvar x=1;\n")]))],
  cte="base64", to=R_CORP, auth=A("m365", ip="198.51.100.206", dmarc="none", compauth="softpass reason=201"),
  tricks="zip attachment holding a double-extension .pdf.js (inert placeholder); 'password in a separate mail' (PPAP) style; look-alike of マネーフォワード's invoice service")

P("cloudsign-contract-azurewebsites", "クラウドサイン",
  ("クラウドサイン", "noreply@cloudsign-document.com"),
  "株式会社ミサゴ物流 大西 亮太 さんから「業務委託契約書」の確認依頼が届いています",
  html=page("クラウドサイン", paras(
      "株式会社ミサゴ物流 大西 亮太 さんから書類の確認依頼が届いています。",
      "書類名:業務委託契約書_2026年度\n有効期限:2026年11月22日") +
      btn("https://cloudsign-docs.azurewebsites.net/document/" + tok("cs", 16), "書類を確認する", "#1d4e9e"),
      color="#1d4e9e", foot="弁護士ドットコム株式会社"),
  to=R_CORP, auth=A("gmail", ip="198.51.100.141", dmarc="none"),
  tricks="e-contract review lure; azurewebsites.net landing; look-alike sender")

P("box-shared-sites-google", "Box",
  ("Box", "noreply@box-share-notify.com"),
  "中島 さんがあなたと「見積書_2026.pdf」を共有しました",
  body="""中島 さんがあなたとファイルを共有しました。

見積書_2026.pdf

ファイルを開く:
https://sites.google.com/view/box-shared-doc-""" + tok("boxs", 6).lower() + """/home

Box, Inc.""",
  cte="8bit", to=R_KOBA, auth=A("isp", ip="203.0.113.250", dmarc="none"),
  tricks="shared-file lure hosted on sites.google.com; look-alike sender passing own auth (invented ISP AR)")

# ------------------------------------------------------------------ government
P("etax-refund-fake-gojp-display-address", "国税庁 e-Tax",
  ("e-Tax(国税電子申告・納税システム)‹info@e-tax.nta.go.jp›", "etax-info@kanpu-notice.cn"),
  "国税還付金の電子発行を開始しました",
  body="""e-Taxをご利用いただきありがとうございます。
令和8年度の税制改正等のうち、以下の申告手続について、追加及び修正を行い。
税制改正に伴い、税金の状況をわかりやすくするため。
E-Tax の個人納税アカウントを持つことを全員に義務付けています
このメール受信後24時間以内に下記の専用リンクからE-taxアカウントをご登録ください。

⇒ https://www.e-tax.nta.go.jp.kanpu-shinsei.cn/search?q=""" + tok("etax", 12) + """

※本メールアドレスは送信専用のため、返信を受け付けておりません。
発行元:国税庁
Copyright (C) NATIONAL TAX AGENCY ALL Rights Reserved.""",
  cte="base64", to=R_TANAKA, auth=A("gmail", ip="203.0.113.114", dmarc="none"),
  tricks="official address written inside the display name; fake go.jp hierarchy www.e-tax.nta.go.jp.kanpu-shinsei.cn; broken sentences; no name in subject (real ones read 税務署からのお知らせ(氏名様))")

P("etax-delinquent-forged-noauth", "国税庁 e-Tax",
  ("e-Tax(国税電子申告・納税システム)", "info@e-tax.nta.go.jp"),
  "【最終通知】所得税および延滞金の未納について",
  body="""e-Taxをご利用いただきありがとうございます。
所得税および延滞金の未納について、最終通知をお送りしております。
期日内に納付がない場合は、税法に基づき財産の差押処分が行われることになります。

納税確認番号:N-2026-""" + tok("nta", 8).upper() + """
滞納金合計:68,400円
納付期限:2026年11月25日

お支払い
https://nta-nozei.payment-jp.cc/pay

発行元:国税庁""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_SUZUKI, auth=None,
  tricks="forged info@e-tax.nta.go.jp with no Authentication-Results; 差押 threat; payment link (.cc); e-Tax never puts URLs in mail")

P("nta-sms-forward-family-gmail", "国税庁",
  ("田中 京子", "kyoko.tanaka.1958@gmail.com"), "Fwd: 国税庁から",
  body="""健太へ
こんなのが来たんだけど、本物?

---------- Forwarded message ---------
【国税庁】未払い税金のお知らせ:お支払いがない場合、財産差押えの手続きを開始します。詳細 https://s.id/""" + tok("ntas", 5) + """
""",
  cte="8bit", to=R_TANAKA,
  auth=A("gmail", d="gmail.com", mf="kyoko.tanaka.1958@gmail.com", ip="209.85.220.41"),
  tricks="SMS forwarded by the mother (Gmail, full pass); 国税庁 sends no SMS; s.id shortener; label phish")

P("mynaportal-furigana-html-attachment", "マイナポータル(デジタル庁)",
  ("マイナポータル", "notice@myna-portal-info.com"),
  "【マイナポータル】戸籍に記載される氏名のフリガナの通知書",
  body="""マイナポータルからのお知らせです。

戸籍に記載される氏名のフリガナの通知書を添付いたします。
添付ファイルを開き、フリガナに誤りがないか確認のうえ、
マイナンバーカードの暗証番号を入力して確定してください。
期限までに確定がない場合、フリガナは自動で確定されます。

デジタル庁""",
  attach=[("フリガナ通知書.html", "text/html",
           page("フリガナ通知書", '<form action="https://myna-furigana.firebaseapp.com/api/confirm" method="post">'
                "<p>氏名 <input name=\"n\"></p><p>生年月日 <input name=\"b\"></p>"
                "<p>利用者証明用電子証明書暗証番号(4桁) <input name=\"pin\"></p>"
                "<p><input type=\"submit\" value=\"確定\"></p></form>", color="#003f8e"))],
  to=R_ITO, auth=A("gmail", ip="198.51.100.77", dmarc="none"),
  tricks="2025 戸籍フリガナ topic; HTML attachment form posting to firebaseapp.com asking the My Number card PIN")

P("mynaportal-lookalike-subdomain", "マイナポータル(デジタル庁)",
  ("マイナポータル", "info@myna-go.jp"),
  "マイナポータルに新しいお知らせが届きました(健康保険証の利用登録)",
  html=page("マイナポータル", paras(
      "マイナ保険証の利用登録が完了していません。",
      "2026年12月1日以降、登録がない場合は医療機関で10割負担となります。",
      "以下からマイナポイント(7,500円分)の受け取りとあわせて登録を行ってください。") +
      btn("https://myna.go.jp-hoken.cc/login", "登録する", "#003f8e"),
      color="#003f8e", foot="デジタル庁"),
  to=R_WATA, auth=A("m365", ip="203.0.113.190", dmarc="none", compauth="softpass reason=201"),
  tricks="look-alike myna-go.jp sender and fake go.jp hierarchy myna.go.jp-hoken.cc; マイナ保険証 10割負担 threat plus point bait")

P("nenkin-haraimodoshi-reply-bank", "日本年金機構",
  ("日本年金機構 年金払戻管理局", "nenkin.haraimodoshi@yahoo.co.jp"),
  "年金払戻金のお知らせ",
  body="""日本年金機構 年金払戻管理局 払戻返金部門です。

お客様の年金保険料に過払いがあり、払戻金 52,300円をお振込みいたします。
お振込みのため、以下の事項をこのメールにご返信ください。

・お名前
・生年月日
・基礎年金番号
・金融機関名・支店名・口座番号
・キャッシュカードの暗証番号

日本年金機構""",
  cte="8bit", to=R_KOBA,
  auth=A("gmail", d="yahoo.co.jp", mf="nenkin.haraimodoshi@yahoo.co.jp", ip="182.22.12.18"),
  tricks="reply-only (no link) asking bank account and card PIN; non-existent department (年金払戻管理局, named in the agency's own warning); free mail")

P("nenkin-net-lookalike-html", "日本年金機構",
  ("ねんきんネット", "noreply@nenkin-go-jp.com"),
  "【ねんきんネット】ユーザIDの有効期限のお知らせ",
  html=page("ねんきんネット", paras(
      "ねんきんネットのユーザIDの有効期限が近づいています。",
      "有効期限までにログインし、ご本人様情報(基礎年金番号・マイナンバー)を確認してください。") +
      btn("https://nenkin-go-jp.com/nenkinnet/login", "ログイン", "#1b5e9b"), color="#1b5e9b",
      foot="日本年金機構"),
  cte="quoted-printable", to=R_NAKA, auth=A("gmail", ip="198.51.100.163", dmarc="none"),
  tricks="look-alike nenkin-go-jp.com (real sender: *.nenkin.go.jp); asks pension and My Number")

P("city-kyufukin-fake-lgjp", "福岡市",
  ("福岡市 給付金事務局", "kyufu@city-fukuoka-lg.jp"),
  "【福岡市】物価高騰対策 給付金(1世帯30,000円)申請のご案内",
  body="""福岡市にお住まいの皆さまへ

物価高騰対策として、1世帯あたり30,000円の給付金を支給します。
申請期限:2026年11月30日

以下のオンライン申請ページから、世帯主の氏名・口座情報・マイナンバーカードの写真を登録してください。
https://www.city.fukuoka.lg.jp.kyufu-portal.com/shinsei/

福岡市 給付金事務局""",
  cte="base64", to=R_SUZUKI, auth=A("isp", ip="203.0.113.134", dmarc="none"),
  tricks="fake lg.jp: sender city-fukuoka-lg.jp, link www.city.fukuoka.lg.jp.kyufu-portal.com; benefit lure asking bank account and ID photo")

P("ward-insurance-refund-callback", "世田谷区役所",
  ("世田谷区 保険年金課", "setagaya.hoken.kanpu@outlook.jp"),
  "医療費・保険料の還付金について(重要)",
  body="""世田谷区 保険年金課です。

医療費および介護保険料の過払いがあり、還付金 38,200円が発生しております。
還付の手続き期限は本日までとなっております。
お手続きのため、下記の担当までお電話ください。

担当:保険年金課 還付係 佐々木
電話:03-6865-2297

世田谷区役所""",
  cs="shift_jis", cte="8bit", subj_enc="b-sjis", to=R_ITO,
  auth=A("m365", d="outlook.jp", mf="outlook.jp", ip="40.92.66.33"),
  tricks="還付金詐欺 call-back (no link) from free mail (outlook.jp) claiming a ward office; same-day deadline; Shift_JIS 8bit")

P("police-keishicho-money-laundering", "警視庁",
  ("警視庁 捜査第二課", "sousa2@keishicho-metro-tokyo.com"),
  "【警視庁】マネーロンダリング事件への関与について(出頭要請)",
  body="""あなた名義の銀行口座が、現在捜査中のマネーロンダリング事件に使用されていることが判明しました。

事件番号:令和8年(警)第2317号

本日中に担当捜査官に連絡しない場合、逮捕状が請求されます。
事情聴取はLINEのビデオ通話で行います。下記の担当者にLINEで連絡してください。

担当:捜査第二課 警部補 中川
LINE ID:keishicho-nakagawa2317

警視庁""",
  cte="base64", to=R_TAKA, auth=A("gmail", ip="198.51.100.199", dmarc="none"),
  tricks="police impersonation (2024-25 ニセ警察詐欺): arrest threat, move to LINE video call; look-alike keishicho-metro-tokyo.com; no URL")

P("npa-traffic-fine-sms-shortener", "警察庁",
  ("", "npa.hansoku@docomo.ne.jp"), "",
  body="【警察庁】交通違反の反則金が未納です。本日中に納付がない場合、刑事手続きに移行します。納付はこちら https://tinyurl.com/" + tok("npa", 8),
  cte="8bit", to=R_ISP, auth=A("isp", d="docomo.ne.jp", mf="npa.hansoku@docomo.ne.jp", ip="203.138.180.10"),
  tricks="SMS-style from a carrier mailbox (docomo.ne.jp); tinyurl; traffic-fine threat")

# ------------------------------------------------------------------ retail / EC / delivery
P("yamato-redelivery-top", "ヤマト運輸",
  ("ヤマト運輸", "kuronekoyamato.aiiro-12@ignyt-mail.com"),
  "【ヤマト運輸】再配達のご案内",
  html=page("ヤマト運輸", paras(
      "お届けに伺いましたが、ご不在のため配達できませんでした。",
      "お荷物はセンターで保管しております。保管期限を過ぎると差出人に返送されます。") +
      btn("https://8pk0au-ymt.top/XJFAu2FTy", "再配達を依頼する", "#ffcc00"),
      color="#1a1a1a", foot="ヤマト運輸株式会社"),
  to=R_SATO, auth=A("gmail", ip="203.0.113.51", dmarc="none"),
  tricks="brand name in the sender local part only; no tracking number; .top link")

P("yamato-address-forged-isp", "ヤマト運輸",
  ("ヤマト運輸株式会社", "mail@kuronekoyamato.co.jp"),
  "お荷物お届けのお知らせ【受け取りの日時や場所をご指定ください】",
  body="""「ヤマト運輸」お荷物お届け時ご不在のお知らせ

ヤマト運輸をご利用いただきありがとうございます。
宛先と電話番号に誤りがありましたため、配送できないことになっています。下記通り、配送情報をご更新ください。

お荷物情報
状態: ご更新を待っております
送り状番号:4415-6415-""" + str(int(mime.h("ymt2", 6), 16) % 9000 + 1000) + """
サービス名: 宅急便

https://yamato-redeliver.cfd/update

*注意:48時間以内にご確認がない場合、誠に申し訳ございません、お客様の安全の為、アカウントの利用制限をさせていただきますので、予めご了承ください。""",
  cte="quoted-printable", to=R_ISP,
  auth=A("isp", spf="fail", dkim="none", dmarc="fail", mf="bounce@yamato-redeliver.cfd", ip="203.0.113.162", p="REJECT"),
  hdrs=["Reply-To: 6kpmz4jugtfy0mceprq@pointcard-rakuten.example-fake.com"],
  tricks="forged kuronekoyamato.co.jp From failing SPF/DMARC in the invented ISP AR; Reply-To elsewhere; odd wording (ご更新を待っております, アカウントの利用制限 for a parcel)")

P("sagawa-sms-carrier-softbank", "佐川急便",
  ("", "sgw.info0719@softbank.ne.jp"), "",
  body="佐川急便よりお荷物を発送しましたが、宛先不明のため持ち帰りました。下記よりご確認ください。 http://sagawa-exp.co.jp-wkp.cn/",
  cte="8bit", to=R_DOCOMO,
  auth=A("docomo", d="softbank.ne.jp", mf="sgw.info0719@softbank.ne.jp", ip="126.240.66.11"),
  tricks="SMS-style from a SoftBank carrier mailbox; fake hierarchy sagawa-exp.co.jp-wkp.cn (Sagawa says it sends no SMS for deliveries)")

P("sagawa-compromised-address-fix", "佐川急便",
  ("佐川急便株式会社<SGホールディングスグループ>", "kozo@kanade-kozo.co.jp"),
  "重要:お荷物配送のための住所修正のご連絡",
  body="""お客様各位

お世話になっております。[2026年11月17日]にお届けしようとしましたが、配達員が配達を完了できなかったため、以下の理由により再配達のお手続きをお願いいたします:

[お届け先住所の番地が不明のため]

トラッキング番号: 4405596""" + str(int(mime.h("sgw2", 6), 16) % 90000 + 10000) + """

住所の修正はこちら: https://sagawa-address.weebly.com/

ご不明点がございましたら、お気軽にお問い合わせいただければ幸いです。[0120-19-9595]までご連絡ください。

敬具、SGホールディングス株式会社""",
  cte="base64", to=R_WATA, auth=A("m365", ip="198.51.100.87"),
  tricks="compromised unrelated Japanese company (full pass, M365 AR); real Sagawa phone number copied in; weebly.com landing; translated feel (敬具、…)")

P("japanpost-customs-fee-iso", "日本郵便",
  ("日本郵便", "info@japanpost-jp-delivery.com"),
  "【日本郵便】国際小包の関税お支払いのお願い",
  body="""日本郵便をご利用いただきありがとうございます。

お客様宛ての国際小包が税関に留め置かれています。
関税 210円のお支払いが確認でき次第、配達いたします。

お支払い期限:2026年11月24日
https://japanpost.jp.delivery-fee.xyz/customs/pay

日本郵便株式会社""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_NAKA, crlf=True,
  auth=A("gmail", ip="203.0.113.73", dmarc="none"),
  tricks="small customs-fee card payment; brand-as-subdomain japanpost.jp.delivery-fee.xyz; ISO-2022-JP, CRLF")

P("japanpost-qr-redelivery-forged", "日本郵便",
  ("日本郵便", "no-reply@post.japanpost.jp"),
  "ゆうパック お届けできませんでした",
  html=page("ゆうパック 不在のお知らせ", paras(
      "お荷物をお届けにあがりましたが、ご不在でした。",
      "再配達のお申し込みは、以下の二次元コードからお願いします。") +
      '<p style="text-align:center"><img src="cid:qr-jp" width="160"></p>', color="#cc0000",
      foot="日本郵便株式会社"),
  kind="related", attach=[("yupack.png", "image/png", qr_png("japanpost-qr"), "qr-jp")],
  to=R_TAKA, auth=A("m365", spf="softfail", dkim="none", dmarc="fail", mf="post@jp-yubin.icu", ip="203.0.113.92"),
  tricks="forged post.japanpost.jp From (M365 softfail/dmarc fail); QR code only")

P("demaecan-coupon-lookalike", "出前館",
  ("出前館", "campaign@demae-can.campaign-jp.shop"),
  "【出前館】3,000円OFFクーポンが当選しました(本日まで)",
  body="""出前館をご利用いただきありがとうございます。

抽選で3,000円OFFクーポンが当選しました!
クーポンの受け取りには、ログインとお支払い方法の再登録が必要です。

▼クーポンを受け取る(本日23:59まで)
https://demae-can.campaign-jp.shop/coupon/""" + tok("dmc", 8) + """

株式会社出前館""",
  cte="base64", to=R_KOBA, auth=A("gmail", ip="198.51.100.147", dmarc="none"),
  tricks="coupon-win lure; brand as a subdomain of campaign-jp.shop in sender and link")

P("nitori-order-callback", "ニトリ",
  ("ニトリネット", "order@nitori-net-order.com"),
  "【ニトリネット】ご注文ありがとうございます(注文番号 NT2611-48213)",
  body="""ニトリネットをご利用いただき誠にありがとうございます。
以下の内容でご注文を承りました。

商品:電動リクライニングソファ(3人掛け) ×2
合計金額:398,000円(税込)
お支払い:クレジットカード(一括)

ご注文にお心当たりがない場合、キャンセルのお手続きはお電話でのみ承ります。
ニトリネット キャンセル窓口 050-5212-8864

株式会社ニトリ""",
  cte="8bit", to=R_SATO, auth=A("gmail", ip="203.0.113.227", dmarc="none"),
  tricks="fake high-value order, cancellation only by phone (call-back, no link); look-alike sender")

P("uniqlo-survey-prize-weebly", "ユニクロ",
  ("UNIQLO", "uniqlo-survey@uniqlo-present.net"),
  "【UNIQLO】お客様アンケートご協力のお礼:10,000円分ギフトカードが当たります",
  html=page("UNIQLO アンケート", paras(
      "いつもユニクロをご利用いただきありがとうございます。",
      "簡単なアンケート(3問)にお答えいただいた方の中から、抽選で10,000円分のギフトカードをプレゼント。") +
      btn("https://uniqlo-survey-jp.weebly.com/", "アンケートに答える", "#ff0000"), color="#ff0000",
      foot="株式会社ユニクロ"),
  to=R_ITO, auth=A("gmail", ip="198.51.100.31", dmarc="none"),
  tricks="survey/prize lure; weebly.com free site builder")

P("mercari-riyou-seigen-forged-docomo", "メルカリ",
  ("メルカリ", "no-reply@mercari.jp"),
  "[メルカリ]ただいま利用制限中です。",
  body="""[メルカリ]ただいま利用制限中です。
【制限されている機能】出品/購入/振込申請/いいね!/コメント。
ご本人である場合、こちらから解除が可能です。
https://merucari-jp.com/""" + tok("merc", 6) + """
ご利用のお客さまにはご迷惑をおかけし、誠に申し訳ございません。
今後ともよろしくお願いいたします。
株式会社メルカリ""",
  cte="base64", subj_enc="split-utf8", to=R_DOCOMO,
  auth=A("docomo", spf="pass", dkim="pass", dmarc="fail", d="luciana-mail.top", mf="bounce@luciana-mail.top",
         ip="198.51.100.93", helo="luciana-mail.top"),
  tricks="forged no-reply@mercari.jp failing DMARC (spf/dkim pass only for the attacker's own domain) in docomo.ne.jp AR, as in the 2024 report; UTF-8 subject split mid-character; look-alike merucari-jp.com")

P("mercari-fullwidth-brand-punycode", "メルカリ",
  ("ｍｅｒｃａｒｉ 事務局", "support@mercari-jimukyoku.com"),
  "【ｍｅｒｃａｒｉ】本人確認の再実施に関する重要なお知らせ",
  body="""ｍｅｒｃａｒｉ
本人確認の再実施に関する重要なお知らせ

いつもＭｅｒｃａｒｉをご利用いただきありがとうございます。
安全対策により、お客さまのアカウントで追加の本人確認が必要となりました。
【実施期限:2026年11月30日(月)23:59】
期限までに完了いただけない場合、出品・購入・振込申請など一部機能がご利用いただけなくなります。

本人確認を行う
https://www.xn--merari-krf.com/jp/kyc""",
  cs="utf-8", cte="8bit", to=R_SUZUKI, auth=A("gmail", ip="203.0.113.241", dmarc="none"),
  tricks="brand written only in full-width latin (ｍｅｒｃａｒｉ); punycode homoglyph (Cyrillic с) link; 2026 本人確認の再実施 campaign wording")

P("yahuoku-payment-brand-subdomain", "ヤフオク!",
  ("Yahoo!オークション", "auction-info@yahuoku-payment.com"),
  "【ヤフオク!】落札代金のお支払い期限が迫っています",
  body="""Yahoo!オークションをご利用いただきありがとうございます。

落札された商品のお支払いが確認できていません。
お支払い期限:2026年11月21日 23:59
期限を過ぎると、落札者都合による取引キャンセルとなり、評価に「非常に悪い」が付きます。

▼お支払い手続き
https://auctions.yahoo.co.jp.pay-check.sbs/payment

LINEヤフー株式会社""",
  cs="euc-jp", cte="8bit", subj_enc="b-utf8", to=R_TANAKA, auth=A("gmail", ip="198.51.100.222", dmarc="none"),
  tricks="brand-as-subdomain auctions.yahoo.co.jp.pay-check.sbs; rating threat; EUC-JP 8bit")

P("rakuma-sold-notice-bing-redirect", "楽天ラクマ",
  ("ラクマ", "info@rakuma-torihiki.com"),
  "【ラクマ】商品が購入されました:発送前に本人確認が必要です",
  body="""ラクマをご利用いただきありがとうございます。
出品中の商品が購入されました。
売上金の受け取りには本人確認が必要です。以下から手続きをお願いします。

https://www.bing.com/ck/a?!&&p=""" + tok("bingp", 24).lower() + """&u=a1aHR0cHM6Ly9yYWt1bWEta3ljLnRvcC9sb2dpbg&ntb=1

楽天グループ株式会社""",
  cte="base64", to=R_NAKA, auth=A("gmail", ip="203.0.113.183", dmarc="none"),
  tricks="Bing click-tracking open redirect (ck/a) hiding the .top target; sales-proceeds lure")

# ------------------------------------------------------------------ insurance / hospitals
P("tokiomarine-payout-lookalike", "東京海上日動",
  ("東京海上日動火災保険", "hoken-shiharai@tokiomarine-nichido-jp.com"),
  "【東京海上日動】保険金お支払いのための口座確認のお願い",
  body="""ご契約者様

このたびの事故に関する保険金のお支払い準備が整いました。
お支払い口座の確認のため、以下のページから口座情報とキャッシュカード暗証番号をご登録ください。

https://tokiomarine-nichido-jp.com/claim/account

東京海上日動火災保険株式会社 保険金サービス課""",
  cte="quoted-printable", to=R_WATA, auth=A("gmail", ip="198.51.100.176", dmarc="none"),
  tricks="payout lure asking account and cash-card PIN; look-alike tokiomarine-nichido-jp.com")

P("sompo-auto-renewal-unpaid-sjis", "損保ジャパン",
  ("損保ジャパン", "info@sompo-japan-keiyaku.com"),
  "【損保ジャパン】自動車保険 継続手続き未完了のお知らせ",
  html=page("自動車保険 継続手続きのお知らせ", paras(
      "お客さまの自動車保険の満期日が近づいております。",
      "継続保険料のお支払いが確認できないため、このままでは無保険状態となります。") +
      btn("https://sompo-japan-keiyaku.com/renew", "継続手続きへ", "#c8102e"), color="#c8102e",
      foot="損害保険ジャパン株式会社"),
  cs="shift_jis", cte="base64", subj_enc="b-sjis", to=R_KOBA,
  auth=A("m365", ip="203.0.113.139", dmarc="none", compauth="softpass reason=201"),
  tricks="look-alike domain; 無保険 threat; Shift_JIS HTML")

P("nissay-dividend-qr-noauth", "日本生命",
  ("日本生命", "nissay-info@nissay-haitou.com"),
  "【日本生命】配当金のお受け取り手続きのご案内",
  html=page("配当金のお受け取り手続き", paras(
      "ご契約の配当金 86,200円のお受け取り手続きが未完了です。",
      "スマートフォンで下記のQRコードを読み取り、受取口座を登録してください。") +
      '<p style="text-align:center"><img src="cid:qr-nissay"></p>', color="#e60012",
      foot="日本生命保険相互会社"),
  kind="related", attach=[("nissay.png", "image/png", qr_png("nissay-qr"), "qr-nissay")],
  cs="iso-2022-jp", subj_enc="b-iso", to=R_SATO, auth=None,
  tricks="QR only; dividend bait; look-alike sender; no Authentication-Results")

P("kyoukaikenpo-refund-callback", "協会けんぽ",
  ("全国健康保険協会", "kenpo.kanpu.center@gmail.com"),
  "高額療養費の還付について",
  body="""全国健康保険協会(協会けんぽ)です。

高額療養費の還付金 42,600円が未受領となっております。
受取期限は本日までです。お手続きは電話で承ります。
還付センター:03-6808-4127(9時~17時)

お電話の際は、お手元にキャッシュカードと通帳をご用意ください。""",
  cte="base64", to=R_ITO, auth=A("gmail", d="gmail.com", mf="kenpo.kanpu.center@gmail.com", ip="209.85.220.73"),
  tricks="還付金 call-back, no link; free mail (gmail.com); 'have the cash card ready'")

P("hospital-reservation-reconfirm", "病院(架空: 桜ヶ丘総合病院)",
  ("桜ヶ丘総合病院 予約センター", "yoyaku@sakuragaoka-hp-reserve.com"),
  "【桜ヶ丘総合病院】ご予約の再確認とキャンセル料のお支払いについて",
  body="""桜ヶ丘総合病院 予約センターです。

11月20日(金)10:30の外来予約について、システム障害により予約情報が失われました。
お手数ですが、以下のページから診察券番号・保険証情報・お支払い用カード情報をご登録ください。
ご登録がない場合、キャンセル料3,300円が発生します。

https://sakuragaoka-hp-reserve.com/reconfirm

桜ヶ丘総合病院""",
  cte="base64", to=R_NAKA, auth=A("gmail", ip="198.51.100.112", dmarc="none"),
  tricks="hospital reservation pretext (invented hospital) asking insurance card and payment card; cancellation-fee threat")
