from mails import *  # noqa

G("amazon-order-confirm", "Amazon", ("Amazon.co.jp", "auto-confirm@amazon.co.jp"),
  "Amazon.co.jpでのご注文 (249-1182734-5520614)",
  "Amazon.co.jp をご利用いただき、ありがとうございます。\n\nご注文番号：249-1182734-5520614\n商品：無印良品 ポリプロピレン収納ケース\nお届け予定：11月28日（ヤマト運輸）\n\n注文履歴：https://www.amazon.co.jp/gp/css/order-history\n\nAmazon.co.jp",
  au=ok("amazon.co.jp", mf="amazon.co.jp"), tricks="genuine order confirmation naming the delivery company")
G("amazon-prime-payment-failed", "Amazon", ("Amazon.co.jp", "prime@amazon.co.jp"),
  "Amazonプライム会費のお支払い方法に問題があります",
  "Amazonプライム会員のお客様\n\nプライム会費のお支払いに、ご登録のクレジットカードがご利用いただけませんでした。\n会員特典を継続するには、お支払い方法を更新してください。\n\nhttps://www.amazon.co.jp/gp/primecentral\n\nAmazon.co.jp",
  au=ok("amazon.co.jp"), tricks="HARD: real payment failure with urgency and login link on official domain (sender local-part unverified)")
G("google-security-alert", "Google", ("Google", "no-reply@accounts.google.com"),
  "セキュリティ通知", "新しいデバイスでのログイン\n\nyuki.tanaka.0815@gmail.com\nWindows デバイスで Google アカウントへの新しいログインがありました。\n心当たりがない場合は確認してください。\nhttps://accounts.google.com/AccountChooser?continue=https://myaccount.google.com/alert/nt/\n\nGoogle LLC",
  au=ok("accounts.google.com", dd="accounts.google.com", mf="accounts.google.com"), tricks="HARD: genuine security alert")
G("microsoft-unusual-signin-real", "Microsoft", ("Microsoft アカウント チーム", "account-security-noreply@accountprotection.microsoft.com"),
  "Microsoft アカウントの異常なサインイン アクティビティ",
  "Microsoft アカウント s***@minatomirai-seiki.co.jp で異常なサインイン アクティビティが検出されました。\n国/地域: 日本\n\n確認: https://account.live.com/Activity\n\nMicrosoft アカウント チーム",
  to=WK, au=ok("accountprotection.microsoft.com", to=WK), tricks="HARD: genuine security alert, same subject as a phishing mail in the set; M365 AR")
G("smbc-card-phishing-warning-quote", "三井住友カード", ("三井住友カード", "info@contact.vpass.ne.jp"),
  "【三井住友カード】当社を装った不審なメールにご注意ください",
  "いつも三井住友カードをご利用いただきありがとうございます。\n\n当社を装った以下のような不審なメールが確認されています。\n件名：【三井住友カード】ご利用確認のお願い\n本文中のURL：https://vpass-ne-jp.kakunin-r7.com/login（偽サイト）\n\n当社がメールでパスワードや暗証番号をお尋ねすることはありません。\n正規サイト：https://www.smbc-card.com/\n\n三井住友カード株式会社",
  au=ok("contact.vpass.ne.jp"), tricks="HARD: brand's own phishing warning quoting the fake subject and fake URL (sender subdomain unverified)")
G("yamato-delivery-notice", "ヤマト運輸", ("ヤマト運輸", "mail@kuronekoyamato.co.jp"),
  "お荷物お届けのお知らせ", "ヤマト運輸です。\n\nお荷物をお届けする予定です。\n伝票番号：4812-7730-2291\nお届け予定日時：11月28日 14時～16時\n\n受け取り日時の変更：https://www.kuronekoyamato.co.jp/ytc/customer/\n\nヤマト運輸株式会社",
  to=ISP, au=ok("kuronekoyamato.co.jp", to=ISP), tricks="genuine delivery notice, Japanese ISP AR")
G("sakaya-newsletter-iso2022-rawjis", "地元の酒店", ("まるや酒店", "info@maruya-saketen.jp"),
  "【まるや酒店】新酒入荷のご案内",
  "いつもありがとうございます。まるや酒店です。\n\n今年も新酒が入荷しました。\n①純米吟醸 しぼりたて 1,980円\n②本醸造 生酒 1,480円\n\n通販はヤマト運輸でお届け、お支払いはクレジットカード（VISA/JCB）も使えます。\nhttp://www.maruya-saketen.jp/\n\n配信停止はこのメールにご返信ください。",
  charset="iso-2022-jp", rawfrom=True, to=ISP, au=ok("maruya-saketen.jp", to=ISP, p="NONE"),
  tricks="small business ISO-2022-JP with raw JIS display name, NEC ①②; mentions delivery company and card brands (domain invented)")
G("hr-nenmatsu-smarthr-internal", "社内人事部", ("人事部 年末調整担当", "jinji@minatomirai-seiki.co.jp"),
  "【人事部】年末調整の提出期限について（11/28まで）",
  "社員各位\n\n年末調整の申告はSmartHRから行ってください。提出期限は11月28日です。\nhttps://minatomirai-seiki.smarthr.jp/\n\n人事部",
  to=WK, au=ok("minatomirai-seiki.co.jp", to=WK), tricks="HARD: genuine internal HR mail asking to log in to an external SaaS; twin of a phishing mail (employer domain invented)")
G("fwd-mother-rakuten-order", "楽天市場 (家族の転送)", ("田中 京子", "kyoko.tanaka.55@ezweb.ne.jp"),
  "転送: 【楽天市場】注文内容ご確認（自動配信メール）",
  "ゆきちゃん、これで合ってる？\n\n-------- 転送メッセージ --------\n差出人: 楽天市場 <order@rakuten.co.jp>\n件名: 【楽天市場】注文内容ご確認（自動配信メール）\n\n[受注番号] 281234-20261120-0012345678\n[お支払い方法] 楽天カード\n[配送方法] 佐川急便\n購入履歴：https://order.my.rakuten.co.jp/\n",
  au=ok("ezweb.ne.jp"), tricks="HARD: genuine mail forwarded by family from a carrier mailbox; quotes brand sender")
G("clinic-reminder-sjis", "歯科クリニック", ("さくら歯科クリニック", "info@sakura-shika.jp"),
  "ご予約のお知らせ（12月2日）",
  "田中 様\n\nご予約日時：12月2日（水）10:30\n変更・キャンセルはお電話（045-000-1234）でお願いします。\n\nさくら歯科クリニック",
  charset="shift_jis", scs="shift_jis", cte="8bit", to=ISP, au=ok("sakura-shika.jp", to=ISP, p="NONE"),
  tricks="small clinic Shift_JIS 8bit (domain invented)")
G("school-newsletter-line-eucjp", "小学校", ("第二小学校", "info@daini-sho.example-city.ed.jp"),
  "学校だより 12月号",
  "保護者の皆様\n\n12月の行事予定をお知らせします。\n緊急連絡はLINE公式アカウントでも配信しています。\n給食費の口座振替日は12月10日です。\n\n第二小学校",
  charset="euc-jp", to=ISP, au=ok("daini-sho.example-city.ed.jp", to=ISP, p="NONE"),
  tricks="school newsletter naming LINE and 給食費 (EUC-JP; domain invented)")
G("it-dept-phishing-drill-warning", "社内情報システム部", ("情報システム部", "it-info@minatomirai-seiki.co.jp"),
  "【注意喚起】パスワード期限切れを装うメールにご注意ください",
  "各位\n\n「パスワードの有効期限が本日切れます」という件名のメールが外部から届いています。\nリンクは開かず削除してください。\n\n情報システム部",
  to=WK, au=ok("minatomirai-seiki.co.jp", to=WK), crlf=True, tricks="HARD: internal warning quoting phishing subject; CRLF")
G("rakuten-card-riyou-sokuhou", "楽天カード", ("楽天カード株式会社", "info@mail.rakuten-card.co.jp"),
  "カード利用のお知らせ(本人ご利用分)", "楽天カードをご利用いただきありがとうございます。\n\nご利用日：2026/11/20\nご利用先：セブン－イレブン\nご利用金額：1,280円\n\n楽天e-NAVI：https://www.rakuten-card.co.jp/e-navi/\n\n楽天カード株式会社",
  au=ok("mail.rakuten-card.co.jp"), tricks="genuine usage alert (ESP subdomain)")
G("aeon-fraud-hold-call-back", "イオンカード", ("イオンカード", "info@aeon.co.jp"),
  "【イオンカード】カードご利用の一時保留について", "イオンカードをご利用いただきありがとうございます。\n\n不正利用の可能性があるお取引を検知したため、カードのご利用を一時保留しております。\nお手数ですが、カード裏面に記載の電話番号へご連絡ください。\n本メールにURLは記載しておりません。\n\nイオンフィナンシャルサービス",
  to=ISP, au=ok("aeon.co.jp", to=ISP), tricks="HARD: genuine fraud hold with urgency, callback to card-back number (local-part unverified)")
G("docomo-unpaid-real", "NTTドコモ", ("NTTドコモ", "docomo-billing@docomo.ne.jp"),
  "【ドコモ】ご利用料金のお支払いについて", "ドコモをご利用いただきありがとうございます。\n\n10月ご利用分の料金のお支払いが確認できておりません。\nお支払い方法：https://www.docomo.ne.jp/charge/\n\n株式会社NTTドコモ",
  au=ok("docomo.ne.jp"), tricks="HARD: genuine payment failure (local-part unverified)")
G("apple-receipt-html", "Apple", ("Apple", "no_reply@email.apple.com"),
  "Appleからの領収書です", "", kind="html", cte="quoted-printable",
  html=html("<p>領収書</p><p>iCloud+ 50GB ¥150</p><p>" + a("https://reportaproblem.apple.com/", "問題を報告する") + "</p>"),
  au=ok("email.apple.com"), tricks="genuine receipt, HTML-only")
G("uniqlo-newsletter-tracker", "ユニクロ", ("ユニクロ", "uniqlo@mail.uniqlo.com"),
  "【ユニクロ】感謝祭 開催中", kind="alt", cte="quoted-printable",
  body="感謝祭開催中\nhttps://u1234567.ct.sendgrid.net/ls/click?upn=uniqlo-kanshasai-2611\n",
  html=html("<p>感謝祭開催中</p><p>" + a("https://u1234567.ct.sendgrid.net/ls/click?upn=uniqlo-kanshasai-2611", "今すぐチェック") + "</p>"),
  au=ok("mail.uniqlo.com", mf="em1234.mail.uniqlo.com"), tricks="HARD: genuine newsletter via click tracker (sender unverified)")
G("reply-uchiawase", "取引先 (返信)", ("山田 隆", "t.yamada@hokuto-bussan.co.jp"),
  "Re: 来週の打ち合わせの件", "小林様\n\n承知しました。12月3日 14時に伺います。\n\n山田\n\n> 小林です。来週の打ち合わせ、12月3日はいかがでしょうか。",
  to=WK, au=ok("hokuto-bussan.co.jp", to=WK), tricks="ordinary reply (domain invented)")
G("ml-pta-list", "PTA メーリングリスト", ("PTA広報委員", "pta-koho@googlegroups.com"),
  "[daini-pta:0412] バザー準備のお願い", "保護者各位\n\nバザーの準備を12月6日9時から行います。\n持ち物：軍手\n\n広報委員",
  hdr=["List-Id: <daini-pta.googlegroups.com>", "List-Unsubscribe: <mailto:daini-pta+unsubscribe@googlegroups.com>"],
  au=ok("googlegroups.com"), tricks="mailing-list mail")
G("mansion-kanri-iso2022", "マンション管理会社", ("港北ハウジング管理", "kanri@kohoku-housing.co.jp"),
  "排水管清掃のお知らせ", "居住者各位\n\n下記日程で排水管清掃を実施します。\n日時：12月8日（火）9時～17時\nご不在の場合は管理事務所までご連絡ください。\n\n港北ハウジング管理株式会社",
  charset="iso-2022-jp", to=ISP, au=ok("kohoku-housing.co.jp", to=ISP, p="NONE"), crlf=True,
  tricks="old-fashioned ISO-2022-JP CRLF (domain invented)")
