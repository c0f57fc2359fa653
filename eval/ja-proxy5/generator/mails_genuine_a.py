"""Genuine mails, part A: utilities, railways/transport, mobile carriers, points, banks, crypto.
Sender IPs are in 192.0.2.0/24 (documentation range). The `note` of each mail says whether
its sender domain was verified from a public source in this session or is from memory."""
from registry import (G, A, R_SATO, R_SUZUKI, R_TAKA, R_TANAKA, R_ITO, R_WATA, R_NAKA,
                      R_KOBA, R_ISP, R_DOCOMO, tok, page, btn, paras)

V = "sender domain verified (public source, see README)"
U = "sender domain from memory, NOT verified"
LP = "; local part is ours"


def sg(name, n=1):
    """SendGrid-style click-tracking link (the ESP's own tracker host)."""
    return "https://u%d.ct.sendgrid.net/ls/click?upn=%s-2F%s" % (
        4812000 + n, tok(name + "u", 40), tok(name + "v", 24))


# ------------------------------------------------------------------ utilities
G("tepco-kurashi-seikyu-genuine", "東京電力エナジーパートナー",
  ("くらしTEPCO web", "kurashi-info@tepco.co.jp"),
  "【くらしTEPCO web】電気料金確定のお知らせ(2026年10月分)",
  body="""佐藤 花子 様

いつも東京電力エナジーパートナーをご利用いただき、ありがとうございます。
2026年10月分の電気料金が確定しましたのでお知らせいたします。

ご使用期間:2026年9月18日~2026年10月17日
ご使用量:286kWh
ご請求金額:9,842円
お支払い方法:口座振替(振替予定日 2026年11月10日)

詳細はくらしTEPCO webでご確認いただけます。
https://www.kurashi.tepco.co.jp/

※本メールは送信専用アドレスからお送りしています。
東京電力エナジーパートナー株式会社""",
  html=page("電気料金確定のお知らせ", paras(
      "佐藤 花子 様", "2026年10月分の電気料金が確定しましたのでお知らせいたします。",
      "ご使用量:286kWh\nご請求金額:9,842円\nお支払い方法:口座振替(振替予定日 2026年11月10日)") +
      btn("https://www.kurashi.tepco.co.jp/", "くらしTEPCO webで確認する", "#e60012"),
      color="#e60012", foot="東京電力エナジーパートナー株式会社"),
  cte="quoted-printable", to=R_SATO, auth=A("gmail", ip="192.0.2.11", p="REJECT"),
  tricks="genuine monthly bill notice, named addressee, official domain with full pass, multipart/alternative",
  note=V + LP + "; web host www.kurashi.tepco.co.jp from memory")

G("tepco-bill-forwarded-by-spouse-genuine", "東京電力エナジーパートナー",
  ("佐藤 健一", "kenichi.sato.1979@gmail.com"),
  "Fwd: 【くらしTEPCO web】電気料金確定のお知らせ(2026年9月分)",
  body="""花子へ
先月より電気代が上がってるけど、エアコンのせいかな。念のため転送します。

---------- Forwarded message ---------
From: くらしTEPCO web <kurashi-info@tepco.co.jp>
Date: 2026年10月22日(木) 9:02
Subject: 【くらしTEPCO web】電気料金確定のお知らせ(2026年9月分)
To: <kenichi.sato.1979@gmail.com>

佐藤 健一 様

いつも東京電力エナジーパートナーをご利用いただき、ありがとうございます。
2026年9月分の電気料金が確定しましたのでお知らせいたします。
ご請求金額:12,517円
お支払い方法:クレジットカード

詳細はくらしTEPCO webでご確認いただけます。
https://www.kurashi.tepco.co.jp/

東京電力エナジーパートナー株式会社""",
  cte="base64", to=R_SATO,
  auth=A("gmail", d="gmail.com", mf="kenichi.sato.1979@gmail.com", ip="209.85.220.41"),
  tricks="hard case: genuine bill forwarded by the spouse from Gmail (free mail carrying the brand's name and wording)",
  note="forwarded; original sender " + V)

G("tepco-phishing-warning-genuine", "東京電力エナジーパートナー",
  ("東京電力エナジーパートナー", "kurashi-info@tepco.co.jp"),
  "【重要】東京電力を装った不審なメール・SMSにご注意ください",
  body="""くらしTEPCO web 会員のみなさまへ

現在、東京電力を装い、期日までに利用料金の支払いを促す不審なメールやSMSが急増しております。
「支払期日を過ぎると電気の供給を停止する」「未払い金額」「お支払い方法が承認されません」などの
文面で、偽サイトへ誘導しクレジットカード情報を入力させる手口が確認されています。

当社がメールやSMSでクレジットカード番号やパスワードの入力をお願いすることはありません。
心当たりのないメールに記載されたURLにはアクセスせず、メールを削除してください。

不審なメールの事例は当社ホームページでご確認いただけます。
https://www.tepco.co.jp/ep/notice/

東京電力エナジーパートナー株式会社""",
  cte="base64", to=R_TANAKA, auth=A("m365", ip="192.0.2.11"),
  tricks="hard case: genuine phishing warning full of phishing words (未払い, 供給を停止, クレジットカード, パスワード); M365 AR pass",
  note=V + LP + "; warning page path is ours")

G("tokyogas-mytokyogas-kakutei-genuine", "東京ガス",
  ("myTOKYOGAS", "info@mail-members.tokyo-gas.co.jp"),
  "【myTOKYOGAS】ご請求料金確定のお知らせ(自動配信メール)",
  body="""高橋 美咲 様

myTOKYOGASをご利用いただき、ありがとうございます。
2026年10月分のご請求料金が確定しました。

ガス ご請求金額:5,218円
電気 ご請求金額:8,904円
お支払い方法:クレジットカード

ご使用量やご請求金額の詳細は、myTOKYOGASにログインしてご確認ください。
https://members.tokyo-gas.co.jp/

※本メールは送信専用です。ご返信いただいてもお答えできません。
東京ガス株式会社""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_TAKA,
  auth=A("gmail", ip="192.0.2.12", d="tokyo-gas.co.jp"),
  tricks="hard case: same subject as a known phishing campaign, but official subdomain with DMARC pass; ISO-2022-JP",
  note=V + " (tokyo-gas.co.jp, mail.tokyo-gas.co.jp, mail-members.tokyo-gas.co.jp)" + LP)

G("tokyogas-campaign-sendgrid-tracker-genuine", "東京ガス",
  ("東京ガス", "news@mail.tokyo-gas.co.jp"),
  "【毎月抽選】パッチョポイントが当たる!冬のキャンペーンのお知らせ",
  html=page("冬のキャンペーン", paras(
      "いつも東京ガスをご利用いただきありがとうございます。",
      "myTOKYOGASアプリの「パッチョスロット」で最大100ポイントが当たるキャンペーンを実施中です。"
      "期間限定・先着でガス機器のお得なプランもご用意しました。") +
      btn(sg("tg-news", 1), "キャンペーン詳細を見る", "#0071bc") +
      '<p style="font-size:11px">配信停止は<a href="%s">こちら</a></p>' % sg("tg-news-unsub", 2),
      color="#0071bc", foot="東京ガス株式会社 〒105-8527 東京都港区海岸1-5-20"),
  cte="quoted-printable", to=R_TAKA, auth=A("gmail", ip="192.0.2.13", d="mail.tokyo-gas.co.jp",
                                              mf="bounces+4812001@em.mail.tokyo-gas.co.jp"),
  hdrs=["List-Unsubscribe: <%s>" % sg("tg-news-unsub", 2),
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  tricks="hard case: genuine campaign whose every link goes through an ESP click tracker (ct.sendgrid.net); 当たる/期間限定/先着 wording; HTML only",
  note=V + "; the use of SendGrid is our assumption")

G("kepco-hapie-kakutei-rawjis-genuine", "関西電力",
  ("関西電力", "hapie@kepco.co.jp"),
  "【はぴeみる電】10月分のご使用量・電気料金のお知らせ",
  body="""中村 恵 様

いつも関西電力をご利用いただき、ありがとうございます。
10月分のご使用量と電気料金が確定しましたのでお知らせします。

ご使用量:198kWh
電気料金:6,540円
はぴeポイント:32ポイント付与

詳しくは「はぴeみる電」でご確認ください。
https://hapiemiruden.kepco.co.jp/

関西電力株式会社""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="raw-jis", to=R_NAKA, crlf=True,
  auth=A("isp", ip="192.0.2.14"),
  tricks="From display name written as raw JIS bytes (no encoded-word), CRLF; invented ISP AR pass",
  note=U)

G("waterworks-tokyo-kaisen-lgjp-genuine", "東京都水道局",
  ("東京都水道局 お客さまセンター", "info@waterworks.metro.tokyo.lg.jp"),
  "【東京都水道局】使用開始のお申込みを受け付けました",
  body="""渡辺 翔 様

東京都水道局をご利用いただきありがとうございます。
水道の使用開始のお申込みを受け付けました。

お客さま番号:13-52-""" + str(int(tok("wwg", 4).encode().hex(), 16) % 900000 + 100000) + """
使用開始日:2026年11月21日
ご住所:東京都世田谷区〇〇

開栓作業は使用開始日に行います。立ち会いは不要です。
お支払い方法のご登録がお済みでない場合は、後日送付する払込票でお支払いください。

東京都水道局 お客さまセンター
https://www.waterworks.metro.tokyo.lg.jp/""",
  cs="shift_jis", cte="8bit", subj_enc="b-sjis", to=R_WATA,
  auth=A("m365", ip="192.0.2.15"),
  tricks="genuine lg.jp sender and link; Shift_JIS 8bit body",
  note=U + " (waterworks.metro.tokyo.lg.jp is the bureau's web host; mail sender is a guess)")

G("osakagas-tenken-urgent-genuine", "大阪ガス",
  ("大阪ガス", "mypage@osakagas.co.jp"),
  "【大阪ガス】法定点検(ガス設備調査)訪問日のお知らせ【要ご対応】",
  body="""小林 大輔 様

ガス事業法に基づく法定点検のため、下記の日程でお伺いします。
ご都合が悪い場合は、11月18日までにMy大阪ガスから日程を変更してください。

訪問予定日:2026年11月25日(水)13:00~15:00
作業時間:約20分

※点検員は必ず大阪ガスの社員証を携帯しております。点検で料金をいただくことはありません。
My大阪ガス:https://services.osakagas.co.jp/portalc/

大阪ガス株式会社""",
  cte="base64", to=R_KOBA, auth=A("gmail", ip="192.0.2.16"),
  tricks="hard case: genuine deadline and 要ご対応 in subject; official domain, full pass",
  note=U)

# ------------------------------------------------------------------ railways / transport
G("ekinet-reservation-iso-genuine", "えきねっと(JR東日本)",
  ("えきねっと", "info@eki-net.com"),
  "【えきねっと】お申込内容(JRきっぷ)のご案内",
  body="""鈴木 一郎 様

「えきねっと」をご利用いただきありがとうございます。
以下の内容でお申込みを承りました。

■申込番号:E26110""" + str(int(tok("ekires", 4).encode().hex(), 16) % 90000 + 10000) + """
■乗車日:2026年12月5日
■列車:はやぶさ 17号
■区間:東京 → 仙台
■座席:普通車指定席 1名
■受取方法:新幹線eチケット

お申込内容の確認・変更は「えきねっと」のトップページからログインしてご確認ください。
※本メールにはURLを記載しておりません。

JR東日本ネットステーション""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_SUZUKI, crlf=True,
  auth=A("gmail", ip="192.0.2.21"),
  tricks="genuine reservation notice without any URL (as えきねっと now writes); ISO-2022-JP CRLF",
  note=V + LP)

G("ekinet-phishing-warning-genuine", "えきねっと(JR東日本)",
  ("えきねっと", "info@eki-net.com"),
  "【えきねっと】えきねっとを騙る偽メールにご注意ください",
  html=page("えきねっとを騙る偽メールにご注意ください", paras(
      "えきねっとをご利用のお客さまへ",
      "最近、えきねっとを騙り、「アカウントの自動退会処理」「本人情報緊急確認」「お支払い情報更新」などの件名で"
      "偽サイトへ誘導するメールが多数確認されています。",
      "えきねっとからのメールは @eki-net.com のドメインから送信しています。ただし見た目のドメインが合っていても、"
      "退会を予告してログインを促すメールや、アカウントの利用制限を連絡するメールは偽物です。",
      "IDやパスワード、クレジットカード番号を入力してしまった場合は、すぐにパスワードを変更し、カード会社へご連絡ください。"),
      color="#008803", foot="JR東日本ネットステーション"),
  cte="base64", to=R_TAKA, auth=A("m365", ip="192.0.2.21"),
  tricks="hard case: genuine warning listing phishing subjects (自動退会, 緊急確認, 利用制限); no links",
  note=V + LP)

G("etc-meisai-registration-genuine", "ETC利用照会サービス",
  ("ETC利用照会サービス", "admin@ml.etc-meisai.jp"),
  "【ETC利用照会サービス】利用登録完了のお知らせ",
  body="""ETC利用照会サービスにご登録いただき、ありがとうございます。
利用登録が完了しましたのでお知らせします。

ログインID:ichiro-s2026

ご利用明細は、ETC利用照会サービスのホームページからログインしてご確認ください。
なお、当サービスからメールのリンクや二次元コードでお客さまの氏名・住所・クレジットカード情報の
入力をお願いすることはありません。

ETC利用照会サービス事務局
ナビダイヤル 0570-010-139""",
  cte="base64", to=R_SUZUKI, auth=A("gmail", ip="192.0.2.22", d="ml.etc-meisai.jp"),
  tricks="genuine registration notice, no link, warns about phishing",
  note="sender address admin@ml.etc-meisai.jp is quoted by a third-party write-up as the only official one")

G("etc-meisai-password-changed-genuine", "ETC利用照会サービス",
  ("ETC利用照会サービス", "admin@ml.etc-meisai.jp"),
  "【ETC利用照会サービス】パスワード変更完了のお知らせ",
  body="""ETC利用照会サービスをご利用いただきありがとうございます。
パスワードの変更が完了しました。

変更日時:2026/11/09 21:14

お心当たりのない場合は、第三者による不正なログインの可能性があります。
至急ETC利用照会サービス事務局までご連絡ください。

ETC利用照会サービス事務局""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_KOBA,
  auth=A("isp", ip="192.0.2.22", d="ml.etc-meisai.jp"),
  tricks="hard case: genuine security notice (不正なログイン, 至急) without link",
  note="third-party write-up (see above)")

G("ana-reservation-121-genuine", "ANA",
  ("ANA", "reservation@121.ana.co.jp"),
  "【ANA】ご予約確認(予約番号 1852)",
  body="""田中 健太 様

ANAをご利用いただきありがとうございます。
以下の内容でご予約を承りました。

予約番号:1852
搭乗日:2026年12月18日(金)
便名:ANA 247便 羽田(07:25) → 福岡(09:25)
ご搭乗者:タナカ ケンタ 様
お支払い期限:2026年11月24日

ご予約の確認・座席指定・お支払いは、ANAウェブサイトまたはANAアプリから行えます。
https://www.ana.co.jp/ja/jp/

全日本空輸株式会社""",
  cte="quoted-printable", to=R_TANAKA, auth=A("gmail", ip="192.0.2.23", d="ana.co.jp"),
  tricks="genuine reservation with payment deadline and passenger name",
  note="domain 121.ana.co.jp is in ANA's published list of mail domains (quoted by a third party)" + LP)

G("ana-mileage-newsletter-tracker-genuine", "ANA",
  ("ANAマイレージクラブ", "amcinfo@anamail.ana.co.jp"),
  "【ANAマイレージクラブ】冬のボーナスマイルキャンペーン開始!期間限定でマイル2倍",
  html=page("ANAマイレージクラブ", paras(
      "伊藤 由美 様(お得意様番号 ****5521)",
      "期間限定で、国内線ご搭乗のマイルが2倍になるキャンペーンを実施中です。事前登録が必要です。",
      "保有マイル:12,480マイル(2026年11月1日現在)") +
      btn(sg("ana-news", 3), "キャンペーンに登録する", "#13448f") +
      '<p style="font-size:11px">メール配信の停止は<a href="%s">こちら</a></p>' % sg("ana-unsub", 4),
      color="#13448f", foot="全日本空輸株式会社"),
  cte="base64", to=R_ITO, auth=A("m365", ip="192.0.2.23", d="anamail.ana.co.jp"),
  hdrs=["List-Unsubscribe: <%s>" % sg("ana-unsub", 4)],
  tricks="hard case: campaign with 期間限定/2倍/登録 wording and click-tracked links (ct.sendgrid.net); masked member number",
  note="anamail.ana.co.jp is in ANA's published list (third party quote); tracker is our assumption")

G("jal-booking-complete-genuine", "JAL",
  ("JAL国内線", "booking@booking.jal.com"),
  "【JAL国内線】ご予約完了のお知らせ",
  body="""ワタナベ ショウ 様

JALをご利用いただきありがとうございます。ご予約が完了しました。

予約番号:K8QZ4F
ご搭乗者:ワタナベ ショウ 様
11月28日(土) JAL 103便 羽田 08:00 → 伊丹 09:10 普通席 34A

ご予約の詳細は「JAL国内線 予約確認」からご確認ください。
https://www.jal.co.jp/jp/ja/dom/

日本航空""",
  cte="base64", to=R_WATA, auth=A("gmail", ip="192.0.2.24", d="booking.jal.com"),
  tricks="genuine booking with passenger name, on the domain JAL names as official for booking mails",
  note="verified: JAL's own page names @booking.jal.com" + LP)

G("jal-jmb-newsletter-genuine", "JAL",
  ("JALマイレージバンク", "jmb@jalmail.jal.com"),
  "【JMB】マイル有効期限のお知らせと特典航空券のご案内",
  html=page("JALマイレージバンク", paras(
      "小林 大輔 様", "2026年12月末で有効期限を迎えるマイルがあります:3,200マイル",
      "特典航空券やe JALポイントへの交換をご検討ください。") +
      btn("https://www.jal.co.jp/jp/ja/jmb/", "JMBサイトへ", "#cc0000"), color="#cc0000",
      foot="日本航空株式会社 このメールは送信専用です。"),
  to=R_KOBA, auth=A("gmail", ip="192.0.2.24", d="jalmail.jal.com"),
  tricks="hard case: genuine mile-expiry notice (same theme as phishing), official domain, link to jal.co.jp",
  note="verified: JAL's own page names @jalmail.jal.com" + LP)

G("jalcard-meisai-genuine", "JALカード",
  ("JALカード", "info@mail01.jalcard.co.jp"),
  "【JALカード】ご利用代金明細確定のお知らせ",
  body="""JALカード会員 小林 大輔 様

11月10日お支払い分のご利用代金明細が確定しました。
ご請求金額:48,216円
お支払い日:2026年12月10日

明細はJALカード会員専用WEBサービスでご確認ください。
https://www.jal.co.jp/jalcard/

株式会社ジャルカード""",
  cs="shift_jis", cte="base64", subj_enc="b-sjis", to=R_KOBA,
  auth=A("m365", ip="192.0.2.25", d="mail01.jalcard.co.jp"),
  tricks="genuine card statement, Shift_JIS base64",
  note="verified: JAL's own page names @mail01.jalcard.co.jp" + LP)

G("smartex-reservation-genuine", "スマートEX(JR東海)",
  ("スマートEX", "smart-ex@expy.jp"),
  "【スマートEX】予約完了のお知らせ",
  body="""スマートEXをご利用いただき、ありがとうございます。
以下の内容で予約が完了しました。

乗車日:2026年12月2日
のぞみ 23号 東京 09:00 → 新大阪 11:27
普通車指定席 8号車 12E

ご乗車の際は、ご登録の交通系ICカードで改札を通過してください。
東海旅客鉄道株式会社""",
  cte="8bit", to=R_SUZUKI, auth=A("gmail", ip="192.0.2.26"),
  tricks="short genuine reservation notice, UTF-8 8bit",
  note=U)

# ------------------------------------------------------------------ mobile carriers
G("docomo-daccount-lock-genuine", "NTTドコモ",
  ("docomo", "spmodemsgr@wdy.docomo.ne.jp"),
  "dアカウントロックのお知らせ",
  body="""dアカウントのご利用に関するお知らせ

お客様のdアカウントにおいて、一定回数以上パスワードの入力誤りがあったため、
dアカウントをロックしました。

ロックを解除する場合は、dアカウントのサイトからパスワードの再設定を行ってください。
お心当たりのない場合は、第三者による不正ログインの可能性がありますので、
パスワードを変更することをおすすめします。

※本メールは送信専用です。
株式会社NTTドコモ""",
  cte="base64", to=R_SATO, auth=A("gmail", ip="192.0.2.31", d="docomo.ne.jp"),
  tricks="hard case: genuine account-lock notice (ロック, 不正ログイン, パスワード) from the address docomo names for it; no link",
  note="verified: docomo's FAQ (ahamo) names spmodemsgr@wdy.docomo.ne.jp for d-account lock notices to non-docomo lines")

G("au-seikyu-kakutei-genuine", "au(KDDI)",
  ("au", "info@au.com"),
  "【au】ご請求金額確定のお知らせ",
  html=page("ご請求金額確定のお知らせ", paras(
      "いつもauをご利用いただき、ありがとうございます。",
      "2026年10月ご利用分のご請求金額が確定しました。\nご請求金額:4,928円\nお支払い予定日:2026年11月26日",
      "ご請求内訳はMy auでご確認いただけます。") +
      btn("https://www.au.com/my-au/", "My auで確認する", "#eb5505"), color="#eb5505",
      foot="KDDI株式会社・沖縄セルラー電話株式会社"),
  cte="quoted-printable", to=R_TANAKA, auth=A("m365", ip="192.0.2.32"),
  tricks="genuine bill notice, HTML only", note=U)

G("softbank-pin-changed-genuine", "ソフトバンク",
  ("SoftBank", "noreply@softbank.jp"),
  "【SoftBank】暗証番号変更完了のお知らせ",
  body="""ソフトバンクをご利用いただき、ありがとうございます。
お客さまの暗証番号(4桁)の変更が完了しました。

変更日時:2026年11月12日 19:48

お心当たりがない場合は、至急ソフトバンクカスタマーサポートまでご連絡ください。
ソフトバンク株式会社""",
  cte="8bit", to=R_KOBA, auth=A("gmail", ip="192.0.2.33"),
  tricks="hard case: genuine security notice (暗証番号, 至急), no link", note=U)

G("rakutenmobile-activation-genuine", "楽天モバイル",
  ("楽天モバイル", "info@mobile.rakuten.co.jp"),
  "【楽天モバイル】開通手続き完了のお知らせ",
  body="""伊藤 由美 様

楽天モバイルをお申し込みいただき、ありがとうございます。
回線の開通手続きが完了しました。

お申し込み番号:RM-2611-""" + str(int(tok("rmob", 4).encode().hex(), 16) % 900000 + 100000) + """
ご利用開始日:2026年11月8日

ご利用状況の確認は my 楽天モバイル アプリからどうぞ。
https://portal.mobile.rakuten.co.jp/

楽天モバイル株式会社""",
  cte="base64", to=R_ITO, auth=A("gmail", ip="192.0.2.34", d="mobile.rakuten.co.jp"), note=U,
  tricks="genuine activation notice")

G("iijmio-invoice-genuine", "IIJmio",
  ("IIJmio", "info@iijmio.jp"),
  "[IIJmio] ご利用料金のお知らせ(2026年10月分)",
  body="""IIJmioをご利用いただきありがとうございます。
2026年10月分のご利用料金をお知らせします。

mioID:iijmio-yumi
ご利用料金合計:2,178円(税込)

明細はIIJmio会員専用ページでご確認ください。
https://www.iijmio.jp/member/

株式会社インターネットイニシアティブ""",
  cs="iso-2022-jp", subj_enc="b-iso", to=R_ITO, auth=A("isp", ip="192.0.2.35"),
  tricks="genuine invoice notice, ISO-2022-JP", note=U)

G("povo-topping-receipt-genuine", "povo",
  ("povo", "noreply@povo.jp"),
  "【povo】トッピング購入完了のお知らせ",
  body="""povoをご利用いただきありがとうございます。
以下のトッピングの購入が完了しました。

データ追加20GB(30日間) 2,700円
有効期限:2026年12月14日 23:59

povo""",
  cte="8bit", to=R_WATA, auth=A("gmail", ip="192.0.2.36"), tricks="short genuine receipt, no link", note=U)

# ------------------------------------------------------------------ points / payments
G("ponta-expiry-genuine", "Pontaポイント",
  ("Ponta", "info@ponta.jp"),
  "【Ponta】ポイント有効期限のお知らせ",
  html=page("ポイント有効期限のお知らせ", paras(
      "中村 恵 様", "お客様のPontaポイントの有効期限が近づいています。",
      "保有ポイント:1,286ポイント\n有効期限:2027年1月31日",
      "ポイントは対象店舗でのお買い物1ポイント=1円としてご利用いただけます。") +
      btn("https://www.ponta.jp/", "Ponta Webで確認する", "#f58220"), color="#f58220",
      foot="株式会社ロイヤリティ マーケティング"),
  to=R_NAKA, auth=A("gmail", ip="192.0.2.41"),
  tricks="hard case: genuine point-expiry notice (same theme as lures), named addressee", note=U)

G("paypay-payment-receipt-genuine", "PayPay",
  ("PayPay", "no-reply@paypay.ne.jp"),
  "【PayPay】お支払い完了のお知らせ",
  body="""PayPayをご利用いただきありがとうございます。

お支払いが完了しました。
日時:2026/11/15 12:41
店舗:ファミリーマート 世田谷〇〇店
金額:1,080円

取引履歴はPayPayアプリでご確認いただけます。
PayPay株式会社""",
  cte="base64", to=R_WATA, auth=A("m365", ip="192.0.2.42"), tricks="short genuine receipt", note=U)

G("aeoncard-meisai-genuine", "イオンカード",
  ("イオンカード", "info@aeon.co.jp"),
  "【イオンカード】ご請求金額確定のお知らせ",
  body="""イオンカードをご利用いただきありがとうございます。
12月2日お支払い分のご請求金額が確定しました。

ご請求金額:23,418円
お引き落とし日:2026年12月2日

ご利用明細はイオンウォレットでご確認ください。
イオンフィナンシャルサービス株式会社""",
  cs="euc-jp", cte="8bit", subj_enc="b-euc", to=R_ITO, auth=A("gmail", ip="192.0.2.43"),
  tricks="genuine statement notice, EUC-JP body and EUC-JP B subject", note=U)

# ------------------------------------------------------------------ banks / crypto
G("smbc-furikomi-nyukin-genuine", "三井住友銀行",
  ("三井住友銀行", "info@dn.smbc.co.jp"),
  "【三井住友銀行】振込入金のお知らせ",
  body="""鈴木 一郎 様

いつも三井住友銀行をご利用いただき、ありがとうございます。
お客さまの口座に振込入金がありましたのでお知らせします。

入金日:2026年11月16日
入金額:235,000円
振込依頼人:カ)カワセミコウギヨウ

※本メールは、電子メール配信サービスにお申込みいただいたお客さまにお送りしています。
株式会社三井住友銀行""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="iso-2022-jp", to=R_SUZUKI,
  auth=A("gmail", ip="192.0.2.51", d="smbc.co.jp"),
  tricks="genuine deposit notice (bank's メール配信サービス), ISO-2022-JP",
  note="smbc.co.jp verified (bank FAQ); subdomain dn.smbc.co.jp only seen quoted in a phishing report, NOT verified")

G("smbc-zandaka-fusoku-genuine", "三井住友銀行",
  ("三井住友銀行", "info@dn.smbc.co.jp"),
  "【三井住友銀行】口座引落・残高不足のお知らせ",
  body="""鈴木 一郎 様

本日、以下のお引落しについて、ご指定口座の残高が不足しているため引落しができませんでした。

引落予定日:2026年11月27日
収納企業:ミツイスミトモカ-ド
金額:48,320円

本日中にご入金いただいた場合、夜間に再度引落し手続きを行います。
本メールと行き違いにご入金いただいている場合はご容赦ください。

株式会社三井住友銀行""",
  cs="shift_jis", cte="quoted-printable", subj_enc="b-utf8", to=R_SUZUKI,
  auth=A("m365", ip="192.0.2.51", d="smbc.co.jp"),
  tricks="hard case: genuine urgency (残高不足, 本日中) in a bank notice, no link; Shift_JIS QP",
  note="smbc.co.jp verified (the bank's FAQ describes this 残高不足時通知); subdomain NOT verified")

G("smtb-furikomi-uketsuke-genuine", "三井住友信託銀行",
  ("三井住友信託銀行", "banking@direct.smtb.jp"),
  "【三井住友信託銀行】お振込受付のお知らせ",
  body="""高橋 美咲 様

インターネットバンキングでのお振込を受け付けました。

受付日時:2026/11/14 10:22
お振込先:〇〇銀行 本店 普通 ****512
お振込金額:80,000円

お心当たりのない場合は、テレホンバンキングまでご連絡ください。
三井住友信託銀行株式会社""",
  cte="base64", to=R_TAKA, auth=A("gmail", ip="192.0.2.52", d="direct.smtb.jp"),
  tricks="genuine transfer receipt from an address the bank lists as its own",
  note="verified: the bank's S/MIME page lists banking@, alert@, info@direct.smtb.jp and noreply@infomailer.smtb.jp")

G("smtb-login-alert-genuine", "三井住友信託銀行",
  ("三井住友信託銀行", "alert@direct.smtb.jp"),
  "【三井住友信託銀行】ログインのお知らせ",
  body="""高橋 美咲 様

インターネットバンキングへのログインがありました。

ログイン日時:2026/11/14 10:19
ご利用環境:iPhone / Safari

お心当たりのない場合は、第三者による不正ログインの可能性があります。
直ちにパスワードを変更し、当社までご連絡ください。

三井住友信託銀行株式会社""",
  cte="quoted-printable", to=R_TAKA, auth=A("m365", ip="192.0.2.52", d="direct.smtb.jp"),
  tricks="hard case: genuine login alert telling the user to change the password; no link",
  note="verified (bank's own list)")

G("smtb-infomailer-newsletter-genuine", "三井住友信託銀行",
  ("三井住友信託銀行", "noreply@infomailer.smtb.jp"),
  "【期間限定】新規の定期預金 特別金利キャンペーンのご案内",
  html=page("特別金利キャンペーン", paras(
      "期間限定で、新規の定期預金に特別金利を適用するキャンペーンを実施中です。",
      "キャンペーン期間:2026年11月1日~12月30日") +
      btn("https://www.smtb.jp/personal/saving/", "詳しくはこちら", "#00837b"), color="#00837b",
      foot="三井住友信託銀行株式会社"),
  to=R_TAKA, auth=A("gmail", ip="192.0.2.53", d="infomailer.smtb.jp"),
  tricks="genuine campaign newsletter (期間限定 wording)", note="verified (bank's own list)")

G("mizuho-login-notice-genuine", "みずほ銀行",
  ("みずほ銀行", "mizuhobank@mail.mizuhobank.co.jp"),
  "【みずほダイレクト】ログインのお知らせ",
  body="""みずほダイレクトにログインがありました。

日時:2026年11月11日 08:03
お心当たりがない場合は、みずほダイレクトのパスワードを変更し、
みずほダイレクトヘルプデスクまでご連絡ください。

株式会社みずほ銀行""",
  cs="iso-2022-jp", subj_enc="b-iso", to=R_WATA, auth=A("isp", ip="192.0.2.54"),
  tricks="short genuine login notice", note=U)

G("yucho-direct-furikomi-genuine", "ゆうちょ銀行",
  ("ゆうちょ銀行", "direct@jp-bank.japanpost.jp"),
  "【ゆうちょダイレクト】送金のお知らせ",
  body="""ゆうちょダイレクトで送金を受け付けました。

受付日時:2026年11月13日 14:32
送金金額:15,000円
送金先:サトウ マサオ 様

お心当たりのない場合は、ゆうちょダイレクトサポートデスクへご連絡ください。
株式会社ゆうちょ銀行""",
  cte="base64", to=R_SATO, auth=A("gmail", ip="192.0.2.55", d="jp-bank.japanpost.jp"),
  tricks="genuine transfer notice", note=U)

G("bitflyer-login-alert-genuine", "bitFlyer",
  ("bitFlyer", "no-reply@bitflyer.com"),
  "【bitFlyer】ログインのお知らせ",
  body="""いつも bitFlyer をご利用いただき、誠にありがとうございます。
お客様のアカウントにログインがありました。

日時:2026/11/10 22:41:08
IPアドレス:192.0.2.200
端末:Windows / Chrome

このログインにお心当たりがない場合は、直ちにパスワードを変更し、
二段階認証の設定をご確認ください。

株式会社bitFlyer""",
  cte="base64", to=R_WATA, auth=A("gmail", ip="192.0.2.56"),
  tricks="hard case: genuine login alert (直ちにパスワードを変更)",
  note="bitflyer.com / bitflyer.jp named as official mail domains by a third-party write-up" + LP)

G("bitflyer-2fa-code-genuine", "bitFlyer",
  ("bitFlyer", "no-reply@bitflyer.com"),
  "【bitFlyer】確認コードのお知らせ",
  body="""確認コード:482915

このコードの有効期限は10分です。
このコードを他人に教えないでください。bitFlyer の社員がコードをお尋ねすることはありません。

株式会社bitFlyer""",
  cte="8bit", to=R_WATA, auth=A("m365", ip="192.0.2.56"),
  tricks="very short OTP mail, no link, credential wording", note="third-party write-up" + LP)

G("coincheck-deposit-genuine", "Coincheck",
  ("Coincheck", "noreply@coincheck.com"),
  "【Coincheck】日本円の入金が完了しました",
  body="""いつもCoincheckをご利用いただき、ありがとうございます。
日本円の入金が完了しました。

入金額:50,000円
反映日時:2026/11/09 09:12

コインチェック株式会社""",
  cte="base64", to=R_SUZUKI, auth=A("gmail", ip="192.0.2.57"), tricks="short genuine receipt", note=U)

G("moneytree-weekly-digest-genuine", "Moneytree",
  ("Moneytree", "noreply@getmoneytree.com"),
  "今週のお金のまとめ(11月9日〜11月15日)",
  html=page("Moneytree 週間レポート", paras(
      "今週の支出:42,380円(先週比 +3,120円)",
      "口座の同期に失敗しているサービスがあります:〇〇カード。アプリから再ログインしてください。") +
      btn("https://app.getmoneytree.com/", "Moneytreeを開く", "#00a1e9"), color="#00a1e9",
      foot="マネーツリー株式会社"),
  to=R_ITO, auth=A("gmail", ip="192.0.2.58"),
  tricks="hard case: genuine digest asking the user to re-login for a failed sync",
  note="verified: Moneytree's help page says its mails carry DKIM for getmoneytree.com or moneytree.jp" + LP)

G("shizuokabank-ib-notice-genuine", "静岡銀行",
  ("静岡銀行", "ib-info@shizuokabank.co.jp"),
  "【しずぎん】インターネットバンキング システムメンテナンスのお知らせ",
  body="""しずぎんインターネットバンキングをご利用のお客さま

下記の日時にシステムメンテナンスを実施します。期間中はサービスをご利用いただけません。

日時:2026年11月22日(日)0:00~6:00

※当行がメールでID・パスワード等の入力をお願いすることはありません。
株式会社静岡銀行""",
  cs="iso-2022-jp", subj_enc="b-iso", frm_enc="raw-jis", to=R_ITO, crlf=True,
  auth=A("gmail", ip="192.0.2.59"),
  tricks="regional bank maintenance notice; raw JIS display name; CRLF", note=U)
